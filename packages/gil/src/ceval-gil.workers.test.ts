// The GIL across real worker threads. Workers run dist/testing/gil-worker.js (build first);
// each test bounds its workers' count and time and terminates them.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { AtomicsGil } from './ceval-gil.js';
import { GilThread } from './gil-thread.js';
import { CONTROL_WORD, TEST_BUFFER_SIZE_BYTES } from './testing/gil-worker-protocol.js';
import type { GilWorkerData, GilWorkerMessage } from './testing/gil-worker-protocol.js';

const WORKER_URL = new URL('../dist/testing/gil-worker.js', import.meta.url);
const MESSAGE_TIMEOUT_MS = 10_000;

interface TestWorker {
  readonly worker: Worker;
  /** The next message of the given type (earlier messages of other types are skipped). */
  next(type: GilWorkerMessage['type'], timeoutMs?: number): Promise<GilWorkerMessage>;
}

const running: Worker[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.terminate()));
});

function startWorker(data: GilWorkerData): TestWorker {
  const worker = new Worker(WORKER_URL, { workerData: data });
  running.push(worker);
  const queue: GilWorkerMessage[] = [];
  const listeners: (() => void)[] = [];
  let failure: Error | undefined;
  worker.on('message', (m: GilWorkerMessage) => {
    queue.push(m);
    listeners.splice(0).forEach((l) => l());
  });
  worker.on('error', (e) => {
    failure = e;
    listeners.splice(0).forEach((l) => l());
  });
  return {
    worker,
    next(type, timeoutMs = MESSAGE_TIMEOUT_MS) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker ${data.threadId}: no '${type}' within ${timeoutMs} ms`)), timeoutMs);
        const check = (): void => {
          if (failure) {
            clearTimeout(timer);
            reject(failure);
            return;
          }
          while (queue.length > 0) {
            const m = queue.shift()!;
            if (m.type === 'error') {
              clearTimeout(timer);
              reject(new Error(`worker ${data.threadId}: ${m.name} (${m.kind}): ${m.message}`));
              return;
            }
            if (m.type === type) {
              clearTimeout(timer);
              resolve(m);
              return;
            }
          }
          listeners.push(check);
        };
        check();
      });
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function setup(switchIntervalMicroseconds?: number): { buffer: SharedArrayBuffer; words: Int32Array; gil: AtomicsGil } {
  const buffer = new SharedArrayBuffer(TEST_BUFFER_SIZE_BYTES);
  const gil = AtomicsGil.initialize(buffer, 0, { switchIntervalMicroseconds });
  return { buffer, words: new Int32Array(buffer), gil };
}

function acquisitionLog(words: Int32Array): number[] {
  const length = Atomics.load(words, CONTROL_WORD.logLength);
  return Array.from(words.subarray(CONTROL_WORD.log, CONTROL_WORD.log + length));
}

describe('AtomicsGil across worker threads', () => {
  it('keeps four workers polling the eval breaker from losing any of 1,000,000 plain increments', async () => {
    const { buffer, words, gil } = setup(1000);
    const workers = [1, 2, 3, 4].map((threadId) =>
      startWorker({ buffer, gilByteOffset: 0, threadId, mode: 'count-poll', iterations: 250_000 }),
    );
    await Promise.all(workers.map((w) => w.next('done')));
    expect(words[CONTROL_WORD.counter]).toBe(1_000_000);
    expect(gil.statistics()).toMatchObject({ holder: 0, waiters: 0 });
    expect(gil.statistics().switches).toBeGreaterThanOrEqual(4);
  });

  it('keeps four workers taking and dropping around each increment from losing any of 1,000,000', async () => {
    const { buffer, words, gil } = setup(1000);
    const workers = [1, 2, 3, 4].map((threadId) =>
      startWorker({ buffer, gilByteOffset: 0, threadId, mode: 'count-take-drop', iterations: 250_000 }),
    );
    await Promise.all(workers.map((w) => w.next('done')));
    expect(words[CONTROL_WORD.counter]).toBe(1_000_000);
    expect(gil.statistics()).toMatchObject({ holder: 0, waiters: 0 });
  });

  it('hands the GIL from a holder that only polls its eval breaker to a waiting worker', async () => {
    const { buffer, words, gil } = setup();
    const holder = startWorker({ buffer, gilByteOffset: 0, threadId: 1, mode: 'spin' });
    await holder.next('holding');
    const waiter = startWorker({ buffer, gilByteOffset: 0, threadId: 2, mode: 'wait-once' });
    // Generous bound: the waiter must get the GIL at all, never a timing assertion.
    const done = await waiter.next('done', 2000);
    if (done.type !== 'done') throw new Error('unreachable');
    console.info(`handoff: waiter got the GIL after ${done.waitedMs.toFixed(2)} ms (interval 5 ms)`);
    expect(done.stats.dropRequests).toBeGreaterThanOrEqual(1);
    expect(done.stats.switchesIn).toBe(1);
    expect(gil.statistics().dropRequests).toBeGreaterThanOrEqual(1);
    Atomics.store(words, CONTROL_WORD.stop, 1);
    await holder.next('done');
    expect(acquisitionLog(words)[0]).toBe(1);
  });

  it('forces switches: a thread that dropped on request never takes the GIL back before the other did', async () => {
    const { buffer, words, gil } = setup(1000);
    const a = startWorker({ buffer, gilByteOffset: 0, threadId: 1, mode: 'spin' });
    const b = startWorker({ buffer, gilByteOffset: 0, threadId: 2, mode: 'spin' });
    await Promise.all([a.next('started'), b.next('started')]);
    await sleep(300);
    Atomics.store(words, CONTROL_WORD.stop, 1);
    const [doneA, doneB] = await Promise.all([a.next('done'), b.next('done')]);
    const log = acquisitionLog(words);
    expect(log.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < log.length; i++) expect(log[i], `acquisition ${i}`).not.toBe(log[i - 1]);
    const stats = gil.statistics();
    // Every switch after the first take of each worker was forced by a drop request.
    expect(stats.forcedSwitches).toBeGreaterThanOrEqual(log.length - 2);
    expect(stats.forcedSwitches).toBeLessThanOrEqual(stats.switches);
    if (doneA.type === 'done' && doneB.type === 'done') {
      expect(doneA.stats.forcedDrops + doneB.stats.forcedDrops).toBeGreaterThanOrEqual(stats.forcedSwitches);
    }
  });

  it('applies a new switch interval: 1 ms switches far more often than 50 ms in the same window', async () => {
    const { buffer, words, gil } = setup(50_000);
    const a = startWorker({ buffer, gilByteOffset: 0, threadId: 1, mode: 'spin' });
    const b = startWorker({ buffer, gilByteOffset: 0, threadId: 2, mode: 'spin' });
    await Promise.all([a.next('started'), b.next('started')]);
    const windowMs = 500;
    const s0 = gil.statistics().switches;
    await sleep(windowMs);
    const s1 = gil.statistics().switches;
    gil.switchIntervalMicroseconds = 1000;
    await sleep(windowMs);
    const s2 = gil.statistics().switches;
    Atomics.store(words, CONTROL_WORD.stop, 1);
    await Promise.all([a.next('done'), b.next('done')]);
    const slow = s1 - s0;
    const fast = s2 - s1;
    console.info(`switches in ${windowMs} ms: ${slow} at 50 ms, ${fast} at 1 ms`);
    // A switch needs a waiter to sleep a whole interval first, so at 50 ms there can be at
    // most windowMs / 50 + 2 of them whatever the load; 1 ms must do clearly better.
    expect(slow).toBeLessThanOrEqual(windowMs / 50 + 2);
    expect(fast).toBeGreaterThan(2 * (windowMs / 50 + 2));
  });

  it('lets the Node main thread wait for the GIL (Atomics.wait is allowed there)', async () => {
    const { buffer, words, gil } = setup(1000);
    const holder = startWorker({ buffer, gilByteOffset: 0, threadId: 1, mode: 'spin', deadlineMs: 5000 });
    await holder.next('holding');
    const main = new GilThread(99);
    gil.take(main);
    expect(gil.isHeldBy(main)).toBe(true);
    expect(main.stats.contendedTakes).toBe(1);
    gil.drop(main);
    Atomics.store(words, CONTROL_WORD.stop, 1);
    await holder.next('done');
    expect(acquisitionLog(words)).toEqual([1, 1]);
  });

  it('reports dropping a GIL held by another worker as a GilError naming both threads', async () => {
    const { buffer, words } = setup();
    const holder = startWorker({ buffer, gilByteOffset: 0, threadId: 1, mode: 'spin' });
    await holder.next('holding');
    const intruder = startWorker({ buffer, gilByteOffset: 0, threadId: 2, mode: 'drop-unheld' });
    await expect(intruder.next('done')).rejects.toThrow(/GilError \(not-held\): drop: thread 2 .*held by thread 1/);
    Atomics.store(words, CONTROL_WORD.stop, 1);
    await holder.next('done');
  });
});
