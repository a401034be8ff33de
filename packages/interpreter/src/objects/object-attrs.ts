// Attribute access (CPython's Objects/object.c PyObject_GetAttr/SetAttr and
// _PyObject_GenericGetAttrWithDict/_PyObject_GenericSetAttrWithDict, _PyObject_GetMethod,
// Objects/typeobject.c type_getattro/type_setattro and slot_tp_getattr_hook/slot_tp_setattro,
// Objects/moduleobject.c module_getattro, Objects/object.c PyObject_Dir / _dir_object).
//
// NON-CPYTHON: types have no tp_getattro pointer; PyObject_GetAttr dispatches on what the object
// is — a type, a module, a super object, an instance of a heap type that overrides
// `__getattribute__`/`__getattr__` — and otherwise uses the generic lookup.

import type { ThreadState } from '../thread-state.js';
import { METH_FASTCALL, METH_NOARGS, METH_O } from './methoddef.js';
import type { PyGetSetDef, PyMethodDef } from './methoddef.js';
import { PY_ATTRIBUTE_ERROR_OBJECT } from './exceptions.layout.js';
import { PY_MODULE_OBJECT } from './moduleobject.layout.js';
import {
  PyErr_Clear,
  PyErr_ExceptionMatches,
  PyErr_GetRaisedExceptionBorrowed,
  PyErr_Occurred,
  PyType_IsSubtype,
  raise,
} from './exceptions.js';
import { Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME, typeName } from './object.js';
import { PyUnicode_AsString, PyUnicode_FromString, PyUnicode_InternFromString } from './unicodeobject.js';
import { PyDict_DelItem, PyDict_GetItemWithError, PyDict_Next, PyDict_SetItem, dictEntryKey } from './dictobject.js';
import { PyList_Append, PyList_New } from './listobject.js';
import { PyDescr_IsData, _PyDescr_Get, _PyDescr_Set, _PyType_HasDescrGet } from './descrobject.js';
import { PyObject_CallNoArgs, PyObject_CallOneArg, PyObject_CallThreeArgs, PyObject_Vectorcall3 } from './call.js';
import { PyIter_Next, PyObject_GetIter } from './iterobject.js';
import {
  PyType_Check,
  PyType_GetMro,
  _PyObject_GetInstanceDict,
  _PyType_GetDict,
  _PyType_Lookup,
  _PyType_LookupOwner,
  _PyType_LookupString,
  typeDictOffset,
} from './typeobject.js';
import { tupleLength, PyTuple_GET_ITEM } from './tupleobject.js';
import { superGetAttr } from './superobject.js';

const AE = PY_ATTRIBUTE_ERROR_OBJECT.offsetBytes;
const MD_DICT = PY_MODULE_OBJECT.offsetBytes.md_dict;

// ---- errors ---------------------------------------------------------------------------------

/** Raises AttributeError(message) with its `name` and `obj` set (CPython's set_attribute_error_context). */
function attributeError(tstate: ThreadState, obj: number, name: number, message: string): number {
  raise(tstate, 'AttributeError', message);
  const exc = PyErr_GetRaisedExceptionBorrowed(tstate);
  const interp = tstate.interp;
  if (exc > 0 && PyErr_ExceptionMatches(tstate, interp.runtime.staticType('AttributeError'))) {
    const i32 = interp.views.i32;
    if (i32[(exc + AE.name) >> 2] === 0 && i32[(exc + AE.obj) >> 2] === 0) {
      Py_INCREF(interp, name);
      Py_INCREF(interp, obj);
      i32[(exc + AE.name) >> 2] = name;
      i32[(exc + AE.obj) >> 2] = obj;
    }
  }
  return 0;
}

function noAttribute(tstate: ThreadState, obj: number, name: number): number {
  const interp = tstate.interp;
  return attributeError(tstate, obj, name, `'${Py_TYPE_NAME(interp, obj)}' object has no attribute '${PyUnicode_AsString(interp, name)}'`);
}

