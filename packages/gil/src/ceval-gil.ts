// CPython's new GIL (Python/ceval_gil.c) over SharedArrayBuffer and Atomics: switch interval,
// drop request through the eval breaker, forced switching.
//
// HOT PATH: take() and drop() are called around every blocking call and the eval loop polls
// the eval breaker at every backward jump and call. Keep the uncontended path one
// compare-and-swap to take and one store plus one load of `waiters` to drop; everything
// else (waiting, statistics, switches) is out of line. No closures or allocation here.

import { DEFAULT_SWITCH_INTERVAL_MICROSECONDS, GIL_STATE_MAGIC, GIL_STATE_OFFSET_WORDS, GIL_STATE_SIZE_BYTES } from './gil.layout.js';
import { EVAL_BREAKER_BITS_AVAILABLE, GIL_DROP_REQUEST_MASK } from './eval-breaker.js';
import { GilError } from './gil-error.js';
import type { Gil, GilStatistics } from './gil.js';
import type { GilThread } from './gil-thread.js';

/**
 * Options for laying a fresh GIL with {@link AtomicsGil.initialize}.
 * @public
 */
export interface GilInitOptions {
  /** The switch interval in microseconds; default 5000 (CPython's 5 ms). */
  readonly switchIntervalMicroseconds?: number;
}

/**
 * How long a thread that dropped the GIL because of a drop request waits for another thread
 * to take it before taking it back anyway, in milliseconds.
 * @public
 */
export const FORCED_SWITCH_TIMEOUT_MS = 1000;

/** How long a waiter that just set the drop request spins for the holder to drop, in ms. */
const DROP_SPIN_MS = 0.05;

/** The largest switch interval an Int32 word holds: about 35 minutes. */
const MAX_SWITCH_INTERVAL_MICROSECONDS = 0x7fffffff;

/**
 * CPython's GIL algorithm over a SharedArrayBuffer: `locked` taken with one
 * compare-and-swap; a waiter sleeps on `locked` (Atomics.wait) for one switch interval and,
 * if no switch happened meanwhile, sets the drop request bit of the eval breaker; the holder
 * sees it at its next safe point ({@link AtomicsGil.dropIfRequested}), drops the GIL and
 * waits on `switch_number` until another thread took it (FORCE_SWITCHING).
 *
 * Any thread that has the buffer can {@link AtomicsGil.attach} to a GIL laid with
 * {@link AtomicsGil.initialize}; each thread uses its own AtomicsGil object.
 * @public
 */
export class AtomicsGil implements Gil {
  /** {@inheritDoc Gil.kind} */
  readonly kind = 'atomics' as const;
  /** The buffer holding the GIL's state. */
  readonly buffer: SharedArrayBuffer;
  /** Where the GIL's state starts in {@link AtomicsGil.buffer}. */
  readonly byteOffset: number;
  /** {@inheritDoc Gil.evalBreaker} */
  readonly evalBreaker: Int32Array;
  /** {@inheritDoc Gil.evalBreakerIndex} */
  readonly evalBreakerIndex: number;

  private readonly i32: Int32Array;
  private readonly lockedIndex: number;
  private readonly lastHolderIndex: number;
  private readonly switchNumberIndex: number;
  private readonly intervalIndex: number;
  private readonly waitersIndex: number;
  private readonly forcedSwitchesIndex: number;
  private readonly dropRequestsIndex: number;

