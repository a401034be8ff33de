// tuple (CPython's Objects/tupleobject.c): immutable arrays of handles, GC-tracked. () is the
// runtime's immortal empty tuple.

import { OB_SIZE, TUPLE_OB_ITEM, tupleSizeBytes } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { raise } from './exceptions.js';
import {
  PyObject_GC_Del,
  PyObject_Hash,
  PyObject_RichCompareBool,
  Py_DECREF,
  Py_EQ,
  Py_NE,
  Py_LT,
  Py_LE,
  Py_GT,
  Py_INCREF,
  _PyObject_GC_New,
  _PyObject_ReprString,
  viewsOf,
} from './object.js';

/** tp_dealloc of tuple: drops the items, frees the block. @internal */
export function tupleDealloc(interp: InterpreterState, h: number): void {
  const n = interp.views.i32[(h + OB_SIZE) >> 2];
  const base = (h + TUPLE_OB_ITEM) >> 2;
  for (let i = 0; i < n; i++) Py_DECREF(interp, interp.views.i32[base + i]);
  PyObject_GC_Del(interp, h);
}

/**
 * A new tuple of `size` NULL items to fill with PyTuple_SET_ITEM (CPython's PyTuple_New);
 * size 0 gives the immortal (). NULL with MemoryError set.
 * @public
 */
export function PyTuple_New(tstate: ThreadState, size: number): number {
  const interp = tstate.interp;
  if (size === 0) return interp.runtime.emptyTuple;
  const h = _PyObject_GC_New(tstate, interp.types.tuple, tupleSizeBytes(size));
  if (h === 0) return 0;
  const i32 = interp.views.i32;
  i32[(h + OB_SIZE) >> 2] = size;
  i32.fill(0, (h + TUPLE_OB_ITEM) >> 2, ((h + TUPLE_OB_ITEM) >> 2) + size);
  return h;
}

/** A new tuple of `items` (each gets a new reference) (CPython's PyTuple_Pack). @public */
export function PyTuple_Pack(tstate: ThreadState, items: readonly number[]): number {
  const t = PyTuple_New(tstate, items.length);
  if (t === 0) return 0;
  for (let i = 0; i < items.length; i++) {
    Py_INCREF(tstate.interp, items[i]);
    PyTuple_SET_ITEM(tstate.interp, t, i, items[i]);
  }
  return t;
}

/** Stores `v` (stolen) as item i of the new tuple `t`, unchecked (CPython's PyTuple_SET_ITEM). @public */
export function PyTuple_SET_ITEM(interp: InterpreterState, t: number, i: number, v: number): void {
  interp.views.i32[((t + TUPLE_OB_ITEM) >> 2) + i] = v;
}

/** Item i of the tuple `t` (borrowed), unchecked (CPython's PyTuple_GET_ITEM). @public */
export function PyTuple_GET_ITEM(interp: InterpreterState, t: number, i: number): number {
  return t < 0 ? interp.runtimeViews.i32[((-t + TUPLE_OB_ITEM) >> 2) + i] : interp.views.i32[((t + TUPLE_OB_ITEM) >> 2) + i];
}

/** len(t) (CPython's PyTuple_GET_SIZE). @public */
export function tupleLength(interp: InterpreterState, t: number): number {
  return viewsOf(interp, t).i32[((t < 0 ? -t : t) + OB_SIZE) >> 2];
}

/** t[i] (a new reference; negative i counts from the end); IndexError outside. @public */
export function tupleGetItem(tstate: ThreadState, t: number, i: number): number {
  const len = tupleLength(tstate.interp, t);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return raise(tstate, 'IndexError', 'tuple index out of range');
  const x = PyTuple_GET_ITEM(tstate.interp, t, i);
  Py_INCREF(tstate.interp, x);
  return x;
}

/** t[start:stop:step], indices adjusted by PySlice_AdjustIndices. @public */
export function tupleSlice(tstate: ThreadState, t: number, start: number, step: number, sliceLength: number): number {
  const interp = tstate.interp;
  if (step === 1 && start === 0 && sliceLength === tupleLength(interp, t)) {
    Py_INCREF(interp, t);
    return t;
  }
  const r = PyTuple_New(tstate, Math.max(sliceLength, 0));
  if (r === 0) return 0;
  for (let i = 0, j = start; i < sliceLength; i++, j += step) {
    const x = PyTuple_GET_ITEM(interp, t, j);
    Py_INCREF(interp, x);
    PyTuple_SET_ITEM(interp, r, i, x);
  }
  return r;
}

