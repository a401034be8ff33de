// slice (CPython's Objects/sliceobject.c): the slice object `slice(start, stop, step)` that
// BUILD_SLICE makes and `seq[slice]` takes (GC-tracked; layout in sliceobject.layout.ts), and
// the index arithmetic (PySlice_Unpack, PySlice_AdjustIndices) shared by str, bytes, tuple and
// list slicing.

import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { raise } from './exceptions.js';
import { PyObject_GC_Del, PyObject_RichCompareBool, Py_DECREF, Py_INCREF, Py_TYPE, _PyObject_GC_New, _PyObject_ReprString, typeName } from './object.js';
import { METH_O } from './methoddef.js';
import type { PyGetSetDef, PyMethodDef } from './methoddef.js';
import { PY_SLICE_OBJECT } from './sliceobject.layout.js';
import { PyLong_AsBigInt, PyLong_FromLong } from './longobject.js';
import { PyTuple_New, PyTuple_Pack, PyTuple_SET_ITEM, tupleLength } from './tupleobject.js';

const START = PY_SLICE_OBJECT.offsetBytes.start;
const STOP = PY_SLICE_OBJECT.offsetBytes.stop;
const STEP = PY_SLICE_OBJECT.offsetBytes.step;

/** Python's sys.maxsize for pergil's 32-bit indexes: an omitted stop. @public */
export const PY_SSIZE_T_MAX = 0x7fffffff;
/** The most negative index: an omitted stop with a negative step. @public */
export const PY_SSIZE_T_MIN = -0x80000000;

/** A slice's start, stop and item count after PySlice_AdjustIndices. @public */
export interface AdjustedSlice {
  /** First index taken. */
  readonly start: number;
  /** Index past the last one taken. */
  readonly stop: number;
  /** Items in the slice. */
  readonly sliceLength: number;
}

/**
 * Defaults for omitted parts (CPython's PySlice_Unpack): `null` start is 0 (or the end for a
 * negative step), `null` stop is the end (or before the start), `null` step is 1. The step must
 * not be 0 (the caller raises "slice step cannot be zero").
 * @public
 */
export function PySlice_Unpack(start: number | null, stop: number | null, step: number | null): [number, number, number] {
  const st = step ?? 1;
  return [start ?? (st < 0 ? PY_SSIZE_T_MAX : 0), stop ?? (st < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX), st];
}

/** Clamps start and stop to a sequence of `length` items (CPython's PySlice_AdjustIndices). @public */
export function PySlice_AdjustIndices(length: number, start: number, stop: number, step: number): AdjustedSlice {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let sliceLength = 0;
  if (step < 0) {
    if (stop < start) sliceLength = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    sliceLength = Math.floor((stop - start - 1) / step) + 1;
  }
  return { start, stop, sliceLength };
}

/** True if `h` is a slice (CPython's PySlice_Check). @public */
export function PySlice_Check(interp: InterpreterState, h: number): boolean {
  return h !== 0 && Py_TYPE(interp, h) === interp.runtime.staticType('slice');
}

/**
 * A new slice (CPython's PySlice_New): new references to start, stop and step are taken; 0
 * for any of them means None. NULL with MemoryError set.
 * @public
 */
export function PySlice_New(tstate: ThreadState, start: number, stop: number, step: number): number {
  const interp = tstate.interp;
  const none = interp.runtime.immortalNone;
  const h = _PyObject_GC_New(tstate, interp.runtime.staticType('slice'), PY_SLICE_OBJECT.sizeBytes);
  if (h === 0) return 0;
  const a = start === 0 ? none : start;
  const b = stop === 0 ? none : stop;
  const c = step === 0 ? none : step;
  Py_INCREF(interp, a);
  Py_INCREF(interp, b);
  Py_INCREF(interp, c);
  const i32 = interp.views.i32;
  i32[(h + START) >> 2] = a;
  i32[(h + STOP) >> 2] = b;
  i32[(h + STEP) >> 2] = c;
  return h;
}

/** The slice's start, stop or step (borrowed). @public */
export function sliceMember(interp: InterpreterState, slice: number, which: 'start' | 'stop' | 'step'): number {
  const off = which === 'start' ? START : which === 'stop' ? STOP : STEP;
  return interp.views.i32[(slice + off) >> 2];
}

/** tp_dealloc of slice: drops the three bounds, frees the block. @internal */
export function sliceDealloc(interp: InterpreterState, h: number): void {
  const i32 = interp.views.i32;
  const a = i32[(h + START) >> 2];
  const b = i32[(h + STOP) >> 2];
  const c = i32[(h + STEP) >> 2];
  Py_DECREF(interp, a);
  Py_DECREF(interp, b);
  Py_DECREF(interp, c);
  PyObject_GC_Del(interp, h);
}

/** repr() of a slice: `slice(1, 2, None)` (CPython's slice_repr); null with an exception set. @internal */
export function sliceRepr(tstate: ThreadState, h: number): string | null {
  const interp = tstate.interp;
  const parts: string[] = [];
  for (const which of ['start', 'stop', 'step'] as const) {
    const r = _PyObject_ReprString(tstate, sliceMember(interp, h, which));
    if (r === null) return null;
    parts.push(r);
  }
  return `slice(${parts.join(', ')})`;
}

