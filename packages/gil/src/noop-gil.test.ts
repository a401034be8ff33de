import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { AtomicsGil } from './ceval-gil.js';
import { EVAL_BREAKER_BIT } from './eval-breaker.js';
import { GilThread } from './gil-thread.js';
import { NoopGil } from './noop-gil.js';
import { CONTROL_WORD, TEST_BUFFER_SIZE_BYTES } from './testing/gil-worker-protocol.js';
import type { GilWorkerMessage } from './testing/gil-worker-protocol.js';

const running: Worker[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.terminate()));
});

describe('NoopGil', () => {
  it('takes, drops and holds nothing, and never refuses', () => {
    const gil = new NoopGil();
    const t = new GilThread(1);
    gil.take(t);
    gil.take(t);
    expect(gil.isHeldBy(t)).toBe(false);
    gil.drop(t);
    gil.drop(new GilThread(2));
    expect(gil.statistics()).toMatchObject({ holder: 0, switches: 0, switchIntervalMicroseconds: 5000 });
  });

  it('keeps a working eval breaker for the interpreter\'s other events', () => {
    const gil = new NoopGil();
    gil.setEvalBreakerBit(EVAL_BREAKER_BIT.ASYNC_EXCEPTION);
    expect(gil.evalBreaker[gil.evalBreakerIndex]).toBe(1 << EVAL_BREAKER_BIT.ASYNC_EXCEPTION);
    gil.clearEvalBreakerBit(EVAL_BREAKER_BIT.ASYNC_EXCEPTION);
    expect(gil.evalBreaker[gil.evalBreakerIndex]).toBe(0);
  });

  it('can stand in for an AtomicsGil at the same place, sharing its eval breaker and interval', () => {
    const buffer = new SharedArrayBuffer(256);
    const real = AtomicsGil.initialize(buffer, 64, { switchIntervalMicroseconds: 700 });
    const noop = new NoopGil(buffer, 64);
    expect(noop.switchIntervalMicroseconds).toBe(700);
    noop.setEvalBreakerBit(EVAL_BREAKER_BIT.CALLS_TO_DO);
    expect(real.evalBreaker[real.evalBreakerIndex]).toBe(1 << EVAL_BREAKER_BIT.CALLS_TO_DO);
    real.requestDrop();
    expect(noop.dropIfRequested(new GilThread(1))).toBe(false);
    expect(real.evalBreaker[real.evalBreakerIndex]).toBe(1 << EVAL_BREAKER_BIT.CALLS_TO_DO);
  });

  it('lets four racing workers lose increments (reported, not asserted: the race may not show)', async () => {
    const buffer = new SharedArrayBuffer(TEST_BUFFER_SIZE_BYTES);
    const workers = [1, 2, 3, 4].map((threadId) => {
      const worker = new Worker(new URL('../dist/testing/gil-worker.js', import.meta.url), {
        workerData: { buffer, gilByteOffset: 0, threadId, mode: 'count-noop', iterations: 250_000 },
      });
      running.push(worker);
      return new Promise<void>((resolve, reject) => {
        worker.on('message', (m: GilWorkerMessage) => (m.type === 'done' ? resolve() : m.type === 'error' ? reject(new Error(m.message)) : undefined));
        worker.on('error', reject);
      });
    });
    await Promise.all(workers);
    const total = new Int32Array(buffer)[CONTROL_WORD.counter];
    console.info(`NoopGil: ${total} of 1000000 increments survived`);
    expect(total).toBeLessThanOrEqual(1_000_000);
  });
});
