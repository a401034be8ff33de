// Calling objects (CPython's Objects/call.c and Python/getargs.c's keyword parsing): the
// vectorcall entry every call goes through, dispatching on the callable's type — Python
// function, builtin function, method descriptor, bound method, type (instantiation), an
// instance whose type has `__call__` — and the tuple/dict and one-argument conveniences on top.
//
// The convention (see objects/methoddef.ts): `argsWord` is a word index into
// `interp.views.i32` of `nargs` borrowed handles followed by the keyword values named by
// `kwnames`. PY_VECTORCALL_ARGUMENTS_OFFSET in `nargsf` lends the word at `argsWord - 1`.

import { TUPLE_OB_ITEM } from '@pergil/runtime-state';
import type { ThreadState } from '../thread-state.js';
import { PyErr_Clear, PyErr_Occurred, PyType_IsSubtype, raise } from './exceptions.js';
import { Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME, typeName } from './object.js';
import { PyTuple_New, tupleLength } from './tupleobject.js';
import { PyUnicode_AsString } from './unicodeobject.js';
import { PyDict_Next, dictEntryKey, dictEntryValue, dictLength } from './dictobject.js';
import { _PyFunction_Vectorcall } from './funcobject.js';
import { cfunctionVectorcall, methodDescrVectorcall } from './methodobject.js';
import { methodVectorcall } from './classobject.js';
import { typeCall, _PyType_LookupString } from './typeobject.js';
import { PyObject_GetAttrString } from './object-attrs.js';

/**
 * Bit of `nargsf`: the word before the arguments may be overwritten by the callee for the
 * duration of the call (CPython's PY_VECTORCALL_ARGUMENTS_OFFSET).
 * @public
 */
export const PY_VECTORCALL_ARGUMENTS_OFFSET = 0x40000000;

/** The argument count in `nargsf` (CPython's PyVectorcall_NARGS). @public */
export function PyVectorcall_NARGS(nargsf: number): number {
  return nargsf & ~PY_VECTORCALL_ARGUMENTS_OFFSET;
}

/**
 * `callable(*args, **kw)` in the vectorcall convention (CPython's PyObject_Vectorcall). A new
 * reference, or 0 with an exception set ("'int' object is not callable").
 * @public
 */
export function PyObject_Vectorcall(tstate: ThreadState, callable: number, argsWord: number, nargsf: number, kwnames: number): number {
  const interp = tstate.interp;
  const T = interp.types;
  const t = Py_TYPE(interp, callable);
  if (t === T.function) return _PyFunction_Vectorcall(tstate, callable, argsWord, nargsf, kwnames);
  if (t === T.builtin_function_or_method) return cfunctionVectorcall(tstate, callable, argsWord, nargsf, kwnames);
  if (t === T.method_descriptor) return methodDescrVectorcall(tstate, callable, argsWord, nargsf, kwnames);
  if (t === T.method) return methodVectorcall(tstate, callable, argsWord, nargsf, kwnames);
  if (t === T.type || (t > 0 && PyType_IsSubtype(interp, t, T.type))) return typeCall(tstate, callable, argsWord, nargsf, kwnames);
  if (t > 0) {
    // An instance of a heap type: type(callable).__call__(callable, *args, **kw).
    const call = _PyType_LookupString(tstate, t, '__call__');
    if (call !== 0) {
      Py_INCREF(interp, call);
      const r = callPrepending(tstate, call, callable, argsWord, nargsf, kwnames);
      Py_DECREF(interp, call);
      return r;
    }
    if (PyErr_Occurred(tstate) !== 0) return 0;
  }
  return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, callable)}' object is not callable`);
}

/**
 * `f(first, *args, **kw)`: in place when the caller lent the word before the arguments,
 * else through a temporary tuple (CPython's _PyObject_Call_Prepend).
 * @internal
 */