  private constructor(buffer: SharedArrayBuffer, byteOffset: number) {
    checkPlace(buffer, byteOffset);
    this.buffer = buffer;
    this.byteOffset = byteOffset;
    this.i32 = new Int32Array(buffer);
    const base = byteOffset / Int32Array.BYTES_PER_ELEMENT;
    this.lockedIndex = base + GIL_STATE_OFFSET_WORDS.locked;
    this.lastHolderIndex = base + GIL_STATE_OFFSET_WORDS.last_holder;
    this.switchNumberIndex = base + GIL_STATE_OFFSET_WORDS.switch_number;
    this.intervalIndex = base + GIL_STATE_OFFSET_WORDS.interval_us;
    this.waitersIndex = base + GIL_STATE_OFFSET_WORDS.waiters;
    this.forcedSwitchesIndex = base + GIL_STATE_OFFSET_WORDS.forced_switches;
    this.dropRequestsIndex = base + GIL_STATE_OFFSET_WORDS.drop_requests;
    this.evalBreaker = this.i32;
    this.evalBreakerIndex = base + GIL_STATE_OFFSET_WORDS.eval_breaker;
  }

  /**
   * Lays a fresh, free GIL at `byteOffset` of `buffer` (a multiple of 4; 64 keeps it on its
   * own cache line) and returns this thread's handle on it. cpython: create_gil().
   */
  static initialize(buffer: SharedArrayBuffer, byteOffset: number, options: GilInitOptions = {}): AtomicsGil {
    const intervalUs = checkInterval(options.switchIntervalMicroseconds ?? DEFAULT_SWITCH_INTERVAL_MICROSECONDS);
    const gil = new AtomicsGil(buffer, byteOffset);
    const i32 = gil.i32;
    const base = byteOffset / Int32Array.BYTES_PER_ELEMENT;
    for (let i = 0; i < GIL_STATE_SIZE_BYTES / Int32Array.BYTES_PER_ELEMENT; i++) Atomics.store(i32, base + i, 0);
    Atomics.store(i32, gil.intervalIndex, intervalUs);
    // Written last, so an attacher that sees the magic sees a complete GIL.
    Atomics.store(i32, base + GIL_STATE_OFFSET_WORDS.magic, GIL_STATE_MAGIC);
    return gil;
  }

  /** Attaches to a GIL laid by {@link AtomicsGil.initialize}, from any thread that has the buffer. */
  static attach(buffer: SharedArrayBuffer, byteOffset: number): AtomicsGil {
    const gil = new AtomicsGil(buffer, byteOffset);
    const magic = Atomics.load(gil.i32, byteOffset / Int32Array.BYTES_PER_ELEMENT + GIL_STATE_OFFSET_WORDS.magic);
    if (magic !== GIL_STATE_MAGIC) {
      throw new GilError('not-initialized', `attach: no GIL at byte offset ${byteOffset} (magic word is ${magic}, expected ${GIL_STATE_MAGIC})`);
    }
    return gil;
  }

  /** {@inheritDoc Gil.switchIntervalMicroseconds} */
  get switchIntervalMicroseconds(): number {
    return Atomics.load(this.i32, this.intervalIndex);
  }

  set switchIntervalMicroseconds(value: number) {
    Atomics.store(this.i32, this.intervalIndex, checkInterval(value));
  }

  // cpython: Python/ceval_gil.c, take_gil()
  /** {@inheritDoc Gil.take} */
  take(thread: GilThread): void {
    const id = thread.id;
    const i32 = this.i32;
    const holder = Atomics.compareExchange(i32, this.lockedIndex, 0, id);
    if (holder !== 0) {
      this.takeContended(thread, holder);
      return;
    }
    // After the CAS (an acquire) a plain read sees the previous holder's last_holder store.
    if (i32[this.lastHolderIndex] !== id) this.switchedIn(thread);
    if (thread.timeHolds) thread.heldSinceMs = performance.now();
  }

