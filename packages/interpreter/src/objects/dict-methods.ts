// The methods of dict as Python calls them (CPython's mapp_methods in Objects/dictobject.c):
// get, setdefault, pop, popitem, update (mapping, iterable of pairs, keywords — dict_merge and
// PyDict_MergeFromSeq2), clear, copy and the classmethod fromkeys; and the dict constructor's
// filling (dict_init), shared with constructors-containers.ts.
// NON-CPYTHON: clear and popitem walk the entries (popitem takes the last live one, as
// CPython's LIFO order) instead of resizing the keys block in place.

import { TUPLE_OB_ITEM } from '@pergil/runtime-state';
import type { ThreadState } from '../thread-state.js';
import { PyObject_CallNoArgs } from './call.js';
import { PyErr_Occurred, PyErr_SetObject, raise } from './exceptions.js';
import { PyIter_Next, PyObject_GetIter } from './iterobject.js';
import { PyDict_DelItem, PyDict_GetItemWithError, PyDict_New, PyDict_Next, PyDict_SetItem, dictEntryKey, dictEntryValue, dictLength } from './dictobject.js';
import type { PyMethodDef } from './methoddef.js';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS } from './methoddef.js';
import { PyObject_GetItem } from './abstract.js';
import { _PyObject_LookupAttr } from './object-attrs.js';
import { Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME } from './object.js';
import { PyTuple_New, PyTuple_SET_ITEM, tupleLength } from './tupleobject.js';
import { PyUnicode_InternFromString } from './unicodeobject.js';

function none(tstate: ThreadState): number {
  return tstate.interp.runtime.immortalNone;
}

function isExactDict(tstate: ThreadState, h: number): boolean {
  return Py_TYPE(tstate.interp, h) === tstate.interp.types.dict;
}

/** d[k] = v for every live entry of the exact dict `src`. */
function mergeFromDict(tstate: ThreadState, d: number, src: number): number {
  const interp = tstate.interp;
  // Snapshot first: setting items of d may not disturb the walk when d is src.
  const pairs: number[] = [];
  for (let ix = PyDict_Next(interp, src, 0); ix >= 0; ix = PyDict_Next(interp, src, ix + 1)) {
    const k = dictEntryKey(interp, src, ix);
    const v = dictEntryValue(interp, src, ix);
    Py_INCREF(interp, k);
    Py_INCREF(interp, v);
    pairs.push(k, v);
  }
  let r = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    if (r === 0 && PyDict_SetItem(tstate, d, pairs[i], pairs[i + 1]) < 0) r = -1;
    Py_DECREF(interp, pairs[i]);
    Py_DECREF(interp, pairs[i + 1]);
  }
  return r;
}

/** d[k] = other[k] for k in other.keys() (CPython's dict_merge for a non-dict mapping). */
function mergeFromMapping(tstate: ThreadState, d: number, other: number, keysMeth: number): number {
  const interp = tstate.interp;
  const keys = PyObject_CallNoArgs(tstate, keysMeth);
  if (keys === 0) return -1;
  const it = PyObject_GetIter(tstate, keys);
  Py_DECREF(interp, keys);
  if (it === 0) return -1;
  for (;;) {
    const k = PyIter_Next(tstate, it);
    if (k === 0) break;
    const v = PyObject_GetItem(tstate, other, k);
    const r = v === 0 ? -1 : PyDict_SetItem(tstate, d, k, v);
    Py_DECREF(interp, k);
    if (v !== 0) Py_DECREF(interp, v);
    if (r < 0) {
      Py_DECREF(interp, it);
      return -1;
    }
  }
  Py_DECREF(interp, it);
  return PyErr_Occurred(tstate) !== 0 ? -1 : 0;
}

