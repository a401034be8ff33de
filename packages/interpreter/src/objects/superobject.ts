// The super type (CPython's Objects/typeobject.c superobject: super_new, super_init,
// super_init_without_args, supercheck, super_getattro, super_repr, super_dealloc). `super(C, obj)`
// searches the MRO of obj's type after C; the zero-argument form takes C from the calling
// function's `__class__` cell and obj from its first local. Layout in superobject.layout.ts.

import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { THREAD_STATE } from '../thread-state.layout.js';
import { FRAME_SPECIALS_WORDS, FW_CODE } from '../frame.layout.js';
import { PY_SUPER_OBJECT } from './superobject.layout.js';
import { PyErr_Clear, PyErr_ExceptionMatches, PyErr_Occurred, PyType_IsSubtype, raise } from './exceptions.js';
import { PyObject_GC_Del, Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME, _PyObject_GC_New, typeName } from './object.js';
import { PyUnicode_AsString } from './unicodeobject.js';
import { PyTuple_GET_ITEM, tupleLength } from './tupleobject.js';
import { PyCell_Check, PyCell_GET } from './cellobject.js';
import { PyCode_GetArgcount, PyCode_GetLocalsPlusNames, PyCode_GetNFreevars, _PyCode_NLocalsPlus } from './codeobject.js';
import { PyDict_GetItemWithError } from './dictobject.js';
import { _PyDescr_Get, _PyType_HasDescrGet } from './descrobject.js';
import { PyType_Check, PyType_GetMro, _PyType_GetDict } from './typeobject.js';
import { PyObject_GenericGetAttr, PyObject_GetAttrString } from './object-attrs.js';
import type { PyGetSetDef } from './methoddef.js';

const S = PY_SUPER_OBJECT.offsetBytes;
const TS_CURRENT_FRAME = THREAD_STATE.offsetBytes.current_frame;

/** True if `h` is a super object (or an instance of a subclass). @internal */
export function PySuper_Check(interp: InterpreterState, h: number): boolean {
  const st = interp.runtime.staticType('super');
  const t = Py_TYPE(interp, h);
  return t === st || (t > 0 && PyType_IsSubtype(interp, t, st));
}

/** tp_new of super (CPython's super_new via PyType_GenericAlloc): an unbound, empty super; super_init fills it. @internal */
export function superNew(tstate: ThreadState, type: number, _argsWord: number, _nargs: number, _kwnames: number): number {
  const interp = tstate.interp;
  // NON-CPYTHON: subclasses of super are not supported yet (no heap-type layout extends it).
  if (type !== interp.runtime.staticType('super')) return raise(tstate, 'TypeError', `subclassing super is not supported yet`);
  const h = _PyObject_GC_New(tstate, type, PY_SUPER_OBJECT.sizeBytes);
  if (h === 0) return 0;
  const i32 = interp.views.i32;
  i32[(h + S.type) >> 2] = 0;
  i32[(h + S.obj) >> 2] = 0;
  i32[(h + S.obj_type) >> 2] = 0;
  return h;
}

/** tp_dealloc of super. @internal */
export function superDealloc(interp: InterpreterState, h: number): void {
  const i32 = interp.views.i32;
  const type = i32[(h + S.type) >> 2];
  const obj = i32[(h + S.obj) >> 2];
  const objType = i32[(h + S.obj_type) >> 2];
  i32[(h + S.type) >> 2] = 0;
  i32[(h + S.obj) >> 2] = 0;
  i32[(h + S.obj_type) >> 2] = 0;
  if (type !== 0) Py_DECREF(interp, type);
  if (obj !== 0) Py_DECREF(interp, obj);
  if (objType !== 0) Py_DECREF(interp, objType);
  PyObject_GC_Del(interp, h);
}

/**
 * The type whose MRO super searches (CPython's supercheck): obj itself when it is a subclass of
 * `type` (super in a classmethod), else obj's type, else obj.__class__. A new reference, or 0
 * with TypeError set.
 */