function isStr(tstate: ThreadState, h: number): boolean {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, h);
  return t === interp.types.str || (t > 0 && PyType_IsSubtype(interp, t, interp.types.str));
}

function isModule(tstate: ThreadState, h: number): boolean {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, h);
  return t === interp.types.module || (t > 0 && PyType_IsSubtype(interp, t, interp.types.module));
}

function isSuper(tstate: ThreadState, h: number): boolean {
  const interp = tstate.interp;
  const st = interp.runtime.staticType('super');
  const t = Py_TYPE(interp, h);
  return t === st || (t > 0 && PyType_IsSubtype(interp, t, st));
}

/** True if the heap type `type` (or a heap base) defines the dunder itself, not a static base. */
function heapOverrides(tstate: ThreadState, type: number, dunder: string): boolean {
  return type > 0 && _PyType_LookupOwner(tstate, type, dunder) > 0;
}

/** {@link heapGetAttrHooks} bit: the heap type defines `__getattribute__`. */
const HOOK_GETATTRIBUTE = 1;
/** {@link heapGetAttrHooks} bit: the heap type defines `__getattr__`. */
const HOOK_GETATTR = 2;

/**
 * Which attribute hooks the heap type `type` defines in Python (CPython: whether its
 * tp_getattro is slot_tp_getattr_hook), in one walk over the heap types that lead its MRO —
 * static types define neither hook in a way that overrides their native lookup. -1 with an
 * exception set.
 */
function heapGetAttrHooks(tstate: ThreadState, type: number): number {
  const interp = tstate.interp;
  const getattribute = PyUnicode_InternFromString(tstate, '__getattribute__');
  if (getattribute === 0) return -1;
  const getattr = PyUnicode_InternFromString(tstate, '__getattr__');
  if (getattr === 0) {
    Py_DECREF(interp, getattribute);
    return -1;
  }
  const mro = PyType_GetMro(interp, type);
  const n = tupleLength(interp, mro);
  let hooks = 0;
  for (let i = 0; i < n; i++) {
    const t = PyTuple_GET_ITEM(interp, mro, i);
    if (t < 0) break;
    const dict = _PyType_GetDict(tstate, t);
    if (PyDict_GetItemWithError(tstate, dict, getattribute) !== 0) hooks |= HOOK_GETATTRIBUTE;
    else if (PyErr_Occurred(tstate)) hooks = -1;
    if (hooks >= 0 && PyDict_GetItemWithError(tstate, dict, getattr) !== 0) hooks |= HOOK_GETATTR;
    else if (PyErr_Occurred(tstate)) hooks = -1;
    if (hooks < 0) break;
  }
  Py_DECREF(interp, getattribute);
  Py_DECREF(interp, getattr);
  return hooks;
}

// ---- the generic lookup ---------------------------------------------------------------------

/**
 * CPython's _PyObject_GenericGetAttrWithDict: a data descriptor on the type wins, then the
 * instance dict (`dict`, or the object's own when -1), then a non-data descriptor or plain class
 * attribute. With `suppress`, a missing attribute returns 0 with no exception set.
 */
