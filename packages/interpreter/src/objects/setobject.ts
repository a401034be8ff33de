// set and frozenset (CPython's Objects/setobject.c): an open-addressing table of (key, hash)
// entries probed like CPython's — LINEAR_PROBES neighbours, then the perturbed jump — with
// dummy entries for deletions, resized when fill reaches 60% of the table (to used × 4, or
// used × 2 above 50,000). Iteration is table order, as in CPython, so sets of small ints
// print in the same order as python3. See setobject.layout.ts for the bytes.
// NON-CPYTHON: entry hashes are pergil's 32-bit Py_hash_t, perturbed as CPython's 64-bit
// size_t of the sign-extended value (a hash that does not fit in 32 bits is folded, so its
// probe chain, and the order of colliding keys, may differ from CPython's); other
// iterables than set, frozenset, list, tuple, dict and str are not accepted yet (no iterator
// protocol).

import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PyDict_Next, dictEntryKey, dictLength } from './dictobject.js';
import { PyErr_NoMemory, PyErr_SetObject, raise } from './exceptions.js';
import { PyList_GET_ITEM, listLength } from './listobject.js';
import {
  PyObject_GC_Del,
  PyObject_Hash,
  PyObject_RichCompareBool,
  Py_DECREF,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_INCREF,
  Py_LE,
  Py_LT,
  Py_NE,
  Py_TYPE,
  Py_TYPE_NAME,
  _PyObject_GC_New,
  _PyObject_HashExact,
  _PyObject_ReprString,
} from './object.js';
import {
  PY_SET_ENTRY,
  PY_SET_OBJECT,
  PySet_MINSIZE,
  SET_DUMMY,
  SET_FILL,
  SET_FINGER,
  SET_LINEAR_PROBES,
  SET_MASK,
  SET_TABLE,
  SET_USED,
} from './setobject.layout.js';
import { PyTuple_GET_ITEM, tupleLength } from './tupleobject.js';
import { PyUnicode_AsString, PyUnicode_FromString, unicodeEquals, unicodeHash } from './unicodeobject.js';

const ENTRY_BYTES = PY_SET_ENTRY.sizeBytes;
const E_KEY = PY_SET_ENTRY.offsetBytes.key;
const E_HASH = PY_SET_ENTRY.offsetBytes.hash;
/** set_lookkey's result when a comparison raised. */
const LOOKUP_ERROR = -2;

// ---- type checks ----------------------------------------------------------------------------

/** True for a set (CPython's PySet_Check, no subclasses yet). @public */
export function PySet_Check(interp: InterpreterState, h: number): boolean {
  return Py_TYPE(interp, h) === interp.runtime.staticType('set');
}

/** True for a frozenset (CPython's PyFrozenSet_Check). @public */
export function PyFrozenSet_Check(interp: InterpreterState, h: number): boolean {
  return Py_TYPE(interp, h) === interp.runtime.staticType('frozenset');
}

/** True for a set or a frozenset (CPython's PyAnySet_Check). @public */
export function PyAnySet_Check(interp: InterpreterState, h: number): boolean {
  const t = Py_TYPE(interp, h);
  return t === interp.runtime.staticType('set') || t === interp.runtime.staticType('frozenset');
}

// ---- allocation -----------------------------------------------------------------------------

/** A zeroed table of `size` entries; 0 if out of memory. */
function newTable(interp: InterpreterState, size: number): number {
  const table = interp.mem.malloc(size * ENTRY_BYTES);
  if (table === 0) return 0;
  interp.syncViews();
  interp.views.i32.fill(0, table >> 2, (table >> 2) + size * (ENTRY_BYTES >> 2));
  return table;
}

/** tp_dealloc of set and frozenset: drops every key, frees the table and the object. @internal */
export function setDealloc(interp: InterpreterState, h: number): void {
  const i32 = interp.views.i32;
  const table = i32[(h + SET_TABLE) >> 2];
  const size = i32[(h + SET_MASK) >> 2] + 1;
  for (let i = 0; i < size; i++) {
    const k = interp.views.i32[(table + i * ENTRY_BYTES + E_KEY) >> 2];
    if (k !== 0 && k !== SET_DUMMY) Py_DECREF(interp, k);
  }
  interp.mem.free(table);
  PyObject_GC_Del(interp, h);
}

