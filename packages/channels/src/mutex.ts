// The mutex of a queue or channel body: the allocator's three-state futex mutex (0 free,
// 1 locked, 2 locked with waiters; CPython's PyMutex in Python/lock.c), with a longer spin
// before sleeping, because a producer and a consumer meet on it every few hundred nanoseconds.

import { mutexUnlock } from '@pergil/allocator';

const UNLOCKED = 0;
const LOCKED = 1;
const CONTENDED = 2;
/** Loads before sleeping: holders keep the mutex for well under a microsecond. */
const LOCK_SPINS = 1000;

/** Takes the mutex at word `index` of `i32`. Not reentrant. @internal */
export function queueLock(i32: Int32Array, index: number): void {
  if (Atomics.compareExchange(i32, index, UNLOCKED, LOCKED) === UNLOCKED) return;
  for (let spin = 0; spin < LOCK_SPINS; spin++) {
    if (Atomics.load(i32, index) === UNLOCKED && Atomics.compareExchange(i32, index, UNLOCKED, LOCKED) === UNLOCKED) return;
  }
  while (Atomics.exchange(i32, index, CONTENDED) !== UNLOCKED) Atomics.wait(i32, index, CONTENDED);
}

/** Releases the mutex at word `index`, waking one sleeper if there may be one. @internal */
export const queueUnlock: (i32: Int32Array, index: number) => void = mutexUnlock;
