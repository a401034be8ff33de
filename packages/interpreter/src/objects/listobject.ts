// list (CPython's Objects/listobject.c): a PyListObject (GC-tracked) whose items are a
// separately allocated array of handles in the mem domain, grown with CPython's list_resize
// over-allocation. See listobject.layout.ts for the bytes.

import { OB_SIZE } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PyErr_Clear, PyErr_ExceptionMatches, PyErr_NoMemory, PyErr_Occurred, raise } from './exceptions.js';
import { PySlice_AdjustIndices, PySlice_Unpack, sliceBounds } from './sliceobject.js';
import { PyIter_Next, PyObject_GetIter } from './iterobject.js';
import { LIST_ALLOCATED, LIST_OB_ITEM, PY_LIST_OBJECT } from './listobject.layout.js';
import { PyObject_GC_Del, Py_DECREF, Py_INCREF, _PyObject_GC_New, _PyObject_ReprString } from './object.js';
import { sequenceCompare } from './tupleobject.js';

/** tp_dealloc of list: drops the items, frees the item array and the block. @internal */
export function listDealloc(interp: InterpreterState, h: number): void {
  const i32 = interp.views.i32;
  const items = i32[(h + LIST_OB_ITEM) >> 2];
  const n = i32[(h + OB_SIZE) >> 2];
  i32[(h + OB_SIZE) >> 2] = 0;
  for (let i = 0; i < n; i++) Py_DECREF(interp, interp.views.i32[(items >> 2) + i]);
  if (items !== 0) interp.mem.free(items);
  PyObject_GC_Del(interp, h);
}

/**
 * A new list of `size` NULL items to fill with PyList_SET_ITEM (CPython's PyList_New); NULL
 * with MemoryError set.
 * @public
 */
export function PyList_New(tstate: ThreadState, size: number): number {
  const interp = tstate.interp;
  const h = _PyObject_GC_New(tstate, interp.types.list, PY_LIST_OBJECT.sizeBytes);
  if (h === 0) return 0;
  let items = 0;
  if (size > 0) {
    items = interp.mem.calloc(size, 4);
    if (items === 0) {
      PyObject_GC_Del(interp, h);
      return PyErr_NoMemory(tstate);
    }
    interp.syncViews();
  }
  const i32 = interp.views.i32;
  i32[(h + OB_SIZE) >> 2] = size;
  i32[(h + LIST_OB_ITEM) >> 2] = items;
  i32[(h + LIST_ALLOCATED) >> 2] = size;
  return h;
}

/** len(list) (CPython's PyList_GET_SIZE). @public */
export function listLength(interp: InterpreterState, list: number): number {
  return interp.views.i32[(list + OB_SIZE) >> 2];
}

/** Item i (borrowed), unchecked (CPython's PyList_GET_ITEM): one hoisted view, two loads. @public */
export function PyList_GET_ITEM(interp: InterpreterState, list: number, i: number): number {
  const i32 = interp.views.i32;
  return i32[(i32[(list + LIST_OB_ITEM) >> 2] >> 2) + i];
}

/** Stores `v` (stolen) as item i, unchecked, not dropping the old item (CPython's PyList_SET_ITEM). @public */
export function PyList_SET_ITEM(interp: InterpreterState, list: number, i: number, v: number): void {
  const i32 = interp.views.i32;
  i32[(i32[(list + LIST_OB_ITEM) >> 2] >> 2) + i] = v;
}

/** Item i (borrowed), checked: NULL with IndexError "list index out of range" (CPython's PyList_GetItem). @public */
export function PyList_GetItem(tstate: ThreadState, list: number, i: number): number {
  const interp = tstate.interp;
  const n = interp.views.i32[(list + OB_SIZE) >> 2];
  if (i < 0 || i >= n) return raise(tstate, 'IndexError', 'list index out of range');
  return PyList_GET_ITEM(interp, list, i);
}

/** list[i] with negative indexes (a new reference) — the BINARY_SUBSCR path. @public */
export function listSubscript(tstate: ThreadState, list: number, i: number): number {
  const interp = tstate.interp;
  const n = interp.views.i32[(list + OB_SIZE) >> 2];
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(tstate, 'IndexError', 'list index out of range');
  const x = PyList_GET_ITEM(interp, list, i);
  Py_INCREF(interp, x);
  return x;
}

/** list[i] = v (v borrowed), negative indexes allowed; -1 with IndexError "list assignment index out of range". @public */
export function PyList_SetItem(tstate: ThreadState, list: number, i: number, v: number): number {
  const interp = tstate.interp;
  const n = interp.views.i32[(list + OB_SIZE) >> 2];
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise(tstate, 'IndexError', 'list assignment index out of range');
    return -1;
  }
  Py_INCREF(interp, v);
  const old = PyList_GET_ITEM(interp, list, i);
  PyList_SET_ITEM(interp, list, i, v);
  Py_DECREF(interp, old);
  return 0;
}

