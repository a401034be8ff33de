// Builtin functions and the unbound builtin methods of types (CPython's Objects/methodobject.c
// and the method_descriptor half of Objects/descrobject.c): builtin_function_or_method — a
// PyMethodDef bound to a self (an instance, a type for class methods, a module for module
// functions) — and method_descriptor, the entry a static type's dict holds for each of its
// methods. Both call the def through the vectorcall convention after CPython's METH_* checks.
//
// The def is stored as its index in objects/methodtable.ts. Layouts in methodobject.layout.ts
// and descrobject.layout.ts.

import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PY_CFUNCTION_OBJECT } from './methodobject.layout.js';
import { PY_DESCR_OBJECT } from './descrobject.layout.js';
import { METH_CLASS, METH_KEYWORDS, METH_NOARGS, METH_O } from './methoddef.js';
import type { PyGetSetDef, PyMethodDef } from './methoddef.js';
import { methodDefAt } from './methodtable.js';
import { PyType_IsSubtype, raise } from './exceptions.js';
import { PyObject_GC_Del, Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME, _PyObject_GC_New, typeName } from './object.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './unicodeobject.js';
import { tupleLength } from './tupleobject.js';
import { objectAddress } from './codeobject.js';

const CF = PY_CFUNCTION_OBJECT.offsetBytes;
const D = PY_DESCR_OBJECT.offsetBytes;

/** The vectorcall flag bit of `nargsf` (CPython's PY_VECTORCALL_ARGUMENTS_OFFSET). */
const ARGUMENTS_OFFSET = 0x40000000;

// ---- builtin_function_or_method -------------------------------------------------------------

/** True if `h` is a builtin_function_or_method. @public */
export function PyCFunction_Check(interp: InterpreterState, h: number): boolean {
  return Py_TYPE(interp, h) === interp.runtime.staticType('builtin_function_or_method');
}

/**
 * A builtin_function_or_method for the def at `defIndex` bound to `self` (borrowed; 0 for
 * none) with `module` (a str, borrowed, or 0) as __module__ (CPython's PyCFunction_NewEx).
 * @public
 */
export function PyCFunction_NewEx(tstate: ThreadState, defIndex: number, self: number, module: number): number {
  const interp = tstate.interp;
  const h = _PyObject_GC_New(tstate, interp.runtime.staticType('builtin_function_or_method'), PY_CFUNCTION_OBJECT.sizeBytes);
  if (h === 0) return 0;
  const i32 = interp.views.i32;
  i32[(h + CF.m_ml) >> 2] = defIndex;
  i32[(h + CF.m_self) >> 2] = self;
  i32[(h + CF.m_module) >> 2] = module;
  Py_INCREF(interp, self);
  Py_INCREF(interp, module);
  return h;
}

/** The def index of a builtin function. @internal */
export function PyCFunction_GetDefIndex(interp: InterpreterState, f: number): number {
  return interp.views.i32[(f + CF.m_ml) >> 2];
}

/** __self__ of a builtin function (borrowed; 0 if none) (CPython's PyCFunction_GET_SELF). @public */
export function PyCFunction_GET_SELF(interp: InterpreterState, f: number): number {
  return interp.views.i32[(f + CF.m_self) >> 2];
}

/** tp_dealloc of builtin_function_or_method. @internal */
export function cfunctionDealloc(interp: InterpreterState, h: number): void {
  const i32 = interp.views.i32;
  const self = i32[(h + CF.m_self) >> 2];
  const module = i32[(h + CF.m_module) >> 2];
  i32[(h + CF.m_self) >> 2] = 0;
  i32[(h + CF.m_module) >> 2] = 0;
  Py_DECREF(interp, self);
  Py_DECREF(interp, module);
  PyObject_GC_Del(interp, h);
}

function isModule(interp: InterpreterState, h: number): boolean {
  return h !== 0 && Py_TYPE(interp, h) === interp.runtime.staticType('module');
}

function isType(interp: InterpreterState, h: number): boolean {
  return h !== 0 && PyType_IsSubtype(interp, Py_TYPE(interp, h), interp.types.type);
}