function genericGetAttrWithDict(tstate: ThreadState, obj: number, name: number, dict: number, suppress: boolean): number {
  // cpython: Objects/object.c _PyObject_GenericGetAttrWithDict
  const interp = tstate.interp;
  const type = Py_TYPE(interp, obj);
  const descr = _PyType_Lookup(tstate, type, name);
  if (descr === 0 && PyErr_Occurred(tstate)) return 0;
  let hasGet = false;
  if (descr !== 0) {
    Py_INCREF(interp, descr);
    hasGet = _PyType_HasDescrGet(tstate, Py_TYPE(interp, descr));
    if (hasGet && PyDescr_IsData(tstate, descr)) {
      const r = _PyDescr_Get(tstate, descr, obj, type);
      Py_DECREF(interp, descr);
      return r;
    }
  }
  const d = dict === -1 ? _PyObject_GetInstanceDict(tstate, obj, false) : dict;
  if (d !== 0) {
    const v = PyDict_GetItemWithError(tstate, d, name);
    if (v !== 0) {
      Py_INCREF(interp, v);
      if (descr !== 0) Py_DECREF(interp, descr);
      return v;
    }
    if (PyErr_Occurred(tstate)) {
      if (descr !== 0) Py_DECREF(interp, descr);
      return 0;
    }
  }
  if (descr !== 0) {
    if (!hasGet) return descr;
    const r = _PyDescr_Get(tstate, descr, obj, type);
    Py_DECREF(interp, descr);
    return r;
  }
  if (d !== 0 || typeDictOffset(interp, type) !== 0) {
    // NON-CPYTHON: CPython finds `__dict__` as a getset descriptor in the heap type's dict
    // (subtype_dict); pergil's heap types have no such entry yet, so it is answered here.
    if (PyUnicode_AsString(interp, name) === '__dict__') {
      const made = _PyObject_GetInstanceDict(tstate, obj, true);
      if (made !== 0) Py_INCREF(interp, made);
      return made;
    }
  }
  if (suppress) return 0;
  return noAttribute(tstate, obj, name);
}

/** `object.__getattribute__(obj, name)` (CPython's PyObject_GenericGetAttr). New reference or 0. @public */
export function PyObject_GenericGetAttr(tstate: ThreadState, obj: number, name: number): number {
  return genericGetAttrWithDict(tstate, obj, name, -1, false);
}

/**
 * `object.__setattr__(obj, name, value)`, value 0 deletes (CPython's PyObject_GenericSetAttr):
 * a data descriptor's `__set__`/`__delete__`, else the instance dict. 0, or -1 with an exception set.
 * @public
 */
export function PyObject_GenericSetAttr(tstate: ThreadState, obj: number, name: number, value: number): number {
  return genericSetAttrWithDict(tstate, obj, name, value, -1);
}

function genericSetAttrWithDict(tstate: ThreadState, obj: number, name: number, value: number, dict: number): number {
  // cpython: Objects/object.c _PyObject_GenericSetAttrWithDict
  const interp = tstate.interp;
  const type = Py_TYPE(interp, obj);
  const descr = _PyType_Lookup(tstate, type, name);
  if (descr === 0 && PyErr_Occurred(tstate)) return -1;
  if (descr !== 0) {
    Py_INCREF(interp, descr);
    const r = _PyDescr_Set(tstate, descr, obj, value);
    Py_DECREF(interp, descr);
    if (r <= 0) return r;
  }
  let d = dict;
  if (d === -1) {
    d = _PyObject_GetInstanceDict(tstate, obj, value !== 0);
    if (d === 0 && PyErr_Occurred(tstate)) return -1;
  }
  if (d === 0) {
    if (descr !== 0) {
      attributeError(tstate, obj, name, `'${Py_TYPE_NAME(interp, obj)}' object attribute '${PyUnicode_AsString(interp, name)}' is read-only`);
    } else {
      noAttribute(tstate, obj, name);
    }
    return -1;
  }
  if (value !== 0) return PyDict_SetItem(tstate, d, name, value);
  if (PyDict_DelItem(tstate, d, name) < 0) {
    if (PyErr_ExceptionMatches(tstate, interp.runtime.staticType('KeyError'))) {
      PyErr_Clear(tstate);
      noAttribute(tstate, obj, name);
    }
    return -1;
  }
  return 0;
}

// ---- types (type_getattro / type_setattro) --------------------------------------------------

