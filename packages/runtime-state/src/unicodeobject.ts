// str objects (CPython's Objects/unicodeobject.c, PEP 393 compact form): encoding a JS string
// into the narrowest kind, reading it back, and comparing one with a JS string without
// making an object. A JS string is UTF-16; a str is a sequence of code points, so a
// surrogate pair becomes one UCS-4 code point and a lone surrogate stays itself (as in Python).

import type { HeapViews } from './heap-views.js';
import { initObjectHeader } from './object.js';
import {
  PyUnicode_1BYTE_KIND,
  PyUnicode_2BYTE_KIND,
  PyUnicode_4BYTE_KIND,
  UNICODE_ASCII,
  UNICODE_DATA,
  UNICODE_HASH,
  UNICODE_HASH_COMPUTED,
  UNICODE_INTERNED,
  UNICODE_KIND,
  UNICODE_LENGTH,
} from './object.layout.js';

/** A PEP 393 kind: bytes per code point. @public */
export type UnicodeKind = 1 | 2 | 4;

/** The shape of the str that holds a JS string: code point count, narrowest kind, ascii. @public */
export interface UnicodeShape {
  /** Number of code points. */
  readonly length: number;
  /** The narrowest kind that holds every code point. */
  readonly kind: UnicodeKind;
  /** True if every code point is below 128. */
  readonly ascii: boolean;
}

/** Measures `s` as a str: its length in code points and the narrowest kind. @public */
export function unicodeShape(s: string): UnicodeShape {
  let length = 0;
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp > max) max = cp;
    length++;
  }
  const kind: UnicodeKind = max < 0x100 ? PyUnicode_1BYTE_KIND : max < 0x10000 ? PyUnicode_2BYTE_KIND : PyUnicode_4BYTE_KIND;
  return { length, kind, ascii: max < 0x80 };
}

/** Bytes of a str of `length` code points of `kind` bytes each. @public */
export function unicodeSizeBytes(length: number, kind: UnicodeKind): number {
  return UNICODE_DATA + length * kind;
}

/**
 * Writes `s` as a str at byte `offset` in the narrowest kind (room: unicodeSizeBytes of its
 * unicodeShape); `interned` is an SSTATE_* value. The hash is left not computed.
 * @public
 */
export function writeUnicode(v: HeapViews, offset: number, type: number, refcnt: number, s: string, interned: number): void {
  const { length, kind, ascii } = unicodeShape(s);
  initObjectHeader(v, offset, type, refcnt);
  v.i32[(offset + UNICODE_LENGTH) >> 2] = length;
  v.i32[(offset + UNICODE_HASH) >> 2] = 0;
  v.u8[offset + UNICODE_KIND] = kind;
  v.u8[offset + UNICODE_ASCII] = ascii ? 1 : 0;
  v.u8[offset + UNICODE_INTERNED] = interned;
  v.u8[offset + UNICODE_HASH_COMPUTED] = 0;
  const data = offset + UNICODE_DATA;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (kind === PyUnicode_1BYTE_KIND) v.u8[data + n] = cp;
    else if (kind === PyUnicode_2BYTE_KIND) v.u16[(data >> 1) + n] = cp;
    else v.i32[(data >> 2) + n] = cp;
    n++;
  }
}

/** Length in code points of the str at byte `offset` (CPython's PyUnicode_GET_LENGTH). @public */
export function PyUnicode_GET_LENGTH(v: HeapViews, offset: number): number {
  return v.i32[(offset + UNICODE_LENGTH) >> 2];
}

/** Kind of the str at byte `offset` (CPython's PyUnicode_KIND). @public */
export function PyUnicode_KIND(v: HeapViews, offset: number): UnicodeKind {
  return v.u8[offset + UNICODE_KIND] as UnicodeKind;
}

/** Code point `i` of the str at byte `offset`, unchecked (CPython's PyUnicode_READ_CHAR). @public */
export function PyUnicode_READ_CHAR(v: HeapViews, offset: number, i: number): number {
  const data = offset + UNICODE_DATA;
  const kind = v.u8[offset + UNICODE_KIND];
  if (kind === PyUnicode_1BYTE_KIND) return v.u8[data + i];
  if (kind === PyUnicode_2BYTE_KIND) return v.u16[(data >> 1) + i];
  return v.i32[(data >> 2) + i];
}

/** Reads the str at byte `offset` back as a JS string. @public */
export function readUnicode(v: HeapViews, offset: number): string {
  const length = PyUnicode_GET_LENGTH(v, offset);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCodePoint(PyUnicode_READ_CHAR(v, offset, i));
  return s;
}

/** True if the str at byte `offset` holds exactly the code points of `s`; makes no object. @public */
export function unicodeEqualsString(v: HeapViews, offset: number, s: string): boolean {
  const length = PyUnicode_GET_LENGTH(v, offset);
  if (s.length < length || s.length > 2 * length) return false;
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (n >= length || PyUnicode_READ_CHAR(v, offset, n) !== cp) return false;
  }
  return n === length;
}

/**
 * The runtime's 32-bit string hash used by the interned-string table: FNV-1a over the code
 * points. Not Python's hash() (str hashing comes with the interpreter).
 * @public
 */
export function internHashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    h = Math.imul(h ^ cp, 0x01000193);
  }
  return h | 0;
}

/** {@link internHashString} of the str at byte `offset`: the same value for the same code points. @public */
export function internHashUnicode(v: HeapViews, offset: number): number {
  const length = PyUnicode_GET_LENGTH(v, offset);
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ PyUnicode_READ_CHAR(v, offset, i), 0x01000193);
  return h | 0;
}