/** __qualname__ of a builtin function: `len`, `list.append`, `dict.fromkeys` (CPython's meth_get__qualname__). */
function cfunctionQualname(interp: InterpreterState, f: number): string {
  const def = methodDefAt(PyCFunction_GetDefIndex(interp, f));
  const self = PyCFunction_GET_SELF(interp, f);
  if (self === 0 || isModule(interp, self)) return def.name;
  const owner = isType(interp, self) ? self : Py_TYPE(interp, self);
  return `${typeName(interp, owner)}.${def.name}`;
}

/** The name CPython's messages give a builtin function (_PyObject_FunctionStr without "()"): `len`, `math.sqrt`, `list.append`. */
function cfunctionDisplayName(interp: InterpreterState, f: number): string {
  const qualname = cfunctionQualname(interp, f);
  const module = interp.views.i32[(f + CF.m_module) >> 2];
  if (module === 0 || Py_TYPE(interp, module) !== interp.types.str) return qualname;
  const m = PyUnicode_AsString(interp, module);
  return m === 'builtins' ? qualname : `${m}.${qualname}`;
}

/** repr() of a builtin function: `<built-in function len>`, `<built-in method append of list object at 0x...>`. @internal */
export function cfunctionRepr(interp: InterpreterState, f: number): string {
  const def = methodDefAt(PyCFunction_GetDefIndex(interp, f));
  const self = PyCFunction_GET_SELF(interp, f);
  if (self === 0 || isModule(interp, self)) return `<built-in function ${def.name}>`;
  return `<built-in method ${def.name} of ${Py_TYPE_NAME(interp, self)} object at ${objectAddress(self)}>`;
}

/** What is wrong with a call's arguments for the def's METH_* flags (0: nothing). */
const ARGS_OK = 0;
const ARGS_NO_KEYWORDS = 1;
const ARGS_NONE_TAKEN = 2;
const ARGS_EXACTLY_ONE = 3;

function checkArgs(interp: InterpreterState, flags: number, nargs: number, kwnames: number): number {
  if ((flags & METH_KEYWORDS) === 0 && kwnames !== 0 && tupleLength(interp, kwnames) !== 0) return ARGS_NO_KEYWORDS;
  if ((flags & METH_NOARGS) !== 0) return nargs !== 0 ? ARGS_NONE_TAKEN : ARGS_OK;
  if ((flags & METH_O) !== 0) return nargs !== 1 ? ARGS_EXACTLY_ONE : ARGS_OK;
  return ARGS_OK;
}

/** Raises CPython's TypeError for a failed checkArgs (`name` is the function's display name). */
function argsError(tstate: ThreadState, problem: number, name: string, nargs: number): number {
  if (problem === ARGS_NO_KEYWORDS) return raise(tstate, 'TypeError', `${name}() takes no keyword arguments`);
  if (problem === ARGS_NONE_TAKEN) return raise(tstate, 'TypeError', `${name}() takes no arguments (${nargs} given)`);
  return raise(tstate, 'TypeError', `${name}() takes exactly one argument (${nargs} given)`);
}

/** Calls a builtin function (CPython's cfunction_vectorcall_*). @internal */
export function cfunctionVectorcall(tstate: ThreadState, f: number, argsWord: number, nargsf: number, kwnames: number): number {
  const interp = tstate.interp;
  const def = methodDefAt(interp.views.i32[(f + CF.m_ml) >> 2]);
  const self = interp.views.i32[(f + CF.m_self) >> 2];
  const nargs = nargsf & ~ARGUMENTS_OFFSET;
  const problem = checkArgs(interp, def.flags, nargs, kwnames);
  if (problem !== ARGS_OK) return argsError(tstate, problem, cfunctionDisplayName(interp, f), nargs);
  return def.meth(tstate, self, argsWord, nargs, kwnames);
}

// ---- method_descriptor (and classmethod_descriptor) -----------------------------------------

/** True if `h` is a method_descriptor (or, here, a classmethod_descriptor). @public */
export function PyMethodDescr_Check(interp: InterpreterState, h: number): boolean {
  return Py_TYPE(interp, h) === interp.runtime.staticType('method_descriptor');
}

