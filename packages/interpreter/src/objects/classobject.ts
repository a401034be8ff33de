// Bound methods (CPython's Objects/classobject.c PyMethodObject): a callable and the instance
// it was looked up on. Calling one prepends `__self__` to the arguments — in place when the
// caller lent the slot before its arguments (PY_VECTORCALL_ARGUMENTS_OFFSET), as the eval loop
// does. Layout in classobject.layout.ts.

import { OB_TYPE } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PY_METHOD_OBJECT } from './classobject.layout.js';
import type { PyGetSetDef } from './methoddef.js';
import { PyErr_Clear, PyErr_Occurred } from './exceptions.js';
import { PyObject_GC_Del, PyObject_Hash, PyObject_RichCompareBool, Py_DECREF, Py_EQ, Py_INCREF, _PyObject_GC_New, _PyObject_ReprString, identityHash } from './object.js';
import { PyUnicode_AsString } from './unicodeobject.js';
import { PY_VECTORCALL_ARGUMENTS_OFFSET, callPrepending } from './call.js';
import { PyObject_GetAttrString } from './object-attrs.js';

const M = PY_METHOD_OBJECT.offsetBytes;

/** True if `h` is a bound method (CPython's PyMethod_Check). @public */
export function PyMethod_Check(interp: InterpreterState, h: number): boolean {
  return h > 0 && interp.views.i32[(h + OB_TYPE) >> 2] === interp.types.method;
}

/** A method binding `func` to `self` (both borrowed) (CPython's PyMethod_New). @public */
export function PyMethod_New(tstate: ThreadState, func: number, self: number): number {
  const interp = tstate.interp;
  const h = _PyObject_GC_New(tstate, interp.types.method, PY_METHOD_OBJECT.sizeBytes);
  if (h === 0) return 0;
  Py_INCREF(interp, func);
  Py_INCREF(interp, self);
  interp.views.i32[(h + M.im_func) >> 2] = func;
  interp.views.i32[(h + M.im_self) >> 2] = self;
  return h;
}

/** __func__ (borrowed) (CPython's PyMethod_GET_FUNCTION). @public */
export function PyMethod_GET_FUNCTION(interp: InterpreterState, m: number): number {
  return interp.views.i32[(m + M.im_func) >> 2];
}

/** __self__ (borrowed) (CPython's PyMethod_GET_SELF). @public */
export function PyMethod_GET_SELF(interp: InterpreterState, m: number): number {
  return interp.views.i32[(m + M.im_self) >> 2];
}

/** tp_dealloc of method. @internal */
export function methodDealloc(interp: InterpreterState, h: number): void {
  const func = interp.views.i32[(h + M.im_func) >> 2];
  const self = interp.views.i32[(h + M.im_self) >> 2];
  interp.views.i32[(h + M.im_func) >> 2] = 0;
  interp.views.i32[(h + M.im_self) >> 2] = 0;
  Py_DECREF(interp, func);
  Py_DECREF(interp, self);
  PyObject_GC_Del(interp, h);
}

/**
 * Calls the bound method: `func(self, *args)` (CPython's method_vectorcall). With the offset
 * flag the word before the arguments is borrowed for self and restored; otherwise the
 * arguments are copied into a temporary tuple with one leading slot.
 * @internal
 */
export function methodVectorcall(tstate: ThreadState, m: number, argsWord: number, nargsf: number, kwnames: number): number {
  const interp = tstate.interp;
  const func = interp.views.i32[(m + M.im_func) >> 2];
  const self = interp.views.i32[(m + M.im_self) >> 2];
  if ((nargsf & PY_VECTORCALL_ARGUMENTS_OFFSET) !== 0) return callPrepending(tstate, func, self, argsWord, nargsf, kwnames);
  Py_INCREF(interp, m); // keeps self and func alive while the temporary's copies are borrowed
  const r = callPrepending(tstate, func, self, argsWord, nargsf, kwnames);
  Py_DECREF(interp, m);
  return r;
}

/** The callable's __qualname__ (or __name__, or '?') for the repr. */
function qualnameOf(tstate: ThreadState, func: number): string | null {
  const interp = tstate.interp;
  for (const attr of ['__qualname__', '__name__']) {
    const n = PyObject_GetAttrString(tstate, func, attr);
    if (n !== 0) {
      const s = Py_TYPE_IS_STR(interp, n) ? PyUnicode_AsString(interp, n) : '?';
      Py_DECREF(interp, n);
      return s;
    }
    if (PyErr_Occurred(tstate) === 0) return null;
    PyErr_Clear(tstate);
  }
  return '?';
}

function Py_TYPE_IS_STR(interp: InterpreterState, h: number): boolean {
  return (h < 0 ? interp.runtimeViews : interp.views).i32[((h < 0 ? -h : h) + OB_TYPE) >> 2] === interp.types.str;
}

/** repr(): `<bound method C.f of <__main__.C object at 0x...>>` (CPython's method_repr). @internal */
export function methodRepr(tstate: ThreadState, m: number): string | null {
  const interp = tstate.interp;
  const name = qualnameOf(tstate, PyMethod_GET_FUNCTION(interp, m));
  if (name === null) return null;
  const self = _PyObject_ReprString(tstate, PyMethod_GET_SELF(interp, m));
  return self === null ? null : `<bound method ${name} of ${self}>`;
}

/** `a == b` for two bound methods: same __self__ (identity) and equal __func__ (CPython 3.8+'s method_richcompare). 1, 0, -1. @internal */
export function methodEquals(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  if (PyMethod_GET_SELF(interp, a) !== PyMethod_GET_SELF(interp, b)) return 0;
  return PyObject_RichCompareBool(tstate, PyMethod_GET_FUNCTION(interp, a), PyMethod_GET_FUNCTION(interp, b), Py_EQ);
}

/** hash(): the self's identity hash mixed with the function's hash (CPython's method_hash). @internal */
export function methodHash(tstate: ThreadState, m: number): number {
  const interp = tstate.interp;
  const y = PyObject_Hash(tstate, PyMethod_GET_FUNCTION(interp, m));
  if (y === -1) return -1;
  const x = identityHash(PyMethod_GET_SELF(interp, m)) ^ (y | 0);
  return x === -1 ? -2 : x;
}

/** The bound method's own attributes; others are looked up on __func__ (CPython's method_getattro). @internal */
export const BOUND_METHOD_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  {
    name: '__func__',
    get: (tstate, m) => {
      const f = PyMethod_GET_FUNCTION(tstate.interp, m);
      Py_INCREF(tstate.interp, f);
      return f;
    },
  },
  {
    name: '__self__',
    get: (tstate, m) => {
      const s = PyMethod_GET_SELF(tstate.interp, m);
      Py_INCREF(tstate.interp, s);
      return s;
    },
  },
]);
