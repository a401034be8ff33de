// Test-only worker: takes and drops a GIL laid in shared memory, the way an eval loop would,
// so that tests can check mutual exclusion, handoff and forced switching across real threads.

import { parentPort, workerData } from 'node:worker_threads';
import { AtomicsGil } from '../ceval-gil.js';
import { GilError } from '../gil-error.js';
import { GilThread } from '../gil-thread.js';
import type { Gil } from '../gil.js';
import { NoopGil } from '../noop-gil.js';
import { CONTROL_WORD, LOG_CAPACITY } from './gil-worker-protocol.js';
import type { GilWorkerData, GilWorkerMessage } from './gil-worker-protocol.js';

function post(message: GilWorkerMessage): void {
  parentPort!.postMessage(message);
}

/** Appends this thread's id to the acquisition log; the caller holds the GIL. */
function logAcquisition(words: Int32Array, id: number): void {
  const length = words[CONTROL_WORD.logLength];
  if (length < LOG_CAPACITY) {
    words[CONTROL_WORD.log + length] = id;
    words[CONTROL_WORD.logLength] = length + 1;
  }
}

function countPoll(gil: Gil, thread: GilThread, words: Int32Array, iterations: number): void {
  const evalBreaker = gil.evalBreaker;
  const evalBreakerIndex = gil.evalBreakerIndex;
  gil.take(thread);
  for (let i = 0; i < iterations; i++) {
    words[CONTROL_WORD.counter] = words[CONTROL_WORD.counter] + 1;
    if (Atomics.load(evalBreaker, evalBreakerIndex) !== 0) gil.dropIfRequested(thread);
  }
  gil.drop(thread);
}

function countTakeDrop(gil: Gil, thread: GilThread, words: Int32Array, iterations: number): void {
  for (let i = 0; i < iterations; i++) {
    gil.take(thread);
    words[CONTROL_WORD.counter] = words[CONTROL_WORD.counter] + 1;
    gil.drop(thread);
  }
}

function spin(gil: AtomicsGil, thread: GilThread, words: Int32Array, deadlineMs: number): number {
  const evalBreaker = gil.evalBreaker;
  const evalBreakerIndex = gil.evalBreakerIndex;
  const endMs = performance.now() + deadlineMs;
  let spins = 0;
  gil.take(thread);
  try {
    logAcquisition(words, thread.id);
    post({ type: 'holding' });
    while (Atomics.load(words, CONTROL_WORD.stop) === 0) {
      spins++;
      if (Atomics.load(evalBreaker, evalBreakerIndex) !== 0 && gil.dropIfRequested(thread)) {
        logAcquisition(words, thread.id);
      }
      if ((spins & 0xfff) === 0 && performance.now() > endMs) break;
    }
  } finally {
    if (gil.isHeldBy(thread)) gil.drop(thread);
  }
  return spins;
}

function main(): void {
  const data = workerData as GilWorkerData;
  const words = new Int32Array(data.buffer);
  const thread = new GilThread(data.threadId);
  const startMs = performance.now();
  let spins = 0;
  post({ type: 'started' });
  switch (data.mode) {
    case 'count-poll':
      countPoll(AtomicsGil.attach(data.buffer, data.gilByteOffset), thread, words, data.iterations ?? 0);
      break;
    case 'count-take-drop':
      countTakeDrop(AtomicsGil.attach(data.buffer, data.gilByteOffset), thread, words, data.iterations ?? 0);
      break;
    case 'count-noop':
      countTakeDrop(new NoopGil(data.buffer, data.gilByteOffset), thread, words, data.iterations ?? 0);
      break;
    case 'spin':
      spins = spin(AtomicsGil.attach(data.buffer, data.gilByteOffset), thread, words, data.deadlineMs ?? 10_000);
      break;
    case 'wait-once': {
      const gil = AtomicsGil.attach(data.buffer, data.gilByteOffset);
      gil.take(thread);
      gil.drop(thread);
      break;
    }
    case 'drop-unheld':
      AtomicsGil.attach(data.buffer, data.gilByteOffset).drop(thread);
      break;
  }
  post({ type: 'done', waitedMs: performance.now() - startMs, spins, stats: { ...thread.stats } });
}

try {
  main();
} catch (error) {
  const e = error as Error;
  post({ type: 'error', name: e.name, kind: error instanceof GilError ? error.kind : '', message: e.message });
}
