// int objects (CPython's Objects/longobject.c, 3.11 representation): sign × digit count in
// ob_size, 30-bit digits least significant first. Encoding from and decoding to JS numbers
// and bigints; the interpreter's fast paths read one-digit ints straight from the words.

import type { HeapViews } from './heap-views.js';
import { initVarObjectHeader } from './object.js';
import { LONG_DIGITS, OB_SIZE, PYLONG_MASK, PYLONG_SHIFT } from './object.layout.js';

const SHIFT = BigInt(PYLONG_SHIFT);
const MASK = BigInt(PYLONG_MASK);

function toBigInt(value: bigint | number): bigint {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
  return BigInt(value);
}

/** Number of 30-bit digits needed for `value` (0 for zero). @public */
export function longDigitCount(value: bigint | number): number {
  let magnitude = toBigInt(value);
  if (magnitude < 0n) magnitude = -magnitude;
  let n = 0;
  while (magnitude > 0n) {
    magnitude >>= SHIFT;
    n++;
  }
  return n;
}

/** Bytes of an int object with `ndigits` digits. @public */
export function longSizeBytes(ndigits: number): number {
  return LONG_DIGITS + 4 * ndigits;
}

/** Writes the int `value` at byte `offset`, which has room for longSizeBytes(longDigitCount(value)). @public */
export function writeLong(v: HeapViews, offset: number, type: number, refcnt: number, value: bigint | number): void {
  const big = toBigInt(value);
  let magnitude = big < 0n ? -big : big;
  let n = 0;
  const base = (offset + LONG_DIGITS) >> 2;
  while (magnitude > 0n) {
    v.i32[base + n] = Number(magnitude & MASK);
    magnitude >>= SHIFT;
    n++;
  }
  initVarObjectHeader(v, offset, type, refcnt, big < 0n ? -n : n);
}

/** Reads the int at byte `offset` as a bigint. @public */
export function readLong(v: HeapViews, offset: number): bigint {
  const size = v.i32[(offset + OB_SIZE) >> 2];
  const n = Math.abs(size);
  const base = (offset + LONG_DIGITS) >> 2;
  let magnitude = 0n;
  for (let i = n - 1; i >= 0; i--) magnitude = (magnitude << SHIFT) | BigInt(v.i32[base + i]);
  return size < 0 ? -magnitude : magnitude;
}

/**
 * Reads the int at byte `offset` as a number when it has at most one digit (|value| \< 2 ** 30);
 * undefined otherwise. The small-int fast path.
 * @public
 */
export function readSmallLong(v: HeapViews, offset: number): number | undefined {
  const size = v.i32[(offset + OB_SIZE) >> 2];
  if (size === 0) return 0;
  const digit = v.i32[(offset + LONG_DIGITS) >> 2];
  if (size === 1) return digit;
  if (size === -1) return -digit;
  return undefined;
}
