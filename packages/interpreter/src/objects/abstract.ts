// The abstract object protocols (CPython's Objects/abstract.c): the number protocol's binary
// and unary operations with their mixed-type rules (int op float → float, bool op bool → int
// except for & | ^, sequence + and *), subscription and len — what the eval loop's BINARY_OP,
// UNARY_* and BINARY_SUBSCR call.

import type { ThreadState } from '../thread-state.js';
import { bytesConcat, bytesGetItem, bytesLength } from './bytesobject.js';
import { dictLength, dictSubscript } from './dictobject.js';
import { PyErr_NoMemory, raise } from './exceptions.js';
import {
  PyFloat_AS_DOUBLE,
  PyFloat_FromDouble,
  floatDivmodValues,
  floatFloorDiv,
  floatPower,
  floatRemainder,
  floatTrueDivide,
} from './floatobject.js';
import { PyList_Append, PyList_New, listConcat, listLength, listSlice, listSubscript } from './listobject.js';
import {
  PyLong_AsBigInt,
  PyLong_AsDouble,
  _PyLong_Add,
  _PyLong_Multiply,
  _PyLong_Subtract,
  longAbsolute,
  longAnd,
  longFloorDiv,
  longInvert,
  longLshift,
  longNegative,
  longOr,
  longPower,
  longRemainder,
  longRshift,
  longToNumber,
  longTrueDivide,
  longXor,
} from './longobject.js';
import { PyErr_Occurred } from './exceptions.js';
import { PyLong_Check, Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME } from './object.js';
import { PySlice_AdjustIndices, PySlice_Unpack } from './sliceobject.js';
import { PyTuple_GET_ITEM, PyTuple_New, PyTuple_Pack, PyTuple_SET_ITEM, tupleConcat, tupleGetItem, tupleLength, tupleSlice } from './tupleobject.js';
import { PyUnicode_Concat, unicodeGetItem, unicodeLength, unicodeRepeat, unicodeSlice } from './unicodeobject.js';
import { PyBool_FromLong } from './boolobject.js';

/** Binary operators of the number protocol, in CPython's NB_* order (Include/opcode.h). @public */
export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^';

function unsupported(tstate: ThreadState, op: string, a: number, b: number): number {
  const interp = tstate.interp;
  const shown = op === '**' ? '** or pow()' : op;
  return raise(tstate, 'TypeError', `unsupported operand type(s) for ${shown}: '${Py_TYPE_NAME(interp, a)}' and '${Py_TYPE_NAME(interp, b)}'`);
}

/** A double for the int or float `h`; NaN with OverflowError set when an int is too large. */
function asDouble(tstate: ThreadState, h: number): number {
  if (Py_TYPE(tstate.interp, h) === tstate.interp.types.float) return PyFloat_AS_DOUBLE(tstate.interp, h);
  const d = PyLong_AsDouble(tstate, h);
  return d === -1 && PyErr_Occurred(tstate) !== 0 ? Number.NaN : d;
}

function floatBinary(tstate: ThreadState, op: BinaryOperator, a: number, b: number): number {
  const x = asDouble(tstate, a);
  if (x !== x && PyErr_Occurred(tstate) !== 0) return 0;
  const y = asDouble(tstate, b);
  if (y !== y && PyErr_Occurred(tstate) !== 0) return 0;
  switch (op) {
    case '+':
      return PyFloat_FromDouble(tstate, x + y);
    case '-':
      return PyFloat_FromDouble(tstate, x - y);
    case '*':
      return PyFloat_FromDouble(tstate, x * y);
    case '/':
      return floatTrueDivide(tstate, x, y);
    case '//':
      return floatFloorDiv(tstate, x, y);
    case '%':
      return floatRemainder(tstate, x, y);
    case '**':
      return floatPower(tstate, x, y);
    default:
      return unsupported(tstate, op, a, b);
  }
}

