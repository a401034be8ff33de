// The methods of list as Python calls them (CPython's list_methods in Objects/listobject.c and
// its Argument Clinic wrappers): append, extend, insert, remove, pop, clear, index, count, copy,
// reverse and sort — a stable merge sort with key= computed once per item and reverse=, the
// list seen as empty while it sorts ("list modified during sort", CPython's list_sort_impl).
// NON-CPYTHON: sort is a plain top-down merge sort over a JS array of handles, not timsort;
// the result is the same stable order (the comparisons made differ).

import { OB_SIZE } from '@pergil/runtime-state';
import type { ThreadState } from '../thread-state.js';
import { _PyArg_ParseKeywords, PyObject_CallOneArg } from './call.js';
import { PyErr_Occurred, raise } from './exceptions.js';
import { PyIter_Next, PyObject_GetIter } from './iterobject.js';
import { LIST_ALLOCATED, LIST_OB_ITEM } from './listobject.layout.js';
import { PyList_Append, PyList_GET_ITEM, PyList_Insert, PyList_New, PyList_SET_ITEM, listLength, listPop } from './listobject.js';
import { PyLong_AsBigInt, PyLong_FromLong } from './longobject.js';
import type { PyMethodDef } from './methoddef.js';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O } from './methoddef.js';
import { PyLong_Check, PyObject_IsTrue, PyObject_Repr, PyObject_RichCompareBool, Py_DECREF, Py_EQ, Py_INCREF, Py_LT, Py_TYPE_NAME } from './object.js';
import { PyUnicode_AsString } from './unicodeobject.js';

/**
 * An index argument as a JS number clamped to ±2**53 (CPython's _PyEval_SliceIndex /
 * PyNumber_AsSsize_t for int and bool); null with TypeError set for other types.
 * NON-CPYTHON: `__index__` of other types is not consulted yet.
 * @internal
 */
export function indexArg(tstate: ThreadState, h: number): number | null {
  const interp = tstate.interp;
  if (!PyLong_Check(interp, h)) {
    raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, h)}' object cannot be interpreted as an integer`);
    return null;
  }
  const v = PyLong_AsBigInt(interp, h);
  const lim = BigInt(Number.MAX_SAFE_INTEGER);
  return Number(v > lim ? lim : v < -lim ? -lim : v);
}

/** A start/end argument of index(): clamped into [0, n] like CPython's slice indices. */
function clampIndex(i: number, n: number): number {
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  return i > n ? n : i;
}

function arg(tstate: ThreadState, argsWord: number, k: number): number {
  return tstate.interp.views.i32[argsWord + k];
}

function none(tstate: ThreadState): number {
  return tstate.interp.runtime.immortalNone;
}

/** list.extend(iterable) (iterable borrowed): 0, or -1 with an exception set (CPython's list_extend). @internal */
export function listExtend(tstate: ThreadState, list: number, iterable: number): number {
  const interp = tstate.interp;
  if (iterable === list) {
    // l.extend(l): the items as they are now.
    const n = listLength(interp, list);
    for (let i = 0; i < n; i++) if (PyList_Append(tstate, list, PyList_GET_ITEM(interp, list, i)) < 0) return -1;
    return 0;
  }
  const it = PyObject_GetIter(tstate, iterable);
  if (it === 0) return -1;
  for (;;) {
    const item = PyIter_Next(tstate, it);
    if (item === 0) break;
    const r = PyList_Append(tstate, list, item);
    Py_DECREF(interp, item);
    if (r < 0) {
      Py_DECREF(interp, it);
      return -1;
    }
  }
  Py_DECREF(interp, it);
  return PyErr_Occurred(tstate) !== 0 ? -1 : 0;
}

/** Drops every item of the list (CPython's _list_clear). */
function listClearItems(tstate: ThreadState, list: number): void {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const items = i32[(list + LIST_OB_ITEM) >> 2];
  const n = i32[(list + OB_SIZE) >> 2];
  i32[(list + OB_SIZE) >> 2] = 0;
  i32[(list + LIST_OB_ITEM) >> 2] = 0;
  i32[(list + LIST_ALLOCATED) >> 2] = 0;
  if (items === 0) return;
  // Copy first: a dealloc may run Python code that touches the list.
  const old = Array.from(i32.subarray(items >> 2, (items >> 2) + n));
  interp.mem.free(items);
  for (const v of old) Py_DECREF(interp, v);
}

/** The first position in [start, stop) whose item == x, -1 if none, -2 with an exception set. */
function findItem(tstate: ThreadState, list: number, x: number, start: number, stop: number): number {
  const interp = tstate.interp;
  for (let i = start; i < stop && i < listLength(interp, list); i++) {
    const item = PyList_GET_ITEM(interp, list, i);
    Py_INCREF(interp, item);
    const c = PyObject_RichCompareBool(tstate, item, x, Py_EQ);
    Py_DECREF(interp, item);
    if (c < 0) return -2;
    if (c > 0) return i;
  }
  return -1;
}

