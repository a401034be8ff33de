// range (CPython's Objects/rangeobject.c): an immutable arithmetic sequence holding start,
// stop, step and its precomputed length as int objects, so any size works; len() of a range
// longer than Py_ssize_t raises OverflowError like CPython. Indexing, slicing (a slice of a
// range is a range), `in`, index/count, equality by the sequence it describes
// (range(0) == range(2, 2)), hash and repr. See rangeobject.layout.ts for the bytes.
// The arithmetic runs on BigInt (read from the int objects); a small-int fast path can come
// when the eval loop iterates ranges.

import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { raise } from './exceptions.js';
import { PyFloat_AS_DOUBLE } from './floatobject.js';
import { PyLong_AsBigInt, PyLong_FromBigInt } from './longobject.js';
import {
  PyFloat_Check,
  PyLong_Check,
  PyObject_Free,
  PyObject_Hash,
  Py_DECREF,
  Py_EQ,
  Py_NE,
  Py_TYPE,
  Py_TYPE_NAME,
  _PyObject_New,
  _PyObject_ReprString,
} from './object.js';
import { PY_RANGE_OBJECT, RANGE_LENGTH, RANGE_START, RANGE_STEP, RANGE_STOP } from './rangeobject.layout.js';
import { PyTuple_Pack } from './tupleobject.js';

/** CPython's PY_SSIZE_T_MAX on a 64-bit build. */
const SSIZE_T_MAX = (1n << 63n) - 1n;
const OPSTRINGS: readonly string[] = Object.freeze(['<', '<=', '==', '!=', '>', '>=']);

/** True for a range object. @public */
export function PyRange_Check(interp: InterpreterState, h: number): boolean {
  return Py_TYPE(interp, h) === interp.runtime.staticType('range');
}

/** tp_dealloc of range: drops the four ints. @internal */
export function rangeDealloc(interp: InterpreterState, h: number): void {
  const i32 = interp.views.i32;
  const fields = [i32[(h + RANGE_START) >> 2], i32[(h + RANGE_STOP) >> 2], i32[(h + RANGE_STEP) >> 2], i32[(h + RANGE_LENGTH) >> 2]];
  PyObject_Free(interp, h);
  for (const f of fields) Py_DECREF(interp, f);
}

/** CPython's compute_range_length. */
function computeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n && start < stop) return (stop - start - 1n) / step + 1n;
  if (step < 0n && start > stop) return (start - stop - 1n) / -step + 1n;
  return 0n;
}

/** A range from bigints (CPython's make_range_object); step must not be 0. */
function makeRange(tstate: ThreadState, start: bigint, stop: bigint, step: bigint): number {
  const interp = tstate.interp;
  const values = [start, stop, step, computeLength(start, stop, step)];
  const hs: number[] = [];
  for (const v of values) {
    const h = PyLong_FromBigInt(tstate, v);
    if (h === 0) {
      for (const x of hs) Py_DECREF(interp, x);
      return 0;
    }
    hs.push(h);
  }
  const r = _PyObject_New(tstate, interp.runtime.staticType('range'), PY_RANGE_OBJECT.sizeBytes);
  if (r === 0) {
    for (const x of hs) Py_DECREF(interp, x);
    return 0;
  }
  const i32 = interp.views.i32;
  i32[(r + RANGE_START) >> 2] = hs[0];
  i32[(r + RANGE_STOP) >> 2] = hs[1];
  i32[(r + RANGE_STEP) >> 2] = hs[2];
  i32[(r + RANGE_LENGTH) >> 2] = hs[3];
  return r;
}

/** An int argument as a bigint, or null with CPython's TypeError set. */
function indexArg(tstate: ThreadState, h: number): bigint | null {
  const interp = tstate.interp;
  if (PyLong_Check(interp, h)) return PyLong_AsBigInt(interp, h);
  raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, h)}' object cannot be interpreted as an integer`);
  return null;
}

/**
 * range(*args) (CPython's range_new): one to three ints (borrowed); a new range, or NULL with
 * TypeError or ValueError "range() arg 3 must not be zero".
 * @public
 */
