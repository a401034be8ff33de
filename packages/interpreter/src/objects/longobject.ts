// int (CPython's Objects/longobject.c): arbitrary-precision integers as PyLongObjects of 30-bit
// digits. Operations on values of at most one digit (|v| < 2 ** 30) run on JS numbers and
// return the immortal small ints where they can; everything else goes through BigInt.
// The operands of the long* functions are ints (or bools); mixed-type dispatch is abstract.ts's.

import { LONG_DIGITS, OB_SIZE, PYLONG_SHIFT, SMALL_INT_MAX, SMALL_INT_MIN, longDigitCount, longSizeBytes, readLong, writeLong } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { raise } from './exceptions.js';
import { PyObject_Free, _PyObject_New, viewsOf } from './object.js';
import { PyFloat_FromDouble, cpow } from './floatobject.js';

const BASE = 1 << PYLONG_SHIFT;
/** CPython's _PyHASH_MODULUS: 2 ** 61 - 1. @public */
export const PyHASH_MODULUS = (1n << 61n) - 1n;

/** tp_dealloc of int. @internal */
export function longDealloc(interp: InterpreterState, h: number): void {
  PyObject_Free(interp, h);
}

/** The value of the int `h` if it has at most one digit, else NaN (the fast-path test). @public */
export function longSmallValue(interp: InterpreterState, h: number): number {
  const i32 = h < 0 ? interp.runtimeViews.i32 : interp.views.i32;
  const off = h < 0 ? -h : h;
  const size = i32[(off + OB_SIZE) >> 2];
  if (size === 0) return 0;
  if (size === 1) return i32[(off + LONG_DIGITS) >> 2];
  if (size === -1) return -i32[(off + LONG_DIGITS) >> 2];
  return Number.NaN;
}

/** The value of the int `h` as a bigint. @public */
export function PyLong_AsBigInt(interp: InterpreterState, h: number): bigint {
  return readLong(viewsOf(interp, h), h < 0 ? -h : h);
}

/** The value of the int `h` as a JS number (exact below 2 ** 53, rounded above). @public */
export function longToNumber(interp: InterpreterState, h: number): number {
  const x = longSmallValue(interp, h);
  return x === x ? x : Number(PyLong_AsBigInt(interp, h));
}

/**
 * The int `n` (a safe JS integer) — CPython's PyLong_FromLong: an immortal small int for
 * -5..256, else a new object; NULL with MemoryError set.
 * @public
 */
export function PyLong_FromLong(tstate: ThreadState, n: number): number {
  const interp = tstate.interp;
  if (n >= SMALL_INT_MIN && n <= SMALL_INT_MAX) return interp.smallInts[n - SMALL_INT_MIN];
  const magnitude = n < 0 ? -n : n;
  if (magnitude < BASE) {
    const h = _PyObject_New(tstate, interp.types.int, LONG_DIGITS + 4);
    if (h === 0) return 0;
    const i32 = interp.views.i32;
    i32[(h + OB_SIZE) >> 2] = n < 0 ? -1 : 1;
    i32[(h + LONG_DIGITS) >> 2] = magnitude;
    return h;
  }
  if (magnitude <= Number.MAX_SAFE_INTEGER) {
    const hi = Math.floor(magnitude / BASE);
    const ndigits = hi < BASE ? 2 : 3;
    const h = _PyObject_New(tstate, interp.types.int, longSizeBytes(ndigits));
    if (h === 0) return 0;
    const i32 = interp.views.i32;
    i32[(h + OB_SIZE) >> 2] = n < 0 ? -ndigits : ndigits;
    i32[(h + LONG_DIGITS) >> 2] = magnitude % BASE;
    i32[((h + LONG_DIGITS) >> 2) + 1] = hi % BASE;
    if (ndigits === 3) i32[((h + LONG_DIGITS) >> 2) + 2] = Math.floor(hi / BASE);
    return h;
  }
  return PyLong_FromBigInt(tstate, BigInt(n));
}

