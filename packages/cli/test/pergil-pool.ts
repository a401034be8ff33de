// A small pool of worker threads that run programs in-process through the built CLI's
// runPython (dist/index.js) — no node start-up per program — with a time limit per program:
// a program that does not finish in time gets its worker terminated and replaced, so a hang
// in the interpreter fails one test instead of the whole run.
import { Worker } from 'node:worker_threads';
import type { ProgramOutcome } from './differential.js';

const WORKER = new URL('./pergil-worker.mjs', import.meta.url);

/** One program to run: a file (absolute path) or code, with sys.argv and the allocator. */
export interface PergilJob {
  readonly file?: string;
  readonly code?: string;
  readonly argv: readonly string[];
  readonly malloc: 'pymalloc' | 'debug';
  /** Walk the heap with the allocator's checkHeap before the interpreter is finalized. */
  readonly checkHeap?: boolean;
  /** A time (Date.now()) after which the job is not started: it resolves with {@link NOT_STARTED}. */
  readonly notAfter?: number;
}

/** The error of a job not started because its `notAfter` had passed. */
export const NOT_STARTED = 'not started: time budget spent';

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Pending {
  readonly job: PergilJob;
  readonly resolve: (outcome: ProgramOutcome) => void;
}

/** Runs {@link PergilJob}s on `size` workers, at most `timeoutMs` each. */
export class PergilPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
  ) {}

  run(job: PergilJob): Promise<ProgramOutcome> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (slot === undefined) {
        if (this.slots.length >= this.size) return;
        slot = { worker: new Worker(WORKER), busy: false };
        this.slots.push(slot);
      }
      this.start(slot, this.queue.shift()!);
    }
  }

  private start(slot: Slot, pending: Pending): void {
    if (pending.job.notAfter !== undefined && Date.now() > pending.job.notAfter) {
      pending.resolve({ stdout: '', stderr: '', status: null, error: NOT_STARTED });
      return;
    }
    slot.busy = true;
    const id = this.nextId++;
    const worker = slot.worker;
    let settled = false;
    const finish = (outcome: ProgramOutcome, replace: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (replace) {
        void worker.terminate();
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.slots.splice(i, 1);
      } else {
        slot.busy = false;
      }
      pending.resolve(outcome);
      if (!this.closed) this.pump();
    };
    const onMessage = (msg: ProgramOutcome & { id: number }): void => {
      if (msg.id !== id) return;
      const { id: _id, ...outcome } = msg;
      finish(outcome, false);
    };
    const onError = (e: Error): void => finish({ stdout: '', stderr: '', status: null, error: `worker crashed: ${e.stack ?? e.message}` }, true);
    const onExit = (code: number): void => finish({ stdout: '', stderr: '', status: null, error: `worker exited with code ${code}` }, true);
    const timer = setTimeout(() => finish({ stdout: '', stderr: '', status: null, error: `timeout: no result after ${this.timeoutMs} ms` }, true), this.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    const { notAfter: _notAfter, ...job } = pending.job;
    worker.postMessage({ id, ...job });
  }
}
