// Test fixtures (not part of the public API): a runtime with one interpreter and one thread
// state, and the helpers the object tests share.

import { execFileSync } from 'node:child_process';
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

/** One differential case: a Python expression, and how pergil computes the same (a new reference, or the text itself). @internal */
export interface DifferentialCase {
  readonly py: string;
  readonly run: (tstate: ThreadState) => number | string;
}

const PYTHON_REPRS = `
import sys, json
out = []
for e in json.load(sys.stdin):
    try:
        out.append(repr(eval(e)))
    except Exception as ex:
        out.append(type(ex).__name__ + ': ' + str(ex))
json.dump(out, sys.stdout)
`;

/** What python3 prints for each expression (repr, or `TypeName: message`), all in one python3 process. @internal */
export function python3Reprs(expressions: readonly string[]): string[] {
  return JSON.parse(execFileSync('python3', ['-c', PYTHON_REPRS], { input: JSON.stringify(expressions), maxBuffer: 64 << 20 }).toString());
}

/** Runs every case and returns one line per case whose result differs from python3's. @internal */
export function differentialMismatches(tstate: ThreadState, cases: readonly DifferentialCase[], expected: readonly string[]): string[] {
  const mismatches: string[] = [];
  cases.forEach((c, i) => {
    const r = c.run(tstate);
    const got = typeof r === 'string' ? r : describeResult(tstate, r);
    if (got !== expected[i]) mismatches.push(`${c.py}\n    python3: ${expected[i]}\n    pergil:  ${got}`);
  });
  return mismatches;
}
