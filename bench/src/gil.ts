// The `gil` benchmark (shared/BENCHMARKS.md): the GIL's uncontended take+drop against a bare
// compare-and-swap + store pair in the same run, the handoff latency between two workers,
// and what two CPU-bound workers gain from sharing one GIL versus each having its own.
import { Worker } from 'node:worker_threads';
import { AtomicsGil, GIL_STATE_ALIGN_BYTES, GIL_STATE_SIZE_BYTES, GilThread } from '@pergil/gil';
import type { BenchOptions, BenchResult, BenchRow, Benchmark } from './harness.js';
import { median, timeRepeated } from './harness.js';
import { CONTROL } from './gil-worker.js';
import type { GilBenchWorkerData } from './gil-worker.js';

interface WorkerReport {
  readonly samplesNs: number[];
  readonly checksum: number;
}

/** Nanoseconds per uncontended take+drop pair and per bare CAS+store pair, measured in alternation. */
function measureFastPath(pairs: number, repetitions: number): { takeDropNs: number; bareNs: number; ratio: number } {
  const gil = AtomicsGil.initialize(new SharedArrayBuffer(GIL_STATE_SIZE_BYTES), 0);
  const thread = new GilThread(1);
  const bare = new Int32Array(new SharedArrayBuffer(GIL_STATE_SIZE_BYTES));
  const lockedIndex = 1;
  const runGil = (): void => {
    for (let i = 0; i < pairs; i++) {
      gil.take(thread);
      gil.drop(thread);
    }
  };
  const runBare = (): void => {
    for (let i = 0; i < pairs; i++) {
      Atomics.compareExchange(bare, lockedIndex, 0, 1);
      Atomics.store(bare, lockedIndex, 0);
    }
  };
  runGil();
  runBare();
  const gilNs: number[] = [];
  const bareNs: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    const [b] = timeRepeated(1, runBare);
    const [g] = timeRepeated(1, runGil);
    bareNs.push(b / pairs);
    gilNs.push(g / pairs);
    ratios.push(g / b);
  }
  return { takeDropNs: median(gilNs), bareNs: median(bareNs), ratio: median(ratios) };
}

/**
 * Starts one worker per entry, waits until all are ready, starts them together and returns
 * the wall time from start to the last one done, with each worker's report.
 */
