// The allocator benchmark (shared/BENCHMARKS.md): malloc+free pairs of mixed 16-512 B sizes
// with 256 blocks live, on pymalloc, the locked allocator and the debug hooks, against
// @thi.ng/malloc's MemPool on the same workload in the same run; plus a realloc mix.
// Each allocator gets its own loop function so that every call site stays monomorphic.
import { Worker } from 'node:worker_threads';
import { DebugAllocator, Heap, LockedAllocator, PYMEM_DOMAIN_OBJ, Pymalloc } from '@pergil/allocator';
import { MemPool } from '@thi.ng/malloc';
import type { BenchOptions, BenchResult, Benchmark } from './harness.js';
import { median, timeRepeated } from './harness.js';

const LIVE = 256;
const SIZE_TABLE = 4096;

/** Request sizes, 16..512 bytes, from a fixed-seed xorshift so every run sees the same mix. */
function mixedSizes(minBytes: number, maxBytes: number, seed: number): Int32Array {
  const sizes = new Int32Array(SIZE_TABLE);
  let x = seed;
  for (let i = 0; i < SIZE_TABLE; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    sizes[i] = minBytes + ((x >>> 0) % (maxBytes - minBytes + 1));
  }
  return sizes;
}

function pairsPymalloc(a: Pymalloc, live: Int32Array, sizes: Int32Array, pairs: number): void {
  for (let i = 0; i < pairs; i++) {
    const k = i & (LIVE - 1);
    a.free(live[k]);
    live[k] = a.malloc(sizes[i & (SIZE_TABLE - 1)]);
  }
}

function pairsLocked(a: LockedAllocator, live: Int32Array, sizes: Int32Array, pairs: number): void {
  for (let i = 0; i < pairs; i++) {
    const k = i & (LIVE - 1);
    a.free(live[k]);
    live[k] = a.malloc(sizes[i & (SIZE_TABLE - 1)]);
  }
}

function pairsDebug(a: DebugAllocator, live: Int32Array, sizes: Int32Array, pairs: number): void {
  for (let i = 0; i < pairs; i++) {
    const k = i & (LIVE - 1);
    a.free(live[k]);
    live[k] = a.malloc(sizes[i & (SIZE_TABLE - 1)]);
  }
}

function pairsMemPool(a: MemPool, live: Int32Array, sizes: Int32Array, pairs: number): void {
  for (let i = 0; i < pairs; i++) {
    const k = i & (LIVE - 1);
    a.free(live[k]);
    live[k] = a.malloc(sizes[i & (SIZE_TABLE - 1)]);
  }
}

/** One op: malloc into an empty slot, else realloc (to 16..1024 B) or free, half and half. */
function reallocMix(a: Pymalloc, live: Int32Array, sizes: Int32Array, ops: number): void {
  for (let i = 0; i < ops; i++) {
    const k = (i * 7) & (LIVE - 1);
    const size = sizes[i & (SIZE_TABLE - 1)];
    const p = live[k];
    if (p === 0) live[k] = a.malloc(size);
    else if ((size & 1) === 0) live[k] = a.realloc(p, size);
    else {
      a.free(p);
      live[k] = 0;
    }
  }
}

function fill(malloc: (n: number) => number, sizes: Int32Array): Int32Array {
  const live = new Int32Array(LIVE);
  for (let i = 0; i < LIVE; i++) live[i] = malloc(sizes[i]);
  if (live.includes(0)) throw new Error('allocator benchmark: could not fill the live set');
  return live;
}

