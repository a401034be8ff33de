// The heap lock: a mutex word in shared memory, taken with Atomics.compareExchange and
// slept on with Atomics.wait (CPython 3.13's PyMutex in Python/lock.c: a locked bit and a
// has-parked bit; here the three-state futex mutex, 0 free, 1 locked, 2 locked with waiters).

const UNLOCKED = 0;
const LOCKED = 1;
const CONTENDED = 2;

/**
 * Takes the mutex at word `index` of `i32` (0 when free), sleeping on `Atomics.wait` while
 * another thread holds it. Not reentrant. Useful to any code that guards shared memory.
 * @public
 */
export function mutexLock(i32: Int32Array, index: number): void {
  if (Atomics.compareExchange(i32, index, UNLOCKED, LOCKED) === UNLOCKED) return;
  mutexLockSlow(i32, index);
}

function mutexLockSlow(i32: Int32Array, index: number): void {
  // Spin briefly: critical sections are a few hundred nanoseconds.
  for (let spin = 0; spin < 100; spin++) {
    if (Atomics.load(i32, index) === UNLOCKED && Atomics.compareExchange(i32, index, UNLOCKED, LOCKED) === UNLOCKED) return;
  }
  // Mark the lock contended, then sleep until the holder hands it back.
  while (Atomics.exchange(i32, index, CONTENDED) !== UNLOCKED) {
    Atomics.wait(i32, index, CONTENDED);
  }
}

/** Releases the mutex at word `index`, waking one sleeper if there may be one. @public */
export function mutexUnlock(i32: Int32Array, index: number): void {
  if (Atomics.exchange(i32, index, UNLOCKED) === CONTENDED) Atomics.notify(i32, index, 1);
}