/** An empty set of the given type (set or frozenset); 0 with MemoryError set. */
function makeEmpty(tstate: ThreadState, type: number): number {
  const interp = tstate.interp;
  const h = _PyObject_GC_New(tstate, type, PY_SET_OBJECT.sizeBytes);
  if (h === 0) return 0;
  const table = newTable(interp, PySet_MINSIZE);
  if (table === 0) {
    PyObject_GC_Del(interp, h);
    PyErr_NoMemory(tstate);
    return 0;
  }
  const i32 = interp.views.i32;
  i32[(h + SET_FILL) >> 2] = 0;
  i32[(h + SET_USED) >> 2] = 0;
  i32[(h + SET_MASK) >> 2] = PySet_MINSIZE - 1;
  i32[(h + SET_TABLE) >> 2] = table;
  i32[(h + SET_FINGER) >> 2] = 0;
  return h;
}

/** set(iterable) (CPython's PySet_New); `iterable` 0 for an empty set. @public */
export function PySet_New(tstate: ThreadState, iterable: number): number {
  return newFrom(tstate, tstate.interp.runtime.staticType('set'), iterable);
}

/** frozenset(iterable) (CPython's PyFrozenSet_New); `iterable` 0 for an empty frozenset. @public */
export function PyFrozenSet_New(tstate: ThreadState, iterable: number): number {
  return newFrom(tstate, tstate.interp.runtime.staticType('frozenset'), iterable);
}

function newFrom(tstate: ThreadState, type: number, iterable: number): number {
  const s = makeEmpty(tstate, type);
  if (s === 0 || iterable === 0) return s;
  if (setUpdateInternal(tstate, s, iterable) < 0) {
    Py_DECREF(tstate.interp, s);
    return 0;
  }
  return s;
}

// ---- hashing and the table ------------------------------------------------------------------

/** The 32-bit hash a set stores for `key`; -1 with TypeError set if unhashable. */
function keyHash(tstate: ThreadState, key: number): number {
  const interp = tstate.interp;
  if (key > 0 && Py_TYPE(interp, key) === interp.types.str) return unicodeHash(interp, key);
  const h = PyObject_Hash(tstate, key);
  if (h === -1) return -1;
  const folded = h | 0;
  return folded === -1 ? -2 : folded;
}

function setUnhashable(tstate: ThreadState, s: number): number {
  raise(tstate, 'TypeError', `unhashable type: '${Py_TYPE_NAME(tstate.interp, s)}'`);
  return -1;
}

/**
 * The entry offset holding `key` (hash `hash`), 0 if absent, LOOKUP_ERROR if a comparison
 * raised (CPython's set_lookkey).
 */
