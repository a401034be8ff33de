// The object header every object starts with (CPython's PyObject_HEAD / PyObject_VAR_HEAD in
// Include/object.h): writing it, and reading an object's type and size.

import type { HeapViews } from './heap-views.js';
import { OB_REFCNT, OB_SIZE, OB_TYPE } from './object.layout.js';

/** Writes an object header at byte `offset`: refcount `refcnt`, type `type` (a handle). @public */
export function initObjectHeader(v: HeapViews, offset: number, type: number, refcnt: number): void {
  v.i32[(offset + OB_REFCNT) >> 2] = refcnt;
  v.i32[(offset + OB_TYPE) >> 2] = type;
}

/** Writes a variable-size object header: the object header and `ob_size`. @public */
export function initVarObjectHeader(v: HeapViews, offset: number, type: number, refcnt: number, size: number): void {
  initObjectHeader(v, offset, type, refcnt);
  v.i32[(offset + OB_SIZE) >> 2] = size;
}

/** The refcount of the object at byte `offset` (CPython's Py_REFCNT). @public */
export function Py_REFCNT(v: HeapViews, offset: number): number {
  return v.i32[(offset + OB_REFCNT) >> 2];
}

/** The type handle of the object at byte `offset` (CPython's Py_TYPE). @public */
export function Py_TYPE(v: HeapViews, offset: number): number {
  return v.i32[(offset + OB_TYPE) >> 2];
}

/** The `ob_size` of the variable-size object at byte `offset` (CPython's Py_SIZE). @public */
export function Py_SIZE(v: HeapViews, offset: number): number {
  return v.i32[(offset + OB_SIZE) >> 2];
}
