// Exception instances and the error indicator (CPython's Objects/exceptions.c and
// Python/errors.c): an exception is a PyBaseExceptionObject of a static exception type in the
// interpreter heap; the raised one is the thread state's `curexc` (CPython 3.12's
// `tstate->current_exception`). Python-visible errors are always set here, never thrown.

import {
  OB_SIZE,
  OB_TYPE,
  PY_BASE_EXCEPTION_OBJECT,
  Py_TPFLAGS_BASE_EXC_SUBCLASS,
  TP_MRO,
  TUPLE_OB_ITEM,
} from '@pergil/runtime-state';
import { INTERPRETER_STATE } from '../interpreter-state.layout.js';
import type { InterpreterState } from '../interpreter-state.js';
import { TSTATE_CUREXC } from '../thread-state.js';
import type { ThreadState } from '../thread-state.js';
import {
  PyObject_GC_Del,
  Py_DECREF,
  Py_INCREF,
  Py_TYPE,
  _PyObject_GC_New,
  _PyObject_ReprString,
  _PyObject_StrString,
  typeFlags,
  typeName,
  viewsOf,
} from './object.js';
import { PyTuple_New, PyTuple_SET_ITEM, tupleRepr } from './tupleobject.js';
import { PyUnicode_FromString } from './unicodeobject.js';
import { exceptionFromArgs, exceptionKindStr, exceptionSizeBytes } from './exceptions-attrs.js';
import { PyTraceBack_Check } from './traceback.js';

const BE = PY_BASE_EXCEPTION_OBJECT.offsetBytes;

/** Byte offset of an exception's args tuple. @public */
export const EXC_ARGS = BE.args;

// ---- instances ------------------------------------------------------------------------------

/**
 * A new instance of the exception type `type` called with the args tuple `args` (borrowed) —
 * `type(*args)`: BaseException.__new__ then the type's __init__ (exceptions-attrs.ts), so
 * StopIteration(v).value, OSError(2, 'x') → FileNotFoundError and the other kinds' fields are
 * set. NULL with an exception set.
 * @public
 */
export function PyException_New(tstate: ThreadState, type: number, args: number): number {
  return exceptionFromArgs(tstate, type, args);
}

/** The args tuple of the exception `exc` (borrowed). @public */
export function PyException_GetArgs(interp: InterpreterState, exc: number): number {
  return viewsOf(interp, exc).i32[((exc < 0 ? -exc : exc) + BE.args) >> 2];
}

/** The handle fields of PyBaseExceptionObject an exception owns a reference to. */
const OWNED_FIELDS: readonly number[] = Object.freeze([BE.dict, BE.args, BE.notes, BE.traceback, BE.context, BE.cause]);

/**
 * tp_dealloc of every exception type: drops the base fields and every handle its kind adds
 * (all the words past the base layout are owned handles; see exceptions.layout.ts).
 * @internal
 */
export function exceptionDealloc(interp: InterpreterState, h: number): void {
  const i32 = interp.views.i32;
  const size = exceptionSizeBytes(interp, i32[(h + OB_TYPE) >> 2]);
  for (const f of OWNED_FIELDS) {
    const x = interp.views.i32[(h + f) >> 2];
    interp.views.i32[(h + f) >> 2] = 0;
    Py_DECREF(interp, x);
  }
  for (let f = PY_BASE_EXCEPTION_OBJECT.sizeBytes; f < size; f += 4) {
    const x = interp.views.i32[(h + f) >> 2];
    interp.views.i32[(h + f) >> 2] = 0;
    Py_DECREF(interp, x);
  }
  PyObject_GC_Del(interp, h);
}

function argsItems(interp: InterpreterState, exc: number): { readonly count: number; readonly first: number; readonly tuple: number } {
  const args = PyException_GetArgs(interp, exc);
  const v = viewsOf(interp, args);
  const off = args < 0 ? -args : args;
  const count = v.i32[(off + OB_SIZE) >> 2];
  return { count, first: count > 0 ? v.i32[(off + TUPLE_OB_ITEM) >> 2] : 0, tuple: args };
}

