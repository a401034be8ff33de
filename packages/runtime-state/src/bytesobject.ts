// bytes objects (CPython's Objects/bytesobject.c): ob_size bytes after a cached hash.

import type { HeapViews } from './heap-views.js';
import { initVarObjectHeader } from './object.js';
import { BYTES_OB_SHASH, BYTES_OB_SHASH_COMPUTED, BYTES_OB_SVAL, OB_SIZE } from './object.layout.js';

/** Bytes of a bytes object holding `length` bytes. @public */
export function bytesSizeBytes(length: number): number {
  return BYTES_OB_SVAL + length;
}

/** Writes a bytes object holding `data` at byte `offset`; its hash is not computed yet. @public */
export function writeBytes(v: HeapViews, offset: number, type: number, refcnt: number, data: Uint8Array): void {
  initVarObjectHeader(v, offset, type, refcnt, data.length);
  v.i32[(offset + BYTES_OB_SHASH) >> 2] = 0;
  v.i32[(offset + BYTES_OB_SHASH_COMPUTED) >> 2] = 0;
  v.u8.set(data, offset + BYTES_OB_SVAL);
}

/** Copies out the data of the bytes object at byte `offset`. @public */
export function readBytes(v: HeapViews, offset: number): Uint8Array {
  const start = offset + BYTES_OB_SVAL;
  return v.u8.slice(start, start + v.i32[(offset + OB_SIZE) >> 2]);
}