async function runWorkers(specs: readonly Omit<GilBenchWorkerData, 'control'>[]): Promise<{ elapsedNs: number; reports: WorkerReport[] }> {
  const control = new SharedArrayBuffer(CONTROL.sizeBytes);
  const words = new Int32Array(control);
  const workerUrl = new URL('./gil-worker.js', import.meta.url);
  const workers = specs.map((spec) => new Worker(workerUrl, { workerData: { ...spec, control } satisfies GilBenchWorkerData }));
  try {
    const reports = workers.map(
      (w) =>
        new Promise<WorkerReport>((resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
        }),
    );
    const readyBy = Date.now() + 10_000;
    while (Atomics.load(words, CONTROL.ready) < specs.length) {
      if (Date.now() > readyBy) throw new Error('gil benchmark: workers did not start');
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const startNs = process.hrtime.bigint();
    Atomics.store(words, CONTROL.start, 1);
    Atomics.notify(words, CONTROL.start);
    // The main thread may block: Node allows Atomics.wait there.
    for (let done = Atomics.load(words, CONTROL.done); done < specs.length; done = Atomics.load(words, CONTROL.done)) {
      if (Atomics.wait(words, CONTROL.done, done, 60_000) === 'timed-out') throw new Error('gil benchmark: workers did not finish');
    }
    const elapsedNs = Number(process.hrtime.bigint() - startNs);
    return { elapsedNs, reports: await Promise.all(reports) };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** A buffer with `count` GILs, each on its own cache line. */
function gilBuffer(count: number): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(count * GIL_STATE_ALIGN_BYTES);
  for (let i = 0; i < count; i++) AtomicsGil.initialize(buffer, i * GIL_STATE_ALIGN_BYTES);
  return buffer;
}

async function measureScaling(iterations: number, repetitions: number): Promise<{ shared: number; own: number; singleMs: number }> {
  const sharedSpeedups: number[] = [];
  const ownSpeedups: number[] = [];
  const singleNs: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    const single = await runWorkers([{ mode: 'work', gilBuffer: gilBuffer(1), gilByteOffset: 0, threadId: 1, iterations: 2 * iterations }]);
    const sharedBuffer = gilBuffer(1);
    const shared = await runWorkers([1, 2].map((threadId) => ({ mode: 'work' as const, gilBuffer: sharedBuffer, gilByteOffset: 0, threadId, iterations })));
    const ownBuffer = gilBuffer(2);
    const own = await runWorkers(
      [0, 1].map((i) => ({ mode: 'work' as const, gilBuffer: ownBuffer, gilByteOffset: i * GIL_STATE_ALIGN_BYTES, threadId: i + 1, iterations })),
    );
    singleNs.push(single.elapsedNs);
    sharedSpeedups.push(single.elapsedNs / shared.elapsedNs);
    ownSpeedups.push(single.elapsedNs / own.elapsedNs);
  }
  return { shared: median(sharedSpeedups), own: median(ownSpeedups), singleMs: median(singleNs) / 1e6 };
}

async function measureHandoff(rounds: number): Promise<number> {
  const buffer = gilBuffer(1);
  const { reports } = await runWorkers([1, 2].map((threadId) => ({ mode: 'ping-pong' as const, gilBuffer: buffer, gilByteOffset: 0, threadId, iterations: rounds })));
  return median(reports.flatMap((r) => r.samplesNs)) / 1e3;
}

async function measureIntervalHandoff(rounds: number): Promise<number> {
  const buffer = gilBuffer(1);
  const { reports } = await runWorkers([
    { mode: 'spin-holder', gilBuffer: buffer, gilByteOffset: 0, threadId: 1, iterations: 0 },
    { mode: 'interval-waiter', gilBuffer: buffer, gilByteOffset: 0, threadId: 2, iterations: rounds },
  ]);
  return median(reports.flatMap((r) => r.samplesNs)) / 1e3;
}

/** The `gil` benchmark. */
export const gilBenchmark: Benchmark = Object.freeze({
  name: 'gil',
  async run(options: BenchOptions): Promise<BenchResult> {
    const quick = options.quick;
    const fast = measureFastPath(quick ? 2_000_000 : 10_000_000, quick ? 7 : 15);
    const handoffUs = await measureHandoff(quick ? 200 : 1000);
    const intervalHandoffUs = await measureIntervalHandoff(quick ? 20 : 60);
    const scaling = await measureScaling(quick ? 1_500_000 : 5_000_000, quick ? 3 : 5);
    const rows: BenchRow[] = [
      { figure: 'take_drop_ns', value: fast.takeDropNs, unit: 'ns', note: 'uncontended take+drop pair, median' },
      { figure: 'bare_atomic_pair_ns', value: fast.bareNs, unit: 'ns', note: 'Atomics.compareExchange + Atomics.store, same run' },
      { figure: 'take_drop_ratio', value: fast.ratio, unit: 'x', note: 'take_drop / bare pair, paired; target <= 1.5' },
      { figure: 'handoff_latency_us', value: handoffUs, unit: 'us', note: 'drop to the waiting worker\'s take returning, median' },
      { figure: 'interval_handoff_us', value: intervalHandoffUs, unit: 'us', note: 'a waiter taking from a polling holder, 5 ms interval' },
      { figure: 'two_workers_shared_gil_speedup', value: scaling.shared, unit: 'x', note: 'vs one worker doing both shares; expect ~1' },
      { figure: 'two_workers_own_gil_speedup', value: scaling.own, unit: 'x', note: `vs one worker (${scaling.singleMs.toFixed(0)} ms); expect ~2 on 2 cores` },
    ];
    return { name: 'gil', rows };
  },
});
