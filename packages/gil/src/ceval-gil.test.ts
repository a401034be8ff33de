import { describe, expect, it } from 'vitest';
import { AtomicsGil } from './ceval-gil.js';
import { EVAL_BREAKER_BIT, GIL_DROP_REQUEST_MASK } from './eval-breaker.js';
import { GilError } from './gil-error.js';
import { GilThread } from './gil-thread.js';
import { GIL_STATE_MAGIC, GIL_STATE_OFFSET_WORDS, GIL_STATE_SIZE_BYTES } from './gil.layout.js';

function freshGil(byteOffset = 128): AtomicsGil {
  return AtomicsGil.initialize(new SharedArrayBuffer(byteOffset + GIL_STATE_SIZE_BYTES + 64), byteOffset);
}

function catchGilError(fn: () => void): GilError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GilError);
    return error as GilError;
  }
  throw new Error('expected a GilError');
}

describe('AtomicsGil on one thread', () => {
  it('lays a free GIL with the default 5 ms interval at the given offset only', () => {
    const buffer = new SharedArrayBuffer(512);
    const words = new Int32Array(buffer);
    words.fill(-7);
    const gil = AtomicsGil.initialize(buffer, 256);
    expect(words[64 + GIL_STATE_OFFSET_WORDS.magic]).toBe(GIL_STATE_MAGIC);
    expect(words[64 + GIL_STATE_OFFSET_WORDS.locked]).toBe(0);
    expect(words[63]).toBe(-7);
    expect(words[64 + GIL_STATE_SIZE_BYTES / 4]).toBe(-7);
    expect(gil.switchIntervalMicroseconds).toBe(5000);
    expect(gil.statistics()).toEqual({
      holder: 0, lastHolder: 0, switches: 0, forcedSwitches: 0, dropRequests: 0, waiters: 0, switchIntervalMicroseconds: 5000,
    });
  });

  it('attaches to an initialized GIL and sees the same state', () => {
    const a = freshGil(64);
    const b = AtomicsGil.attach(a.buffer, 64);
    const t = new GilThread(3);
    a.take(t);
    expect(b.isHeldBy(t)).toBe(true);
    expect(b.statistics().holder).toBe(3);
    b.drop(t);
    expect(a.isHeldBy(t)).toBe(false);
  });

  it('refuses to attach where no GIL was laid', () => {
    const error = catchGilError(() => AtomicsGil.attach(new SharedArrayBuffer(128), 64));
    expect(error.kind).toBe('not-initialized');
    expect(error.message).toContain('byte offset 64');
  });

  it('refuses a misaligned or out-of-bounds place', () => {
    expect(catchGilError(() => AtomicsGil.initialize(new SharedArrayBuffer(128), 2)).kind).toBe('bad-place');
    expect(catchGilError(() => AtomicsGil.initialize(new SharedArrayBuffer(128), 96)).kind).toBe('bad-place');
  });

  it('counts a switch only when a different thread takes it', () => {
    const gil = freshGil();
    const a = new GilThread(1);
    const b = new GilThread(2);
    for (let i = 0; i < 3; i++) {
      gil.take(a);
      gil.drop(a);
    }
    expect(gil.statistics().switches).toBe(1);
    gil.take(b);
    gil.drop(b);
    gil.take(a);
    gil.drop(a);
    expect(gil.statistics()).toMatchObject({ switches: 3, lastHolder: 1, holder: 0 });
    expect(a.stats.switchesIn).toBe(2);
    expect(b.stats.switchesIn).toBe(1);
    expect(a.stats.contendedTakes).toBe(0);
  });

  it('refuses to drop a GIL the thread does not hold, naming the thread and the holder', () => {
    const gil = freshGil();
    const holder = new GilThread(11);
    const other = new GilThread(7);
    const free = catchGilError(() => gil.drop(other));
    expect(free.kind).toBe('not-held');
    expect(free.message).toContain('thread 7');
    expect(free.message).toContain('nobody holds it');
    gil.take(holder);
    const held = catchGilError(() => gil.drop(other));
    expect(held.kind).toBe('not-held');
    expect(held.message).toContain('thread 7');
    expect(held.message).toContain('held by thread 11');
    expect(gil.isHeldBy(holder)).toBe(true);
    gil.drop(holder);
  });

  it('refuses to take a GIL the thread already holds instead of waiting for itself', () => {
    const gil = freshGil();
    const t = new GilThread(5);
    gil.take(t);
    const error = catchGilError(() => gil.take(t));
    expect(error.kind).toBe('already-held');
    expect(error.message).toContain('thread 5');
    expect(gil.statistics().waiters).toBe(0);
    gil.drop(t);
  });

  it('sets and clears eval breaker bits without disturbing the others', () => {
    const gil = freshGil();
    const word = (): number => Atomics.load(gil.evalBreaker, gil.evalBreakerIndex);
    gil.setEvalBreakerBit(EVAL_BREAKER_BIT.CALLS_TO_DO);
    gil.requestDrop();
    expect(word()).toBe(GIL_DROP_REQUEST_MASK | (1 << EVAL_BREAKER_BIT.CALLS_TO_DO));
    gil.clearEvalBreakerBit(EVAL_BREAKER_BIT.CALLS_TO_DO);
    expect(word()).toBe(GIL_DROP_REQUEST_MASK);
    expect(catchGilError(() => gil.setEvalBreakerBit(31)).kind).toBe('bad-argument');
  });

  it('honours a drop request with nobody waiting: clears it and keeps the GIL', () => {
    const gil = freshGil();
    const t = new GilThread(1);
    gil.take(t);
    expect(gil.dropIfRequested(t)).toBe(false);
    gil.requestDrop();
    expect(gil.dropIfRequested(t)).toBe(true);
    expect(gil.isHeldBy(t)).toBe(true);
    expect(Atomics.load(gil.evalBreaker, gil.evalBreakerIndex)).toBe(0);
    gil.drop(t);
  });

  it('validates the switch interval and keeps it in microseconds', () => {
    const gil = freshGil();
    gil.switchIntervalMicroseconds = 1000;
    expect(gil.statistics().switchIntervalMicroseconds).toBe(1000);
    gil.switchIntervalMicroseconds = 0.2;
    expect(gil.switchIntervalMicroseconds).toBe(1);
    expect(catchGilError(() => { gil.switchIntervalMicroseconds = 0; }).kind).toBe('bad-argument');
    expect(catchGilError(() => { gil.switchIntervalMicroseconds = Number.NaN; }).kind).toBe('bad-argument');
    const custom = AtomicsGil.initialize(new SharedArrayBuffer(64), 0, { switchIntervalMicroseconds: 250 });
    expect(custom.switchIntervalMicroseconds).toBe(250);
  });

  it('measures hold time only for threads that ask for it', () => {
    const gil = freshGil();
    const timed = new GilThread(1, { timeHolds: true });
    const untimed = new GilThread(2);
    for (const t of [timed, untimed]) {
      gil.take(t);
      const until = performance.now() + 2;
      while (performance.now() < until);
      gil.drop(t);
    }
    expect(timed.stats.holdNs).toBeGreaterThan(0);
    expect(untimed.stats.holdNs).toBe(0);
  });

  it('refuses thread ids that cannot live in the locked word', () => {
    for (const id of [0, -1, 1.5, 2 ** 31]) {
      expect(catchGilError(() => new GilThread(id)).kind).toBe('bad-argument');
    }
  });
});
