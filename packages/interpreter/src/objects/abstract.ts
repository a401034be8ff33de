// The abstract object protocols (CPython's Objects/abstract.c): the number protocol's binary
// and unary operations with their mixed-type rules (int op float → float, bool op bool → int
// except for & | ^, sequence + and *), subscription and len — what the eval loop's BINARY_OP,
// UNARY_* and BINARY_SUBSCR call.

import { PyBytes_Format, PyUnicode_Format } from './format.js';
import type { ThreadState } from '../thread-state.js';
import { PyBytes_AsUint8Array, PyBytes_FromBytes, bytesConcat, bytesGetItem, bytesLength } from './bytesobject.js';
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
import { PyList_Append, PyList_New, listAssSlice, listConcat, listLength, listSlice, listSubscript } from './listobject.js';
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
import { PyLong_Check, PyObject_IsTrue, PyObject_RichCompareBool, Py_DECREF, Py_EQ, Py_INCREF, Py_TYPE, Py_TYPE_NAME } from './object.js';
import { PyErr_Clear, PyErr_ExceptionMatches, PyType_IsSubtype } from './exceptions.js';
import { callHeapSlot, heapSlotLookup } from './typeslots.js';
import { PyType_SolidBase } from './typeobject.js';
import { PyIter_Next, PyObject_GetIter } from './iterobject.js';
import { PyDict_DelItem, PyDict_GetItemWithError, PyDict_SetItem } from './dictobject.js';
import { PyList_GET_ITEM, PyList_SetItem, listPop } from './listobject.js';
import { PyAnySet_Check, PySet_Contains, setLength } from './setobject.js';
import { PyRange_Check, rangeContains, rangeLength } from './rangeobject.js';
import { PyUnicode_AsString } from './unicodeobject.js';
import { PySlice_AdjustIndices, PySlice_Check, PySlice_Unpack, sliceBounds } from './sliceobject.js';
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
  let ta = Py_TYPE(interp, a);
  let tb = Py_TYPE(interp, b);
  if (ta > 0 || tb > 0) {
    const r = heapBinaryOp(tstate, op, a, b, ta, tb);
    if (r !== 0 || PyErr_Occurred(tstate) !== 0) return r;
    // Neither side's dunder answered: the solid static bases' native behaviour (int + X(int)).
    ta = PyType_SolidBase(interp, ta);
    tb = PyType_SolidBase(interp, tb);
  }
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
  if (op === '%' && ta === T.str) return PyUnicode_Format(tstate, a, b);
  if (op === '%' && ta === T.bytes) return PyBytes_Format(tstate, a, b);
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

/** The dunders of each binary operator: [method, reflected method, in-place method]. */
const BINARY_DUNDERS: Readonly<Record<string, readonly [string, string, string]>> = Object.freeze({
  '+': Object.freeze(['__add__', '__radd__', '__iadd__'] as const),
  '-': Object.freeze(['__sub__', '__rsub__', '__isub__'] as const),
  '*': Object.freeze(['__mul__', '__rmul__', '__imul__'] as const),
  '/': Object.freeze(['__truediv__', '__rtruediv__', '__itruediv__'] as const),
  '//': Object.freeze(['__floordiv__', '__rfloordiv__', '__ifloordiv__'] as const),
  '%': Object.freeze(['__mod__', '__rmod__', '__imod__'] as const),
  '**': Object.freeze(['__pow__', '__rpow__', '__ipow__'] as const),
  '<<': Object.freeze(['__lshift__', '__rlshift__', '__ilshift__'] as const),
  '>>': Object.freeze(['__rshift__', '__rrshift__', '__irshift__'] as const),
  '&': Object.freeze(['__and__', '__rand__', '__iand__'] as const),
  '|': Object.freeze(['__or__', '__ror__', '__ior__'] as const),
  '^': Object.freeze(['__xor__', '__rxor__', '__ixor__'] as const),
  '@': Object.freeze(['__matmul__', '__rmatmul__', '__imatmul__'] as const),
});

/** Calls `fn` as obj's method with one argument; NotImplemented becomes 0 with no error. */
function callBinarySlot(tstate: ThreadState, obj: number, fn: number, other: number): number {
  const r = callHeapSlot(tstate, obj, fn, 1, other, 0);
  if (r === tstate.interp.runtime.immortalNotImplemented) return 0;
  return r;
}

/**
 * `a op b` through heap types' dunders (CPython's binary_op1 with slot_nb_*): b's reflected
 * method first when type(b) is a proper subclass of type(a) that defines it. 0 with no error
 * set when neither side answers (no dunder, or NotImplemented).
 */
