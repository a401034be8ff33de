// bytes (CPython's Objects/bytesobject.c): immutable byte strings in PyBytesObjects; length,
// indexing (an int), concatenation, comparison, hash and repr.

import { BYTES_OB_SHASH, BYTES_OB_SHASH_COMPUTED, BYTES_OB_SVAL, OB_SIZE, bytesSizeBytes } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { raise } from './exceptions.js';
import { PyObject_Free, _PyObject_New, viewsOf } from './object.js';

/** tp_dealloc of bytes. @internal */
export function bytesDealloc(interp: InterpreterState, h: number): void {
  PyObject_Free(interp, h);
}

/** A new bytes of `length` bytes, uninitialised data; NULL with MemoryError set. */
function bytesNew(tstate: ThreadState, length: number): number {
  const interp = tstate.interp;
  const h = _PyObject_New(tstate, interp.types.bytes, bytesSizeBytes(length));
  if (h === 0) return 0;
  const i32 = interp.views.i32;
  i32[(h + OB_SIZE) >> 2] = length;
  i32[(h + BYTES_OB_SHASH) >> 2] = 0;
  i32[(h + BYTES_OB_SHASH_COMPUTED) >> 2] = 0;
  return h;
}

/** bytes holding `data` (CPython's PyBytes_FromStringAndSize): b'' is the immortal one. @public */
export function PyBytes_FromBytes(tstate: ThreadState, data: Uint8Array): number {
  if (data.length === 0) return tstate.interp.runtime.emptyBytes;
  const h = bytesNew(tstate, data.length);
  if (h === 0) return 0;
  tstate.interp.views.u8.set(data, h + BYTES_OB_SVAL);
  return h;
}

/** len(b) (CPython's PyBytes_GET_SIZE). @public */
export function bytesLength(interp: InterpreterState, h: number): number {
  return viewsOf(interp, h).i32[((h < 0 ? -h : h) + OB_SIZE) >> 2];
}

/** A copy of the bytes of `h`. @public */
export function PyBytes_AsUint8Array(interp: InterpreterState, h: number): Uint8Array {
  const off = h < 0 ? -h : h;
  const start = off + BYTES_OB_SVAL;
  return viewsOf(interp, h).u8.slice(start, start + bytesLength(interp, h));
}

/** b[i], an int (CPython's bytes_item); IndexError outside. Returns a small int (immortal). @public */
export function bytesGetItem(tstate: ThreadState, b: number, i: number): number {
  const interp = tstate.interp;
  const len = bytesLength(interp, b);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return raise(tstate, 'IndexError', 'index out of range');
  const off = b < 0 ? -b : b;
  return interp.runtime.smallIntUnchecked(viewsOf(interp, b).u8[off + BYTES_OB_SVAL + i]);
}

/** a + b for bytes (CPython's bytes_concat). @public */
export function bytesConcat(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const x = PyBytes_AsUint8Array(interp, a);
  const y = PyBytes_AsUint8Array(interp, b);
  const out = new Uint8Array(x.length + y.length);
  out.set(x, 0);
  out.set(y, x.length);
  return PyBytes_FromBytes(tstate, out);
}

/** -1, 0, 1 comparing bytes a and b. @internal */
export function bytesCompare(interp: InterpreterState, a: number, b: number): number {
  const x = PyBytes_AsUint8Array(interp, a);
  const y = PyBytes_AsUint8Array(interp, b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

/** hash() of the bytes `h`: FNV-1a over the bytes, cached (CPython: SipHash, randomized). @internal */
export function bytesHash(interp: InterpreterState, h: number): number {
  const v = viewsOf(interp, h);
  const off = h < 0 ? -h : h;
  if (v.i32[(off + BYTES_OB_SHASH_COMPUTED) >> 2] === 1) return v.i32[(off + BYTES_OB_SHASH) >> 2];
  const len = v.i32[(off + OB_SIZE) >> 2];
  let x = 0x811c9dc5;
  for (let i = 0; i < len; i++) x = Math.imul(x ^ v.u8[off + BYTES_OB_SVAL + i], 0x01000193);
  x |= 0;
  if (x === -1) x = -2;
  if (h > 0) {
    v.i32[(off + BYTES_OB_SHASH) >> 2] = x;
    v.i32[(off + BYTES_OB_SHASH_COMPUTED) >> 2] = 1;
  }
  return x;
}

/** repr() of a byte string as Python writes it (CPython's PyBytes_Repr). @public */
export function bytesReprOf(data: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of data) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = `b${String.fromCharCode(quote)}`;
  for (const c of data) {
    if (c === quote || c === 0x5c) out += `\\${String.fromCharCode(c)}`;
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** repr() of the bytes `h`. @internal */
export function bytesRepr(interp: InterpreterState, h: number): string {
  return bytesReprOf(PyBytes_AsUint8Array(interp, h));
}