/** a + b for tuples (CPython's tuple_concat). @public */
export function tupleConcat(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const la = tupleLength(interp, a);
  const lb = tupleLength(interp, b);
  const r = PyTuple_New(tstate, la + lb);
  if (r === 0) return 0;
  for (let i = 0; i < la + lb; i++) {
    const x = i < la ? PyTuple_GET_ITEM(interp, a, i) : PyTuple_GET_ITEM(interp, b, i - la);
    Py_INCREF(interp, x);
    PyTuple_SET_ITEM(interp, r, i, x);
  }
  return r;
}

/** repr() of a tuple: `()`, `(1,)`, `(1, 2)`; null with an exception set. @internal */
export function tupleRepr(tstate: ThreadState, t: number): string | null {
  const interp = tstate.interp;
  const n = tupleLength(interp, t);
  if (n === 0) return '()';
  if (tstate.reprStack.includes(t)) return '(...)';
  tstate.reprStack.push(t);
  try {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = _PyObject_ReprString(tstate, PyTuple_GET_ITEM(interp, t, i));
      if (r === null) return null;
      parts.push(r);
    }
    return n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  } finally {
    tstate.reprStack.pop();
  }
}

/**
 * `a op b` for sequences, item by item as CPython's tuplerichcompare/list_richcompare: the
 * first items that differ decide (compared with `op` itself), else the lengths do.
 * Returns 1 (true), 0 (false) or -1 (error set).
 * @internal
 */
export function sequenceCompare(tstate: ThreadState, la: number, lb: number, itemA: (i: number) => number, itemB: (i: number) => number, op: number): number {
  const n = Math.min(la, lb);
  for (let i = 0; i < n; i++) {
    const x = itemA(i);
    const y = itemB(i);
    const eq = PyObject_RichCompareBool(tstate, x, y, Py_EQ);
    if (eq < 0) return -1;
    if (eq === 0) {
      if (op === Py_EQ) return 0;
      if (op === Py_NE) return 1;
      return PyObject_RichCompareBool(tstate, x, y, op);
    }
  }
  switch (op) {
    case Py_LT:
      return la < lb ? 1 : 0;
    case Py_LE:
      return la <= lb ? 1 : 0;
    case Py_EQ:
      return la === lb ? 1 : 0;
    case Py_NE:
      return la !== lb ? 1 : 0;
    case Py_GT:
      return la > lb ? 1 : 0;
    default:
      return la >= lb ? 1 : 0;
  }
}

/** Tuple comparison for richCompare. @internal */
export function tupleCompare(tstate: ThreadState, a: number, b: number, op: number): number {
  const interp = tstate.interp;
  return sequenceCompare(tstate, tupleLength(interp, a), tupleLength(interp, b), (i) => PyTuple_GET_ITEM(interp, a, i), (i) => PyTuple_GET_ITEM(interp, b, i), op);
}

/** hash() of a tuple (CPython 3.8+'s xxHash-based tuplehash, over 32-bit item hashes). @internal */
export function tupleHash(tstate: ThreadState, t: number): number {
  const interp = tstate.interp;
  const n = tupleLength(interp, t);
  // NON-CPYTHON: the 32-bit variant of CPython's tuplehash (XXPRIME_*_32), fed pergil's hashes.
  let acc = 374761393; // XXPRIME_5 (32-bit)
  for (let i = 0; i < n; i++) {
    const lane = PyObject_Hash(tstate, PyTuple_GET_ITEM(interp, t, i));
    if (lane === -1) return -1;
    acc = (acc + Math.imul(lane | 0, -2048144777)) | 0; // XXPRIME_2
    acc = (acc << 13) | (acc >>> 19);
    acc = Math.imul(acc, -1640531535); // XXPRIME_1
  }
  acc = (acc + (n ^ (374761393 ^ 3527539))) | 0;
  return acc === -1 ? 1546275796 : acc;
}
