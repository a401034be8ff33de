// What a builtin method, function or attribute is, as data (CPython's PyMethodDef, PyGetSetDef,
// Include/methodobject.h): the tables every builtin type and builtin module declares, and that
// objects/methodobject.ts turns into builtin_function_or_method and method_descriptor objects.
//
// One calling convention for all of them, CPython's METH_FASTCALL | METH_KEYWORDS (vectorcall):
// the arguments are `nargs` consecutive handles in the interpreter heap starting at word index
// `argsWord` of `tstate.interp.views.i32` (borrowed references), followed by `len(kwnames)`
// keyword values when `kwnames` (a tuple of str, or 0) is set. Read the arguments before
// allocating: an allocation may grow the heap and replace the views (the word index stays
// valid, a hoisted view does not). The flags only say what the caller checks before calling,
// so that a METH_NOARGS function never sees an argument.

import type { ThreadState } from '../thread-state.js';

/** The function behind a PyMethodDef: a new reference, or 0 with an exception set. @public */
export type PyCFunctionFast = (tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number) => number;

/** Takes positional arguments (checked by the function itself). @public */
export const METH_FASTCALL = 0x0080;
/** Also takes keyword arguments (`kwnames` may be set); without it the caller refuses keywords. @public */
export const METH_KEYWORDS = 0x0002;
/** Takes no arguments: the caller raises TypeError for any. @public */
export const METH_NOARGS = 0x0004;
/** Takes exactly one positional argument: the caller checks. @public */
export const METH_O = 0x0008;
/** A classmethod: `self` is the type. @public */
export const METH_CLASS = 0x0010;
/** A staticmethod: `self` is 0. @public */
export const METH_STATIC = 0x0020;

/** One builtin method or function (CPython's PyMethodDef). @public */
export interface PyMethodDef {
  /** The Python-visible name (`append`, `print`). */
  readonly name: string;
  readonly meth: PyCFunctionFast;
  /** METH_* bits. */
  readonly flags: number;
  /** `__doc__`, or undefined for None. */
  readonly doc?: string;
}

/** A computed attribute (CPython's PyGetSetDef): `int.real`, `slice.start`, `function.__name__`. @public */
export interface PyGetSetDef {
  readonly name: string;
  /** A new reference, or 0 with an exception set. */
  readonly get: (tstate: ThreadState, self: number) => number;
  /** 0 on success, -1 with an exception set; `value` 0 deletes. Read-only when absent. */
  readonly set?: (tstate: ThreadState, self: number, value: number) => number;
  readonly doc?: string;
}
