// The Gil interface: what the eval loop and the thread-state layer need from a global
// interpreter lock (CPython's take_gil/drop_gil, gil_drop_request, sys.setswitchinterval).

import type { GilThread } from './gil-thread.js';

/**
 * Counters of one GIL, read from its shared state (so the same from every thread).
 * @public
 */
export interface GilStatistics {
  /** The holder's thread id, 0 when free. */
  readonly holder: number;
  /** The id of the thread that took the GIL last (CPython's last_holder), 0 if none yet. */
  readonly lastHolder: number;
  /** Times a thread took the GIL after a different thread (CPython's switch_number; wraps at 2^32). */
  readonly switches: number;
  /** Switches caused by a drop request (the holder dropped at a safe point and waited for the switch). */
  readonly forcedSwitches: number;
  /** Times a waiter set the drop request after waiting a whole interval without a switch. */
  readonly dropRequests: number;
  /** Threads blocked in take right now. */
  readonly waiters: number;
  /** The switch interval in microseconds. */
  readonly switchIntervalMicroseconds: number;
}

/**
 * A global interpreter lock. A thread takes it before running Python code and drops it to
 * let others run; the eval loop polls the eval breaker word
 * (`evalBreaker[evalBreakerIndex]`, nonzero means "look at the slow path") at backward jumps
 * and calls and then calls {@link Gil.dropIfRequested}.
 *
 * Implementations: `AtomicsGil` (CPython's algorithm over SharedArrayBuffer) and `NoopGil`
 * (no locking, the "GIL removed" experiment).
 * @public
 */
export interface Gil {
  /** Which implementation this is. */
  readonly kind: 'atomics' | 'noop';
  /** The Int32Array holding the eval breaker word (the whole shared buffer). */
  readonly evalBreaker: Int32Array;
  /** Index of the eval breaker word in {@link Gil.evalBreaker}. */
  readonly evalBreakerIndex: number;
  /** The switch interval in microseconds (sys.setswitchinterval takes seconds: multiply by 1e6). */
  switchIntervalMicroseconds: number;

  /** Takes the GIL for `thread`, waiting as long as needed (CPython's take_gil). */
  take(thread: GilThread): void;
  /**
   * Drops the GIL held by `thread` (CPython's drop_gil). If a drop request is pending, waits
   * until another thread has taken it (forced switching) before returning.
   */
  drop(thread: GilThread): void;
  /**
   * Call at a safe point when the eval breaker is nonzero: if the drop request bit is set,
   * drops the GIL, lets a waiter take it, and takes it back; returns whether it did.
   * Other eval breaker bits are left to the caller.
   */
  dropIfRequested(thread: GilThread): boolean;
  /** Asks the holder to drop the GIL at its next safe point (sets the drop request bit). */
  requestDrop(): void;
  /** Whether `thread` holds the GIL now. */
  isHeldBy(thread: GilThread): boolean;
  /** Sets a bit (0..30) of the eval breaker word, atomically. */
  setEvalBreakerBit(bit: number): void;
  /** Clears a bit (0..30) of the eval breaker word, atomically. */
  clearEvalBreakerBit(bit: number): void;
  /** A snapshot of the GIL's counters. */
  statistics(): GilStatistics;
}