/** repr(exc) (CPython's BaseException_repr): `ValueError('x')`, `KeyError(1, 2)`, `MemoryError()`. @internal */
export function exceptionRepr(tstate: ThreadState, exc: number): string | null {
  const interp = tstate.interp;
  const name = typeName(interp, Py_TYPE(interp, exc));
  const { count, first, tuple } = argsItems(interp, exc);
  if (count === 1) {
    const r = _PyObject_ReprString(tstate, first);
    return r === null ? null : `${name}(${r})`;
  }
  const r = tupleRepr(tstate, tuple);
  return r === null ? null : `${name}${r}`;
}

/**
 * str(exc) (CPython's BaseException_str, and each kind's own: KeyError shows the key's repr,
 * OSError "[Errno 2] x", SyntaxError "msg (file, line N)", … — exceptions-attrs.ts).
 * @internal
 */
export function exceptionStr(tstate: ThreadState, exc: number): string | null {
  const own = exceptionKindStr(tstate, exc);
  if (own !== undefined) return own;
  const { count, first, tuple } = argsItems(tstate.interp, exc);
  if (count === 0) return '';
  if (count === 1) return _PyObject_StrString(tstate, first);
  return tupleRepr(tstate, tuple);
}

// ---- cause, context, traceback (CPython's PyException_* accessors) --------------------------

/** `exc.__cause__` (a new reference, or NULL for none) (CPython's PyException_GetCause). @public */
export function PyException_GetCause(interp: InterpreterState, exc: number): number {
  const v = interp.views.i32[(exc + BE.cause) >> 2];
  Py_INCREF(interp, v);
  return v;
}

/**
 * Sets `exc.__cause__` to `cause` (stolen; NULL for none) and `__suppress_context__` to True,
 * as `raise … from cause` does (CPython's PyException_SetCause).
 * @public
 */
export function PyException_SetCause(interp: InterpreterState, exc: number, cause: number): void {
  const i32 = interp.views.i32;
  const old = i32[(exc + BE.cause) >> 2];
  i32[(exc + BE.cause) >> 2] = cause;
  i32[(exc + BE.suppress_context) >> 2] = 1;
  Py_DECREF(interp, old);
}

/** `exc.__context__` (a new reference, or NULL for none) (CPython's PyException_GetContext). @public */
export function PyException_GetContext(interp: InterpreterState, exc: number): number {
  const v = interp.views.i32[(exc + BE.context) >> 2];
  Py_INCREF(interp, v);
  return v;
}

/** Sets `exc.__context__` to `context` (stolen; NULL for none) (CPython's PyException_SetContext). @public */
export function PyException_SetContext(interp: InterpreterState, exc: number, context: number): void {
  const i32 = interp.views.i32;
  const old = i32[(exc + BE.context) >> 2];
  i32[(exc + BE.context) >> 2] = context;
  Py_DECREF(interp, old);
}

/** `exc.__traceback__` (a new reference, or NULL for none) (CPython's PyException_GetTraceback). @public */
export function PyException_GetTraceback(interp: InterpreterState, exc: number): number {
  const v = interp.views.i32[(exc + BE.traceback) >> 2];
  Py_INCREF(interp, v);
  return v;
}

/**
 * Sets `exc.__traceback__` to `tb` (borrowed): a traceback, or None/NULL for none; else
 * TypeError "__traceback__ must be a traceback or None" (CPython's PyException_SetTraceback).
 * 0, or -1 with the exception set.
 * @public
 */
export function PyException_SetTraceback(tstate: ThreadState, exc: number, tb: number): number {
  const interp = tstate.interp;
  if (tb === interp.runtime.immortalNone) tb = 0;
  else if (tb !== 0 && !PyTraceBack_Check(interp, tb)) {
    raise(tstate, 'TypeError', '__traceback__ must be a traceback or None');
    return -1;
  }
  Py_INCREF(interp, tb);
  const old = interp.views.i32[(exc + BE.traceback) >> 2];
  interp.views.i32[(exc + BE.traceback) >> 2] = tb;
  Py_DECREF(interp, old);
  return 0;
}

