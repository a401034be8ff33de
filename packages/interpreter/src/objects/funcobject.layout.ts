// function's instance layout (CPython's Include/cpython/funcobject.h PyFunctionObject).
// GC-tracked: a PyGC_Head precedes it. Every field but func_code, func_globals,
// func_builtins, func_name and func_qualname may be NULL (0).
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PyFunctionObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ func_globals         handle            │ dict: the globals the code runs in
//    12 ├────────────────────────────────────────┤
//       │ func_builtins        handle            │ dict: the builtins the code sees
//    16 ├────────────────────────────────────────┤
//       │ func_name            handle            │ str: __name__
//    20 ├────────────────────────────────────────┤
//       │ func_qualname        handle            │ str: __qualname__
//    24 ├────────────────────────────────────────┤
//       │ func_code            handle            │ code object
//    28 ├────────────────────────────────────────┤
//       │ func_defaults        handle            │ tuple or NULL
//    32 ├────────────────────────────────────────┤
//       │ func_kwdefaults      handle            │ dict or NULL
//    36 ├────────────────────────────────────────┤
//       │ func_closure         handle            │ tuple of cells or NULL
//    40 ├────────────────────────────────────────┤
//       │ func_doc             handle            │ __doc__: str or None
//    44 ├────────────────────────────────────────┤
//       │ func_dict            handle            │ __dict__ or NULL
//    48 ├────────────────────────────────────────┤
//       │ func_module          handle            │ __module__ or NULL
//    52 ├────────────────────────────────────────┤
//       │ func_annotations     handle            │ dict or NULL
//    56 ├────────────────────────────────────────┤
//       │ func_version         u32               │ specialization version, 0 for none
//    60 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyFunctionObject. @public */
export const PY_FUNCTION_OBJECT = defineLayout('PyFunctionObject', [
  { name: 'func_globals', type: 'handle', doc: 'dict: the globals the code runs in' },
  { name: 'func_builtins', type: 'handle', doc: 'dict: the builtins the code sees' },
  { name: 'func_name', type: 'handle', doc: 'str: __name__' },
  { name: 'func_qualname', type: 'handle', doc: 'str: __qualname__' },
  { name: 'func_code', type: 'handle', doc: 'code object' },
  { name: 'func_defaults', type: 'handle', doc: 'tuple or NULL' },
  { name: 'func_kwdefaults', type: 'handle', doc: 'dict or NULL' },
  { name: 'func_closure', type: 'handle', doc: 'tuple of cells or NULL' },
  { name: 'func_doc', type: 'handle', doc: '__doc__: str or None' },
  { name: 'func_dict', type: 'handle', doc: '__dict__ or NULL' },
  { name: 'func_module', type: 'handle', doc: '__module__ or NULL' },
  { name: 'func_annotations', type: 'handle', doc: 'dict or NULL' },
  { name: 'func_version', type: 'u32', doc: 'specialization version, 0 for none' },
], PY_OBJECT);
