// How a type's slots are found (CPython's tp_* slots and Objects/typeobject.c's slot_tp_* /
// slotdefs): a static type's behaviour is native code — found by static index in frozen tables
// (object.ts's and abstract.ts's fast paths, the tp_new/tp_init rows below) — while a heap
// type's comes from the dunder methods in its MRO: the generic slot functions here look the
// dunder up in the heap types of the MRO and call it, and fall back to the native behaviour of
// the instance's solid static base (a `class X(list)` instance indexes like a list).
//
// Also the Python-visible side of static slots: `object.__new__` (a builtin method bound to the
// type, CPython's tp_new_wrapper), `object.__init__` (a slot wrapper), and object's other
// dunders, which Python code reaches through `super()`.

import { sliceNew } from './sliceobject.js';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { METH_FASTCALL, METH_KEYWORDS } from './methoddef.js';
import type { PyMethodDef } from './methoddef.js';
import { PyErr_Occurred, PyType_IsSubtype, raise } from './exceptions.js';
import { PyObject_Hash, PyObject_IsTrue, Py_DECREF, Py_INCREF, Py_NE, Py_TYPE, Py_TYPE_NAME, typeName } from './object.js';
import { PyUnicode_AsString } from './unicodeobject.js';
import { objectAddress } from './codeobject.js';
import { PyObject_Size } from './abstract.js';
import { PY_HEAP_TYPE_OBJECT } from './typeobject.layout.js';
import { TUPLE_OB_ITEM } from '@pergil/runtime-state';
import { PyUnicode_InternFromString } from './unicodeobject.js';
import { tupleLength } from './tupleobject.js';
import { PyDict_GetItemWithError } from './dictobject.js';
import { PyObject_CallNoArgs, PyObject_CallOneArg, PyObject_CallThreeArgs, PyObject_Vectorcall3 } from './call.js';
import { _PyDescr_Get, _PyType_HasDescrGet } from './descrobject.js';
import { classMethodNewFor, propertyNew } from './descrobject.js';
import { PyType_Check, PyType_GetBase, PyType_GetMro, typeQualifiedName, objectInit, objectNew, typeInit, typeNewSlot } from './typeobject.js';
import { superInit, superNew } from './superobject.js';
import { exceptionInit, exceptionNew } from './exceptions-attrs.js';
import { enumerateNew, filterNew, mapNew, reversedNew, zipNew } from './iterobject.js';
import { boolNew, bytesNew, floatNew, longNew, unicodeNew } from './constructors-scalar.js';
import { dictInit, dictNew, frozensetNew, listInit, listNew, rangeNew, setNew, tupleNew } from './constructors-containers.js';

// ---- static types' tp_new and tp_init -------------------------------------------------------

/**
 * A static type's tp_new: make an instance of `type` (the static type itself or a heap
 * subclass — allocate with PyType_GenericAlloc(tstate, type) so a subclass gets its size)
 * from the call's arguments. A new reference, or 0 with an exception set.
 * @public
 */
export type TpNewFunc = (tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number) => number;

/** A static type's tp_init: initialise `self` from the call's arguments. 0, or -1 with an exception set. @public */
export type TpInitFunc = (tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number) => number;

/** One row: a static type's name, its tp_new and tp_init (null: inherited from its base). @public */
export type StaticTypeSlotsRow = readonly [name: string, tpNew: (() => TpNewFunc) | null, tpInit: (() => TpInitFunc) | null];

const CLASSMETHOD_NEW: TpNewFunc = classMethodNewFor('classmethod');
const STATICMETHOD_NEW: TpNewFunc = classMethodNewFor('staticmethod');

/**
 * The static types that construct instances, one row each; others inherit their base's
 * (CPython's tp_new/tp_init inheritance). Adding a type is ONE line: `['int', () => longNew, null]`.
 * Thunks keep this table from reading other modules' bindings while the import graph loads.
 */
