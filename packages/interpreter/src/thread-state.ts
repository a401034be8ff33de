// PyThreadState (CPython's Include/cpython/pystate.h, Python/pystate.c): one OS thread's state
// in one interpreter — the raised exception, recursion depth, the frame data stack, its place
// in the interpreter's thread list, and the GilThread it takes the GIL with. The struct lives
// in the interpreter heap; the JS object holds what is per OS thread only.

import { GilThread } from '@pergil/gil';
import { InterpreterError } from './errors.js';
import { INTERPRETER_STATE } from './interpreter-state.layout.js';
import type { InterpreterState } from './interpreter-state.js';
import { DATA_STACK_CHUNK_SIZE_BYTES, THREAD_STATE, THREAD_STATE_MAGIC } from './thread-state.layout.js';

const TS = THREAD_STATE.offsetBytes;
const IS = INTERPRETER_STATE.offsetBytes;

/** Slots of {@link ThreadState.loadGlobalCache} (a power of two; 4 words each). @internal */
export const LOAD_GLOBAL_CACHE_SLOTS = 4096;

/** Byte offset of `curexc` in the ThreadState struct (hot: PyErr_Occurred reads it). @public */
export const TSTATE_CUREXC = TS.curexc;

/**
 * One thread attached to one interpreter (CPython's PyThreadState). Create with
 * {@link ThreadState.create} while holding the interpreter's GIL (or before any other thread
 * can see the interpreter).
 * @public
 */
export class ThreadState {
  /** The interpreter this thread state belongs to. */
  readonly interp: InterpreterState;
  /** Byte offset of the ThreadState struct in the interpreter heap. */
  readonly offset: number;
  /** The thread state id, unique within the interpreter. */
  readonly id: number;
  /** The GilThread this OS thread takes the interpreter's GIL with. */
  readonly gilThread: GilThread;
  /**
   * Containers being repr'd on this thread (CPython's Py_ReprEnter list, kept in the thread
   * state dict): a JS array because it is per OS thread and holds no Python references.
   */
  readonly reprStack: number[];
  /**
   * Set by `_PyObject_GetMethod` (objects/object-attrs.ts): true when the method it returned
   * is unbound and must be called with the object as first argument (CPython returns this as
   * the function's int result; a JS field keeps that function's result a plain handle).
   */
  methodIsUnbound: boolean;
  /**
   * The eval loop's LOAD_GLOBAL cache (ceval.ts): where in the globals or builtins dict's
   * entries a name was found, by (code, instruction). Per OS thread; holds no references —
   * every use re-checks the entry it points at, so a stale slot only misses.
   */
  readonly loadGlobalCache: Int32Array;
  private cleared: boolean;

  private constructor(interp: InterpreterState, offset: number, gilThread: GilThread) {
    this.interp = interp;
    this.offset = offset;
    this.id = interp.views.i32[(offset + TS.id) >> 2];
    this.gilThread = gilThread;
    this.reprStack = [];
    this.methodIsUnbound = false;
    this.loadGlobalCache = new Int32Array(LOAD_GLOBAL_CACHE_SLOTS * 4);
    this.cleared = false;
  }

  /**
   * Makes a new thread state in `interp` and links it at the head of its list (CPython's
   * PyThreadState_New). The GilThread id is unique in the process: the interpreter id in the
   * high bits, the thread state id in the low 16.
   */
  static create(interp: InterpreterState): ThreadState {
    if (interp.isFinalized) throw new InterpreterError('finalized', `interpreter ${interp.id} is finalized`);
    const block = interp.mem.calloc(1, THREAD_STATE.sizeBytes);
    if (block === 0) throw new InterpreterError('out-of-memory', `no room for a thread state in interpreter ${interp.id}`);
    interp.syncViews();
    const i32 = interp.views.i32;
    const id = interp.field(IS.threads_next_unique_id);
    interp.setField(IS.threads_next_unique_id, id + 1);
    const head = interp.field(IS.threads_head);
    const put = (field: number, value: number): void => {
      i32[(block + field) >> 2] = value;
    };
    put(TS.id, id);
    put(TS.interp_id, interp.id);
    put(TS.block_offset, block);
    put(TS.next, head);
    put(TS.prev, 0);
    put(TS.recursion_limit, interp.recursionLimit);
    const gilThreadId = (((interp.id & 0x7fff) << 16) | (id & 0xffff)) + 1;
    put(TS.gil_thread_id, gilThreadId);
    put(TS.magic, THREAD_STATE_MAGIC);
    if (head !== 0) i32[(head + TS.prev) >> 2] = block;
    interp.setField(IS.threads_head, block);
    interp.setField(IS.threads_count, interp.field(IS.threads_count) + 1);
    return new ThreadState(interp, block, new GilThread(gilThreadId));
  }

  /** Reads an i32 field of the struct. @internal */
  field(offsetBytes: number): number {
    return this.interp.views.i32[(this.offset + offsetBytes) >> 2];
  }

  /** Writes an i32 field of the struct. @internal */
  setField(offsetBytes: number, value: number): void {
    this.interp.views.i32[(this.offset + offsetBytes) >> 2] = value;
  }

  /** The frame data stack (offset, size), allocated on first use (CPython's push_chunk). */
  dataStack(): { readonly offset: number; readonly sizeBytes: number } {
    let offset = this.field(TS.datastack_offset);
    if (offset === 0) {
      offset = this.interp.mem.malloc(DATA_STACK_CHUNK_SIZE_BYTES);
      if (offset === 0) throw new InterpreterError('out-of-memory', 'no room for a frame data stack');
      this.interp.syncViews();
      this.setField(TS.datastack_offset, offset);
      this.setField(TS.datastack_size_bytes, DATA_STACK_CHUNK_SIZE_BYTES);
      this.setField(TS.datastack_top, offset);
    }
    return { offset, sizeBytes: this.field(TS.datastack_size_bytes) };
  }

  /** True once {@link ThreadState.clear} has run. */
  get isCleared(): boolean {
    return this.cleared;
  }

  /**
   * Unlinks and frees the thread state (CPython's PyThreadState_Clear + PyThreadState_Delete).
   * The caller has cleared the raised exception (objects/exceptions.ts's PyErr_Clear).
   */
  clear(): void {
    if (this.cleared) return;
    const interp = this.interp;
    const next = this.field(TS.next);
    const prev = this.field(TS.prev);
    const i32 = interp.views.i32;
    if (prev !== 0) i32[(prev + TS.next) >> 2] = next;
    else interp.setField(IS.threads_head, next);
    if (next !== 0) i32[(next + TS.prev) >> 2] = prev;
    interp.setField(IS.threads_count, interp.field(IS.threads_count) - 1);
    const stack = this.field(TS.datastack_offset);
    if (stack !== 0) interp.mem.free(stack);
    this.setField(TS.magic, 0);
    interp.mem.free(this.offset);
    this.cleared = true;
  }
}
