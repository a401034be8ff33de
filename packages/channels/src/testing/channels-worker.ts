// A worker for the channels tests (compiled to dist/testing/channels-worker.js): attaches the
// runtime given in workerData, plays one role against a queue or channel, posts the result.
import { parentPort, workerData } from 'node:worker_threads';
import { RuntimeState } from '@pergil/runtime-state';
import { Channels } from '../channels.js';
import { UNBOUND } from '../channels-state.js';

/** What the tests give the worker. */
export interface ChannelsWorkerData {
  readonly buffer: SharedArrayBuffer;
  readonly role: 'producer' | 'consumer' | 'put-after' | 'get-after' | 'recv-after' | 'echo' | 'send-wait';
  readonly id: number;
  /** producer: its index; items are index * count + i. */
  readonly index?: number;
  readonly count?: number;
  /**
   * producer: what item n is sent as — 'int' (the number), or 'mixed': in turn the number, a
   * 100-byte bytes object (written into a ring slot) and a 300-byte one (a block of its own),
   * each carrying n in its first four bytes.
   */
  readonly shape?: 'int' | 'mixed';
  /** put-after / get-after / recv-after: a flag word set before the operation, and the value to put. */
  readonly flags?: SharedArrayBuffer;
  readonly value?: unknown;
}

/** What the worker posts back. */
export interface ChannelsWorkerResult {
  readonly received: number;
  readonly sum: number;
  readonly sumSquares: number;
  readonly value?: unknown;
  /** consumer: strings received (markers the test put), and UNBOUND items. */
  readonly markers?: number;
  readonly unbound?: number;
}

/** Item n of a producer of `shape`. */
function itemOf(n: number, shape: 'int' | 'mixed'): unknown {
  if (shape === 'int' || n % 3 === 0) return n;
  const bytes = new Uint8Array(n % 3 === 1 ? 100 : 300);
  new DataView(bytes.buffer).setUint32(0, n, true);
  bytes[bytes.length - 1] = n & 0xff;
  return bytes;
}

/** The n an item carries; throws if a bytes item was corrupted. */
function numberOf(v: unknown): number {
  if (typeof v === 'number') return v;
  const bytes = v as Uint8Array;
  const n = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (bytes[bytes.length - 1] !== (n & 0xff) || (bytes.length !== 100 && bytes.length !== 300)) throw new Error(`item ${n} came back corrupted`);
  return n;
}

const data = workerData as ChannelsWorkerData;
const runtime = RuntimeState.attach(data.buffer);
const channels = Channels.attach(runtime, { interpId: 100 + (data.index ?? 0) });

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function run(): ChannelsWorkerResult {
  switch (data.role) {
    case 'producer': {
      const q = channels.queue(data.id);
      const n = data.count ?? 0;
      const base = (data.index ?? 0) * n;
      const shape = data.shape ?? 'int';
      for (let i = 0; i < n; i++) q.put(itemOf(base + i, shape));
      q.release();
      return { received: 0, sum: 0, sumSquares: 0 };
    }
    case 'consumer': {
      const q = channels.queue(data.id);
      let received = 0;
      let sum = 0;
      let sumSquares = 0;
      let markers = 0;
      let unbound = 0;
      for (;;) {
        const v = q.get({ timeout: 20 });
        if (v === null) break;
        if (typeof v === 'string') {
          markers++;
          continue;
        }
        if (v === UNBOUND) {
          unbound++;
          continue;
        }
        const n = numberOf(v);
        received++;
        sum += n;
        sumSquares += n * n;
      }
      q.release();
      return { received, sum, sumSquares, markers, unbound };
    }
    case 'put-after': {
      const q = channels.queue(data.id);
      sleep(50);
      Atomics.store(new Int32Array(data.flags!), 0, 1);
      q.put(data.value);
      q.release();
      return { received: 0, sum: 0, sumSquares: 0 };
    }
    case 'get-after': {
      const q = channels.queue(data.id);
      sleep(50);
      Atomics.store(new Int32Array(data.flags!), 0, 1);
      const value = q.get({ timeout: 10 });
      q.release();
      return { received: 1, sum: 0, sumSquares: 0, value };
    }
    case 'recv-after': {
      const r = channels.recvChannel(data.id);
      sleep(50);
      Atomics.store(new Int32Array(data.flags!), 0, 1);
      const value = r.recv(10);
      r.release();
      return { received: 1, sum: 0, sumSquares: 0, value };
    }
    case 'send-wait': {
      // Sends and waits for a receiver; reports how the wait ended.
      const s = channels.sendChannel(data.id);
      let value = 'sent';
      try {
        s.send(data.value, { timeout: 10 });
      } catch (error) {
        value = (error as Error).name;
      }
      s.release();
      return { received: 0, sum: 0, sumSquares: 0, value };
    }
    case 'echo': {
      // Gets a queue end through a queue, then puts back what it gets from it.
      const q = channels.queue(data.id);
      const inner = q.get({ timeout: 10 }) as { put(v: unknown): void; get(o: unknown): unknown; release(): void };
      inner.put(['echo', inner.get({ timeout: 10 })]);
      inner.release();
      q.release();
      return { received: 1, sum: 0, sumSquares: 0 };
    }
  }
}

parentPort!.postMessage(run());
