// The generic object layer (CPython's Objects/object.c, Include/object.h): reference counting,
// allocation of objects in the interpreter heap, deallocation dispatched on the static type,
// and the generic operations the eval loop calls — PyObject_Repr, PyObject_Str, PyObject_Hash,
// PyObject_RichCompare, PyObject_IsTrue.
//
// Conventions (CPython's): a function returning a handle returns a new reference, or NULL (0)
// with an exception set on the thread state. Handles < 0 are immortal runtime objects and are
// never counted; `Py_DECREF` also accepts NULL (it is CPython's Py_XDECREF too), which keeps one
// monomorphic function on the hot path.
//
// Dispatch: a type's slot functions are found in frozen module-level tables indexed by the
// type's static index. They hold code, not state, so each thread's copy of this module is as
// good as any other's (NON-CPYTHON: CPython keeps function pointers in the PyTypeObject).

import {
  FLOAT_OB_FVAL,
  GC_HEAD_SIZE_BYTES,
  OB_TYPE,
  Py_TPFLAGS_BASE_EXC_SUBCLASS,
  STATIC_TYPES,
  TP_FLAGS,
  TP_NAME,
  TP_STATIC_INDEX,
  readUnicode,
} from '@pergil/runtime-state';
import type { HeapViews } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PyErr_NoMemory, PyErr_Occurred, PyErr_SetString, exceptionDealloc, exceptionRepr, exceptionStr } from './exceptions.js';
import { longCompare, longHash, longRepr, longIsTrue, longSmallValue } from './longobject.js';
import { PyFloat_AS_DOUBLE, floatCompare, floatHash, floatRepr } from './floatobject.js';
import { unicodeCompare, unicodeHash, unicodeRepr, PyUnicode_FromString, PyUnicode_AsString, unicodeDealloc, unicodeLength } from './unicodeobject.js';
import { bytesCompare, bytesHash, bytesRepr, bytesDealloc, bytesLength } from './bytesobject.js';
import { tupleCompare, tupleHash, tupleRepr, tupleDealloc, tupleLength } from './tupleobject.js';
import { listCompare, listRepr, listDealloc, listLength } from './listobject.js';
import { dictCompare, dictRepr, dictDealloc, dictLength } from './dictobject.js';
import { longDealloc } from './longobject.js';
import { floatDealloc } from './floatobject.js';
import { PyAnySet_Check, setDealloc, setHash, setRepr, setRichCompareBool } from './setobject.js';
import { PyRange_Check, rangeDealloc, rangeHash, rangeRepr, rangeRichCompareBool } from './rangeobject.js';
import { codeDealloc, codeRepr } from './codeobject.js';
import { funcDealloc, funcRepr } from './funcobject.js';
import { cellDealloc, cellRepr } from './cellobject.js';
import { PySlice_Check, sliceDealloc, sliceRepr, sliceRichCompareBool } from './sliceobject.js';
import { tracebackDealloc } from './traceback.js';
import { superDealloc, superRepr } from './superobject.js';
import { iterDeallocFor } from './iterobject.js';
import { PyType_SolidBase, heapTypeDealloc, subtypeDealloc, typeRepr } from './typeobject.js';
import { HEAP_TRUTH_NATIVE, heapDefaultRepr, heapHash, heapIsTrue, heapReprString, heapRichCompare } from './typeslots.js';
import { cfunctionDealloc, descrDealloc } from './methodobject.js';
import { classMethodDealloc, propertyDealloc } from './descrobject.js';
import { methodDealloc } from './classobject.js';
import { moduleDealloc, moduleRepr } from './moduleobject.js';

// ---- rich comparison opcodes (Include/object.h) ---------------------------------------------

/** `<` (CPython's Py_LT). @public */
export const Py_LT = 0;
/** `<=` (CPython's Py_LE). @public */
export const Py_LE = 1;
/** `==` (CPython's Py_EQ). @public */
export const Py_EQ = 2;
/** `!=` (CPython's Py_NE). @public */
export const Py_NE = 3;
/** `>` (CPython's Py_GT). @public */
export const Py_GT = 4;
/** `>=` (CPython's Py_GE). @public */
export const Py_GE = 5;