function listAppendMeth(tstate: ThreadState, self: number, argsWord: number): number {
  return PyList_Append(tstate, self, arg(tstate, argsWord, 0)) < 0 ? 0 : none(tstate);
}

function listExtendMeth(tstate: ThreadState, self: number, argsWord: number): number {
  return listExtend(tstate, self, arg(tstate, argsWord, 0)) < 0 ? 0 : none(tstate);
}

function listInsertMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  if (nargs !== 2) return raise(tstate, 'TypeError', `insert expected 2 arguments, got ${nargs}`);
  const v = arg(tstate, argsWord, 1);
  const where = indexArg(tstate, arg(tstate, argsWord, 0));
  if (where === null) return 0;
  return PyList_Insert(tstate, self, where, v) < 0 ? 0 : none(tstate);
}

function listPopMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  if (nargs > 1) return raise(tstate, 'TypeError', `pop expected at most 1 argument, got ${nargs}`);
  let index = -1;
  if (nargs === 1) {
    const i = indexArg(tstate, arg(tstate, argsWord, 0));
    if (i === null) return 0;
    index = i;
  }
  return listPop(tstate, self, index);
}

function listRemoveMeth(tstate: ThreadState, self: number, argsWord: number): number {
  const x = arg(tstate, argsWord, 0);
  const i = findItem(tstate, self, x, 0, listLength(tstate.interp, self));
  if (i === -2) return 0;
  if (i === -1) return raise(tstate, 'ValueError', 'list.remove(x): x not in list');
  const v = listPop(tstate, self, i);
  if (v === 0) return 0;
  Py_DECREF(tstate.interp, v);
  return none(tstate);
}

function listClearMeth(tstate: ThreadState, self: number): number {
  listClearItems(tstate, self);
  return none(tstate);
}

function listIndexMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  if (nargs < 1 || nargs > 3) {
    return raise(tstate, 'TypeError', nargs < 1 ? `index expected at least 1 argument, got ${nargs}` : `index expected at most 3 arguments, got ${nargs}`);
  }
  const x = arg(tstate, argsWord, 0);
  const startArg = nargs > 1 ? arg(tstate, argsWord, 1) : 0;
  const stopArg = nargs > 2 ? arg(tstate, argsWord, 2) : 0;
  const n = listLength(interp, self);
  let start = 0;
  let stop = n;
  if (startArg !== 0) {
    const s = indexArg(tstate, startArg);
    if (s === null) return 0;
    start = clampIndex(s, n);
  }
  if (stopArg !== 0) {
    const s = indexArg(tstate, stopArg);
    if (s === null) return 0;
    stop = clampIndex(s, n);
  }
  const i = findItem(tstate, self, x, start, stop);
  if (i === -2) return 0;
  if (i >= 0) return PyLong_FromLong(tstate, i);
  const r = PyObject_Repr(tstate, x);
  if (r === 0) return 0;
  const s = PyUnicode_AsString(interp, r);
  Py_DECREF(interp, r);
  return raise(tstate, 'ValueError', `${s} is not in list`);
}

function listCountMeth(tstate: ThreadState, self: number, argsWord: number): number {
  const interp = tstate.interp;
  const x = arg(tstate, argsWord, 0);
  let count = 0;
  for (let i = 0; i < listLength(interp, self); i++) {
    const item = PyList_GET_ITEM(interp, self, i);
    Py_INCREF(interp, item);
    const c = PyObject_RichCompareBool(tstate, item, x, Py_EQ);
    Py_DECREF(interp, item);
    if (c < 0) return 0;
    count += c;
  }
  return PyLong_FromLong(tstate, count);
}

/** list.copy() / list(list): a new list with the same items. @internal */
export function listCopy(tstate: ThreadState, self: number): number {
  const interp = tstate.interp;
  const n = listLength(interp, self);
  const out = PyList_New(tstate, n);
  if (out === 0) return 0;
  for (let i = 0; i < n; i++) {
    const v = PyList_GET_ITEM(interp, self, i);
    Py_INCREF(interp, v);
    PyList_SET_ITEM(interp, out, i, v);
  }
  return out;
}

function listReverseMeth(tstate: ThreadState, self: number): number {
  const i32 = tstate.interp.views.i32;
  const n = i32[(self + OB_SIZE) >> 2];
  if (n > 1) {
    const base = i32[(self + LIST_OB_ITEM) >> 2] >> 2;
    i32.subarray(base, base + n).reverse();
  }
  return none(tstate);
}

/**
 * Stable merge sort of `idx` (positions into keys) by keys[a] < keys[b]; with `reverse`,
 * equal items keep their order too (CPython reverses, sorts, and reverses back). false with an
 * exception set when a comparison failed.
 */
