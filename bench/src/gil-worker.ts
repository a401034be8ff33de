// Worker for the `gil` benchmark (gil.ts): CPU-bound work under a GIL, polling the eval
// breaker like an eval loop's backward jumps; GIL ping-pong for the handoff latency.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { AtomicsGil, GIL_STATE_OFFSET_WORDS, GIL_STATE_SIZE_BYTES, GilThread } from '@pergil/gil';

/** What the benchmark asks a worker to do. */
export interface GilBenchWorkerData {
  readonly mode: 'work' | 'ping-pong' | 'spin-holder' | 'interval-waiter';
  readonly gilBuffer: SharedArrayBuffer;
  readonly gilByteOffset: number;
  readonly threadId: number;
  /** Control words: see CONTROL in gil.ts. */
  readonly control: SharedArrayBuffer;
  readonly iterations: number;
}

/** Word indices of the control buffer (Int32) shared with gil.ts. */
export const CONTROL = Object.freeze({
  /** Set to 1 and notified to start the workers. */
  start: 0,
  /** Workers that finished (incremented and notified). */
  done: 1,
  /** Set to 1 to stop spinning holders. */
  stop: 2,
  /** Workers that are ready and waiting for `start`. */
  ready: 3,
  /** Float64 index (of a Float64Array over the same buffer) of the last drop's hrtime, ns. */
  dropTimeF64: 2,
  /** Size of the control buffer in bytes. */
  sizeBytes: 64,
});

function nowNs(): number {
  return Number(process.hrtime.bigint());
}

/** CPU-bound work: a linear congruential loop, polling the eval breaker every 32 steps. */
function work(gil: AtomicsGil, thread: GilThread, iterations: number): number {
  const evalBreaker = gil.evalBreaker;
  const evalBreakerIndex = gil.evalBreakerIndex;
  let x = thread.id;
  gil.take(thread);
  for (let i = 0; i < iterations; i++) {
    for (let j = 0; j < 32; j++) x = (Math.imul(x, 1103515245) + 12345) | 0;
    if (evalBreaker[evalBreakerIndex] !== 0) gil.dropIfRequested(thread);
  }
  gil.drop(thread);
  return x;
}

/**
 * Runs `work` on a private GIL with drop requests pending, so that V8 optimizes it with the
 * drop branch already taken: otherwise the first drop request of a measured run deoptimizes
 * the loop, which would penalize the two-worker runs (which switch) against the one-worker
 * run (which never does) for a reason that has nothing to do with the GIL.
 */
function warmUp(threadId: number): void {
  const privateGil = AtomicsGil.initialize(new SharedArrayBuffer(GIL_STATE_SIZE_BYTES), 0);
  const thread = new GilThread(threadId);
  for (let i = 0; i < 2000; i++) {
    privateGil.requestDrop();
    work(privateGil, thread, 500);
  }
}

/** Hands the GIL back and forth with the other ping-pong worker; returns handoff latencies in ns. */
function pingPong(gil: AtomicsGil, thread: GilThread, control: Int32Array, times: Float64Array, rounds: number): number[] {
  const words = new Int32Array(gil.buffer);
  const waitersIndex = gil.byteOffset / 4 + GIL_STATE_OFFSET_WORDS.waiters;
  const latenciesNs: number[] = [];
  gil.take(thread);
  for (let round = 0; round < rounds; round++) {
    if (Atomics.load(control, CONTROL.stop) !== 0) break;
    if (round > 0) latenciesNs.push(nowNs() - times[CONTROL.dropTimeF64]);
    // Wait for the other worker to block in take, then give it time to fall asleep.
    while (Atomics.load(words, waitersIndex) === 0 && Atomics.load(control, CONTROL.stop) === 0);
    const asleepNs = nowNs() + 50_000;
    while (nowNs() < asleepNs);
    times[CONTROL.dropTimeF64] = nowNs();
    // A drop request makes drop() wait until the other worker took the GIL (forced switching).
    gil.requestDrop();
    gil.drop(thread);
    gil.take(thread);
  }
  Atomics.store(control, CONTROL.stop, 1);
  gil.drop(thread);
  return latenciesNs;
}

function spinHolder(gil: AtomicsGil, thread: GilThread, control: Int32Array): void {
  const evalBreaker = gil.evalBreaker;
  const evalBreakerIndex = gil.evalBreakerIndex;
  gil.take(thread);
  while (Atomics.load(control, CONTROL.stop) === 0) {
    if (evalBreaker[evalBreakerIndex] !== 0) gil.dropIfRequested(thread);
  }
  gil.drop(thread);
}

/** Takes the GIL from a spinning holder `rounds` times; returns each wait in ns. */
function intervalWaiter(gil: AtomicsGil, thread: GilThread, control: Int32Array, rounds: number): number[] {
  const waitsNs: number[] = [];
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let round = 0; round < rounds; round++) {
    Atomics.wait(pause, 0, 0, 2);
    const startNs = nowNs();
    gil.take(thread);
    waitsNs.push(nowNs() - startNs);
    gil.drop(thread);
  }
  Atomics.store(control, CONTROL.stop, 1);
  return waitsNs;
}

function main(): void {
  const data = workerData as GilBenchWorkerData;
  const gil = AtomicsGil.attach(data.gilBuffer, data.gilByteOffset);
  const thread = new GilThread(data.threadId);
  const control = new Int32Array(data.control);
  const times = new Float64Array(data.control);
  if (data.mode === 'work') warmUp(data.threadId);
  Atomics.add(control, CONTROL.ready, 1);
  Atomics.notify(control, CONTROL.ready);
  Atomics.wait(control, CONTROL.start, 0);
  let samplesNs: number[] = [];
  let checksum = 0;
  switch (data.mode) {
    case 'work':
      checksum = work(gil, thread, data.iterations);
      break;
    case 'ping-pong':
      samplesNs = pingPong(gil, thread, control, times, data.iterations);
      break;
    case 'spin-holder':
      spinHolder(gil, thread, control);
      break;
    case 'interval-waiter':
      samplesNs = intervalWaiter(gil, thread, control, data.iterations);
      break;
  }
  parentPort!.postMessage({ samplesNs, checksum, stats: { ...thread.stats } });
  Atomics.add(control, CONTROL.done, 1);
  Atomics.notify(control, CONTROL.done);
}

// gil.ts imports CONTROL from this file on the main thread; only a worker runs the job.
if (!isMainThread) main();
