// Interpreters created from real worker threads (each attaching the runtime) get distinct ids.
import { Worker } from 'node:worker_threads';
import { RuntimeState } from '@pergil/runtime-state';
import { afterEach, describe, expect, it } from 'vitest';
import { InterpreterState } from './interpreter-state.js';

const WORKER = new URL('../dist/testing/create-interpreter-worker.js', import.meta.url);

describe('interpreters from worker threads', () => {
  const workers: Worker[] = [];
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.terminate()));
  });

  it('gives each a distinct id and leaves the registry as it was', async () => {
    const runtime = RuntimeState.create({ maxHeapBytes: 16 << 20 });
    const main = InterpreterState.create(runtime);
    const results = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<{ id: number; repr: string }>((resolve, reject) => {
            const w = new Worker(WORKER, { workerData: { buffer: runtime.buffer } });
            workers.push(w);
            w.once('message', resolve);
            w.once('error', reject);
          }),
      ),
    );
    const ids = results.map((r) => r.id);
    expect(new Set([main.id, ...ids]).size).toBe(3);
    expect(ids.every((id) => id > main.id)).toBe(true);
    for (const r of results) expect(r.repr).toBe(String(1000 + r.id));
    expect(runtime.listInterpreters().map((e) => e.id)).toEqual([main.id]);
    main.finalize();
    expect(runtime.interpreterCount).toBe(0);
  }, 20_000);
});