function typeGetAttr(tstate: ThreadState, type: number, name: number, suppress: boolean): number {
  // cpython: Objects/typeobject.c _Py_type_getattro_impl
  const interp = tstate.interp;
  const metatype = Py_TYPE(interp, type);
  const metaAttr = _PyType_Lookup(tstate, metatype, name);
  if (metaAttr === 0 && PyErr_Occurred(tstate)) return 0;
  let metaGet = false;
  if (metaAttr !== 0) {
    Py_INCREF(interp, metaAttr);
    metaGet = _PyType_HasDescrGet(tstate, Py_TYPE(interp, metaAttr));
    if (metaGet && PyDescr_IsData(tstate, metaAttr)) {
      const r = _PyDescr_Get(tstate, metaAttr, type, metatype);
      Py_DECREF(interp, metaAttr);
      return r;
    }
  }
  const attr = _PyType_Lookup(tstate, type, name);
  if (attr !== 0) {
    Py_INCREF(interp, attr);
    if (metaAttr !== 0) Py_DECREF(interp, metaAttr);
    if (!_PyType_HasDescrGet(tstate, Py_TYPE(interp, attr))) return attr;
    const r = _PyDescr_Get(tstate, attr, 0, type);
    Py_DECREF(interp, attr);
    return r;
  }
  if (PyErr_Occurred(tstate)) {
    if (metaAttr !== 0) Py_DECREF(interp, metaAttr);
    return 0;
  }
  if (metaAttr !== 0) {
    if (!metaGet) return metaAttr;
    const r = _PyDescr_Get(tstate, metaAttr, type, metatype);
    Py_DECREF(interp, metaAttr);
    return r;
  }
  if (suppress) return 0;
  return attributeError(tstate, type, name, `type object '${typeName(interp, type)}' has no attribute '${PyUnicode_AsString(interp, name)}'`);
}

function typeSetAttr(tstate: ThreadState, type: number, name: number, value: number): number {
  // cpython: Objects/typeobject.c type_setattro
  const interp = tstate.interp;
  if (type < 0) {
    raise(tstate, 'TypeError', `cannot set '${PyUnicode_AsString(interp, name)}' attribute of immutable type '${typeName(interp, type)}'`);
    return -1;
  }
  const metatype = Py_TYPE(interp, type);
  const metaAttr = _PyType_Lookup(tstate, metatype, name);
  if (metaAttr === 0 && PyErr_Occurred(tstate)) return -1;
  if (metaAttr !== 0) {
    Py_INCREF(interp, metaAttr);
    const r = _PyDescr_Set(tstate, metaAttr, type, value);
    Py_DECREF(interp, metaAttr);
    if (r <= 0) return r;
  }
  const dict = _PyType_GetDict(tstate, type);
  if (dict === 0) return -1;
  let r: number;
  if (value !== 0) {
    r = PyDict_SetItem(tstate, dict, name, value);
  } else {
    r = PyDict_DelItem(tstate, dict, name);
    if (r < 0 && PyErr_ExceptionMatches(tstate, interp.runtime.staticType('KeyError'))) {
      PyErr_Clear(tstate);
      attributeError(tstate, type, name, `type object '${typeName(interp, type)}' has no attribute '${PyUnicode_AsString(interp, name)}'`);
    }
  }
  // NON-CPYTHON: no PyType_Modified — heap types have no attribute cache (version tag) yet.
  return r;
}

// ---- modules (module_getattro) --------------------------------------------------------------

function moduleDict(tstate: ThreadState, m: number): number {
  return tstate.interp.views.i32[(m + MD_DICT) >> 2];
}

function moduleGetAttr(tstate: ThreadState, m: number, name: number, suppress: boolean): number {
  // cpython: Objects/moduleobject.c _Py_module_getattro_impl
  const interp = tstate.interp;
  const dict = moduleDict(tstate, m);
  const r = genericGetAttrWithDict(tstate, m, name, dict, true);
  if (r !== 0 || PyErr_Occurred(tstate)) return r;
  if (dict !== 0) {
    const key = PyUnicode_FromString(tstate, '__getattr__');
    if (key === 0) return 0;
    const getattr = PyDict_GetItemWithError(tstate, dict, key);
    Py_DECREF(interp, key);
    if (getattr !== 0) return PyObject_CallOneArg(tstate, getattr, name);
    if (PyErr_Occurred(tstate)) return 0;
  }
  if (suppress) return 0;
  let modName: string | null = null;
  if (dict !== 0) {
    const key = PyUnicode_FromString(tstate, '__name__');
    if (key === 0) return 0;
    const n = PyDict_GetItemWithError(tstate, dict, key);
    Py_DECREF(interp, key);
    if (n !== 0 && isStr(tstate, n)) modName = PyUnicode_AsString(interp, n);
  }
  const attr = PyUnicode_AsString(interp, name);
  return attributeError(tstate, m, name, modName === null ? `module has no attribute '${attr}'` : `module '${modName}' has no attribute '${attr}'`);
}

