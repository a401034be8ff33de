// The per-interpreter mutable part of the static builtin types (CPython 3.12's
// `static_builtin_state` in Objects/typeobject.c): tp_dict, tp_subclasses and the version tag
// live in the interpreter's table at the type's static index, created on first use, while the
// immutable part (name, base, MRO, flags) stays in the runtime heap.

import {
  OB_TYPE,
  PY_BASE_EXCEPTION_OBJECT,
  PY_FLOAT_OBJECT,
  PY_OBJECT,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BASE_EXC_SUBCLASS,
  Py_TPFLAGS_BYTES_SUBCLASS,
  Py_TPFLAGS_DICT_SUBCLASS,
  Py_TPFLAGS_HAVE_GC,
  Py_TPFLAGS_HEAPTYPE,
  Py_TPFLAGS_LIST_SUBCLASS,
  Py_TPFLAGS_LONG_SUBCLASS,
  Py_TPFLAGS_TUPLE_SUBCLASS,
  Py_TPFLAGS_TYPE_SUBCLASS,
  Py_TPFLAGS_UNICODE_SUBCLASS,
  TP_BASE,
  TP_BASICSIZE,
  TP_FLAGS,
  TP_MRO,
  TP_NAME,
  TP_STATIC_INDEX,
  TUPLE_OB_ITEM,
} from '@pergil/runtime-state';
import { STATIC_TYPE_STATE, INTERPRETER_STATE } from '../interpreter-state.layout.js';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PY_VECTORCALL_ARGUMENTS_OFFSET as ARGUMENTS_OFFSET, PyObject_Call, PyObject_CallThreeArgs, callPrepending } from './call.js';
import { PyClassMethod_New, PyDescr_NewGetSet, _PyDescr_Get, classMethodCallable } from './descrobject.js';
import { PY_DICT_OBJECT } from './dictobject.layout.js';
import { PyDict_DelItem, PyDict_GetItemWithError, PyDict_New, PyDict_Next, PyDict_SetItem, dictEntryKey, dictEntryValue } from './dictobject.js';
import { PyErr_Occurred, PyType_IsSubtype, raise } from './exceptions.js';
import { PY_FUNCTION_OBJECT } from './funcobject.layout.js';
import { PY_LIST_OBJECT } from './listobject.layout.js';
import { PyList_Append, PyList_New } from './listobject.js';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_STATIC } from './methoddef.js';
import type { PyGetSetDef, PyMethodDef } from './methoddef.js';
import { PyCFunction_NewEx, PyDescr_NewMethod } from './methodobject.js';
import { getSetDefIndexOf, getSetDefsOf, methodDefIndex, methodDefIndexOf, methodDefsOf, methodTableRow } from './methodtable.js';
import {
  PyObject_GC_Del,
  Py_DECREF,
  Py_INCREF,
  Py_TYPE,
  Py_TYPE_NAME,
  _PyObject_GC_New,
  _PyObject_New,
  _Py_DeallocAs,
  staticIndexOf,
  typeFlags,
  typeName,
} from './object.js';
import { PY_HEAP_TYPE_OBJECT } from './typeobject.layout.js';
import { staticTpInit, staticTpInitWrapper, staticTpNew, staticTpNewWrapper, staticTypeHasInit, staticTypeHasNew } from './typeslots.js';
import { PyTuple_New, PyTuple_Pack, tupleLength } from './tupleobject.js';
import { PyUnicode_AsString, PyUnicode_FromString, PyUnicode_InternFromString } from './unicodeobject.js';

const HT = PY_HEAP_TYPE_OBJECT.offsetBytes;
const EXC_DICT = PY_BASE_EXCEPTION_OBJECT.offsetBytes.dict;
const FUNC_DICT = PY_FUNCTION_OBJECT.offsetBytes.func_dict;

const ST = STATIC_TYPE_STATE.offsetBytes;

/** Byte offset of the mutable-part entry of the static type `type` in the interpreter heap. @public */
export function staticTypeStateOf(interp: InterpreterState, type: number): number {
  return interp.staticTypeStateOffset + staticIndexOf(interp, type) * STATIC_TYPE_STATE.sizeBytes;
}

/** The static type's tp_dict in this interpreter, or NULL if not materialised yet. @public */
export function _PyStaticType_PeekDict(interp: InterpreterState, type: number): number {
  return interp.views.i32[(staticTypeStateOf(interp, type) + ST.tp_dict) >> 2];
}

/**
 * The static type's tp_dict in this interpreter (borrowed), made and filled on first use
 * (CPython's _PyType_GetDict for a static builtin type, filled as type_ready's add_operators,
 * add_methods, add_getset do): a method_descriptor (classmethod_descriptor, staticmethod) per
 * PyMethodDef and a getset_descriptor per PyGetSetDef the method table lists for the type, and
 * its `__new__`/`__init__` and slot wrappers (objects/typeslots.ts). NULL with an exception set.
 * @public
 */
export function _PyStaticType_GetDict(tstate: ThreadState, type: number): number {
  const interp = tstate.interp;
  const at = staticTypeStateOf(interp, type) + ST.tp_dict;
  const existing = interp.views.i32[at >> 2];
  if (existing !== 0) return existing;
  const d = PyDict_New(tstate);
  if (d === 0) return 0;
  interp.views.i32[at >> 2] = d;
  if (fillStaticTypeDict(tstate, type, d) < 0) {
    interp.views.i32[at >> 2] = 0;
    Py_DECREF(interp, d);
    return 0;
  }
  return d;
}

/** The static type's version tag in this interpreter, assigned on first use (CPython's assign_version_tag). @public */
export function PyType_GetVersionTag(interp: InterpreterState, type: number): number {
  const at = (staticTypeStateOf(interp, type) + ST.tp_version_tag) >> 2;
  const i32 = interp.views.i32;
  if (i32[at] === 0) {
    const next = interp.field(INTERPRETER_STATE.offsetBytes.types_next_version_tag);
    interp.setField(INTERPRETER_STATE.offsetBytes.types_next_version_tag, next + 1);
    i32[at] = next;
  }
  return i32[at];
}

/** Invalidates the type's attribute caches in this interpreter (CPython's PyType_Modified). @public */
export function PyType_Modified(interp: InterpreterState, type: number): void {
  interp.views.i32[(staticTypeStateOf(interp, type) + ST.tp_version_tag) >> 2] = 0;
}

/** Drops every materialised static type dict (interpreter finalization). @public */
export function _PyStaticTypes_FiniInterp(interp: InterpreterState): void {
  const count = interp.field(INTERPRETER_STATE.offsetBytes.types_static_count);
  for (let i = 0; i < count; i++) {
    const entry = interp.staticTypeStateOffset + i * STATIC_TYPE_STATE.sizeBytes;
    for (const f of [ST.tp_dict, ST.tp_subclasses]) {
      const h = interp.views.i32[(entry + f) >> 2];
      interp.views.i32[(entry + f) >> 2] = 0;
      Py_DECREF(interp, h);
    }
  }
}

// ---- any type: static (runtime heap) or heap (interpreter heap) -----------------------------

/** True if `h` is a type object: its type is `type` or a subclass (CPython's PyType_Check). @public */
export function PyType_Check(interp: InterpreterState, h: number): boolean {
  const t = Py_TYPE(interp, h);
  return t === interp.types.type || (t > 0 && PyType_IsSubtype(interp, t, interp.types.type));
}