const STATIC_TYPE_SLOTS: readonly StaticTypeSlotsRow[] = Object.freeze([
  Object.freeze(['object', () => objectNew, () => objectInit] as const),
  Object.freeze(['type', () => typeNewSlot, () => typeInit] as const),
  Object.freeze(['property', () => propertyNew, null] as const),
  Object.freeze(['classmethod', () => CLASSMETHOD_NEW, null] as const),
  Object.freeze(['staticmethod', () => STATICMETHOD_NEW, null] as const),
  Object.freeze(['super', () => superNew, () => superInit] as const),
  Object.freeze(['BaseException', () => exceptionNew, () => exceptionInit] as const),
  Object.freeze(['enumerate', () => enumerateNew, null] as const),
  Object.freeze(['zip', () => zipNew, null] as const),
  Object.freeze(['map', () => mapNew, null] as const),
  Object.freeze(['filter', () => filterNew, null] as const),
  Object.freeze(['reversed', () => reversedNew, null] as const),
  Object.freeze(['int', () => longNew, null] as const),
  Object.freeze(['float', () => floatNew, null] as const),
  Object.freeze(['str', () => unicodeNew, null] as const),
  Object.freeze(['bool', () => boolNew, null] as const),
  Object.freeze(['bytes', () => bytesNew, null] as const),
  Object.freeze(['list', () => listNew, () => listInit] as const),
  Object.freeze(['dict', () => dictNew, () => dictInit] as const),
  Object.freeze(['tuple', () => tupleNew, null] as const),
  Object.freeze(['set', () => setNew, null] as const),
  Object.freeze(['frozenset', () => frozensetNew, null] as const),
  Object.freeze(['range', () => rangeNew, null] as const),
  Object.freeze(['slice', () => sliceNew, null] as const),
] as const satisfies readonly StaticTypeSlotsRow[]);

/** Row by static type name: frozen, no prototype. */
const SLOTS_ROW_BY_NAME: Readonly<Record<string, number | undefined>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(STATIC_TYPE_SLOTS.map((row, i) => [row[0], i]))),
);

function slotsRowOf(interp: InterpreterState, staticType: number): number {
  return SLOTS_ROW_BY_NAME[typeName(interp, staticType)] ?? -1;
}

/** True if the static type defines its own tp_new. @internal */
export function staticTypeHasNew(interp: InterpreterState, staticType: number): boolean {
  const row = slotsRowOf(interp, staticType);
  return row >= 0 && STATIC_TYPE_SLOTS[row][1] !== null;
}

/** True if the static type defines its own tp_init. @internal */
export function staticTypeHasInit(interp: InterpreterState, staticType: number): boolean {
  const row = slotsRowOf(interp, staticType);
  return row >= 0 && STATIC_TYPE_SLOTS[row][2] !== null;
}

/** The tp_new the static type defines (see {@link staticTypeHasNew}). @internal */
export function staticTpNew(interp: InterpreterState, staticType: number): TpNewFunc {
  return STATIC_TYPE_SLOTS[slotsRowOf(interp, staticType)][1]!();
}

/** The tp_init the static type defines (see {@link staticTypeHasInit}). @internal */
export function staticTpInit(interp: InterpreterState, staticType: number): TpInitFunc {
  return STATIC_TYPE_SLOTS[slotsRowOf(interp, staticType)][2]!();
}

/**
 * `object.__new__(cls, ...)` and the like as Python sees them: a builtin method bound to the
 * static type, checking that cls is a subtype (CPython's tp_new_wrapper).
 */
function tpNewWrapper(tstate: ThreadState, row: number, self: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  const name = typeName(interp, self);
  if (nargs < 1) return raise(tstate, 'TypeError', `${name}.__new__(): not enough arguments`);
  const sub = interp.views.i32[argsWord];
  if (!PyType_Check(interp, sub)) return raise(tstate, 'TypeError', `${name}.__new__(X): X is not a type object (${Py_TYPE_NAME(interp, sub)})`);
  if (!PyType_IsSubtype(interp, sub, self)) {
    return raise(tstate, 'TypeError', `${name}.__new__(${typeName(interp, sub)}): ${typeName(interp, sub)} is not a subtype of ${name}`);
  }
  // The most derived static type of sub must construct with this same tp_new.
  let staticBase = sub;
  while (staticBase > 0) staticBase = PyType_GetBase(interp, staticBase);
  let owner = staticBase;
  while (!staticTypeHasNew(interp, owner)) owner = PyType_GetBase(interp, owner);
  if (owner !== self) return raise(tstate, 'TypeError', `${name}.__new__(${typeName(interp, sub)}) is not safe, use ${typeName(interp, owner)}.__new__()`);
  return STATIC_TYPE_SLOTS[row][1]!()(tstate, sub, argsWord + 1, nargs - 1, kwnames);
}

