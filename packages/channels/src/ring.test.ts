// The lock-free ring under every queue (queue.ts): laps and the 2^31 wrap of positions,
// full/empty edges for every kind of maxsize (below the ring, a power of two, beyond it,
// unbounded), overflow to the list and back in FIFO order, the unbound-items rules on items
// still in the ring, and many producer and consumer workers counting and checksumming every
// item (at most 5 workers at once, each bounded in time and terminated).
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { Channels } from './channels.js';
import { UNBOUND } from './channels-state.js';
import { ItemInterpreterDestroyed, QueueEmpty, QueueFull } from './errors.js';
import { RING_POS_MASK, RING_SLOTS_MAX, RING_SLOTS_UNBOUNDED } from './queue.layout.js';
import { heapUse, smallRuntime, startWorker } from './testing/helpers.js';
import { ringState, startRingAt } from './testing/ring.js';
import type { Queue } from './queue.js';

const WORKER_URL = new URL('../dist/testing/channels-worker.js', import.meta.url);
const running: Worker[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.terminate()));
});

/** Item i of a mixed stream: an int, a small bytes object (inline in a slot), a large one (its own block). */
function mixed(i: number): unknown {
  if (i % 3 === 0) return i;
  return new Uint8Array(i % 3 === 1 ? 100 : 5000).fill(i & 0xff);
}

function expectMixed(v: unknown, i: number): void {
  if (i % 3 === 0) {
    expect(v).toBe(i);
    return;
  }
  const bytes = v as Uint8Array;
  expect([bytes.length, bytes[0], bytes[bytes.length - 1]]).toEqual([i % 3 === 1 ? 100 : 5000, i & 0xff, i & 0xff]);
}

/** Puts until QueueFull; returns how many went in. */
function fill(q: Queue, from: number, atMost = 100_000): number {
  let n = 0;
  for (; n < atMost; n++) {
    try {
      q.putNowait(mixed(from + n));
    } catch (error) {
      expect(error).toBeInstanceOf(QueueFull);
      break;
    }
  }
  return n;
}