// ---- heap types' __getattribute__ / __getattr__ / __setattr__ / __delattr__ -----------------

/** Calls the type's `dunder` (found in its MRO) with obj and the extra arguments. */
function callDunder(tstate: ThreadState, obj: number, dunder: string, a: number, b: number): number {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, obj);
  const f = _PyType_LookupString(tstate, type, dunder);
  if (f === 0) return PyErr_Occurred(tstate) ? 0 : raise(tstate, 'AttributeError', dunder);
  Py_INCREF(interp, f);
  let r: number;
  if (Py_TYPE(interp, f) === interp.types.function) {
    r = b === 0 ? PyObject_Vectorcall3(tstate, f, obj, a) : PyObject_CallThreeArgs(tstate, f, obj, a, b);
  } else {
    const bound = _PyType_HasDescrGet(tstate, Py_TYPE(interp, f)) ? _PyDescr_Get(tstate, f, obj, type) : (Py_INCREF(interp, f), f);
    if (bound === 0) {
      Py_DECREF(interp, f);
      return 0;
    }
    r = b === 0 ? PyObject_CallOneArg(tstate, bound, a) : PyObject_Vectorcall3(tstate, bound, a, b);
    Py_DECREF(interp, bound);
  }
  Py_DECREF(interp, f);
  return r;
}

/** The attribute lookup of an instance of a heap type (CPython's slot_tp_getattr_hook). */
function heapInstanceGetAttr(tstate: ThreadState, obj: number, name: number, suppress: boolean, hooks: number): number {
  // cpython: Objects/typeobject.c slot_tp_getattr_hook
  const interp = tstate.interp;
  let r: number;
  if ((hooks & HOOK_GETATTRIBUTE) !== 0) {
    r = callDunder(tstate, obj, '__getattribute__', name, 0);
  } else {
    r = defaultGetAttr(tstate, obj, name, true);
    if (r === 0 && !PyErr_Occurred(tstate)) {
      if ((hooks & HOOK_GETATTR) === 0) return suppress ? 0 : noAttribute(tstate, obj, name);
      return callDunder(tstate, obj, '__getattr__', name, 0);
    }
  }
  if (r !== 0 || !PyErr_ExceptionMatches(tstate, interp.runtime.staticType('AttributeError'))) return r;
  if ((hooks & HOOK_GETATTR) === 0) {
    if (suppress) PyErr_Clear(tstate);
    return 0;
  }
  PyErr_Clear(tstate);
  return callDunder(tstate, obj, '__getattr__', name, 0);
}

// ---- the entry points -----------------------------------------------------------------------

function getAttr(tstate: ThreadState, o: number, name: number, suppress: boolean): number {
  const interp = tstate.interp;
  if (!isStr(tstate, name)) return raise(tstate, 'TypeError', `attribute name must be string, not '${Py_TYPE_NAME(interp, name)}'`);
  const type = Py_TYPE(interp, o);
  if (type > 0) {
    const hooks = heapGetAttrHooks(tstate, type);
    if (hooks < 0) return 0;
    if (hooks !== 0) return heapInstanceGetAttr(tstate, o, name, suppress, hooks);
  }
  return defaultGetAttr(tstate, o, name, suppress);
}

/** The lookup of `o`'s kind of object without a Python-level override (the native tp_getattro). */
function defaultGetAttr(tstate: ThreadState, o: number, name: number, suppress: boolean): number {
  const interp = tstate.interp;
  if (PyType_Check(interp, o)) return typeGetAttr(tstate, o, name, suppress);
  if (isModule(tstate, o)) return moduleGetAttr(tstate, o, name, suppress);
  if (isSuper(tstate, o)) {
    const r = superGetAttr(tstate, o, name);
    if (r === 0 && suppress && PyErr_ExceptionMatches(tstate, interp.runtime.staticType('AttributeError'))) PyErr_Clear(tstate);
    return r;
  }
  return genericGetAttrWithDict(tstate, o, name, -1, suppress);
}

