// Iteration (CPython's PyObject_GetIter / PyIter_Next in Objects/abstract.c, and the
// iterators of Objects/iterobject.c, listobject.c, tupleobject.c, unicodeobject.c,
// bytesobject.c, rangeobject.c, setobject.c, dictobject.c, enumobject.c and the zip, map and
// filter types of Python/bltinmodule.c). See iterobject.layout.ts for the bytes.
//
// HOT PATH: the eval loop's FOR_ITER calls PyIter_Next (or, after its own type check,
// listIterNext / rangeIterNext) once per loop turn. Those paths allocate nothing but the item
// they yield, create no JS objects, and read the views once. enumerate, zip and dict items
// reuse their result tuple while nobody else holds it, as CPython does.
//
// tp_iter / tp_iternext of the static types are frozen tables by static index (code, not
// state); a heap type's are its `__iter__` / `__next__` found on its MRO.

import { OB_SIZE, OB_TYPE, Py_TPFLAGS_HAVE_GC, STATIC_TYPES, TP_STATIC_INDEX } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PyObject_GetItem, PyObject_Size } from './abstract.js';
import { bytesGetItem, bytesLength } from './bytesobject.js';
import { PyDict_GetItemWithError, PyDict_Next, dictEntryKey, dictEntryValue, dictLength } from './dictobject.js';
import { PyErr_Clear, PyErr_ExceptionMatches, PyErr_Occurred, PyErr_SetObject, PyType_IsSubtype, raise } from './exceptions.js';
import {
  PY_CALL_ITER_OBJECT,
  PY_DICT_ITER_OBJECT,
  PY_ENUM_OBJECT,
  PY_FILTER_OBJECT,
  PY_LONGRANGE_ITER_OBJECT,
  PY_MAP_OBJECT,
  PY_RANGE_ITER_OBJECT,
  PY_SEQ_ITER_OBJECT,
  PY_SET_ITER_OBJECT,
  PY_ZIP_OBJECT,
  RANGEITER_LEN,
  RANGEITER_START,
  RANGEITER_STEP,
  SEQITER_INDEX,
  SEQITER_SEQ,
} from './iterobject.layout.js';
import { LIST_OB_ITEM } from './listobject.layout.js';
import { PyList_GET_ITEM, listLength } from './listobject.js';
import { PyLong_AsBigInt, PyLong_FromBigInt, PyLong_FromLong } from './longobject.js';
import type { PyMethodDef } from './methoddef.js';
import { METH_NOARGS } from './methoddef.js';
import {
  PyLong_Check,
  PyObject_Free,
  PyObject_GC_Del,
  PyObject_IsTrue,
  PyObject_RichCompareBool,
  Py_DECREF,
  Py_EQ,
  Py_INCREF,
  Py_REFCNT,
  Py_TYPE,
  Py_TYPE_NAME,
  _PyObject_GC_New,
  _PyObject_New,
  staticIndexOf,
  typeFlags,
} from './object.js';
import { rangeValues } from './rangeobject.js';
import { setEntryKey, setLength, setNext } from './setobject.js';
import { PyTuple_GET_ITEM, PyTuple_New, PyTuple_SET_ITEM, tupleGetItem, tupleLength } from './tupleobject.js';
import { PyUnicode_AsString, PyUnicode_InternFromString, unicodeGetItem, unicodeLength, unicodeReadChar } from './unicodeobject.js';
import { PyObject_Call, PyObject_CallNoArgs, PyObject_CallOneArg } from './call.js';
import { PyType_GetMro, _PyType_GetDict, _PyType_LookupString } from './typeobject.js';

const SI = PY_SET_ITER_OBJECT.offsetBytes;
const DI = PY_DICT_ITER_OBJECT.offsetBytes;
const CI = PY_CALL_ITER_OBJECT.offsetBytes;
const EN = PY_ENUM_OBJECT.offsetBytes;
const ZI = PY_ZIP_OBJECT.offsetBytes;
const MA = PY_MAP_OBJECT.offsetBytes;
const FI = PY_FILTER_OBJECT.offsetBytes;
const LR = PY_LONGRANGE_ITER_OBJECT.offsetBytes;

/** Which view of a dict an iterator walks (CPython's dict_keyiterator / valueiterator / itemiterator). @public */
export type DictIterKind = 'keys' | 'values' | 'items';

type IterFunc = (tstate: ThreadState, o: number) => number;
type Destructor = (interp: InterpreterState, h: number) => void;

// ---- allocation -----------------------------------------------------------------------------

/** A new iterator of the static type `typeName`, GC-tracked when CPython's is; fields zeroed. */
function iterAlloc(tstate: ThreadState, type: number, sizeBytes: number): number {
  const interp = tstate.interp;
  const gc = (typeFlags(interp, type) & Py_TPFLAGS_HAVE_GC) !== 0;
  const h = gc ? _PyObject_GC_New(tstate, type, sizeBytes) : _PyObject_New(tstate, type, sizeBytes);
  if (h === 0) return 0;
  interp.views.i32.fill(0, (h + 8) >> 2, (h + sizeBytes) >> 2);
  return h;
}

/** Frees an iterator's block the way iterAlloc made it. */
function iterFree(interp: InterpreterState, h: number): void {
  const type = interp.views.i32[(h + OB_TYPE) >> 2];
  if ((typeFlags(interp, type) & Py_TPFLAGS_HAVE_GC) !== 0) PyObject_GC_Del(interp, h);
  else PyObject_Free(interp, h);
}

/** A sequence iterator (seqiterobject) of `type` over `seq` (a new reference is taken) starting at `index`. */
function seqIterNew(tstate: ThreadState, type: number, seq: number, index: number): number {
  const it = iterAlloc(tstate, type, PY_SEQ_ITER_OBJECT.sizeBytes);
  if (it === 0) return 0;
  const interp = tstate.interp;
  Py_INCREF(interp, seq);
  const i32 = interp.views.i32;
  i32[(it + SEQITER_INDEX) >> 2] = index;
  i32[(it + SEQITER_SEQ) >> 2] = seq;
  return it;
}

// ---- list, tuple, str, bytes ----------------------------------------------------------------

/** iter(list) (CPython's list_iter). @public */
export function listIterNew(tstate: ThreadState, list: number): number {
  return seqIterNew(tstate, tstate.interp.types.list_iterator, list, 0);
}

/** reversed(list) / list.__reversed__ (CPython's list___reversed___impl). @public */
export function listReverseIterNew(tstate: ThreadState, list: number): number {
  const rt = tstate.interp.runtime;
  return seqIterNew(tstate, rt.staticType('list_reverseiterator'), list, listLength(tstate.interp, list) - 1);
}

/**
 * The next item of a list_iterator (a new reference), or 0 when exhausted — never an error.
 * Unchecked: `it` must be a list_iterator (FOR_ITER tests `Py_TYPE(it) === interp.types.list_iterator`).
 * @public
 */
export function listIterNext(interp: InterpreterState, it: number): number {
  const i32 = interp.views.i32;
  const seq = i32[(it + SEQITER_SEQ) >> 2];
  if (seq === 0) return 0;
  const index = i32[(it + SEQITER_INDEX) >> 2];
  if (index < i32[(seq + OB_SIZE) >> 2]) {
    const item = i32[(i32[(seq + LIST_OB_ITEM) >> 2] >> 2) + index];
    i32[(it + SEQITER_INDEX) >> 2] = index + 1;
    if (item > 0) i32[item >> 2]++;
    return item;
  }
  i32[(it + SEQITER_SEQ) >> 2] = 0;
  Py_DECREF(interp, seq);
  return 0;
}

function listIterNextSlot(tstate: ThreadState, it: number): number {
  return listIterNext(tstate.interp, it);
}

