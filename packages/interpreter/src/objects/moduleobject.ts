// Module objects (CPython's Objects/moduleobject.c): a namespace dict plus the name it was
// created with. PyModule_New fills `__name__`, `__doc__`, `__package__`, `__loader__`,
// `__spec__` as CPython's module_init_dict does; PyModule_AddFunctions binds a builtin
// module's PyMethodDef list (registered in objects/methodtable.ts) as builtin functions whose
// __self__ is the module. Attribute lookup on modules (module_getattro) is in
// objects/object-attrs.ts, which reads the dict through PyModule_GetDict.
//
// Layout in moduleobject.layout.ts (GC-tracked: a PyGC_Head precedes the object).

import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PY_MODULE_OBJECT } from './moduleobject.layout.js';
import type { PyMethodDef } from './methoddef.js';
import { methodDefIndexOf } from './methodtable.js';
import { PyErr_Occurred, PyType_IsSubtype, raise } from './exceptions.js';
import { PyObject_GC_Del, Py_DECREF, Py_TYPE, _PyObject_GC_New, _PyObject_ReprString } from './object.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './unicodeobject.js';
import { PyDict_GetItemWithError, PyDict_New, PyDict_SetItem } from './dictobject.js';
import { PyCFunction_NewEx } from './methodobject.js';

const M = PY_MODULE_OBJECT.offsetBytes;

/** True if `h` is a module or an instance of a subclass of module (CPython's PyModule_Check). @public */
export function PyModule_Check(interp: InterpreterState, h: number): boolean {
  const t = Py_TYPE(interp, h);
  return t === interp.types.module || (t > 0 && PyType_IsSubtype(interp, t, interp.types.module));
}

/** Sets `d[name] = value` (value borrowed). 0, or -1 with an exception set. */
function setItemString(tstate: ThreadState, d: number, name: string, value: number): number {
  const key = PyUnicode_FromString(tstate, name);
  if (key === 0) return -1;
  const r = PyDict_SetItem(tstate, d, key, value);
  Py_DECREF(tstate.interp, key);
  return r;
}

/**
 * A new module named `name` with a fresh namespace holding `__name__`, and `__doc__`,
 * `__package__`, `__loader__`, `__spec__` set to None (CPython's PyModule_New /
 * module_init_dict). A new reference, or 0 with an exception set.
 * @public
 */
export function PyModule_New(tstate: ThreadState, name: string): number {
  const interp = tstate.interp;
  const nameStr = PyUnicode_FromString(tstate, name);
  if (nameStr === 0) return 0;
  const dict = PyDict_New(tstate);
  if (dict === 0) {
    Py_DECREF(interp, nameStr);
    return 0;
  }
  const none = interp.runtime.immortalNone;
  if (
    setItemString(tstate, dict, '__name__', nameStr) < 0 ||
    setItemString(tstate, dict, '__doc__', none) < 0 ||
    setItemString(tstate, dict, '__package__', none) < 0 ||
    setItemString(tstate, dict, '__loader__', none) < 0 ||
    setItemString(tstate, dict, '__spec__', none) < 0
  ) {
    Py_DECREF(interp, dict);
    Py_DECREF(interp, nameStr);
    return 0;
  }
  const m = _PyObject_GC_New(tstate, interp.types.module, PY_MODULE_OBJECT.sizeBytes);
  if (m === 0) {
    Py_DECREF(interp, dict);
    Py_DECREF(interp, nameStr);
    return 0;
  }
  const i32 = interp.views.i32;
  i32[(m + M.md_dict) >> 2] = dict; // owns the references taken above
  i32[(m + M.md_name) >> 2] = nameStr;
  return m;
}

/** The module's namespace dict (borrowed; CPython's PyModule_GetDict). @public */
export function PyModule_GetDict(interp: InterpreterState, m: number): number {
  return interp.views.i32[(m + M.md_dict) >> 2];
}