function heapBinaryOp(tstate: ThreadState, op: string, a: number, b: number, ta: number, tb: number): number {
  const interp = tstate.interp;
  const names = BINARY_DUNDERS[op];
  if (names === undefined) return 0;
  const fa = ta > 0 ? heapSlotLookup(tstate, ta, names[0]) : 0;
  if (fa === 0 && PyErr_Occurred(tstate) !== 0) return 0;
  let fb = tb > 0 && tb !== ta ? heapSlotLookup(tstate, tb, names[1]) : 0;
  if (fb === 0 && PyErr_Occurred(tstate) !== 0) return 0;
  if (fb !== 0 && PyType_IsSubtype(interp, tb, ta)) {
    Py_INCREF(interp, fb);
    const r = callBinarySlot(tstate, b, fb, a);
    Py_DECREF(interp, fb);
    if (r !== 0 || PyErr_Occurred(tstate) !== 0) return r;
    fb = 0;
  }
  if (fa !== 0) {
    Py_INCREF(interp, fa);
    const r = callBinarySlot(tstate, a, fa, b);
    Py_DECREF(interp, fa);
    if (r !== 0 || PyErr_Occurred(tstate) !== 0) return r;
  }
  if (fb !== 0) {
    Py_INCREF(interp, fb);
    const r = callBinarySlot(tstate, b, fb, a);
    Py_DECREF(interp, fb);
    return r;
  }
  return 0;
}

/**
 * `a op= b` (CPython's PyNumber_InPlaceAdd, …): a heap type's `__iadd__` (etc.) first, then
 * the binary operation. A new reference, or NULL with an exception set.
 * @public
 */
export function PyNumber_InPlaceOp(tstate: ThreadState, op: BinaryOperator, a: number, b: number): number {
  const interp = tstate.interp;
  const ta = Py_TYPE(interp, a);
  if (ta > 0) {
    const names = BINARY_DUNDERS[op];
    const f = names === undefined ? 0 : heapSlotLookup(tstate, ta, names[2]);
    if (f !== 0) {
      Py_INCREF(interp, f);
      const r = callBinarySlot(tstate, a, f, b);
      Py_DECREF(interp, f);
      if (r !== 0 || PyErr_Occurred(tstate) !== 0) return r;
    } else if (PyErr_Occurred(tstate) !== 0) {
      return 0;
    }
  }
  if (op === '+' && PyType_SolidBase(interp, ta) === interp.types.list) return listInplaceConcat(tstate, a, b);
  return PyNumber_BinaryOp(tstate, op, a, b);
}

/** `lst += iterable` (CPython's list_inplace_concat: list.extend, then lst itself). */
function listInplaceConcat(tstate: ThreadState, lst: number, other: number): number {
  const interp = tstate.interp;
  if (other === lst) {
    // `l += l`: the items as they are now (iterating would see its own appends)
    const n = listLength(interp, lst);
    for (let i = 0; i < n; i++) if (PyList_Append(tstate, lst, PyList_GET_ITEM(interp, lst, i)) < 0) return 0;
    Py_INCREF(interp, lst);
    return lst;
  }
  const it = PyObject_GetIter(tstate, other);
  if (it === 0) return 0;
  for (;;) {
    const x = PyIter_Next(tstate, it);
    if (x === 0) break;
    const r = PyList_Append(tstate, lst, x);
    Py_DECREF(interp, x);
    if (r < 0) {
      Py_DECREF(interp, it);
      return 0;
    }
  }
  Py_DECREF(interp, it);
  if (PyErr_Occurred(tstate) !== 0) return 0;
  Py_INCREF(interp, lst);
  return lst;
}

/** The dunder of each unary operator. */
const UNARY_DUNDERS: Readonly<Record<string, string>> = Object.freeze({ '-': '__neg__', '+': '__pos__', '~': '__invert__', abs: '__abs__' });

/** Calls obj's heap dunder `name` with no arguments; 0 with no error set if it has none. */
function callHeapDunder0(tstate: ThreadState, obj: number, name: string): number {
  const interp = tstate.interp;
  const f = heapSlotLookup(tstate, Py_TYPE(interp, obj), name);
  if (f === 0) return 0;
  Py_INCREF(interp, f);
  const r = callHeapSlot(tstate, obj, f, 0, 0, 0);
  Py_DECREF(interp, f);
  return r;
}

/** Unary operators of the number protocol. @public */
export type UnaryOperator = '-' | '+' | '~' | 'abs';

