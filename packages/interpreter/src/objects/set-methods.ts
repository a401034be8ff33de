// The methods of set and frozenset, and of tuple and range, as Python calls them (CPython's
// set_methods/frozenset_methods in Objects/setobject.c, tuple_methods in Objects/tupleobject.c,
// range_methods/range_members in Objects/rangeobject.c): thin wrappers over the operations
// setobject.ts, tupleobject.ts and rangeobject.ts already implement.

import type { ThreadState } from '../thread-state.js';
import { raise } from './exceptions.js';
import type { PyGetSetDef, PyMethodDef } from './methoddef.js';
import { METH_FASTCALL, METH_NOARGS, METH_O } from './methoddef.js';
import { PyLong_FromBigInt, PyLong_FromLong } from './longobject.js';
import { PyObject_RichCompareBool, Py_EQ } from './object.js';
import { rangeCount, rangeIndex, rangeValues } from './rangeobject.js';
import {
  PySet_Add, PySet_Clear, PySet_Discard, PySet_Pop, setCopy, setDifference, setDifferenceUpdate, setIntersection,
  setIntersectionUpdate, setIsDisjoint, setIsSubset, setIsSuperset, setRemove, setSymmetricDifference,
  setSymmetricDifferenceUpdate, setUnion, setUpdate,
} from './setobject.js';
import { PyTuple_GET_ITEM, tupleLength } from './tupleobject.js';
import { indexArg } from './list-methods.js';

function none(tstate: ThreadState): number {
  return tstate.interp.runtime.immortalNone;
}

function boolOf(tstate: ThreadState, r: number): number {
  if (r < 0) return 0;
  return r > 0 ? tstate.interp.runtime.immortalTrue : tstate.interp.runtime.immortalFalse;
}

/** The positional arguments as a JS array (read before any allocation). */
function argList(tstate: ThreadState, argsWord: number, nargs: number): number[] {
  const i32 = tstate.interp.views.i32;
  const out = new Array<number>(nargs);
  for (let i = 0; i < nargs; i++) out[i] = i32[argsWord + i];
  return out;
}

function one(tstate: ThreadState, argsWord: number): number {
  return tstate.interp.views.i32[argsWord];
}

// ---- set / frozenset --------------------------------------------------------------------------

const setAdd = (tstate: ThreadState, self: number, argsWord: number): number => (PySet_Add(tstate, self, one(tstate, argsWord)) < 0 ? 0 : none(tstate));
const setRemoveMeth = (tstate: ThreadState, self: number, argsWord: number): number => (setRemove(tstate, self, one(tstate, argsWord)) < 0 ? 0 : none(tstate));
const setDiscard = (tstate: ThreadState, self: number, argsWord: number): number => (PySet_Discard(tstate, self, one(tstate, argsWord)) < 0 ? 0 : none(tstate));
const setPop = (tstate: ThreadState, self: number): number => PySet_Pop(tstate, self);
const setClear = (tstate: ThreadState, self: number): number => (PySet_Clear(tstate, self) < 0 ? 0 : none(tstate));
const setCopyMeth = (tstate: ThreadState, self: number): number => setCopy(tstate, self);
const setUpdateMeth = (tstate: ThreadState, self: number, argsWord: number, nargs: number): number =>
  setUpdate(tstate, self, argList(tstate, argsWord, nargs)) < 0 ? 0 : none(tstate);
const setUnionMeth = (tstate: ThreadState, self: number, argsWord: number, nargs: number): number => setUnion(tstate, self, argList(tstate, argsWord, nargs));
const setIntersectionMeth = (tstate: ThreadState, self: number, argsWord: number, nargs: number): number =>
  setIntersection(tstate, self, argList(tstate, argsWord, nargs));
const setDifferenceMeth = (tstate: ThreadState, self: number, argsWord: number, nargs: number): number =>
  setDifference(tstate, self, argList(tstate, argsWord, nargs));
const setIntersectionUpdateMeth = (tstate: ThreadState, self: number, argsWord: number, nargs: number): number =>
  setIntersectionUpdate(tstate, self, argList(tstate, argsWord, nargs)) < 0 ? 0 : none(tstate);
const setDifferenceUpdateMeth = (tstate: ThreadState, self: number, argsWord: number, nargs: number): number =>
  setDifferenceUpdate(tstate, self, argList(tstate, argsWord, nargs)) < 0 ? 0 : none(tstate);
const setSymDiffMeth = (tstate: ThreadState, self: number, argsWord: number): number => setSymmetricDifference(tstate, self, one(tstate, argsWord));
const setSymDiffUpdateMeth = (tstate: ThreadState, self: number, argsWord: number): number =>
  setSymmetricDifferenceUpdate(tstate, self, one(tstate, argsWord)) < 0 ? 0 : none(tstate);
const setIsSubsetMeth = (tstate: ThreadState, self: number, argsWord: number): number => boolOf(tstate, setIsSubset(tstate, self, one(tstate, argsWord)));
const setIsSupersetMeth = (tstate: ThreadState, self: number, argsWord: number): number => boolOf(tstate, setIsSuperset(tstate, self, one(tstate, argsWord)));
const setIsDisjointMeth = (tstate: ThreadState, self: number, argsWord: number): number => boolOf(tstate, setIsDisjoint(tstate, self, one(tstate, argsWord)));