function longBinary(tstate: ThreadState, op: BinaryOperator, a: number, b: number): number {
  switch (op) {
    case '+':
      return _PyLong_Add(tstate, a, b);
    case '-':
      return _PyLong_Subtract(tstate, a, b);
    case '*':
      return _PyLong_Multiply(tstate, a, b);
    case '/':
      return longTrueDivide(tstate, a, b);
    case '//':
      return longFloorDiv(tstate, a, b);
    case '%':
      return longRemainder(tstate, a, b);
    case '**':
      return longPower(tstate, a, b, 0);
    case '<<':
      return longLshift(tstate, a, b);
    case '>>':
      return longRshift(tstate, a, b);
    default: {
      const interp = tstate.interp;
      const bools = Py_TYPE(interp, a) === interp.types.bool && Py_TYPE(interp, b) === interp.types.bool;
      if (bools) {
        const x = a === interp.runtime.immortalTrue;
        const y = b === interp.runtime.immortalTrue;
        return PyBool_FromLong(interp, op === '&' ? x && y : op === '|' ? x || y : x !== y);
      }
      return op === '&' ? longAnd(tstate, a, b) : op === '|' ? longOr(tstate, a, b) : longXor(tstate, a, b);
    }
  }
}

/** seq * n for str, tuple, list (CPython's sq_repeat). */
function sequenceRepeat(tstate: ThreadState, seq: number, count: number): number {
  const interp = tstate.interp;
  const n = PyLong_AsBigInt(interp, count);
  const times = n <= 0n ? 0 : n > 0x7fffffffn ? 0x7fffffff : Number(n);
  const t = Py_TYPE(interp, seq);
  if (t === interp.types.str) return unicodeRepeat(tstate, seq, times);
  const len = t === interp.types.list ? listLength(interp, seq) : tupleLength(interp, seq);
  if (len * times > 0x3ffffff) return PyErr_NoMemory(tstate);
  if (t === interp.types.list) {
    const r = PyList_New(tstate, 0);
    if (r === 0) return 0;
    for (let k = 0; k < times; k++) {
      for (let i = 0; i < len; i++) {
        const x = listSubscript(tstate, seq, i);
        const rc = PyList_Append(tstate, r, x);
        Py_DECREF(interp, x);
        if (rc < 0) {
          Py_DECREF(interp, r);
          return 0;
        }
      }
    }
    return r;
  }
  if (times === 1 || len === 0) {
    if (len === 0) return interp.runtime.emptyTuple;
    Py_INCREF(interp, seq);
    return seq;
  }
  const r = PyTuple_New(tstate, len * times);
  if (r === 0) return 0;
  for (let k = 0; k < times; k++) {
    for (let i = 0; i < len; i++) {
      const x = PyTuple_GET_ITEM(interp, seq, i);
      Py_INCREF(interp, x);
      PyTuple_SET_ITEM(interp, r, k * len + i, x);
    }
  }
  return r;
}

function isSequenceForRepeat(tstate: ThreadState, h: number): boolean {
  const t = Py_TYPE(tstate.interp, h);
  const T = tstate.interp.types;
  return t === T.str || t === T.list || t === T.tuple;
}

/**
 * `a op b` for the number protocol's binary operators (CPython's PyNumber_Add, … —
 * binary_op1 with the int/float/bool and sequence rules). A new reference, or NULL with an
 * exception set.
 * @public
 */