function lookkey(tstate: ThreadState, s: number, key: number, hash: number): number {
  const interp = tstate.interp;
  const strType = interp.types.str;
  const keyIsStr = Py_TYPE(interp, key) === strType;
  for (;;) {
    let i32 = interp.views.i32;
    const table = i32[(s + SET_TABLE) >> 2];
    let mask = i32[(s + SET_MASK) >> 2];
    let perturb = hash >>> 0;
    let perturbHi = hash < 0 ? 0xffffffff : 0; // CPython's size_t perturb: the sign-extended hash
    let i = hash & mask;
    let restart = false;
    outer: for (;;) {
      let probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
      let e = table + i * ENTRY_BYTES;
      do {
        const k = i32[(e + E_KEY) >> 2];
        if (k === 0) return 0;
        if (k === key) return e;
        if (i32[(e + E_HASH) >> 2] === hash) {
          if (keyIsStr) {
            if (Py_TYPE(interp, k) === strType && unicodeEquals(interp, k, key)) return e;
          } else {
            Py_INCREF(interp, k);
            const eq = PyObject_RichCompareBool(tstate, k, key, Py_EQ);
            Py_DECREF(interp, k);
            if (eq < 0) return LOOKUP_ERROR;
            if (eq > 0) return e;
            i32 = interp.views.i32;
            if (i32[(s + SET_TABLE) >> 2] !== table || i32[(e + E_KEY) >> 2] !== k) {
              restart = true;
              break outer;
            }
            mask = i32[(s + SET_MASK) >> 2];
          }
        }
        e += ENTRY_BYTES;
      } while (probes-- > 0);
      perturb = ((perturb >>> 5) | (perturbHi << 27)) >>> 0;
      perturbHi >>>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
    if (!restart) return 0;
  }
}

/** Puts a key known to be absent into a table without dummies (CPython's set_insert_clean). */
function insertClean(i32: Int32Array, table: number, mask: number, key: number, hash: number): void {
  let perturb = hash >>> 0;
    let perturbHi = hash < 0 ? 0xffffffff : 0; // CPython's size_t perturb: the sign-extended hash
  let i = hash & mask;
  for (;;) {
    let e = table + i * ENTRY_BYTES;
    if (i32[(e + E_KEY) >> 2] === 0) {
      i32[(e + E_KEY) >> 2] = key;
      i32[(e + E_HASH) >> 2] = hash;
      return;
    }
    if (i + SET_LINEAR_PROBES <= mask) {
      for (let j = 0; j < SET_LINEAR_PROBES; j++) {
        e += ENTRY_BYTES;
        if (i32[(e + E_KEY) >> 2] === 0) {
          i32[(e + E_KEY) >> 2] = key;
          i32[(e + E_HASH) >> 2] = hash;
          return;
        }
      }
    }
    perturb = ((perturb >>> 5) | (perturbHi << 27)) >>> 0;
      perturbHi >>>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/** Rebuilds the table with room for `minused` (CPython's set_table_resize): 0 or -1 with MemoryError. */
function tableResize(tstate: ThreadState, s: number, minused: number): number {
  const interp = tstate.interp;
  let size = PySet_MINSIZE;
  while (size <= minused) size <<= 1;
  const fresh = newTable(interp, size);
  if (fresh === 0) {
    PyErr_NoMemory(tstate);
    return -1;
  }
  const i32 = interp.views.i32;
  const old = i32[(s + SET_TABLE) >> 2];
  const oldSize = i32[(s + SET_MASK) >> 2] + 1;
  for (let i = 0; i < oldSize; i++) {
    const e = old + i * ENTRY_BYTES;
    const k = i32[(e + E_KEY) >> 2];
    if (k !== 0 && k !== SET_DUMMY) insertClean(i32, fresh, size - 1, k, i32[(e + E_HASH) >> 2]);
  }
  interp.mem.free(old);
  i32[(s + SET_TABLE) >> 2] = fresh;
  i32[(s + SET_MASK) >> 2] = size - 1;
  i32[(s + SET_FILL) >> 2] = i32[(s + SET_USED) >> 2];
  return 0;
}

/** Adds borrowed `key` with its hash (CPython's set_add_entry): 0, or -1 with an exception set. */
function addEntry(tstate: ThreadState, s: number, key: number, hash: number): number {
  const interp = tstate.interp;
  const found = lookkey(tstate, s, key, hash);
  if (found === LOOKUP_ERROR) return -1;
  if (found !== 0) return 0;
  const i32 = interp.views.i32;
  const table = i32[(s + SET_TABLE) >> 2];
  const mask = i32[(s + SET_MASK) >> 2];
  // the first unused or dummy slot on the probe sequence
  let perturb = hash >>> 0;
    let perturbHi = hash < 0 ? 0xffffffff : 0; // CPython's size_t perturb: the sign-extended hash
  let i = hash & mask;
  for (;;) {
    let probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
    let e = table + i * ENTRY_BYTES;
    do {
      const k = i32[(e + E_KEY) >> 2];
      if (k === 0 || k === SET_DUMMY) {
        Py_INCREF(interp, key);
        i32[(e + E_KEY) >> 2] = key;
        i32[(e + E_HASH) >> 2] = hash;
        i32[(s + SET_USED) >> 2]++;
        if (k === SET_DUMMY) return 0;
        const fill = ++i32[(s + SET_FILL) >> 2];
        if (fill * 5 < mask * 3) return 0;
        const used = i32[(s + SET_USED) >> 2];
        return tableResize(tstate, s, used > 50000 ? used * 2 : used * 4);
      }
      e += ENTRY_BYTES;
    } while (probes-- > 0);
    perturb = ((perturb >>> 5) | (perturbHi << 27)) >>> 0;
      perturbHi >>>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/** Removes the entry at `e`, dropping its key. */
function clearEntry(interp: InterpreterState, s: number, e: number): void {
  const i32 = interp.views.i32;
  const k = i32[(e + E_KEY) >> 2];
  i32[(e + E_KEY) >> 2] = SET_DUMMY;
  i32[(e + E_HASH) >> 2] = -1;
  i32[(s + SET_USED) >> 2]--;
  Py_DECREF(interp, k);
}

// ---- the C API ------------------------------------------------------------------------------

/** len(s) (CPython's PySet_GET_SIZE). @public */
export function setLength(interp: InterpreterState, s: number): number {
  return interp.views.i32[(s + SET_USED) >> 2];
}

/**
 * The next active slot at or after `pos`, or -1 (CPython's set_next): iterate with
 * `for (let i = setNext(interp, s, 0); i >= 0; i = setNext(interp, s, i + 1))`.
 * @public
 */
export function setNext(interp: InterpreterState, s: number, pos: number): number {
  const i32 = interp.views.i32;
  const table = i32[(s + SET_TABLE) >> 2];
  const size = i32[(s + SET_MASK) >> 2] + 1;
  for (let i = pos; i < size; i++) {
    const k = i32[(table + i * ENTRY_BYTES + E_KEY) >> 2];
    if (k !== 0 && k !== SET_DUMMY) return i;
  }
  return -1;
}

/** The key (borrowed) in slot `i` of the table, as found by setNext. @public */
export function setEntryKey(interp: InterpreterState, s: number, i: number): number {
  const i32 = interp.views.i32;
  return i32[(i32[(s + SET_TABLE) >> 2] + i * ENTRY_BYTES + E_KEY) >> 2];
}

function entryHash(interp: InterpreterState, s: number, i: number): number {
  const i32 = interp.views.i32;
  return i32[(i32[(s + SET_TABLE) >> 2] + i * ENTRY_BYTES + E_HASH) >> 2];
}

/** The keys in iteration order, borrowed (a snapshot). @public */
export function setKeys(interp: InterpreterState, s: number): number[] {
  const keys: number[] = [];
  for (let i = setNext(interp, s, 0); i >= 0; i = setNext(interp, s, i + 1)) keys.push(setEntryKey(interp, s, i));
  return keys;
}

/** s.add(key), key borrowed (CPython's PySet_Add): 0, or -1 with an exception set. @public */
export function PySet_Add(tstate: ThreadState, s: number, key: number): number {
  const hash = keyHash(tstate, key);
  if (hash === -1) return -1;
  return addEntry(tstate, s, key, hash);
}

/** key in s (CPython's PySet_Contains): 1, 0, or -1 with an exception set. @public */
export function PySet_Contains(tstate: ThreadState, s: number, key: number): number {
  const hash = keyHash(tstate, key);
  if (hash === -1) return -1;
  const e = lookkey(tstate, s, key, hash);
  return e === LOOKUP_ERROR ? -1 : e !== 0 ? 1 : 0;
}

/** s.discard(key) (CPython's PySet_Discard): 1 if found and removed, 0 if absent, -1 on error. @public */
export function PySet_Discard(tstate: ThreadState, s: number, key: number): number {
  const hash = keyHash(tstate, key);
  if (hash === -1) return -1;
  const e = lookkey(tstate, s, key, hash);
  if (e === LOOKUP_ERROR) return -1;
  if (e === 0) return 0;
  clearEntry(tstate.interp, s, e);
  return 1;
}

/** s.remove(key): 0, or -1 with KeyError(key) (or the hash/compare error) set. @public */
export function setRemove(tstate: ThreadState, s: number, key: number): number {
  const r = PySet_Discard(tstate, s, key);
  if (r < 0) return -1;
  if (r === 0) {
    PyErr_SetObject(tstate, tstate.interp.runtime.staticType('KeyError'), key);
    return -1;
  }
  return 0;
}

/** s.pop() (CPython's PySet_Pop): a new reference, or NULL with KeyError 'pop from an empty set'. @public */
export function PySet_Pop(tstate: ThreadState, s: number): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  if (i32[(s + SET_USED) >> 2] === 0) return raise(tstate, 'KeyError', 'pop from an empty set');
  const table = i32[(s + SET_TABLE) >> 2];
  const mask = i32[(s + SET_MASK) >> 2];
  let i = i32[(s + SET_FINGER) >> 2] & mask;
  for (;;) {
    const k = i32[(table + i * ENTRY_BYTES + E_KEY) >> 2];
    if (k !== 0 && k !== SET_DUMMY) break;
    i = (i + 1) & mask;
  }
  const e = table + i * ENTRY_BYTES;
  const key = i32[(e + E_KEY) >> 2];
  i32[(e + E_KEY) >> 2] = SET_DUMMY;
  i32[(e + E_HASH) >> 2] = -1;
  i32[(s + SET_USED) >> 2]--;
  i32[(s + SET_FINGER) >> 2] = i + 1;
  return key; // the table's reference passes to the caller
}

/** s.clear() (CPython's PySet_Clear): 0, or -1 with MemoryError. @public */
export function PySet_Clear(tstate: ThreadState, s: number): number {
  const interp = tstate.interp;
  const fresh = newTable(interp, PySet_MINSIZE);
  if (fresh === 0) {
    PyErr_NoMemory(tstate);
    return -1;
  }
  const keys = setKeys(interp, s);
  const i32 = interp.views.i32;
  const old = i32[(s + SET_TABLE) >> 2];
  i32[(s + SET_TABLE) >> 2] = fresh;
  i32[(s + SET_MASK) >> 2] = PySet_MINSIZE - 1;
  i32[(s + SET_FILL) >> 2] = 0;
  i32[(s + SET_USED) >> 2] = 0;
  i32[(s + SET_FINGER) >> 2] = 0;
  interp.mem.free(old);
  for (const k of keys) Py_DECREF(interp, k);
  return 0;
}

/** A copy of `s` as a new object of type `type`. */
function copyAs(tstate: ThreadState, s: number, type: number): number {
  const r = makeEmpty(tstate, type);
  if (r === 0) return 0;
  if (mergeSet(tstate, r, s) < 0) {
    Py_DECREF(tstate.interp, r);
    return 0;
  }
  return r;
}

/** s.copy(): a new set or frozenset of the same type (a frozenset returns itself). @public */
export function setCopy(tstate: ThreadState, s: number): number {
  const interp = tstate.interp;
  if (PyFrozenSet_Check(interp, s)) {
    Py_INCREF(interp, s);
    return s;
  }
  return copyAs(tstate, s, Py_TYPE(interp, s));
}

/** Grows the table before `n` insertions if they would fill it (set_merge's first step): 0 or -1. */
function presize(tstate: ThreadState, s: number, n: number): number {
  const i32 = tstate.interp.views.i32;
  if ((i32[(s + SET_FILL) >> 2] + n) * 5 < i32[(s + SET_MASK) >> 2] * 3) return 0;
  return tableResize(tstate, s, (i32[(s + SET_USED) >> 2] + n) * 2);
}

/** Adds every key of the set `other` to `s` (CPython's set_merge). */
function mergeSet(tstate: ThreadState, s: number, other: number): number {
  const interp = tstate.interp;
  const n = setLength(interp, other);
  if (n === 0 || s === other) return 0;
  if (presize(tstate, s, n) < 0) return -1;
  const i32 = interp.views.i32;
  const table = i32[(s + SET_TABLE) >> 2];
  const mask = i32[(s + SET_MASK) >> 2];
  const otherTable = i32[(other + SET_TABLE) >> 2];
  if (i32[(s + SET_FILL) >> 2] === 0) {
    // an empty table: same size and no dummies → copy slot for slot; else clean inserts
    const sameShape = mask === i32[(other + SET_MASK) >> 2] && i32[(other + SET_FILL) >> 2] === n;
    for (let i = setNext(interp, other, 0); i >= 0; i = setNext(interp, other, i + 1)) {
      const e = otherTable + i * ENTRY_BYTES;
      const key = i32[(e + E_KEY) >> 2];
      const hash = i32[(e + E_HASH) >> 2];
      Py_INCREF(interp, key);
      if (sameShape) {
        i32[(table + i * ENTRY_BYTES + E_KEY) >> 2] = key;
        i32[(table + i * ENTRY_BYTES + E_HASH) >> 2] = hash;
      } else {
        insertClean(i32, table, mask, key, hash);
      }
    }
    i32[(s + SET_FILL) >> 2] = n;
    i32[(s + SET_USED) >> 2] = n;
    return 0;
  }
  for (let i = setNext(interp, other, 0); i >= 0; i = setNext(interp, other, i + 1)) {
    if (addEntry(tstate, s, setEntryKey(interp, other, i), entryHash(interp, other, i)) < 0) return -1;
  }
  return 0;
}

/**
 * The items of an iterable, as new references; null with TypeError set if `o` is not one of
 * the iterables known so far (set, frozenset, list, tuple, dict keys, str characters).
 */
function iterableItems(tstate: ThreadState, o: number): number[] | null {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, o);
  const T = interp.types;
  const items: number[] = [];
  if (PyAnySet_Check(interp, o)) {
    items.push(...setKeys(interp, o));
  } else if (t === T.list) {
    for (let i = 0; i < listLength(interp, o); i++) items.push(PyList_GET_ITEM(interp, o, i));
  } else if (t === T.tuple) {
    for (let i = 0; i < tupleLength(interp, o); i++) items.push(PyTuple_GET_ITEM(interp, o, i));
  } else if (t === T.dict) {
    for (let pos = PyDict_Next(interp, o, 0); pos >= 0; pos = PyDict_Next(interp, o, pos + 1)) {
      items.push(dictEntryKey(interp, o, pos));
    }
  } else if (t === T.str) {
    const out: number[] = [];
    for (const ch of PyUnicode_AsString(interp, o)) {
      const c = PyUnicode_FromString(tstate, ch);
      if (c === 0) {
        for (const x of out) Py_DECREF(interp, x);
        return null;
      }
      out.push(c);
    }
    return out;
  } else {
    raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, o)}' object is not iterable`);
    return null;
  }
  for (const x of items) Py_INCREF(interp, x);
  return items;
}

function dropAll(interp: InterpreterState, items: readonly number[]): void {
  for (const x of items) Py_DECREF(interp, x);
}

/** Adds every item of `other` to `s` (CPython's set_update_internal): 0 or -1. */
function setUpdateInternal(tstate: ThreadState, s: number, other: number): number {
  const interp = tstate.interp;
  if (PyAnySet_Check(interp, other)) return mergeSet(tstate, s, other);
  if (Py_TYPE(interp, other) === interp.types.dict && presize(tstate, s, dictLength(interp, other)) < 0) return -1;
  const items = iterableItems(tstate, other);
  if (items === null) return -1;
  let r = 0;
  for (const x of items) {
    if (PySet_Add(tstate, s, x) < 0) {
      r = -1;
      break;
    }
  }
  dropAll(tstate.interp, items);
  return r;
}

/** `other` as a set or frozenset: a new reference (itself if already one), or NULL. */
function asAnySet(tstate: ThreadState, other: number): number {
  if (PyAnySet_Check(tstate.interp, other)) {
    Py_INCREF(tstate.interp, other);
    return other;
  }
  return PySet_New(tstate, other);
}

// ---- set algebra ----------------------------------------------------------------------------

/** s.update(*others): 0, or -1 with an exception set. @public */
export function setUpdate(tstate: ThreadState, s: number, others: readonly number[]): number {
  for (const o of others) if (setUpdateInternal(tstate, s, o) < 0) return -1;
  return 0;
}

/** s.union(*others) (and `|` with one set operand): a new object of s's type, or NULL. @public */
export function setUnion(tstate: ThreadState, s: number, others: readonly number[]): number {
  const interp = tstate.interp;
  const r = copyAs(tstate, s, Py_TYPE(interp, s));
  if (r === 0) return 0;
  if (setUpdate(tstate, r, others) < 0) {
    Py_DECREF(interp, r);
    return 0;
  }
  return r;
}

/** The intersection of `s` with one iterable (CPython's set_intersection): a new object of s's type. */
function intersectionOne(tstate: ThreadState, s: number, other: number): number {
  const interp = tstate.interp;
  if (s === other) return copyAs(tstate, s, Py_TYPE(interp, s));
  const result = makeEmpty(tstate, Py_TYPE(interp, s));
  if (result === 0) return 0;
  let big = s;
  let small = other;
  let items: number[] | null;
  if (PyAnySet_Check(interp, other)) {
    if (setLength(interp, other) > setLength(interp, s)) {
      big = other;
      small = s;
    }
    items = setKeys(interp, small);
    for (const x of items) Py_INCREF(interp, x);
  } else {
    items = iterableItems(tstate, other);
  }
  if (items === null) {
    Py_DECREF(interp, result);
    return 0;
  }
  let ok = true;
  for (const x of items) {
    const c = PySet_Contains(tstate, big, x);
    if (c < 0 || (c === 1 && PySet_Add(tstate, result, x) < 0)) {
      ok = false;
      break;
    }
  }
  dropAll(interp, items);
  if (!ok) {
    Py_DECREF(interp, result);
    return 0;
  }
  return result;
}

/** s.intersection(*others) (and `&`): a new object of s's type, or NULL. @public */
export function setIntersection(tstate: ThreadState, s: number, others: readonly number[]): number {
  const interp = tstate.interp;
  if (others.length === 0) return copyAs(tstate, s, Py_TYPE(interp, s));
  Py_INCREF(interp, s);
  let r = s;
  for (const o of others) {
    const next = intersectionOne(tstate, r, o);
    Py_DECREF(interp, r);
    if (next === 0) return 0;
    r = next;
  }
  return r;
}

/** s.difference(*others) (and `-`): a new object of s's type, or NULL. @public */
export function setDifference(tstate: ThreadState, s: number, others: readonly number[]): number {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, s);
  if (others.length === 0) return copyAs(tstate, s, type);
  const first = others[0];
  const firstIsSet = PyAnySet_Check(interp, first);
  const otherSize = firstIsSet ? setLength(interp, first) : Py_TYPE(interp, first) === interp.types.dict ? dictLength(interp, first) : -1;
  let r: number;
  if (otherSize < 0 || setLength(interp, s) >> 2 > otherSize) {
    r = copyAs(tstate, s, type); // CPython's set_copy_and_difference
    if (r !== 0 && setDifferenceUpdate(tstate, r, [first]) < 0) {
      Py_DECREF(interp, r);
      return 0;
    }
  } else {
    // CPython's set_difference: the keys of s not in `first`, in s's order
    const probe = firstIsSet ? first : PySet_New(tstate, first);
    r = probe === 0 ? 0 : makeEmpty(tstate, type);
    for (const x of r === 0 ? [] : setKeys(interp, s)) {
      Py_INCREF(interp, x);
      const c = PySet_Contains(tstate, probe, x);
      const status = c < 0 ? -1 : c === 0 ? PySet_Add(tstate, r, x) : 0;
      Py_DECREF(interp, x);
      if (status < 0) {
        Py_DECREF(interp, r);
        r = 0;
        break;
      }
    }
    if (!firstIsSet) Py_DECREF(interp, probe);
  }
  if (r === 0) return 0;
  if (setDifferenceUpdate(tstate, r, others.slice(1)) < 0) {
    Py_DECREF(interp, r);
    return 0;
  }
  return r;
}