/** The int `value`; NULL with MemoryError set. @public */
export function PyLong_FromBigInt(tstate: ThreadState, value: bigint): number {
  if (value >= -0x3fffffffn && value <= 0x3fffffffn) return PyLong_FromLong(tstate, Number(value));
  const interp = tstate.interp;
  const h = _PyObject_New(tstate, interp.types.int, longSizeBytes(longDigitCount(value)));
  if (h === 0) return 0;
  writeLong(interp.views, h, interp.types.int, 1, value);
  return h;
}

/** True if the int `h` is not zero. @internal */
export function longIsTrue(interp: InterpreterState, h: number): boolean {
  return viewsOf(interp, h).i32[((h < 0 ? -h : h) + OB_SIZE) >> 2] !== 0;
}

/** -1, 0 or 1 as a \< b, a == b, a \> b for the ints a and b. @internal */
export function longCompare(interp: InterpreterState, a: number, b: number): number {
  const x = longSmallValue(interp, a);
  const y = longSmallValue(interp, b);
  if (x === x && y === y) return x < y ? -1 : x > y ? 1 : 0;
  const p = PyLong_AsBigInt(interp, a);
  const q = PyLong_AsBigInt(interp, b);
  return p < q ? -1 : p > q ? 1 : 0;
}

/** hash(n) for the int value `n`, exactly as CPython (modulus 2 ** 61 - 1; -1 becomes -2). @public */
export function _PyLong_HashValue(n: bigint): bigint {
  const m = n < 0n ? -n : n;
  let r = m % PyHASH_MODULUS;
  if (n < 0n) r = -r;
  return r === -1n ? -2n : r;
}

/** hash() of the int `h`, exactly as CPython. @internal */
export function longHash(interp: InterpreterState, h: number): bigint {
  const x = longSmallValue(interp, h);
  if (x === x) return x === -1 ? -2n : BigInt(x);
  return _PyLong_HashValue(PyLong_AsBigInt(interp, h));
}

/** repr() of the int `h`. @internal */
export function longRepr(interp: InterpreterState, h: number): string {
  const x = longSmallValue(interp, h);
  return x === x ? String(x) : PyLong_AsBigInt(interp, h).toString();
}

// ---- arithmetic -----------------------------------------------------------------------------

/** a + b (CPython's _PyLong_Add). @public */
export function _PyLong_Add(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const x = longSmallValue(interp, a);
  const y = longSmallValue(interp, b);
  if (x === x && y === y) return PyLong_FromLong(tstate, x + y);
  return PyLong_FromBigInt(tstate, PyLong_AsBigInt(interp, a) + PyLong_AsBigInt(interp, b));
}

/** a - b (CPython's _PyLong_Subtract). @public */
export function _PyLong_Subtract(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const x = longSmallValue(interp, a);
  const y = longSmallValue(interp, b);
  if (x === x && y === y) return PyLong_FromLong(tstate, x - y);
  return PyLong_FromBigInt(tstate, PyLong_AsBigInt(interp, a) - PyLong_AsBigInt(interp, b));
}

/** a * b (CPython's _PyLong_Multiply). @public */
export function _PyLong_Multiply(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const x = longSmallValue(interp, a);
  const y = longSmallValue(interp, b);
  if (x === x && y === y) {
    const r = x * y;
    if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) return PyLong_FromLong(tstate, r);
  }
  return PyLong_FromBigInt(tstate, PyLong_AsBigInt(interp, a) * PyLong_AsBigInt(interp, b));
}

function floorDivBig(p: bigint, q: bigint): bigint {
  const d = p / q;
  return (p % q !== 0n) && ((p < 0n) !== (q < 0n)) ? d - 1n : d;
}

function floorModBig(p: bigint, q: bigint): bigint {
  const m = p % q;
  return m !== 0n && ((m < 0n) !== (q < 0n)) ? m + q : m;
}