function listReverseIterNext(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const seq = i32[(it + SEQITER_SEQ) >> 2];
  if (seq === 0) return 0;
  const index = i32[(it + SEQITER_INDEX) >> 2];
  if (index >= 0 && index < listLength(interp, seq)) {
    const item = PyList_GET_ITEM(interp, seq, index);
    i32[(it + SEQITER_INDEX) >> 2] = index - 1;
    Py_INCREF(interp, item);
    return item;
  }
  i32[(it + SEQITER_INDEX) >> 2] = -1;
  i32[(it + SEQITER_SEQ) >> 2] = 0;
  Py_DECREF(interp, seq);
  return 0;
}

/** iter(tuple) (CPython's tuple_iter). @public */
export function tupleIterNew(tstate: ThreadState, tuple: number): number {
  return seqIterNew(tstate, tstate.interp.types.tuple_iterator, tuple, 0);
}

function tupleIterNext(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const seq = i32[(it + SEQITER_SEQ) >> 2];
  if (seq === 0) return 0;
  const index = i32[(it + SEQITER_INDEX) >> 2];
  if (index < tupleLength(interp, seq)) {
    const item = PyTuple_GET_ITEM(interp, seq, index);
    i32[(it + SEQITER_INDEX) >> 2] = index + 1;
    Py_INCREF(interp, item);
    return item;
  }
  i32[(it + SEQITER_SEQ) >> 2] = 0;
  Py_DECREF(interp, seq);
  return 0;
}

/**
 * iter(str) (CPython's unicode_iter).
 * NON-CPYTHON: a str with non-ASCII characters also gets a str_ascii_iterator, because the
 * static types table has no `str_iterator` yet (CPython 3.11 uses it for those strs).
 * @public
 */
export function unicodeIterNew(tstate: ThreadState, s: number): number {
  return seqIterNew(tstate, tstate.interp.runtime.staticType('str_ascii_iterator'), s, 0);
}

function unicodeIterNext(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const seq = i32[(it + SEQITER_SEQ) >> 2];
  if (seq === 0) return 0;
  const index = i32[(it + SEQITER_INDEX) >> 2];
  if (index < unicodeLength(interp, seq)) {
    i32[(it + SEQITER_INDEX) >> 2] = index + 1;
    const cp = unicodeReadChar(interp, seq, index);
    return cp < 256 ? interp.runtime.latin1Char(cp) : unicodeGetItem(tstate, seq, index);
  }
  i32[(it + SEQITER_SEQ) >> 2] = 0;
  Py_DECREF(interp, seq);
  return 0;
}

/** iter(bytes) (CPython's bytes_iter). @public */
export function bytesIterNew(tstate: ThreadState, b: number): number {
  return seqIterNew(tstate, tstate.interp.runtime.staticType('bytes_iterator'), b, 0);
}

function bytesIterNext(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const seq = i32[(it + SEQITER_SEQ) >> 2];
  if (seq === 0) return 0;
  const index = i32[(it + SEQITER_INDEX) >> 2];
  if (index < bytesLength(interp, seq)) {
    i32[(it + SEQITER_INDEX) >> 2] = index + 1;
    return bytesGetItem(tstate, seq, index);
  }
  i32[(it + SEQITER_SEQ) >> 2] = 0;
  Py_DECREF(interp, seq);
  return 0;
}

/** len(seq) - index for the forward sequence iterators (CPython's listiter_len and kin). */
function seqIterLength(tstate: ThreadState, it: number, seqLength: (interp: InterpreterState, seq: number) => number): number {
  const interp = tstate.interp;
  const seq = interp.views.i32[(it + SEQITER_SEQ) >> 2];
  if (seq === 0) return 0;
  const n = seqLength(interp, seq) - interp.views.i32[(it + SEQITER_INDEX) >> 2];
  return n >= 0 ? n : 0;
}

function seqIterDealloc(interp: InterpreterState, it: number): void {
  const seq = interp.views.i32[(it + SEQITER_SEQ) >> 2];
  iterFree(interp, it);
  Py_DECREF(interp, seq);
}

// ---- range ----------------------------------------------------------------------------------

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function isSafe(x: bigint): boolean {
  return x <= MAX_SAFE && x >= -MAX_SAFE;
}

/** A range iterator yielding `length` values from `start` by `step` (bigints). */
function rangeIterFromValues(tstate: ThreadState, start: bigint, step: bigint, length: bigint): number {
  const interp = tstate.interp;
  const rt = interp.runtime;
  const last = length > 0n ? start + (length - 1n) * step : start;
  if (isSafe(start) && isSafe(last) && isSafe(length)) {
    const it = iterAlloc(tstate, interp.types.range_iterator, PY_RANGE_ITER_OBJECT.sizeBytes);
    if (it === 0) return 0;
    const f64 = interp.views.f64;
    f64[(it + RANGEITER_START) >> 3] = Number(start);
    // A step that is not a safe integer only matters after the last value: its rounding is never seen.
    f64[(it + RANGEITER_STEP) >> 3] = Number(step);
    f64[(it + RANGEITER_LEN) >> 3] = Number(length);
    return it;
  }
  const fields = [start, step, length].map((v) => PyLong_FromBigInt(tstate, v));
  const it = fields.includes(0) ? 0 : iterAlloc(tstate, rt.staticType('longrange_iterator'), PY_LONGRANGE_ITER_OBJECT.sizeBytes);
  if (it === 0) {
    for (const f of fields) Py_DECREF(interp, f);
    return 0;
  }
  const i32 = interp.views.i32;
  i32[(it + LR.start) >> 2] = fields[0];
  i32[(it + LR.step) >> 2] = fields[1];
  i32[(it + LR.len) >> 2] = fields[2];
  return it;
}

/**
 * iter(range) (CPython's range_iter): a range_iterator, or a longrange_iterator when a value
 * is not a safe integer.
 * NON-CPYTHON: CPython's range_iterator covers values that fit in a C long (2**63); here the
 * limit is 2**53.
 * @public
 */
export function rangeIterNew(tstate: ThreadState, r: number): number {
  const { start, step, length } = rangeValues(tstate.interp, r);
  return rangeIterFromValues(tstate, start, step, length);
}

/** reversed(range) / range.__reversed__ (CPython's range_reverse). @public */
export function rangeReverseIterNew(tstate: ThreadState, r: number): number {
  const { start, step, length } = rangeValues(tstate.interp, r);
  return rangeIterFromValues(tstate, start + (length - 1n) * step, -step, length);
}

/**
 * The next value of a range_iterator (a new int), or 0 when exhausted (or with MemoryError
 * set). Unchecked: `it` must be a range_iterator.
 * @public
 */
export function rangeIterNext(tstate: ThreadState, it: number): number {
  const f64 = tstate.interp.views.f64;
  const len = f64[(it + RANGEITER_LEN) >> 3];
  if (len > 0) {
    const value = f64[(it + RANGEITER_START) >> 3];
    f64[(it + RANGEITER_START) >> 3] = value + f64[(it + RANGEITER_STEP) >> 3];
    f64[(it + RANGEITER_LEN) >> 3] = len - 1;
    return PyLong_FromLong(tstate, value);
  }
  return 0;
}

function rangeIterLength(tstate: ThreadState, it: number): number {
  return tstate.interp.views.f64[(it + RANGEITER_LEN) >> 3];
}

function longRangeIterNext(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  let i32 = interp.views.i32;
  const len = PyLong_AsBigInt(interp, i32[(it + LR.len) >> 2]);
  if (len <= 0n) return 0;
  const start = i32[(it + LR.start) >> 2];
  const newStart = PyLong_FromBigInt(tstate, PyLong_AsBigInt(interp, start) + PyLong_AsBigInt(interp, i32[(it + LR.step) >> 2]));
  if (newStart === 0) return 0;
  const newLen = PyLong_FromBigInt(tstate, len - 1n);
  if (newLen === 0) {
    Py_DECREF(interp, newStart);
    return 0;
  }
  i32 = interp.views.i32;
  const oldLen = i32[(it + LR.len) >> 2];
  i32[(it + LR.start) >> 2] = newStart;
  i32[(it + LR.len) >> 2] = newLen;
  Py_DECREF(interp, oldLen);
  return start; // the reference the iterator held
}

