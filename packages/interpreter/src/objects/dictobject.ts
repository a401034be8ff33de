// dict (CPython's Objects/dictobject.c): the compact dict — an index table of entry numbers
// over an array of (hash, key, value) entries kept in insertion order, probed with CPython's
// perturbation scheme, resized to used*3 when the entries run out. Deleting leaves a DKIX_DUMMY
// in the index table and an empty entry, so the order of the rest is kept.
// See dictobject.layout.ts for the bytes.

import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PyErr_NoMemory, PyErr_Occurred, PyErr_SetObject } from './exceptions.js';
import {
  DICT_MA_KEYS,
  DICT_MA_USED,
  DICT_MA_VERSION_TAG,
  DKIX_DUMMY,
  DKIX_EMPTY,
  PY_DICT_KEYS_OBJECT,
  PY_DICT_KEY_ENTRY,
  PY_DICT_OBJECT,
  PyDict_MINSIZE,
} from './dictobject.layout.js';
import {
  PyObject_GC_Del,
  PyObject_Hash,
  PyObject_RichCompareBool,
  Py_DECREF,
  Py_EQ,
  Py_INCREF,
  Py_TYPE,
  _PyObject_GC_New,
  _PyObject_ReprString,
} from './object.js';
import { unicodeEquals, unicodeHash } from './unicodeobject.js';

const DK = PY_DICT_KEYS_OBJECT.offsetBytes;
const ENTRY_BYTES = PY_DICT_KEY_ENTRY.sizeBytes;
const ME_HASH = PY_DICT_KEY_ENTRY.offsetBytes.me_hash;
const ME_KEY = PY_DICT_KEY_ENTRY.offsetBytes.me_key;
const ME_VALUE = PY_DICT_KEY_ENTRY.offsetBytes.me_value;
/** Lookup result: an error is set. */
const DKIX_ERROR = -3;

function usableFraction(size: number): number {
  return ((size << 1) / 3) | 0;
}

/** Byte offset of entry `ix` of the keys block `keys`. */
function entryAt(i32: Int32Array, keys: number, ix: number): number {
  return keys + DK.dk_indices + (4 << i32[(keys + DK.dk_log2_size) >> 2]) + ix * ENTRY_BYTES;
}

/** tp_dealloc of dict: drops every key and value, frees the keys block and the dict. @internal */
export function dictDealloc(interp: InterpreterState, h: number): void {
  const keys = interp.views.i32[(h + DICT_MA_KEYS) >> 2];
  if (keys !== 0) {
    const n = interp.views.i32[(keys + DK.dk_nentries) >> 2];
    for (let ix = 0; ix < n; ix++) {
      const e = entryAt(interp.views.i32, keys, ix);
      const k = interp.views.i32[(e + ME_KEY) >> 2];
      const v = interp.views.i32[(e + ME_VALUE) >> 2];
      Py_DECREF(interp, k);
      Py_DECREF(interp, v);
    }
    interp.mem.free(keys);
  }
  PyObject_GC_Del(interp, h);
}

/** A new empty dict (CPython's PyDict_New); the keys block comes with the first item. @public */
export function PyDict_New(tstate: ThreadState): number {
  const interp = tstate.interp;
  const h = _PyObject_GC_New(tstate, interp.types.dict, PY_DICT_OBJECT.sizeBytes);
  if (h === 0) return 0;
  const i32 = interp.views.i32;
  i32[(h + DICT_MA_USED) >> 2] = 0;
  i32[(h + DICT_MA_VERSION_TAG) >> 2] = 0;
  i32[(h + DICT_MA_KEYS) >> 2] = 0;
  return h;
}

/** len(d) (CPython's PyDict_GET_SIZE). @public */
export function dictLength(interp: InterpreterState, d: number): number {
  return interp.views.i32[(d + DICT_MA_USED) >> 2];
}

/** A keys block of 2 ** log2Size indices, all DKIX_EMPTY; 0 if out of memory. */
function newKeys(interp: InterpreterState, log2Size: number): number {
  const size = 1 << log2Size;
  const usable = usableFraction(size);
  const keys = interp.mem.malloc(DK.dk_indices + 4 * size + ENTRY_BYTES * usable);
  if (keys === 0) return 0;
  interp.syncViews();
  const i32 = interp.views.i32;
  i32[(keys + DK.dk_log2_size) >> 2] = log2Size;
  i32[(keys + DK.dk_usable) >> 2] = usable;
  i32[(keys + DK.dk_nentries) >> 2] = 0;
  i32.fill(DKIX_EMPTY, (keys + DK.dk_indices) >> 2, ((keys + DK.dk_indices) >> 2) + size);
  return keys;
}