/** a // b, floor division (CPython's long_div); ZeroDivisionError for b == 0. @public */
export function longFloorDiv(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const x = longSmallValue(interp, a);
  const y = longSmallValue(interp, b);
  if (y === 0) return raise(tstate, 'ZeroDivisionError', 'integer division or modulo by zero');
  if (x === x && y === y) return PyLong_FromLong(tstate, Math.floor(x / y));
  return PyLong_FromBigInt(tstate, floorDivBig(PyLong_AsBigInt(interp, a), PyLong_AsBigInt(interp, b)));
}

/** a % b, with the sign of b (CPython's long_mod); ZeroDivisionError for b == 0. @public */
export function longRemainder(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const x = longSmallValue(interp, a);
  const y = longSmallValue(interp, b);
  if (y === 0) return raise(tstate, 'ZeroDivisionError', 'integer modulo by zero');
  if (x === x && y === y) return PyLong_FromLong(tstate, x - y * Math.floor(x / y));
  return PyLong_FromBigInt(tstate, floorModBig(PyLong_AsBigInt(interp, a), PyLong_AsBigInt(interp, b)));
}

/** The int `n` as the nearest double; NaN with OverflowError set when it is too large. @internal */
export function bigToDouble(tstate: ThreadState, n: bigint): number {
  const d = Number(n);
  if (d === Infinity || d === -Infinity) {
    raise(tstate, 'OverflowError', 'int too large to convert to float');
    return Number.NaN;
  }
  return d;
}

/** float(h) for the int `h` (CPython's PyLong_AsDouble); -1 with OverflowError set when too large. @public */
export function PyLong_AsDouble(tstate: ThreadState, h: number): number {
  const x = longSmallValue(tstate.interp, h);
  if (x === x) return x;
  const d = bigToDouble(tstate, PyLong_AsBigInt(tstate.interp, h));
  return d === d ? d : -1;
}

/** The correctly rounded p / q (q != 0) as a double; NaN with OverflowError set when too large. */
function trueDivideBig(tstate: ThreadState, p: bigint, q: bigint): number {
  const neg = (p < 0n) !== (q < 0n);
  let a = p < 0n ? -p : p;
  let b = q < 0n ? -q : q;
  if (a === 0n) return neg ? -0 : 0;
  // Scale so that the integer quotient has at least 55 significant bits, then fold the
  // remainder into a sticky bit: Number() of that quotient rounds correctly (half to even).
  const shift = 55 - (a.toString(2).length - b.toString(2).length);
  if (shift > 0) a <<= BigInt(shift);
  else b <<= BigInt(-shift);
  let quotient = a / b;
  if (a % b !== 0n) quotient |= 1n;
  const qd = Number(quotient);
  const fix = shift > 1000 ? qd * 2 ** -1000 * 2 ** -(shift - 1000) : shift < -1000 ? qd * 2 ** 1000 * 2 ** (-shift - 1000) : qd * 2 ** -shift;
  if (fix === Infinity) {
    raise(tstate, 'OverflowError', 'integer division result too large for a float');
    return Number.NaN;
  }
  return neg ? -fix : fix;
}

/** a / b, true division of ints (CPython's long_true_divide): a float. @public */
export function longTrueDivide(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const x = longSmallValue(interp, a);
  const y = longSmallValue(interp, b);
  if (y === 0) return raise(tstate, 'ZeroDivisionError', 'division by zero');
  if (x === x && y === y) return PyFloat_FromDouble(tstate, x / y);
  const r = trueDivideBig(tstate, PyLong_AsBigInt(interp, a), PyLong_AsBigInt(interp, b));
  return r === r ? PyFloat_FromDouble(tstate, r) : 0;
}