function longRangeIterLengthHint(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const len = interp.views.i32[(it + LR.len) >> 2];
  Py_INCREF(interp, len);
  return len;
}

function rangeIterDealloc(interp: InterpreterState, it: number): void {
  iterFree(interp, it);
}

function longRangeIterDealloc(interp: InterpreterState, it: number): void {
  const i32 = interp.views.i32;
  const fields = [i32[(it + LR.start) >> 2], i32[(it + LR.step) >> 2], i32[(it + LR.len) >> 2]];
  iterFree(interp, it);
  for (const f of fields) Py_DECREF(interp, f);
}

// ---- set and frozenset ----------------------------------------------------------------------

/** iter(set) / iter(frozenset) (CPython's set_iter). @public */
export function setIterNew(tstate: ThreadState, s: number): number {
  const interp = tstate.interp;
  const it = iterAlloc(tstate, interp.runtime.staticType('set_iterator'), PY_SET_ITER_OBJECT.sizeBytes);
  if (it === 0) return 0;
  Py_INCREF(interp, s);
  const i32 = interp.views.i32;
  const used = setLength(interp, s);
  i32[(it + SI.si_set) >> 2] = s;
  i32[(it + SI.si_used) >> 2] = used;
  i32[(it + SI.si_pos) >> 2] = 0;
  i32[(it + SI.len) >> 2] = used;
  return it;
}

function setIterNext(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const s = i32[(it + SI.si_set) >> 2];
  if (s === 0) return 0;
  if (i32[(it + SI.si_used) >> 2] !== setLength(interp, s)) {
    i32[(it + SI.si_used) >> 2] = -1; // sticky, as CPython's
    return raise(tstate, 'RuntimeError', 'Set changed size during iteration');
  }
  const i = setNext(interp, s, i32[(it + SI.si_pos) >> 2]);
  if (i < 0) {
    i32[(it + SI.si_set) >> 2] = 0;
    Py_DECREF(interp, s);
    return 0;
  }
  i32[(it + SI.si_pos) >> 2] = i + 1;
  i32[(it + SI.len) >> 2]--;
  const key = setEntryKey(interp, s, i);
  Py_INCREF(interp, key);
  return key;
}

function setIterLength(tstate: ThreadState, it: number): number {
  const i32 = tstate.interp.views.i32;
  const s = i32[(it + SI.si_set) >> 2];
  return s !== 0 && i32[(it + SI.si_used) >> 2] === setLength(tstate.interp, s) ? i32[(it + SI.len) >> 2] : 0;
}

function setIterDealloc(interp: InterpreterState, it: number): void {
  const s = interp.views.i32[(it + SI.si_set) >> 2];
  iterFree(interp, it);
  Py_DECREF(interp, s);
}

// ---- dict -----------------------------------------------------------------------------------

const DICT_ITER_TYPE_NAMES: Readonly<Record<DictIterKind, string>> = Object.freeze({
  keys: 'dict_keyiterator',
  values: 'dict_valueiterator',
  items: 'dict_itemiterator',
});

/**
 * An iterator over the keys, values or items of the dict `d` (CPython's dictiter_new): what
 * iter(dict) and the dict views' __iter__ return.
 * @public
 */
export function dictIterNew(tstate: ThreadState, d: number, kind: DictIterKind): number {
  const interp = tstate.interp;
  let result = 0;
  if (kind === 'items') {
    result = PyTuple_New(tstate, 2);
    if (result === 0) return 0;
    const none = interp.runtime.immortalNone;
    PyTuple_SET_ITEM(interp, result, 0, none);
    PyTuple_SET_ITEM(interp, result, 1, none);
  }
  const it = iterAlloc(tstate, interp.runtime.staticType(DICT_ITER_TYPE_NAMES[kind]), PY_DICT_ITER_OBJECT.sizeBytes);
  if (it === 0) {
    Py_DECREF(interp, result);
    return 0;
  }
  Py_INCREF(interp, d);
  const i32 = interp.views.i32;
  const used = dictLength(interp, d);
  i32[(it + DI.di_dict) >> 2] = d;
  i32[(it + DI.di_used) >> 2] = used;
  i32[(it + DI.di_pos) >> 2] = 0;
  i32[(it + DI.di_result) >> 2] = result;
  i32[(it + DI.len) >> 2] = used;
  return it;
}

/**
 * Advances a dict iterator to its next live entry: the entry index, or -1 when exhausted or
 * with RuntimeError set (CPython's checks in dictiter_iternextkey and kin).
 */
function dictIterAdvance(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const d = i32[(it + DI.di_dict) >> 2];
  if (d === 0) return -1;
  if (i32[(it + DI.di_used) >> 2] !== dictLength(interp, d)) {
    i32[(it + DI.di_used) >> 2] = -1; // sticky, as CPython's
    raise(tstate, 'RuntimeError', 'dictionary changed size during iteration');
    return -1;
  }
  const ix = PyDict_Next(interp, d, i32[(it + DI.di_pos) >> 2]);
  if (ix >= 0 && i32[(it + DI.len) >> 2] > 0) {
    i32[(it + DI.di_pos) >> 2] = ix + 1;
    i32[(it + DI.len) >> 2]--;
    return ix;
  }
  // Exhausted — or an entry was found that the count says cannot be there: the same number of
  // keys, but different ones.
  if (ix >= 0) raise(tstate, 'RuntimeError', 'dictionary keys changed during iteration');
  i32[(it + DI.di_dict) >> 2] = 0;
  Py_DECREF(interp, d);
  return -1;
}

function dictKeyIterNext(tstate: ThreadState, it: number): number {
  const ix = dictIterAdvance(tstate, it);
  if (ix < 0) return 0;
  const interp = tstate.interp;
  const key = dictEntryKey(interp, interp.views.i32[(it + DI.di_dict) >> 2], ix);
  Py_INCREF(interp, key);
  return key;
}

function dictValueIterNext(tstate: ThreadState, it: number): number {
  const ix = dictIterAdvance(tstate, it);
  if (ix < 0) return 0;
  const interp = tstate.interp;
  const value = dictEntryValue(interp, interp.views.i32[(it + DI.di_dict) >> 2], ix);
  Py_INCREF(interp, value);
  return value;
}

function dictItemIterNext(tstate: ThreadState, it: number): number {
  const ix = dictIterAdvance(tstate, it);
  if (ix < 0) return 0;
  const interp = tstate.interp;
  const d = interp.views.i32[(it + DI.di_dict) >> 2];
  const key = dictEntryKey(interp, d, ix);
  const value = dictEntryValue(interp, d, ix);
  Py_INCREF(interp, key);
  Py_INCREF(interp, value);
  return pair(tstate, it + DI.di_result, key, value);
}

/**
 * A 2-tuple of `a` and `b` (both stolen): the tuple cached at byte `cacheAt` refilled when the
 * cache is its only holder (CPython's result reuse in dictiter_iternextitem and enum_next),
 * else a new one. NULL with MemoryError set (a and b are dropped).
 */
function pair(tstate: ThreadState, cacheAt: number, a: number, b: number): number {
  const interp = tstate.interp;
  const result = interp.views.i32[cacheAt >> 2];
  if (result > 0 && Py_REFCNT(interp, result) === 1) {
    const oldA = PyTuple_GET_ITEM(interp, result, 0);
    const oldB = PyTuple_GET_ITEM(interp, result, 1);
    PyTuple_SET_ITEM(interp, result, 0, a);
    PyTuple_SET_ITEM(interp, result, 1, b);
    Py_INCREF(interp, result);
    Py_DECREF(interp, oldA);
    Py_DECREF(interp, oldB);
    return result;
  }
  const t = PyTuple_New(tstate, 2);
  if (t === 0) {
    Py_DECREF(interp, a);
    Py_DECREF(interp, b);
    return 0;
  }
  PyTuple_SET_ITEM(interp, t, 0, a);
  PyTuple_SET_ITEM(interp, t, 1, b);
  return t;
}