  // cpython: Python/ceval_gil.c, drop_gil()
  /** {@inheritDoc Gil.drop} */
  drop(thread: GilThread): void {
    const i32 = this.i32;
    // A plain read suffices: only this thread can have written its own id here.
    if (i32[this.lockedIndex] !== thread.id) throw this.notHeld('drop', thread);
    if (thread.timeHolds) thread.stats.holdNs += (performance.now() - thread.heldSinceMs) * 1e6;
    Atomics.store(i32, this.lockedIndex, 0);
    // NON-CPYTHON: notify only when `waiters` says someone sleeps (CPython always signals).
    // A waiter that registered before this read is notified; one that registers after it
    // finds `locked` = 0 in its CAS. The read is plain because Atomics.load costs as much as
    // the whole pair here (V8, x64: the store above is an xchg, a full fence, so the CPU does
    // not hoist the read). Were a wake-up ever missed, the waiter's timed wait still ends
    // within one switch interval and retries: a delay, never a hang.
    if (i32[this.waitersIndex] !== 0) {
      Atomics.notify(i32, this.lockedIndex, 1);
      if ((Atomics.load(i32, this.evalBreakerIndex) & GIL_DROP_REQUEST_MASK) !== 0) {
        Atomics.and(i32, this.evalBreakerIndex, ~GIL_DROP_REQUEST_MASK);
        this.waitForSwitch(thread);
      }
    }
  }

  // cpython: Python/ceval.c, _Py_HandlePending() (the gil_drop_request part)
  /** {@inheritDoc Gil.dropIfRequested} */
  dropIfRequested(thread: GilThread): boolean {
    const i32 = this.i32;
    if ((Atomics.load(i32, this.evalBreakerIndex) & GIL_DROP_REQUEST_MASK) === 0) return false;
    if (i32[this.lockedIndex] !== thread.id) throw this.notHeld('dropIfRequested', thread);
    // cpython: RESET_GIL_DROP_REQUEST in drop_gil(); cleared here even with no waiter left,
    // so a stale request cannot make every safe point drop and retake.
    Atomics.and(i32, this.evalBreakerIndex, ~GIL_DROP_REQUEST_MASK);
    if (thread.timeHolds) thread.stats.holdNs += (performance.now() - thread.heldSinceMs) * 1e6;
    Atomics.store(i32, this.lockedIndex, 0);
    if (Atomics.load(i32, this.waitersIndex) !== 0) Atomics.notify(i32, this.lockedIndex, 1);
    this.waitForSwitch(thread);
    this.take(thread);
    return true;
  }

  /** {@inheritDoc Gil.requestDrop} */
  requestDrop(): void {
    Atomics.or(this.i32, this.evalBreakerIndex, GIL_DROP_REQUEST_MASK);
  }

  /** {@inheritDoc Gil.isHeldBy} */
  isHeldBy(thread: GilThread): boolean {
    return Atomics.load(this.i32, this.lockedIndex) === thread.id;
  }

  /** {@inheritDoc Gil.setEvalBreakerBit} */
  setEvalBreakerBit(bit: number): void {
    Atomics.or(this.i32, this.evalBreakerIndex, 1 << checkBit(bit));
  }

  /** {@inheritDoc Gil.clearEvalBreakerBit} */
  clearEvalBreakerBit(bit: number): void {
    Atomics.and(this.i32, this.evalBreakerIndex, ~(1 << checkBit(bit)));
  }

  /** {@inheritDoc Gil.statistics} */
  statistics(): GilStatistics {
    const i32 = this.i32;
    return {
      holder: Atomics.load(i32, this.lockedIndex),
      lastHolder: Atomics.load(i32, this.lastHolderIndex),
      switches: Atomics.load(i32, this.switchNumberIndex) >>> 0,
      forcedSwitches: Atomics.load(i32, this.forcedSwitchesIndex) >>> 0,
      dropRequests: Atomics.load(i32, this.dropRequestsIndex) >>> 0,
      waiters: Atomics.load(i32, this.waitersIndex),
      switchIntervalMicroseconds: Atomics.load(i32, this.intervalIndex),
    };
  }

