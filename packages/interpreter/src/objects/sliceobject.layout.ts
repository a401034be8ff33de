// slice's instance layout (CPython's Include/sliceobject.h PySliceObject). GC-tracked: a
// PyGC_Head precedes it.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PySliceObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ start                handle            │ the start bound (None when omitted)
//    12 ├────────────────────────────────────────┤
//       │ stop                 handle            │ the stop bound (None when omitted)
//    16 ├────────────────────────────────────────┤
//       │ step                 handle            │ the step (None when omitted)
//    20 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PySliceObject. @public */
export const PY_SLICE_OBJECT = defineLayout('PySliceObject', [
  { name: 'start', type: 'handle', doc: 'the start bound (None when omitted)' },
  { name: 'stop', type: 'handle', doc: 'the stop bound (None when omitted)' },
  { name: 'step', type: 'handle', doc: 'the step (None when omitted)' },
], PY_OBJECT);