/** `o.name` (CPython's PyObject_GetAttr): a new reference, or 0 with an exception set. @public */
export function PyObject_GetAttr(tstate: ThreadState, o: number, name: number): number {
  return getAttr(tstate, o, name, false);
}

/**
 * `o.name` without raising AttributeError (CPython's _PyObject_LookupAttr): a new reference, or
 * 0 — with an exception set only if something other than a missing attribute went wrong.
 * @public
 */
export function _PyObject_LookupAttr(tstate: ThreadState, o: number, name: number): number {
  return getAttr(tstate, o, name, true);
}

/** {@link PyObject_GetAttr} by a JS string name. @public */
export function PyObject_GetAttrString(tstate: ThreadState, o: number, name: string): number {
  const key = PyUnicode_FromString(tstate, name);
  if (key === 0) return 0;
  const r = PyObject_GetAttr(tstate, o, key);
  Py_DECREF(tstate.interp, key);
  return r;
}

/** `o.name = value`, or `del o.name` when value is 0 (CPython's PyObject_SetAttr): 0, or -1 with an exception set. @public */
export function PyObject_SetAttr(tstate: ThreadState, o: number, name: number, value: number): number {
  const interp = tstate.interp;
  if (!isStr(tstate, name)) {
    raise(tstate, 'TypeError', `attribute name must be string, not '${Py_TYPE_NAME(interp, name)}'`);
    return -1;
  }
  const type = Py_TYPE(interp, o);
  const dunder = value === 0 ? '__delattr__' : '__setattr__';
  if (type > 0 && heapOverrides(tstate, type, dunder)) {
    const r = callDunder(tstate, o, dunder, name, value);
    if (r === 0) return -1;
    Py_DECREF(interp, r);
    return 0;
  }
  if (PyType_Check(interp, o)) return typeSetAttr(tstate, o, name, value);
  if (isModule(tstate, o)) return genericSetAttrWithDict(tstate, o, name, value, moduleDict(tstate, o));
  return genericSetAttrWithDict(tstate, o, name, value, -1);
}

/** {@link PyObject_SetAttr} by a JS string name. @public */
export function PyObject_SetAttrString(tstate: ThreadState, o: number, name: string, value: number): number {
  const key = PyUnicode_FromString(tstate, name);
  if (key === 0) return -1;
  const r = PyObject_SetAttr(tstate, o, key, value);
  Py_DECREF(tstate.interp, key);
  return r;
}

/**
 * The method lookup of LOAD_METHOD (CPython's _PyObject_GetMethod): a new reference, or 0 with
 * an exception set. Sets `tstate.methodIsUnbound` when the result is a function or
 * method_descriptor found on the type and not shadowed by the instance dict — the caller then
 * calls it with `obj` first, and no bound method is made.
 * @public
 */
export function _PyObject_GetMethod(tstate: ThreadState, obj: number, name: number): number {
  // cpython: Objects/object.c _PyObject_GetMethod
  const interp = tstate.interp;
  tstate.methodIsUnbound = false;
  const type = Py_TYPE(interp, obj);
  if (!isStr(tstate, name) || PyType_Check(interp, obj) || isModule(tstate, obj) || isSuper(tstate, obj)) return PyObject_GetAttr(tstate, obj, name);
  if (type > 0) {
    const hooks = heapGetAttrHooks(tstate, type);
    if (hooks < 0) return 0;
    if (hooks !== 0) return PyObject_GetAttr(tstate, obj, name);
  }
  const descr = _PyType_Lookup(tstate, type, name);
  if (descr === 0 && PyErr_Occurred(tstate)) return 0;
  let methFound = false;
  if (descr !== 0) {
    const dtype = Py_TYPE(interp, descr);
    methFound = dtype === interp.types.function || dtype === interp.types.method_descriptor;
    if (!methFound && _PyType_HasDescrGet(tstate, dtype) && PyDescr_IsData(tstate, descr)) return PyObject_GetAttr(tstate, obj, name);
  }
  if (!methFound) return PyObject_GetAttr(tstate, obj, name);
  const dict = _PyObject_GetInstanceDict(tstate, obj, false);
  if (dict !== 0) {
    const v = PyDict_GetItemWithError(tstate, dict, name);
    if (v !== 0) {
      Py_INCREF(interp, v);
      return v;
    }
    if (PyErr_Occurred(tstate)) return 0;
  }
  Py_INCREF(interp, descr);
  tstate.methodIsUnbound = true;
  return descr;
}