/**
 * Makes room for `newsize` items (CPython's list_resize, with its over-allocation:
 * newsize + newsize/8 + 6, rounded down to a multiple of 4). 0, or -1 with MemoryError set.
 */
function listResize(tstate: ThreadState, list: number, newsize: number): number {
  const interp = tstate.interp;
  let i32 = interp.views.i32;
  const allocated = i32[(list + LIST_ALLOCATED) >> 2];
  if (allocated >= newsize && newsize >= allocated >> 1) {
    i32[(list + OB_SIZE) >> 2] = newsize;
    return 0;
  }
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - i32[(list + OB_SIZE) >> 2] > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  const old = i32[(list + LIST_OB_ITEM) >> 2];
  let items = 0;
  if (newAllocated > 0) {
    items = old === 0 ? interp.mem.malloc(newAllocated * 4) : interp.mem.realloc(old, newAllocated * 4);
    if (items === 0) {
      PyErr_NoMemory(tstate);
      return -1;
    }
    interp.syncViews();
  } else if (old !== 0) {
    interp.mem.free(old);
  }
  i32 = interp.views.i32;
  i32[(list + LIST_OB_ITEM) >> 2] = items;
  i32[(list + LIST_ALLOCATED) >> 2] = newAllocated;
  i32[(list + OB_SIZE) >> 2] = newsize;
  return 0;
}

/** list.append(v) (v borrowed) (CPython's PyList_Append): 0, or -1 with an exception set. @public */
export function PyList_Append(tstate: ThreadState, list: number, v: number): number {
  const interp = tstate.interp;
  const n = interp.views.i32[(list + OB_SIZE) >> 2];
  if (n < interp.views.i32[(list + LIST_ALLOCATED) >> 2]) {
    Py_INCREF(interp, v);
    interp.views.i32[(list + OB_SIZE) >> 2] = n + 1;
    PyList_SET_ITEM(interp, list, n, v);
    return 0;
  }
  if (listResize(tstate, list, n + 1) < 0) return -1;
  Py_INCREF(interp, v);
  PyList_SET_ITEM(interp, list, n, v);
  return 0;
}

/** list.insert(where, v) (v borrowed), clamping `where` like CPython's PyList_Insert. @public */
export function PyList_Insert(tstate: ThreadState, list: number, where: number, v: number): number {
  const interp = tstate.interp;
  const n = listLength(interp, list);
  if (listResize(tstate, list, n + 1) < 0) return -1;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const i32 = interp.views.i32;
  const base = i32[(list + LIST_OB_ITEM) >> 2] >> 2;
  i32.copyWithin(base + where + 1, base + where, base + n);
  Py_INCREF(interp, v);
  i32[base + where] = v;
  return 0;
}

/** list.pop(index) (a new reference): IndexError "pop from empty list" / "pop index out of range". @public */
export function listPop(tstate: ThreadState, list: number, index: number): number {
  const interp = tstate.interp;
  const n = listLength(interp, list);
  if (n === 0) return raise(tstate, 'IndexError', 'pop from empty list');
  if (index < 0) index += n;
  if (index < 0 || index >= n) return raise(tstate, 'IndexError', 'pop index out of range');
  const i32 = interp.views.i32;
  const base = i32[(list + LIST_OB_ITEM) >> 2] >> 2;
  const v = i32[base + index];
  i32.copyWithin(base + index, base + index + 1, base + n);
  if (listResize(tstate, list, n - 1) < 0) {
    // shrinking never needs memory, but keep the invariant if realloc failed
    PyErr_NoMemory(tstate);
  }
  return v;
}

/** list[start:stop:step], indices adjusted by PySlice_AdjustIndices: a new list. @public */
export function listSlice(tstate: ThreadState, list: number, start: number, step: number, sliceLength: number): number {
  const interp = tstate.interp;
  const n = Math.max(sliceLength, 0);
  const r = PyList_New(tstate, n);
  if (r === 0) return 0;
  for (let i = 0, j = start; i < n; i++, j += step) {
    const x = PyList_GET_ITEM(interp, list, j);
    Py_INCREF(interp, x);
    PyList_SET_ITEM(interp, r, i, x);
  }
  return r;
}

/** list[lo:hi] with CPython's PyList_GetSlice clamping. @public */
export function PyList_GetSlice(tstate: ThreadState, list: number, lo: number, hi: number): number {
  const n = listLength(tstate.interp, list);
  if (lo < 0) lo = 0;
  else if (lo > n) lo = n;
  if (hi < lo) hi = lo;
  else if (hi > n) hi = n;
  return listSlice(tstate, list, lo, 1, hi - lo);
}