/** A slice bound (CPython's _PyEval_SliceIndex): a number (huge ints clamped), null for None, undefined with TypeError set. */
function boundOf(tstate: ThreadState, h: number): number | null | undefined {
  const interp = tstate.interp;
  if (h === interp.runtime.immortalNone) return null;
  const t = Py_TYPE(interp, h);
  if (t === interp.types.int || t === interp.types.bool) {
    const n = PyLong_AsBigInt(interp, h);
    if (n > BigInt(PY_SSIZE_T_MAX)) return PY_SSIZE_T_MAX;
    if (n < BigInt(PY_SSIZE_T_MIN)) return PY_SSIZE_T_MIN;
    return Number(n);
  }
  raise(tstate, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
  return undefined;
}

/**
 * The slice's bounds as numbers (null for None) (CPython's PySlice_Unpack before defaults):
 * undefined with TypeError set, or ValueError "slice step cannot be zero".
 * @public
 */
export function sliceBounds(tstate: ThreadState, slice: number): [number | null, number | null, number | null] | undefined {
  const interp = tstate.interp;
  const step = boundOf(tstate, sliceMember(interp, slice, 'step'));
  if (step === undefined) return undefined;
  if (step === 0) {
    raise(tstate, 'ValueError', 'slice step cannot be zero');
    return undefined;
  }
  const start = boundOf(tstate, sliceMember(interp, slice, 'start'));
  if (start === undefined) return undefined;
  const stop = boundOf(tstate, sliceMember(interp, slice, 'stop'));
  if (stop === undefined) return undefined;
  return [start, stop, step];
}

/** slice.indices(length): the tuple (start, stop, step) for a sequence of `length` items (CPython's slice_indices). @public */
export function sliceIndices(tstate: ThreadState, slice: number, length: number): number {
  if (length < 0) return raise(tstate, 'ValueError', 'length should not be negative');
  const b = sliceBounds(tstate, slice);
  if (b === undefined) return 0;
  const [a, z, s] = PySlice_Unpack(b[0], b[1], b[2]);
  const adj = PySlice_AdjustIndices(length, a, z, s);
  const values = [adj.start, adj.stop, s];
  const t = PyTuple_New(tstate, 3);
  if (t === 0) return 0;
  for (let i = 0; i < 3; i++) {
    const v = PyLong_FromLong(tstate, values[i]);
    if (v === 0) {
      Py_DECREF(tstate.interp, t);
      return 0;
    }
    PyTuple_SET_ITEM(tstate.interp, t, i, v);
  }
  return t;
}

function sliceGetter(which: 'start' | 'stop' | 'step'): PyGetSetDef {
  return Object.freeze({
    name: which,
    get: (tstate: ThreadState, self: number): number => {
      const v = sliceMember(tstate.interp, self, which);
      Py_INCREF(tstate.interp, v);
      return v;
    },
  });
}

/** slice's read-only members start, stop, step (CPython's slice_members). @public */
export const SLICE_GETSETS: readonly PyGetSetDef[] = Object.freeze([sliceGetter('start'), sliceGetter('stop'), sliceGetter('step')]);

/** slice's methods (CPython's slice_methods): indices. @public */
export const SLICE_METHODS: readonly PyMethodDef[] = Object.freeze([
  Object.freeze({
    name: 'indices',
    flags: METH_O,
    doc: 'S.indices(len) -> (start, stop, stride)',
    meth: (tstate: ThreadState, self: number, argsWord: number): number => {
      const interp = tstate.interp;
      const len = interp.views.i32[argsWord];
      const t = Py_TYPE(interp, len);
      if (t !== interp.types.int && t !== interp.types.bool) {
        return raise(tstate, 'TypeError', `'${typeName(interp, t)}' object cannot be interpreted as an integer`);
      }
      const n = PyLong_AsBigInt(interp, len);
      if (n > BigInt(PY_SSIZE_T_MAX)) return raise(tstate, 'OverflowError', "Python int too large to convert to C ssize_t");
      return sliceIndices(tstate, self, Number(n));
    },
  }),
]);

/** slice(stop) / slice(start, stop[, step]) (CPython's slice_new). @internal */
export function sliceNew(tstate: ThreadState, _type: number, argsWord: number, nargs: number, kwnames: number): number {
  if (kwnames !== 0 && tupleLength(tstate.interp, kwnames) > 0) return raise(tstate, 'TypeError', 'slice() takes no keyword arguments');
  if (nargs < 1) return raise(tstate, 'TypeError', 'slice expected at least 1 argument, got 0');
  if (nargs > 3) return raise(tstate, 'TypeError', `slice expected at most 3 arguments, got ${nargs}`);
  const i32 = tstate.interp.views.i32;
  if (nargs === 1) return PySlice_New(tstate, 0, i32[argsWord], 0);
  return PySlice_New(tstate, i32[argsWord], i32[argsWord + 1], nargs === 3 ? i32[argsWord + 2] : 0);
}

/**
 * `a op b` for two slices (CPython's slice_richcompare): their (start, stop, step) tuples
 * compared. 1/0, or -1 with an exception set. The caller checks both are slices.
 * @internal
 */
export function sliceRichCompareBool(tstate: ThreadState, a: number, b: number, op: number): number {
  const interp = tstate.interp;
  const ta = PyTuple_Pack(tstate, [sliceMember(interp, a, 'start'), sliceMember(interp, a, 'stop'), sliceMember(interp, a, 'step')]);
  if (ta === 0) return -1;
  const tb = PyTuple_Pack(tstate, [sliceMember(interp, b, 'start'), sliceMember(interp, b, 'stop'), sliceMember(interp, b, 'step')]);
  if (tb === 0) {
    Py_DECREF(interp, ta);
    return -1;
  }
  const r = PyObject_RichCompareBool(tstate, ta, tb, op);
  Py_DECREF(interp, ta);
  Py_DECREF(interp, tb);
  return r;
}
