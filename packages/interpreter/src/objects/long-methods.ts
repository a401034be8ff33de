// int's methods and attributes (CPython's long_methods and long_getset in
// Objects/longobject.c): bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio,
// conjugate, real, imag, numerator, denominator. `self` is an int or a bool (bool inherits
// them; every result is a plain int, as in CPython).

import type { ThreadState } from '../thread-state.js';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS } from './methoddef.js';
import type { PyGetSetDef, PyMethodDef } from './methoddef.js';
import { _PyArg_ParseKeywords } from './call.js';
import { raise } from './exceptions.js';
import { PyLong_AsBigInt, PyLong_FromBigInt, PyLong_FromLong, longToNumber } from './longobject.js';
import { PyBytes_AsUint8Array, PyBytes_FromBytes } from './bytesobject.js';
import { PyLong_Check, PyObject_IsTrue, Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME, typeName } from './object.js';
import { PyUnicode_AsString } from './unicodeobject.js';
import { PyTuple_Pack } from './tupleobject.js';

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** `self` as a plain int: a new reference (CPython's long_long). */
function asPlainInt(tstate: ThreadState, self: number): number {
  const interp = tstate.interp;
  if (Py_TYPE(interp, self) === interp.types.int) {
    Py_INCREF(interp, self);
    return self;
  }
  return PyLong_FromLong(tstate, longToNumber(interp, self));
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : abs(n).toString(2).length;
}

/** The byteorder argument: 'little' or 'big', or null with ValueError/TypeError set. */
function byteorderArg(tstate: ThreadState, h: number, fname: string): 'little' | 'big' | null {
  const interp = tstate.interp;
  if (h === 0) return 'big';
  if (Py_TYPE(interp, h) !== interp.types.str) {
    raise(tstate, 'TypeError', `${fname}() argument 'byteorder' must be str, not ${Py_TYPE_NAME(interp, h)}`);
    return null;
  }
  const s = PyUnicode_AsString(interp, h);
  if (s === 'little' || s === 'big') return s;
  raise(tstate, 'ValueError', "byteorder must be either 'little' or 'big'");
  return null;
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
function toBytes(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (nargs > 2) return raise(tstate, 'TypeError', `to_bytes() takes at most 2 positional arguments (${nargs} given)`);
  const a = _PyArg_ParseKeywords(tstate, 'to_bytes', argsWord, nargs, kwnames, ['length', 'byteorder', 'signed'], 0);
  if (a === null) return 0;
  let length = 1;
  if (a[0] !== 0) {
    if (!PyLong_Check(interp, a[0])) return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, a[0])}' object cannot be interpreted as an integer`);
    length = longToNumber(interp, a[0]);
    if (length < 0) return raise(tstate, 'ValueError', 'length argument must be non-negative');
  }
  const order = byteorderArg(tstate, a[1], 'to_bytes');
  if (order === null) return 0;
  let signed = false;
  if (a[2] !== 0) {
    const t = PyObject_IsTrue(tstate, a[2]);
    if (t < 0) return 0;
    signed = t !== 0;
  }
  let n = PyLong_AsBigInt(interp, self);
  if (n < 0n && !signed) return raise(tstate, 'OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = !signed ? n < 1n << bits : length === 0 ? n === 0n : n >= -(1n << (bits - 1n)) && n < 1n << (bits - 1n);
  if (!fits) return raise(tstate, 'OverflowError', 'int too big to convert');
  if (n < 0n) n += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[order === 'big' ? length - 1 - i : i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return PyBytes_FromBytes(tstate, out);
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) (a classmethod). */
function fromBytes(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (nargs > 2) return raise(tstate, 'TypeError', `from_bytes() takes at most 2 positional arguments (${nargs} given)`);
  const a = _PyArg_ParseKeywords(tstate, 'from_bytes', argsWord, nargs, kwnames, ['bytes', 'byteorder', 'signed'], 1);
  if (a === null) return 0;
  // NON-CPYTHON: only a bytes object is accepted (CPython also takes any iterable of ints)
  if (Py_TYPE(interp, a[0]) !== interp.types.bytes) return raise(tstate, 'TypeError', `cannot convert '${Py_TYPE_NAME(interp, a[0])}' object to bytes`);
  const order = byteorderArg(tstate, a[1], 'from_bytes');
  if (order === null) return 0;
  let signed = false;
  if (a[2] !== 0) {
    const t = PyObject_IsTrue(tstate, a[2]);
    if (t < 0) return 0;
    signed = t !== 0;
  }
  if (type !== interp.types.int) return raise(tstate, 'TypeError', `cannot create '${typeName(interp, type)}' instances: subclassing 'int' is not supported`);
  const data = PyBytes_AsUint8Array(interp, a[0]);
  let n = 0n;
  for (let i = 0; i < data.length; i++) n = (n << 8n) | BigInt(data[order === 'big' ? i : data.length - 1 - i]);
  if (signed && data.length > 0 && n >= 1n << BigInt(data.length * 8 - 1)) n -= 1n << BigInt(data.length * 8);
  return PyLong_FromBigInt(tstate, n);
}

/** int's methods (CPython's long_methods). @public */
export const LONG_METHODS: readonly PyMethodDef[] = Object.freeze(([
  { name: 'bit_length', flags: METH_NOARGS, meth: (tstate, self) => PyLong_FromLong(tstate, bitLength(PyLong_AsBigInt(tstate.interp, self))) },
  {
    name: 'bit_count',
    flags: METH_NOARGS,
    meth: (tstate, self) => {
      let c = 0;
      for (const d of abs(PyLong_AsBigInt(tstate.interp, self)).toString(2)) if (d === '1') c++;
      return PyLong_FromLong(tstate, c);
    },
  },
  { name: 'to_bytes', flags: METH_FASTCALL | METH_KEYWORDS, meth: toBytes },
  { name: 'from_bytes', flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS, meth: fromBytes },
  {
    name: 'as_integer_ratio',
    flags: METH_NOARGS,
    meth: (tstate, self) => {
      const n = asPlainInt(tstate, self);
      if (n === 0) return 0;
      const one = PyLong_FromLong(tstate, 1);
      const r = one === 0 ? 0 : PyTuple_Pack(tstate, [n, one]);
      Py_DECREF(tstate.interp, n);
      Py_DECREF(tstate.interp, one);
      return r;
    },
  },
  { name: 'conjugate', flags: METH_NOARGS, meth: asPlainInt },
  { name: '__index__', flags: METH_NOARGS, meth: asPlainInt },
  { name: '__int__', flags: METH_NOARGS, meth: asPlainInt },
] satisfies PyMethodDef[]).map((d) => Object.freeze(d)));

/** int's attributes (CPython's long_getset). @public */
export const LONG_GETSETS: readonly PyGetSetDef[] = Object.freeze(([
  { name: 'real', get: asPlainInt },
  { name: 'imag', get: (tstate: ThreadState) => PyLong_FromLong(tstate, 0) },
  { name: 'numerator', get: asPlainInt },
  { name: 'denominator', get: (tstate: ThreadState) => PyLong_FromLong(tstate, 1) },
] satisfies PyGetSetDef[]).map((d) => Object.freeze(d)));