function modInverse(a: bigint, m: bigint): bigint | undefined {
  let [oldR, r] = [floorModBig(a, m), m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return undefined;
  return floorModBig(oldS, m);
}

/**
 * a ** b, or pow(a, b, c) when `c` is not NULL (CPython's long_pow): a negative exponent gives
 * a float (or, with a modulus, the power of the modular inverse).
 * @public
 */
export function longPower(tstate: ThreadState, a: number, b: number, c: number): number {
  const interp = tstate.interp;
  const base = PyLong_AsBigInt(interp, a);
  let exp = PyLong_AsBigInt(interp, b);
  if (c === 0 || c === interp.runtime.immortalNone) {
    if (exp < 0n) {
      if (base === 0n) return raise(tstate, 'ZeroDivisionError', '0.0 cannot be raised to a negative power');
      const d = bigToDouble(tstate, base);
      if (d !== d) return 0;
      return PyFloat_FromDouble(tstate, cpow(d, Number(exp)));
    }
    const x = longSmallValue(interp, a);
    if (x === x && exp < 64n) {
      const r = x ** Number(exp);
      if (Math.abs(r) <= Number.MAX_SAFE_INTEGER) return PyLong_FromLong(tstate, r);
    }
    return PyLong_FromBigInt(tstate, base ** exp);
  }
  let mod = PyLong_AsBigInt(interp, c);
  if (mod === 0n) return raise(tstate, 'ValueError', 'pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let x = floorModBig(base, mod);
  if (exp < 0n) {
    const inv = modInverse(x, mod);
    if (inv === undefined) return raise(tstate, 'ValueError', 'base is not invertible for the given modulus');
    x = inv;
    exp = -exp;
  }
  let result = mod === 1n ? 0n : 1n;
  while (exp > 0n) {
    if (exp & 1n) result = (result * x) % mod;
    x = (x * x) % mod;
    exp >>= 1n;
  }
  if (negMod && result !== 0n) result -= mod;
  return PyLong_FromBigInt(tstate, result);
}

/** -a (CPython's long_neg). @public */
export function longNegative(tstate: ThreadState, a: number): number {
  const x = longSmallValue(tstate.interp, a);
  if (x === x) return PyLong_FromLong(tstate, -x);
  return PyLong_FromBigInt(tstate, -PyLong_AsBigInt(tstate.interp, a));
}

/** abs(a) (CPython's long_abs). @public */
export function longAbsolute(tstate: ThreadState, a: number): number {
  const x = longSmallValue(tstate.interp, a);
  if (x === x) return PyLong_FromLong(tstate, Math.abs(x));
  const n = PyLong_AsBigInt(tstate.interp, a);
  return PyLong_FromBigInt(tstate, n < 0n ? -n : n);
}

/** ~a (CPython's long_invert). @public */
export function longInvert(tstate: ThreadState, a: number): number {
  const x = longSmallValue(tstate.interp, a);
  if (x === x) return PyLong_FromLong(tstate, -x - 1);
  return PyLong_FromBigInt(tstate, -PyLong_AsBigInt(tstate.interp, a) - 1n);
}

/** a \<\< b (CPython's long_lshift); ValueError for a negative count. @public */
export function longLshift(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const count = PyLong_AsBigInt(interp, b);
  if (count < 0n) return raise(tstate, 'ValueError', 'negative shift count');
  const n = PyLong_AsBigInt(interp, a);
  if (n === 0n) return interp.runtime.smallIntUnchecked(0);
  if (count > 0x7fffffffn) return raise(tstate, 'OverflowError', 'too many digits in integer');
  return PyLong_FromBigInt(tstate, n << count);
}

/** a \>\> b, flooring (CPython's long_rshift); ValueError for a negative count. @public */
export function longRshift(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const count = PyLong_AsBigInt(interp, b);
  if (count < 0n) return raise(tstate, 'ValueError', 'negative shift count');
  const n = PyLong_AsBigInt(interp, a);
  if (count > 0x7fffffffn) return interp.runtime.smallIntUnchecked(n < 0n ? -1 : 0);
  return PyLong_FromBigInt(tstate, n >> count);
}

/** a & b (CPython's long_and). @public */
export function longAnd(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const x = longSmallValue(interp, a);
  const y = longSmallValue(interp, b);
  if (x === x && y === y) return PyLong_FromLong(tstate, x & y);
  return PyLong_FromBigInt(tstate, PyLong_AsBigInt(interp, a) & PyLong_AsBigInt(interp, b));
}

/** a | b (CPython's long_or). @public */
export function longOr(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const x = longSmallValue(interp, a);
  const y = longSmallValue(interp, b);
  if (x === x && y === y) return PyLong_FromLong(tstate, x | y);
  return PyLong_FromBigInt(tstate, PyLong_AsBigInt(interp, a) | PyLong_AsBigInt(interp, b));
}

/** a ^ b (CPython's long_xor). @public */
export function longXor(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const x = longSmallValue(interp, a);
  const y = longSmallValue(interp, b);
  if (x === x && y === y) return PyLong_FromLong(tstate, x ^ y);
  return PyLong_FromBigInt(tstate, PyLong_AsBigInt(interp, a) ^ PyLong_AsBigInt(interp, b));
}

// ---- int(str, base) -------------------------------------------------------------------------

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * The value of a Unicode decimal digit (category Nd), 99 for anything else: Nd digits come in
 * runs of ten from 0 to 9, so the value is the number of Nd code points before it in its run.
 */
function unicodeDecimalValue(cp: number): number {
  if (!DECIMAL_DIGIT.test(String.fromCodePoint(cp))) return 99;
  let v = 0;
  while (v < 64 && DECIMAL_DIGIT.test(String.fromCodePoint(cp - v - 1))) v++;
  return v % 10;
}

/** Python's str.strip() whitespace at the start and at the end, for int() (no g flag: no lastIndex state). */
const LEADING_SPACE = /^[\s\u001c-\u001f\u0085]+/u;
const TRAILING_SPACE = /[\s\u001c-\u001f\u0085]+$/u;

/**
 * int(s, base) (CPython's PyLong_FromString / PyLong_FromUnicodeObject): sign, base prefix
 * (for base 0, 2, 8, 16), underscores between digits, surrounding whitespace. ValueError with
 * CPython's message otherwise.
 * @public
 */
export function PyLong_FromString(tstate: ThreadState, s: string, base: number, reprOfInput: string): number {
  if ((base !== 0 && base < 2) || base > 36) return raise(tstate, 'ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const invalid = (): number => raise(tstate, 'ValueError', `invalid literal for int() with base ${base}: ${reprOfInput}`);
  let t = s.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');
  let negative = false;
  if (t.startsWith('+') || t.startsWith('-')) {
    negative = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  const prefix = t.slice(0, 2).toLowerCase();
  const prefixBase = prefix === '0x' ? 16 : prefix === '0o' ? 8 : prefix === '0b' ? 2 : 0;
  if (prefixBase !== 0 && (base === 0 || base === prefixBase)) {
    b = prefixBase;
    t = t.slice(2);
    if (t.startsWith('_')) t = t.slice(1);
  } else if (base === 0) {
    b = 10;
    // base 0: a decimal literal may not have leading zeros (except all zeros)
    if (/^0+[_0]*[1-9]/.test(t)) return invalid();
  }
  if (t.length === 0 || t.startsWith('_') || t.endsWith('_') || t.includes('__')) return invalid();
  const bigBase = BigInt(b);
  let value = 0n;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 95) continue;
    let d = digitValue(c);
    if (d === 99 && c > 127) d = unicodeDecimalValue(t.codePointAt(i)!);
    if (d !== 99 && t.codePointAt(i)! > 0xffff) i++;
    if (d >= b) return invalid();
    value = value * bigBase + BigInt(d);
  }
  return PyLong_FromBigInt(tstate, negative ? -value : value);
}