/** s.difference_update(*others): 0 or -1. @public */
export function setDifferenceUpdate(tstate: ThreadState, s: number, others: readonly number[]): number {
  const interp = tstate.interp;
  for (const o of others) {
    if (o === s) {
      if (PySet_Clear(tstate, s) < 0) return -1;
      continue;
    }
    // a set over 8 times larger is replaced by its intersection with s (as CPython)
    const items = PyAnySet_Check(interp, o) && setLength(interp, o) >> 3 > setLength(interp, s) ? intersectionItems(tstate, s, o) : iterableItems(tstate, o);
    if (items === null) return -1;
    let ok = true;
    for (const x of items) {
      if (PySet_Discard(tstate, s, x) < 0) {
        ok = false;
        break;
      }
    }
    dropAll(interp, items);
    if (!ok) return -1;
    // more than a quarter dummies: resize them away
    const i32 = interp.views.i32;
    const used = i32[(s + SET_USED) >> 2];
    if (i32[(s + SET_FILL) >> 2] - used > i32[(s + SET_MASK) >> 2] >>> 2 && tableResize(tstate, s, used > 50000 ? used * 2 : used * 4) < 0) return -1;
  }
  return 0;
}

/** The keys of s ∩ o (o a set), in the intersection's order, as new references; null on error. */
function intersectionItems(tstate: ThreadState, s: number, o: number): number[] | null {
  const r = intersectionOne(tstate, s, o);
  if (r === 0) return null;
  const items = setKeys(tstate.interp, r);
  for (const x of items) Py_INCREF(tstate.interp, x);
  Py_DECREF(tstate.interp, r);
  return items;
}