/** True if `type` is a heap type (made at run time, in the interpreter heap). @public */
export function PyType_IsHeapType(type: number): boolean {
  return type > 0;
}

/** An i32 field of the type object `type`, static or heap. */
function typeField(interp: InterpreterState, type: number, offset: number): number {
  return type > 0 ? interp.views.i32[(type + offset) >> 2] : interp.runtimeViews.i32[(-type + offset) >> 2];
}

/** __mro__ of `type` (borrowed tuple). @public */
export function PyType_GetMro(interp: InterpreterState, type: number): number {
  return typeField(interp, type, TP_MRO);
}

/** tp_base of `type` (borrowed; 0 for object). @public */
export function PyType_GetBase(interp: InterpreterState, type: number): number {
  return typeField(interp, type, TP_BASE);
}

/** tp_basicsize of `type`. @internal */
export function typeBasicsize(interp: InterpreterState, type: number): number {
  return typeField(interp, type, TP_BASICSIZE);
}

/** The static type whose layout `type`'s instances start with (itself for a static type). @public */
export function PyType_SolidBase(interp: InterpreterState, type: number): number {
  return type > 0 ? interp.views.i32[(type + HT.tp_solid_base) >> 2] : type;
}

/** Byte offset of the instance __dict__ slot of `type`'s instances, 0 if none. @internal */
export function typeDictOffset(interp: InterpreterState, type: number): number {
  if (type > 0) return interp.views.i32[(type + HT.tp_dictoffset) >> 2];
  return (typeFlags(interp, type) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0 ? EXC_DICT : 0;
}

/** The type's dict (borrowed): the heap type's own, or the static type's per-interpreter one, filled on first use. NULL with an exception set. @public */
export function _PyType_GetDict(tstate: ThreadState, type: number): number {
  return type > 0 ? tstate.interp.views.i32[(type + HT.tp_dict) >> 2] : _PyStaticType_GetDict(tstate, type);
}

/** Item i of a tuple that may be immortal. */
function tupleItem(interp: InterpreterState, t: number, i: number): number {
  return t < 0 ? interp.runtimeViews.i32[((-t + TUPLE_OB_ITEM) >> 2) + i] : interp.views.i32[((t + TUPLE_OB_ITEM) >> 2) + i];
}

/**
 * Looks `name` (a str) up along the MRO of `type`: the first dict that has it (borrowed), or
 * NULL — with an exception set only if a static type's dict could not be made (CPython's
 * _PyType_Lookup; NON-CPYTHON: no method cache yet).
 * @public
 */
export function _PyType_Lookup(tstate: ThreadState, type: number, name: number): number {
  const interp = tstate.interp;
  const mro = PyType_GetMro(interp, type);
  const n = tupleLength(interp, mro);
  for (let i = 0; i < n; i++) {
    const t = tupleItem(interp, mro, i);
    const dict = t > 0 ? interp.views.i32[(t + HT.tp_dict) >> 2] : _PyStaticType_GetDict(tstate, t);
    if (dict === 0) return 0;
    const v = PyDict_GetItemWithError(tstate, dict, name);
    if (v !== 0) return v;
  }
  return 0;
}

/** {@link _PyType_Lookup} by a JS string name (interned identifiers need no allocation). @public */
export function _PyType_LookupString(tstate: ThreadState, type: number, name: string): number {
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) return 0;
  const v = _PyType_Lookup(tstate, type, key);
  Py_DECREF(tstate.interp, key);
  return v;
}

/**
 * The type in `type`'s MRO whose dict defines `name`, or NULL (for "is this slot overridden"
 * questions: object's own `__init__` versus a class's).
 * @internal
 */
export function _PyType_LookupOwner(tstate: ThreadState, type: number, name: string): number {
  const interp = tstate.interp;
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) return 0;
  const mro = PyType_GetMro(interp, type);
  const n = tupleLength(interp, mro);
  let owner = 0;
  for (let i = 0; i < n && owner === 0; i++) {
    const t = tupleItem(interp, mro, i);
    const dict = _PyType_GetDict(tstate, t);
    if (dict === 0) break;
    if (PyDict_GetItemWithError(tstate, dict, key) !== 0) owner = t;
  }
  Py_DECREF(interp, key);
  return owner;
}

// ---- filling a static type's dict -----------------------------------------------------------

function setItemString(tstate: ThreadState, d: number, name: string, value: number): number {
  if (value === 0) return -1;
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) {
    Py_DECREF(tstate.interp, value);
    return -1;
  }
  const r = PyDict_SetItem(tstate, d, key, value);
  Py_DECREF(tstate.interp, key);
  Py_DECREF(tstate.interp, value);
  return r;
}

function fillStaticTypeDict(tstate: ThreadState, type: number, d: number): number {
  const interp = tstate.interp;
  const name = typeName(interp, type);
  const row = methodTableRow(name);
  if (row >= 0) {
    const methods = methodDefsOf(name);
    for (let i = 0; i < methods.length; i++) {
      const def = methods[i];
      const index = methodDefIndex(row, i);
      let v: number;
      if ((def.flags & METH_STATIC) !== 0) {
        const f = PyCFunction_NewEx(tstate, index, 0, 0);
        v = f === 0 ? 0 : PyClassMethod_New(tstate, 'staticmethod', f);
        Py_DECREF(interp, f);
      } else {
        v = PyDescr_NewMethod(tstate, type, index);
      }
      if (setItemString(tstate, d, def.name, v) < 0) return -1;
    }
    const getsets = getSetDefsOf(name);
    for (let i = 0; i < getsets.length; i++) {
      if (setItemString(tstate, d, getsets[i].name, PyDescr_NewGetSet(tstate, type, methodDefIndex(row, i))) < 0) return -1;
    }
  }
  return addSlotWrappers(tstate, type, d);
}

/**
 * `__new__` (a builtin bound to the type) and `__init__` (a method descriptor) for a static
 * type that defines tp_new / tp_init (CPython's add_operators + tp_new wrapper).
 */
function addSlotWrappers(tstate: ThreadState, type: number, d: number): number {
  const interp = tstate.interp;
  const newDef = staticTpNewWrapper(interp, type);
  if (newDef !== null && setItemString(tstate, d, '__new__', PyCFunction_NewEx(tstate, methodDefIndexOf(newDef), type, 0)) < 0) return -1;
  const initDef = staticTpInitWrapper(interp, type);
  if (initDef !== null && setItemString(tstate, d, '__init__', PyDescr_NewMethod(tstate, type, methodDefIndexOf(initDef))) < 0) return -1;
  return 0;
}

// ---- instances of heap types ----------------------------------------------------------------

/** Whether instances of the static type `solid` carry a PyGC_Head (their dealloc frees it). */
function solidBaseIsGC(interp: InterpreterState, solid: number): boolean {
  return (typeFlags(interp, solid) & Py_TPFLAGS_HAVE_GC) !== 0;
}

