// bool (CPython's Objects/boolobject.c): True and False are the runtime's immortal bool
// instances (ints 1 and 0 of type bool); there are no others.

import type { InterpreterState } from '../interpreter-state.js';

/** True or False for `v` (CPython's PyBool_FromLong); immortal, no reference to take. @public */
export function PyBool_FromLong(interp: InterpreterState, v: boolean | number): number {
  return v ? interp.runtime.immortalTrue : interp.runtime.immortalFalse;
}

/** True if `h` is True or False (CPython's PyBool_Check). @public */
export function PyBool_Check(interp: InterpreterState, h: number): boolean {
  return h === interp.runtime.immortalTrue || h === interp.runtime.immortalFalse;
}

/** None (CPython's Py_None; a lookup, never an exported value). @public */
export function Py_None(interp: InterpreterState): number {
  return interp.runtime.immortalNone;
}