// A worker doing malloc+free pairs through the LockedAllocator on an attached heap. Eval'd
// (CommonJS), so it loads the allocator by the URL the main thread resolved.
const LOCKED_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.moduleUrl).then(({ Heap, LockedAllocator }) => {
  const { buffer, start, sizes, pairs } = workerData;
  const allocator = new LockedAllocator(Heap.attach(buffer));
  const live = new Int32Array(${LIVE});
  for (let i = 0; i < ${LIVE}; i++) live[i] = allocator.malloc(sizes[i]);
  const loop = (n) => {
    for (let i = 0; i < n; i++) {
      const k = i & ${LIVE - 1};
      allocator.free(live[k]);
      live[k] = allocator.malloc(sizes[i & ${SIZE_TABLE - 1}]);
    }
  };
  loop(pairs >> 2);
  Atomics.add(start, 1, 1);
  Atomics.notify(start, 1);
  Atomics.wait(start, 0, 0);
  const begin = process.hrtime.bigint();
  loop(pairs);
  const ns = Number(process.hrtime.bigint() - begin);
  for (let i = 0; i < ${LIVE}; i++) allocator.free(live[i]);
  parentPort.postMessage(ns);
});
`;

/**
 * Runs `threads` workers doing `pairs` pairs each at the same time on one heap; returns
 * the total pairs per second (all pairs over the slowest worker's time).
 */
async function lockedThreads(threads: number, pairs: number, sizes: Int32Array): Promise<number> {
  const heap = Heap.create({ maxBytes: 256 << 20, initialBytes: 8 << 20 });
  const start = new Int32Array(new SharedArrayBuffer(8));
  const moduleUrl = import.meta.resolve('@pergil/allocator');
  const workers: Worker[] = [];
  try {
    const done = [];
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(LOCKED_WORKER_SOURCE, { eval: true, workerData: { buffer: heap.buffer, start, sizes, pairs, moduleUrl } });
      workers.push(worker);
      done.push(
        new Promise<number>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
      );
    }
    while (Atomics.load(start, 1) < threads) await new Promise((resolve) => setTimeout(resolve, 1));
    Atomics.store(start, 0, 1);
    Atomics.notify(start, 0);
    const durations = await Promise.all(done);
    return perSecond(threads * pairs, Math.max(...durations));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Rate in operations per second of `ops` operations that took `ns` nanoseconds. */
function perSecond(ops: number, ns: number): number {
  return (ops / ns) * 1e9;
}

async function run(options: BenchOptions): Promise<BenchResult> {
  const reps = options.quick ? 5 : 9;
  const pairs = options.quick ? 2_000_000 : 8_000_000;
  // MemPool is ~100× slower; give it fewer pairs so a rep takes similar time.
  const baselinePairs = pairs / 50;
  const sizes = mixedSizes(16, 512, 0x9e3779b9);
  const reallocSizes = mixedSizes(16, 1024, 0x85ebca6b);

  const heap = Heap.create({ maxBytes: 256 << 20, initialBytes: 8 << 20 });
  const pymalloc = new Pymalloc(heap);
  const locked = new LockedAllocator(heap);
  const debug = new DebugAllocator(heap, pymalloc, PYMEM_DOMAIN_OBJ, 1);
  const pool = new MemPool({ size: 32 << 20 });

  const pymallocLive = fill((n) => pymalloc.malloc(n), sizes);
  const lockedLive = fill((n) => locked.malloc(n), sizes);
  const debugLive = fill((n) => debug.malloc(n), sizes);
  const poolLive = fill((n) => pool.malloc(n), sizes);
  const reallocLive = new Int32Array(LIVE);

  // Warm-up: let the JIT settle every loop before timing.
  pairsPymalloc(pymalloc, pymallocLive, sizes, pairs / 4);
  pairsLocked(locked, lockedLive, sizes, pairs / 20);
  pairsDebug(debug, debugLive, sizes, pairs / 20);
  pairsMemPool(pool, poolLive, sizes, baselinePairs / 4);
  reallocMix(pymalloc, reallocLive, reallocSizes, pairs / 4);

  const rates = { pymalloc: [] as number[], baseline: [] as number[], locked: [] as number[], debug: [] as number[], realloc: [] as number[] };
  const speedups: number[] = [];
  const debugRatios: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    // Interleaved, so that each ratio compares runs made under the same machine load.
    const own = perSecond(pairs, timeRepeated(1, () => pairsPymalloc(pymalloc, pymallocLive, sizes, pairs))[0]);
    const base = perSecond(baselinePairs, timeRepeated(1, () => pairsMemPool(pool, poolLive, sizes, baselinePairs))[0]);
    const lockedRate = perSecond(pairs / 10, timeRepeated(1, () => pairsLocked(locked, lockedLive, sizes, pairs / 10))[0]);
    const debugRate = perSecond(pairs / 10, timeRepeated(1, () => pairsDebug(debug, debugLive, sizes, pairs / 10))[0]);
    const reallocRate = perSecond(pairs, timeRepeated(1, () => reallocMix(pymalloc, reallocLive, reallocSizes, pairs))[0]);
    rates.pymalloc.push(own);
    rates.baseline.push(base);
    rates.locked.push(lockedRate);
    rates.debug.push(debugRate);
    rates.realloc.push(reallocRate);
    speedups.push(own / base);
    debugRatios.push(own / debugRate);
  }
  for (const p of reallocLive) pymalloc.free(p);

  // The locked allocator with two threads contending for the heap mutex (2 = this machine's cores).
  const contended: number[] = [];
  for (let rep = 0; rep < (options.quick ? 3 : 5); rep++) contended.push(await lockedThreads(2, pairs / 4, sizes));

  return {
    name: 'allocator',
    rows: [
      { figure: 'pairs_per_s', value: median(rates.pymalloc), unit: 'pairs/s', note: 'pymalloc, mixed 16-512 B, 256 live (target ≥ 50 M)' },
      { figure: 'baseline_pairs_per_s', value: median(rates.baseline), unit: 'pairs/s', note: '@thi.ng/malloc MemPool, same workload, same run' },
      { figure: 'speedup_vs_baseline', value: median(speedups), unit: '×', note: 'pairs_per_s / baseline_pairs_per_s, median of per-rep ratios' },
      { figure: 'realloc_mix_ops_per_s', value: median(rates.realloc), unit: 'ops/s', note: 'malloc / realloc (16-1024 B) / free mix, pymalloc' },
      { figure: 'locked_pairs_per_s', value: median(rates.locked), unit: 'pairs/s', note: 'LockedAllocator (heap mutex), one thread' },
      { figure: 'locked_2_threads_pairs_per_s', value: median(contended), unit: 'pairs/s', note: 'LockedAllocator, 2 workers on one heap, total' },
      { figure: 'debug_pairs_per_s', value: median(rates.debug), unit: 'pairs/s', note: 'DebugAllocator over pymalloc' },
      { figure: 'debug_overhead_ratio', value: median(debugRatios), unit: '×', note: 'pymalloc rate / debug-hooks rate, median of per-rep ratios' },
    ],
  };
}

/** The allocator benchmark. */
export const allocatorBenchmark: Benchmark = Object.freeze({ name: 'allocator', run });
