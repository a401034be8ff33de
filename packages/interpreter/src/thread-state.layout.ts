// The per-thread state struct, CPython's `struct _ts` (Include/cpython/pystate.h): one per OS
// thread attached to an interpreter, in that interpreter's heap, linked into its list.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// ThreadState:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ magic                i32               │ THREAD_STATE_MAGIC while alive
//     4 ├────────────────────────────────────────┤
//       │ id                   i32               │ unique within the interpreter (tstate->id)
//     8 ├────────────────────────────────────────┤
//       │ interp_id            i32               │ the owning interpreter's id
//    12 ├────────────────────────────────────────┤
//       │ block_offset         i32               │ the allocator block of this struct
//    16 ├────────────────────────────────────────┤
//       │ next                 i32               │ next (older) ThreadState, 0 at the end
//    20 ├────────────────────────────────────────┤
//       │ prev                 i32               │ previous (newer) ThreadState, 0 at the head
//    24 ├────────────────────────────────────────┤
//       │ curexc               handle            │ the raised exception (3.12 current_exception), NULL if none
//    28 ├────────────────────────────────────────┤
//       │ recursion_depth      i32               │ Python calls on this thread now
//    32 ├────────────────────────────────────────┤
//       │ recursion_limit      i32               │ copy of the interpreter's limit
//    36 ├────────────────────────────────────────┤
//       │ datastack_offset     i32               │ offset of the frame data stack, 0 until first frame
//    40 ├────────────────────────────────────────┤
//       │ datastack_size_bytes i32               │ its size
//    44 ├────────────────────────────────────────┤
//       │ datastack_top        i32               │ first free byte of the data stack
//    48 ├────────────────────────────────────────┤
//       │ gil_thread_id        i32               │ the GilThread id this thread takes the GIL under
//    52 ├────────────────────────────────────────┤
//       │ exc_info             handle            │ the exception being handled (sys.exception()), NULL if none
//    56 ├────────────────────────────────────────┤
//       │ current_frame        i32               │ byte offset of the executing frame, 0 if none
//    60 ├────────────────────────────────────────┤
//       │ c_recursion_depth    i32               │ nested eval loop invocations on the JS stack
//    64 └────────────────────────────────────────┘
//
// (end of diagrams)

import { defineLayout } from '@pergil/runtime-state';

/**
 * ThreadState (CPython's PyThreadState).
 * @public
 */
export const THREAD_STATE = defineLayout('ThreadState', [
  // identity
  { name: 'magic', type: 'i32', doc: 'THREAD_STATE_MAGIC while alive' },
  { name: 'id', type: 'i32', doc: 'unique within the interpreter (tstate->id)' },
  { name: 'interp_id', type: 'i32', doc: 'the owning interpreter\'s id' },
  { name: 'block_offset', type: 'i32', doc: 'the allocator block of this struct' },
  // the interpreter's list
  { name: 'next', type: 'i32', doc: 'next (older) ThreadState, 0 at the end' },
  { name: 'prev', type: 'i32', doc: 'previous (newer) ThreadState, 0 at the head' },
  // exceptions
  { name: 'curexc', type: 'handle', doc: 'the raised exception (3.12 current_exception), NULL if none' },
  // recursion
  { name: 'recursion_depth', type: 'i32', doc: 'Python calls on this thread now' },
  { name: 'recursion_limit', type: 'i32', doc: 'copy of the interpreter\'s limit' },
  // frames
  { name: 'datastack_offset', type: 'i32', doc: 'offset of the frame data stack, 0 until first frame' },
  { name: 'datastack_size_bytes', type: 'i32', doc: 'its size' },
  { name: 'datastack_top', type: 'i32', doc: 'first free byte of the data stack' },
  // the GIL
  { name: 'gil_thread_id', type: 'i32', doc: 'the GilThread id this thread takes the GIL under' },
  // the eval loop
  { name: 'exc_info', type: 'handle', doc: 'the exception being handled (sys.exception()), NULL if none' },
  { name: 'current_frame', type: 'i32', doc: 'byte offset of the executing frame, 0 if none' },
  { name: 'c_recursion_depth', type: 'i32', doc: 'nested eval loop invocations on the JS stack' },
]);

/** `magic` of a live ThreadState ('PTS1'). @public */
export const THREAD_STATE_MAGIC = 0x50545331;
/** Bytes of a thread's frame data stack chunk (CPython's DATA_STACK_CHUNK_SIZE). @public */
export const DATA_STACK_CHUNK_SIZE_BYTES = 16 * 1024;