export function PyRange_New(tstate: ThreadState, args: readonly number[]): number {
  if (args.length === 0) return raise(tstate, 'TypeError', 'range expected at least 1 argument, got 0');
  if (args.length > 3) return raise(tstate, 'TypeError', `range expected at most 3 arguments, got ${args.length}`);
  const values: bigint[] = [];
  for (const a of args) {
    const v = indexArg(tstate, a);
    if (v === null) return 0;
    values.push(v);
  }
  if (values.length === 1) return makeRange(tstate, 0n, values[0], 1n);
  const step = values.length === 3 ? values[2] : 1n;
  if (step === 0n) return raise(tstate, 'ValueError', 'range() arg 3 must not be zero');
  return makeRange(tstate, values[0], values[1], step);
}

/** start, stop, step and length of a range as bigints. @public */
export function rangeValues(interp: InterpreterState, r: number): { start: bigint; stop: bigint; step: bigint; length: bigint } {
  const i32 = interp.views.i32;
  return {
    start: PyLong_AsBigInt(interp, i32[(r + RANGE_START) >> 2]),
    stop: PyLong_AsBigInt(interp, i32[(r + RANGE_STOP) >> 2]),
    step: PyLong_AsBigInt(interp, i32[(r + RANGE_STEP) >> 2]),
    length: PyLong_AsBigInt(interp, i32[(r + RANGE_LENGTH) >> 2]),
  };
}

/**
 * len(r) (CPython's range_length): the length, or -1 with OverflowError "Python int too large
 * to convert to C ssize_t" when it does not fit in Py_ssize_t.
 * @public
 */
export function rangeLength(tstate: ThreadState, r: number): number {
  const n = rangeValues(tstate.interp, r).length;
  if (n > SSIZE_T_MAX) {
    raise(tstate, 'OverflowError', 'Python int too large to convert to C ssize_t');
    return -1;
  }
  return Number(n);
}

/**
 * r[i] for an int index (CPython's compute_range_item with range_subscript's checks): a new
 * int, or NULL with IndexError "range object index out of range" or TypeError.
 * @public
 */
export function rangeGetItem(tstate: ThreadState, r: number, index: number): number {
  const interp = tstate.interp;
  if (!PyLong_Check(interp, index)) {
    return raise(tstate, 'TypeError', `range indices must be integers or slices, not ${Py_TYPE_NAME(interp, index)}`);
  }
  const { start, step, length } = rangeValues(interp, r);
  let i = PyLong_AsBigInt(interp, index);
  if (i < 0n) i += length;
  if (i < 0n || i >= length) return raise(tstate, 'IndexError', 'range object index out of range');
  return PyLong_FromBigInt(tstate, start + i * step);
}

