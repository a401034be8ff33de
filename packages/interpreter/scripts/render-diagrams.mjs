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
import * as slice from '../dist/objects/sliceobject.layout.js';
import * as sysio from '../dist/sysmodule.layout.js';
import * as iter from '../dist/objects/iterobject.layout.js';
import * as exc from '../dist/objects/exceptions.layout.js';
import * as frame from '../dist/frame.layout.js';
import * as traceback from '../dist/objects/traceback.layout.js';

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
  ['src/objects/sliceobject.layout.ts', [slice.PY_SLICE_OBJECT]],
  ['src/sysmodule.layout.ts', [sysio.PY_TEXTIO_OBJECT]],
  ['src/objects/iterobject.layout.ts', [iter.PY_SEQ_ITER_OBJECT, iter.PY_RANGE_ITER_OBJECT, iter.PY_LONGRANGE_ITER_OBJECT, iter.PY_SET_ITER_OBJECT, iter.PY_DICT_ITER_OBJECT, iter.PY_CALL_ITER_OBJECT, iter.PY_ENUM_OBJECT, iter.PY_ZIP_OBJECT, iter.PY_MAP_OBJECT, iter.PY_FILTER_OBJECT]],
  ['src/objects/exceptions.layout.ts', [exc.PY_STOP_ITERATION_OBJECT, exc.PY_SYSTEM_EXIT_OBJECT, exc.PY_IMPORT_ERROR_OBJECT, exc.PY_OS_ERROR_OBJECT, exc.PY_SYNTAX_ERROR_OBJECT, exc.PY_UNICODE_ERROR_OBJECT, exc.PY_NAME_ERROR_OBJECT, exc.PY_ATTRIBUTE_ERROR_OBJECT, exc.PY_BASE_EXCEPTION_GROUP_OBJECT]],
  ['src/frame.layout.ts', [frame.PY_INTERPRETER_FRAME, frame.DATA_STACK_CHUNK]],
  ['src/objects/traceback.layout.ts', [traceback.PY_TRACEBACK_OBJECT]],
];
for (const [path, layouts] of FILES) {
  const url = new URL(`../${path}`, import.meta.url);
  writeFileSync(url, redrawLayoutDiagrams(readFileSync(url, 'utf8'), layouts, path));
}