export function PyNumber_BinaryOp(tstate: ThreadState, op: BinaryOperator, a: number, b: number): number {
  const interp = tstate.interp;
  const T = interp.types;
  const ta = Py_TYPE(interp, a);
  const tb = Py_TYPE(interp, b);
  const aInt = ta === T.int || ta === T.bool;
  const bInt = tb === T.int || tb === T.bool;
  if (aInt && bInt) return longBinary(tstate, op, a, b);
  if ((aInt || ta === T.float) && (bInt || tb === T.float)) {
    if (op === '<<' || op === '>>' || op === '&' || op === '|' || op === '^') return unsupported(tstate, op, a, b);
    return floatBinary(tstate, op, a, b);
  }
  if (op === '+') {
    if (ta === T.str) {
      if (tb === T.str) return PyUnicode_Concat(tstate, a, b);
      return raise(tstate, 'TypeError', `can only concatenate str (not "${Py_TYPE_NAME(interp, b)}") to str`);
    }
    if (ta === T.list) {
      if (tb === T.list) return listConcat(tstate, a, b);
      return raise(tstate, 'TypeError', `can only concatenate list (not "${Py_TYPE_NAME(interp, b)}") to list`);
    }
    if (ta === T.tuple) {
      if (tb === T.tuple) return tupleConcat(tstate, a, b);
      return raise(tstate, 'TypeError', `can only concatenate tuple (not "${Py_TYPE_NAME(interp, b)}") to tuple`);
    }
    if (ta === T.bytes) {
      if (tb === T.bytes) return bytesConcat(tstate, a, b);
      return raise(tstate, 'TypeError', `can't concat ${Py_TYPE_NAME(interp, b)} to bytes`);
    }
  }
  if (op === '*') {
    if (isSequenceForRepeat(tstate, a)) {
      if (bInt) return sequenceRepeat(tstate, a, b);
      return raise(tstate, 'TypeError', `can't multiply sequence by non-int of type '${Py_TYPE_NAME(interp, b)}'`);
    }
    if (isSequenceForRepeat(tstate, b)) {
      if (aInt) return sequenceRepeat(tstate, b, a);
      return raise(tstate, 'TypeError', `can't multiply sequence by non-int of type '${Py_TYPE_NAME(interp, a)}'`);
    }
  }
  return unsupported(tstate, op, a, b);
}

/** pow(a, b, c) with a modulus (CPython's PyNumber_Power with a non-None third argument). @public */
export function PyNumber_Power(tstate: ThreadState, a: number, b: number, c: number): number {
  const interp = tstate.interp;
  if (c === 0 || c === interp.runtime.immortalNone) return PyNumber_BinaryOp(tstate, '**', a, b);
  if (PyLong_Check(interp, a) && PyLong_Check(interp, b) && PyLong_Check(interp, c)) return longPower(tstate, a, b, c);
  return raise(tstate, 'TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
}

/** divmod(a, b) (CPython's PyNumber_Divmod): a 2-tuple. @public */
export function PyNumber_Divmod(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const T = interp.types;
  const ta = Py_TYPE(interp, a);
  const tb = Py_TYPE(interp, b);
  const aInt = ta === T.int || ta === T.bool;
  const bInt = tb === T.int || tb === T.bool;
  if (aInt && bInt) {
    const q = longFloorDiv(tstate, a, b);
    if (q === 0) return 0;
    const r = longRemainder(tstate, a, b);
    const t = r === 0 ? 0 : PyTuple_Pack(tstate, [q, r]);
    Py_DECREF(interp, q);
    Py_DECREF(interp, r);
    return t;
  }
  if ((aInt || ta === T.float) && (bInt || tb === T.float)) {
    const x = asDouble(tstate, a);
    const y = asDouble(tstate, b);
    if (PyErr_Occurred(tstate) !== 0) return 0;
    const qr = floatDivmodValues(tstate, x, y);
    if (qr === undefined) return 0;
    const q = PyFloat_FromDouble(tstate, qr[0]);
    if (q === 0) return 0;
    const r = PyFloat_FromDouble(tstate, qr[1]);
    const t = r === 0 ? 0 : PyTuple_Pack(tstate, [q, r]);
    Py_DECREF(interp, q);
    Py_DECREF(interp, r);
    return t;
  }
  return raise(tstate, 'TypeError', `unsupported operand type(s) for divmod(): '${Py_TYPE_NAME(interp, a)}' and '${Py_TYPE_NAME(interp, b)}'`);
}

/** Unary operators of the number protocol. @public */
export type UnaryOperator = '-' | '+' | '~' | 'abs';

/** `op a` (CPython's PyNumber_Negative, _Positive, _Invert, _Absolute). @public */
export function PyNumber_UnaryOp(tstate: ThreadState, op: UnaryOperator, a: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, a);
  if (t === interp.types.int || t === interp.types.bool) {
    if (op === '-') return longNegative(tstate, a);
    if (op === '~') return longInvert(tstate, a);
    if (op === 'abs') return longAbsolute(tstate, a);
    if (t === interp.types.bool) return PyLong_FromBoolValue(tstate, a);
    Py_INCREF(interp, a);
    return a;
  }
  if (t === interp.types.float) {
    const x = PyFloat_AS_DOUBLE(interp, a);
    if (op === '-') return PyFloat_FromDouble(tstate, -x);
    if (op === 'abs') return PyFloat_FromDouble(tstate, Math.abs(x));
    if (op === '+') return PyFloat_FromDouble(tstate, x);
  }
  const name = op === '-' ? 'unary -' : op === '+' ? 'unary +' : op === '~' ? 'unary ~' : 'abs()';
  return raise(tstate, 'TypeError', `bad operand type for ${name}: '${Py_TYPE_NAME(interp, a)}'`);
}