/** s.intersection_update(*others): 0 or -1 (the table of s is replaced by the result's keys). @public */
export function setIntersectionUpdate(tstate: ThreadState, s: number, others: readonly number[]): number {
  const r = setIntersection(tstate, s, others);
  if (r === 0) return -1;
  swapBodies(tstate.interp, s, r);
  Py_DECREF(tstate.interp, r);
  return 0;
}

/** Exchanges the tables of two sets (CPython's set_swap_bodies). */
function swapBodies(interp: InterpreterState, a: number, b: number): void {
  const i32 = interp.views.i32;
  for (const field of [SET_FILL, SET_USED, SET_MASK, SET_TABLE, SET_FINGER]) {
    const t = i32[(a + field) >> 2];
    i32[(a + field) >> 2] = i32[(b + field) >> 2];
    i32[(b + field) >> 2] = t;
  }
}

/** s.symmetric_difference_update(other): 0 or -1. @public */
export function setSymmetricDifferenceUpdate(tstate: ThreadState, s: number, other: number): number {
  const interp = tstate.interp;
  if (s === other) return PySet_Clear(tstate, s);
  const o = asAnySet(tstate, other);
  if (o === 0) return -1;
  let status = 0;
  for (const x of setKeys(interp, o)) {
    Py_INCREF(interp, x);
    const found = PySet_Discard(tstate, s, x);
    if (found < 0 || (found === 0 && PySet_Add(tstate, s, x) < 0)) status = -1;
    Py_DECREF(interp, x);
    if (status < 0) break;
  }
  Py_DECREF(interp, o);
  return status;
}