// ---- dir() ----------------------------------------------------------------------------------

function addDictKeys(tstate: ThreadState, dict: number, names: Set<string>): void {
  const interp = tstate.interp;
  for (let ix = PyDict_Next(interp, dict, 0); ix >= 0; ix = PyDict_Next(interp, dict, ix + 1)) {
    const k = dictEntryKey(interp, dict, ix);
    if (isStr(tstate, k)) names.add(PyUnicode_AsString(interp, k));
  }
}

/** The names of the dicts along `type`'s MRO (CPython's merge_class_dict). False with an exception set. */
function addMroKeys(tstate: ThreadState, type: number, names: Set<string>): boolean {
  const interp = tstate.interp;
  const mro = PyType_GetMro(interp, type);
  const n = tupleLength(interp, mro);
  for (let i = 0; i < n; i++) {
    const d = _PyType_GetDict(tstate, PyTuple_GET_ITEM(interp, mro, i));
    if (d === 0) return false;
    addDictKeys(tstate, d, names);
  }
  return true;
}

/** A new list of the names, sorted (Python's sort of str: by code point). */
function sortedList(tstate: ThreadState, names: Set<string>): number {
  const interp = tstate.interp;
  const sorted = [...names].sort((a, b) => {
    const ca = [...a];
    const cb = [...b];
    for (let i = 0; i < ca.length && i < cb.length; i++) {
      const d = ca[i].codePointAt(0)! - cb[i].codePointAt(0)!;
      if (d !== 0) return d;
    }
    return ca.length - cb.length;
  });
  const list = PyList_New(tstate, 0);
  if (list === 0) return 0;
  for (const s of sorted) {
    const str = PyUnicode_FromString(tstate, s);
    if (str === 0 || PyList_Append(tstate, list, str) < 0) {
      if (str !== 0) Py_DECREF(interp, str);
      Py_DECREF(interp, list);
      return 0;
    }
    Py_DECREF(interp, str);
  }
  return list;
}

/**
 * `dir(obj)` (CPython's PyObject_Dir through object.__dir__, type.__dir__ and module.__dir__):
 * a new sorted list of str, or 0 with an exception set. A heap type's own `__dir__` is called
 * and its result sorted.
 * @public
 */
export function PyObject_Dir(tstate: ThreadState, obj: number): number {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, obj);
  if (heapOverrides(tstate, type, '__dir__')) {
    const f = _PyType_LookupString(tstate, type, '__dir__');
    if (f === 0) return 0;
    const bound = _PyDescr_Get(tstate, f, obj, type);
    if (bound === 0) return 0;
    const r = PyObject_CallNoArgs(tstate, bound);
    Py_DECREF(interp, bound);
    if (r === 0) return 0;
    const it = PyObject_GetIter(tstate, r);
    Py_DECREF(interp, r);
    if (it === 0) return 0;
    // NON-CPYTHON: CPython sorts the items with the list sort (any comparable items); here
    // they must be str, sorted by code point as str compares.
    const names = new Set<string>();
    for (let item = PyIter_Next(tstate, it); item !== 0; item = PyIter_Next(tstate, it)) {
      const ok = isStr(tstate, item);
      if (ok) names.add(PyUnicode_AsString(interp, item));
      Py_DECREF(interp, item);
      if (!ok) {
        Py_DECREF(interp, it);
        return raise(tstate, 'TypeError', "'<' not supported between instances of non-str items of __dir__()");
      }
    }
    Py_DECREF(interp, it);
    if (PyErr_Occurred(tstate)) return 0;
    return sortedList(tstate, names);
  }
  return defaultDir(tstate, obj);
}

