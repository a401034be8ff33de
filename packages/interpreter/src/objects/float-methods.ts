// float's methods and attributes (CPython's float_methods and float_getset in
// Objects/floatobject.c): is_integer, as_integer_ratio, hex, fromhex, conjugate, real, imag.

import type { ThreadState } from '../thread-state.js';
import { METH_CLASS, METH_NOARGS, METH_O } from './methoddef.js';
import type { PyGetSetDef, PyMethodDef } from './methoddef.js';
import { raise } from './exceptions.js';
import { PyLong_FromBigInt } from './longobject.js';
import { PyFloat_AS_DOUBLE, PyFloat_FromDouble } from './floatobject.js';
import { Py_DECREF, Py_INCREF, Py_TYPE, typeName } from './object.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './unicodeobject.js';
import { PyTuple_Pack } from './tupleobject.js';

/** The IEEE 754 fields of `x`: sign, biased exponent, 52-bit fraction. */
function fields(x: number): { neg: boolean; exp: number; frac: bigint } {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const bits = dv.getBigUint64(0);
  return { neg: bits >> 63n === 1n, exp: Number((bits >> 52n) & 0x7ffn), frac: bits & 0xfffffffffffffn };
}

/** float.hex() (CPython's float_hex): '0x1.8000000000000p+1'. */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const { neg, exp, frac } = fields(x);
  const sign = neg ? '-' : '';
  if (exp === 0 && frac === 0n) return `${sign}0x0.0p+0`;
  const lead = exp === 0 ? '0' : '1';
  const e = exp === 0 ? -1022 : exp - 1023;
  return `${sign}0x${lead}.${frac.toString(16).padStart(13, '0')}p${e >= 0 ? '+' : ''}${e}`;
}

/** float.as_integer_ratio(): the exact (numerator, denominator) in lowest terms. */
function asIntegerRatio(tstate: ThreadState, self: number): number {
  const x = PyFloat_AS_DOUBLE(tstate.interp, self);
  if (Number.isNaN(x)) return raise(tstate, 'ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) return raise(tstate, 'OverflowError', 'cannot convert Infinity to integer ratio');
  const { neg, exp, frac } = fields(x);
  let mant = exp === 0 ? frac : frac | (1n << 52n);
  let e = (exp === 0 ? 1 : exp) - 1075;
  while (mant !== 0n && (mant & 1n) === 0n && e < 0) {
    mant >>= 1n;
    e++;
  }
  let num = mant;
  let den = 1n;
  if (e > 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (mant === 0n) den = 1n;
  const n = PyLong_FromBigInt(tstate, neg ? -num : num);
  if (n === 0) return 0;
  const d = PyLong_FromBigInt(tstate, den);
  const r = d === 0 ? 0 : PyTuple_Pack(tstate, [n, d]);
  Py_DECREF(tstate.interp, n);
  Py_DECREF(tstate.interp, d);
  return r;
}

const HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;
const HEX_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
const HEX_SPACE_LEAD = /^[\s\u001c-\u001f\u0085]+/u;
const HEX_SPACE_TRAIL = /[\s\u001c-\u001f\u0085]+$/u;

/**
 * The double nearest to a hexadecimal float string, rounding half to even (CPython's
 * float_fromhex): a number, 'overflow', or null when the string is not one.
 */
function parseHexFloat(text: string): number | 'overflow' | null {
  const t = text.replace(HEX_SPACE_LEAD, '').replace(HEX_SPACE_TRAIL, '');
  const sp = HEX_SPECIAL.exec(t);
  if (sp !== null) {
    const v = sp[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return sp[1] === '-' ? -v : v;
  }
  const m = HEX_FLOAT.exec(t);
  if (m === null) return null;
  const intDigits = m[2];
  const fracDigits = m[3] ?? '';
  if (intDigits.length + fracDigits.length === 0) return null;
  const sign = m[1] === '-' ? -1 : 1;
  const mant = BigInt('0x0' + intDigits + fracDigits);
  if (mant === 0n) return sign * 0;
  const pexp = m[4] === undefined ? 0 : Number(m[4]);
  const e = pexp - 4 * fracDigits.length;
  const bl = mant.toString(2).length;
  const top = bl + e;
  if (!Number.isFinite(top) || top > 1025) return 'overflow';
  if (top < -1100) return sign * 0;
  const lsb = Math.max(top - 53, -1074);
  const shift = lsb - e;
  let q: bigint;
  if (shift > 0) {
    const sh = BigInt(shift);
    q = mant >> sh;
    const rem = mant & ((1n << sh) - 1n);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
  } else {
    q = mant << BigInt(-shift);
  }
  const x = Number(q) * 2 ** lsb;
  return Number.isFinite(x) ? sign * x : 'overflow';
}

/** float.fromhex(string) (a classmethod). */
function fromHex(tstate: ThreadState, type: number, argsWord: number): number {
  const interp = tstate.interp;
  const h = interp.views.i32[argsWord];
  if (Py_TYPE(interp, h) !== interp.types.str) return raise(tstate, 'TypeError', `bad argument type for built-in operation`);
  if (type !== interp.types.float) return raise(tstate, 'TypeError', `cannot create '${typeName(interp, type)}' instances: subclassing 'float' is not supported`);
  const x = parseHexFloat(PyUnicode_AsString(interp, h));
  if (x === null) return raise(tstate, 'ValueError', 'invalid hexadecimal floating-point string');
  if (x === 'overflow') return raise(tstate, 'OverflowError', 'hexadecimal value too large to represent as a float');
  return PyFloat_FromDouble(tstate, x);
}

function self_(tstate: ThreadState, self: number): number {
  Py_INCREF(tstate.interp, self);
  return self;
}

/** float's methods (CPython's float_methods). @public */
export const FLOAT_METHODS: readonly PyMethodDef[] = Object.freeze(([
  {
    name: 'is_integer',
    flags: METH_NOARGS,
    meth: (tstate, self) => {
      const x = PyFloat_AS_DOUBLE(tstate.interp, self);
      return Number.isFinite(x) && Math.trunc(x) === x ? tstate.interp.runtime.immortalTrue : tstate.interp.runtime.immortalFalse;
    },
  },
  { name: 'as_integer_ratio', flags: METH_NOARGS, meth: asIntegerRatio },
  { name: 'hex', flags: METH_NOARGS, meth: (tstate, self) => PyUnicode_FromString(tstate, floatHex(PyFloat_AS_DOUBLE(tstate.interp, self))) },
  { name: 'conjugate', flags: METH_NOARGS, meth: self_ },
  { name: 'fromhex', flags: METH_O | METH_CLASS, meth: fromHex },
] satisfies PyMethodDef[]).map((d) => Object.freeze(d)));

/** float's attributes (CPython's float_getset). @public */
export const FLOAT_GETSETS: readonly PyGetSetDef[] = Object.freeze(([
  { name: 'real', get: self_ },
  { name: 'imag', get: (tstate: ThreadState) => PyFloat_FromDouble(tstate, 0) },
] satisfies PyGetSetDef[]).map((d) => Object.freeze(d)));
