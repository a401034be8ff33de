// Test fixtures (not part of the public API): a runtime with one interpreter and one thread
// state, and the helpers the object tests share.

import { heapStats } from '@pergil/allocator';
import type { Heap } from '@pergil/allocator';
import { RuntimeState } from '@pergil/runtime-state';
import { InterpreterState } from '../interpreter-state.js';
import { ThreadState } from '../thread-state.js';
import { PyErr_GetRaisedException } from '../objects/exceptions.js';
import { Py_DECREF, Py_TYPE_NAME, _PyObject_ReprString, _PyObject_StrString } from '../objects/object.js';

/** A runtime, its main interpreter and a thread state in it. @internal */
export interface TestWorld {
  readonly runtime: RuntimeState;
  readonly interp: InterpreterState;
  readonly tstate: ThreadState;
}

/** Makes a fresh runtime with one interpreter and one thread state. @internal */
export function makeTestWorld(): TestWorld {
  const runtime = RuntimeState.create({ maxHeapBytes: 16 << 20 });
  const interp = InterpreterState.create(runtime);
  const tstate = ThreadState.create(interp);
  return { runtime, interp, tstate };
}

/** Blocks in use in `heap`, small and large. @internal */
export function blocksInUse(heap: Heap): number {
  const s = heapStats(heap);
  return s.sizeClasses.reduce((n, c) => n + c.blocksInUse, 0) + s.largeBlocksInUse;
}

/**
 * What Python would print for a result: repr(result), or `TypeName: str(exc)` if `h` is NULL
 * (the raised exception is taken and dropped). Drops the reference to `h`.
 * @internal
 */
export function describeResult(tstate: ThreadState, h: number): string {
  const interp = tstate.interp;
  if (h === 0) {
    const exc = PyErr_GetRaisedException(tstate);
    if (exc === 0) return '<NULL without an exception>';
    const text = `${Py_TYPE_NAME(interp, exc)}: ${_PyObject_StrString(tstate, exc)}`;
    Py_DECREF(interp, exc);
    return text;
  }
  const r = _PyObject_ReprString(tstate, h);
  Py_DECREF(interp, h);
  return r ?? '<repr failed>';
}