function supercheck(tstate: ThreadState, type: number, obj: number): number {
  // cpython: Objects/typeobject.c supercheck
  const interp = tstate.interp;
  if (PyType_Check(interp, obj) && PyType_IsSubtype(interp, obj, type)) {
    Py_INCREF(interp, obj);
    return obj;
  }
  const t = Py_TYPE(interp, obj);
  if (PyType_IsSubtype(interp, t, type)) {
    Py_INCREF(interp, t);
    return t;
  }
  const cls = PyObject_GetAttrString(tstate, obj, '__class__');
  if (cls === 0) {
    if (!PyErr_ExceptionMatches(tstate, interp.runtime.staticType('AttributeError'))) return 0;
    PyErr_Clear(tstate);
  } else {
    if (PyType_Check(interp, cls) && cls !== t && PyType_IsSubtype(interp, cls, type)) return cls;
    Py_DECREF(interp, cls);
  }
  return raise(tstate, 'TypeError', 'super(type, obj): obj must be an instance or subtype of type');
}

/** The frame's first local (through its cell when it is captured), borrowed; 0 if unbound. */
function frameFirstArg(interp: InterpreterState, localsWord: number): number {
  const first = interp.views.i32[localsWord];
  return first !== 0 && PyCell_Check(interp, first) ? PyCell_GET(interp, first) : first;
}

/**
 * The zero-argument form (CPython's super_init_without_args): `__class__` from the calling
 * frame's free variables, obj from its first local (through its cell when it is captured).
 * Returns the type (borrowed; obj is the frame's {@link frameFirstArg}), or 0 with
 * RuntimeError set.
 */
function superArgsFromFrame(tstate: ThreadState): number {
  // cpython: Objects/typeobject.c super_init_without_args
  const interp = tstate.interp;
  let i32 = interp.views.i32;
  const frame = i32[(tstate.offset + TS_CURRENT_FRAME) >> 2];
  if (frame === 0) {
    raise(tstate, 'RuntimeError', 'super(): no current frame');
    return 0;
  }
  const fw = frame >> 2;
  const code = i32[fw + FW_CODE];
  const locals = fw + FRAME_SPECIALS_WORDS;
  if (PyCode_GetArgcount(interp, code) === 0) {
    raise(tstate, 'RuntimeError', 'super(): no arguments');
    return 0;
  }
  if (frameFirstArg(interp, locals) === 0) {
    raise(tstate, 'RuntimeError', 'super(): arg[0] deleted');
    return 0;
  }
  const names = PyCode_GetLocalsPlusNames(interp, code);
  const n = _PyCode_NLocalsPlus(interp, code);
  for (let i = n - PyCode_GetNFreevars(interp, code); i < n; i++) {
    if (PyUnicode_AsString(interp, PyTuple_GET_ITEM(interp, names, i)) !== '__class__') continue;
    i32 = interp.views.i32;
    const cell = i32[locals + i];
    if (cell === 0 || !PyCell_Check(interp, cell)) {
      raise(tstate, 'RuntimeError', 'super(): bad __class__ cell');
      return 0;
    }
    const type = PyCell_GET(interp, cell);
    if (type === 0) {
      raise(tstate, 'RuntimeError', 'super(): empty __class__ cell');
      return 0;
    }
    if (!PyType_Check(interp, type)) {
      raise(tstate, 'RuntimeError', `super(): __class__ is not a type (${Py_TYPE_NAME(interp, type)})`);
      return 0;
    }
    return type;
  }
  raise(tstate, 'RuntimeError', 'super(): __class__ cell not found');
  return 0;
}

/** tp_init of super (CPython's super_init): `super()`, `super(type)`, `super(type, obj)`. 0, or -1 with an exception set. @internal */
export function superInit(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (kwnames !== 0 && tupleLength(interp, kwnames) > 0) {
    raise(tstate, 'TypeError', 'super() takes no keyword arguments');
    return -1;
  }
  if (nargs > 2) {
    raise(tstate, 'TypeError', `super() expected at most 2 arguments, got ${nargs}`);
    return -1;
  }
  let type: number;
  let obj: number;
  if (nargs === 0) {
    type = superArgsFromFrame(tstate);
    if (type === 0) return -1;
    const frame = interp.views.i32[(tstate.offset + TS_CURRENT_FRAME) >> 2];
    obj = frameFirstArg(interp, (frame >> 2) + FRAME_SPECIALS_WORDS);
  } else {
    type = interp.views.i32[argsWord];
    obj = nargs === 2 ? interp.views.i32[argsWord + 1] : 0;
    if (!PyType_Check(interp, type)) {
      raise(tstate, 'TypeError', `super() argument 1 must be a type, not ${Py_TYPE_NAME(interp, type)}`);
      return -1;
    }
  }
  if (obj === interp.runtime.immortalNone) obj = 0;
  let objType = 0;
  if (obj !== 0) {
    objType = supercheck(tstate, type, obj);
    if (objType === 0) return -1;
    Py_INCREF(interp, obj);
  }
  Py_INCREF(interp, type);
  const i32 = interp.views.i32;
  const oldType = i32[(self + S.type) >> 2];
  const oldObj = i32[(self + S.obj) >> 2];
  const oldObjType = i32[(self + S.obj_type) >> 2];
  i32[(self + S.type) >> 2] = type;
  i32[(self + S.obj) >> 2] = obj;
  i32[(self + S.obj_type) >> 2] = objType;
  if (oldType !== 0) Py_DECREF(interp, oldType);
  if (oldObj !== 0) Py_DECREF(interp, oldObj);
  if (oldObjType !== 0) Py_DECREF(interp, oldObjType);
  return 0;
}