const OPSTRINGS: readonly string[] = Object.freeze(['<', '<=', '==', '!=', '>', '>=']);

// ---- reference counting ---------------------------------------------------------------------

/** Adds a reference to `h`; immortal handles and NULL are left alone (CPython's Py_XINCREF). @public */
export function Py_INCREF(interp: InterpreterState, h: number): void {
  if (h > 0) interp.views.i32[h >> 2]++;
}

/**
 * Drops a reference to `h`, deallocating the object when it was the last; immortal handles and
 * NULL are left alone (CPython's Py_XDECREF).
 * @public
 */
export function Py_DECREF(interp: InterpreterState, h: number): void {
  if (h <= 0) return;
  const i32 = interp.views.i32;
  const rc = i32[h >> 2] - 1;
  i32[h >> 2] = rc;
  if (rc === 0) _Py_Dealloc(interp, h);
}

/** The refcount of `h` (IMMORTAL_REFCNT for a runtime object). @public */
export function Py_REFCNT(interp: InterpreterState, h: number): number {
  return h < 0 ? interp.runtimeViews.i32[-h >> 2] : interp.views.i32[h >> 2];
}

// ---- object access --------------------------------------------------------------------------

/** The views of the heap `h` lives in: the runtime's for h \< 0, the interpreter's otherwise. @public */
export function viewsOf(interp: InterpreterState, h: number): HeapViews {
  return h < 0 ? interp.runtimeViews : interp.views;
}

/** The type handle of `h` (CPython's Py_TYPE). @public */
export function Py_TYPE(interp: InterpreterState, h: number): number {
  return h < 0 ? interp.runtimeViews.i32[(-h + OB_TYPE) >> 2] : interp.views.i32[(h + OB_TYPE) >> 2];
}

/** The static index of the static type `type` (a runtime handle). @public */
export function staticIndexOf(interp: InterpreterState, type: number): number {
  return interp.runtimeViews.i32[(-type + TP_STATIC_INDEX) >> 2];
}

/** tp_flags of the type `type` (static: runtime heap; heap type: interpreter heap). @public */
export function typeFlags(interp: InterpreterState, type: number): number {
  if (type > 0) return interp.views.i32[(type + TP_FLAGS) >> 2] >>> 0;
  return interp.runtimeViews.i32[(-type + TP_FLAGS) >> 2] >>> 0;
}

/** The name of the type `type` (tp_name) as a JS string. @public */
export function typeName(interp: InterpreterState, type: number): string {
  if (type > 0) {
    const name = interp.views.i32[(type + TP_NAME) >> 2];
    return readUnicode(viewsOf(interp, name), name < 0 ? -name : name);
  }
  const rv = interp.runtimeViews;
  return readUnicode(rv, -rv.i32[(-type + TP_NAME) >> 2]);
}

/** The name of `h`'s type (for messages: `Py_TYPE(o)->tp_name`). @public */
export function Py_TYPE_NAME(interp: InterpreterState, h: number): string {
  return typeName(interp, Py_TYPE(interp, h));
}

