// float (CPython's Objects/floatobject.c): IEEE doubles in PyFloatObjects; arithmetic with
// CPython's sign rules for // and %, its ZeroDivisionError messages, its repr (the shortest
// string that round-trips, laid out by Python's rules) and its hash.

import { FLOAT_OB_FVAL, FLOAT_SIZE_BYTES, OB_TYPE } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { raise } from './exceptions.js';
import { PyObject_Free, _PyObject_New, identityHash } from './object.js';
import { PyHASH_MODULUS, PyLong_AsBigInt, _PyLong_HashValue } from './longobject.js';

/** tp_dealloc of float. @internal */
export function floatDealloc(interp: InterpreterState, h: number): void {
  PyObject_Free(interp, h);
}

/** A new float with value `x` (CPython's PyFloat_FromDouble); NULL with MemoryError set. @public */
export function PyFloat_FromDouble(tstate: ThreadState, x: number): number {
  const interp = tstate.interp;
  const h = _PyObject_New(tstate, interp.types.float, FLOAT_SIZE_BYTES);
  if (h === 0) return 0;
  interp.views.f64[(h + FLOAT_OB_FVAL) >> 3] = x;
  return h;
}

/** The value of the float `h` (CPython's PyFloat_AS_DOUBLE). @public */
export function PyFloat_AS_DOUBLE(interp: InterpreterState, h: number): number {
  return h < 0 ? interp.runtimeViews.f64[(-h + FLOAT_OB_FVAL) >> 3] : interp.views.f64[(h + FLOAT_OB_FVAL) >> 3];
}

/**
 * repr() of the double `x` as Python writes it (CPython's float_repr, format 'r'): the
 * shortest round-tripping digits, positional for 1e-4 \<= |x| \< 1e16, else exponent form
 * with at least two exponent digits; always a '.0' or an exponent.
 * @public
 */
export function PyOS_double_to_string(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const e = Math.abs(x).toExponential(); // shortest round-trip digits: "d.ddde+N"
  const at = e.indexOf('e');
  const digits = e.slice(0, at).replace('.', '');
  const exponent = Number(e.slice(at + 1));
  const decpt = exponent + 1;
  if (decpt <= -4 || decpt > 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const exp = Math.abs(exponent);
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${exp < 10 ? '0' : ''}${exp}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** repr() of the float `h`. @internal */
export function floatRepr(interp: InterpreterState, h: number): string {
  return PyOS_double_to_string(PyFloat_AS_DOUBLE(interp, h));
}

/**
 * hash() of a finite or infinite double exactly as CPython's _Py_HashDouble (a NaN hashes by
 * identity, so it is not handled here): the value as a fraction m * 2 ** e reduced modulo
 * 2 ** 61 - 1, so that hash(2.0) == hash(2) and hash(0.5) == hash(Fraction(1, 2)).
 * @public
 */
export function _Py_HashDouble(x: number): bigint {
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (x === 0) return 0n;
  if (Number.isInteger(x)) return _PyLong_HashValue(BigInt(x));
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, Math.abs(x));
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const biasedExp = hi >>> 20;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biasedExp === 0) exp = -1074;
  else {
    mantissa |= 1n << 52n;
    exp = biasedExp - 1075;
  }
  // |x| = mantissa * 2 ** exp; 2 ** 61 = 1 (mod P), so 2 ** exp = 2 ** (exp mod 61).
  const e = ((exp % 61) + 61) % 61;
  let r = ((mantissa % PyHASH_MODULUS) << BigInt(e)) % PyHASH_MODULUS;
  if (x < 0) r = -r;
  return r === -1n ? -2n : r;
}

/** hash() of the float `h` (NaN: by identity, as CPython 3.10+). @internal */
export function floatHash(interp: InterpreterState, h: number): bigint {
  const x = PyFloat_AS_DOUBLE(interp, h);
  if (x !== x) return BigInt(identityHash(h));
  if (Number.isInteger(x) && Math.abs(x) < 0x40000000) return x === -1 ? -2n : BigInt(x);
  return _Py_HashDouble(x);
}