/**
 * Binds each def of `defs` — a module's list registered in objects/methodtable.ts — in the
 * module's dict as a builtin function with the module as __self__ and the module's name as
 * __module__ (CPython's PyModule_AddFunctions). 0, or -1 with an exception set.
 * @public
 */
export function PyModule_AddFunctions(tstate: ThreadState, m: number, defs: readonly PyMethodDef[]): number {
  const interp = tstate.interp;
  if (defs.length === 0) return 0;
  // The list's defs are consecutive in its registry row: find the row once.
  const first = methodDefIndexOf(defs[0]);
  if (first < 0) {
    raise(tstate, 'SystemError', `PyModule_AddFunctions: method table of '${defs[0].name}' is not registered`);
    return -1;
  }
  const dict = PyModule_GetDict(interp, m);
  const name = interp.views.i32[(m + M.md_name) >> 2];
  for (let i = 0; i < defs.length; i++) {
    const f = PyCFunction_NewEx(tstate, first + i, m, name);
    if (f === 0) return -1;
    const r = setItemString(tstate, dict, defs[i].name, f);
    Py_DECREF(interp, f);
    if (r < 0) return -1;
  }
  return 0;
}

/** `m.name = value`, taking a new reference to `value` (CPython's PyModule_AddObjectRef). 0, or -1 with an exception set. @public */
export function PyModule_AddObjectRef(tstate: ThreadState, m: number, name: string, value: number): number {
  if (value === 0) {
    raise(tstate, 'SystemError', 'PyModule_AddObjectRef() must be called with an exception raised if value is NULL');
    return -1;
  }
  return setItemString(tstate, PyModule_GetDict(tstate.interp, m), name, value);
}

/** A str value of the module's dict, or null (no error is left set for a missing key). */
function dictString(tstate: ThreadState, m: number, key: string): string | null | undefined {
  const interp = tstate.interp;
  const k = PyUnicode_FromString(tstate, key);
  if (k === 0) return undefined;
  const v = PyDict_GetItemWithError(tstate, PyModule_GetDict(interp, m), k);
  Py_DECREF(interp, k);
  if (v === 0) return PyErr_Occurred(tstate) !== 0 ? undefined : null;
  return Py_TYPE(interp, v) === interp.types.str ? PyUnicode_AsString(interp, v) : null;
}

/**
 * repr() of a module: `<module 'sys' (built-in)>`, `<module '__main__' from '/path/f.py'>`.
 * NON-CPYTHON: CPython asks the module's __spec__/__loader__ (importlib's _module_repr); pergil
 * has no loaders yet, so a module with a str `__file__` shows "from", any other "(built-in)".
 * Null with an exception set on error.
 * @internal
 */
export function moduleRepr(tstate: ThreadState, m: number): string | null {
  const name = dictString(tstate, m, '__name__');
  if (name === undefined) return null;
  const nameRepr = name === null ? "'?'" : reprOfString(tstate, name);
  if (nameRepr === null) return null;
  const file = dictString(tstate, m, '__file__');
  if (file === undefined) return null;
  if (file === null) return `<module ${nameRepr} (built-in)>`;
  return `<module ${nameRepr} from ${reprOfString(tstate, file)}>`;
}

function reprOfString(tstate: ThreadState, s: string): string | null {
  const h = PyUnicode_FromString(tstate, s);
  if (h === 0) return null;
  const r = _PyObject_ReprString(tstate, h);
  Py_DECREF(tstate.interp, h);
  return r;
}

/** tp_dealloc of module. @internal */
export function moduleDealloc(interp: InterpreterState, m: number): void {
  const i32 = interp.views.i32;
  const dict = i32[(m + M.md_dict) >> 2];
  const name = i32[(m + M.md_name) >> 2];
  i32[(m + M.md_dict) >> 2] = 0;
  i32[(m + M.md_name) >> 2] = 0;
  Py_DECREF(interp, dict);
  Py_DECREF(interp, name);
  PyObject_GC_Del(interp, m);
}