/** True if `h` is an exception instance (its type has Py_TPFLAGS_BASE_EXC_SUBCLASS). @public */
export function PyExceptionInstance_Check(interp: InterpreterState, h: number): boolean {
  return (typeFlags(interp, Py_TYPE(interp, h)) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
}

// ---- allocation -----------------------------------------------------------------------------

/**
 * Allocates `sizeBytes` in the obj domain (CPython's PyObject_Malloc); 0 with MemoryError set
 * when the heap is full. Refreshes `interp.views` if the heap grew.
 * @public
 */
export function PyObject_Malloc(tstate: ThreadState, sizeBytes: number): number {
  const interp = tstate.interp;
  const p = interp.obj.malloc(sizeBytes);
  if (p === 0) {
    PyErr_NoMemory(tstate);
    return 0;
  }
  interp.syncViews();
  return p;
}

/** Allocates an object of `sizeBytes` with refcount 1 and type `type`; NULL with MemoryError set. @public */
export function _PyObject_New(tstate: ThreadState, type: number, sizeBytes: number): number {
  const p = PyObject_Malloc(tstate, sizeBytes);
  if (p === 0) return 0;
  const i32 = tstate.interp.views.i32;
  i32[p >> 2] = 1;
  i32[(p >> 2) + 1] = type;
  if (type > 0) i32[type >> 2]++; // an instance of a heap type owns a reference to it (CPython's PyObject_Init)
  return p;
}

/**
 * Allocates a GC object: a zeroed PyGC_Head, then `sizeBytes` with refcount 1 and type `type`
 * (CPython's _PyObject_GC_New). The handle points past the prefix. NULL with MemoryError set.
 * NON-CPYTHON (for now): objects are not linked into the generation lists yet.
 * @public
 */
export function _PyObject_GC_New(tstate: ThreadState, type: number, sizeBytes: number): number {
  const p = PyObject_Malloc(tstate, GC_HEAD_SIZE_BYTES + sizeBytes);
  if (p === 0) return 0;
  const i32 = tstate.interp.views.i32;
  i32[p >> 2] = 0;
  i32[(p >> 2) + 1] = 0;
  const h = p + GC_HEAD_SIZE_BYTES;
  i32[h >> 2] = 1;
  i32[(h >> 2) + 1] = type;
  if (type > 0) i32[type >> 2]++; // an instance of a heap type owns a reference to it (CPython's PyObject_Init)
  return h;
}

/** Frees a non-GC object's block (CPython's PyObject_Free). @public */
export function PyObject_Free(interp: InterpreterState, h: number): void {
  interp.obj.free(h);
}

/** Frees a GC object's block, prefix included (CPython's PyObject_GC_Del). @public */
export function PyObject_GC_Del(interp: InterpreterState, h: number): void {
  interp.obj.free(h - GC_HEAD_SIZE_BYTES);
}

// ---- deallocation ---------------------------------------------------------------------------

type Destructor = (interp: InterpreterState, h: number) => void;

function objectDealloc(interp: InterpreterState, h: number): void {
  PyObject_Free(interp, h);
}

function deallocFor(name: string, flags: number): Destructor {
  if ((flags & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0) return exceptionDealloc;
  const iterDealloc = iterDeallocFor(name);
  if (iterDealloc !== null) return iterDealloc;
  switch (name) {
    case 'int':
    case 'bool':
      return longDealloc;
    case 'float':
      return floatDealloc;
    case 'str':
      return unicodeDealloc;
    case 'bytes':
      return bytesDealloc;
    case 'tuple':
      return tupleDealloc;
    case 'list':
      return listDealloc;
    case 'dict':
      return dictDealloc;
    case 'set':
    case 'frozenset':
      return setDealloc;
    case 'range':
      return rangeDealloc;
    case 'code':
      return codeDealloc;
    case 'function':
      return funcDealloc;
    case 'cell':
      return cellDealloc;
    case 'slice':
      return sliceDealloc;
    case 'traceback':
      return tracebackDealloc;
    case 'type':
      return heapTypeDealloc; // static types are immortal: only heap types get here
    case 'builtin_function_or_method':
      return cfunctionDealloc;
    case 'method_descriptor':
    case 'classmethod_descriptor':
    case 'getset_descriptor':
      return descrDealloc;
    case 'property':
      return propertyDealloc;
    case 'classmethod':
    case 'staticmethod':
      return classMethodDealloc;
    case 'method':
      return methodDealloc;
    case 'module':
      return moduleDealloc;
    case 'super':
      return superDealloc;
    default:
      return objectDealloc;
  }
}

/** tp_dealloc of each static type, by static index (frozen: code, not state). */
const TP_DEALLOC: readonly Destructor[] = Object.freeze(STATIC_TYPES.map((t) => deallocFor(t.name, t.flags)));

/**
 * Deallocates `h` with the tp_dealloc of the static type `staticType` (a heap type's solid base
 * finishing a subclass instance, CPython's `basedealloc` call in subtype_dealloc).
 * @internal
 */
export function _Py_DeallocAs(interp: InterpreterState, h: number, staticType: number): void {
  TP_DEALLOC[interp.runtimeViews.i32[(-staticType + TP_STATIC_INDEX) >> 2]](interp, h);
}

/** Deallocates `h`, whose refcount reached 0, through its type's tp_dealloc (CPython's _Py_Dealloc). @public */
export function _Py_Dealloc(interp: InterpreterState, h: number): void {
  const type = interp.views.i32[(h + OB_TYPE) >> 2];
  // A heap type (positive handle, tp_static_index -1): CPython's subtype_dealloc.
  if (type > 0) return subtypeDealloc(interp, h);
  TP_DEALLOC[interp.runtimeViews.i32[(-type + TP_STATIC_INDEX) >> 2]](interp, h);
}

// ---- generic operations ---------------------------------------------------------------------

/** The kinds of object the generic operations dispatch on. */
const enum Kind {
  None,
  Bool,
  Int,
  Float,
  Str,
  Bytes,
  Tuple,
  List,
  Dict,
  Exception,
  Type,
  Other,
}

function kindOf(interp: InterpreterState, h: number): Kind {
  let t = Py_TYPE(interp, h);
  if (t > 0) t = PyType_SolidBase(interp, t); // a heap type's instance: its static base's kind
  const T = interp.types;
  if (t === T.int) return Kind.Int;
  if (t === T.str) return Kind.Str;
  if (t === T.float) return Kind.Float;
  if (t === T.list) return Kind.List;
  if (t === T.tuple) return Kind.Tuple;
  if (t === T.dict) return Kind.Dict;
  if (t === T.bool) return Kind.Bool;
  if (t === T.NoneType) return Kind.None;
  if (t === T.bytes) return Kind.Bytes;
  if (t === T.type) return Kind.Type;
  if ((typeFlags(interp, t) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0) return Kind.Exception;
  return Kind.Other;
}

/** True if `h` is an int or a bool (CPython's PyLong_Check). @public */
export function PyLong_Check(interp: InterpreterState, h: number): boolean {
  const t = Py_TYPE(interp, h);
  return t === interp.types.int || t === interp.types.bool;
}

/** True if `h` is a float (CPython's PyFloat_Check, no subclasses yet). @public */
export function PyFloat_Check(interp: InterpreterState, h: number): boolean {
  return Py_TYPE(interp, h) === interp.types.float;
}

/**
 * repr(h) as a JS string; null with an exception set on error. The building block of
 * PyObject_Repr, used by containers so that nested reprs make no intermediate str objects.
 * @public
 */
export function _PyObject_ReprString(tstate: ThreadState, h: number): string | null {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, h);
  if (type > 0) {
    const r = heapReprString(tstate, h, '__repr__');
    if (r !== undefined) return r;
  }
  switch (kindOf(interp, h)) {
    case Kind.None:
      return 'None';
    case Kind.Bool:
      return h === interp.runtime.immortalTrue ? 'True' : 'False';
    case Kind.Int:
      return longRepr(interp, h);
    case Kind.Float:
      return floatRepr(interp, h);
    case Kind.Str:
      return unicodeRepr(interp, h);
    case Kind.Bytes:
      return bytesRepr(interp, h);
    case Kind.Tuple:
      return tupleRepr(tstate, h);
    case Kind.List:
      return listRepr(tstate, h);
    case Kind.Dict:
      return dictRepr(tstate, h);
    case Kind.Exception:
      return exceptionRepr(tstate, h);
    case Kind.Type:
      return h > 0 ? typeRepr(tstate, h) : `<class '${typeName(interp, h)}'>`;
    default:
      if (PyAnySet_Check(interp, h)) return setRepr(tstate, h);
      if (PyRange_Check(interp, h)) return rangeRepr(interp, h);
      {
        const type = interp.views.i32[(h + OB_TYPE) >> 2];
        const rt = interp.runtime;
        if (type === rt.staticType('code')) return codeRepr(interp, h);
        if (type === rt.staticType('function')) return funcRepr(interp, h);
        if (type === rt.staticType('cell')) return cellRepr(interp, h);
        if (type === rt.staticType('slice')) return sliceRepr(tstate, h);
        if (type === interp.types.module) return moduleRepr(tstate, h);
        if (type === rt.staticType('super')) return superRepr(interp, h);
      }
      if (type > 0) return heapDefaultRepr(tstate, h);
      return `<${Py_TYPE_NAME(interp, h)} object at 0x${h.toString(16).padStart(8, '0')}>`;
  }
}

/** str(h) as a JS string; null with an exception set on error. @public */
export function _PyObject_StrString(tstate: ThreadState, h: number): string | null {
  const interp = tstate.interp;
  if (Py_TYPE(interp, h) > 0) {
    const r = heapReprString(tstate, h, '__str__');
    if (r !== undefined) return r;
  }
  const kind = kindOf(interp, h);
  if (kind === Kind.Str) return PyUnicode_AsString(interp, h);
  if (kind === Kind.Exception) return exceptionStr(tstate, h);
  return _PyObject_ReprString(tstate, h);
}

/** repr(h) (CPython's PyObject_Repr): a new str, or NULL with an exception set. @public */
export function PyObject_Repr(tstate: ThreadState, h: number): number {
  const s = _PyObject_ReprString(tstate, h);
  return s === null ? 0 : PyUnicode_FromString(tstate, s);
}

/** str(h) (CPython's PyObject_Str): a new str, or NULL with an exception set. @public */
export function PyObject_Str(tstate: ThreadState, h: number): number {
  if (Py_TYPE(tstate.interp, h) === tstate.interp.types.str) {
    Py_INCREF(tstate.interp, h);
    return h;
  }
  const s = _PyObject_StrString(tstate, h);
  return s === null ? 0 : PyUnicode_FromString(tstate, s);
}

/**
 * hash(h) (CPython's PyObject_Hash): -1 with TypeError set for an unhashable object.
 * NON-CPYTHON: CPython's Py_hash_t is 64-bit; this returns its exact value when it is a safe
 * JS integer (all small ints, floats with small integral values, strs, bytes) and the nearest
 * double otherwise — still a function of the exact hash, so equal objects hash equal.
 * `_PyObject_HashExact` gives the exact 64-bit value for hash().
 * @public
 */
export function PyObject_Hash(tstate: ThreadState, h: number): number {
  const interp = tstate.interp;
  if (Py_TYPE(interp, h) > 0) {
    const r = heapHash(tstate, h);
    if (r !== undefined) return r;
  }
  switch (kindOf(interp, h)) {
    case Kind.Str:
      return unicodeHash(interp, h);
    case Kind.Int:
    case Kind.Bool: {
      const x = longSmallValue(interp, h); // one digit: the hash is the value, no BigInt
      if (x === x) return x === -1 ? -2 : x;
      return Number(longHash(interp, h));
    }
    case Kind.Float: {
      const x = PyFloat_AS_DOUBLE(interp, h);
      if (Number.isInteger(x) && x < 0x40000000 && x > -0x40000000) return x === -1 ? -2 : x | 0;
      return Number(floatHash(interp, h));
    }
    case Kind.Bytes:
      return bytesHash(interp, h);
    case Kind.Tuple:
      return tupleHash(tstate, h);
    case Kind.List:
    case Kind.Dict:
      PyErr_SetString(tstate, interp.runtime.staticType('TypeError'), `unhashable type: '${Py_TYPE_NAME(interp, h)}'`);
      return -1;
    default:
      if (PyRange_Check(interp, h)) return rangeHash(tstate, h);
      if (PySlice_Check(interp, h)) {
        // cpython: slices are unhashable until 3.12
        PyErr_SetString(tstate, interp.runtime.staticType('TypeError'), "unhashable type: 'slice'");
        return -1;
      }
      return PyAnySet_Check(interp, h) ? setHash(tstate, h) : identityHash(h);
  }
}

/** CPython's exact 64-bit hash(h) as a bigint; -1n with TypeError set if unhashable. @public */
export function _PyObject_HashExact(tstate: ThreadState, h: number): bigint {
  const interp = tstate.interp;
  const kind = kindOf(interp, h);
  if (kind === Kind.Int || kind === Kind.Bool) return longHash(interp, h);
  if (kind === Kind.Float) return floatHash(interp, h);
  return BigInt(PyObject_Hash(tstate, h));
}

/** CPython's _Py_HashPointer for identity-hashed objects: the handle rotated by 4 bits. @internal */
export function identityHash(h: number): number {
  const y = ((h >>> 4) | (h << 28)) | 0;
  return y === -1 ? -2 : y;
}

/** -1, 0, 1 for strs and bytes. */
function compareSameKind(interp: InterpreterState, kind: Kind, a: number, b: number): number {
  return kind === Kind.Str ? unicodeCompare(interp, a, b) : bytesCompare(interp, a, b);
}

function isNumberKind(k: Kind): boolean {
  return k === Kind.Int || k === Kind.Bool || k === Kind.Float;
}

/** Comparison-result code for a 'not comparable' outcome. */
const NOT_ORDERED = 2;

/**
 * Compares a and b for `op`: returns 1 (true), 0 (false) or -1 (error set) — CPython's
 * PyObject_RichCompareBool without the identity shortcut.
 */
function richCompareInt(tstate: ThreadState, a: number, b: number, op: number): number {
  const interp = tstate.interp;
  if (Py_TYPE(interp, a) > 0 || Py_TYPE(interp, b) > 0) {
    const r = heapRichCompare(tstate, a, b, op);
    if (r !== 0) {
      const truth = PyObject_IsTrue(tstate, r);
      Py_DECREF(interp, r);
      return truth;
    }
    if (PyErr_Occurred(tstate) !== 0) return -1;
  }
  return richCompareNative(tstate, a, b, op);
}

/** {@link richCompareInt} after the heap types' dunders declined: the builtin types' comparisons (a heap instance compares as its solid base), else identity for ==/!=. */
function richCompareNative(tstate: ThreadState, a: number, b: number, op: number): number {
  const interp = tstate.interp;
  const ka = kindOf(interp, a);
  const kb = kindOf(interp, b);
  let c: number;
  if (isNumberKind(ka) && isNumberKind(kb)) {
    c = ka === Kind.Float || kb === Kind.Float ? floatCompare(interp, a, b) : longCompare(interp, a, b);
  } else if (ka === kb && ka === Kind.Dict) {
    if (op === Py_EQ || op === Py_NE) {
      const r = dictCompare(tstate, a, b);
      if (r < 0) return -1;
      return (r === 1) === (op === Py_EQ) ? 1 : 0;
    }
    c = NOT_ORDERED;
  } else if (ka === kb && (ka === Kind.Tuple || ka === Kind.List)) {
    return ka === Kind.Tuple ? tupleCompare(tstate, a, b, op) : listCompare(tstate, a, b, op);
  } else if (ka === kb && (ka === Kind.Str || ka === Kind.Bytes)) {
    c = compareSameKind(interp, ka, a, b);
  } else if (PyAnySet_Check(interp, a)) {
    return setRichCompareBool(tstate, a, b, op);
  } else if (PyRange_Check(interp, a)) {
    return rangeRichCompareBool(tstate, a, b, op);
  } else if (PySlice_Check(interp, a) && PySlice_Check(interp, b)) {
    return sliceRichCompareBool(tstate, a, b, op);
  } else {
    c = NOT_ORDERED;
  }
  if (c !== c) return op === Py_NE ? 1 : 0; // NaN: unordered floats
  if (c === NOT_ORDERED) {
    if (op === Py_EQ) return a === b ? 1 : 0;
    if (op === Py_NE) return a !== b ? 1 : 0;
    PyErr_SetString(
      tstate,
      interp.runtime.staticType('TypeError'),
      `'${OPSTRINGS[op]}' not supported between instances of '${Py_TYPE_NAME(interp, a)}' and '${Py_TYPE_NAME(interp, b)}'`,
    );
    return -1;
  }
  switch (op) {
    case Py_LT:
      return c < 0 ? 1 : 0;
    case Py_LE:
      return c <= 0 ? 1 : 0;
    case Py_EQ:
      return c === 0 ? 1 : 0;
    case Py_NE:
      return c !== 0 ? 1 : 0;
    case Py_GT:
      return c > 0 ? 1 : 0;
    default:
      return c >= 0 ? 1 : 0;
  }
}

/** `a op b` (CPython's PyObject_RichCompare): True/False, or NULL with TypeError set. @public */
export function PyObject_RichCompare(tstate: ThreadState, a: number, b: number, op: number): number {
  if (Py_TYPE(tstate.interp, a) > 0 || Py_TYPE(tstate.interp, b) > 0) {
    // A heap type's dunder result is returned as it is (it need not be a bool).
    const h = heapRichCompare(tstate, a, b, op);
    if (h !== 0 || PyErr_Occurred(tstate) !== 0) return h;
    const n = richCompareNative(tstate, a, b, op);
    if (n < 0) return 0;
    return n === 1 ? tstate.interp.runtime.immortalTrue : tstate.interp.runtime.immortalFalse;
  }
  const r = richCompareInt(tstate, a, b, op);
  if (r < 0) return 0;
  return r === 1 ? tstate.interp.runtime.immortalTrue : tstate.interp.runtime.immortalFalse;
}

/**
 * `a op b` as 1/0, -1 with an exception set (CPython's PyObject_RichCompareBool): identical
 * objects are equal without asking them (so a NaN is equal to itself in a container).
 * @public
 */
export function PyObject_RichCompareBool(tstate: ThreadState, a: number, b: number, op: number): number {
  if (a === b) {
    if (op === Py_EQ) return 1;
    if (op === Py_NE) return 0;
  }
  return richCompareInt(tstate, a, b, op);
}

/** bool(h) as 1/0, -1 with an exception set (CPython's PyObject_IsTrue). @public */
export function PyObject_IsTrue(tstate: ThreadState, h: number): number {
  const interp = tstate.interp;
  const rt = interp.runtime;
  if (h === rt.immortalTrue) return 1;
  if (h === rt.immortalFalse || h === rt.immortalNone) return 0;
  if (Py_TYPE(interp, h) > 0) {
    const r = heapIsTrue(tstate, h);
    if (r !== HEAP_TRUTH_NATIVE) return r;
  }
  switch (kindOf(interp, h)) {
    case Kind.Int:
      return longIsTrue(interp, h) ? 1 : 0;
    case Kind.Float:
      return viewsOf(interp, h).f64[((h < 0 ? -h : h) + FLOAT_OB_FVAL) >> 3] !== 0 ? 1 : 0;
    case Kind.Str:
      return unicodeLength(interp, h) !== 0 ? 1 : 0;
    case Kind.Bytes:
      return bytesLength(interp, h) !== 0 ? 1 : 0;
    case Kind.Tuple:
      return tupleLength(interp, h) !== 0 ? 1 : 0;
    case Kind.List:
      return listLength(interp, h) !== 0 ? 1 : 0;
    case Kind.Dict:
      return dictLength(interp, h) !== 0 ? 1 : 0;
    default:
      return 1;
  }
}