  /** The slow path of take: wait on `locked` one interval at a time, asking for a drop. */
  private takeContended(thread: GilThread, observedHolder: number): void {
    const id = thread.id;
    if (observedHolder === id) {
      throw new GilError('already-held', `take: thread ${id} already holds the GIL at byte offset ${this.byteOffset}`);
    }
    const i32 = this.i32;
    const stats = thread.stats;
    const startMs = performance.now();
    Atomics.add(i32, this.waitersIndex, 1);
    let holder = observedHolder;
    let savedSwitchNumber = Atomics.load(i32, this.switchNumberIndex);
    let intervalStartMs = startMs;
    do {
      const intervalMs = Math.max(1, Atomics.load(i32, this.intervalIndex)) / 1000;
      const remainingMs = intervalStartMs + intervalMs - performance.now();
      // NON-CPYTHON: Atomics.wait on the `locked` word replaces gil->cond and gil->mutex.
      if (remainingMs > 0) Atomics.wait(i32, this.lockedIndex, holder, remainingMs);
      const switchNumber = Atomics.load(i32, this.switchNumberIndex);
      if (switchNumber !== savedSwitchNumber) {
        // Someone else got the GIL: the interval starts again (as in CPython).
        savedSwitchNumber = switchNumber;
        intervalStartMs = performance.now();
      } else if (performance.now() - intervalStartMs >= intervalMs && Atomics.load(i32, this.lockedIndex) !== 0) {
        // A whole interval passed and nobody else got the GIL: ask the holder to drop it.
        // NON-CPYTHON: the interval is counted across wake-ups; CPython restarts it after
        // every signal of gil->cond, so a holder that drops and retakes in a loop wakes its
        // waiters without ever being asked to switch.
        Atomics.or(i32, this.evalBreakerIndex, GIL_DROP_REQUEST_MASK);
        Atomics.add(i32, this.dropRequestsIndex, 1);
        stats.dropRequests++;
        intervalStartMs = performance.now();
        if (this.spinForDrop(id)) break;
      }
      holder = Atomics.compareExchange(i32, this.lockedIndex, 0, id);
    } while (holder !== 0);
    // (Reached with holder 0 after a CAS, or by break after spinForDrop took the GIL.)
    // Publish the switch before leaving the waiters: a forced-switch dropper that sees no
    // waiter must also see that the switch happened.
    if (i32[this.lastHolderIndex] !== id) this.switchedIn(thread);
    Atomics.sub(i32, this.waitersIndex, 1);
    stats.contendedTakes++;
    const nowMs = performance.now();
    stats.waitNs += (nowMs - startMs) * 1e6;
    if (thread.timeHolds) thread.heldSinceMs = nowMs;
  }

  /**
   * Right after setting the drop request, spins briefly for the holder to drop at its next
   * safe point, which usually comes within microseconds, and takes the GIL if it does.
   * NON-CPYTHON: CPython goes straight back to sleep on `gil->cond`; sleeping and being woken
   * costs a scheduler round trip (milliseconds on a loaded machine) at every forced switch.
   */
  private spinForDrop(id: number): boolean {
    const i32 = this.i32;
    const lockedIndex = this.lockedIndex;
    const untilMs = performance.now() + DROP_SPIN_MS;
    for (let spins = 1; ; spins++) {
      if (Atomics.load(i32, lockedIndex) === 0 && Atomics.compareExchange(i32, lockedIndex, 0, id) === 0) return true;
      if ((spins & 63) === 0 && performance.now() > untilMs) return false;
    }
  }

  /** Bookkeeping when the GIL passes to a new thread; wakes a forced-switch dropper. */
  private switchedIn(thread: GilThread): void {
    const i32 = this.i32;
    Atomics.store(i32, this.lastHolderIndex, thread.id);
    Atomics.add(i32, this.switchNumberIndex, 1);
    thread.stats.switchesIn++;
    // A new holder satisfies any pending drop request (cpython: take_gil()).
    if ((Atomics.load(i32, this.evalBreakerIndex) & GIL_DROP_REQUEST_MASK) !== 0) {
      Atomics.and(i32, this.evalBreakerIndex, ~GIL_DROP_REQUEST_MASK);
    }
    // NON-CPYTHON: Atomics.notify on `switch_number` replaces gil->switch_cond.
    Atomics.notify(i32, this.switchNumberIndex);
  }

