// cell (CPython's Objects/cellobject.c): the box a closed-over variable lives in, shared by
// the defining frame and the closures (func_closure). GC-tracked. Layout in
// cellobject.layout.ts.

import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { raise } from './exceptions.js';
import { PyObject_GC_Del, Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME, _PyObject_GC_New } from './object.js';
import { PY_CELL_OBJECT } from './cellobject.layout.js';
import { objectAddress } from './codeobject.js';

const OB_REF = PY_CELL_OBJECT.offsetBytes.ob_ref;

/** True if `h` is a cell (CPython's PyCell_Check). @public */
export function PyCell_Check(interp: InterpreterState, h: number): boolean {
  return h !== 0 && Py_TYPE(interp, h) === interp.runtime.staticType('cell');
}

/** A new cell holding `ref` (a new reference is taken; NULL for an empty cell) (CPython's PyCell_New). @public */
export function PyCell_New(tstate: ThreadState, ref: number): number {
  const interp = tstate.interp;
  const h = _PyObject_GC_New(tstate, interp.runtime.staticType('cell'), PY_CELL_OBJECT.sizeBytes);
  if (h === 0) return 0;
  Py_INCREF(interp, ref);
  interp.views.i32[(h + OB_REF) >> 2] = ref;
  return h;
}

/** The content of the cell (borrowed; NULL if empty), unchecked (CPython's PyCell_GET). @public */
export function PyCell_GET(interp: InterpreterState, cell: number): number {
  return interp.views.i32[(cell + OB_REF) >> 2];
}

/** The content of `cell` as a new reference (NULL if empty); SystemError if not a cell (CPython's PyCell_Get). @public */
export function PyCell_Get(tstate: ThreadState, cell: number): number {
  const interp = tstate.interp;
  if (!PyCell_Check(interp, cell)) return raise(tstate, 'SystemError', 'bad argument to internal function');
  const v = PyCell_GET(interp, cell);
  Py_INCREF(interp, v);
  return v;
}

/**
 * Stores `value` (a new reference is taken; NULL empties the cell) and drops the old content;
 * 0, or -1 with SystemError if not a cell (CPython's PyCell_Set).
 * @public
 */
export function PyCell_Set(tstate: ThreadState, cell: number, value: number): number {
  const interp = tstate.interp;
  if (!PyCell_Check(interp, cell)) {
    raise(tstate, 'SystemError', 'bad argument to internal function');
    return -1;
  }
  Py_INCREF(interp, value);
  const old = interp.views.i32[(cell + OB_REF) >> 2];
  interp.views.i32[(cell + OB_REF) >> 2] = value;
  Py_DECREF(interp, old);
  return 0;
}

/** tp_dealloc of cell: drops the content, frees the block. @internal */
export function cellDealloc(interp: InterpreterState, h: number): void {
  const v = interp.views.i32[(h + OB_REF) >> 2];
  interp.views.i32[(h + OB_REF) >> 2] = 0;
  Py_DECREF(interp, v);
  PyObject_GC_Del(interp, h);
}

/** repr() of a cell: `<cell at 0x...: int object at 0x...>` or `<cell at 0x...: empty>`. @internal */
export function cellRepr(interp: InterpreterState, cell: number): string {
  const v = PyCell_GET(interp, cell);
  if (v === 0) return `<cell at ${objectAddress(cell)}: empty>`;
  return `<cell at ${objectAddress(cell)}: ${Py_TYPE_NAME(interp, v)} object at ${objectAddress(v)}>`;
}