/** d[k] = v for each (k, v) of an iterable of pairs (CPython's PyDict_MergeFromSeq2). */
function mergeFromSeq2(tstate: ThreadState, d: number, seq: number): number {
  const interp = tstate.interp;
  const it = PyObject_GetIter(tstate, seq);
  if (it === 0) return -1;
  for (let i = 0; ; i++) {
    const item = PyIter_Next(tstate, it);
    if (item === 0) break;
    const sub = PyObject_GetIter(tstate, item);
    if (sub === 0) {
      Py_DECREF(interp, item);
      Py_DECREF(interp, it);
      // NON-CPYTHON: the iter() TypeError is reported as it is, not as "cannot convert
      // dictionary update sequence element #0 to a sequence".
      return -1;
    }
    const parts: number[] = [];
    let failed = false;
    let extra = 0;
    for (;;) {
      const x = PyIter_Next(tstate, sub);
      if (x === 0) {
        failed = PyErr_Occurred(tstate) !== 0;
        break;
      }
      if (parts.length === 2) {
        // Too long: CPython reports the full length.
        Py_DECREF(interp, x);
        Py_INCREF(interp, sub);
        extra = countRest(tstate, sub, 1);
        failed = extra < 0;
        break;
      }
      parts.push(x);
    }
    Py_DECREF(interp, sub);
    Py_DECREF(interp, item);
    let r = failed ? -1 : 0;
    if (!failed && (parts.length !== 2 || extra > 0)) {
      raise(tstate, 'ValueError', `dictionary update sequence element #${i} has length ${parts.length + extra}; 2 is required`);
      r = -1;
    }
    if (r === 0 && PyDict_SetItem(tstate, d, parts[0], parts[1]) < 0) r = -1;
    for (const x of parts) Py_DECREF(interp, x);
    if (r < 0) {
      Py_DECREF(interp, it);
      return -1;
    }
  }
  Py_DECREF(interp, it);
  return PyErr_Occurred(tstate) !== 0 ? -1 : 0;
}

/** Counts the items of `it` (stolen). */
function countRest(tstate: ThreadState, it: number, start: number): number {
  let n = start;
  for (;;) {
    const x = PyIter_Next(tstate, it);
    if (x === 0) break;
    Py_DECREF(tstate.interp, x);
    n++;
  }
  Py_DECREF(tstate.interp, it);
  return PyErr_Occurred(tstate) !== 0 ? -1 : n;
}

/**
 * dict.update(other) for one positional argument (borrowed): a dict, a mapping with keys(), or
 * an iterable of pairs (CPython's dict_update_arg). 0, or -1 with an exception set.
 * @internal
 */
export function dictUpdateArg(tstate: ThreadState, d: number, other: number): number {
  const interp = tstate.interp;
  if (isExactDict(tstate, other)) return mergeFromDict(tstate, d, other);
  const name = PyUnicode_InternFromString(tstate, 'keys');
  if (name === 0) return -1;
  const keysMeth = _PyObject_LookupAttr(tstate, other, name);
  Py_DECREF(interp, name);
  if (keysMeth !== 0) {
    const r = mergeFromMapping(tstate, d, other, keysMeth);
    Py_DECREF(interp, keysMeth);
    return r;
  }
  if (PyErr_Occurred(tstate) !== 0) return -1;
  return mergeFromSeq2(tstate, d, other);
}

/** The keyword arguments of a vectorcall as d[name] = value. */
function updateFromKeywords(tstate: ThreadState, d: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  const nkw = kwnames === 0 ? 0 : tupleLength(interp, kwnames);
  for (let k = 0; k < nkw; k++) {
    const key = kwnames < 0 ? interp.runtimeViews.i32[((-kwnames + TUPLE_OB_ITEM) >> 2) + k] : interp.views.i32[((kwnames + TUPLE_OB_ITEM) >> 2) + k];
    const value = interp.views.i32[argsWord + nargs + k];
    if (PyDict_SetItem(tstate, d, key, value) < 0) return -1;
  }
  return 0;
}

/**
 * dict(*args, **kwargs)'s filling and dict.update's body (CPython's dict_update_common): at
 * most one positional argument, then the keywords. 0, or -1 with an exception set.
 * @internal
 */