function PyLong_FromBoolValue(tstate: ThreadState, a: number): number {
  return tstate.interp.runtime.smallIntUnchecked(longToNumber(tstate.interp, a));
}

/** len(o) (CPython's PyObject_Size): -1 with TypeError for an object without a length. @public */
export function PyObject_Size(tstate: ThreadState, o: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, o);
  const T = interp.types;
  if (t === T.str) return unicodeLength(interp, o);
  if (t === T.list) return listLength(interp, o);
  if (t === T.tuple) return tupleLength(interp, o);
  if (t === T.dict) return dictLength(interp, o);
  if (t === T.bytes) return bytesLength(interp, o);
  raise(tstate, 'TypeError', `object of type '${Py_TYPE_NAME(interp, o)}' has no len()`);
  return -1;
}

/** o[key] (CPython's PyObject_GetItem) for sequences with an int key and for dicts. @public */
export function PyObject_GetItem(tstate: ThreadState, o: number, key: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, o);
  const T = interp.types;
  if (t === T.dict) return dictSubscript(tstate, o, key);
  const isSeq = t === T.list || t === T.tuple || t === T.str || t === T.bytes;
  if (isSeq) {
    if (!PyLong_Check(interp, key)) {
      const what = t === T.str ? 'string' : Py_TYPE_NAME(interp, o);
      return raise(tstate, 'TypeError', `${what} indices must be integers or slices, not ${Py_TYPE_NAME(interp, key)}`);
    }
    const big = PyLong_AsBigInt(interp, key);
    if (big > 0x7fffffffn || big < -0x80000000n) {
      return raise(tstate, 'IndexError', `cannot fit 'int' into an index-sized integer`);
    }
    const i = Number(big);
    if (t === T.list) return listSubscript(tstate, o, i);
    if (t === T.tuple) return tupleGetItem(tstate, o, i);
    if (t === T.str) return unicodeGetItem(tstate, o, i);
    return bytesGetItem(tstate, o, i);
  }
  return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, o)}' object is not subscriptable`);
}

/**
 * o[start:stop:step] for str, tuple and list (`null` for an omitted part; CPython's
 * PyObject_GetItem with a slice object). ValueError "slice step cannot be zero".
 * @public
 */
export function _PyObject_GetSlice(tstate: ThreadState, o: number, start: number | null, stop: number | null, step: number | null): number {
  const interp = tstate.interp;
  if (step === 0) return raise(tstate, 'ValueError', 'slice step cannot be zero');
  const [a, b, s] = PySlice_Unpack(start, stop, step);
  const t = Py_TYPE(interp, o);
  const T = interp.types;
  if (t === T.str) {
    const adj = PySlice_AdjustIndices(unicodeLength(interp, o), a, b, s);
    return unicodeSlice(tstate, o, adj.start, s, adj.sliceLength);
  }
  if (t === T.tuple) {
    const adj = PySlice_AdjustIndices(tupleLength(interp, o), a, b, s);
    return tupleSlice(tstate, o, adj.start, s, adj.sliceLength);
  }
  if (t === T.list) {
    const adj = PySlice_AdjustIndices(listLength(interp, o), a, b, s);
    return listSlice(tstate, o, adj.start, s, adj.sliceLength);
  }
  return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, o)}' object is not subscriptable`);
}