/** dir() without a `__dir__` override (CPython's object.__dir__, type.__dir__, module.__dir__, sorted). */
function defaultDir(tstate: ThreadState, obj: number): number {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, obj);
  const names = new Set<string>();
  if (PyType_Check(interp, obj)) {
    if (!addMroKeys(tstate, obj, names)) return 0;
    return sortedList(tstate, names);
  }
  if (isModule(tstate, obj)) {
    const d = moduleDict(tstate, obj);
    if (d !== 0) addDictKeys(tstate, d, names);
    return sortedList(tstate, names);
  }
  const d = _PyObject_GetInstanceDict(tstate, obj, false);
  if (d !== 0) addDictKeys(tstate, d, names);
  if (!addMroKeys(tstate, type, names)) return 0;
  return sortedList(tstate, names);
}

// ---- object's attribute dunders -------------------------------------------------------------

function nameArg(tstate: ThreadState, name: number): boolean {
  if (isStr(tstate, name)) return true;
  raise(tstate, 'TypeError', `attribute name must be string, not '${Py_TYPE_NAME(tstate.interp, name)}'`);
  return false;
}

/**
 * `object.__getattribute__`, `__setattr__`, `__delattr__` and `__dir__` (CPython's slot wrappers
 * of PyObject_GenericGetAttr/SetAttr and object___dir__): what `super().__setattr__(name, v)` and
 * `object.__getattribute__(self, name)` in an override reach. Registered for `object` in
 * methodtable.ts.
 * @internal
 */
export const OBJECT_ATTR_METHODS: readonly PyMethodDef[] = Object.freeze([
  Object.freeze({
    name: '__getattribute__',
    flags: METH_O,
    meth: (tstate: ThreadState, self: number, argsWord: number) => {
      const name = tstate.interp.views.i32[argsWord];
      return nameArg(tstate, name) ? PyObject_GenericGetAttr(tstate, self, name) : 0;
    },
    doc: 'Return getattr(self, name).',
  }),
  Object.freeze({
    name: '__setattr__',
    flags: METH_FASTCALL,
    meth: (tstate: ThreadState, self: number, argsWord: number, nargs: number) => {
      if (nargs !== 2) return raise(tstate, 'TypeError', `expected 2 arguments, got ${nargs}`);
      const i32 = tstate.interp.views.i32;
      const name = i32[argsWord];
      const value = i32[argsWord + 1];
      if (!nameArg(tstate, name) || PyObject_GenericSetAttr(tstate, self, name, value) < 0) return 0;
      return tstate.interp.runtime.immortalNone;
    },
    doc: 'Implement setattr(self, name, value).',
  }),
  Object.freeze({
    name: '__delattr__',
    flags: METH_O,
    meth: (tstate: ThreadState, self: number, argsWord: number) => {
      const name = tstate.interp.views.i32[argsWord];
      if (!nameArg(tstate, name) || PyObject_GenericSetAttr(tstate, self, name, 0) < 0) return 0;
      return tstate.interp.runtime.immortalNone;
    },
    doc: 'Implement delattr(self, name).',
  }),
  Object.freeze({
    name: '__dir__',
    flags: METH_NOARGS,
    meth: (tstate: ThreadState, self: number) => defaultDir(tstate, self),
    doc: 'Default dir() implementation.',
  }),
]);

/** `object.__class__` (CPython's object_getsets; assignment is not supported yet). @internal */
export const OBJECT_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  Object.freeze({
    name: '__class__',
    get: (tstate: ThreadState, self: number) => {
      const t = Py_TYPE(tstate.interp, self);
      Py_INCREF(tstate.interp, t);
      return t;
    },
    doc: 'the object\'s class',
  }),
]);