/** The `__new__` builtin methods, one per STATIC_TYPE_SLOTS row (registered in the method table). @internal */
export const TP_NEW_WRAPPERS: readonly PyMethodDef[] = Object.freeze(
  STATIC_TYPE_SLOTS.map((_row, i) => ({
    name: '__new__',
    flags: METH_FASTCALL | METH_KEYWORDS,
    meth: (tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number) => tpNewWrapper(tstate, i, self, argsWord, nargs, kwnames),
    doc: `Create and return a new object.  See help(type) for accurate signature.`,
  })),
);

/** The `__init__` slot wrappers, one per STATIC_TYPE_SLOTS row (registered in the method table). @internal */
export const TP_INIT_WRAPPERS: readonly PyMethodDef[] = Object.freeze(
  STATIC_TYPE_SLOTS.map((row) => ({
    name: '__init__',
    flags: METH_FASTCALL | METH_KEYWORDS,
    meth: (tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number) => {
      const init = row[2];
      if (init === null) return tstate.interp.runtime.immortalNone;
      return init()(tstate, self, argsWord, nargs, kwnames) < 0 ? 0 : tstate.interp.runtime.immortalNone;
    },
    doc: 'Initialize self.  See help(type(self)) for accurate signature.',
  })),
);

/** The `__new__` wrapper def of a static type that defines tp_new, or null. @internal */
export function staticTpNewWrapper(interp: InterpreterState, staticType: number): PyMethodDef | null {
  const row = slotsRowOf(interp, staticType);
  return row >= 0 && STATIC_TYPE_SLOTS[row][1] !== null ? TP_NEW_WRAPPERS[row] : null;
}

/** The `__init__` wrapper def of a static type that defines tp_init, or null. @internal */
export function staticTpInitWrapper(interp: InterpreterState, staticType: number): PyMethodDef | null {
  const row = slotsRowOf(interp, staticType);
  return row >= 0 && STATIC_TYPE_SLOTS[row][2] !== null ? TP_INIT_WRAPPERS[row] : null;
}

const TUPLE_ITEMS = TUPLE_OB_ITEM;
const HEAP_TYPE_DICT = PY_HEAP_TYPE_OBJECT.offsetBytes.tp_dict;

// ---- heap types: the generic slot functions (CPython's slot_tp_* / lookup_maybe_method) -----

/** Item i of a tuple that may be immortal. */
function tupleItemAt(interp: InterpreterState, t: number, i: number): number {
  return t < 0 ? interp.runtimeViews.i32[((-t + TUPLE_ITEMS) >> 2) + i] : interp.views.i32[((t + TUPLE_ITEMS) >> 2) + i];
}

/**
 * The dunder `name` as the heap type `type` defines or inherits it from another heap type
 * (borrowed), or 0 when the first definer along the MRO is a static type — or none is — so the
 * native behaviour of the instance's solid static base applies (a `class X(list)` without
 * `__len__` measures like a list). 0 with an exception set only on MemoryError.
 * @internal
 */
export function heapSlotLookup(tstate: ThreadState, type: number, name: string): number {
  const interp = tstate.interp;
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) return 0;
  const mro = PyType_GetMro(interp, type);
  const n = tupleLength(interp, mro);
  let found = 0;
  for (let i = 0; i < n; i++) {
    const t = tupleItemAt(interp, mro, i);
    if (t < 0) break; // a static type: its native slot answers
    const dict = interp.views.i32[(t + HEAP_TYPE_DICT) >> 2];
    if (dict === 0) continue;
    found = PyDict_GetItemWithError(tstate, dict, key);
    if (found !== 0) break;
  }
  Py_DECREF(interp, key);
  return found;
}

/**
 * Calls the dunder `fn` (found by {@link heapSlotLookup} on type(obj)) as a method of `obj`
 * with `nargs` (0–2) more borrowed arguments: a function gets obj first, another descriptor is
 * bound through its `__get__`, a plain callable is called without obj (CPython's
 * vectorcall_unbound / lookup_maybe_method). A new reference, or 0 with an exception set.
 * @internal
 */
