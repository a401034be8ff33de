// float objects (CPython's Objects/floatobject.c): one IEEE double after the header.

import type { HeapViews } from './heap-views.js';
import { initObjectHeader } from './object.js';
import { FLOAT_OB_FVAL, PY_FLOAT_OBJECT } from './object.layout.js';

/** Bytes of a float object. @public */
export const FLOAT_SIZE_BYTES = PY_FLOAT_OBJECT.sizeBytes;

/** Writes the float `value` at byte `offset` (a multiple of 8). @public */
export function writeFloat(v: HeapViews, offset: number, type: number, refcnt: number, value: number): void {
  initObjectHeader(v, offset, type, refcnt);
  v.f64[(offset + FLOAT_OB_FVAL) >> 3] = value;
}

/** Reads the float at byte `offset` (CPython's PyFloat_AS_DOUBLE). @public */
export function readFloat(v: HeapViews, offset: number): number {
  return v.f64[(offset + FLOAT_OB_FVAL) >> 3];
}