describe('the ring under a queue', () => {
  it('sizes the ring from maxsize: a power of two, at least 2, at most RING_SLOTS_MAX', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const slots = [0, 1, 2, 3, 5, 1000, 1024, 1025, 1 << 20].map((m) => {
      const q = ch.createQueue(m);
      const s = ringState(runtime, q).slots;
      q.release();
      return s;
    });
    expect(slots).toEqual([RING_SLOTS_UNBOUNDED, 2, 2, 4, 8, 1024, 1024, RING_SLOTS_MAX, RING_SLOTS_MAX]);
  });

  it('holds exactly maxsize items at every kind of maxsize, in FIFO order, lap after lap', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const before = heapUse(runtime);
    for (const maxsize of [1, 2, 3, 5, 8, 1000, 1024, 1100]) {
      const q = ch.createQueue(maxsize);
      let next = 0;
      let taken = 0;
      for (let lap = 0; lap < 3; lap++) {
        const n = fill(q, next);
        expect(n).toBe(maxsize - (next - taken));
        next += n;
        expect([q.qsize(), q.full(), q.empty()]).toEqual([maxsize, true, false]);
        // Take a few (or all), so the next fill starts mid-ring.
        const take = lap === 2 ? maxsize : Math.max(1, maxsize >> 1) + lap;
        for (let k = 0; k < Math.min(take, maxsize); k++) expectMixed(q.get({ block: false }), taken++);
        expect(q.full()).toBe(taken === next ? false : maxsize === next - taken);
      }
      while (taken < next) expectMixed(q.getNowait(), taken++);
      expect(() => q.getNowait()).toThrow(QueueEmpty);
      expect([q.qsize(), q.empty()]).toEqual([0, true]);
      q.release();
    }
    expect(heapUse(runtime)).toEqual(before);
  });

  it('crosses the 2^31 wrap of ring positions with maxsize below the ring, full and empty', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const q = ch.createQueue(3); // 4 slots, bound 3
    startRingAt(runtime, q, RING_POS_MASK - 5);
    let next = 0;
    let taken = 0;
    for (let round = 0; round < 6; round++) {
      expect(fill(q, next)).toBe(3 - (next - taken));
      next = taken + 3;
      expect(q.qsize()).toBe(3);
      expectMixed(q.get({ timeout: 0.01 }), taken++);
      expectMixed(q.getNowait(), taken++);
      expect(q.qsize()).toBe(1);
    }
    expectMixed(q.getNowait(), taken++);
    expect(() => q.getNowait()).toThrow(QueueEmpty);
    const s = ringState(runtime, q);
    expect(s.enq).toBe(s.deq);
    expect(s.enq).toBeLessThan(100); // it did wrap
    q.release();
  });

  it('overflows an unbounded ring onto the list and back, keeping FIFO order', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const before = heapUse(runtime);
    const q = ch.createQueue();
    let next = 0;
    let taken = 0;
    for (; next < RING_SLOTS_UNBOUNDED + 300; next++) q.put(mixed(next));
    expect(ringState(runtime, q)).toMatchObject({ closed: true, listed: 300 });
    expect(q.qsize()).toBe(next - taken);
    // Interleave: ring items first, then list items, with more puts joining the list.
    for (let k = 0; k < 200; k++) expectMixed(q.get(), taken++);
    for (let k = 0; k < 50; k++) q.put(mixed(next++));
    expect(q.qsize()).toBe(next - taken);
    while (taken < next - 10) expectMixed(q.get(), taken++);
    expect(ringState(runtime, q).closed).toBe(true);
    while (taken < next) expectMixed(q.get(), taken++);
    // The list drained: the ring is open again.
    expect(ringState(runtime, q)).toMatchObject({ closed: false, listed: 0 });
    for (let k = 0; k < 10; k++) q.put(mixed(next++));
    expect(ringState(runtime, q).listed).toBe(0);
    while (taken < next) expectMixed(q.get(), taken++);
    expect(() => q.getNowait()).toThrow(QueueEmpty);
    q.release();
    expect(heapUse(runtime)).toEqual(before);
  });

  it('applies the unbound-items rules to items still in the ring, then reopens it', () => {
    const runtime = smallRuntime();
    const sender = Channels.attach(runtime, { interpId: 5 });
    const other = Channels.attach(runtime, { interpId: 6 });
    const before = heapUse(runtime);
    const q = sender.createQueue(4);
    const fromOther = other.queue(q.id);
    q.put(new Uint8Array(100).fill(1), { unbounditems: 'remove' });
    fromOther.put('six');
    q.put(new Uint8Array(5000), { unbounditems: 'error' });
    q.put(7);
    expect(q.full()).toBe(true);
    expect(ringState(runtime, q).listed).toBe(0);
    expect(sender.interpreterDestroyed(5)).toBe(3);
    // Moved to the list, the removed one gone: room again, and puts queue behind the rest.
    expect([q.qsize(), q.full(), ringState(runtime, q).closed]).toEqual([3, false, true]);
    fromOther.put('last');
    expect(() => fromOther.putNowait('too many')).toThrow(QueueFull);
    expect(q.get()).toBe('six');
    expect(() => q.get()).toThrow(ItemInterpreterDestroyed);
    expect([q.get(), q.get()]).toEqual([UNBOUND, 'last']);
    expect(ringState(runtime, q)).toMatchObject({ closed: false, listed: 0 });
    for (let i = 0; i < 20; i++) {
      q.put(i);
      expect(q.get()).toBe(i);
    }
    expect(sender.interpreterDestroyed(5)).toBe(0);
    q.release();
    fromOther.release();
    expect(heapUse(runtime)).toEqual(before);
  });

  it('drops what is left in the ring, releasing queue ends held by items, when the queue is freed', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const before = heapUse(runtime);
    const q = ch.createQueue(8);
    const inner = ch.createQueue();
    q.put(['inner', inner]);
    q.put(new Uint8Array(5000));
    q.put(new Uint8Array(50));
    inner.release();
    expect(ch.refcountOf(inner.id, 'queue')).toBe(1);
    q.release();
    expect(ch.liveCount).toBe(0);
    expect(heapUse(runtime)).toEqual(before);
  });

  it('wakes a put blocked on a full ring when another worker gets', async () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const q = ch.createQueue(2);
    q.put('first');
    q.put(new Uint8Array(5000));
    const flags = new SharedArrayBuffer(4);
    const { worker, result } = startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'get-after', id: q.id, flags }, 20_000);
    running.push(worker);
    q.put('third', { timeout: 10 }); // blocks this thread until the worker gets
    expect(Atomics.load(new Int32Array(flags), 0)).toBe(1);
    expect((await result).value).toBe('first');
    expect((q.get() as Uint8Array).length).toBe(5000);
    expect([q.get(), q.qsize()]).toEqual(['third', 0]);
    q.release();
  });

  const workerCases: [string, number, 'int' | 'mixed', number, number][] = [
    ['maxsize 2 (full and empty at every step)', 2, 'int', 2, 2],
    ['maxsize 5 (below the ring), mixed items', 5, 'mixed', 3, 2],
    ['unbounded (overflowing to the list)', 0, 'mixed', 2, 2],
    ['maxsize 1100 (beyond the ring)', 1100, 'int', 3, 2],
  ];
  for (const [name, maxsize, shape, nProducers, nConsumers] of workerCases) {
    it(`loses and duplicates nothing with ${nProducers} producer and ${nConsumers} consumer workers: ${name}`, async () => {
      const runtime = smallRuntime();
      const ch = Channels.attach(runtime);
      const before = heapUse(runtime);
      const q = ch.createQueue(maxsize);
      const count = 6000;
      const producers = Array.from({ length: nProducers }, (_, index) =>
        startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'producer', id: q.id, index, count, shape }, 20_000),
      );
      const consumers = Array.from({ length: nConsumers }, () => startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'consumer', id: q.id }, 20_000));
      running.push(...producers.map((p) => p.worker), ...consumers.map((c) => c.worker));
      await Promise.all(producers.map((p) => p.result));
      for (let k = 0; k < nConsumers; k++) q.put(null);
      const results = await Promise.all(consumers.map((c) => c.result));
      const total = nProducers * count;
      expect(results.reduce((n, r) => n + r.received, 0)).toBe(total);
      expect(results.reduce((n, r) => n + r.sum, 0)).toBe((total * (total - 1)) / 2);
      expect(results.reduce((n, r) => n + r.sumSquares, 0)).toBe(((total - 1) * total * (2 * total - 1)) / 6);
      expect(q.empty()).toBe(true);
      q.release();
      await Promise.all(running.splice(0).map((w) => w.terminate()));
      expect(heapUse(runtime)).toEqual(before);
    });
  }

  it('moves the ring to the list while 2 producers and 2 consumers run, losing nothing', async () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime, { interpId: 7 });
    const before = heapUse(runtime);
    const q = ch.createQueue(64);
    const count = 8000;
    const producers = [0, 1].map((index) => startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'producer', id: q.id, index, count, shape: 'mixed' }, 20_000));
    const consumers = [0, 1].map(() => startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'consumer', id: q.id }, 20_000));
    running.push(...producers.map((p) => p.worker), ...consumers.map((c) => c.worker));
    // Markers put by interpreter 7, which is "destroyed" again and again meanwhile: each time,
    // whatever is in the ring moves to the list (a marker still queued comes back UNBOUND).
    const markers = 300;
    for (let k = 0; k < markers; k++) {
      q.put(`marker ${k}`, { timeout: 10 });
      if (k % 10 === 9) ch.interpreterDestroyed(7);
    }
    await Promise.all(producers.map((p) => p.result));
    q.put(null);
    q.put(null);
    const results = await Promise.all(consumers.map((c) => c.result));
    const total = 2 * count;
    expect(results.reduce((n, r) => n + r.received, 0)).toBe(total);
    expect(results.reduce((n, r) => n + r.sum, 0)).toBe((total * (total - 1)) / 2);
    expect(results.reduce((n, r) => n + (r.markers ?? 0) + (r.unbound ?? 0), 0)).toBe(markers);
    q.release();
    await Promise.all(running.splice(0).map((w) => w.terminate()));
    expect(heapUse(runtime)).toEqual(before);
  });
});