/**
 * The descriptor a type's dict holds for the method def at `defIndex` of `type` (CPython's
 * PyDescr_NewMethod, and PyDescr_NewClassMethod for a METH_CLASS def).
 * NON-CPYTHON: a classmethod_descriptor is a method_descriptor whose def has METH_CLASS (the
 * runtime has no static classmethod_descriptor type); its repr is the same as CPython's.
 * @public
 */
export function PyDescr_NewMethod(tstate: ThreadState, type: number, defIndex: number): number {
  const interp = tstate.interp;
  const h = _PyObject_GC_New(tstate, interp.runtime.staticType('method_descriptor'), PY_DESCR_OBJECT.sizeBytes);
  if (h === 0) return 0;
  const i32 = interp.views.i32;
  i32[(h + D.d_type) >> 2] = type;
  i32[(h + D.d_def) >> 2] = defIndex;
  Py_INCREF(interp, type);
  return h;
}

/** tp_dealloc of method_descriptor and getset_descriptor. @internal */
export function descrDealloc(interp: InterpreterState, h: number): void {
  const type = interp.views.i32[(h + D.d_type) >> 2];
  interp.views.i32[(h + D.d_type) >> 2] = 0;
  Py_DECREF(interp, type);
  PyObject_GC_Del(interp, h);
}

/** __objclass__ of a descriptor (borrowed). @internal */
export function descrType(interp: InterpreterState, d: number): number {
  return interp.views.i32[(d + D.d_type) >> 2];
}

/** The def index a descriptor names. @internal */
export function descrDefIndex(interp: InterpreterState, d: number): number {
  return interp.views.i32[(d + D.d_def) >> 2];
}

/** repr() of a method descriptor: `<method 'append' of 'list' objects>`. @internal */
export function methodDescrRepr(interp: InterpreterState, d: number): string {
  return `<method '${methodDefAt(descrDefIndex(interp, d)).name}' of '${typeName(interp, descrType(interp, d))}' objects>`;
}

/** "descriptor 'x' for 'T' objects doesn't apply to a 'U' object" (CPython's descr_check). */
function descrDoesNotApply(tstate: ThreadState, name: string, type: number, obj: number): number {
  const interp = tstate.interp;
  return raise(tstate, 'TypeError', `descriptor '${name}' for '${typeName(interp, type)}' objects doesn't apply to a '${Py_TYPE_NAME(interp, obj)}' object`);
}

/**
 * Calls an unbound builtin method: `list.append(xs, 1)`, or the eval loop's method call with
 * self in the first slot (CPython's method_vectorcall_*).
 * @internal
 */
export function methodDescrVectorcall(tstate: ThreadState, d: number, argsWord: number, nargsf: number, kwnames: number): number {
  const interp = tstate.interp;
  const type = descrType(interp, d);
  const def = methodDefAt(descrDefIndex(interp, d));
  const nargs = nargsf & ~ARGUMENTS_OFFSET;
  if ((def.flags & METH_CLASS) !== 0) {
    // classmethod_descriptor called directly: `descr(cls, ...)`.
    if (nargs < 1) return raise(tstate, 'TypeError', `descriptor '${def.name}' of '${typeName(interp, type)}' object needs an argument`);
    const cls = interp.views.i32[argsWord];
    if (!isType(interp, cls) || !PyType_IsSubtype(interp, cls, type)) {
      return raise(tstate, 'TypeError', `descriptor '${def.name}' for type '${typeName(interp, type)}' needs a subtype of '${typeName(interp, type)}' as arg 1`);
    }
    return callDescrDef(tstate, def, type, cls, argsWord + 1, nargs - 1, kwnames);
  }
  if (nargs < 1) return raise(tstate, 'TypeError', `unbound method ${typeName(interp, type)}.${def.name}() needs an argument`);
  const self = interp.views.i32[argsWord];
  if (!PyType_IsSubtype(interp, Py_TYPE(interp, self), type)) return descrDoesNotApply(tstate, def.name, type, self);
  return callDescrDef(tstate, def, type, self, argsWord + 1, nargs - 1, kwnames);
}

