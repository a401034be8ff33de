// The constructors of the builtin container types as Python calls them: list and dict as in
// CPython (tp_new makes an empty object — PyType_GenericAlloc, so heap subclasses work — and
// tp_init fills it: list___init___impl in Objects/listobject.c, dict_init in
// Objects/dictobject.c), and tuple, set, frozenset and range, which fill in tp_new
// (tuple_new_impl, set_new/set_init, frozenset_new, range_new).
// NON-CPYTHON: tuple, set, frozenset and range cannot be subclassed yet (typeobject.ts refuses
// the class), so their tp_new refuses any other `type`; set is filled in tp_new, not set_init.

import type { ThreadState } from '../thread-state.js';
import { PyErr_Occurred, raise } from './exceptions.js';
import { PyIter_Next, PyObject_GetIter } from './iterobject.js';
import { listExtend } from './list-methods.js';
import { PyList_New } from './listobject.js';
import { dictUpdateCommon } from './dict-methods.js';
import { PyDict_New } from './dictobject.js';
import { Py_DECREF, Py_INCREF, Py_TYPE, typeName } from './object.js';
import { PyRange_New } from './rangeobject.js';
import { PyFrozenSet_New, PySet_New } from './setobject.js';
import { PyTuple_New, PyTuple_SET_ITEM, tupleLength } from './tupleobject.js';
import { PyType_GenericAlloc } from './typeobject.js';
import { OB_SIZE } from '@pergil/runtime-state';
import { LIST_ALLOCATED, LIST_OB_ITEM } from './listobject.layout.js';

function hasKeywords(tstate: ThreadState, kwnames: number): boolean {
  return kwnames !== 0 && tupleLength(tstate.interp, kwnames) !== 0;
}

function noKeywords(tstate: ThreadState, name: string, kwnames: number): boolean {
  if (!hasKeywords(tstate, kwnames)) return true;
  raise(tstate, 'TypeError', `${name}() takes no keyword arguments`);
  return false;
}

function atMostOne(tstate: ThreadState, name: string, nargs: number): boolean {
  if (nargs <= 1) return true;
  raise(tstate, 'TypeError', `${name} expected at most 1 argument, got ${nargs}`);
  return false;
}

function exactOrRefuse(tstate: ThreadState, type: number, builtin: number): boolean {
  if (type === builtin) return true;
  raise(tstate, 'TypeError', `cannot create '${typeName(tstate.interp, type)}' instances: subclassing '${typeName(tstate.interp, builtin)}' is not supported`);
  return false;
}

/** tp_new of list and dict: an empty instance of `type` (CPython's PyType_GenericAlloc). @internal */
export function containerAllocNew(tstate: ThreadState, type: number): number {
  return PyType_GenericAlloc(tstate, type);
}

/** list.__init__(self, iterable=(), /) (CPython's list___init___impl): clears, then extends. @internal */
export function listInit(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  if (!noKeywords(tstate, 'list', kwnames) || !atMostOne(tstate, 'list', nargs)) return -1;
  const iterable = nargs === 1 ? tstate.interp.views.i32[argsWord] : 0;
  // Empty the list (list.__init__ may be called again on a live list).
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const n = i32[(self + OB_SIZE) >> 2];
  if (n > 0) {
    const items = i32[(self + LIST_OB_ITEM) >> 2];
    const old = Array.from(i32.subarray(items >> 2, (items >> 2) + n));
    i32[(self + OB_SIZE) >> 2] = 0;
    i32[(self + LIST_OB_ITEM) >> 2] = 0;
    i32[(self + LIST_ALLOCATED) >> 2] = 0;
    interp.mem.free(items);
    for (const v of old) Py_DECREF(interp, v);
  }
  if (iterable === 0) return 0;
  return listExtend(tstate, self, iterable);
}

/** dict.__init__(self, mapping_or_pairs=(), /, **kwargs) (CPython's dict_init). @internal */
export function dictInit(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  return dictUpdateCommon(tstate, self, argsWord, nargs, kwnames, 'dict');
}

/** tp_new of list and dict (the filling is their tp_init). @internal */
export function listNew(tstate: ThreadState, type: number): number {
  if (type === tstate.interp.types.list) return PyList_New(tstate, 0);
  return containerAllocNew(tstate, type);
}

/** tp_new of dict. @internal */
export function dictNew(tstate: ThreadState, type: number): number {
  if (type === tstate.interp.types.dict) return PyDict_New(tstate);
  return containerAllocNew(tstate, type);
}

/** tuple(iterable=(), /) (CPython's tuple_new_impl / PySequence_Tuple). @internal */
export function tupleNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (!exactOrRefuse(tstate, type, interp.types.tuple)) return 0;
  if (!noKeywords(tstate, 'tuple', kwnames) || !atMostOne(tstate, 'tuple', nargs)) return 0;
  if (nargs === 0) return PyTuple_New(tstate, 0);
  const iterable = interp.views.i32[argsWord];
  if (Py_TYPE(interp, iterable) === interp.types.tuple) {
    Py_INCREF(interp, iterable);
    return iterable;
  }
  const it = PyObject_GetIter(tstate, iterable);
  if (it === 0) return 0;
  const items: number[] = [];
  for (;;) {
    const x = PyIter_Next(tstate, it);
    if (x === 0) break;
    items.push(x);
  }
  Py_DECREF(interp, it);
  const t = PyErr_Occurred(tstate) !== 0 ? 0 : PyTuple_New(tstate, items.length);
  if (t === 0) {
    for (const x of items) Py_DECREF(interp, x);
    return 0;
  }
  for (let i = 0; i < items.length; i++) PyTuple_SET_ITEM(interp, t, i, items[i]);
  return t;
}

/** set(iterable=(), /) (CPython's set_new + set_init). @internal */
export function setNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (!exactOrRefuse(tstate, type, interp.runtime.staticType('set'))) return 0;
  if (!noKeywords(tstate, 'set', kwnames) || !atMostOne(tstate, 'set', nargs)) return 0;
  return PySet_New(tstate, nargs === 1 ? interp.views.i32[argsWord] : 0);
}

/** frozenset(iterable=(), /) (CPython's frozenset_new): a frozenset argument is returned as is. @internal */
export function frozensetNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  const fs = interp.runtime.staticType('frozenset');
  if (!exactOrRefuse(tstate, type, fs)) return 0;
  if (!noKeywords(tstate, 'frozenset', kwnames) || !atMostOne(tstate, 'frozenset', nargs)) return 0;
  if (nargs === 1) {
    const it = interp.views.i32[argsWord];
    if (Py_TYPE(interp, it) === fs) {
      Py_INCREF(interp, it);
      return it;
    }
    return PyFrozenSet_New(tstate, it);
  }
  return PyFrozenSet_New(tstate, 0);
}

/** range(stop) / range(start, stop[, step]) (CPython's range_new). @internal */
export function rangeNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (!exactOrRefuse(tstate, type, interp.runtime.staticType('range'))) return 0;
  if (!noKeywords(tstate, 'range', kwnames)) return 0;
  const args: number[] = [];
  for (let i = 0; i < nargs; i++) args.push(interp.views.i32[argsWord + i]);
  return PyRange_New(tstate, args);
}