/** The instance size of a static type that heap types may extend; -1 if pergil cannot extend it yet. */
function solidInstanceSize(interp: InterpreterState, solid: number): number {
  const T = interp.types;
  if (solid === T.object) return PY_OBJECT.sizeBytes;
  if (solid === T.list) return PY_LIST_OBJECT.sizeBytes;
  if (solid === T.dict) return PY_DICT_OBJECT.sizeBytes;
  if (solid === T.float) return PY_FLOAT_OBJECT.sizeBytes;
  if (solid === T.type) return PY_HEAP_TYPE_OBJECT.sizeBytes;
  if ((typeFlags(interp, solid) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0) return PY_BASE_EXCEPTION_OBJECT.sizeBytes;
  return -1;
}

/**
 * A zeroed instance of `type` with refcount 1 (CPython's PyType_GenericAlloc): the type's
 * basicsize, with a PyGC_Head when its instances are GC objects; a heap type's instance owns a
 * reference to its type. A zeroed list, dict or float is a valid empty one. NULL with
 * MemoryError set.
 * @public
 */
export function PyType_GenericAlloc(tstate: ThreadState, type: number): number {
  const interp = tstate.interp;
  const solid = PyType_SolidBase(interp, type);
  const size = type > 0 ? typeBasicsize(interp, type) : Math.max(typeBasicsize(interp, type), PY_OBJECT.sizeBytes);
  const gc = type > 0 ? solid === interp.types.object || solidBaseIsGC(interp, solid) : solidBaseIsGC(interp, solid);
  const h = gc ? _PyObject_GC_New(tstate, type, size) : _PyObject_New(tstate, type, size);
  if (h === 0) return 0;
  interp.views.i32.fill(0, (h + 8) >> 2, (h + size) >> 2);
  return h;
}

/**
 * tp_dealloc of every heap type's instances (CPython's subtype_dealloc): drops the instance
 * __dict__, lets the solid base free its part (and the block), then drops the reference to
 * the type.
 * @internal
 */
export function subtypeDealloc(interp: InterpreterState, h: number): void {
  const i32 = interp.views.i32;
  const type = i32[(h + OB_TYPE) >> 2];
  const solid = i32[(type + HT.tp_solid_base) >> 2];
  const dictOffset = i32[(type + HT.tp_dictoffset) >> 2];
  if (dictOffset !== 0 && dictOffset !== EXC_DICT_IF(interp, solid)) {
    const dict = i32[(h + dictOffset) >> 2];
    i32[(h + dictOffset) >> 2] = 0;
    Py_DECREF(interp, dict);
  }
  if (solid === interp.types.object) PyObject_GC_Del(interp, h);
  else _Py_DeallocAs(interp, h, solid);
  Py_DECREF(interp, type);
}

function EXC_DICT_IF(interp: InterpreterState, solid: number): number {
  return (typeFlags(interp, solid) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0 ? EXC_DICT : -1;
}

/** tp_dealloc of `type` for heap types (static types are immortal and never get here). @internal */
export function heapTypeDealloc(interp: InterpreterState, t: number): void {
  const i32 = interp.views.i32;
  // The MRO tuple's first item is the type itself, not counted (see typeNew).
  const mro = i32[(t + TP_MRO) >> 2];
  if (mro > 0) i32[(mro + TUPLE_OB_ITEM) >> 2] = 0;
  for (const f of HEAP_TYPE_OWNED_FIELDS) {
    const x = i32[(t + f) >> 2];
    i32[(t + f) >> 2] = 0;
    Py_DECREF(interp, x);
  }
  PyObject_GC_Del(interp, t);
}

const HEAP_TYPE_OWNED_FIELDS: readonly number[] = Object.freeze([HT.tp_dict, TP_MRO, HT.tp_bases, TP_BASE, TP_NAME, HT.ht_qualname]);

/** The instance `__dict__` of `obj` (borrowed), made on first use when `create`; 0 if it has none (no error set) or on MemoryError (error set). @public */
export function _PyObject_GetInstanceDict(tstate: ThreadState, obj: number, create: boolean): number {
  const interp = tstate.interp;
  if (obj < 0) return 0;
  const type = Py_TYPE(interp, obj);
  const offset = type > 0 ? interp.views.i32[(type + HT.tp_dictoffset) >> 2] : instanceDictOffsetStatic(interp, type);
  if (offset === 0) return 0;
  const d = interp.views.i32[(obj + offset) >> 2];
  if (d !== 0 || !create) return d;
  const fresh = PyDict_New(tstate);
  if (fresh === 0) return 0;
  interp.views.i32[(obj + offset) >> 2] = fresh;
  return fresh;
}

function instanceDictOffsetStatic(interp: InterpreterState, type: number): number {
  if (type === interp.types.function) return FUNC_DICT;
  if ((typeFlags(interp, type) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0) return EXC_DICT;
  return 0;
}

// ---- the MRO --------------------------------------------------------------------------------

/** C3 linearisation of `type` over `bases` (CPython's mro_implementation); null with TypeError set. */
function c3Mro(tstate: ThreadState, type: number, bases: readonly number[]): number[] | null {
  const interp = tstate.interp;
  const seqs: number[][] = bases.map((b) => {
    const mro = PyType_GetMro(interp, b);
    const out: number[] = [];
    for (let i = 0; i < tupleLength(interp, mro); i++) out.push(tupleItem(interp, mro, i));
    return out;
  });
  seqs.push([...bases]);
  const result = [type];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return result;
    let next = 0;
    for (const s of live) {
      const cand = s[0];
      if (!live.some((o) => o.indexOf(cand) > 0)) {
        next = cand;
        break;
      }
    }
    if (next === 0) {
      const heads: string[] = [];
      for (const s of live) {
        const n = typeName(interp, s[0]);
        if (!heads.includes(n)) heads.push(n);
      }
      raise(tstate, 'TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(', ')}`);
      return null;
    }
    result.push(next);
    for (const s of seqs) if (s[0] === next) s.shift();
  }
}

// ---- making heap types ----------------------------------------------------------------------

/** Py_TPFLAGS_* a heap type inherits from its bases (the fast subclass checks). */
const INHERITED_FLAGS =
  Py_TPFLAGS_LONG_SUBCLASS |
  Py_TPFLAGS_LIST_SUBCLASS |
  Py_TPFLAGS_TUPLE_SUBCLASS |
  Py_TPFLAGS_BYTES_SUBCLASS |
  Py_TPFLAGS_UNICODE_SUBCLASS |
  Py_TPFLAGS_DICT_SUBCLASS |
  Py_TPFLAGS_BASE_EXC_SUBCLASS |
  Py_TPFLAGS_TYPE_SUBCLASS;

/** The most derived metaclass of `metatype` and the bases' types (CPython's _PyType_CalculateMetaclass). 0 with TypeError set. */
function calculateMetaclass(tstate: ThreadState, metatype: number, bases: readonly number[]): number {
  const interp = tstate.interp;
  let winner = metatype;
  for (const b of bases) {
    const t = Py_TYPE(interp, b);
    if (PyType_IsSubtype(interp, winner, t)) continue;
    if (PyType_IsSubtype(interp, t, winner)) {
      winner = t;
      continue;
    }
    raise(tstate, 'TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    return 0;
  }
  return winner;
}

/** Wraps dict[name] in staticmethod/classmethod if it is a plain function (type_new's special cases). */
function wrapSpecial(tstate: ThreadState, dict: number, name: string, which: 'classmethod' | 'staticmethod'): number {
  const interp = tstate.interp;
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) return -1;
  const v = PyDict_GetItemWithError(tstate, dict, key);
  let r = 0;
  if (v !== 0 && Py_TYPE(interp, v) === interp.types.function) {
    const w = PyClassMethod_New(tstate, which, v);
    r = w === 0 ? -1 : PyDict_SetItem(tstate, dict, key, w);
    Py_DECREF(interp, w);
  }
  Py_DECREF(interp, key);
  return r;
}

function dictHas(tstate: ThreadState, dict: number, name: string): boolean {
  const key = PyUnicode_InternFromString(tstate, name);
  const v = key === 0 ? 0 : PyDict_GetItemWithError(tstate, dict, key);
  Py_DECREF(tstate.interp, key);
  return v !== 0;
}

/**
 * `type(name, bases, dict)` for the metatype `metatype` (CPython's type_new): checks the
 * arguments, computes the metaclass, solid base, C3 MRO and flags, copies the namespace
 * (wrapping `__new__` in staticmethod, `__init_subclass__`/`__class_getitem__` in classmethod,
 * setting `__hash__ = None` when `__eq__` is defined without `__hash__`), then calls
 * `__set_name__` on the attributes and the parent's `__init_subclass__(**kwds)`.
 * A new reference, or 0 with an exception set.
 * NON-CPYTHON: `__slots__` is accepted but instances still get a `__dict__`; subclassing int,
 * str, bytes, tuple, set and other builtins whose layout pergil cannot extend yet raises
 * TypeError; weak references do not exist yet (no `__weakref__`).
 * @public
 */
export function typeNew(tstate: ThreadState, metatype: number, name: number, basesTuple: number, ns: number, kwds: number): number {
  const interp = tstate.interp;
  const T = interp.types;
  if (Py_TYPE(interp, name) !== T.str) return raise(tstate, 'TypeError', `type.__new__() argument 1 must be str, not ${Py_TYPE_NAME(interp, name)}`);
  if (Py_TYPE(interp, basesTuple) !== T.tuple) return raise(tstate, 'TypeError', `type.__new__() argument 2 must be tuple, not ${Py_TYPE_NAME(interp, basesTuple)}`);
  if (Py_TYPE(interp, ns) !== T.dict) return raise(tstate, 'TypeError', `type.__new__() argument 3 must be dict, not ${Py_TYPE_NAME(interp, ns)}`);
  const bases: number[] = [];
  for (let i = 0; i < tupleLength(interp, basesTuple); i++) bases.push(tupleItem(interp, basesTuple, i));
  for (const b of bases) {
    if (!PyType_Check(interp, b)) return raise(tstate, 'TypeError', `bases must be types`);
  }
  const meta = calculateMetaclass(tstate, metatype, bases);
  if (meta === 0) return 0;
  if (bases.length === 0) bases.push(T.object);
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if ((typeFlags(interp, b) & Py_TPFLAGS_BASETYPE) === 0) return raise(tstate, 'TypeError', `type '${typeName(interp, b)}' is not an acceptable base type`);
    if (bases.indexOf(b) !== i) return raise(tstate, 'TypeError', `duplicate base class ${typeName(interp, b)}`);
  }
  // The solid base: the most derived layout among the bases' solid bases.
  let solid = T.object;
  let best = bases[0];
  for (const b of bases) {
    const s = PyType_SolidBase(interp, b);
    if (PyType_IsSubtype(interp, solid, s)) continue;
    if (PyType_IsSubtype(interp, s, solid) || solid === T.object) {
      solid = s;
      best = b;
      continue;
    }
    return raise(tstate, 'TypeError', 'multiple bases have instance lay-out conflict');
  }
  const solidSize = solidInstanceSize(interp, solid);
  if (solidSize < 0) return raise(tstate, 'TypeError', `subclassing '${typeName(interp, solid)}' is not supported yet`);
  const isExc = (typeFlags(interp, solid) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
  // Instances keep the layout of the base that brought the solid base, plus a __dict__ slot.
  let basicsize: number;
  let dictOffset: number;
  if (best > 0 && PyType_SolidBase(interp, best) === solid) {
    basicsize = typeBasicsize(interp, best);
    dictOffset = interp.views.i32[(best + HT.tp_dictoffset) >> 2];
  } else if (isExc) {
    basicsize = solidSize;
    dictOffset = EXC_DICT;
  } else if (solid === T.type) {
    basicsize = solidSize;
    dictOffset = 0;
  } else {
    basicsize = solidSize + 4;
    dictOffset = solidSize;
  }
  let flags = Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC;
  for (const b of bases) flags |= typeFlags(interp, b) & INHERITED_FLAGS;
  // The namespace, copied.
  const dict = PyDict_New(tstate);
  if (dict === 0) return 0;
  for (let pos = PyDict_Next(interp, ns, 0); pos >= 0; pos = PyDict_Next(interp, ns, pos + 1)) {
    if (PyDict_SetItem(tstate, dict, dictEntryKey(interp, ns, pos), dictEntryValue(interp, ns, pos)) < 0) {
      Py_DECREF(interp, dict);
      return 0;
    }
  }
  let qualname = name;
  const qualKey = PyUnicode_InternFromString(tstate, '__qualname__');
  const q = PyDict_GetItemWithError(tstate, dict, qualKey);
  if (q !== 0) {
    if (Py_TYPE(interp, q) !== T.str) {
      Py_DECREF(interp, dict);
      return raise(tstate, 'TypeError', `type __qualname__ must be a str, not ${Py_TYPE_NAME(interp, q)}`);
    }
    qualname = q;
  }
  Py_INCREF(interp, qualname);
  if (q !== 0) PyDict_DelItem(tstate, dict, qualKey);
  if (
    wrapSpecial(tstate, dict, '__new__', 'staticmethod') < 0 ||
    wrapSpecial(tstate, dict, '__init_subclass__', 'classmethod') < 0 ||
    wrapSpecial(tstate, dict, '__class_getitem__', 'classmethod') < 0 ||
    (!dictHas(tstate, dict, '__doc__') && setItemString(tstate, dict, '__doc__', interp.runtime.immortalNone) < 0) ||
    (dictHas(tstate, dict, '__eq__') && !dictHas(tstate, dict, '__hash__') && setItemString(tstate, dict, '__hash__', interp.runtime.immortalNone) < 0)
  ) {
    Py_DECREF(interp, qualname);
    Py_DECREF(interp, dict);
    return 0;
  }
  // The type object.
  const t = _PyObject_GC_New(tstate, meta, PY_HEAP_TYPE_OBJECT.sizeBytes);
  if (t === 0) {
    Py_DECREF(interp, qualname);
    Py_DECREF(interp, dict);
    return 0;
  }
  let i32 = interp.views.i32;
  i32.fill(0, (t + 8) >> 2, (t + PY_HEAP_TYPE_OBJECT.sizeBytes) >> 2);
  Py_INCREF(interp, name);
  i32[(t + TP_NAME) >> 2] = name;
  i32[(t + TP_BASICSIZE) >> 2] = basicsize;
  i32[(t + TP_FLAGS) >> 2] = flags | 0;
  i32[(t + TP_STATIC_INDEX) >> 2] = -1;
  i32[(t + TP_BASE) >> 2] = bases[0] === best ? best : best;
  Py_INCREF(interp, best);
  i32[(t + HT.tp_dict) >> 2] = dict;
  i32[(t + HT.ht_qualname) >> 2] = qualname;
  i32[(t + HT.tp_dictoffset) >> 2] = dictOffset;
  i32[(t + HT.tp_solid_base) >> 2] = solid;
  const basesOwned = bases.length === tupleLength(interp, basesTuple) ? basesTuple : PyTuple_Pack(tstate, bases);
  if (basesOwned === basesTuple) Py_INCREF(interp, basesTuple);
  i32 = interp.views.i32;
  i32[(t + HT.tp_bases) >> 2] = basesOwned;
  if (basesOwned === 0) {
    Py_DECREF(interp, t);
    return 0;
  }
  const mro = c3Mro(tstate, t, bases);
  if (mro === null) {
    Py_DECREF(interp, t);
    return 0;
  }
  // NON-CPYTHON: the MRO tuple does not count its first item (the type itself), so that a type
  // is not its own reference cycle; `__mro__` hands out a copy.
  const mroTuple = PyTuple_New(tstate, mro.length);
  if (mroTuple === 0) {
    Py_DECREF(interp, t);
    return 0;
  }
  i32 = interp.views.i32;
  for (let i = 0; i < mro.length; i++) {
    if (i > 0) Py_INCREF(interp, mro[i]);
    i32[((mroTuple + TUPLE_OB_ITEM) >> 2) + i] = mro[i];
  }
  i32[(t + TP_MRO) >> 2] = mroTuple;
  if (setNames(tstate, t, dict) < 0 || initSubclass(tstate, t, kwds) < 0) {
    Py_DECREF(interp, t);
    return 0;
  }
  return t;
}

/** Calls `value.__set_name__(type, key)` for each attribute that has one (CPython's type_new_set_names). */
function setNames(tstate: ThreadState, type: number, dict: number): number {
  const interp = tstate.interp;
  const snapshot: number[] = [];
  for (let pos = PyDict_Next(interp, dict, 0); pos >= 0; pos = PyDict_Next(interp, dict, pos + 1)) {
    const v = dictEntryValue(interp, dict, pos);
    const vt = Py_TYPE(interp, v);
    if (vt < 0) continue; // static types define no __set_name__
    const k = dictEntryKey(interp, dict, pos);
    Py_INCREF(interp, k);
    Py_INCREF(interp, v);
    snapshot.push(k, v);
  }
  let r = 0;
  for (let i = 0; i < snapshot.length; i += 2) {
    const [k, v] = [snapshot[i], snapshot[i + 1]];
    if (r === 0) {
      const f = _PyType_LookupString(tstate, Py_TYPE(interp, v), '__set_name__');
      if (f !== 0) {
        Py_INCREF(interp, f);
        const res = PyObject_CallThreeArgs(tstate, f, v, type, k);
        Py_DECREF(interp, f);
        if (res === 0) r = -1;
        Py_DECREF(interp, res);
      } else if (PyErr_Occurred(tstate) !== 0) {
        r = -1;
      }
    }
    Py_DECREF(interp, k);
    Py_DECREF(interp, v);
  }
  return r;
}

/** `super(type, type).__init_subclass__(**kwds)` (CPython's type_new_init_subclass). */
function initSubclass(tstate: ThreadState, type: number, kwds: number): number {
  const interp = tstate.interp;
  const mro = PyType_GetMro(interp, type);
  const key = PyUnicode_InternFromString(tstate, '__init_subclass__');
  let found = 0;
  for (let i = 1; i < tupleLength(interp, mro) && found === 0; i++) {
    const d = _PyType_GetDict(tstate, tupleItem(interp, mro, i));
    if (d === 0) return -1;
    found = PyDict_GetItemWithError(tstate, d, key);
  }
  Py_DECREF(interp, key);
  if (found === 0) return 0;
  Py_INCREF(interp, found);
  const bound = _PyDescr_Get(tstate, found, type, type);
  Py_DECREF(interp, found);
  if (bound === 0) return -1;
  const r = PyObject_Call(tstate, bound, interp.runtime.emptyTuple, kwds);
  Py_DECREF(interp, bound);
  if (r === 0) return -1;
  Py_DECREF(interp, r);
  return 0;
}

/**
 * The class `__build_class__` makes after running the class body (CPython's builtin___build_class__
 * tail: `meta(name, bases, namespace, **kwds)`): the metaclass is kwds['metaclass'] (removed
 * from kwds) or type, made the most derived of the bases' metaclasses; a metaclass other than
 * type is called, type itself goes straight to typeNew. A new reference, or 0 with an
 * exception set.
 * @public
 */
export function _PyType_FromClassBody(tstate: ThreadState, name: number, bases: number, ns: number, kwds: number): number {
  const interp = tstate.interp;
  let meta = interp.types.type;
  let rest = kwds;
  if (kwds !== 0) {
    const key = PyUnicode_InternFromString(tstate, 'metaclass');
    const m = PyDict_GetItemWithError(tstate, kwds, key);
    if (m !== 0) {
      meta = m;
      rest = PyDict_New(tstate);
      if (rest === 0) return 0;
      for (let pos = PyDict_Next(interp, kwds, 0); pos >= 0; pos = PyDict_Next(interp, kwds, pos + 1)) {
        const k = dictEntryKey(interp, kwds, pos);
        if (k !== key && PyDict_SetItem(tstate, rest, k, dictEntryValue(interp, kwds, pos)) < 0) {
          Py_DECREF(interp, rest);
          return 0;
        }
      }
    }
    Py_DECREF(interp, key);
  }
  let r: number;
  if (PyType_Check(interp, meta)) {
    const items: number[] = [];
    for (let i = 0; i < tupleLength(interp, bases); i++) items.push(tupleItem(interp, bases, i));
    const winner = calculateMetaclass(tstate, meta, items);
    meta = winner;
  }
  if (meta === 0) r = 0;
  else if (meta === interp.types.type) r = typeNew(tstate, meta, name, bases, ns, rest);
  else {
    const args = PyTuple_Pack(tstate, [name, bases, ns]);
    r = args === 0 ? 0 : PyObject_Call(tstate, meta, args, rest);
    Py_DECREF(interp, args);
  }
  if (rest !== kwds) Py_DECREF(interp, rest);
  return r;
}

/** What {@link PyType_FromSpec} takes: a heap type defined in TypeScript. @public */
export interface PyType_Spec {
  /** `module.Name` or `Name` (CPython's spec name: the part after the last dot is __name__). */
  readonly name: string;
  /** The base type (default object). */
  readonly base?: number;
  /** Methods: each must be registered in objects/methodtable.ts (a def is stored by index). */
  readonly methods?: readonly PyMethodDef[];
  /** Attributes: each must be registered in objects/methodtable.ts. */
  readonly getsets?: readonly PyGetSetDef[];
  /** Instance size in bytes, header included; at least the base's (default: the base's plus a __dict__ slot). */
  readonly basicsizeBytes?: number;
  /** Extra Py_TPFLAGS_* bits (BASETYPE to allow subclassing). */
  readonly flags?: number;
  /** `__doc__`. */
  readonly doc?: string;
}

/**
 * A heap type from a spec (CPython's PyType_FromSpec): its dict holds method_descriptors and
 * getset_descriptors for the registered defs; instances are allocated by PyType_GenericAlloc
 * (zeroed) and freed by the solid base's dealloc. A new reference, or 0 with an exception set.
 * @public
 */
export function PyType_FromSpec(tstate: ThreadState, spec: PyType_Spec): number {
  const interp = tstate.interp;
  const dot = spec.name.lastIndexOf('.');
  const shortName = spec.name.slice(dot + 1);
  const ns = PyDict_New(tstate);
  if (ns === 0) return 0;
  const fail = (): number => {
    Py_DECREF(interp, ns);
    return 0;
  };
  if (dot >= 0 && setItemString(tstate, ns, '__module__', PyUnicode_FromString(tstate, spec.name.slice(0, dot))) < 0) return fail();
  if (setItemString(tstate, ns, '__doc__', spec.doc === undefined ? interp.runtime.immortalNone : PyUnicode_FromString(tstate, spec.doc)) < 0) return fail();
  const name = PyUnicode_FromString(tstate, shortName);
  if (name === 0) return fail();
  const base = spec.base ?? interp.types.object;
  const bases = PyTuple_Pack(tstate, [base]);
  const t = bases === 0 ? 0 : typeNew(tstate, interp.types.type, name, bases, ns, 0);
  Py_DECREF(interp, name);
  Py_DECREF(interp, bases);
  Py_DECREF(interp, ns);
  if (t === 0) return 0;
  const i32 = interp.views.i32;
  // A spec type is subclassable only if its flags say so (CPython's Py_TPFLAGS_BASETYPE rule).
  const flags = spec.flags ?? 0;
  i32[(t + TP_FLAGS) >> 2] = ((i32[(t + TP_FLAGS) >> 2] & ~Py_TPFLAGS_BASETYPE) | flags) | 0;
  if (spec.basicsizeBytes !== undefined) {
    if (spec.basicsizeBytes < typeBasicsize(interp, base)) {
      Py_DECREF(interp, t);
      return raise(tstate, 'SystemError', `PyType_FromSpec: basicsize of '${spec.name}' is smaller than its base's`);
    }
    i32[(t + TP_BASICSIZE) >> 2] = spec.basicsizeBytes;
    i32[(t + HT.tp_dictoffset) >> 2] = 0;
  }
  const dict = i32[(t + HT.tp_dict) >> 2];
  for (const def of spec.methods ?? []) {
    const index = methodDefIndexOf(def);
    if (index < 0) {
      Py_DECREF(interp, t);
      return raise(tstate, 'SystemError', `PyType_FromSpec: method '${def.name}' of '${spec.name}' is not in the method table`);
    }
    if (setItemString(tstate, dict, def.name, PyDescr_NewMethod(tstate, t, index)) < 0) {
      Py_DECREF(interp, t);
      return 0;
    }
  }
  for (const def of spec.getsets ?? []) {
    const index = getSetDefIndexOf(def);
    if (index < 0) {
      Py_DECREF(interp, t);
      return raise(tstate, 'SystemError', `PyType_FromSpec: attribute '${def.name}' of '${spec.name}' is not in the method table`);
    }
    if (setItemString(tstate, dict, def.name, PyDescr_NewGetSet(tstate, t, index)) < 0) {
      Py_DECREF(interp, t);
      return 0;
    }
  }
  return t;
}

// ---- calling a type -------------------------------------------------------------------------

/** True if nargs or keywords are given (CPython's excess_args). */
function excessArgs(interp: InterpreterState, nargs: number, kwnames: number): boolean {
  return nargs !== 0 || (kwnames !== 0 && tupleLength(interp, kwnames) !== 0);
}

/** The callable that implements `slot` ('__new__' or '__init__') for `type`: a heap class's function, or a static type's slot. */
const enum SlotOwnerKind {
  Heap,
  Static,
}

/**
 * `type(*args, **kw)` (CPython's type_call): `type(x)` is x's type; otherwise `__new__` makes
 * the object and, if it is an instance of `type`, `__init__` initialises it ("__init__()
 * should return None, not 'int'"). A new reference, or 0 with an exception set.
 * @internal
 */
export function typeCall(tstate: ThreadState, type: number, argsWord: number, nargsf: number, kwnames: number): number {
  const interp = tstate.interp;
  const nargs = nargsf & ~ARGUMENTS_OFFSET;
  if (type === interp.types.type) {
    if (nargs === 1 && (kwnames === 0 || tupleLength(interp, kwnames) === 0)) {
      const t = Py_TYPE(interp, interp.views.i32[argsWord]);
      Py_INCREF(interp, t);
      return t;
    }
    if (nargs !== 3) return raise(tstate, 'TypeError', 'type() takes 1 or 3 arguments');
  }
  const obj = callSlot(tstate, type, '__new__', type, argsWord, nargsf, kwnames);
  if (obj === 0) return 0;
  if (!PyType_IsSubtype(interp, Py_TYPE(interp, obj), type)) return obj;
  const r = callSlot(tstate, Py_TYPE(interp, obj), '__init__', obj, argsWord, nargsf, kwnames);
  if (r === 0) {
    Py_DECREF(interp, obj);
    return 0;
  }
  if (r !== interp.runtime.immortalNone) {
    const msg = `__init__() should return None, not '${Py_TYPE_NAME(interp, r)}'`;
    Py_DECREF(interp, r);
    Py_DECREF(interp, obj);
    return raise(tstate, 'TypeError', msg);
  }
  return obj;
}

/**
 * Runs `type`'s `__new__` (first = the type) or `__init__` (first = the new object) with the
 * call's arguments: a function from a class body is called with `first` prepended; a static
 * type's slot (objects/typeslots.ts) is called directly. `__init__` returns None on success.
 */
function callSlot(tstate: ThreadState, type: number, slot: '__new__' | '__init__', first: number, argsWord: number, nargsf: number, kwnames: number): number {
  const interp = tstate.interp;
  const owner = findSlotOwner(tstate, type, slot);
  if (owner === 0) return 0;
  const nargs = nargsf & ~ARGUMENTS_OFFSET;
  if (owner > 0 || ownerKindOf(owner) === SlotOwnerKind.Heap) {
    const dict = interp.views.i32[(owner + HT.tp_dict) >> 2];
    let f = PyDict_GetItemWithError(tstate, dict, slot === '__new__' ? internedNew(tstate) : internedInit(tstate));
    if (f === 0) return 0;
    if (slot === '__new__' && Py_TYPE(interp, f) === interp.runtime.staticType('staticmethod')) f = classMethodCallable(interp, f);
    Py_INCREF(interp, f);
    const r = callPrepending(tstate, f, first, argsWord, nargsf, kwnames);
    Py_DECREF(interp, f);
    return r;
  }
  if (slot === '__new__') {
    const tpNew = staticTpNew(interp, owner);
    return tpNew(tstate, type, argsWord, nargs, kwnames);
  }
  const tpInit = staticTpInit(interp, owner);
  if (tpInit(tstate, first, argsWord, nargs, kwnames) < 0) return 0;
  return interp.runtime.immortalNone;
}

function ownerKindOf(owner: number): SlotOwnerKind {
  return owner > 0 ? SlotOwnerKind.Heap : SlotOwnerKind.Static;
}

function internedNew(tstate: ThreadState): number {
  return PyUnicode_InternFromString(tstate, '__new__');
}

function internedInit(tstate: ThreadState): number {
  return PyUnicode_InternFromString(tstate, '__init__');
}

/**
 * The type in `type`'s MRO that implements `slot`: the first heap type whose dict defines it,
 * or the first static type with that slot in objects/typeslots.ts (object has both). 0 with an
 * exception set only on error.
 */
function findSlotOwner(tstate: ThreadState, type: number, slot: '__new__' | '__init__'): number {
  const interp = tstate.interp;
  const mro = PyType_GetMro(interp, type);
  const key = slot === '__new__' ? internedNew(tstate) : internedInit(tstate);
  const n = tupleLength(interp, mro);
  for (let i = 0; i < n; i++) {
    const t = tupleItem(interp, mro, i);
    if (t > 0) {
      if (PyDict_GetItemWithError(tstate, interp.views.i32[(t + HT.tp_dict) >> 2], key) !== 0) return t;
    } else if (slot === '__new__' ? staticTypeHasNew(interp, t) : staticTypeHasInit(interp, t)) {
      return t;
    }
  }
  return interp.types.object;
}

/** True if `type`'s `__new__` is object's (CPython: type->tp_new == object_new). @internal */
export function _PyType_NewIsObjects(tstate: ThreadState, type: number): boolean {
  return findSlotOwner(tstate, type, '__new__') === tstate.interp.types.object;
}

/** True if `type`'s `__init__` is object's (CPython: type->tp_init == object_init). @internal */
export function _PyType_InitIsObjects(tstate: ThreadState, type: number): boolean {
  return findSlotOwner(tstate, type, '__init__') === tstate.interp.types.object;
}

// ---- object and type: their slots, methods and attributes -----------------------------------

/** object.__new__ (CPython's object_new): a zeroed instance; "X() takes no arguments" for arguments nobody takes. @internal */
export function objectNew(tstate: ThreadState, type: number, _argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (excessArgs(interp, nargs, kwnames)) {
    if (!_PyType_NewIsObjects(tstate, type)) return raise(tstate, 'TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (_PyType_InitIsObjects(tstate, type)) return raise(tstate, 'TypeError', `${typeName(interp, type)}() takes no arguments`);
  }
  return PyType_GenericAlloc(tstate, type);
}

/** object.__init__ (CPython's object_init). 0 or -1. @internal */
export function objectInit(tstate: ThreadState, self: number, _argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (excessArgs(interp, nargs, kwnames)) {
    const type = Py_TYPE(interp, self);
    if (!_PyType_InitIsObjects(tstate, type)) {
      raise(tstate, 'TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
      return -1;
    }
    if (_PyType_NewIsObjects(tstate, type)) {
      raise(tstate, 'TypeError', `${typeName(interp, type)}.__init__() takes exactly one argument (the instance to initialize)`);
      return -1;
    }
  }
  return 0;
}

/** type.__new__ as a slot: `type(name, bases, dict, **kwds)` for type and its subclasses (metaclasses). @internal */
export function typeNewSlot(tstate: ThreadState, metatype: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (nargs !== 3) return raise(tstate, 'TypeError', 'type.__new__() takes exactly 3 arguments (' + nargs + ' given)');
  const i32 = interp.views.i32;
  const name = i32[argsWord];
  const bases = i32[argsWord + 1];
  const ns = i32[argsWord + 2];
  let kwds = 0;
  const nkw = kwnames === 0 ? 0 : tupleLength(interp, kwnames);
  if (nkw > 0) {
    kwds = PyDict_New(tstate);
    if (kwds === 0) return 0;
    for (let k = 0; k < nkw; k++) {
      if (PyDict_SetItem(tstate, kwds, tupleItem(interp, kwnames, k), interp.views.i32[argsWord + 3 + k]) < 0) {
        Py_DECREF(interp, kwds);
        return 0;
      }
    }
  }
  const r = typeNew(tstate, metatype, name, bases, ns, kwds);
  Py_DECREF(interp, kwds);
  return r;
}

/** type.__init__ (CPython's type_init): accepts type's 1 or 3 arguments. @internal */
export function typeInit(tstate: ThreadState, _self: number, _argsWord: number, nargs: number, _kwnames: number): number {
  if (nargs !== 1 && nargs !== 3) {
    raise(tstate, 'TypeError', 'type.__init__() takes 1 or 3 arguments');
    return -1;
  }
  return 0;
}

/** The module a type belongs to, as a JS string (builtins for static types). */
function typeModuleName(tstate: ThreadState, type: number): string | null {
  const interp = tstate.interp;
  if (type < 0) return 'builtins';
  const v = dictGetString(tstate, interp.views.i32[(type + HT.tp_dict) >> 2], '__module__');
  if (v === 0 || Py_TYPE(interp, v) !== interp.types.str) return null;
  return PyUnicode_AsString(interp, v);
}

function dictGetString(tstate: ThreadState, d: number, name: string): number {
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) return 0;
  const v = PyDict_GetItemWithError(tstate, d, key);
  Py_DECREF(tstate.interp, key);
  return v;
}

/** __qualname__ of a type as a JS string. @internal */
export function typeQualname(interp: InterpreterState, type: number): string {
  if (type < 0) return typeName(interp, type);
  return PyUnicode_AsString(interp, interp.views.i32[(type + HT.ht_qualname) >> 2]);
}

/** repr() of a type: `<class 'int'>`, `<class '__main__.C'>` (CPython's type_repr). @internal */
export function typeRepr(tstate: ThreadState, type: number): string {
  const interp = tstate.interp;
  const module = typeModuleName(tstate, type);
  const qual = typeQualname(interp, type);
  return module !== null && module !== 'builtins' ? `<class '${module}.${qual}'>` : `<class '${qual}'>`;
}

function newRefOrNone(interp: InterpreterState, h: number): number {
  const v = h === 0 ? interp.runtime.immortalNone : h;
  Py_INCREF(interp, v);
  return v;
}

/** A copy of a tuple of types with every item counted (for __mro__ of a heap type, whose own tuple does not count item 0). */
function tupleCopy(tstate: ThreadState, t: number): number {
  const interp = tstate.interp;
  const n = tupleLength(interp, t);
  const items: number[] = [];
  for (let i = 0; i < n; i++) items.push(tupleItem(interp, t, i));
  return PyTuple_Pack(tstate, items);
}

function typeSetName(tstate: ThreadState, type: number, value: number, field: number, what: string): number {
  const interp = tstate.interp;
  if (type < 0) {
    raise(tstate, 'TypeError', `cannot set '${what}' attribute of immutable type '${typeName(interp, type)}'`);
    return -1;
  }
  if (value === 0) {
    raise(tstate, 'TypeError', `cannot delete '${what}' attribute of immutable type '${typeName(interp, type)}'`);
    return -1;
  }
  if (Py_TYPE(interp, value) !== interp.types.str) {
    raise(tstate, 'TypeError', `can only assign string to ${typeName(interp, type)}.${what}, not '${Py_TYPE_NAME(interp, value)}'`);
    return -1;
  }
  const old = interp.views.i32[(type + field) >> 2];
  Py_INCREF(interp, value);
  interp.views.i32[(type + field) >> 2] = value;
  Py_DECREF(interp, old);
  return 0;
}

function typeDictEntry(tstate: ThreadState, type: number, name: string, orElse: () => number): number {
  const d = _PyType_GetDict(tstate, type);
  if (d === 0) return 0;
  const v = dictGetString(tstate, d, name);
  if (v !== 0) {
    Py_INCREF(tstate.interp, v);
    return v;
  }
  return PyErr_Occurred(tstate) !== 0 ? 0 : orElse();
}

/** type's attributes (CPython's type_getsets and type_members). @internal */
export const TYPE_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  {
    name: '__name__',
    get: (tstate, t) => (t > 0 ? newRefOrNone(tstate.interp, tstate.interp.views.i32[(t + TP_NAME) >> 2]) : PyUnicode_FromString(tstate, typeName(tstate.interp, t))),
    set: (tstate, t, v) => typeSetName(tstate, t, v, TP_NAME, '__name__'),
  },
  {
    name: '__qualname__',
    get: (tstate, t) => (t > 0 ? newRefOrNone(tstate.interp, tstate.interp.views.i32[(t + HT.ht_qualname) >> 2]) : PyUnicode_FromString(tstate, typeName(tstate.interp, t))),
    set: (tstate, t, v) => typeSetName(tstate, t, v, HT.ht_qualname, '__qualname__'),
  },
  { name: '__mro__', get: (tstate, t) => tupleCopy(tstate, PyType_GetMro(tstate.interp, t)) },
  {
    name: '__bases__',
    get: (tstate, t) => {
      const interp = tstate.interp;
      if (t > 0) return newRefOrNone(interp, interp.views.i32[(t + HT.tp_bases) >> 2]);
      const base = PyType_GetBase(interp, t);
      return base === 0 ? interp.runtime.emptyTuple : PyTuple_Pack(tstate, [base]);
    },
  },
  { name: '__base__', get: (tstate, t) => newRefOrNone(tstate.interp, PyType_GetBase(tstate.interp, t)) },
  {
    name: '__module__',
    get: (tstate, t) => {
      if (t < 0) return PyUnicode_FromString(tstate, 'builtins');
      return typeDictEntry(tstate, t, '__module__', () => raise(tstate, 'AttributeError', '__module__'));
    },
  },
  { name: '__doc__', get: (tstate, t) => typeDictEntry(tstate, t, '__doc__', () => newRefOrNone(tstate.interp, 0)) },
  {
    // NON-CPYTHON: a dict copy of the namespace, not a mappingproxy (no mappingproxy type yet).
    name: '__dict__',
    get: (tstate, t) => {
      const interp = tstate.interp;
      const d = _PyType_GetDict(tstate, t);
      if (d === 0) return 0;
      const copy = PyDict_New(tstate);
      if (copy === 0) return 0;
      for (let pos = PyDict_Next(interp, d, 0); pos >= 0; pos = PyDict_Next(interp, d, pos + 1)) {
        if (PyDict_SetItem(tstate, copy, dictEntryKey(interp, d, pos), dictEntryValue(interp, d, pos)) < 0) {
          Py_DECREF(interp, copy);
          return 0;
        }
      }
      return copy;
    },
  },
]);

/** type's methods: mro(), __call__, __subclasscheck__/__instancecheck__ basics (CPython's type_methods). @internal */
export const TYPE_METHODS: readonly PyMethodDef[] = Object.freeze([
  {
    name: 'mro',
    flags: METH_NOARGS,
    meth: (tstate, t) => {
      const mro = PyType_GetMro(tstate.interp, t);
      const copy = tupleCopy(tstate, mro);
      if (copy === 0) return 0;
      const list = PyList_New(tstate, 0);
      for (let i = 0; list !== 0 && i < tupleLength(tstate.interp, copy); i++) PyList_Append(tstate, list, tupleItem(tstate.interp, copy, i));
      Py_DECREF(tstate.interp, copy);
      return list;
    },
    doc: "Return a type's method resolution order.",
  },
  {
    name: '__call__',
    flags: METH_FASTCALL | METH_KEYWORDS,
    meth: (tstate, t, argsWord, nargs, kwnames) => typeCall(tstate, t, argsWord, nargs, kwnames),
    doc: 'Call self as a function.',
  },
]);

// ---- isinstance / issubclass (Objects/abstract.c) -------------------------------------------

/** Item i of a tuple (borrowed); immortal tuples live in the runtime heap. */
function tupleItemOf(interp: InterpreterState, t: number, i: number): number {
  return t < 0 ? interp.runtimeViews.i32[((-t + TUPLE_OB_ITEM) >> 2) + i] : interp.views.i32[((t + TUPLE_OB_ITEM) >> 2) + i];
}

/** True if `h` is a tuple (exactly). */
function isTupleExact(interp: InterpreterState, h: number): boolean {
  return Py_TYPE(interp, h) === interp.types.tuple;
}

/**
 * isinstance(inst, cls) (CPython's PyObject_IsInstance): cls is a type or a (nested) tuple
 * of types. 1, 0, or -1 with TypeError set.
 * NON-CPYTHON: metaclass `__instancecheck__` overrides and `X | Y` unions are not consulted
 * yet (no metaclass in pergil defines one); `__class__` is the object's type.
 * @public
 */
export function PyObject_IsInstance(tstate: ThreadState, inst: number, cls: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, inst);
  if (t === cls) return 1;
  if (PyType_Check(interp, cls)) return PyType_IsSubtype(interp, t, cls) ? 1 : 0;
  if (isTupleExact(interp, cls)) {
    const n = tupleLength(interp, cls);
    for (let i = 0; i < n; i++) {
      const item = tupleItemOf(interp, cls, i);
      const r = PyObject_IsInstance(tstate, inst, item);
      if (r !== 0) return r;
    }
    return 0;
  }
  raise(tstate, 'TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  return -1;
}

/**
 * issubclass(derived, cls) (CPython's PyObject_IsSubclass): 1, 0, or -1 with TypeError set
 * ("issubclass() arg 1 must be a class", "issubclass() arg 2 must be a class, a tuple of
 * classes, or a union"). NON-CPYTHON: no `__subclasscheck__` overrides yet (see above).
 * @public
 */
export function PyObject_IsSubclass(tstate: ThreadState, derived: number, cls: number): number {
  const interp = tstate.interp;
  if (isTupleExact(interp, cls)) {
    const n = tupleLength(interp, cls);
    for (let i = 0; i < n; i++) {
      const item = tupleItemOf(interp, cls, i);
      const r = PyObject_IsSubclass(tstate, derived, item);
      if (r !== 0) return r;
    }
    return 0;
  }
  if (!PyType_Check(interp, derived)) {
    raise(tstate, 'TypeError', 'issubclass() arg 1 must be a class');
    return -1;
  }
  if (!PyType_Check(interp, cls)) {
    raise(tstate, 'TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
    return -1;
  }
  return PyType_IsSubtype(interp, derived, cls) ? 1 : 0;
}

/** `module.qualname` of a type as object_repr shows it (`__main__.C`; just the qualname for builtins or without a str `__module__`). @internal */
export function typeQualifiedName(tstate: ThreadState, type: number): string {
  const module = typeModuleName(tstate, type);
  const qual = typeQualname(tstate.interp, type);
  return module !== null && module !== 'builtins' ? `${module}.${qual}` : qual;
}
