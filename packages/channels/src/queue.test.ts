// PEP 734 queues in runtime memory: maxsize, QueueFull/QueueEmpty, timeouts, reference
// counting, the unbound-items rules, and real worker threads putting and getting at once
// (dist/testing/channels-worker.js; build first). At most 5 workers, each terminated.
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { Channels } from './channels.js';
import { UNBOUND } from './channels-state.js';
import { ItemInterpreterDestroyed, NotShareableError, QueueEmpty, QueueFull, QueueNotFoundError } from './errors.js';
import { heapUse, smallRuntime, startWorker } from './testing/helpers.js';
import type { Queue } from './queue.js';

const WORKER_URL = new URL('../dist/testing/channels-worker.js', import.meta.url);
const running: Worker[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.terminate()));
});

describe('Queue', () => {
  it('keeps FIFO order, counts items and honours maxsize', () => {
    const ch = Channels.attach(smallRuntime());
    const q = ch.createQueue(3);
    expect([q.maxsize, q.qsize(), q.empty(), q.full()]).toEqual([3, 0, true, false]);
    q.put(1);
    q.put('two');
    q.putNowait([3]);
    expect([q.qsize(), q.empty(), q.full()]).toEqual([3, false, true]);
    expect(() => q.putNowait(4)).toThrow(QueueFull);
    expect(() => q.put(4, { block: false })).toThrow(`queue ${q.id} is full`);
    expect([q.get(), q.getNowait(), q.get({ block: false })]).toEqual([1, 'two', [3]]);
    expect(() => q.getNowait()).toThrow(QueueEmpty);
    expect(() => q.get({ block: false })).toThrow(`queue ${q.id} is empty`);
  });

  it('times out after a fractional timeout, both ways', () => {
    const ch = Channels.attach(smallRuntime());
    const q = ch.createQueue(1);
    expect(() => q.get({ timeout: 0.01 })).toThrow(QueueEmpty);
    expect(() => q.get({ timeout: 0 })).toThrow(QueueEmpty);
    q.put('x');
    expect(() => q.put('y', { timeout: 0.015 })).toThrow(QueueFull);
    expect(q.qsize()).toBe(1);
    expect(q.get({ timeout: 0.5 })).toBe('x');
  });

  it('leaves the queue and the heap unchanged when an item is not shareable or does not fit', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const q = ch.createQueue(1);
    const before = heapUse(runtime);
    expect(() => q.put([1, new WeakMap()])).toThrow(NotShareableError);
    expect(q.qsize()).toBe(0);
    q.put(new Uint8Array(100_000));
    expect(() => q.putNowait(new Uint8Array(100_000))).toThrow(QueueFull);
    q.get();
    expect(heapUse(runtime)).toEqual(before);
  });

  it('is found by id from another Channels object and freed when its last reference goes', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const other = Channels.attach(runtime);
    const before = heapUse(runtime);
    const q = ch.createQueue();
    const same = other.queue(q.id);
    expect(same.id).toBe(q.id);
    q.put('a');
    q.put(new Uint8Array(70_000));
    expect(same.get()).toBe('a');
    expect(ch.refcountOf(q.id, 'queue')).toBe(2);
    q.release();
    q.release(); // idempotent
    expect(() => q.put(1)).toThrow(QueueNotFoundError);
    expect(same.qsize()).toBe(1);
    same.release(); // the last reference: the queue and its item are freed
    expect(() => ch.queue(q.id)).toThrow(`queue ${q.id} not found`);
    expect(ch.liveCount).toBe(0);
    expect(heapUse(runtime)).toEqual(before);
  });

  it('grows the registry past its first table and finds every queue by id', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const before = heapUse(runtime);
    const queues = Array.from({ length: 40 }, (_, i) => ch.createQueue(i));
    expect(new Set(queues.map((q) => q.id)).size).toBe(40);
    for (const q of queues) {
      const again = ch.queue(q.id);
      expect(again.maxsize).toBe(q.maxsize);
      again.release();
    }
    expect(ch.liveCount).toBe(40);
    for (const q of queues.reverse()) q.release();
    expect(ch.liveCount).toBe(0);
    expect(() => ch.queue(queues[0].id)).toThrow(QueueNotFoundError);
    // The registry table stays at its grown size; every queue body is gone.
    expect(heapUse(runtime).small).toBeLessThanOrEqual(before.small);
  });

  it('keeps a queue alive while an item in flight names it, and keeps its identity', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const carrier = ch.createQueue();
    const inner = ch.createQueue(7);
    carrier.put(['q', inner]);
    inner.release();
    expect(ch.refcountOf(inner.id, 'queue')).toBe(1); // held by the item
    const [tag, got] = carrier.get() as [string, Queue];
    expect(tag).toBe('q');
    expect([got.id, got.maxsize]).toEqual([inner.id, 7]);
    got.release();
    expect(ch.refcountOf(inner.id, 'queue')).toBe(-1);
    // An item naming a queue that is dropped unread gives its reference back.
    const third = ch.createQueue();
    carrier.put(third);
    third.release();
    carrier.release();
    expect(ch.liveCount).toBe(0);
  });

  it('applies the unbound-items rules when an interpreter is destroyed', () => {
    const runtime = smallRuntime();
    const sender = Channels.attach(runtime, { interpId: 5 });
    const other = Channels.attach(runtime, { interpId: 6 });
    const before = heapUse(runtime);
    const q = sender.createQueue();
    q.put('unbound by default');
    q.put('error', { unbounditems: 'error' });
    q.put('removed', { unbounditems: 'remove' });
    q.put('kept', { unbounditems: 'keep' });
    const fromOther = other.queue(q.id);
    fromOther.put('from 6');
    expect(sender.interpreterDestroyed(5)).toBe(3);
    expect(q.qsize()).toBe(4);
    expect(q.get()).toBe(UNBOUND);
    expect(() => q.get()).toThrow(ItemInterpreterDestroyed);
    expect([q.get(), q.get()]).toEqual(['kept', 'from 6']);
    expect(q.empty()).toBe(true);
    q.release();
    fromOther.release();
    expect(heapUse(runtime)).toEqual(before);
  });

  it('wakes a blocked get when another worker puts', async () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const q = ch.createQueue();
    const flags = new SharedArrayBuffer(4);
    const { worker, result } = startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'put-after', id: q.id, flags, value: ['hello', 42] });
    running.push(worker);
    const got = q.get({ timeout: 10 }); // blocks this thread until the worker puts
    expect(Atomics.load(new Int32Array(flags), 0)).toBe(1);
    expect(got).toEqual(['hello', 42]);
    await result;
  });

  it('passes a queue end to a worker, which uses the same queue', async () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const carrier = ch.createQueue();
    const inner = ch.createQueue();
    carrier.put(inner);
    inner.put('ping');
    const { worker, result } = startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'echo', id: carrier.id });
    running.push(worker);
    await result;
    expect(inner.get({ timeout: 5 })).toEqual(['echo', 'ping']);
  });

  it('loses and duplicates nothing with 3 producer and 2 consumer workers, and gives all memory back', async () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const before = heapUse(runtime);
    const q = ch.createQueue(1000);
    const count = 20_000;
    const producers = [0, 1, 2].map((index) => startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'producer', id: q.id, index, count }));
    const consumers = [0, 1].map(() => startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'consumer', id: q.id }));
    running.push(...producers.map((p) => p.worker), ...consumers.map((c) => c.worker));
    await Promise.all(producers.map((p) => p.result));
    q.put(null);
    q.put(null);
    const results = await Promise.all(consumers.map((c) => c.result));
    const total = 3 * count;
    expect(results.reduce((n, r) => n + r.received, 0)).toBe(total);
    expect(results.reduce((n, r) => n + r.sum, 0)).toBe((total * (total - 1)) / 2);
    expect(results.reduce((n, r) => n + r.sumSquares, 0)).toBe(((total - 1) * total * (2 * total - 1)) / 6);
    expect(results.every((r) => r.received > 0)).toBe(true);
    expect(q.empty()).toBe(true);
    q.release();
    await Promise.all(running.splice(0).map((w) => w.terminate()));
    expect(heapUse(runtime)).toEqual(before);
  });

  it('returns memory to its starting level after 200,000 messages', async () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const before = heapUse(runtime);
    const q = ch.createQueue(256);
    const count = 200_000;
    const consumer = startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'consumer', id: q.id });
    running.push(consumer.worker);
    for (let i = 0; i < count; i++) q.put(i);
    q.put(null);
    const r = await consumer.result;
    expect(r.received).toBe(count);
    expect(r.sum).toBe((count * (count - 1)) / 2);
    await Promise.all(running.splice(0).map((w) => w.terminate()));
    q.release(); // with the small blocks the queue kept for reuse
    expect(heapUse(runtime)).toEqual(before);
  });
});