/** A slice bound or step: null for None, a bigint, or undefined with TypeError set. */
function sliceArg(tstate: ThreadState, h: number): bigint | null | undefined {
  const interp = tstate.interp;
  if (h === 0 || h === interp.runtime.immortalNone) return null;
  if (PyLong_Check(interp, h)) return PyLong_AsBigInt(interp, h);
  raise(tstate, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
  return undefined;
}

/**
 * r[start:stop:step] (CPython's compute_slice over _PySlice_GetLongIndices): the bounds are
 * ints or None (or 0); a new range, or NULL with ValueError "slice step cannot be zero".
 * @public
 */
export function rangeSlice(tstate: ThreadState, r: number, start: number, stop: number, step: number): number {
  const a = sliceArg(tstate, start);
  const b = sliceArg(tstate, stop);
  const c = sliceArg(tstate, step);
  if (a === undefined || b === undefined || c === undefined) return 0;
  const st = c ?? 1n;
  if (st === 0n) return raise(tstate, 'ValueError', 'slice step cannot be zero');
  const v = rangeValues(tstate.interp, r);
  const lower = st < 0n ? -1n : 0n;
  const upper = st < 0n ? v.length - 1n : v.length;
  const clamp = (x: bigint | null, dflt: bigint): bigint => {
    if (x === null) return dflt;
    if (x < 0n) {
      const y = x + v.length;
      return y < lower ? lower : y;
    }
    return x > upper ? upper : x;
  };
  const i = clamp(a, st < 0n ? upper : lower);
  const j = clamp(b, st < 0n ? lower : upper);
  return makeRange(tstate, v.start + i * v.step, v.start + j * v.step, st * v.step);
}

/** The int value `x` stands for in a range test: a bigint, or null if it equals no int. */
function asIntegral(interp: InterpreterState, x: number): bigint | null | undefined {
  if (PyLong_Check(interp, x)) return PyLong_AsBigInt(interp, x);
  if (PyFloat_Check(interp, x)) {
    const d = PyFloat_AS_DOUBLE(interp, x);
    return Number.isInteger(d) ? BigInt(d) : null;
  }
  return undefined; // not a number: never equal to an item
}

function containsValue(v: { start: bigint; stop: bigint; step: bigint }, x: bigint): boolean {
  if (v.step > 0n ? x < v.start || x >= v.stop : x > v.start || x <= v.stop) return false;
  return (x - v.start) % v.step === 0n;
}

/**
 * x in r (CPython's range_contains): ints by arithmetic; a float equal to an item counts (as
 * CPython's fallback search compares items with ==); other objects equal no int. 1 or 0.
 * NON-CPYTHON: objects of other types with an __eq__ are not asked (no user classes yet).
 * @public
 */
export function rangeContains(tstate: ThreadState, r: number, x: number): number {
  const interp = tstate.interp;
  const v = asIntegral(interp, x);
  if (v === null || v === undefined) return 0;
  return containsValue(rangeValues(interp, r), v) ? 1 : 0;
}

/** r.count(x): a new int (0 or 1). @public */
export function rangeCount(tstate: ThreadState, r: number, x: number): number {
  return PyLong_FromBigInt(tstate, BigInt(rangeContains(tstate, r, x)));
}

/**
 * r.index(x): a new int, or NULL with ValueError "repr(x) is not in range" (ints) or
 * "sequence.index(x): x not in sequence" (others, as CPython's generic search).
 * @public
 */
export function rangeIndex(tstate: ThreadState, r: number, x: number): number {
  const interp = tstate.interp;
  const v = rangeValues(interp, r);
  const xi = asIntegral(interp, x);
  if (xi !== null && xi !== undefined && containsValue(v, xi)) return PyLong_FromBigInt(tstate, (xi - v.start) / v.step);
  if (PyLong_Check(interp, x)) {
    const rep = _PyObject_ReprString(tstate, x);
    return rep === null ? 0 : raise(tstate, 'ValueError', `${rep} is not in range`);
  }
  return raise(tstate, 'ValueError', 'sequence.index(x): x not in sequence');
}

/**
 * `a op b` for a range `a` (CPython's range_richcompare): equal when they describe the same
 * sequence; a non-range is unequal; ordering raises TypeError. 1, 0, or -1.
 * @public
 */
export function rangeRichCompareBool(tstate: ThreadState, a: number, b: number, op: number): number {
  const interp = tstate.interp;
  if (op !== Py_EQ && op !== Py_NE) {
    raise(tstate, 'TypeError', `'${OPSTRINGS[op]}' not supported between instances of '${Py_TYPE_NAME(interp, a)}' and '${Py_TYPE_NAME(interp, b)}'`);
    return -1;
  }
  let eq = false;
  if (a === b) {
    eq = true;
  } else if (PyRange_Check(interp, b)) {
    const x = rangeValues(interp, a);
    const y = rangeValues(interp, b);
    eq = x.length === y.length && (x.length === 0n || (x.start === y.start && (x.length === 1n || x.step === y.step)));
  }
  return eq === (op === Py_EQ) ? 1 : 0;
}

/**
 * hash(r) (CPython's range_hash): the hash of (len, start, step), with None for start and step
 * of an empty range and for the step of a one-item range. -1 with an exception on error.
 * @public
 */
export function rangeHash(tstate: ThreadState, r: number): number {
  const interp = tstate.interp;
  const v = rangeValues(interp, r);
  const none = interp.runtime.immortalNone;
  const i32 = interp.views.i32;
  const items = [
    i32[(r + RANGE_LENGTH) >> 2],
    v.length === 0n ? none : i32[(r + RANGE_START) >> 2],
    v.length <= 1n ? none : i32[(r + RANGE_STEP) >> 2],
  ];
  const t = PyTuple_Pack(tstate, items);
  if (t === 0) return -1;
  const h = PyObject_Hash(tstate, t);
  Py_DECREF(interp, t);
  return h;
}

/** repr(r): `range(0, 5)` or `range(0, 5, 2)`. @public */
export function rangeRepr(interp: InterpreterState, r: number): string {
  const v = rangeValues(interp, r);
  return v.step === 1n ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
}
