// Redraws the box diagrams at the top of each *.layout.ts from the built layouts (run after
// `tsc -p tsconfig.json`): node scripts/render-diagrams.mjs. src/layout-files.test.ts checks
// the committed pictures against the field lists.
import { readFileSync, writeFileSync } from 'node:fs';
import { redrawLayoutDiagrams } from '@pergil/runtime-state';
import * as interp from '../dist/interpreter-state.layout.js';
import * as thread from '../dist/thread-state.layout.js';
import * as list from '../dist/objects/listobject.layout.js';
import * as dict from '../dist/objects/dictobject.layout.js';
import * as set from '../dist/objects/setobject.layout.js';
import * as range from '../dist/objects/rangeobject.layout.js';
import * as code from '../dist/objects/codeobject.layout.js';
import * as func from '../dist/objects/funcobject.layout.js';
import * as cell from '../dist/objects/cellobject.layout.js';

const FILES = [
  ['src/interpreter-state.layout.ts', [interp.INTERPRETER_STATE, interp.STATIC_TYPE_STATE]],
  ['src/thread-state.layout.ts', [thread.THREAD_STATE]],
  ['src/objects/listobject.layout.ts', [list.PY_LIST_OBJECT]],
  ['src/objects/dictobject.layout.ts', [dict.PY_DICT_OBJECT, dict.PY_DICT_KEYS_OBJECT, dict.PY_DICT_KEY_ENTRY]],
  ['src/objects/setobject.layout.ts', [set.PY_SET_OBJECT, set.PY_SET_ENTRY]],
  ['src/objects/rangeobject.layout.ts', [range.PY_RANGE_OBJECT]],
  ['src/objects/codeobject.layout.ts', [code.PY_CODE_OBJECT]],
  ['src/objects/funcobject.layout.ts', [func.PY_FUNCTION_OBJECT]],
  ['src/objects/cellobject.layout.ts', [cell.PY_CELL_OBJECT]],
];
for (const [path, layouts] of FILES) {
  const url = new URL(`../${path}`, import.meta.url);
  writeFileSync(url, redrawLayoutDiagrams(readFileSync(url, 'utf8'), layouts, path));
}