export function callHeapSlot(tstate: ThreadState, obj: number, fn: number, nargs: number, a: number, b: number): number {
  const interp = tstate.interp;
  const ft = Py_TYPE(interp, fn);
  if (ft === interp.types.function) {
    if (nargs === 0) return PyObject_CallOneArg(tstate, fn, obj);
    if (nargs === 1) return PyObject_Vectorcall3(tstate, fn, obj, a);
    return PyObject_CallThreeArgs(tstate, fn, obj, a, b);
  }
  let bound = fn;
  if (_PyType_HasDescrGet(tstate, ft)) {
    bound = _PyDescr_Get(tstate, fn, obj, Py_TYPE(interp, obj));
    if (bound === 0) return 0;
  } else {
    Py_INCREF(interp, fn);
  }
  const r = nargs === 0 ? PyObject_CallNoArgs(tstate, bound) : nargs === 1 ? PyObject_CallOneArg(tstate, bound, a) : PyObject_Vectorcall3(tstate, bound, a, b);
  Py_DECREF(interp, bound);
  return r;
}

/** Calls obj's heap dunder `name` with `n` arguments (borrowed); 0 with no error set when it has none. */
function callHeapDunder(tstate: ThreadState, obj: number, name: string, n: number, a: number): number {
  const interp = tstate.interp;
  const f = heapSlotLookup(tstate, Py_TYPE(interp, obj), name);
  if (f === 0) return 0;
  Py_INCREF(interp, f);
  const r = callHeapSlot(tstate, obj, f, n, a, 0);
  Py_DECREF(interp, f);
  return r;
}

/**
 * repr() or str() of an instance of a heap type through its `__repr__`/`__str__` (CPython's
 * slot_tp_repr / slot_tp_str): the string, null with an exception set, or undefined when no
 * heap type defines the dunder (the solid base's native repr applies).
 * @internal
 */
export function heapReprString(tstate: ThreadState, h: number, name: '__repr__' | '__str__'): string | null | undefined {
  const interp = tstate.interp;
  const r = callHeapDunder(tstate, h, name, 0, 0);
  if (r === 0) return PyErr_Occurred(tstate) !== 0 ? null : undefined;
  const rt = Py_TYPE(interp, r);
  if (rt !== interp.types.str && !(rt > 0 && PyType_IsSubtype(interp, rt, interp.types.str))) {
    raise(tstate, 'TypeError', `${name} returned non-string (type ${Py_TYPE_NAME(interp, r)})`);
    Py_DECREF(interp, r);
    return null;
  }
  const s = PyUnicode_AsString(interp, r);
  Py_DECREF(interp, r);
  return s;
}

/** object.__repr__ of an instance of a heap type: `<__main__.C object at 0x...>` (CPython's object_repr). @internal */
export function heapDefaultRepr(tstate: ThreadState, h: number): string {
  return `<${typeQualifiedName(tstate, Py_TYPE(tstate.interp, h))} object at ${objectAddress(h)}>`;
}

/**
 * hash() of an instance of a heap type through `__hash__` (CPython's slot_tp_hash): the hash,
 * -1 with an exception set (`__hash__ = None`: "unhashable type: 'C'"), or undefined when no
 * heap type defines it.
 * @internal
 */
export function heapHash(tstate: ThreadState, h: number): number | undefined {
  const interp = tstate.interp;
  const f = heapSlotLookup(tstate, Py_TYPE(interp, h), '__hash__');
  if (f === 0) return PyErr_Occurred(tstate) !== 0 ? -1 : undefined;
  if (f === interp.runtime.immortalNone) {
    raise(tstate, 'TypeError', `unhashable type: '${Py_TYPE_NAME(interp, h)}'`);
    return -1;
  }
  Py_INCREF(interp, f);
  const r = callHeapSlot(tstate, h, f, 0, 0, 0);
  Py_DECREF(interp, f);
  if (r === 0) return -1;
  const rt = Py_TYPE(interp, r);
  if (rt !== interp.types.int && rt !== interp.types.bool && !(rt > 0 && PyType_IsSubtype(interp, rt, interp.types.int))) {
    Py_DECREF(interp, r);
    raise(tstate, 'TypeError', '__hash__ method should return an integer');
    return -1;
  }
  const x = PyObject_Hash(tstate, r);
  Py_DECREF(interp, r);
  return x;
}

