// builtin_function_or_method's instance layout (CPython's Include/cpython/methodobject.h
// PyCFunctionObject). GC-tracked: a PyGC_Head precedes it. The PyMethodDef is named by its
// index in objects/methodtable.ts (a JS object cannot live in the shared heap).
//
// (diagrams: scripts/render-diagrams.mjs)
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyCFunctionObject. @public */
export const PY_CFUNCTION_OBJECT = defineLayout('PyCFunctionObject', [
  { name: 'm_ml', type: 'i32', doc: 'the PyMethodDef: its index in the method table' },
  { name: 'm_self', type: 'handle', doc: '__self__: the bound object, the module, or NULL' },
  { name: 'm_module', type: 'handle', doc: '__module__: a str, or NULL for None' },
], PY_OBJECT);