function callDescrDef(tstate: ThreadState, def: PyMethodDef, type: number, self: number, argsWord: number, nargs: number, kwnames: number): number {
  const problem = checkArgs(tstate.interp, def.flags, nargs, kwnames);
  if (problem !== ARGS_OK) return argsError(tstate, problem, `${typeName(tstate.interp, type)}.${def.name}`, nargs);
  return def.meth(tstate, self, argsWord, nargs, kwnames);
}

/**
 * `descr.__get__(obj, type)` for a method descriptor: itself for a class access, else a
 * builtin method bound to obj (to the class for a METH_CLASS def) (CPython's method_get,
 * classmethod_get).
 * @internal
 */
export function methodDescrGet(tstate: ThreadState, d: number, obj: number, type: number): number {
  const interp = tstate.interp;
  const dtype = descrType(interp, d);
  const defIndex = descrDefIndex(interp, d);
  const def = methodDefAt(defIndex);
  const none = interp.runtime.immortalNone;
  if ((def.flags & METH_CLASS) !== 0) {
    const cls = type !== 0 && type !== none ? type : Py_TYPE(interp, obj);
    if (!PyType_IsSubtype(interp, cls, dtype)) {
      return raise(tstate, 'TypeError', `descriptor '${def.name}' for type '${typeName(interp, dtype)}' doesn't apply to type '${typeName(interp, cls)}'`);
    }
    return PyCFunction_NewEx(tstate, defIndex, cls, 0);
  }
  if (obj === 0 || obj === none) {
    Py_INCREF(interp, d);
    return d;
  }
  if (!PyType_IsSubtype(interp, Py_TYPE(interp, obj), dtype)) return descrDoesNotApply(tstate, def.name, dtype, obj);
  return PyCFunction_NewEx(tstate, defIndex, obj, 0);
}

// ---- attributes -----------------------------------------------------------------------------

function strOrNone(tstate: ThreadState, s: string | undefined): number {
  if (s === undefined) return tstate.interp.runtime.immortalNone;
  return PyUnicode_FromString(tstate, s);
}

function newRef(interp: InterpreterState, h: number): number {
  const v = h === 0 ? interp.runtime.immortalNone : h;
  Py_INCREF(interp, v);
  return v;
}

/** builtin_function_or_method's attributes (CPython's meth_getsets and meth_members). @internal */
export const BUILTIN_FUNCTION_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  { name: '__name__', get: (tstate, f) => PyUnicode_FromString(tstate, methodDefAt(PyCFunction_GetDefIndex(tstate.interp, f)).name) },
  { name: '__qualname__', get: (tstate, f) => PyUnicode_FromString(tstate, cfunctionQualname(tstate.interp, f)) },
  { name: '__self__', get: (tstate, f) => newRef(tstate.interp, PyCFunction_GET_SELF(tstate.interp, f)) },
  { name: '__module__', get: (tstate, f) => newRef(tstate.interp, tstate.interp.views.i32[(f + CF.m_module) >> 2]) },
  { name: '__doc__', get: (tstate, f) => strOrNone(tstate, methodDefAt(PyCFunction_GetDefIndex(tstate.interp, f)).doc) },
]);

/** method_descriptor's attributes (CPython's method_getset and descr_members). @internal */
export const METHOD_DESCRIPTOR_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  { name: '__name__', get: (tstate, d) => PyUnicode_FromString(tstate, methodDefAt(descrDefIndex(tstate.interp, d)).name) },
  {
    name: '__qualname__',
    get: (tstate, d) => PyUnicode_FromString(tstate, `${typeName(tstate.interp, descrType(tstate.interp, d))}.${methodDefAt(descrDefIndex(tstate.interp, d)).name}`),
  },
  { name: '__objclass__', get: (tstate, d) => newRef(tstate.interp, descrType(tstate.interp, d)) },
  { name: '__doc__', get: (tstate, d) => strOrNone(tstate, methodDefAt(descrDefIndex(tstate.interp, d)).doc) },
]);
