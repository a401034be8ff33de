// The per-interpreter mutable part of the static builtin types (CPython 3.12's
// `static_builtin_state` in Objects/typeobject.c): tp_dict, tp_subclasses and the version tag
// live in the interpreter's table at the type's static index, created on first use, while the
// immutable part (name, base, MRO, flags) stays in the runtime heap.

import { STATIC_TYPE_STATE, INTERPRETER_STATE } from '../interpreter-state.layout.js';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PyDict_New } from './dictobject.js';
import { Py_DECREF, staticIndexOf } from './object.js';

const ST = STATIC_TYPE_STATE.offsetBytes;

/** Byte offset of the mutable-part entry of the static type `type` in the interpreter heap. @public */
export function staticTypeStateOf(interp: InterpreterState, type: number): number {
  return interp.staticTypeStateOffset + staticIndexOf(interp, type) * STATIC_TYPE_STATE.sizeBytes;
}

/** The static type's tp_dict in this interpreter, or NULL if not materialised yet. @public */
export function _PyStaticType_PeekDict(interp: InterpreterState, type: number): number {
  return interp.views.i32[(staticTypeStateOf(interp, type) + ST.tp_dict) >> 2];
}

/**
 * The static type's tp_dict in this interpreter (borrowed), made on first use (CPython's
 * _PyType_GetDict for a static builtin type). NULL with MemoryError set.
 * NON-CPYTHON (for now): the dict starts empty; the slot wrappers and methods come with the
 * eval loop.
 * @public
 */
export function _PyStaticType_GetDict(tstate: ThreadState, type: number): number {
  const interp = tstate.interp;
  const at = staticTypeStateOf(interp, type) + ST.tp_dict;
  const existing = interp.views.i32[at >> 2];
  if (existing !== 0) return existing;
  const d = PyDict_New(tstate);
  if (d === 0) return 0;
  interp.views.i32[at >> 2] = d;
  return d;
}

/** The static type's version tag in this interpreter, assigned on first use (CPython's assign_version_tag). @public */
export function PyType_GetVersionTag(interp: InterpreterState, type: number): number {
  const at = (staticTypeStateOf(interp, type) + ST.tp_version_tag) >> 2;
  const i32 = interp.views.i32;
  if (i32[at] === 0) {
    const next = interp.field(INTERPRETER_STATE.offsetBytes.types_next_version_tag);
    interp.setField(INTERPRETER_STATE.offsetBytes.types_next_version_tag, next + 1);
    i32[at] = next;
  }
  return i32[at];
}

/** Invalidates the type's attribute caches in this interpreter (CPython's PyType_Modified). @public */
export function PyType_Modified(interp: InterpreterState, type: number): void {
  interp.views.i32[(staticTypeStateOf(interp, type) + ST.tp_version_tag) >> 2] = 0;
}

/** Drops every materialised static type dict (interpreter finalization). @public */
export function _PyStaticTypes_FiniInterp(interp: InterpreterState): void {
  const count = interp.field(INTERPRETER_STATE.offsetBytes.types_static_count);
  for (let i = 0; i < count; i++) {
    const entry = interp.staticTypeStateOffset + i * STATIC_TYPE_STATE.sizeBytes;
    for (const f of [ST.tp_dict, ST.tp_subclasses]) {
      const h = interp.views.i32[(entry + f) >> 2];
      interp.views.i32[(entry + f) >> 2] = 0;
      Py_DECREF(interp, h);
    }
  }
}
