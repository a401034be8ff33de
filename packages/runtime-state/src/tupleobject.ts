// tuple objects (CPython's Objects/tupleobject.c): ob_size item handles. Tuples are
// GC-tracked, so the caller reserves GC_HEAD_SIZE_BYTES before `offset` for the prefix.

import type { HeapViews } from './heap-views.js';
import { initVarObjectHeader } from './object.js';
import { OB_SIZE, TUPLE_OB_ITEM } from './object.layout.js';

/** Bytes of a tuple of `length` items, header included, GC prefix excluded. @public */
export function tupleSizeBytes(length: number): number {
  return TUPLE_OB_ITEM + 4 * length;
}

/** Writes a tuple of the handles `items` at byte `offset` (the items' refcounts are the caller's business). @public */
export function writeTuple(v: HeapViews, offset: number, type: number, refcnt: number, items: readonly number[]): void {
  initVarObjectHeader(v, offset, type, refcnt, items.length);
  const base = (offset + TUPLE_OB_ITEM) >> 2;
  for (let i = 0; i < items.length; i++) v.i32[base + i] = items[i];
}

/** Item `i` of the tuple at byte `offset`, unchecked (CPython's PyTuple_GET_ITEM). @public */
export function PyTuple_GET_ITEM(v: HeapViews, offset: number, i: number): number {
  return v.i32[((offset + TUPLE_OB_ITEM) >> 2) + i];
}

/** The item handles of the tuple at byte `offset`, as an array. @public */
export function readTupleItems(v: HeapViews, offset: number): number[] {
  const n = v.i32[(offset + OB_SIZE) >> 2];
  const base = (offset + TUPLE_OB_ITEM) >> 2;
  return Array.from(v.i32.subarray(base, base + n));
}
