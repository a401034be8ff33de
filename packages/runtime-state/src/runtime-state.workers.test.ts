// The runtime across real worker threads (dist/testing/runtime-worker.js; build first): each
// worker attaches with RuntimeState.attach. Bounded to 3 workers, each test terminates them.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { RuntimeState } from './runtime-state.js';
import type { RuntimeWorkerData, RuntimeWorkerMessage } from './testing/runtime-worker.js';

const WORKER_URL = new URL('../dist/testing/runtime-worker.js', import.meta.url);
const WORKERS = 3;
const REGISTRATIONS = 200;
const TIMEOUT_MS = 15_000;

const running: Worker[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.terminate()));
});

function nextMessage(worker: Worker, type: RuntimeWorkerMessage['type']): Promise<RuntimeWorkerMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${type}' from worker within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    const onMessage = (m: RuntimeWorkerMessage): void => {
      if (m.type !== type) return;
      clearTimeout(timer);
      worker.off('message', onMessage);
      resolve(m);
    };
    worker.on('message', onMessage);
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** FNV-1a over the bytes of the immortal objects block. */
function hashImmortals(runtime: RuntimeState): number {
  const { startBytes, endBytes } = runtime.staticObjectsRange;
  const u8 = runtime.views.u8;
  let h = 0x811c9dc5;
  for (let i = startBytes; i < endBytes; i++) h = Math.imul(h ^ u8[i], 0x01000193);
  return h >>> 0;
}

describe('RuntimeState across worker threads', () => {
  it('gives unique, never reused ids to concurrent registrations, and no immortal byte changes', async () => {
    const runtime = RuntimeState.create({ maxHeapBytes: 8 << 20, maxInterpreters: WORKERS * REGISTRATIONS + 1 });
    expect(runtime.registerInterpreter()).toBe(0);
    const before = hashImmortals(runtime);
    const control = new SharedArrayBuffer(4);
    const workers = Array.from({ length: WORKERS }, () => {
      const workerData: RuntimeWorkerData = { buffer: runtime.buffer, control, registrations: REGISTRATIONS };
      const worker = new Worker(WORKER_URL, { workerData });
      running.push(worker);
      return worker;
    });
    await Promise.all(workers.map((w) => nextMessage(w, 'ready')));
    const done = workers.map((w) => nextMessage(w, 'done'));
    Atomics.store(new Int32Array(control), 0, 1);
    Atomics.notify(new Int32Array(control), 0);
    const results = (await Promise.all(done)) as Extract<RuntimeWorkerMessage, { type: 'done' }>[];

    const ids = results.flatMap((r) => r.ids);
    expect(results.flatMap((r) => r.mismatches)).toEqual([]);
    expect(new Set(ids).size).toBe(WORKERS * REGISTRATIONS);
    expect(ids.includes(0)).toBe(false);
    expect(Math.max(...ids)).toBe(WORKERS * REGISTRATIONS);
    for (const r of results) expect(r.ids).toEqual([...r.ids].sort((a, b) => a - b)); // monotonic per thread
    const live = runtime.listInterpreters();
    expect(live.map((e) => e.id)).toEqual([0, ...results.flatMap((r) => r.kept)].sort((a, b) => a - b));
    expect(live.filter((e) => e.isMain).map((e) => e.id)).toEqual([0]);
    expect(hashImmortals(runtime)).toBe(before);
  });
});
