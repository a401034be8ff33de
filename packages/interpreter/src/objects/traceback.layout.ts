// traceback's instance layout (CPython's Include/cpython/traceback.h PyTracebackObject).
// GC-tracked: a PyGC_Head precedes it.
// NON-CPYTHON: there is no Python frame object yet, so an entry keeps the code object and the
// line instead of tb_frame — all that printing a traceback needs.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PyTracebackObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ tb_next              handle            │ the next (inner) entry, NULL for the innermost
//    12 ├────────────────────────────────────────┤
//       │ tb_code              handle            │ the code object the frame ran (stands in for tb_frame)
//    16 ├────────────────────────────────────────┤
//       │ tb_lasti             i32               │ index of the instruction that raised
//    20 ├────────────────────────────────────────┤
//       │ tb_lineno            i32               │ its line, -1 if none
//    24 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyTracebackObject. @public */
export const PY_TRACEBACK_OBJECT = defineLayout('PyTracebackObject', [
  { name: 'tb_next', type: 'handle', doc: 'the next (inner) entry, NULL for the innermost' },
  { name: 'tb_code', type: 'handle', doc: 'the code object the frame ran (stands in for tb_frame)' },
  { name: 'tb_lasti', type: 'i32', doc: 'index of the instruction that raised' },
  { name: 'tb_lineno', type: 'i32', doc: 'its line, -1 if none' },
], PY_OBJECT);