function dictIterLength(tstate: ThreadState, it: number): number {
  const i32 = tstate.interp.views.i32;
  const d = i32[(it + DI.di_dict) >> 2];
  return d !== 0 && i32[(it + DI.di_used) >> 2] === dictLength(tstate.interp, d) ? i32[(it + DI.len) >> 2] : 0;
}

function dictIterDealloc(interp: InterpreterState, it: number): void {
  const i32 = interp.views.i32;
  const d = i32[(it + DI.di_dict) >> 2];
  const result = i32[(it + DI.di_result) >> 2];
  iterFree(interp, it);
  Py_DECREF(interp, d);
  Py_DECREF(interp, result);
}

// ---- enumerate ------------------------------------------------------------------------------

/** The largest count en_index holds before enumerate switches to int objects. */
const EN_INDEX_MAX = Number.MAX_SAFE_INTEGER;

/** The keyword name `kwnames[i]` as a JS string. */
function kwName(interp: InterpreterState, kwnames: number, i: number): string {
  return PyUnicode_AsString(interp, PyTuple_GET_ITEM(interp, kwnames, i));
}

/** True if `kwnames[i]` is `name`; else TypeError "'x' is an invalid keyword argument for f()" (CPython's check_keyword). */
function checkKeyword(tstate: ThreadState, kwnames: number, i: number, name: string, func: string): boolean {
  const got = kwName(tstate.interp, kwnames, i);
  if (got === name) return true;
  raise(tstate, 'TypeError', `'${got}' is an invalid keyword argument for ${func}()`);
  return false;
}

/** The value of an index argument as a bigint, or null with TypeError set (CPython's PyNumber_Index for ints). */
function indexValue(tstate: ThreadState, h: number): bigint | null {
  const interp = tstate.interp;
  if (PyLong_Check(interp, h)) return PyLong_AsBigInt(interp, h);
  raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, h)}' object cannot be interpreted as an integer`);
  return null;
}

/** enumerate(iterable, start) with both borrowed, `start` 0 for the default (CPython's enum_new_impl). */
function enumNewImpl(tstate: ThreadState, type: number, iterable: number, start: number): number {
  const interp = tstate.interp;
  let index = 0n;
  if (start !== 0) {
    const v = indexValue(tstate, start);
    if (v === null) return 0;
    index = v;
  }
  const sit = PyObject_GetIter(tstate, iterable);
  if (sit === 0) return 0;
  let longIndex = 0;
  if (index > BigInt(EN_INDEX_MAX) || index < -BigInt(EN_INDEX_MAX)) {
    longIndex = PyLong_FromBigInt(tstate, index);
    if (longIndex === 0) {
      Py_DECREF(interp, sit);
      return 0;
    }
  }
  const result = PyTuple_New(tstate, 2);
  const en = result === 0 ? 0 : iterAlloc(tstate, type, PY_ENUM_OBJECT.sizeBytes);
  if (en === 0) {
    Py_DECREF(interp, result);
    Py_DECREF(interp, longIndex);
    Py_DECREF(interp, sit);
    return 0;
  }
  const none = interp.runtime.immortalNone;
  PyTuple_SET_ITEM(interp, result, 0, none);
  PyTuple_SET_ITEM(interp, result, 1, none);
  interp.views.f64[(en + EN.en_index) >> 3] = longIndex === 0 ? Number(index) : 0;
  const i32 = interp.views.i32;
  i32[(en + EN.en_sit) >> 2] = sit;
  i32[(en + EN.en_result) >> 2] = result;
  i32[(en + EN.en_longindex) >> 2] = longIndex;
  return en;
}

/**
 * enumerate(iterable, start=0) — the type's constructor, called with the vectorcall arguments
 * (CPython's enumerate_vectorcall, with its hand-written argument checks and messages).
 * @public
 */