/** a + b for lists (CPython's list_concat). @public */
export function listConcat(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const la = listLength(interp, a);
  const lb = listLength(interp, b);
  const r = PyList_New(tstate, la + lb);
  if (r === 0) return 0;
  for (let i = 0; i < la + lb; i++) {
    const x = i < la ? PyList_GET_ITEM(interp, a, i) : PyList_GET_ITEM(interp, b, i - la);
    Py_INCREF(interp, x);
    PyList_SET_ITEM(interp, r, i, x);
  }
  return r;
}

/** repr() of a list, `[...]` for a list already being repr'd on this thread (Py_ReprEnter). @internal */
export function listRepr(tstate: ThreadState, list: number): string | null {
  const interp = tstate.interp;
  if (listLength(interp, list) === 0) return '[]';
  if (tstate.reprStack.includes(list)) return '[...]';
  tstate.reprStack.push(list);
  try {
    const parts: string[] = [];
    // the list may change size while its items are repr'd (CPython re-reads it each time)
    for (let i = 0; i < listLength(interp, list); i++) {
      const x = PyList_GET_ITEM(interp, list, i);
      Py_INCREF(interp, x);
      const r = _PyObject_ReprString(tstate, x);
      Py_DECREF(interp, x);
      if (r === null) return null;
      parts.push(r);
    }
    return `[${parts.join(', ')}]`;
  } finally {
    tstate.reprStack.pop();
  }
}

/** List comparison for richCompare. @internal */
export function listCompare(tstate: ThreadState, a: number, b: number, op: number): number {
  const interp = tstate.interp;
  return sequenceCompare(tstate, listLength(interp, a), listLength(interp, b), (i) => PyList_GET_ITEM(interp, a, i), (i) => PyList_GET_ITEM(interp, b, i), op);
}

/**
 * `list[slice] = value` (value borrowed) or `del list[slice]` (value 0) (CPython's
 * list_ass_subscript with a slice, and list_ass_slice for step 1). 0, or -1 with an
 * exception set: "attempt to assign sequence of size 2 to extended slice of size 3",
 * "can only assign an iterable", "must assign iterable to extended slice".
 * @public
 */
export function listAssSlice(tstate: ThreadState, list: number, slice: number, value: number): number {
  const interp = tstate.interp;
  const bounds = sliceBounds(tstate, slice);
  if (bounds === undefined) return -1;
  const [a, b, step] = PySlice_Unpack(bounds[0], bounds[1], bounds[2]);
  const n = listLength(interp, list);
  const adj = PySlice_AdjustIndices(n, a, b, step);
  // The new items (each a new reference), taken before the list changes (`l[:] = l` works).
  const incoming: number[] = [];
  if (value !== 0) {
    const it = PyObject_GetIter(tstate, value);
    if (it === 0) {
      if (PyErr_ExceptionMatches(tstate, interp.runtime.staticType('TypeError'))) {
        PyErr_Clear(tstate);
        raise(tstate, 'TypeError', step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
      }
      return -1;
    }
    for (;;) {
      const x = PyIter_Next(tstate, it);
      if (x === 0) break;
      incoming.push(x);
    }
    Py_DECREF(interp, it);
    if (PyErr_Occurred(tstate) !== 0) {
      for (const x of incoming) Py_DECREF(interp, x);
      return -1;
    }
  }
  const old: number[] = [];
  for (let i = 0; i < n; i++) old.push(PyList_GET_ITEM(interp, list, i));
  let result: number[];
  let removed: number[];
  if (step === 1) {
    const lo = adj.start;
    const hi = Math.max(adj.stop, lo);
    removed = old.slice(lo, hi);
    result = [...old.slice(0, lo), ...incoming, ...old.slice(hi)];
  } else {
    const picked = new Set<number>();
    for (let k = 0, i = adj.start; k < adj.sliceLength; k++, i += step) picked.add(i);
    if (value !== 0) {
      if (incoming.length !== adj.sliceLength) {
        for (const x of incoming) Py_DECREF(interp, x);
        raise(tstate, 'ValueError', `attempt to assign sequence of size ${incoming.length} to extended slice of size ${adj.sliceLength}`);
        return -1;
      }
      result = old.slice();
      removed = [];
      for (let k = 0, i = adj.start; k < adj.sliceLength; k++, i += step) {
        removed.push(old[i]);
        result[i] = incoming[k];
      }
    } else {
      result = old.filter((_, i) => !picked.has(i));
      removed = old.filter((_, i) => picked.has(i));
    }
  }
  if (listResize(tstate, list, result.length) < 0) {
    for (const x of incoming) Py_DECREF(interp, x);
    return -1;
  }
  const i32 = interp.views.i32;
  const base = i32[(list + LIST_OB_ITEM) >> 2] >> 2;
  for (let i = 0; i < result.length; i++) i32[base + i] = result[i];
  // Dropped last: a __del__ could look at the list, which is consistent by now.
  for (const x of removed) Py_DECREF(interp, x);
  return 0;
}