function mergeSort(tstate: ThreadState, keys: readonly number[], idx: number[], reverse: boolean): boolean {
  const n = idx.length;
  let src = idx;
  let dst = new Array<number>(n);
  // less(a, b): does a sort strictly before b?
  let failed = false;
  const less = (a: number, b: number): boolean => {
    const c = reverse ? PyObject_RichCompareBool(tstate, keys[b], keys[a], Py_LT) : PyObject_RichCompareBool(tstate, keys[a], keys[b], Py_LT);
    if (c < 0) failed = true;
    return c > 0;
  };
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (!failed && less(src[j], src[i])) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
    if (failed) return false;
  }
  if (src !== idx) for (let i = 0; i < n; i++) idx[i] = src[i];
  return !failed;
}

const SORT_KWLIST: readonly string[] = Object.freeze(['key', 'reverse']);

/** list.sort(*, key=None, reverse=False) (CPython's list_sort_impl). @internal */
export function listSort(tstate: ThreadState, self: number, keyfunc: number, reverse: boolean): number {
  const interp = tstate.interp;
  let i32 = interp.views.i32;
  const n = i32[(self + OB_SIZE) >> 2];
  const savedItems = i32[(self + LIST_OB_ITEM) >> 2];
  const savedAllocated = i32[(self + LIST_ALLOCATED) >> 2];
  const items = Array.from(i32.subarray(savedItems >> 2, (savedItems >> 2) + n));
  // The list looks empty while it sorts.
  i32[(self + OB_SIZE) >> 2] = 0;
  i32[(self + LIST_OB_ITEM) >> 2] = 0;
  i32[(self + LIST_ALLOCATED) >> 2] = -1;
  let keys: number[] = items;
  let ok = true;
  if (keyfunc !== 0 && keyfunc !== interp.runtime.immortalNone) {
    keys = [];
    for (let i = 0; i < n; i++) {
      const k = PyObject_CallOneArg(tstate, keyfunc, items[i]);
      if (k === 0) {
        ok = false;
        break;
      }
      keys.push(k);
    }
  }
  const idx = Array.from({ length: n }, (_v, i) => i);
  if (ok && n > 1) ok = mergeSort(tstate, keys, idx, reverse);
  if (keys !== items) for (const k of keys) Py_DECREF(interp, k);
  // Put the items back (sorted when all went well) and see whether the list was touched.
  i32 = interp.views.i32;
  const modified = i32[(self + LIST_ALLOCATED) >> 2] !== -1;
  if (modified) listClearItems(tstate, self);
  i32 = interp.views.i32;
  const base = savedItems >> 2;
  if (ok) for (let i = 0; i < n; i++) i32[base + i] = items[idx[i]];
  i32[(self + OB_SIZE) >> 2] = n;
  i32[(self + LIST_OB_ITEM) >> 2] = savedItems;
  i32[(self + LIST_ALLOCATED) >> 2] = savedAllocated;
  if (!ok) return 0;
  if (modified) return raise(tstate, 'ValueError', 'list modified during sort');
  return none(tstate);
}

function listSortMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  if (nargs > 0) return raise(tstate, 'TypeError', 'sort() takes no positional arguments');
  const a = _PyArg_ParseKeywords(tstate, 'sort', argsWord, 0, kwnames, SORT_KWLIST, 0);
  if (a === null) return 0;
  let reverse = false;
  if (a[1] !== 0) {
    const t = PyObject_IsTrue(tstate, a[1]);
    if (t < 0) return 0;
    reverse = t > 0;
  }
  return listSort(tstate, self, a[0], reverse);
}

/** The PyMethodDef list of list (registered in methodtable.ts). @internal */
export const LIST_METHODS: readonly PyMethodDef[] = Object.freeze([
  { name: 'append', flags: METH_O, meth: listAppendMeth, doc: 'Append object to the end of the list.' },
  { name: 'extend', flags: METH_O, meth: listExtendMeth, doc: 'Extend list by appending elements from the iterable.' },
  { name: 'insert', flags: METH_FASTCALL, meth: listInsertMeth, doc: 'Insert object before index.' },
  { name: 'remove', flags: METH_O, meth: listRemoveMeth, doc: 'Remove first occurrence of value.' },
  { name: 'pop', flags: METH_FASTCALL, meth: listPopMeth, doc: 'Remove and return item at index (default last).' },
  { name: 'clear', flags: METH_NOARGS, meth: listClearMeth, doc: 'Remove all items from list.' },
  { name: 'index', flags: METH_FASTCALL, meth: listIndexMeth, doc: 'Return first index of value.' },
  { name: 'count', flags: METH_O, meth: listCountMeth, doc: 'Return number of occurrences of value.' },
  { name: 'copy', flags: METH_NOARGS, meth: listCopy, doc: 'Return a shallow copy of the list.' },
  { name: 'reverse', flags: METH_NOARGS, meth: listReverseMeth, doc: 'Reverse *IN PLACE*.' },
  { name: 'sort', flags: METH_FASTCALL | METH_KEYWORDS, meth: listSortMeth, doc: 'Sort the list in ascending order and return None.' },
]);