/** `op a` (CPython's PyNumber_Negative, _Positive, _Invert, _Absolute). @public */
export function PyNumber_UnaryOp(tstate: ThreadState, op: UnaryOperator, a: number): number {
  const interp = tstate.interp;
  let t = Py_TYPE(interp, a);
  if (t > 0) {
    const r = callHeapDunder0(tstate, a, UNARY_DUNDERS[op]);
    if (r !== 0 || PyErr_Occurred(tstate) !== 0) return r;
    t = PyType_SolidBase(interp, t);
  }
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
  let t = Py_TYPE(interp, o);
  if (t > 0) {
    const r = callHeapDunder0(tstate, o, '__len__');
    if (r !== 0) return lenResult(tstate, r);
    if (PyErr_Occurred(tstate) !== 0) return -1;
    t = PyType_SolidBase(interp, t);
  }
  const T = interp.types;
  if (t === T.str) return unicodeLength(interp, o);
  if (t === T.list) return listLength(interp, o);
  if (t === T.tuple) return tupleLength(interp, o);
  if (t === T.dict) return dictLength(interp, o);
  if (t === T.bytes) return bytesLength(interp, o);
  if (PyAnySet_Check(interp, o)) return setLength(interp, o);
  if (PyRange_Check(interp, o)) return rangeLength(tstate, o);
  raise(tstate, 'TypeError', `object of type '${Py_TYPE_NAME(interp, o)}' has no len()`);
  return -1;
}

/** The value of a `__len__` result (CPython's slot_sq_length): -1 with an error set if it is not a non-negative int; consumes `r`. */
function lenResult(tstate: ThreadState, r: number): number {
  const interp = tstate.interp;
  if (!PyLong_Check(interp, r)) {
    raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, r)}' object cannot be interpreted as an integer`);
    Py_DECREF(interp, r);
    return -1;
  }
  const n = PyLong_AsBigInt(interp, r);
  Py_DECREF(interp, r);
  if (n < 0n) {
    raise(tstate, 'ValueError', '__len__() should return >= 0');
    return -1;
  }
  if (n > 0x7fffffffn) {
    raise(tstate, 'OverflowError', `cannot fit 'int' into an index-sized integer`);
    return -1;
  }
  return Number(n);
}

/** Calls obj's heap dunder `name` with `n` arguments; 0 with no error set if it has none. */
function callHeapDunder(tstate: ThreadState, obj: number, name: string, n: number, a: number, b: number): number {
  const interp = tstate.interp;
  const f = heapSlotLookup(tstate, Py_TYPE(interp, obj), name);
  if (f === 0) return 0;
  Py_INCREF(interp, f);
  const r = callHeapSlot(tstate, obj, f, n, a, b);
  Py_DECREF(interp, f);
  return r;
}

/** o[key] (CPython's PyObject_GetItem) for sequences with an int key and for dicts. @public */
export function PyObject_GetItem(tstate: ThreadState, o: number, key: number): number {
  const interp = tstate.interp;
  let t = Py_TYPE(interp, o);
  if (t > 0) {
    const r = callHeapDunder(tstate, o, '__getitem__', 1, key, 0);
    if (r !== 0 || PyErr_Occurred(tstate) !== 0) return r;
    t = PyType_SolidBase(interp, t);
  }
  const T = interp.types;
  if (t === T.dict) return dictSubscript(tstate, o, key);
  const isSeq = t === T.list || t === T.tuple || t === T.str || t === T.bytes;
  if (isSeq) {
    if (PySlice_Check(interp, key)) {
      const b = sliceBounds(tstate, key);
      if (b === undefined) return 0;
      return _PyObject_GetSlice(tstate, o, b[0], b[1], b[2]);
    }
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
  if (t === T.bytes) {
    const data = PyBytes_AsUint8Array(interp, o);
    const adj = PySlice_AdjustIndices(data.length, a, b, s);
    const out = new Uint8Array(adj.sliceLength);
    for (let k = 0, i = adj.start; k < adj.sliceLength; k++, i += s) out[k] = data[i];
    return PyBytes_FromBytes(tstate, out);
  }
  return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, o)}' object is not subscriptable`);
}

/** A list index from an int key, normalised; undefined with IndexError set when out of range. */
function listIndex(tstate: ThreadState, list: number, key: number): number | undefined {
  const n = listLength(tstate.interp, list);
  let k = PyLong_AsBigInt(tstate.interp, key);
  if (k < 0n) k += BigInt(n);
  if (k < 0n || k >= BigInt(n)) {
    raise(tstate, 'IndexError', 'list assignment index out of range');
    return undefined;
  }
  return Number(k);
}

/**
 * `o[key] = v` (CPython's PyObject_SetItem): a heap type's `__setitem__`, dicts, lists with an
 * int key. 0, or -1 with an exception set.
 * @public
 */
export function PyObject_SetItem(tstate: ThreadState, o: number, key: number, v: number): number {
  const interp = tstate.interp;
  let t = Py_TYPE(interp, o);
  if (t > 0) {
    const r = callHeapDunder(tstate, o, '__setitem__', 2, key, v);
    if (r !== 0) {
      Py_DECREF(interp, r);
      return 0;
    }
    if (PyErr_Occurred(tstate) !== 0) return -1;
    t = PyType_SolidBase(interp, t);
  }
  if (t === interp.types.dict) return PyDict_SetItem(tstate, o, key, v);
  if (t === interp.types.list) {
    if (PySlice_Check(interp, key)) return listAssSlice(tstate, o, key, v);
    if (!PyLong_Check(interp, key)) {
      raise(tstate, 'TypeError', `list indices must be integers or slices, not ${Py_TYPE_NAME(interp, key)}`);
      return -1;
    }
    const k = listIndex(tstate, o, key);
    if (k === undefined) return -1;
    Py_INCREF(interp, v);
    return PyList_SetItem(tstate, o, k, v);
  }
  raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, o)}' object does not support item assignment`);
  return -1;
}