/** s.symmetric_difference(other) (and `^`): a new object of s's type, or NULL. @public */
export function setSymmetricDifference(tstate: ThreadState, s: number, other: number): number {
  const interp = tstate.interp;
  // CPython's set_symmetric_difference: a copy of `other` (as s's type) updated with s
  const r = makeEmpty(tstate, Py_TYPE(interp, s));
  if (r === 0) return 0;
  if (setUpdateInternal(tstate, r, other) < 0 || setSymmetricDifferenceUpdate(tstate, r, s) < 0) {
    Py_DECREF(interp, r);
    return 0;
  }
  return r;
}

/** s <= other as sets (both sets): 1, 0 or -1. */
function subsetOfSet(tstate: ThreadState, s: number, other: number): number {
  const interp = tstate.interp;
  if (setLength(interp, s) > setLength(interp, other)) return 0;
  for (const x of setKeys(interp, s)) {
    Py_INCREF(interp, x);
    const c = PySet_Contains(tstate, other, x);
    Py_DECREF(interp, x);
    if (c !== 1) return c;
  }
  return 1;
}

/** s.issubset(other): 1, 0, or -1 with an exception set. @public */
export function setIsSubset(tstate: ThreadState, s: number, other: number): number {
  const o = asAnySet(tstate, other);
  if (o === 0) return -1;
  const r = subsetOfSet(tstate, s, o);
  Py_DECREF(tstate.interp, o);
  return r;
}