/**
 * `super(...).name` (CPython's super_getattro): the first of the dicts of obj_type's MRO after
 * `type` that has `name`, bound with `__get__(obj, obj_type)` (obj NULL when obj is obj_type);
 * `__class__` and everything not found there come from the super object itself. A new
 * reference, or 0 with an exception set.
 * @internal
 */
export function superGetAttr(tstate: ThreadState, su: number, name: number): number {
  // cpython: Objects/typeobject.c super_getattro
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const startType = i32[(su + S.obj_type) >> 2];
  if (startType !== 0 && PyUnicode_AsString(interp, name) !== '__class__') {
    const type = i32[(su + S.type) >> 2];
    const obj = i32[(su + S.obj) >> 2];
    const mro = PyType_GetMro(interp, startType);
    const n = tupleLength(interp, mro);
    let i = 0;
    while (i + 1 < n && PyTuple_GET_ITEM(interp, mro, i) !== type) i++;
    i++;
    Py_INCREF(interp, mro);
    for (; i < n; i++) {
      const dict = _PyType_GetDict(tstate, PyTuple_GET_ITEM(interp, mro, i));
      if (dict === 0) {
        Py_DECREF(interp, mro);
        return 0;
      }
      const res = PyDict_GetItemWithError(tstate, dict, name);
      if (res !== 0) {
        Py_DECREF(interp, mro);
        if (!_PyType_HasDescrGet(tstate, Py_TYPE(interp, res))) {
          Py_INCREF(interp, res);
          return res;
        }
        Py_INCREF(interp, res);
        const r = _PyDescr_Get(tstate, res, obj === startType ? 0 : obj, startType);
        Py_DECREF(interp, res);
        return r;
      }
      if (PyErr_Occurred(tstate)) {
        Py_DECREF(interp, mro);
        return 0;
      }
    }
    Py_DECREF(interp, mro);
  }
  return PyObject_GenericGetAttr(tstate, su, name);
}

/** repr() of a super object (CPython's super_repr). @internal */
export function superRepr(interp: InterpreterState, su: number): string {
  const i32 = interp.views.i32;
  const type = i32[(su + S.type) >> 2];
  const objType = i32[(su + S.obj_type) >> 2];
  const head = `<super: <class '${type === 0 ? 'NULL' : typeName(interp, type)}'>, `;
  return objType === 0 ? `${head}NULL>` : `${head}<${typeName(interp, objType)} object>>`;
}

function superField(tstate: ThreadState, su: number, offset: number): number {
  const interp = tstate.interp;
  const h = interp.views.i32[(su + offset) >> 2];
  const r = h === 0 ? interp.runtime.immortalNone : h;
  Py_INCREF(interp, r);
  return r;
}

/** super's attributes (CPython's super_members). @internal */
export const SUPER_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  Object.freeze({ name: '__thisclass__', get: (tstate: ThreadState, su: number) => superField(tstate, su, S.type), doc: 'the class invoking super()' }),
  Object.freeze({ name: '__self__', get: (tstate: ThreadState, su: number) => superField(tstate, su, S.obj), doc: 'the instance invoking super(); may be None' }),
  Object.freeze({ name: '__self_class__', get: (tstate: ThreadState, su: number) => superField(tstate, su, S.obj_type), doc: 'the type of the instance invoking super(); may be None' }),
]);