/** The PyMethodDef list of frozenset (registered in methodtable.ts). @internal */
export const FROZENSET_METHODS: readonly PyMethodDef[] = Object.freeze([
  { name: 'copy', flags: METH_NOARGS, meth: setCopyMeth, doc: 'Return a shallow copy of a set.' },
  { name: 'difference', flags: METH_FASTCALL, meth: setDifferenceMeth, doc: 'Return the difference of two or more sets as a new set.' },
  { name: 'intersection', flags: METH_FASTCALL, meth: setIntersectionMeth, doc: 'Return the intersection of two sets as a new set.' },
  { name: 'isdisjoint', flags: METH_O, meth: setIsDisjointMeth, doc: 'Return True if two sets have a null intersection.' },
  { name: 'issubset', flags: METH_O, meth: setIsSubsetMeth, doc: 'Report whether another set contains this set.' },
  { name: 'issuperset', flags: METH_O, meth: setIsSupersetMeth, doc: 'Report whether this set contains another set.' },
  { name: 'symmetric_difference', flags: METH_O, meth: setSymDiffMeth, doc: 'Return the symmetric difference of two sets as a new set.' },
  { name: 'union', flags: METH_FASTCALL, meth: setUnionMeth, doc: 'Return the union of sets as a new set.' },
]);

/** The PyMethodDef list of set (registered in methodtable.ts). @internal */
export const SET_METHODS: readonly PyMethodDef[] = Object.freeze([
  { name: 'add', flags: METH_O, meth: setAdd, doc: 'Add an element to a set.' },
  { name: 'clear', flags: METH_NOARGS, meth: setClear, doc: 'Remove all elements from this set.' },
  { name: 'discard', flags: METH_O, meth: setDiscard, doc: 'Remove an element from a set if it is a member.' },
  { name: 'pop', flags: METH_NOARGS, meth: setPop, doc: 'Remove and return an arbitrary set element.' },
  { name: 'remove', flags: METH_O, meth: setRemoveMeth, doc: 'Remove an element from a set; it must be a member.' },
  { name: 'update', flags: METH_FASTCALL, meth: setUpdateMeth, doc: 'Update a set with the union of itself and others.' },
  { name: 'difference_update', flags: METH_FASTCALL, meth: setDifferenceUpdateMeth, doc: 'Remove all elements of another set from this set.' },
  { name: 'intersection_update', flags: METH_FASTCALL, meth: setIntersectionUpdateMeth, doc: 'Update a set with the intersection of itself and another.' },
  { name: 'symmetric_difference_update', flags: METH_O, meth: setSymDiffUpdateMeth, doc: 'Update a set with the symmetric difference of itself and another.' },
  ...FROZENSET_METHODS,
]);

// ---- tuple --------------------------------------------------------------------------------------

function tupleCountMeth(tstate: ThreadState, self: number, argsWord: number): number {
  const interp = tstate.interp;
  const x = one(tstate, argsWord);
  let count = 0;
  const n = tupleLength(interp, self);
  for (let i = 0; i < n; i++) {
    const c = PyObject_RichCompareBool(tstate, PyTuple_GET_ITEM(interp, self, i), x, Py_EQ);
    if (c < 0) return 0;
    count += c;
  }
  return PyLong_FromLong(tstate, count);
}

function clampIndex(i: number, n: number): number {
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  return i > n ? n : i;
}

function tupleIndexMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  if (nargs < 1 || nargs > 3) {
    return raise(tstate, 'TypeError', nargs < 1 ? `index expected at least 1 argument, got ${nargs}` : `index expected at most 3 arguments, got ${nargs}`);
  }
  const [x, startArg, stopArg] = argList(tstate, argsWord, nargs);
  const n = tupleLength(interp, self);
  let start = 0;
  let stop = n;
  if (startArg !== undefined) {
    const s = indexArg(tstate, startArg);
    if (s === null) return 0;
    start = clampIndex(s, n);
  }
  if (stopArg !== undefined) {
    const s = indexArg(tstate, stopArg);
    if (s === null) return 0;
    stop = clampIndex(s, n);
  }
  for (let i = start; i < stop; i++) {
    const c = PyObject_RichCompareBool(tstate, PyTuple_GET_ITEM(interp, self, i), x, Py_EQ);
    if (c < 0) return 0;
    if (c > 0) return PyLong_FromLong(tstate, i);
  }
  return raise(tstate, 'ValueError', 'tuple.index(x): x not in tuple');
}

/** The PyMethodDef list of tuple (registered in methodtable.ts). @internal */
export const TUPLE_METHODS: readonly PyMethodDef[] = Object.freeze([
  { name: 'index', flags: METH_FASTCALL, meth: tupleIndexMeth, doc: 'Return first index of value.' },
  { name: 'count', flags: METH_O, meth: tupleCountMeth, doc: 'Return number of occurrences of value.' },
]);

// ---- range --------------------------------------------------------------------------------------

/** The PyMethodDef list of range (registered in methodtable.ts). @internal */
export const RANGE_METHODS: readonly PyMethodDef[] = Object.freeze([
  { name: 'count', flags: METH_O, meth: (tstate: ThreadState, self: number, argsWord: number) => rangeCount(tstate, self, one(tstate, argsWord)) },
  { name: 'index', flags: METH_O, meth: (tstate: ThreadState, self: number, argsWord: number) => rangeIndex(tstate, self, one(tstate, argsWord)) },
]);

/** The PyGetSetDef list of range: start, stop, step (CPython's range_members). @internal */
export const RANGE_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  { name: 'start', get: (tstate: ThreadState, self: number) => PyLong_FromBigInt(tstate, rangeValues(tstate.interp, self).start) },
  { name: 'stop', get: (tstate: ThreadState, self: number) => PyLong_FromBigInt(tstate, rangeValues(tstate.interp, self).stop) },
  { name: 'step', get: (tstate: ThreadState, self: number) => PyLong_FromBigInt(tstate, rangeValues(tstate.interp, self).step) },
]);
