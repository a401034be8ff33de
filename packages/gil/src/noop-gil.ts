// A GIL that does not lock: the "GIL removed" setting for experiments (compare CPython's
// free-threaded build, PEP 703, where the eval breaker stays but the GIL is gone).
//
// NON-CPYTHON: CPython has no such object; it exists so that a benchmark can run the same
// code with and without mutual exclusion. Threads racing under it lose updates.

import { DEFAULT_SWITCH_INTERVAL_MICROSECONDS, GIL_STATE_OFFSET_WORDS, GIL_STATE_SIZE_BYTES } from './gil.layout.js';
import { checkBit, checkInterval } from './ceval-gil.js';
import { GIL_DROP_REQUEST_MASK } from './eval-breaker.js';
import { GilError } from './gil-error.js';
import type { Gil, GilStatistics } from './gil.js';
import type { GilThread } from './gil-thread.js';

/**
 * A {@link Gil} whose take and drop do nothing. It keeps an eval breaker word (so the
 * interpreter's other events still work) and a switch interval, in the same layout as
 * `AtomicsGil`: over a caller-given place, or over a buffer of its own.
 * @public
 */
export class NoopGil implements Gil {
  /** {@inheritDoc Gil.kind} */
  readonly kind = 'noop' as const;
  /** {@inheritDoc Gil.evalBreaker} */
  readonly evalBreaker: Int32Array;
  /** {@inheritDoc Gil.evalBreakerIndex} */
  readonly evalBreakerIndex: number;
  private readonly intervalIndex: number;

  /** Uses the GIL state at `byteOffset` of `buffer`, or a fresh private buffer when none is given. */
  constructor(buffer?: SharedArrayBuffer, byteOffset = 0) {
    const place = buffer ?? new SharedArrayBuffer(GIL_STATE_SIZE_BYTES);
    if (!Number.isInteger(byteOffset) || byteOffset < 0 || byteOffset % 4 !== 0 || byteOffset + GIL_STATE_SIZE_BYTES > place.byteLength) {
      throw new GilError('bad-place', `GIL byte offset ${byteOffset} is misaligned or outside a buffer of ${place.byteLength} bytes`);
    }
    const base = byteOffset / Int32Array.BYTES_PER_ELEMENT;
    this.evalBreaker = new Int32Array(place);
    this.evalBreakerIndex = base + GIL_STATE_OFFSET_WORDS.eval_breaker;
    this.intervalIndex = base + GIL_STATE_OFFSET_WORDS.interval_us;
    if (buffer === undefined) Atomics.store(this.evalBreaker, this.intervalIndex, DEFAULT_SWITCH_INTERVAL_MICROSECONDS);
  }

  /** {@inheritDoc Gil.switchIntervalMicroseconds} */
  get switchIntervalMicroseconds(): number {
    return Atomics.load(this.evalBreaker, this.intervalIndex);
  }

  set switchIntervalMicroseconds(value: number) {
    Atomics.store(this.evalBreaker, this.intervalIndex, checkInterval(value));
  }

  /** {@inheritDoc Gil.take} */
  take(_thread: GilThread): void {}

  /** {@inheritDoc Gil.drop} */
  drop(_thread: GilThread): void {}

  /** Clears a drop request if someone set one; never drops anything. */
  dropIfRequested(_thread: GilThread): boolean {
    Atomics.and(this.evalBreaker, this.evalBreakerIndex, ~GIL_DROP_REQUEST_MASK);
    return false;
  }

  /** {@inheritDoc Gil.requestDrop} */
  requestDrop(): void {}

  /** Always false: nobody holds a GIL that does not exist. */
  isHeldBy(_thread: GilThread): boolean {
    return false;
  }

  /** {@inheritDoc Gil.setEvalBreakerBit} */
  setEvalBreakerBit(bit: number): void {
    Atomics.or(this.evalBreaker, this.evalBreakerIndex, 1 << checkBit(bit));
  }

  /** {@inheritDoc Gil.clearEvalBreakerBit} */
  clearEvalBreakerBit(bit: number): void {
    Atomics.and(this.evalBreaker, this.evalBreakerIndex, ~(1 << checkBit(bit)));
  }

  /** {@inheritDoc Gil.statistics} */
  statistics(): GilStatistics {
    return {
      holder: 0,
      lastHolder: 0,
      switches: 0,
      forcedSwitches: 0,
      dropRequests: 0,
      waiters: 0,
      switchIntervalMicroseconds: this.switchIntervalMicroseconds,
    };
  }
}
