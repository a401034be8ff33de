// Type objects' immutable part (CPython's PyTypeObject, Objects/typeobject.c): writing one and
// reading its fields. The runtime writes the static builtin types with it; the interpreter
// writes heap types the same way in its own heap (they are GC-tracked: the caller reserves
// GC_HEAD_SIZE_BYTES before `offset` for the prefix).

import type { HeapViews } from './heap-views.js';
import { initObjectHeader } from './object.js';
import { TP_BASE, TP_BASICSIZE, TP_FLAGS, TP_ITEMSIZE, TP_MRO, TP_NAME, TP_STATIC_INDEX } from './object.layout.js';

/** The fields of a type object after its header. @public */
export interface TypeObjectFields {
  /** tp_name: handle of a str. */
  readonly name: number;
  /** tp_basicsize in bytes. */
  readonly basicsizeBytes: number;
  /** tp_itemsize in bytes. */
  readonly itemsizeBytes: number;
  /** tp_flags (Py_TPFLAGS_* bits, unsigned). */
  readonly flags: number;
  /** tp_base: handle of the base type, NULL for object. */
  readonly base: number;
  /** tp_mro: handle of a tuple of types. */
  readonly mro: number;
  /** tp_static_index: the static index of a static builtin type, -1 for a heap type. */
  readonly staticIndex: number;
}

/** Writes a type object at byte `offset`; `metatype` is its ob_type (normally `type`). @public */
export function writeTypeObject(v: HeapViews, offset: number, metatype: number, refcnt: number, fields: TypeObjectFields): void {
  const i32 = v.i32;
  initObjectHeader(v, offset, metatype, refcnt);
  i32[(offset + TP_NAME) >> 2] = fields.name;
  i32[(offset + TP_BASICSIZE) >> 2] = fields.basicsizeBytes;
  i32[(offset + TP_ITEMSIZE) >> 2] = fields.itemsizeBytes;
  i32[(offset + TP_FLAGS) >> 2] = fields.flags;
  i32[(offset + TP_BASE) >> 2] = fields.base;
  i32[(offset + TP_MRO) >> 2] = fields.mro;
  i32[(offset + TP_STATIC_INDEX) >> 2] = fields.staticIndex;
}

/** Reads the fields of the type object at byte `offset`. @public */
export function readTypeObject(v: HeapViews, offset: number): TypeObjectFields {
  const i32 = v.i32;
  return {
    name: i32[(offset + TP_NAME) >> 2],
    basicsizeBytes: i32[(offset + TP_BASICSIZE) >> 2],
    itemsizeBytes: i32[(offset + TP_ITEMSIZE) >> 2],
    flags: i32[(offset + TP_FLAGS) >> 2] >>> 0,
    base: i32[(offset + TP_BASE) >> 2],
    mro: i32[(offset + TP_MRO) >> 2],
    staticIndex: i32[(offset + TP_STATIC_INDEX) >> 2],
  };
}

/** tp_flags of the type object at byte `offset`, unsigned (the hot fast-subclass check reads this). @public */
export function PyType_GetFlags(v: HeapViews, offset: number): number {
  return v.i32[(offset + TP_FLAGS) >> 2] >>> 0;
}