export function enumerateNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  const nkw = kwnames === 0 ? 0 : tupleLength(interp, kwnames);
  const i32 = interp.views.i32;
  const arg0 = i32[argsWord];
  const arg1 = i32[argsWord + 1];
  if (nargs + nkw === 2) {
    if (nkw === 1) {
      if (!checkKeyword(tstate, kwnames, 0, 'start', 'enumerate')) return 0;
    } else if (nkw === 2) {
      if (kwName(interp, kwnames, 0) === 'start') {
        if (!checkKeyword(tstate, kwnames, 1, 'iterable', 'enumerate')) return 0;
        return enumNewImpl(tstate, type, arg1, arg0);
      }
      if (!checkKeyword(tstate, kwnames, 0, 'iterable', 'enumerate') || !checkKeyword(tstate, kwnames, 1, 'start', 'enumerate')) return 0;
    }
    return enumNewImpl(tstate, type, arg0, arg1);
  }
  if (nargs + nkw === 1) {
    if (nkw === 1 && !checkKeyword(tstate, kwnames, 0, 'iterable', 'enumerate')) return 0;
    return enumNewImpl(tstate, type, arg0, 0);
  }
  if (nargs === 0) return raise(tstate, 'TypeError', "enumerate() missing required argument 'iterable'");
  return raise(tstate, 'TypeError', `enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
}

function enumNext(tstate: ThreadState, en: number): number {
  const interp = tstate.interp;
  const item = PyIter_Next(tstate, interp.views.i32[(en + EN.en_sit) >> 2]);
  if (item === 0) return 0;
  let index: number;
  const longIndex = interp.views.i32[(en + EN.en_longindex) >> 2];
  if (longIndex === 0) {
    const n = interp.views.f64[(en + EN.en_index) >> 3];
    index = PyLong_FromLong(tstate, n);
    if (index !== 0 && n === EN_INDEX_MAX) {
      // Past the safe integers: count on with int objects (CPython's switch at PY_SSIZE_T_MAX).
      const next = PyLong_FromBigInt(tstate, BigInt(n) + 1n);
      if (next === 0) Py_DECREF(interp, index);
      else interp.views.i32[(en + EN.en_longindex) >> 2] = next;
      if (next === 0) index = 0;
    } else {
      interp.views.f64[(en + EN.en_index) >> 3] = n + 1;
    }
  } else {
    const next = PyLong_FromBigInt(tstate, PyLong_AsBigInt(interp, longIndex) + 1n);
    index = next === 0 ? 0 : longIndex; // the reference the enumerate held
    if (next !== 0) interp.views.i32[(en + EN.en_longindex) >> 2] = next;
  }
  if (index === 0) {
    Py_DECREF(interp, item);
    return 0;
  }
  return pair(tstate, en + EN.en_result, index, item);
}

function enumDealloc(interp: InterpreterState, en: number): void {
  const i32 = interp.views.i32;
  const fields = [i32[(en + EN.en_sit) >> 2], i32[(en + EN.en_result) >> 2], i32[(en + EN.en_longindex) >> 2]];
  iterFree(interp, en);
  for (const f of fields) Py_DECREF(interp, f);
}

// ---- zip ------------------------------------------------------------------------------------

/**
 * zip(*iterables, strict=False) — the type's constructor (CPython's zip_new).
 * @public
 */
export function zipNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  let strict = 0;
  if (kwnames !== 0) {
    const nkw = tupleLength(interp, kwnames);
    if (nkw > 1) return raise(tstate, 'TypeError', `zip() takes at most 1 keyword argument (${nkw} given)`);
    if (nkw === 1) {
      if (!checkKeyword(tstate, kwnames, 0, 'strict', 'zip')) return 0;
      strict = PyObject_IsTrue(tstate, interp.views.i32[argsWord + nargs]);
      if (strict < 0) return 0;
    }
  }
  const ittuple = PyTuple_New(tstate, nargs);
  if (ittuple === 0) return 0;
  for (let i = 0; i < nargs; i++) {
    const it = PyObject_GetIter(tstate, interp.views.i32[argsWord + i]);
    if (it === 0) {
      Py_DECREF(interp, ittuple);
      return 0;
    }
    PyTuple_SET_ITEM(interp, ittuple, i, it);
  }
  const result = PyTuple_New(tstate, nargs);
  if (result === 0) {
    Py_DECREF(interp, ittuple);
    return 0;
  }
  for (let i = 0; i < nargs; i++) PyTuple_SET_ITEM(interp, result, i, interp.runtime.immortalNone);
  const z = iterAlloc(tstate, type, PY_ZIP_OBJECT.sizeBytes);
  if (z === 0) {
    Py_DECREF(interp, ittuple);
    Py_DECREF(interp, result);
    return 0;
  }
  const i32 = interp.views.i32;
  i32[(z + ZI.tuplesize) >> 2] = nargs;
  i32[(z + ZI.ittuple) >> 2] = ittuple;
  i32[(z + ZI.result) >> 2] = result;
  i32[(z + ZI.strict) >> 2] = strict;
  return z;
}

/** zip's "argument 3 is shorter than arguments 1-2" tail (CPython's plural rule). */
function zipArgumentsText(i: number): string {
  return i === 1 ? 'argument 1' : `arguments 1-${i}`;
}

function zipNext(tstate: ThreadState, z: number): number {
  const interp = tstate.interp;
  const n = interp.views.i32[(z + ZI.tuplesize) >> 2];
  if (n === 0) return 0;
  const ittuple = interp.views.i32[(z + ZI.ittuple) >> 2];
  let result = interp.views.i32[(z + ZI.result) >> 2];
  const reuse = Py_REFCNT(interp, result) === 1;
  if (reuse) {
    Py_INCREF(interp, result);
  } else {
    result = PyTuple_New(tstate, n);
    if (result === 0) return 0;
  }
  let i = 0;
  for (; i < n; i++) {
    const item = PyIter_Next(tstate, PyTuple_GET_ITEM(interp, ittuple, i));
    if (item === 0) break;
    const old = reuse ? PyTuple_GET_ITEM(interp, result, i) : 0;
    PyTuple_SET_ITEM(interp, result, i, item);
    Py_DECREF(interp, old);
  }
  if (i === n) return result;
  Py_DECREF(interp, result); // a new tuple's unfilled items are NULL, which its dealloc skips
  if (interp.views.i32[(z + ZI.strict) >> 2] === 0 || PyErr_Occurred(tstate) !== 0) return 0;
  // strict=True: every iterator must end at the same time (CPython's zip_next `check:`).
  if (i > 0) return raise(tstate, 'ValueError', `zip() argument ${i + 1} is shorter than ${zipArgumentsText(i)}`);
  for (i = 1; i < n; i++) {
    const item = PyIter_Next(tstate, PyTuple_GET_ITEM(interp, ittuple, i));
    if (item !== 0) {
      Py_DECREF(interp, item);
      return raise(tstate, 'ValueError', `zip() argument ${i + 1} is longer than ${zipArgumentsText(i)}`);
    }
    if (PyErr_Occurred(tstate) !== 0) return 0;
  }
  return 0;
}

function zipDealloc(interp: InterpreterState, z: number): void {
  const i32 = interp.views.i32;
  const ittuple = i32[(z + ZI.ittuple) >> 2];
  const result = i32[(z + ZI.result) >> 2];
  iterFree(interp, z);
  Py_DECREF(interp, ittuple);
  Py_DECREF(interp, result);
}

// ---- reversed -------------------------------------------------------------------------------

/** A `reversed` object over the sequence `seq` of length `n` (CPython's reversed_new_impl tail). */
function reversedSeqNew(tstate: ThreadState, type: number, seq: number, n: number): number {
  return seqIterNew(tstate, type, seq, n - 1);
}

/**
 * reversed(seq) — the type's constructor (CPython's reversed_vectorcall / reversed_new_impl):
 * `seq.__reversed__()` when the type has it, else a `reversed` object over a sequence.
 * @public
 */
export function reversedNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (kwnames !== 0 && tupleLength(interp, kwnames) !== 0) return raise(tstate, 'TypeError', 'reversed() takes no keyword arguments');
  if (nargs !== 1) return raise(tstate, 'TypeError', `reversed expected 1 argument, got ${nargs}`);
  const seq = interp.views.i32[argsWord];
  const t = Py_TYPE(interp, seq);
  const T = interp.types;
  const rt = interp.runtime;
  if (t === T.list) return listReverseIterNew(tstate, seq);
  if (t === rt.staticType('range')) return rangeReverseIterNew(tstate, seq);
  if (t === T.tuple) return reversedSeqNew(tstate, type, seq, tupleLength(interp, seq));
  if (t === T.str) return reversedSeqNew(tstate, type, seq, unicodeLength(interp, seq));
  if (t === T.bytes) return reversedSeqNew(tstate, type, seq, bytesLength(interp, seq));
  return reversedGeneric(tstate, type, seq);
}

function reversedNext(tstate: ThreadState, ro: number): number {
  const interp = tstate.interp;
  const index = interp.views.i32[(ro + SEQITER_INDEX) >> 2];
  const seq = interp.views.i32[(ro + SEQITER_SEQ) >> 2];
  if (index >= 0 && seq !== 0) {
    const item = sequenceGetItem(tstate, seq, index);
    if (item !== 0) {
      interp.views.i32[(ro + SEQITER_INDEX) >> 2] = index - 1;
      return item;
    }
    if (!indexErrorOrStopIteration(tstate)) return 0;
    PyErr_Clear(tstate);
  }
  interp.views.i32[(ro + SEQITER_INDEX) >> 2] = -1;
  interp.views.i32[(ro + SEQITER_SEQ) >> 2] = 0;
  Py_DECREF(interp, seq);
  return 0;
}

/** reversed.__length_hint__ (CPython's reversed_len): -1 with an exception set. */
function reversedLength(tstate: ThreadState, ro: number): number {
  const interp = tstate.interp;
  const seq = interp.views.i32[(ro + SEQITER_SEQ) >> 2];
  if (seq === 0) return 0;
  const position = interp.views.i32[(ro + SEQITER_INDEX) >> 2] + 1;
  const size = PyObject_Size(tstate, seq);
  if (size < 0) return -1;
  return size < position ? 0 : position;
}

function listReverseIterLength(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const seq = interp.views.i32[(it + SEQITER_SEQ) >> 2];
  const index = interp.views.i32[(it + SEQITER_INDEX) >> 2];
  return seq === 0 || listLength(interp, seq) < index ? 0 : index + 1;
}

/** True if the raised exception is an IndexError or a StopIteration (what ends __getitem__ iteration). */
function indexErrorOrStopIteration(tstate: ThreadState): boolean {
  const rt = tstate.interp.runtime;
  return PyErr_ExceptionMatches(tstate, rt.staticType('IndexError')) || PyErr_ExceptionMatches(tstate, rt.staticType('StopIteration'));
}

/** seq[i] for a non-negative index (CPython's PySequence_GetItem): builtin sequences directly, others through __getitem__. */
function sequenceGetItem(tstate: ThreadState, seq: number, i: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, seq);
  const T = interp.types;
  if (t === T.tuple) return tupleGetItem(tstate, seq, i);
  if (t === T.str) return unicodeGetItem(tstate, seq, i);
  if (t === T.bytes) return bytesGetItem(tstate, seq, i);
  const key = PyLong_FromLong(tstate, i);
  if (key === 0) return 0;
  const item = PyObject_GetItem(tstate, seq, key);
  Py_DECREF(interp, key);
  return item;
}

// ---- the protocol ---------------------------------------------------------------------------

/** tp_iter of the static types this module knows, by type name. */
function tpIterFor(name: string): IterFunc | null {
  switch (name) {
    case 'list':
      return listIterNew;
    case 'tuple':
      return tupleIterNew;
    case 'str':
      return unicodeIterNew;
    case 'bytes':
      return bytesIterNew;
    case 'range':
      return rangeIterNew;
    case 'set':
    case 'frozenset':
      return setIterNew;
    case 'dict':
      return dictKeysIterNew;
    default:
      return tpIterNextFor(name) !== null ? PyObject_SelfIter : null;
  }
}

/** tp_iternext of the static types this module knows, by type name. */
function tpIterNextFor(name: string): IterFunc | null {
  switch (name) {
    case 'list_iterator':
      return listIterNextSlot;
    case 'list_reverseiterator':
      return listReverseIterNext;
    case 'tuple_iterator':
      return tupleIterNext;
    case 'str_ascii_iterator':
      return unicodeIterNext;
    case 'bytes_iterator':
      return bytesIterNext;
    case 'range_iterator':
      return rangeIterNext;
    case 'longrange_iterator':
      return longRangeIterNext;
    case 'set_iterator':
      return setIterNext;
    case 'dict_keyiterator':
      return dictKeyIterNext;
    case 'dict_valueiterator':
      return dictValueIterNext;
    case 'dict_itemiterator':
      return dictItemIterNext;
    case 'iterator':
      return seqIterNext;
    case 'callable_iterator':
      return callIterNext;
    case 'enumerate':
      return enumNext;
    case 'zip':
      return zipNext;
    case 'map':
      return mapNext;
    case 'filter':
      return filterNext;
    case 'reversed':
      return reversedNext;
    default:
      return null;
  }
}

/** tp_iter by static index (frozen: code, not state). */
const TP_ITER: readonly (IterFunc | null)[] = Object.freeze(STATIC_TYPES.map((t) => tpIterFor(t.name)));
/** tp_iternext by static index (frozen: code, not state). */
const TP_ITERNEXT: readonly (IterFunc | null)[] = Object.freeze(STATIC_TYPES.map((t) => tpIterNextFor(t.name)));

function dictKeysIterNew(tstate: ThreadState, d: number): number {
  return dictIterNew(tstate, d, 'keys');
}

/** An iterator's tp_iter: itself (CPython's PyObject_SelfIter). @public */
export function PyObject_SelfIter(tstate: ThreadState, o: number): number {
  Py_INCREF(tstate.interp, o);
  return o;
}

/**
 * iter(o) (CPython's PyObject_GetIter): a new iterator, or 0 with TypeError "'X' object is not
 * iterable" (or what `__iter__` raised).
 * @public
 */
export function PyObject_GetIter(tstate: ThreadState, o: number): number {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, o);
  if (type < 0) {
    const f = TP_ITER[interp.runtimeViews.i32[(-type + TP_STATIC_INDEX) >> 2]];
    if (f !== null) return f(tstate, o);
  }
  return genericGetIter(tstate, o);
}

/**
 * next(it) for the iteration protocol (CPython's PyIter_Next): the next item (a new
 * reference); 0 with no exception set when `it` is exhausted; 0 with an exception set on
 * error. A StopIteration raised by `__next__` is taken as exhaustion and cleared.
 * @public
 */
export function PyIter_Next(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const type = it < 0 ? interp.runtimeViews.i32[(-it + OB_TYPE) >> 2] : interp.views.i32[(it + OB_TYPE) >> 2];
  if (type === interp.types.list_iterator) return listIterNext(interp, it);
  if (type === interp.types.range_iterator) return rangeIterNext(tstate, it);
  if (type < 0) {
    const f = TP_ITERNEXT[interp.runtimeViews.i32[(-type + TP_STATIC_INDEX) >> 2]];
    if (f !== null) return f(tstate, it);
  }
  return genericIterNext(tstate, it);
}

/** True if `o` is an iterator: its type has tp_iternext or `__next__` (CPython's PyIter_Check). @public */
export function PyIter_Check(tstate: ThreadState, o: number): boolean {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, o);
  if (type < 0 && TP_ITERNEXT[staticIndexOf(interp, type)] !== null) return true;
  if (type > 0 && nativeOnMro(interp, type, TP_ITERNEXT) !== null) return true;
  return lookupSpecial(tstate, type, '__next__') !== 0;
}

/** `name` looked up on the type `type`'s MRO (borrowed), or 0 — with an exception set only if the lookup failed. */
function lookupSpecial(tstate: ThreadState, type: number, name: string): number {
  return _PyType_LookupString(tstate, type, name);
}

/**
 * The dunder `name` (borrowed) that `type`'s MRO defines before any static type whose native
 * slot (`table`, by static index) would answer — a `class X(list)` without `__iter__` iterates
 * like a list, one with `__iter__` through it. 0 if the native slot wins or nothing defines
 * `name` (with an exception set only if a type dict could not be made).
 */
function dunderBeforeNative(tstate: ThreadState, type: number, name: string, table: readonly (IterFunc | null)[]): number {
  const interp = tstate.interp;
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) return 0;
  const mro = PyType_GetMro(interp, type);
  const n = tupleLength(interp, mro);
  let found = 0;
  for (let i = 0; i < n; i++) {
    const t = PyTuple_GET_ITEM(interp, mro, i);
    if (t < 0 && table[staticIndexOf(interp, t)] !== null) break;
    const dict = _PyType_GetDict(tstate, t);
    if (dict === 0) break;
    found = PyDict_GetItemWithError(tstate, dict, key);
    if (found !== 0 || PyErr_Occurred(tstate) !== 0) break;
  }
  Py_DECREF(interp, key);
  return found;
}

/** The native slot of the first static type on `type`'s MRO that has one in `table`, or null. */
function nativeOnMro(interp: InterpreterState, type: number, table: readonly (IterFunc | null)[]): IterFunc | null {
  const mro = PyType_GetMro(interp, type);
  const n = tupleLength(interp, mro);
  for (let i = 0; i < n; i++) {
    const t = PyTuple_GET_ITEM(interp, mro, i);
    if (t < 0) {
      const f = table[staticIndexOf(interp, t)];
      if (f !== null) return f;
    }
  }
  return null;
}

/** Calls the special method `func` (found on the type, borrowed) with `self` as its first argument. */
function callSpecial(tstate: ThreadState, func: number, self: number): number {
  const interp = tstate.interp;
  Py_INCREF(interp, func); // the call may rebind the type's attribute
  const r = PyObject_CallOneArg(tstate, func, self);
  Py_DECREF(interp, func);
  return r;
}

/** The builtin sequences (what CPython gives sq_item), by static index. */
const IS_BUILTIN_SEQUENCE: readonly boolean[] = Object.freeze(STATIC_TYPES.map((t) => ['list', 'tuple', 'str', 'bytes', 'range'].includes(t.name)));

/** True if `o` supports the sequence protocol's item access (CPython's PySequence_Check: never a dict). */
function PySequence_Check(tstate: ThreadState, o: number): boolean {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, o);
  if (t < 0) return IS_BUILTIN_SEQUENCE[staticIndexOf(interp, t)];
  if (PyType_IsSubtype(interp, t, interp.types.dict)) return false;
  const mro = PyType_GetMro(interp, t);
  for (let i = 0; i < tupleLength(interp, mro); i++) {
    const b = PyTuple_GET_ITEM(interp, mro, i);
    if (b < 0 && IS_BUILTIN_SEQUENCE[staticIndexOf(interp, b)]) return true;
  }
  return lookupSpecial(tstate, t, '__getitem__') !== 0;
}

/** PyObject_GetIter for what the static table does not answer directly: heap types, and static types with a registered `__iter__`. */
function genericGetIter(tstate: ThreadState, o: number): number {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, o);
  const func = dunderBeforeNative(tstate, type, '__iter__', TP_ITER);
  if (func === 0) {
    if (PyErr_Occurred(tstate) !== 0) return 0;
    const native = type > 0 ? nativeOnMro(interp, type, TP_ITER) : null;
    if (native !== null) return native(tstate, o);
  }
  if (func !== 0 && func !== interp.runtime.immortalNone) {
    const res = callSpecial(tstate, func, o);
    if (res === 0) return 0;
    if (!PyIter_Check(tstate, res)) {
      const name = Py_TYPE_NAME(interp, res);
      Py_DECREF(interp, res);
      return raise(tstate, 'TypeError', `iter() returned non-iterator of type '${name}'`);
    }
    return res;
  }
  if (func === 0 && PySequence_Check(tstate, o)) return PySeqIter_New(tstate, o);
  if (PyErr_Occurred(tstate) !== 0) return 0;
  return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, o)}' object is not iterable`);
}

