// range's layout (CPython's Objects/rangeobject.c, rangeobject): start, stop, step and the
// precomputed length, each an int object (so arbitrary precision, as in CPython).
//
// (diagrams: scripts/render-diagrams.mjs)
//
// rangeobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ start                handle            │ the first value (an int)
//    12 ├────────────────────────────────────────┤
//       │ stop                 handle            │ the bound, excluded (an int)
//    16 ├────────────────────────────────────────┤
//       │ step                 handle            │ the stride, never 0 (an int)
//    20 ├────────────────────────────────────────┤
//       │ length               handle            │ len(), precomputed (an int)
//    24 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** rangeobject: four int handles (strong references). @public */
export const PY_RANGE_OBJECT = defineLayout('rangeobject', [
  { name: 'start', type: 'handle', doc: 'the first value (an int)' },
  { name: 'stop', type: 'handle', doc: 'the bound, excluded (an int)' },
  { name: 'step', type: 'handle', doc: 'the stride, never 0 (an int)' },
  { name: 'length', type: 'handle', doc: 'len(), precomputed (an int)' },
], PY_OBJECT);

/** Byte offset of a range's start. @public */
export const RANGE_START = PY_RANGE_OBJECT.offsetBytes.start;
/** Byte offset of a range's stop. @public */
export const RANGE_STOP = PY_RANGE_OBJECT.offsetBytes.stop;
/** Byte offset of a range's step. @public */
export const RANGE_STEP = PY_RANGE_OBJECT.offsetBytes.step;
/** Byte offset of a range's length. @public */
export const RANGE_LENGTH = PY_RANGE_OBJECT.offsetBytes.length;
