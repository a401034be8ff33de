// The `channels` benchmark (shared/BENCHMARKS.md): items per second between two worker
// threads through a runtime-owned queue (small ints, 100-byte and 1 MiB bytes) and a channel
// (small ints, rendezvous), against Node's MessagePort between two workers in the same run
// with the same bound on items in flight; and the wake-up latency of a receiver blocked in get.
import { MessageChannel, Worker } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';
import { Channels } from '@pergil/channels';
import { RuntimeState } from '@pergil/runtime-state';
import type { BenchOptions, BenchResult, BenchRow, Benchmark } from './harness.js';
import { median } from './harness.js';
import { CONTROL } from './channels-worker.js';
import type { ChannelsBenchReport, ChannelsBenchWorkerData, Payload } from './channels-worker.js';

type Spec = Omit<ChannelsBenchWorkerData, 'control'>;

/** Starts the workers, releases them together, returns their reports; always terminates them. */
async function runPair(specs: readonly Spec[], transfer: (spec: Spec) => TransferListItem[] = () => []): Promise<ChannelsBenchReport[]> {
  const control = new SharedArrayBuffer(CONTROL.sizeWords * 4);
  const words = new Int32Array(control);
  const url = new URL('./channels-worker.js', import.meta.url);
  const workers = specs.map((spec) => new Worker(url, { workerData: { ...spec, control }, transferList: transfer(spec) }));
  try {
    const reports = workers.map(
      (w) =>
        new Promise<ChannelsBenchReport>((resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
        }),
    );
    const readyBy = Date.now() + 30_000;
    while (Atomics.load(words, CONTROL.ready) < workers.length) {
      if (Date.now() > readyBy) throw new Error('channels benchmark: workers did not start');
      await new Promise((r) => setTimeout(r, 1));
    }
    Atomics.store(words, CONTROL.start, 1);
    Atomics.notify(words, CONTROL.start);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('channels benchmark: workers did not finish')), 120_000).unref());
    return await Promise.race([Promise.all(reports), timeout]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function itemsPerSecond(count: number, reports: readonly ChannelsBenchReport[]): number {
  return count / (Math.max(...reports.map((r) => r.elapsedNs)) / 1e9);
}

async function queueRate(payload: Payload, count: number, window: number): Promise<number> {
  const runtime = RuntimeState.create({ maxHeapBytes: 512 << 20 });
  const channels = Channels.attach(runtime);
  const q = channels.createQueue(window);
  const base = { buffer: runtime.buffer, id: q.id, payload, count, window };
  const reports = await runPair([{ role: 'queue-producer', ...base }, { role: 'queue-consumer', ...base }]);
  q.release();
  return itemsPerSecond(count, reports);
}

async function channelRate(count: number): Promise<number> {
  const runtime = RuntimeState.create({ maxHeapBytes: 64 << 20 });
  const channels = Channels.attach(runtime);
  const [recv, send] = channels.createChannel();
  const base = { buffer: runtime.buffer, id: recv.id, payload: 'int' as const, count, window: 1 };
  const reports = await runPair([{ role: 'channel-sender', ...base }, { role: 'channel-receiver', ...base }]);
  recv.release();
  send.release();
  return itemsPerSecond(count, reports);
}

async function portRate(payload: Payload, count: number, window: number): Promise<number> {
  const { port1, port2 } = new MessageChannel();
  const reports = await runPair(
    [
      { role: 'port-producer', port: port1, payload, count, window },
      { role: 'port-consumer', port: port2, payload, count, window },
    ],
    (spec) => [spec.port!],
  );
  return itemsPerSecond(count, reports);
}

async function wakeupLatencyUs(samples: number): Promise<number> {
  const runtime = RuntimeState.create({ maxHeapBytes: 64 << 20 });
  const channels = Channels.attach(runtime);
  const q = channels.createQueue();
  const ack = channels.createQueue();
  const base = { buffer: runtime.buffer, id: q.id, ackId: ack.id, payload: 'int' as const, count: samples, window: 1 };
  const reports = await runPair([{ role: 'latency-producer', ...base }, { role: 'latency-consumer', ...base }]);
  q.release();
  ack.release();
  const latencies = reports.find((r) => r.latenciesNs)!.latenciesNs!;
  return median(latencies) / 1000;
}

/** Median of `repetitions` runs of `measure`, alternating with its baseline so both see the same machine. */
async function paired(repetitions: number, ours: () => Promise<number>, theirs: () => Promise<number>): Promise<[number, number]> {
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    a.push(await ours());
    b.push(await theirs());
  }
  return [median(a), median(b)];
}

export const channelsBenchmark: Benchmark = Object.freeze({
  name: 'channels',
  async run(options: BenchOptions): Promise<BenchResult> {
    const reps = options.quick ? 3 : 5;
    const smallCount = options.quick ? 200_000 : 1_000_000;
    const bigCount = options.quick ? 600 : 3000;
    const smallWindow = 1024;
    const bigWindow = 16;
    const [queueInt, portInt] = await paired(reps, () => queueRate('int', smallCount, smallWindow), () => portRate('int', smallCount, smallWindow));
    const [queue100, port100] = await paired(reps, () => queueRate('bytes100', smallCount, smallWindow), () => portRate('bytes100', smallCount, smallWindow));
    const [queue1m, port1m] = await paired(reps, () => queueRate('bytes1m', bigCount, bigWindow), () => portRate('bytes1m', bigCount, bigWindow));
    const channelInts: number[] = [];
    for (let r = 0; r < reps; r++) channelInts.push(await channelRate(options.quick ? 50_000 : 200_000));
    const latency = await wakeupLatencyUs(options.quick ? 200 : 1000);
    const rows: BenchRow[] = [
      { figure: 'queue_int_per_s', value: queueInt, unit: 'items/s', note: `target ≥ 2 M/s; ${(queueInt / portInt).toFixed(2)}× MessagePort` },
      { figure: 'queue_bytes100_per_s', value: queue100, unit: 'items/s', note: `target ≥ 1.5 M/s; ${(queue100 / port100).toFixed(2)}× MessagePort` },
      { figure: 'queue_bytes1m_per_s', value: queue1m, unit: 'items/s', note: `target ≥ 50 k/s; ${(queue1m / port1m).toFixed(2)}× MessagePort` },
      { figure: 'channel_int_per_s', value: median(channelInts), unit: 'items/s', note: 'rendezvous: each send waits for its recv' },
      { figure: 'messageport_int_per_s', value: portInt, unit: 'items/s', note: `same run, window ${smallWindow}` },
      { figure: 'messageport_bytes100_per_s', value: port100, unit: 'items/s', note: `same run, window ${smallWindow}` },
      { figure: 'messageport_bytes1m_per_s', value: port1m, unit: 'items/s', note: `same run, window ${bigWindow}` },
      { figure: 'wakeup_latency_us', value: latency, unit: 'µs', note: 'put → receiver blocked in get running; target < 50 µs' },
    ];
    return { name: 'channels', rows };
  },
});
