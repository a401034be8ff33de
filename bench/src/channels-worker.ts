// A worker of the `channels` benchmark: attaches the runtime (or takes a MessagePort), waits
// for the start word, moves `count` items one way, and reports its elapsed time.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { Channels } from '@pergil/channels';
import { RuntimeState } from '@pergil/runtime-state';

/** Words of the control buffer shared by main and workers. */
export const CONTROL = Object.freeze({ ready: 0, start: 1, consumed: 2, sizeWords: 4 });

export type Payload = 'int' | 'bytes100' | 'bytes1m';

export interface ChannelsBenchWorkerData {
  readonly role:
    | 'queue-producer'
    | 'queue-consumer'
    | 'channel-sender'
    | 'channel-receiver'
    | 'port-producer'
    | 'port-consumer'
    | 'latency-producer'
    | 'latency-consumer';
  readonly control: SharedArrayBuffer;
  readonly payload: Payload;
  readonly count: number;
  /** Items in flight at most (the queue's maxsize; the MessagePort producer's window). */
  readonly window: number;
  readonly buffer?: SharedArrayBuffer;
  readonly id?: number;
  readonly ackId?: number;
  readonly port?: MessagePort;
}

export interface ChannelsBenchReport {
  readonly elapsedNs: number;
  readonly checksum: number;
  readonly latenciesNs?: number[];
}


function payloadOf(kind: Payload): () => unknown {
  if (kind === 'int') {
    let i = 0;
    return () => i++ & 1023;
  }
  const bytes = new Uint8Array(kind === 'bytes100' ? 100 : 1 << 20).fill(7);
  return () => bytes;
}

function weigh(v: unknown): number {
  return typeof v === 'number' ? v : (v as Uint8Array).byteLength;
}

function waitForStart(control: Int32Array): bigint {
  Atomics.add(control, CONTROL.ready, 1);
  Atomics.notify(control, CONTROL.ready);
  while (Atomics.load(control, CONTROL.start) === 0) Atomics.wait(control, CONTROL.start, 0, 1000);
  return process.hrtime.bigint();
}

function report(r: ChannelsBenchReport): void {
  parentPort!.postMessage(r);
}

function spinMicroseconds(us: number): void {
  const until = process.hrtime.bigint() + BigInt(us * 1000);
  while (process.hrtime.bigint() < until);
}

function main(): void {
  const data = workerData as ChannelsBenchWorkerData;
  const control = new Int32Array(data.control);
  const next = payloadOf(data.payload);
  const n = data.count;
  const channels = data.buffer ? Channels.attach(RuntimeState.attach(data.buffer)) : undefined;
  switch (data.role) {
    case 'queue-producer': {
      const q = channels!.queue(data.id!);
      const t0 = waitForStart(control);
      for (let i = 0; i < n; i++) q.put(next());
      const elapsedNs = Number(process.hrtime.bigint() - t0);
      q.release();
      report({ elapsedNs, checksum: 0 });
      return;
    }
    case 'queue-consumer': {
      const q = channels!.queue(data.id!);
      const t0 = waitForStart(control);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += weigh(q.get());
      const elapsedNs = Number(process.hrtime.bigint() - t0);
      q.release();
      report({ elapsedNs, checksum: sum });
      return;
    }
    case 'channel-sender': {
      const s = channels!.sendChannel(data.id!);
      const t0 = waitForStart(control);
      for (let i = 0; i < n; i++) s.send(next());
      const elapsedNs = Number(process.hrtime.bigint() - t0);
      s.release();
      report({ elapsedNs, checksum: 0 });
      return;
    }
    case 'channel-receiver': {
      const r = channels!.recvChannel(data.id!);
      const t0 = waitForStart(control);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += weigh(r.recv());
      const elapsedNs = Number(process.hrtime.bigint() - t0);
      r.release();
      report({ elapsedNs, checksum: sum });
      return;
    }
    case 'port-producer': {
      const port = data.port!;
      const t0 = waitForStart(control);
      for (let i = 0; i < n; i++) {
        // The same bound on items in flight as the queue's maxsize.
        for (;;) {
          const consumed = Atomics.load(control, CONTROL.consumed);
          if (i - consumed < data.window) break;
          Atomics.wait(control, CONTROL.consumed, consumed, 1000);
        }
        port.postMessage(next());
      }
      const elapsedNs = Number(process.hrtime.bigint() - t0);
      // Closing the port now could drop messages not yet delivered: wait until all were consumed.
      for (let consumed = Atomics.load(control, CONTROL.consumed); consumed < n; consumed = Atomics.load(control, CONTROL.consumed)) {
        Atomics.wait(control, CONTROL.consumed, consumed, 1000);
      }
      report({ elapsedNs, checksum: 0 });
      port.close();
      return;
    }
    case 'port-consumer': {
      const port = data.port!;
      const ackEvery = Math.max(1, Math.min(64, data.window >> 1));
      const t0 = waitForStart(control);
      let received = 0;
      let sum = 0;
      port.on('message', (v: unknown) => {
        sum += weigh(v);
        received++;
        if (received % ackEvery === 0 || received === n) {
          Atomics.store(control, CONTROL.consumed, received);
          Atomics.notify(control, CONTROL.consumed);
        }
        if (received === n) {
          report({ elapsedNs: Number(process.hrtime.bigint() - t0), checksum: sum });
          port.close();
        }
      });
      return;
    }
    case 'latency-producer': {
      // Put a timestamp while the consumer sleeps in get(); wait for its ack; repeat.
      const q = channels!.queue(data.id!);
      const ack = channels!.queue(data.ackId!);
      waitForStart(control);
      for (let i = 0; i < n; i++) {
        spinMicroseconds(500); // let the consumer fall asleep in Atomics.wait
        q.put(process.hrtime.bigint());
        ack.get();
      }
      q.release();
      ack.release();
      report({ elapsedNs: 0, checksum: 0 });
      return;
    }
    case 'latency-consumer': {
      const q = channels!.queue(data.id!);
      const ack = channels!.queue(data.ackId!);
      waitForStart(control);
      const latenciesNs: number[] = [];
      for (let i = 0; i < n; i++) {
        const sent = q.get() as bigint;
        latenciesNs.push(Number(process.hrtime.bigint() - BigInt(sent)));
        ack.put(0);
      }
      q.release();
      ack.release();
      report({ elapsedNs: 0, checksum: 0, latenciesNs });
      return;
    }
  }
}

if (!isMainThread) main();