/**
 * Implicit chaining — raising `exc` while `context` is being handled (the rule of CPython's
 * _PyErr_SetObject): sets `exc.__context__ = context` (both borrowed), first cutting the link
 * that would close a cycle — if `exc` already appears on `context`'s own __context__ chain,
 * that link is cleared (Floyd's walk, so a pre-existing cycle ends the search). Nothing
 * happens when `context` is NULL, None or `exc` itself.
 * @public
 */
export function _PyErr_ChainExceptions(tstate: ThreadState, exc: number, context: number): void {
  const interp = tstate.interp;
  if (context === 0 || context === interp.runtime.immortalNone || context === exc) return;
  const i32 = interp.views.i32;
  let o = context;
  let slow = context;
  let toggle = false;
  for (;;) {
    const next = i32[(o + BE.context) >> 2];
    if (next === 0) break;
    if (next === exc) {
      PyException_SetContext(interp, o, 0);
      break;
    }
    o = next;
    if (o === slow) break; // a cycle that was already there: every link on it was checked
    if (toggle) slow = i32[(slow + BE.context) >> 2];
    toggle = !toggle;
  }
  Py_INCREF(interp, context);
  PyException_SetContext(interp, exc, context);
}

/**
 * After code that may have raised while `exc` (stolen; NULL for none) was pending: if a new
 * exception is raised, chain `exc` as its __context__ and drop `exc`; else make `exc` the
 * raised exception again (CPython 3.12's _PyErr_ChainExceptions1).
 * @public
 */
export function _PyErr_ChainExceptions1(tstate: ThreadState, exc: number): void {
  if (exc === 0) return;
  const raised = PyErr_GetRaisedExceptionBorrowed(tstate);
  if (raised === 0) {
    PyErr_SetRaisedException(tstate, exc);
    return;
  }
  _PyErr_ChainExceptions(tstate, raised, exc);
  Py_DECREF(tstate.interp, exc);
}

// ---- matching -------------------------------------------------------------------------------

/** True if the static type `sub` has `base` in its MRO (CPython's PyType_IsSubtype). @public */
export function PyType_IsSubtype(interp: InterpreterState, sub: number, base: number): boolean {
  if (sub === base) return true;
  // A heap type (positive handle) keeps its MRO tuple in the interpreter heap.
  const mro = sub > 0 ? interp.views.i32[(sub + TP_MRO) >> 2] : interp.runtimeViews.i32[(-sub + TP_MRO) >> 2];
  const v = mro > 0 ? interp.views : interp.runtimeViews;
  const at = mro > 0 ? mro : -mro;
  const n = v.i32[(at + OB_SIZE) >> 2];
  const items = (at + TUPLE_OB_ITEM) >> 2;
  for (let i = 0; i < n; i++) if (v.i32[items + i] === base) return true;
  return false;
}

/**
 * True if `given` (an exception instance or type) matches the exception type `exc`
 * (CPython's PyErr_GivenExceptionMatches, for one type).
 * @public
 */
export function PyErr_GivenExceptionMatches(interp: InterpreterState, given: number, exc: number): boolean {
  if (given === 0) return false;
  const isType = Py_TYPE(interp, given) === interp.types.type;
  const type = isType ? given : Py_TYPE(interp, given);
  return PyType_IsSubtype(interp, type, exc);
}

// ---- the error indicator --------------------------------------------------------------------

/** The raised exception instance (borrowed), or NULL. @public */
export function PyErr_GetRaisedExceptionBorrowed(tstate: ThreadState): number {
  return tstate.interp.views.i32[(tstate.offset + TSTATE_CUREXC) >> 2];
}

/** The type of the raised exception (borrowed), or NULL if none (CPython's PyErr_Occurred). @public */
export function PyErr_Occurred(tstate: ThreadState): number {
  const exc = tstate.interp.views.i32[(tstate.offset + TSTATE_CUREXC) >> 2];
  return exc === 0 ? 0 : Py_TYPE(tstate.interp, exc);
}