/** PyIter_Next for what the static table does not answer directly: `__next__` on the type's MRO. */
function genericIterNext(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, it);
  const func = dunderBeforeNative(tstate, type, '__next__', TP_ITERNEXT);
  if (func === 0) {
    if (PyErr_Occurred(tstate) !== 0) return 0;
    const native = type > 0 ? nativeOnMro(interp, type, TP_ITERNEXT) : null;
    if (native !== null) return native(tstate, it);
    return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, it)}' object is not an iterator`);
  }
  const item = callSpecial(tstate, func, it);
  if (item === 0 && PyErr_ExceptionMatches(tstate, interp.runtime.staticType('StopIteration'))) PyErr_Clear(tstate);
  return item;
}

/** list.__reversed__ and range.__reversed__ as native slots, by static index. */
const TP_REVERSED: readonly (IterFunc | null)[] = Object.freeze(
  STATIC_TYPES.map((t) => (t.name === 'list' ? listReverseIterNew : t.name === 'range' ? rangeReverseIterNew : null)),
);

/** reversed(seq) for other objects than the builtin sequences (CPython's reversed_new_impl). */
function reversedGeneric(tstate: ThreadState, type: number, seq: number): number {
  const interp = tstate.interp;
  const seqType = Py_TYPE(interp, seq);
  const func = dunderBeforeNative(tstate, seqType, '__reversed__', TP_REVERSED);
  if (func === interp.runtime.immortalNone) return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, seq)}' object is not reversible`);
  if (func !== 0) return callSpecial(tstate, func, seq);
  if (PyErr_Occurred(tstate) !== 0) return 0;
  const native = seqType > 0 ? nativeOnMro(interp, seqType, TP_REVERSED) : null;
  if (native !== null) return native(tstate, seq);
  if (!PySequence_Check(tstate, seq)) return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, seq)}' object is not reversible`);
  const n = PyObject_Size(tstate, seq);
  if (n < 0) return 0;
  return reversedSeqNew(tstate, type, seq, n);
}