/** The dunder of each rich comparison opcode (Py_LT … Py_GE). */
const RICHCMP_DUNDERS: readonly string[] = Object.freeze(['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']);

/** The swapped opcode: `a < b` is `b > a` (CPython's _Py_SwappedOp). */
// Literal opcodes (Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE): object.ts's constants are not
// yet bound while the import cycle evaluates this module.
const SWAPPED_OP: readonly number[] = Object.freeze([4, 5, 2, 3, 0, 1]);

/**
 * `self op other` through self's heap dunder: a new reference; 0 with no error set when there
 * is none or it returned NotImplemented. `!=` without `__ne__` inverts `__eq__` (object.__ne__).
 */
function richCompareSide(tstate: ThreadState, self: number, other: number, op: number): number {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, self);
  const notImpl = interp.runtime.immortalNotImplemented;
  let f = heapSlotLookup(tstate, type, RICHCMP_DUNDERS[op]);
  let invert = false;
  if (f === 0 && op === Py_NE && PyErr_Occurred(tstate) === 0) {
    f = heapSlotLookup(tstate, type, '__eq__');
    invert = true;
  }
  if (f === 0) return 0;
  Py_INCREF(interp, f);
  const r = callHeapSlot(tstate, self, f, 1, other, 0);
  Py_DECREF(interp, f);
  if (r === notImpl) return 0;
  if (r === 0 || !invert) return r;
  const truth = PyObject_IsTrue(tstate, r);
  Py_DECREF(interp, r);
  if (truth < 0) return 0;
  return truth !== 0 ? interp.runtime.immortalFalse : interp.runtime.immortalTrue;
}

/**
 * `a op b` when a or b is an instance of a heap type (CPython's do_richcompare): the
 * reflected method of b first if type(b) is a proper subclass of type(a), then a's, then b's
 * reflected one. A new reference (the dunder's result as it is); 0 with no error set when no
 * side answers (the caller goes on with the native comparison of the solid bases).
 * @internal
 */
export function heapRichCompare(tstate: ThreadState, a: number, b: number, op: number): number {
  const interp = tstate.interp;
  const ta = Py_TYPE(interp, a);
  const tb = Py_TYPE(interp, b);
  let checkedReverse = false;
  if (ta !== tb && tb > 0 && PyType_IsSubtype(interp, tb, ta)) {
    checkedReverse = true;
    const r = richCompareSide(tstate, b, a, SWAPPED_OP[op]);
    if (r !== 0 || PyErr_Occurred(tstate) !== 0) return r;
  }
  if (ta > 0) {
    const r = richCompareSide(tstate, a, b, op);
    if (r !== 0 || PyErr_Occurred(tstate) !== 0) return r;
  }
  if (!checkedReverse && tb > 0) return richCompareSide(tstate, b, a, SWAPPED_OP[op]);
  return 0;
}

/** Result of {@link heapIsTrue} when no heap type defines `__bool__` or `__len__`. @internal */
export const HEAP_TRUTH_NATIVE = 2;

/**
 * bool() of an instance of a heap type (CPython's slot_nb_bool): `__bool__` (which must
 * return a bool), else `__len__` ≠ 0. 1/0, -1 with an exception set, or
 * {@link HEAP_TRUTH_NATIVE} when neither is defined by a heap type.
 * @internal
 */
export function heapIsTrue(tstate: ThreadState, h: number): number {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, h);
  const f = heapSlotLookup(tstate, type, '__bool__');
  if (f !== 0) {
    Py_INCREF(interp, f);
    const r = callHeapSlot(tstate, h, f, 0, 0, 0);
    Py_DECREF(interp, f);
    if (r === 0) return -1;
    if (r === interp.runtime.immortalTrue) return 1;
    if (r === interp.runtime.immortalFalse) return 0;
    raise(tstate, 'TypeError', `__bool__ should return bool, returned ${Py_TYPE_NAME(interp, r)}`);
    Py_DECREF(interp, r);
    return -1;
  }
  if (PyErr_Occurred(tstate) !== 0) return -1;
  if (heapSlotLookup(tstate, type, '__len__') === 0) return PyErr_Occurred(tstate) !== 0 ? -1 : HEAP_TRUTH_NATIVE;
  const n = PyObject_Size(tstate, h);
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
