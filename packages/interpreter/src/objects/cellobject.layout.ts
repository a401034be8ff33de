// cell's instance layout (CPython's Include/cpython/cellobject.h PyCellObject). GC-tracked: a
// PyGC_Head precedes it.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PyCellObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ ob_ref               handle            │ the content, or NULL if empty
//    12 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyCellObject. @public */
export const PY_CELL_OBJECT = defineLayout('PyCellObject', [
  { name: 'ob_ref', type: 'handle', doc: 'the content, or NULL if empty' },
], PY_OBJECT);