export function callPrepending(tstate: ThreadState, f: number, first: number, argsWord: number, nargsf: number, kwnames: number): number {
  const interp = tstate.interp;
  const nargs = nargsf & ~PY_VECTORCALL_ARGUMENTS_OFFSET;
  if ((nargsf & PY_VECTORCALL_ARGUMENTS_OFFSET) !== 0) {
    const slot = argsWord - 1;
    const saved = interp.views.i32[slot];
    interp.views.i32[slot] = first;
    const r = PyObject_Vectorcall(tstate, f, slot, nargs + 1, kwnames);
    interp.views.i32[slot] = saved;
    return r;
  }
  const total = nargs + (kwnames === 0 ? 0 : tupleLength(interp, kwnames));
  const tmp = PyTuple_New(tstate, total + 2);
  if (tmp === 0) return 0;
  const i32 = interp.views.i32;
  const base = (tmp + TUPLE_OB_ITEM) >> 2;
  i32[base + 1] = first;
  for (let i = 0; i < total; i++) i32[base + 2 + i] = i32[argsWord + i];
  // The copies are borrowed: cleared before the temporary is dropped. The caller keeps
  // `first` and the arguments alive for the call.
  const r = PyObject_Vectorcall(tstate, f, base + 1, (nargs + 1) | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
  interp.views.i32.fill(0, base, base + total + 2);
  Py_DECREF(interp, tmp);
  return r;
}

/** Calls `callable` with up to three borrowed positional arguments through a temporary (one lent slot first). */
function callSmall(tstate: ThreadState, callable: number, n: number, a: number, b: number, c: number): number {
  const interp = tstate.interp;
  const tmp = PyTuple_New(tstate, 4);
  if (tmp === 0) return 0;
  const base = (tmp + TUPLE_OB_ITEM) >> 2;
  const i32 = interp.views.i32;
  i32[base + 1] = a;
  i32[base + 2] = b;
  i32[base + 3] = c;
  const r = PyObject_Vectorcall(tstate, callable, base + 1, n | PY_VECTORCALL_ARGUMENTS_OFFSET, 0);
  interp.views.i32.fill(0, base, base + 4);
  Py_DECREF(interp, tmp);
  return r;
}

/** `callable()` (CPython's PyObject_CallNoArgs). @public */
export function PyObject_CallNoArgs(tstate: ThreadState, callable: number): number {
  return PyObject_Vectorcall(tstate, callable, 0, 0, 0);
}

/** `callable(arg)`, arg borrowed (CPython's PyObject_CallOneArg). @public */
export function PyObject_CallOneArg(tstate: ThreadState, callable: number, arg: number): number {
  return callSmall(tstate, callable, 1, arg, 0, 0);
}

/** `callable(a, b)`, both borrowed. @public */
export function PyObject_Vectorcall3(tstate: ThreadState, callable: number, a: number, b: number): number {
  return callSmall(tstate, callable, 2, a, b, 0);
}

/** `callable(a, b, c)`, all borrowed. @public */
export function PyObject_CallThreeArgs(tstate: ThreadState, callable: number, a: number, b: number, c: number): number {
  return callSmall(tstate, callable, 3, a, b, c);
}

/**
 * `callable(*args, **kwargs)` with an args tuple and a kwargs dict or 0 (CPython's
 * PyObject_Call). The tuple's items are passed in place; keywords are copied after them in a
 * temporary.
 * @public
 */
export function PyObject_Call(tstate: ThreadState, callable: number, args: number, kwargs: number): number {
  const interp = tstate.interp;
  const nargs = tupleLength(interp, args);
  const nkw = kwargs === 0 ? 0 : dictLength(interp, kwargs);
  if (nkw === 0) {
    if (nargs === 0) return PyObject_Vectorcall(tstate, callable, 0, 0, 0);
    if (args < 0) return raise(tstate, 'SystemError', 'PyObject_Call: immortal non-empty args tuple');
    Py_INCREF(interp, args);
    const r = PyObject_Vectorcall(tstate, callable, (args + TUPLE_OB_ITEM) >> 2, nargs, 0);
    Py_DECREF(interp, args);
    return r;
  }
  // Positional items, then keyword values, in one temporary (borrowed copies; one lent slot
  // first), and the keyword names in a tuple.
  const tmp = PyTuple_New(tstate, 1 + nargs + nkw);
  if (tmp === 0) return 0;
  const names = PyTuple_New(tstate, nkw);
  if (names === 0) {
    Py_DECREF(interp, tmp);
    return 0;
  }
  let i32 = interp.views.i32;
  const base = (tmp + TUPLE_OB_ITEM) >> 2;
  for (let i = 0; i < nargs; i++) i32[base + 1 + i] = i32[((args + TUPLE_OB_ITEM) >> 2) + i];
  let k = 0;
  for (let pos = PyDict_Next(interp, kwargs, 0); pos >= 0; pos = PyDict_Next(interp, kwargs, pos + 1)) {
    const key = dictEntryKey(interp, kwargs, pos);
    if (Py_TYPE(interp, key) !== interp.types.str) {
      i32.fill(0, base, base + 1 + nargs + nkw);
      Py_DECREF(interp, tmp);
      Py_DECREF(interp, names);
      return raise(tstate, 'TypeError', 'keywords must be strings');
    }
    Py_INCREF(interp, key);
    i32[((names + TUPLE_OB_ITEM) >> 2) + k] = key;
    i32[base + 1 + nargs + k] = dictEntryValue(interp, kwargs, pos);
    k++;
  }
  Py_INCREF(interp, args);
  Py_INCREF(interp, kwargs);
  const r = PyObject_Vectorcall(tstate, callable, base + 1, nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, names);
  i32 = interp.views.i32;
  i32.fill(0, base, base + 1 + nargs + nkw);
  Py_DECREF(interp, tmp);
  Py_DECREF(interp, names);
  Py_DECREF(interp, args);
  Py_DECREF(interp, kwargs);
  return r;
}

/**
 * `obj.name(*args)` with an args tuple (CPython's PyObject_CallMethodObjArgs /
 * _PyObject_CallMethod). A new reference, or 0 with an exception set.
 * @public
 */
export function _PyObject_CallMethod(tstate: ThreadState, obj: number, name: string, args: number): number {
  const f = PyObject_GetAttrString(tstate, obj, name);
  if (f === 0) return 0;
  const r = PyObject_Call(tstate, f, args, 0);
  Py_DECREF(tstate.interp, f);
  return r;
}

/** The static types whose instances are callable (CPython: the static types with tp_call). */
const CALLABLE_STATIC_TYPES: readonly string[] = Object.freeze([
  'type', 'function', 'builtin_function_or_method', 'method', 'method_descriptor', 'wrapper_descriptor',
  'method-wrapper', 'staticmethod', 'classmethod_descriptor',
]);

/**
 * callable(o) (CPython's PyCallable_Check): its type has tp_call — a static callable type, a
 * subclass of type, or `__call__` along a heap type's MRO.
 * @public
 */
export function PyCallable_Check(tstate: ThreadState, o: number): boolean {
  const interp = tstate.interp;
  const T = interp.types;
  const t = Py_TYPE(interp, o);
  if (t === T.function || t === T.builtin_function_or_method || t === T.method || t === T.type) return true;
  if (t < 0) return CALLABLE_STATIC_TYPES.includes(typeName(interp, t));
  if (PyType_IsSubtype(interp, t, T.type)) return true;
  if (_PyType_LookupString(tstate, t, '__call__') !== 0) return true;
  PyErr_Clear(tstate);
  return false;
}

/**
 * Binds vectorcall arguments to the parameter `names` (positional-or-keyword, the first
 * `required` of them required) with CPython's messages (getargs.c's vgetargskeywords): an
 * array of borrowed handles, 0 where not given; null with TypeError set. Not for hot paths.
 * @public
 */
export function _PyArg_ParseKeywords(
  tstate: ThreadState,
  fname: string,
  argsWord: number,
  nargs: number,
  kwnames: number,
  names: readonly string[],
  required: number,
): number[] | null {
  const interp = tstate.interp;
  const max = names.length;
  const nkw = kwnames === 0 ? 0 : tupleLength(interp, kwnames);
  if (nargs + nkw > max) {
    raise(tstate, 'TypeError', `${fname}() takes at most ${max} argument${max === 1 ? '' : 's'} (${nargs + nkw} given)`);
    return null;
  }
  const out = new Array<number>(max).fill(0);
  const i32 = interp.views.i32;
  for (let i = 0; i < nargs; i++) out[i] = i32[argsWord + i];
  for (let k = 0; k < nkw; k++) {
    const key = PyUnicode_AsString(interp, kwTupleItem(tstate, kwnames, k));
    const at = names.indexOf(key);
    if (at < 0) {
      raise(tstate, 'TypeError', `'${key}' is an invalid keyword argument for ${fname}()`);
      return null;
    }
    if (at < nargs) {
      raise(tstate, 'TypeError', `argument for ${fname}() given by name ('${key}') and position (${at + 1})`);
      return null;
    }
    out[at] = interp.views.i32[argsWord + nargs + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === 0) {
      raise(tstate, 'TypeError', `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      return null;
    }
  }
  return out;
}

function kwTupleItem(tstate: ThreadState, kwnames: number, k: number): number {
  const interp = tstate.interp;
  const v = kwnames < 0 ? interp.runtimeViews : interp.views;
  return v.i32[(((kwnames < 0 ? -kwnames : kwnames) + TUPLE_OB_ITEM) >> 2) + k];
}