/** s.issuperset(other): 1, 0, or -1 with an exception set. @public */
export function setIsSuperset(tstate: ThreadState, s: number, other: number): number {
  const o = asAnySet(tstate, other);
  if (o === 0) return -1;
  const r = subsetOfSet(tstate, o, s);
  Py_DECREF(tstate.interp, o);
  return r;
}

/** s.isdisjoint(other): 1, 0, or -1 with an exception set. @public */
export function setIsDisjoint(tstate: ThreadState, s: number, other: number): number {
  const r = intersectionOne(tstate, s, other);
  if (r === 0) return -1;
  const n = setLength(tstate.interp, r);
  Py_DECREF(tstate.interp, r);
  return n === 0 ? 1 : 0;
}

/**
 * `a op b` where `a` is a set or frozenset (CPython's set_richcompare): 1, 0, or -1 with an
 * exception set. A non-set `b` is unequal, and ordering against it is a TypeError.
 * @public
 */
export function setRichCompareBool(tstate: ThreadState, a: number, b: number, op: number): number {
  const interp = tstate.interp;
  if (!PyAnySet_Check(interp, b)) {
    if (op === Py_EQ) return 0;
    if (op === Py_NE) return 1;
    const sym = ['<', '<=', '==', '!=', '>', '>='][op];
    raise(tstate, 'TypeError', `'${sym}' not supported between instances of '${Py_TYPE_NAME(interp, a)}' and '${Py_TYPE_NAME(interp, b)}'`);
    return -1;
  }
  const la = setLength(interp, a);
  const lb = setLength(interp, b);
  let r: number;
  switch (op) {
    case Py_EQ:
    case Py_NE:
      r = la !== lb ? 0 : subsetOfSet(tstate, a, b);
      if (r < 0) return -1;
      return op === Py_EQ ? r : 1 - r;
    case Py_LE:
      return subsetOfSet(tstate, a, b);
    case Py_GE:
      return subsetOfSet(tstate, b, a);
    case Py_LT:
      return la >= lb ? 0 : subsetOfSet(tstate, a, b);
    case Py_GT:
      return la <= lb ? 0 : subsetOfSet(tstate, b, a);
    default:
      return -1;
  }
}

