// The GIL's view of a thread: the id stored in `locked`/`last_holder` (CPython stores the
// PyThreadState pointer there) and the thread's own GIL statistics.
//
// NON-CPYTHON: CPython keeps no per-thread GIL statistics; ours live in this object, owned
// by the one thread that uses it, so updating them needs no atomics.

import { GilError } from './gil-error.js';

/**
 * One thread's GIL statistics, written only by the GIL while that thread takes and drops it.
 * Times are in nanoseconds (measured with `performance.now()`, microsecond resolution).
 * @public
 */
export interface GilThreadStatistics {
  /** Takes that found the GIL held and had to wait. */
  contendedTakes: number;
  /** Takes that followed another thread's hold (the GIL's switch_number advanced). */
  switchesIn: number;
  /** Drops made because of a drop request (each one a forced switch given away). */
  forcedDrops: number;
  /** Times this thread, waiting, set the drop request after a whole interval. */
  dropRequests: number;
  /** Total time spent waiting in take. */
  waitNs: number;
  /** Total time spent holding the GIL; counted only when the thread was created with `timeHolds`. */
  holdNs: number;
}

/**
 * Options for a {@link GilThread}.
 * @public
 */
export interface GilThreadOptions {
  /**
   * Measure hold time: two `performance.now()` calls per take/drop pair, so off by default
   * to keep the uncontended path at one compare-and-swap and one store.
   */
  readonly timeHolds?: boolean;
}

/** The largest thread id: ids are positive Int32 values. @public */
export const MAX_GIL_THREAD_ID = 0x7fffffff;

/**
 * A thread as the GIL knows it: a small positive integer id (for example a thread-state id),
 * unique among the threads that use the same GIL, and its statistics. Use one object per
 * thread state, on the thread that runs it.
 * @public
 */
export class GilThread {
  /** The id written into the GIL's `locked` and `last_holder` words. */
  readonly id: number;
  /** Whether hold time is measured. */
  readonly timeHolds: boolean;
  /** This thread's statistics. */
  readonly stats: GilThreadStatistics;
  /**
   * When the current hold began (`performance.now()` milliseconds), if `timeHolds`.
   * @internal
   */
  heldSinceMs: number;

  constructor(id: number, options: GilThreadOptions = {}) {
    if (!Number.isInteger(id) || id < 1 || id > MAX_GIL_THREAD_ID) {
      throw new GilError('bad-argument', `GIL thread id must be an integer in 1..${MAX_GIL_THREAD_ID}, got ${id}`);
    }
    this.id = id;
    this.timeHolds = options.timeHolds ?? false;
    this.stats = {
      contendedTakes: 0,
      switchesIn: 0,
      forcedDrops: 0,
      dropRequests: 0,
      waitNs: 0,
      holdNs: 0,
    };
    this.heldSinceMs = 0;
  }
}
