// Frames on the thread's data stack (CPython's Python/frame.c and the datastack functions of
// Python/pystate.c: _PyThreadState_PushFrame, _PyThreadState_PopFrame, push_chunk): a frame is
// carved from the current chunk by bumping `datastack_top`; a full chunk gets a successor
// (at least 16 KiB) linked to it, freed again when its first frame is popped. Layout in
// frame.layout.ts. Hot: the eval loop pushes and pops a frame per Python call; keep these
// allocation-free on the common path.

import { THREAD_STATE, DATA_STACK_CHUNK_SIZE_BYTES } from './thread-state.layout.js';
import type { InterpreterState } from './interpreter-state.js';
import type { ThreadState } from './thread-state.js';
import { PyErr_NoMemory } from './objects/exceptions.js';
import { Py_DECREF } from './objects/object.js';
import {
  DATA_STACK_CHUNK,
  FRAME_SPECIALS_WORDS,
  FW_BUILTINS,
  FW_CODE,
  FW_FUNC,
  FW_GLOBALS,
  FW_LOCALS,
  FW_STACKTOP,
} from './frame.layout.js';

const TS = THREAD_STATE.offsetBytes;
const CH = DATA_STACK_CHUNK.offsetBytes;
const CHUNK_DATA = CH.data;

/** Allocates a chunk for a frame of `sizeBytes` that did not fit; the frame's offset or 0 with MemoryError. */
function pushChunk(tstate: ThreadState, sizeBytes: number): number {
  const interp = tstate.interp;
  const ts = tstate.offset;
  let chunkBytes = DATA_STACK_CHUNK_SIZE_BYTES;
  while (chunkBytes < sizeBytes + CHUNK_DATA) chunkBytes *= 2;
  const chunk = interp.mem.malloc(chunkBytes);
  if (chunk === 0) {
    PyErr_NoMemory(tstate);
    return 0;
  }
  interp.syncViews();
  const i32 = interp.views.i32;
  const previous = i32[(ts + TS.datastack_offset) >> 2];
  i32[(chunk + CH.previous) >> 2] = previous;
  i32[(chunk + CH.size_bytes) >> 2] = chunkBytes;
  i32[(chunk + CH.saved_top) >> 2] = previous === 0 ? 0 : i32[(ts + TS.datastack_top) >> 2];
  i32[(ts + TS.datastack_offset) >> 2] = chunk;
  i32[(ts + TS.datastack_size_bytes) >> 2] = chunkBytes;
  const frame = chunk + CHUNK_DATA;
  i32[(ts + TS.datastack_top) >> 2] = frame + sizeBytes;
  return frame;
}

/**
 * Reserves a frame of `sizeWords` words (FRAME_SPECIALS_WORDS + co_framesize) on the data stack
 * (CPython's _PyThreadState_BumpFramePointer): its byte offset, or 0 with MemoryError set. The
 * words are not initialized.
 * @internal
 */
export function _PyThreadState_PushFrame(tstate: ThreadState, sizeWords: number): number {
  const i32 = tstate.interp.views.i32;
  const ts = tstate.offset;
  const top = i32[(ts + TS.datastack_top) >> 2];
  const sizeBytes = sizeWords << 2;
  const chunk = i32[(ts + TS.datastack_offset) >> 2];
  if (chunk !== 0 && top + sizeBytes <= chunk + i32[(ts + TS.datastack_size_bytes) >> 2]) {
    i32[(ts + TS.datastack_top) >> 2] = top + sizeBytes;
    return top;
  }
  return pushChunk(tstate, sizeBytes);
}

/**
 * Gives the frame at `frame` (the most recently pushed one) back to the data stack (CPython's
 * _PyThreadState_PopFrame); a chunk it was the first frame of is freed.
 * @internal
 */
export function _PyThreadState_PopFrame(tstate: ThreadState, frame: number): void {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const ts = tstate.offset;
  const chunk = i32[(ts + TS.datastack_offset) >> 2];
  if (frame === chunk + CHUNK_DATA) {
    const previous = i32[(chunk + CH.previous) >> 2];
    if (previous !== 0) {
      const savedTop = i32[(chunk + CH.saved_top) >> 2];
      i32[(ts + TS.datastack_offset) >> 2] = previous;
      i32[(ts + TS.datastack_size_bytes) >> 2] = i32[(previous + CH.size_bytes) >> 2];
      i32[(ts + TS.datastack_top) >> 2] = savedTop;
      interp.mem.free(chunk);
      return;
    }
  }
  i32[(ts + TS.datastack_top) >> 2] = frame;
}

/**
 * Drops every reference the frame holds (CPython's _PyFrame_Clear): localsplus and the value
 * stack up to `stacktop`, f_locals, and f_func — or, for a frame without a function, f_code,
 * f_globals and f_builtins.
 * @internal
 */
export function _PyFrame_Clear(interp: InterpreterState, frame: number): void {
  const fw = frame >> 2;
  let i32 = interp.views.i32;
  const top = i32[fw + FW_STACKTOP];
  for (let w = fw + FRAME_SPECIALS_WORDS; w < top; w++) {
    const v = i32[w];
    if (v > 0) {
      i32[w] = 0;
      Py_DECREF(interp, v);
      i32 = interp.views.i32;
    }
  }
  i32[fw + FW_STACKTOP] = fw + FRAME_SPECIALS_WORDS;
  const locals = i32[fw + FW_LOCALS];
  i32[fw + FW_LOCALS] = 0;
  Py_DECREF(interp, locals);
  i32 = interp.views.i32;
  const func = i32[fw + FW_FUNC];
  if (func !== 0) {
    i32[fw + FW_FUNC] = 0;
    Py_DECREF(interp, func);
  } else {
    const code = i32[fw + FW_CODE];
    const globals = i32[fw + FW_GLOBALS];
    const builtins = i32[fw + FW_BUILTINS];
    i32[fw + FW_CODE] = 0;
    Py_DECREF(interp, code);
    Py_DECREF(interp, globals);
    Py_DECREF(interp, builtins);
  }
}
