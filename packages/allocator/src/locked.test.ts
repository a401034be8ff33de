import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { Heap } from './heap.js';
import { POOL_SIZE } from './heap.layout.js';
import { LockedAllocator } from './locked.js';
import { Pymalloc } from './obmalloc.js';
import { heapStats } from './stats.js';
import { checkHeap } from './verify.js';

const workerUrl = new URL('../dist/testing/locked-worker.js', import.meta.url);

interface WorkerResult {
  ok: boolean;
  error?: string;
  allocated: number;
  failed: number;
  maxLive: number;
}

describe('LockedAllocator across worker threads', () => {
  const workers: Worker[] = [];
  afterEach(async () => {
    await Promise.all(workers.map((w) => w.terminate()));
    workers.length = 0;
  });

  it('lets four workers allocate and free at once on one attached heap, losing nothing', async () => {
    // Start small, so the workers grow the heap under each other's feet.
    const heap = Heap.create({ maxBytes: 64 << 20, initialBytes: 0, arenaSizeBytes: 8 * POOL_SIZE });
    const start = new Int32Array(new SharedArrayBuffer(12));
    const initialBytes = heap.sizeBytes;
    const results = await Promise.all(
      [1, 2, 3, 4].map(
        (workerId) =>
          new Promise<WorkerResult>((resolve, reject) => {
            const worker = new Worker(workerUrl, { workerData: { buffer: heap.buffer, start, workerId, steps: 20000 } });
            workers.push(worker);
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`worker ${workerId} exited with ${code} before reporting`)));
            if (workerId === 4) {
              // Release them together once all four are waiting.
              const go = () => {
                if (Atomics.load(start, 1) === 4) {
                  Atomics.store(start, 0, 1);
                  Atomics.notify(start, 0);
                } else setTimeout(go, 1);
              };
              go();
            }
          }),
      ),
    );
    for (const result of results) {
      expect(result.error).toBeUndefined();
      expect(result.ok).toBe(true);
      expect(result.failed).toBe(0);
      expect(result.allocated).toBeGreaterThan(5000);
    }
    expect(heap.sizeBytes).toBeGreaterThan(initialBytes);
    checkHeap(heap);
    const stats = heapStats(heap);
    expect(stats.bytesInUse).toBe(0);
    expect(stats.largeBlocksInUse).toBe(0);
    // The heap is still usable from this thread.
    const allocator = new LockedAllocator(heap);
    const p = allocator.malloc(100);
    expect(p).not.toBe(0);
    allocator.free(p);
    checkHeap(heap);
  });

  it('lets a GIL-side pymalloc allocate on this thread while two workers use the locked allocator', async () => {
    const heap = Heap.create({ maxBytes: 64 << 20, initialBytes: 0, arenaSizeBytes: 8 * POOL_SIZE });
    const start = new Int32Array(new SharedArrayBuffer(12));
    const done = [1, 2].map(
      (workerId) =>
        new Promise<WorkerResult>((resolve, reject) => {
          const worker = new Worker(workerUrl, { workerData: { buffer: heap.buffer, start, workerId, steps: 20000 } });
          workers.push(worker);
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    );
    while (Atomics.load(start, 1) < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    Atomics.store(start, 0, 1);
    Atomics.notify(start, 0);
    // Allocate here, synchronously, until both workers say they are done (bounded by a step count).
    const pymalloc = new Pymalloc(heap);
    const live: { offset: number; sizeBytes: number; fill: number }[] = [];
    let lost = 0;
    let steps = 0;
    let seed = 12345;
    while (Atomics.load(start, 2) < 2 && steps < 2_000_000) {
      steps++;
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      if (live.length < 200 && (seed & 1) === 0) {
        const sizeBytes = 1 + ((seed >>> 8) % (seed & 2 ? 512 : 3000));
        const offset = pymalloc.malloc(sizeBytes);
        expect(offset).not.toBe(0);
        heap.refresh();
        heap.u8.fill(steps & 0xff, offset, offset + sizeBytes);
        live.push({ offset, sizeBytes, fill: steps & 0xff });
      } else if (live.length > 0) {
        const { offset, sizeBytes, fill } = live.splice((seed >>> 4) % live.length, 1)[0];
        heap.refresh();
        for (let i = 0; i < sizeBytes; i++) if (heap.u8[offset + i] !== fill) lost++;
        pymalloc.free(offset);
      }
    }
    for (const { offset } of live) pymalloc.free(offset);
    const results = await Promise.all(done);
    for (const result of results) {
      expect(result.error).toBeUndefined();
      expect(result.failed).toBe(0);
    }
    expect(lost).toBe(0);
    expect(steps).toBeGreaterThan(100);
    checkHeap(heap);
    expect(heapStats(heap).bytesInUse).toBe(0);
  });
});