  /**
   * FORCE_SWITCHING: after dropping on request, wait until another thread has taken the GIL
   * so that this thread cannot take it straight back.
   */
  private waitForSwitch(thread: GilThread): void {
    const id = thread.id;
    const i32 = this.i32;
    thread.stats.forcedDrops++;
    // NON-CPYTHON: the wait is bounded (FORCED_SWITCH_TIMEOUT_MS) and skipped when nobody
    // waits, so a waiter whose worker was terminated mid-wait cannot hang the holder.
    const deadlineMs = performance.now() + FORCED_SWITCH_TIMEOUT_MS;
    for (;;) {
      const switchNumber = Atomics.load(i32, this.switchNumberIndex);
      if (Atomics.load(i32, this.lastHolderIndex) !== id) break;
      // Nobody left to switch to. A waiter publishes its switch before it leaves `waiters`,
      // so a second look at last_holder tells whether it came and went meanwhile.
      if (Atomics.load(i32, this.waitersIndex) === 0) {
        if (Atomics.load(i32, this.lastHolderIndex) !== id) break;
        return;
      }
      const remainingMs = deadlineMs - performance.now();
      if (remainingMs <= 0) return;
      Atomics.wait(i32, this.switchNumberIndex, switchNumber, remainingMs);
    }
    Atomics.add(i32, this.forcedSwitchesIndex, 1);
  }

  private notHeld(operation: string, thread: GilThread): GilError {
    const holder = Atomics.load(this.i32, this.lockedIndex);
    const holderText = holder === 0 ? 'nobody holds it' : `it is held by thread ${holder}`;
    return new GilError(
      'not-held',
      `${operation}: thread ${thread.id} does not hold the GIL at byte offset ${this.byteOffset}; ${holderText}`,
    );
  }
}

function checkPlace(buffer: SharedArrayBuffer, byteOffset: number): void {
  if (!(buffer instanceof SharedArrayBuffer)) {
    throw new GilError('bad-place', 'a GIL lives in a SharedArrayBuffer');
  }
  if (!Number.isInteger(byteOffset) || byteOffset < 0 || byteOffset % Int32Array.BYTES_PER_ELEMENT !== 0) {
    throw new GilError('bad-place', `GIL byte offset ${byteOffset} is not a non-negative multiple of 4`);
  }
  if (byteOffset + GIL_STATE_SIZE_BYTES > buffer.byteLength) {
    throw new GilError(
      'bad-place',
      `GIL at byte offset ${byteOffset} needs ${GIL_STATE_SIZE_BYTES} bytes but the buffer has ${buffer.byteLength}`,
    );
  }
}

/** Validates a switch interval and rounds it to whole microseconds (at least 1). @internal */
export function checkInterval(microseconds: number): number {
  // cpython: sys.setswitchinterval() refuses a non-positive interval.
  if (!(microseconds > 0) || microseconds > MAX_SWITCH_INTERVAL_MICROSECONDS) {
    throw new GilError('bad-argument', `switch interval must be in (0, ${MAX_SWITCH_INTERVAL_MICROSECONDS}] microseconds, got ${microseconds}`);
  }
  return Math.max(1, Math.round(microseconds));
}

/** Validates an eval breaker bit number. @internal */
export function checkBit(bit: number): number {
  if (!Number.isInteger(bit) || bit < 0 || bit >= EVAL_BREAKER_BITS_AVAILABLE) {
    throw new GilError('bad-argument', `eval breaker bit must be an integer in 0..${EVAL_BREAKER_BITS_AVAILABLE - 1}, got ${bit}`);
  }
  return bit;
}