/**
 * Finds `key` (hash `hash`) in the dict: the entry index, DKIX_EMPTY if absent, DKIX_ERROR if a
 * comparison raised. Identity first, then for strs code-point equality, then __eq__.
 */
function lookup(tstate: ThreadState, d: number, key: number, hash: number): number {
  const interp = tstate.interp;
  let i32 = interp.views.i32;
  const keys = i32[(d + DICT_MA_KEYS) >> 2];
  if (keys === 0) return DKIX_EMPTY;
  const mask = (1 << i32[(keys + DK.dk_log2_size) >> 2]) - 1;
  const indices = (keys + DK.dk_indices) >> 2;
  const entries = keys + DK.dk_indices + 4 * (mask + 1);
  const strType = interp.types.str;
  const keyIsStr = Py_TYPE(interp, key) === strType;
  let perturb = hash >>> 0;
  let i = hash & mask;
  for (;;) {
    const ix = i32[indices + i];
    if (ix === DKIX_EMPTY) return DKIX_EMPTY;
    if (ix >= 0) {
      const e = entries + ix * ENTRY_BYTES;
      const k = i32[(e + ME_KEY) >> 2];
      if (k === key) return ix;
      if (i32[(e + ME_HASH) >> 2] === hash) {
        if (keyIsStr) {
          if (Py_TYPE(interp, k) === strType && unicodeEquals(interp, k, key)) return ix;
        } else {
          Py_INCREF(interp, k);
          const eq = PyObject_RichCompareBool(tstate, k, key, Py_EQ);
          Py_DECREF(interp, k);
          if (eq < 0) return DKIX_ERROR;
          i32 = interp.views.i32;
          if (i32[(d + DICT_MA_KEYS) >> 2] !== keys) return lookup(tstate, d, key, hash); // mutated by __eq__
          if (eq === 1) return ix;
        }
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** The 32-bit hash a dict stores for `key`; -1 with TypeError set if unhashable. */
function keyHash(tstate: ThreadState, key: number): number {
  if (key > 0 && Py_TYPE(tstate.interp, key) === tstate.interp.types.str) return unicodeHash(tstate.interp, key);
  const h = PyObject_Hash(tstate, key);
  if (h === -1) return -1;
  const folded = h | 0;
  return folded === -1 ? -2 : folded;
}

/** A free index-table slot for `hash` (no key compare: the caller knows the key is absent). */
function findEmptySlot(i32: Int32Array, keys: number, hash: number): number {
  const mask = (1 << i32[(keys + DK.dk_log2_size) >> 2]) - 1;
  const indices = (keys + DK.dk_indices) >> 2;
  let perturb = hash >>> 0;
  let i = hash & mask;
  while (i32[indices + i] >= 0) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/** Rebuilds the keys block at the size for `minUsed` items (CPython's dictresize). 0 or -1 (MemoryError set). */
function dictResize(tstate: ThreadState, d: number, minUsed: number): number {
  const interp = tstate.interp;
  let log2 = 3;
  while (usableFraction(1 << log2) < minUsed || 1 << log2 < PyDict_MINSIZE) log2++;
  const fresh = newKeys(interp, log2);
  if (fresh === 0) {
    PyErr_NoMemory(tstate);
    return -1;
  }
  const i32 = interp.views.i32;
  const old = i32[(d + DICT_MA_KEYS) >> 2];
  let n = 0;
  if (old !== 0) {
    const count = i32[(old + DK.dk_nentries) >> 2];
    for (let ix = 0; ix < count; ix++) {
      const e = entryAt(i32, old, ix);
      const value = i32[(e + ME_VALUE) >> 2];
      if (value === 0) continue;
      const hash = i32[(e + ME_HASH) >> 2];
      const to = entryAt(i32, fresh, n);
      i32[(to + ME_HASH) >> 2] = hash;
      i32[(to + ME_KEY) >> 2] = i32[(e + ME_KEY) >> 2];
      i32[(to + ME_VALUE) >> 2] = value;
      i32[((fresh + DK.dk_indices) >> 2) + findEmptySlot(i32, fresh, hash)] = n;
      n++;
    }
    interp.mem.free(old);
  }
  i32[(fresh + DK.dk_nentries) >> 2] = n;
  i32[(fresh + DK.dk_usable) >> 2] -= n;
  i32[(d + DICT_MA_KEYS) >> 2] = fresh;
  return 0;
}

/** d[key] = value, both borrowed (CPython's PyDict_SetItem): 0, or -1 with an exception set. @public */
export function PyDict_SetItem(tstate: ThreadState, d: number, key: number, value: number): number {
  const hash = keyHash(tstate, key);
  if (hash === -1) return -1;
  const interp = tstate.interp;
  const ix = lookup(tstate, d, key, hash);
  if (ix === DKIX_ERROR) return -1;
  let i32 = interp.views.i32;
  if (ix >= 0) {
    const e = entryAt(i32, i32[(d + DICT_MA_KEYS) >> 2], ix);
    const old = i32[(e + ME_VALUE) >> 2];
    Py_INCREF(interp, value);
    i32[(e + ME_VALUE) >> 2] = value;
    i32[(d + DICT_MA_VERSION_TAG) >> 2]++;
    Py_DECREF(interp, old);
    return 0;
  }
  let keys = i32[(d + DICT_MA_KEYS) >> 2];
  if (keys === 0 || i32[(keys + DK.dk_usable) >> 2] <= 0) {
    if (dictResize(tstate, d, Math.max(i32[(d + DICT_MA_USED) >> 2] * 3, 1)) < 0) return -1;
    i32 = interp.views.i32;
    keys = i32[(d + DICT_MA_KEYS) >> 2];
  }
  const n = i32[(keys + DK.dk_nentries) >> 2];
  const e = entryAt(i32, keys, n);
  Py_INCREF(interp, key);
  Py_INCREF(interp, value);
  i32[(e + ME_HASH) >> 2] = hash;
  i32[(e + ME_KEY) >> 2] = key;
  i32[(e + ME_VALUE) >> 2] = value;
  i32[((keys + DK.dk_indices) >> 2) + findEmptySlot(i32, keys, hash)] = n;
  i32[(keys + DK.dk_nentries) >> 2] = n + 1;
  i32[(keys + DK.dk_usable) >> 2]--;
  i32[(d + DICT_MA_USED) >> 2]++;
  i32[(d + DICT_MA_VERSION_TAG) >> 2]++;
  return 0;
}

/**
 * d[key] (borrowed), or NULL: with an exception set if hashing or comparing raised, without
 * one if the key is absent (CPython's PyDict_GetItemWithError).
 * @public
 */
export function PyDict_GetItemWithError(tstate: ThreadState, d: number, key: number): number {
  const hash = keyHash(tstate, key);
  if (hash === -1) return 0;
  const ix = lookup(tstate, d, key, hash);
  if (ix < 0) return 0;
  const i32 = tstate.interp.views.i32;
  return i32[(entryAt(i32, i32[(d + DICT_MA_KEYS) >> 2], ix) + ME_VALUE) >> 2];
}

/** d[key] as a new reference; KeyError(key) if absent (the BINARY_SUBSCR path). @public */
export function dictSubscript(tstate: ThreadState, d: number, key: number): number {
  const v = PyDict_GetItemWithError(tstate, d, key);
  if (v === 0) {
    if (PyErr_Occurred(tstate) === 0) PyErr_SetObject(tstate, tstate.interp.runtime.staticType('KeyError'), key);
    return 0;
  }
  Py_INCREF(tstate.interp, v);
  return v;
}

/** del d[key] (CPython's PyDict_DelItem): 0, or -1 with KeyError(key) or another exception set. @public */
export function PyDict_DelItem(tstate: ThreadState, d: number, key: number): number {
  const hash = keyHash(tstate, key);
  if (hash === -1) return -1;
  const ix = lookup(tstate, d, key, hash);
  if (ix === DKIX_ERROR) return -1;
  if (ix === DKIX_EMPTY) {
    PyErr_SetObject(tstate, tstate.interp.runtime.staticType('KeyError'), key);
    return -1;
  }
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const keys = i32[(d + DICT_MA_KEYS) >> 2];
  // find the index-table slot that names entry ix, and mark it deleted
  const mask = (1 << i32[(keys + DK.dk_log2_size) >> 2]) - 1;
  const indices = (keys + DK.dk_indices) >> 2;
  let perturb = hash >>> 0;
  let i = hash & mask;
  while (i32[indices + i] !== ix) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  i32[indices + i] = DKIX_DUMMY;
  const e = entryAt(i32, keys, ix);
  const k = i32[(e + ME_KEY) >> 2];
  const v = i32[(e + ME_VALUE) >> 2];
  i32[(e + ME_KEY) >> 2] = 0;
  i32[(e + ME_VALUE) >> 2] = 0;
  i32[(d + DICT_MA_USED) >> 2]--;
  i32[(d + DICT_MA_VERSION_TAG) >> 2]++;
  Py_DECREF(interp, k);
  Py_DECREF(interp, v);
  return 0;
}

/**
 * Iteration (CPython's PyDict_Next): the index of the first live entry at or after `pos`, or
 * -1 at the end; read it with dictEntryKey/dictEntryValue, continue from index + 1.
 * @public
 */
export function PyDict_Next(interp: InterpreterState, d: number, pos: number): number {
  const i32 = interp.views.i32;
  const keys = i32[(d + DICT_MA_KEYS) >> 2];
  if (keys === 0) return -1;
  const n = i32[(keys + DK.dk_nentries) >> 2];
  for (let ix = pos; ix < n; ix++) if (i32[(entryAt(i32, keys, ix) + ME_VALUE) >> 2] !== 0) return ix;
  return -1;
}

/** The key of live entry `ix` (borrowed). @public */
export function dictEntryKey(interp: InterpreterState, d: number, ix: number): number {
  const i32 = interp.views.i32;
  return i32[(entryAt(i32, i32[(d + DICT_MA_KEYS) >> 2], ix) + ME_KEY) >> 2];
}

/** The value of live entry `ix` (borrowed). @public */
export function dictEntryValue(interp: InterpreterState, d: number, ix: number): number {
  const i32 = interp.views.i32;
  return i32[(entryAt(i32, i32[(d + DICT_MA_KEYS) >> 2], ix) + ME_VALUE) >> 2];
}

/** repr() of a dict, `{...}` for one already being repr'd on this thread. @internal */
export function dictRepr(tstate: ThreadState, d: number): string | null {
  const interp = tstate.interp;
  if (dictLength(interp, d) === 0) return '{}';
  if (tstate.reprStack.includes(d)) return '{...}';
  tstate.reprStack.push(d);
  try {
    const parts: string[] = [];
    for (let ix = PyDict_Next(interp, d, 0); ix >= 0; ix = PyDict_Next(interp, d, ix + 1)) {
      const k = dictEntryKey(interp, d, ix);
      const v = dictEntryValue(interp, d, ix);
      Py_INCREF(interp, k);
      Py_INCREF(interp, v);
      const kr = _PyObject_ReprString(tstate, k);
      const vr = kr === null ? null : _PyObject_ReprString(tstate, v);
      Py_DECREF(interp, k);
      Py_DECREF(interp, v);
      if (vr === null) return null;
      parts.push(`${kr}: ${vr}`);
    }
    return `{${parts.join(', ')}}`;
  } finally {
    tstate.reprStack.pop();
  }
}

/** a == b for dicts: 1, 0, or -1 with an exception set (CPython's dict_equal). @internal */
export function dictCompare(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  if (dictLength(interp, a) !== dictLength(interp, b)) return 0;
  for (let ix = PyDict_Next(interp, a, 0); ix >= 0; ix = PyDict_Next(interp, a, ix + 1)) {
    const k = dictEntryKey(interp, a, ix);
    const v = dictEntryValue(interp, a, ix);
    Py_INCREF(interp, k);
    Py_INCREF(interp, v);
    const w = PyDict_GetItemWithError(tstate, b, k);
    let r: number;
    if (w === 0) r = PyErr_Occurred(tstate) !== 0 ? -1 : 0;
    else r = PyObject_RichCompareBool(tstate, v, w, Py_EQ);
    Py_DECREF(interp, k);
    Py_DECREF(interp, v);
    if (r !== 1) return r;
  }
  return 1;
}