export function dictUpdateCommon(tstate: ThreadState, d: number, argsWord: number, nargs: number, kwnames: number, fname: string): number {
  if (nargs > 1) {
    raise(tstate, 'TypeError', `${fname} expected at most 1 argument, got ${nargs}`);
    return -1;
  }
  if (nargs === 1 && dictUpdateArg(tstate, d, tstate.interp.views.i32[argsWord]) < 0) return -1;
  return updateFromKeywords(tstate, d, argsWord, nargs, kwnames);
}

function dictGetMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  if (nargs < 1 || nargs > 2) {
    return raise(tstate, 'TypeError', nargs < 1 ? `get expected at least 1 argument, got ${nargs}` : `get expected at most 2 arguments, got ${nargs}`);
  }
  const key = interp.views.i32[argsWord];
  const dflt = nargs > 1 ? interp.views.i32[argsWord + 1] : interp.runtime.immortalNone;
  const v = PyDict_GetItemWithError(tstate, self, key);
  if (v === 0 && PyErr_Occurred(tstate) !== 0) return 0;
  const r = v !== 0 ? v : dflt;
  Py_INCREF(interp, r);
  return r;
}

function dictSetDefaultMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  if (nargs < 1 || nargs > 2) {
    return raise(tstate, 'TypeError', nargs < 1 ? `setdefault expected at least 1 argument, got ${nargs}` : `setdefault expected at most 2 arguments, got ${nargs}`);
  }
  const key = interp.views.i32[argsWord];
  const dflt = nargs > 1 ? interp.views.i32[argsWord + 1] : interp.runtime.immortalNone;
  const v = PyDict_GetItemWithError(tstate, self, key);
  if (v !== 0) {
    Py_INCREF(interp, v);
    return v;
  }
  if (PyErr_Occurred(tstate) !== 0) return 0;
  Py_INCREF(interp, key);
  Py_INCREF(interp, dflt);
  const r = PyDict_SetItem(tstate, self, key, dflt);
  Py_DECREF(interp, key);
  if (r < 0) {
    Py_DECREF(interp, dflt);
    return 0;
  }
  return dflt;
}

function dictPopMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  if (nargs < 1 || nargs > 2) {
    return raise(tstate, 'TypeError', nargs < 1 ? `pop expected at least 1 argument, got ${nargs}` : `pop expected at most 2 arguments, got ${nargs}`);
  }
  const key = interp.views.i32[argsWord];
  const dflt = nargs > 1 ? interp.views.i32[argsWord + 1] : 0;
  const v = PyDict_GetItemWithError(tstate, self, key);
  if (v === 0) {
    if (PyErr_Occurred(tstate) !== 0) return 0;
    if (dflt === 0) {
      PyErr_SetObject(tstate, interp.runtime.staticType('KeyError'), key);
      return 0;
    }
    Py_INCREF(interp, dflt);
    return dflt;
  }
  Py_INCREF(interp, v);
  Py_INCREF(interp, key);
  const r = PyDict_DelItem(tstate, self, key);
  Py_DECREF(interp, key);
  if (r < 0) {
    Py_DECREF(interp, v);
    return 0;
  }
  return v;
}

function dictPopItemMeth(tstate: ThreadState, self: number): number {
  const interp = tstate.interp;
  if (dictLength(interp, self) === 0) return raise(tstate, 'KeyError', 'popitem(): dictionary is empty');
  let last = -1;
  for (let ix = PyDict_Next(interp, self, 0); ix >= 0; ix = PyDict_Next(interp, self, ix + 1)) last = ix;
  const k = dictEntryKey(interp, self, last);
  const v = dictEntryValue(interp, self, last);
  const t = PyTuple_New(tstate, 2);
  if (t === 0) return 0;
  Py_INCREF(interp, k);
  Py_INCREF(interp, v);
  PyTuple_SET_ITEM(interp, t, 0, k);
  PyTuple_SET_ITEM(interp, t, 1, v);
  if (PyDict_DelItem(tstate, self, k) < 0) {
    Py_DECREF(interp, t);
    return 0;
  }
  return t;
}

function dictUpdateMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  return dictUpdateCommon(tstate, self, argsWord, nargs, kwnames, 'update') < 0 ? 0 : none(tstate);
}

/** dict.clear() (CPython's PyDict_Clear). @internal */
export function dictClear(tstate: ThreadState, self: number): number {
  const interp = tstate.interp;
  const keys: number[] = [];
  for (let ix = PyDict_Next(interp, self, 0); ix >= 0; ix = PyDict_Next(interp, self, ix + 1)) {
    const k = dictEntryKey(interp, self, ix);
    Py_INCREF(interp, k);
    keys.push(k);
  }
  let r = 0;
  for (const k of keys) {
    if (r === 0 && PyDict_DelItem(tstate, self, k) < 0) r = -1;
    Py_DECREF(interp, k);
  }
  return r < 0 ? 0 : none(tstate);
}

/** dict.copy() (CPython's PyDict_Copy): a new dict. @internal */
export function dictCopy(tstate: ThreadState, self: number): number {
  const d = PyDict_New(tstate);
  if (d === 0) return 0;
  if (mergeFromDict(tstate, d, self) < 0) {
    Py_DECREF(tstate.interp, d);
    return 0;
  }
  return d;
}

function dictFromKeysMeth(tstate: ThreadState, cls: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  if (nargs < 1 || nargs > 2) {
    return raise(tstate, 'TypeError', nargs < 1 ? `fromkeys expected at least 1 argument, got ${nargs}` : `fromkeys expected at most 2 arguments, got ${nargs}`);
  }
  const iterable = interp.views.i32[argsWord];
  const value = nargs > 1 ? interp.views.i32[argsWord + 1] : interp.runtime.immortalNone;
  if (cls !== interp.types.dict) {
    // NON-CPYTHON: fromkeys of a dict subclass is not supported yet.
    return raise(tstate, 'TypeError', `${Py_TYPE_NAME(interp, cls)}.fromkeys of a dict subclass is not supported`);
  }
  const d = PyDict_New(tstate);
  if (d === 0) return 0;
  const it = PyObject_GetIter(tstate, iterable);
  if (it === 0) {
    Py_DECREF(interp, d);
    return 0;
  }
  for (;;) {
    const k = PyIter_Next(tstate, it);
    if (k === 0) break;
    const r = PyDict_SetItem(tstate, d, k, value);
    Py_DECREF(interp, k);
    if (r < 0) break;
  }
  Py_DECREF(interp, it);
  if (PyErr_Occurred(tstate) !== 0) {
    Py_DECREF(interp, d);
    return 0;
  }
  return d;
}

/** The PyMethodDef list of dict (registered in methodtable.ts); keys/values/items are in dictviews.ts. @internal */
export const DICT_METHODS: readonly PyMethodDef[] = Object.freeze([
  { name: 'get', flags: METH_FASTCALL, meth: dictGetMeth, doc: 'Return the value for key if key is in the dictionary, else default.' },
  { name: 'setdefault', flags: METH_FASTCALL, meth: dictSetDefaultMeth, doc: 'Insert key with a value of default if key is not in the dictionary.' },
  { name: 'pop', flags: METH_FASTCALL, meth: dictPopMeth, doc: 'D.pop(k[,d]) -> v, remove specified key and return the corresponding value.' },
  { name: 'popitem', flags: METH_NOARGS, meth: dictPopItemMeth, doc: 'Remove and return a (key, value) pair as a 2-tuple.' },
  { name: 'update', flags: METH_FASTCALL | METH_KEYWORDS, meth: dictUpdateMeth, doc: 'D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.' },
  { name: 'clear', flags: METH_NOARGS, meth: dictClear, doc: 'D.clear() -> None.  Remove all items from D.' },
  { name: 'copy', flags: METH_NOARGS, meth: dictCopy, doc: 'D.copy() -> a shallow copy of D' },
  { name: 'fromkeys', flags: METH_FASTCALL | METH_CLASS, meth: dictFromKeysMeth, doc: 'Create a new dictionary with keys from iterable and values set to value.' },
]);
