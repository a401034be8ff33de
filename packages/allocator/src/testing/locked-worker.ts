// Test worker for locked.test.ts: attaches to a heap and allocates, writes, checks and
// frees blocks through the LockedAllocator while other workers do the same.
import { parentPort, workerData } from 'node:worker_threads';
import { Heap } from '../heap.js';
import { LockedAllocator } from '../locked.js';

interface LockedWorkerData {
  readonly buffer: SharedArrayBuffer;
  /** [0]: go flag, [1]: workers ready, [2]: workers done. */
  readonly start: Int32Array;
  readonly workerId: number;
  readonly steps: number;
}

function run(data: LockedWorkerData): { allocated: number; failed: number; maxLive: number } {
  const heap = Heap.attach(data.buffer);
  const allocator = new LockedAllocator(heap);
  let seed = (data.workerId * 2654435761) >>> 0 || 1;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const offsets: number[] = [];
  const sizes: number[] = [];
  let allocated = 0;
  let failed = 0;
  let maxLive = 0;
  const pattern = (offset: number, i: number) => (data.workerId * 31 + offset + i) & 0xff;
  const verifyAndFree = (index: number) => {
    heap.refresh();
    const offset = offsets[index];
    const u8 = heap.u8;
    for (let i = 0; i < sizes[index]; i++) {
      if (u8[offset + i] !== pattern(offset, i)) throw new Error(`worker ${data.workerId}: block at ${offset} (size ${sizes[index]}) lost byte ${i}`);
    }
    allocator.free(offset);
    offsets[index] = offsets[offsets.length - 1];
    sizes[index] = sizes[sizes.length - 1];
    offsets.pop();
    sizes.pop();
  };
  // Wait until every worker is ready, so they really run at the same time.
  Atomics.add(data.start, 1, 1);
  Atomics.wait(data.start, 0, 0, 5000);
  for (let step = 0; step < data.steps; step++) {
    if (offsets.length === 0 || (offsets.length < 300 && random() < 0.55)) {
      const sizeBytes = random() < 0.85 ? 1 + Math.floor(random() * 512) : 513 + Math.floor(random() * 6000);
      const offset = allocator.malloc(sizeBytes);
      if (offset === 0) {
        failed++;
        continue;
      }
      allocated++;
      heap.refresh();
      const u8 = heap.u8;
      for (let i = 0; i < sizeBytes; i++) u8[offset + i] = pattern(offset, i);
      offsets.push(offset);
      sizes.push(sizeBytes);
      maxLive = Math.max(maxLive, offsets.length);
    } else {
      verifyAndFree(Math.floor(random() * offsets.length));
    }
  }
  while (offsets.length > 0) verifyAndFree(offsets.length - 1);
  // Tell a main thread that may be busy allocating (and not reading messages) that we are done.
  Atomics.add(data.start, 2, 1);
  return { allocated, failed, maxLive };
}

try {
  parentPort!.postMessage({ ok: true, ...run(workerData as LockedWorkerData) });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: String(error instanceof Error ? error.stack : error) });
}
