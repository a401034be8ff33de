// traceback (CPython's Python/traceback.c): the chain of entries an exception collects as it
// leaves each frame — `__traceback__`, printed by pythonrun.ts's PyErr_Display. Layout in
// traceback.layout.ts.

import { PY_BASE_EXCEPTION_OBJECT } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PyErr_GetRaisedExceptionBorrowed } from './exceptions.js';
import { PyObject_GC_Del, Py_DECREF, Py_INCREF, Py_TYPE, _PyObject_GC_New } from './object.js';
import { PyCode_Addr2Line } from './codeobject.js';
import { PY_TRACEBACK_OBJECT } from './traceback.layout.js';

const O = PY_TRACEBACK_OBJECT.offsetBytes;
const EXC_TRACEBACK = PY_BASE_EXCEPTION_OBJECT.offsetBytes.traceback;

/** True if `h` is a traceback (CPython's PyTraceBack_Check). @public */
export function PyTraceBack_Check(interp: InterpreterState, h: number): boolean {
  return h > 0 && Py_TYPE(interp, h) === interp.runtime.staticType('traceback');
}

/**
 * Adds an entry for the frame running `code` at instruction `lasti` to the raised exception's
 * traceback (CPython's PyTraceBack_Here): the new entry's tb_next is the old `__traceback__`.
 * 0, or -1 with MemoryError set (the original exception is then lost, as in CPython).
 * @public
 */
export function PyTraceBack_Here(tstate: ThreadState, code: number, lasti: number): number {
  const interp = tstate.interp;
  if (PyErr_GetRaisedExceptionBorrowed(tstate) === 0) return 0;
  const tb = _PyObject_GC_New(tstate, interp.runtime.staticType('traceback'), PY_TRACEBACK_OBJECT.sizeBytes);
  if (tb === 0) return -1;
  const exc = PyErr_GetRaisedExceptionBorrowed(tstate);
  const i32 = interp.views.i32;
  i32[(tb + O.tb_next) >> 2] = i32[(exc + EXC_TRACEBACK) >> 2];
  Py_INCREF(interp, code);
  i32[(tb + O.tb_code) >> 2] = code;
  i32[(tb + O.tb_lasti) >> 2] = lasti;
  i32[(tb + O.tb_lineno) >> 2] = PyCode_Addr2Line(interp, code, lasti);
  i32[(exc + EXC_TRACEBACK) >> 2] = tb;
  return 0;
}

/** tb_next (borrowed; NULL at the innermost entry). @public */
export function PyTraceBack_GetNext(interp: InterpreterState, tb: number): number {
  return interp.views.i32[(tb + O.tb_next) >> 2];
}
/** The code object of the entry's frame (borrowed). @public */
export function PyTraceBack_GetCode(interp: InterpreterState, tb: number): number {
  return interp.views.i32[(tb + O.tb_code) >> 2];
}
/** tb_lasti. @public */
export function PyTraceBack_GetLasti(interp: InterpreterState, tb: number): number {
  return interp.views.i32[(tb + O.tb_lasti) >> 2];
}
/** tb_lineno. @public */
export function PyTraceBack_GetLineno(interp: InterpreterState, tb: number): number {
  return interp.views.i32[(tb + O.tb_lineno) >> 2];
}

/** tp_dealloc of traceback: drops tb_next and the code, frees the block. @internal */
export function tracebackDealloc(interp: InterpreterState, h: number): void {
  const i32 = interp.views.i32;
  const next = i32[(h + O.tb_next) >> 2];
  const code = i32[(h + O.tb_code) >> 2];
  i32[(h + O.tb_next) >> 2] = 0;
  i32[(h + O.tb_code) >> 2] = 0;
  Py_DECREF(interp, code);
  Py_DECREF(interp, next);
  PyObject_GC_Del(interp, h);
}