/** Takes the raised exception (a new reference, NULL if none) and clears it (CPython 3.12's PyErr_GetRaisedException). @public */
export function PyErr_GetRaisedException(tstate: ThreadState): number {
  const i32 = tstate.interp.views.i32;
  const w = (tstate.offset + TSTATE_CUREXC) >> 2;
  const exc = i32[w];
  i32[w] = 0;
  return exc;
}

/** Sets `exc` (stolen; NULL clears) as the raised exception (CPython 3.12's PyErr_SetRaisedException). @public */
export function PyErr_SetRaisedException(tstate: ThreadState, exc: number): void {
  const interp = tstate.interp;
  const w = (tstate.offset + TSTATE_CUREXC) >> 2;
  const old = interp.views.i32[w];
  interp.views.i32[w] = exc;
  Py_DECREF(interp, old);
}

/** Clears the raised exception (CPython's PyErr_Clear). @public */
export function PyErr_Clear(tstate: ThreadState): void {
  PyErr_SetRaisedException(tstate, 0);
}

/**
 * Like CPython's PyErr_Fetch: the raised exception as [type, value, traceback] (new references;
 * all NULL if none), clearing it.
 * @public
 */
export function PyErr_Fetch(tstate: ThreadState): [number, number, number] {
  const exc = PyErr_GetRaisedException(tstate);
  if (exc === 0) return [0, 0, 0];
  return [Py_TYPE(tstate.interp, exc), exc, 0];
}

/** Like CPython's PyErr_Restore: sets the exception instance `value` (stolen); type and traceback are implied. @public */
export function PyErr_Restore(tstate: ThreadState, _type: number, value: number, _traceback: number): void {
  PyErr_SetRaisedException(tstate, value);
}

/** True if the raised exception matches `exc` (CPython's PyErr_ExceptionMatches). @public */
export function PyErr_ExceptionMatches(tstate: ThreadState, exc: number): boolean {
  return PyErr_GivenExceptionMatches(tstate.interp, PyErr_GetRaisedExceptionBorrowed(tstate), exc);
}

/** Raises MemoryError with the interpreter's preallocated instance (CPython's PyErr_NoMemory). @public */
export function PyErr_NoMemory(tstate: ThreadState): number {
  const interp = tstate.interp;
  const exc = interp.field(INTERPRETER_STATE.offsetBytes.memory_error);
  Py_INCREF(interp, exc);
  PyErr_SetRaisedException(tstate, exc);
  return 0;
}

/**
 * Raises an instance of `type` with the args `(value,)` — `value` borrowed (CPython's
 * PyErr_SetObject, and _PyErr_SetKeyError for KeyError). Returns NULL, for `return PyErr_…`.
 * @public
 */
export function PyErr_SetObject(tstate: ThreadState, type: number, value: number): number {
  const interp = tstate.interp;
  if ((typeFlags(interp, type) & Py_TPFLAGS_BASE_EXC_SUBCLASS) === 0) {
    return PyErr_SetString(tstate, interp.runtime.staticType('SystemError'), 'exception is not a BaseException subclass');
  }
  let args = interp.runtime.emptyTuple;
  if (value !== 0) {
    args = PyTuple_New(tstate, 1);
    if (args === 0) return 0;
    Py_INCREF(interp, value);
    PyTuple_SET_ITEM(tstate.interp, args, 0, value);
  }
  const exc = PyException_New(tstate, type, args);
  Py_DECREF(interp, args);
  if (exc === 0) return 0;
  PyErr_SetRaisedException(tstate, exc);
  return 0;
}

/** Raises an instance of `type` with the message `message` (CPython's PyErr_SetString). Returns NULL. @public */
export function PyErr_SetString(tstate: ThreadState, type: number, message: string): number {
  const s = PyUnicode_FromString(tstate, message);
  if (s === 0) return 0;
  PyErr_SetObject(tstate, type, s);
  Py_DECREF(tstate.interp, s);
  return 0;
}

/** Raises `runtime.staticType(typeName)` with `message`: a shorthand for the object code. Returns NULL. @internal */
export function raise(tstate: ThreadState, typeName: string, message: string): number {
  return PyErr_SetString(tstate, tstate.interp.runtime.staticType(typeName), message);
}