/** Compares the number objects a and b (at least one a float) exactly: -1, 0, 1 or NaN. @internal */
export function floatCompare(interp: InterpreterState, a: number, b: number): number {
  const x = toComparable(interp, a);
  const y = toComparable(interp, b);
  if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
  // an int too large for a double against a double: compare exactly
  if (typeof x === 'bigint') return -compareDoubleBig(y as number, x);
  return compareDoubleBig(x, y as bigint);
}

function compareDoubleBig(d: number, n: bigint): number {
  if (d !== d) return Number.NaN;
  if (d === Infinity) return 1;
  if (d === -Infinity) return -1;
  const f = BigInt(Math.floor(d));
  if (f < n) return -1;
  if (f > n) return 1;
  return Number.isInteger(d) ? 0 : 1;
}

function toComparable(interp: InterpreterState, h: number): number | bigint {
  const t = h < 0 ? interp.runtimeViews.i32[(-h + OB_TYPE) >> 2] : interp.views.i32[(h + OB_TYPE) >> 2];
  if (t === interp.types.float) return PyFloat_AS_DOUBLE(interp, h);
  return intAsComparable(interp, h);
}

function intAsComparable(interp: InterpreterState, h: number): number | bigint {
  const n = PyLong_AsBigInt(interp, h);
  return n >= -(2n ** 53n) && n <= 2n ** 53n ? Number(n) : n;
}

// ---- arithmetic (both operands already doubles) ---------------------------------------------

/** a / b for doubles (CPython's float_div). @public */
export function floatTrueDivide(tstate: ThreadState, a: number, b: number): number {
  if (b === 0) return raise(tstate, 'ZeroDivisionError', 'float division by zero');
  return PyFloat_FromDouble(tstate, a / b);
}

/** a % b for doubles, with the sign of b (CPython's float_rem). @public */
export function floatRemainder(tstate: ThreadState, a: number, b: number): number {
  if (b === 0) return raise(tstate, 'ZeroDivisionError', 'float modulo');
  return PyFloat_FromDouble(tstate, floatMod(a, b));
}

function floatMod(vx: number, wx: number): number {
  // C's `if (mod)` is true for a NaN, so compare with 0 rather than test truthiness.
  let mod = vx % wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  return mod;
}

function floatFloorDivValue(vx: number, wx: number): number {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return floordiv;
}

/** a // b for doubles (CPython's float_floor_div). @public */
export function floatFloorDiv(tstate: ThreadState, a: number, b: number): number {
  if (b === 0) return raise(tstate, 'ZeroDivisionError', 'float floor division by zero');
  return PyFloat_FromDouble(tstate, floatFloorDivValue(a, b));
}

/** divmod(a, b) for doubles as [a // b, a % b]; undefined with ZeroDivisionError set. @public */
export function floatDivmodValues(tstate: ThreadState, a: number, b: number): [number, number] | undefined {
  if (b === 0) {
    raise(tstate, 'ZeroDivisionError', 'float divmod()');
    return undefined;
  }
  return [floatFloorDivValue(a, b), floatMod(a, b)];
}

/**
 * C's pow() for the cases where V8's `**` is not correctly rounded: a negative integral
 * exponent whose positive power is exact is one correctly rounded division.
 */
export function cpow(a: number, b: number): number {
  if (b < 0 && Number.isInteger(b) && b >= -64) {
    const p = a ** -b;
    if (Number.isInteger(a) && Number.isSafeInteger(p)) return 1 / p;
  }
  if (a === -1 && (b === Infinity || b === -Infinity)) return 1;
  return a ** b;
}

/** a ** b for doubles (CPython's float_pow, real results only). @public */
export function floatPower(tstate: ThreadState, a: number, b: number): number {
  if (b === 0) return PyFloat_FromDouble(tstate, 1.0);
  if (a === 0 && b < 0 && Number.isFinite(b)) return raise(tstate, 'ZeroDivisionError', '0.0 cannot be raised to a negative power');
  // NON-CPYTHON (for now): CPython returns a complex here; complex is not implemented yet.
  if (a < 0 && Number.isFinite(a) && !Number.isInteger(b) && Number.isFinite(b)) {
    return raise(tstate, 'ValueError', 'complex results are not supported yet');
  }
  if (a === 1) return PyFloat_FromDouble(tstate, 1.0);
  const r = cpow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) return raise(tstate, 'OverflowError', '(34, \'Numerical result out of range\')');
  return PyFloat_FromDouble(tstate, r);
}
