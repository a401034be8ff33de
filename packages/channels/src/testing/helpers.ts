// Helpers shared by the channels tests: a small runtime, heap usage, and running a worker
// with a bounded lifetime.
import { Worker } from 'node:worker_threads';
import { heapStats } from '@pergil/allocator';
import { RuntimeState } from '@pergil/runtime-state';
import type { ChannelsWorkerData, ChannelsWorkerResult } from './channels-worker.js';

/** A fresh runtime for one test. */
export function smallRuntime(): RuntimeState {
  return RuntimeState.create({ maxHeapBytes: 256 << 20 });
}

/** Bytes and large blocks in use in the runtime heap (call while no other thread allocates). */
export function heapUse(runtime: RuntimeState): { bytes: number; large: number; small: number } {
  const s = heapStats(runtime.heap);
  return { bytes: s.bytesInUse, large: s.largeBlocksInUse, small: s.sizeClasses.reduce((n, c) => n + c.blocksInUse, 0) };
}

/** Starts a channels worker; `result` settles with its message (or rejects after `timeoutMs`). */
export function startWorker(
  url: URL,
  data: ChannelsWorkerData,
  timeoutMs = 30_000,
): { worker: Worker; result: Promise<ChannelsWorkerResult> } {
  const worker = new Worker(url, { workerData: data });
  const result = new Promise<ChannelsWorkerResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${data.role} gave no result within ${timeoutMs} ms`)), timeoutMs);
    worker.once('message', (m: ChannelsWorkerResult) => {
      clearTimeout(timer);
      resolve(m);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
  return { worker, result };
}
