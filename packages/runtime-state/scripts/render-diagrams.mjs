// Redraws the box diagrams at the top of each *.layout.ts from the built layouts (run after
// `tsc -p tsconfig.json`): node scripts/render-diagrams.mjs. The layout tests then check the
// committed pictures against the field lists, so a stale picture fails the build.
import { readFileSync, writeFileSync } from 'node:fs';
import * as objects from '../dist/object.layout.js';
import * as runtime from '../dist/runtime-state.layout.js';
import { redrawLayoutDiagrams } from '../dist/layout.js';

const FILES = [
  ['src/object.layout.ts', [objects.PY_GC_HEAD, objects.PY_OBJECT, objects.PY_VAR_OBJECT, objects.PY_LONG_OBJECT,
    objects.PY_FLOAT_OBJECT, objects.PY_UNICODE_OBJECT, objects.PY_BYTES_OBJECT, objects.PY_TUPLE_OBJECT,
    objects.PY_BASE_EXCEPTION_OBJECT, objects.PY_TYPE_OBJECT]],
  ['src/runtime-state.layout.ts', [runtime.RUNTIME_STATE, runtime.INTERNED_TABLE, runtime.INTERPRETER_ENTRY]],
];
for (const [path, layouts] of FILES) {
  const url = new URL(`../${path}`, import.meta.url);
  writeFileSync(url, redrawLayoutDiagrams(readFileSync(url, 'utf8'), layouts, path));
}