/**
 * `del o[key]` (CPython's PyObject_DelItem): a heap type's `__delitem__`, dicts, lists with an
 * int key. 0, or -1 with an exception set.
 * @public
 */
export function PyObject_DelItem(tstate: ThreadState, o: number, key: number): number {
  const interp = tstate.interp;
  let t = Py_TYPE(interp, o);
  if (t > 0) {
    const r = callHeapDunder(tstate, o, '__delitem__', 1, key, 0);
    if (r !== 0) {
      Py_DECREF(interp, r);
      return 0;
    }
    if (PyErr_Occurred(tstate) !== 0) return -1;
    t = PyType_SolidBase(interp, t);
  }
  if (t === interp.types.dict) return PyDict_DelItem(tstate, o, key);
  if (t === interp.types.list) {
    if (PySlice_Check(interp, key)) return listAssSlice(tstate, o, key, 0);
    if (!PyLong_Check(interp, key)) {
      raise(tstate, 'TypeError', `list indices must be integers or slices, not ${Py_TYPE_NAME(interp, key)}`);
      return -1;
    }
    const k = listIndex(tstate, o, key);
    if (k === undefined) return -1;
    const x = listPop(tstate, o, k);
    if (x === 0) return -1;
    Py_DECREF(interp, x);
    return 0;
  }
  raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, o)}' object doesn't support item deletion`);
  return -1;
}

/**
 * `item in container` as 1/0, -1 with an exception set (CPython's PySequence_Contains): a heap
 * type's `__contains__`, the builtin containers directly, anything else by iterating.
 * @public
 */
export function PySequence_Contains(tstate: ThreadState, container: number, item: number): number {
  const interp = tstate.interp;
  const T = interp.types;
  let t = Py_TYPE(interp, container);
  if (t > 0) {
    const r = callHeapDunder(tstate, container, '__contains__', 1, item, 0);
    if (r !== 0) {
      const truth = PyObject_IsTrue(tstate, r);
      Py_DECREF(interp, r);
      return truth;
    }
    if (PyErr_Occurred(tstate) !== 0) return -1;
    t = PyType_SolidBase(interp, t);
  }
  if (t === T.dict) {
    const v = PyDict_GetItemWithError(tstate, container, item);
    if (v !== 0) return 1;
    return PyErr_Occurred(tstate) !== 0 ? -1 : 0;
  }
  if (PyAnySet_Check(interp, container)) return PySet_Contains(tstate, container, item);
  if (t === T.str) {
    if (Py_TYPE(interp, item) !== T.str) {
      raise(tstate, 'TypeError', `'in <string>' requires string as left operand, not ${Py_TYPE_NAME(interp, item)}`);
      return -1;
    }
    return PyUnicode_AsString(interp, container).includes(PyUnicode_AsString(interp, item)) ? 1 : 0;
  }
  if (PyRange_Check(interp, container)) return rangeContains(tstate, container, item);
  if (t === T.list || t === T.tuple) {
    for (let k = 0; ; k++) {
      const n = t === T.list ? listLength(interp, container) : tupleLength(interp, container);
      if (k >= n) return 0;
      const x = t === T.list ? PyList_GET_ITEM(interp, container, k) : PyTuple_GET_ITEM(interp, container, k);
      Py_INCREF(interp, x);
      const c = PyObject_RichCompareBool(tstate, x, item, Py_EQ);
      Py_DECREF(interp, x);
      if (c !== 0) return c;
    }
  }
  const it = PyObject_GetIter(tstate, container);
  if (it === 0) {
    if (PyErr_ExceptionMatches(tstate, interp.runtime.staticType('TypeError'))) {
      PyErr_Clear(tstate);
      raise(tstate, 'TypeError', `argument of type '${Py_TYPE_NAME(interp, container)}' is not iterable`);
    }
    return -1;
  }
  for (;;) {
    const x = PyIter_Next(tstate, it);
    if (x === 0) break;
    const c = PyObject_RichCompareBool(tstate, x, item, Py_EQ);
    Py_DECREF(interp, x);
    if (c !== 0) {
      Py_DECREF(interp, it);
      return c;
    }
  }
  Py_DECREF(interp, it);
  return PyErr_Occurred(tstate) !== 0 ? -1 : 0;
}
