// Test-only worker: attaches to a runtime, waits at a start line, then registers and
// unregisters interpreters while reading immortal objects, and reports the ids it got and
// any immortal that did not read back as expected.

import { parentPort, workerData } from 'node:worker_threads';
import { runtimeOffset } from '../handle.js';
import { RUNTIME_IDENTIFIERS } from '../identifiers.js';
import { readLong } from '../longobject.js';
import { SMALL_INT_MAX, SMALL_INT_MIN } from '../runtime-state.layout.js';
import { RuntimeState } from '../runtime-state.js';
import { readUnicode } from '../unicodeobject.js';

/** What the test gives each worker. */
export interface RuntimeWorkerData {
  readonly buffer: SharedArrayBuffer;
  /** Word 0: 0 = wait, 1 = go. */
  readonly control: SharedArrayBuffer;
  readonly registrations: number;
}

/** What a worker reports. */
export type RuntimeWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly ids: readonly number[]; readonly kept: readonly number[]; readonly mismatches: readonly string[] };

function main(data: RuntimeWorkerData): void {
  const runtime = RuntimeState.attach(data.buffer);
  const v = runtime.views;
  const control = new Int32Array(data.control);
  parentPort!.postMessage({ type: 'ready' } satisfies RuntimeWorkerMessage);
  Atomics.wait(control, 0, 0);

  const ids: number[] = [];
  const kept: number[] = [];
  const mismatches: string[] = [];
  for (let i = 0; i < data.registrations; i++) {
    const id = runtime.registerInterpreter({ data: i });
    ids.push(id);
    // Read immortals between registry operations, as interpreters starting up would.
    const n = SMALL_INT_MIN + (i % (SMALL_INT_MAX - SMALL_INT_MIN + 1));
    if (readLong(v, runtimeOffset(runtime.smallInt(n))) !== BigInt(n)) mismatches.push(`small int ${n}`);
    const name = RUNTIME_IDENTIFIERS[i % RUNTIME_IDENTIFIERS.length];
    if (readUnicode(v, runtimeOffset(runtime.internedString(name))) !== name) mismatches.push(`identifier ${name}`);
    if (i % 2 === 1) runtime.unregisterInterpreter(id);
    else kept.push(id);
  }
  parentPort!.postMessage({ type: 'done', ids, kept, mismatches } satisfies RuntimeWorkerMessage);
}

main(workerData as RuntimeWorkerData);