// ---- hash and repr --------------------------------------------------------------------------

const MASK64 = (1n << 64n) - 1n;

/** CPython's _shuffle_bits: spreads an entry hash's bits before they are xor-ed together. */
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & MASK64;
}

/**
 * hash(frozenset) exactly as CPython's frozenset_hash (64-bit): the xor of every element's
 * shuffled hash, mixed with the size, dispersed. -1n with an exception set if an element's
 * hash fails. NON-CPYTHON: not cached in the object.
 * @public
 */
export function frozensetHashExact(tstate: ThreadState, s: number): bigint {
  const interp = tstate.interp;
  let hash = 0n;
  for (const x of setKeys(interp, s)) {
    const hx = PyFrozenSet_Check(interp, x) ? frozensetHashExact(tstate, x) : _PyObject_HashExact(tstate, x);
    if (hx === -1n) return -1n;
    hash ^= shuffleBits(BigInt.asUintN(64, hx));
  }
  hash ^= (BigInt(setLength(interp, s) + 1) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) hash = 590923713n;
  return BigInt.asIntN(64, hash);
}

/**
 * hash(s): frozenset's exact hash as the nearest double (see PyObject_Hash), -1 with
 * TypeError "unhashable type: 'set'" for a set.
 * @public
 */
export function setHash(tstate: ThreadState, s: number): number {
  if (!PyFrozenSet_Check(tstate.interp, s)) return setUnhashable(tstate, s);
  return Number(frozensetHashExact(tstate, s));
}

/** repr(s): `{1, 2}`, `set()`, `frozenset({1})`, `frozenset()`; null with an exception set. @public */
export function setRepr(tstate: ThreadState, s: number): string | null {
  const interp = tstate.interp;
  const name = Py_TYPE_NAME(interp, s);
  const keys = setKeys(interp, s);
  if (keys.length === 0) return `${name}()`;
  if (tstate.reprStack.includes(s)) return `${name}(...)`;
  tstate.reprStack.push(s);
  try {
    const parts: string[] = [];
    for (const x of keys) {
      Py_INCREF(interp, x);
      const r = PyAnySet_Check(interp, x) ? setRepr(tstate, x) : _PyObject_ReprString(tstate, x);
      Py_DECREF(interp, x);
      if (r === null) return null;
      parts.push(r);
    }
    const body = `{${parts.join(', ')}}`;
    return name === 'set' ? body : `${name}(${body})`;
  } finally {
    tstate.reprStack.pop();
  }
}