// ---- iterator (the __getitem__ protocol) ----------------------------------------------------

/** An iterator calling seq[0], seq[1], … until IndexError or StopIteration (CPython's PySeqIter_New). @public */
export function PySeqIter_New(tstate: ThreadState, seq: number): number {
  return seqIterNew(tstate, tstate.interp.runtime.staticType('iterator'), seq, 0);
}

function seqIterNext(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const seq = interp.views.i32[(it + SEQITER_SEQ) >> 2];
  if (seq === 0) return 0;
  const index = interp.views.i32[(it + SEQITER_INDEX) >> 2];
  if (index === 0x7fffffff) return raise(tstate, 'OverflowError', 'iter index too large');
  const item = sequenceGetItem(tstate, seq, index);
  if (item !== 0) {
    interp.views.i32[(it + SEQITER_INDEX) >> 2] = index + 1;
    return item;
  }
  if (indexErrorOrStopIteration(tstate)) {
    PyErr_Clear(tstate);
    interp.views.i32[(it + SEQITER_SEQ) >> 2] = 0;
    Py_DECREF(interp, seq);
  }
  return 0;
}

/** iterator.__length_hint__ (CPython's iter_len): NotImplemented when the sequence has no __len__. */
function seqIterLengthHint(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const seq = interp.views.i32[(it + SEQITER_SEQ) >> 2];
  if (seq === 0) return PyLong_FromLong(tstate, 0);
  if (lookupSpecial(tstate, Py_TYPE(interp, seq), '__len__') === 0) {
    if (PyErr_Occurred(tstate) !== 0) return 0;
    return interp.runtime.immortalNotImplemented;
  }
  const size = PyObject_Size(tstate, seq);
  if (size < 0) return 0;
  const n = size - interp.views.i32[(it + SEQITER_INDEX) >> 2];
  return PyLong_FromLong(tstate, n >= 0 ? n : 0);
}

// ---- callable_iterator ----------------------------------------------------------------------

/** iter(callable, sentinel) (CPython's PyCallIter_New); both borrowed. @public */
export function PyCallIter_New(tstate: ThreadState, callable: number, sentinel: number): number {
  const interp = tstate.interp;
  const it = iterAlloc(tstate, interp.runtime.staticType('callable_iterator'), PY_CALL_ITER_OBJECT.sizeBytes);
  if (it === 0) return 0;
  Py_INCREF(interp, callable);
  Py_INCREF(interp, sentinel);
  const i32 = interp.views.i32;
  i32[(it + CI.it_callable) >> 2] = callable;
  i32[(it + CI.it_sentinel) >> 2] = sentinel;
  return it;
}

/** Drops a callable_iterator's callable and sentinel: it is exhausted. */
function callIterClear(interp: InterpreterState, it: number): void {
  const i32 = interp.views.i32;
  const callable = i32[(it + CI.it_callable) >> 2];
  const sentinel = i32[(it + CI.it_sentinel) >> 2];
  i32[(it + CI.it_callable) >> 2] = 0;
  i32[(it + CI.it_sentinel) >> 2] = 0;
  Py_DECREF(interp, callable);
  Py_DECREF(interp, sentinel);
}

function callIterNext(tstate: ThreadState, it: number): number {
  const interp = tstate.interp;
  const callable = interp.views.i32[(it + CI.it_callable) >> 2];
  if (callable === 0) return 0;
  const result = PyObject_CallNoArgs(tstate, callable);
  const sentinel = interp.views.i32[(it + CI.it_sentinel) >> 2];
  if (result !== 0 && sentinel !== 0) {
    const ok = PyObject_RichCompareBool(tstate, sentinel, result, Py_EQ);
    if (ok === 0) return result;
    if (ok > 0) callIterClear(interp, it);
  } else if (result === 0 && PyErr_ExceptionMatches(tstate, interp.runtime.staticType('StopIteration'))) {
    PyErr_Clear(tstate);
    callIterClear(interp, it);
  }
  Py_DECREF(interp, result);
  return 0;
}

function callIterDealloc(interp: InterpreterState, it: number): void {
  const i32 = interp.views.i32;
  const callable = i32[(it + CI.it_callable) >> 2];
  const sentinel = i32[(it + CI.it_sentinel) >> 2];
  iterFree(interp, it);
  Py_DECREF(interp, callable);
  Py_DECREF(interp, sentinel);
}

// ---- map ------------------------------------------------------------------------------------

/** map(func, *iterables) — the type's constructor (CPython's map_new / map_vectorcall). @public */
export function mapNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (kwnames !== 0 && tupleLength(interp, kwnames) !== 0) return raise(tstate, 'TypeError', 'map() takes no keyword arguments');
  if (nargs < 2) return raise(tstate, 'TypeError', 'map() must have at least two arguments.');
  const iters = PyTuple_New(tstate, nargs - 1);
  if (iters === 0) return 0;
  for (let i = 1; i < nargs; i++) {
    const it = PyObject_GetIter(tstate, interp.views.i32[argsWord + i]);
    if (it === 0) {
      Py_DECREF(interp, iters);
      return 0;
    }
    PyTuple_SET_ITEM(interp, iters, i - 1, it);
  }
  const m = iterAlloc(tstate, type, PY_MAP_OBJECT.sizeBytes);
  if (m === 0) {
    Py_DECREF(interp, iters);
    return 0;
  }
  const func = interp.views.i32[argsWord];
  Py_INCREF(interp, func);
  const i32 = interp.views.i32;
  i32[(m + MA.iters) >> 2] = iters;
  i32[(m + MA.func) >> 2] = func;
  return m;
}

