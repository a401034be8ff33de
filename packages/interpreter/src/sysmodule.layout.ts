// The instance layout of sys.stdout's and sys.stderr's type (a small stand-in for CPython's
// Modules/_io/textio.c textio struct): the object header and the host file descriptor that
// write() hands its text to.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PyTextIOObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ fd                   i32               │ the host file descriptor: 1 (stdout) or 2 (stderr)
//    12 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** sys.stdout's instance layout. @public */
export const PY_TEXTIO_OBJECT = defineLayout('PyTextIOObject', [
  { name: 'fd', type: 'i32', doc: 'the host file descriptor: 1 (stdout) or 2 (stderr)' },
], PY_OBJECT);