function mapNext(tstate: ThreadState, m: number): number {
  const interp = tstate.interp;
  const iters = interp.views.i32[(m + MA.iters) >> 2];
  const n = tupleLength(interp, iters);
  const args = PyTuple_New(tstate, n);
  if (args === 0) return 0;
  for (let i = 0; i < n; i++) {
    const item = PyIter_Next(tstate, PyTuple_GET_ITEM(interp, iters, i));
    if (item === 0) {
      Py_DECREF(interp, args); // unfilled items are NULL
      return 0;
    }
    PyTuple_SET_ITEM(interp, args, i, item);
  }
  const result = PyObject_Call(tstate, interp.views.i32[(m + MA.func) >> 2], args, 0);
  Py_DECREF(interp, args);
  return result;
}

function mapDealloc(interp: InterpreterState, m: number): void {
  const i32 = interp.views.i32;
  const iters = i32[(m + MA.iters) >> 2];
  const func = i32[(m + MA.func) >> 2];
  iterFree(interp, m);
  Py_DECREF(interp, iters);
  Py_DECREF(interp, func);
}

// ---- filter ---------------------------------------------------------------------------------

/** filter(function or None, iterable) — the type's constructor (CPython's filter_new / filter_vectorcall). @public */
export function filterNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (kwnames !== 0 && tupleLength(interp, kwnames) !== 0) return raise(tstate, 'TypeError', 'filter() takes no keyword arguments');
  if (nargs !== 2) return raise(tstate, 'TypeError', `filter expected 2 arguments, got ${nargs}`);
  const it = PyObject_GetIter(tstate, interp.views.i32[argsWord + 1]);
  if (it === 0) return 0;
  const f = iterAlloc(tstate, type, PY_FILTER_OBJECT.sizeBytes);
  if (f === 0) {
    Py_DECREF(interp, it);
    return 0;
  }
  const func = interp.views.i32[argsWord];
  Py_INCREF(interp, func);
  const i32 = interp.views.i32;
  i32[(f + FI.func) >> 2] = func;
  i32[(f + FI.it) >> 2] = it;
  return f;
}

function filterNext(tstate: ThreadState, f: number): number {
  const interp = tstate.interp;
  const func = interp.views.i32[(f + FI.func) >> 2];
  const it = interp.views.i32[(f + FI.it) >> 2];
  const checkTrue = func === interp.runtime.immortalNone || func === interp.types.bool;
  for (;;) {
    const item = PyIter_Next(tstate, it);
    if (item === 0) return 0;
    let ok: number;
    if (checkTrue) {
      ok = PyObject_IsTrue(tstate, item);
    } else {
      const good = PyObject_CallOneArg(tstate, func, item);
      if (good === 0) {
        Py_DECREF(interp, item);
        return 0;
      }
      ok = PyObject_IsTrue(tstate, good);
      Py_DECREF(interp, good);
    }
    if (ok > 0) return item;
    Py_DECREF(interp, item);
    if (ok < 0) return 0;
  }
}

function filterDealloc(interp: InterpreterState, f: number): void {
  const i32 = interp.views.i32;
  const func = i32[(f + FI.func) >> 2];
  const it = i32[(f + FI.it) >> 2];
  iterFree(interp, f);
  Py_DECREF(interp, func);
  Py_DECREF(interp, it);
}

// ---- deallocation ---------------------------------------------------------------------------

/** tp_dealloc of the iterator types, by type name; null for other types (object.ts's deallocFor asks). @internal */
export function iterDeallocFor(name: string): Destructor | null {
  switch (name) {
    case 'list_iterator':
    case 'list_reverseiterator':
    case 'tuple_iterator':
    case 'str_ascii_iterator':
    case 'bytes_iterator':
    case 'iterator':
    case 'reversed':
      return seqIterDealloc;
    case 'range_iterator':
      return rangeIterDealloc;
    case 'longrange_iterator':
      return longRangeIterDealloc;
    case 'set_iterator':
      return setIterDealloc;
    case 'dict_keyiterator':
    case 'dict_valueiterator':
    case 'dict_itemiterator':
      return dictIterDealloc;
    case 'callable_iterator':
      return callIterDealloc;
    case 'enumerate':
      return enumDealloc;
    case 'zip':
      return zipDealloc;
    case 'map':
      return mapDealloc;
    case 'filter':
      return filterDealloc;
    default:
      return null;
  }
}

// ---- methods --------------------------------------------------------------------------------

function iterSelfMethod(tstate: ThreadState, self: number): number {
  return PyObject_SelfIter(tstate, self);
}

/** `it.__next__()`: the next item, StopIteration when exhausted (CPython's wrap_next). */
function iterNextMethod(tstate: ThreadState, self: number): number {
  const item = PyIter_Next(tstate, self);
  if (item === 0 && PyErr_Occurred(tstate) === 0) PyErr_SetObject(tstate, tstate.interp.runtime.staticType('StopIteration'), 0);
  return item;
}

/** A `__length_hint__` method over a length function returning a count, or -1 with an exception set. */
function lengthHintMethod(length: (tstate: ThreadState, it: number) => number): PyMethodDef {
  return Object.freeze({
    name: '__length_hint__',
    meth: (tstate: ThreadState, self: number): number => {
      const n = length(tstate, self);
      return n < 0 ? 0 : PyLong_FromLong(tstate, n);
    },
    flags: METH_NOARGS,
    doc: 'Private method returning an estimate of len(list(it)).',
  });
}

const ITER_METHOD: PyMethodDef = Object.freeze({ name: '__iter__', meth: iterSelfMethod, flags: METH_NOARGS, doc: 'Implement iter(self).' });
const NEXT_METHOD: PyMethodDef = Object.freeze({ name: '__next__', meth: iterNextMethod, flags: METH_NOARGS, doc: 'Implement next(self).' });

function methods(lengthHint: PyMethodDef | null): readonly PyMethodDef[] {
  return Object.freeze(lengthHint === null ? [ITER_METHOD, NEXT_METHOD] : [ITER_METHOD, NEXT_METHOD, lengthHint]);
}

/** The method tables of the iterator types, by type name (registered in methodtable.ts). */
const ITER_METHODS: Readonly<Record<string, readonly PyMethodDef[]>> = Object.freeze({
  list_iterator: methods(lengthHintMethod((t, it) => seqIterLength(t, it, listLength))),
  list_reverseiterator: methods(lengthHintMethod(listReverseIterLength)),
  tuple_iterator: methods(lengthHintMethod((t, it) => seqIterLength(t, it, tupleLength))),
  str_ascii_iterator: methods(lengthHintMethod((t, it) => seqIterLength(t, it, unicodeLength))),
  bytes_iterator: methods(lengthHintMethod((t, it) => seqIterLength(t, it, bytesLength))),
  range_iterator: methods(lengthHintMethod(rangeIterLength)),
  longrange_iterator: methods(Object.freeze({ name: '__length_hint__', meth: longRangeIterLengthHint, flags: METH_NOARGS })),
  set_iterator: methods(lengthHintMethod(setIterLength)),
  dict_keyiterator: methods(lengthHintMethod(dictIterLength)),
  dict_valueiterator: methods(lengthHintMethod(dictIterLength)),
  dict_itemiterator: methods(lengthHintMethod(dictIterLength)),
  iterator: methods(Object.freeze({ name: '__length_hint__', meth: seqIterLengthHint, flags: METH_NOARGS })),
  callable_iterator: methods(null),
  enumerate: methods(null),
  zip: methods(null),
  map: methods(null),
  filter: methods(null),
  reversed: methods(lengthHintMethod(reversedLength)),
});

const NO_METHODS: readonly PyMethodDef[] = Object.freeze([]);

/** The PyMethodDef list of the iterator type `name` (`__iter__`, `__next__`, `__length_hint__`). @internal */
export function iterMethodsOf(name: string): readonly PyMethodDef[] {
  return ITER_METHODS[name] ?? NO_METHODS;
}
