// str (CPython's Objects/unicodeobject.c): PEP 393 compact strs of the narrowest kind in the
// interpreter heap; length, indexing and slicing by code point; concatenation, repetition,
// comparison, a cached hash, and repr with CPython's quoting and escaping.

import {
  PyUnicode_1BYTE_KIND,
  PyUnicode_2BYTE_KIND,
  PyUnicode_4BYTE_KIND,
  PyUnicode_READ_CHAR,
  SSTATE_NOT_INTERNED,
  UNICODE_ASCII,
  UNICODE_DATA,
  UNICODE_HASH,
  UNICODE_HASH_COMPUTED,
  UNICODE_INTERNED,
  UNICODE_KIND,
  UNICODE_LENGTH,
  internHashUnicode,
  readUnicode,
  unicodeShape,
  unicodeSizeBytes,
  writeUnicode,
} from '@pergil/runtime-state';
import type { UnicodeKind } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PyErr_NoMemory, raise } from './exceptions.js';
import { PyObject_Free, _PyObject_New, viewsOf } from './object.js';

/** tp_dealloc of str. @internal */
export function unicodeDealloc(interp: InterpreterState, h: number): void {
  PyObject_Free(interp, h);
}

/**
 * A str holding `s` (CPython's PyUnicode_FromString): '' and one-character Latin-1 strs are
 * the runtime's immortal ones; otherwise a new object of the narrowest kind. NULL with
 * MemoryError set.
 * @public
 */
export function PyUnicode_FromString(tstate: ThreadState, s: string): number {
  const interp = tstate.interp;
  if (s.length === 0) return interp.runtime.emptyStr;
  if (s.length === 1 && s.charCodeAt(0) < 256) return interp.runtime.latin1Char(s.charCodeAt(0));
  const { length, kind } = unicodeShape(s);
  const h = _PyObject_New(tstate, interp.types.str, unicodeSizeBytes(length, kind));
  if (h === 0) return 0;
  writeUnicode(interp.views, h, interp.types.str, 1, s, SSTATE_NOT_INTERNED);
  return h;
}

/**
 * The interned str equal to `s` (CPython's PyUnicode_InternFromString): the runtime's immortal
 * one when the runtime interned it, else a new str.
 * NON-CPYTHON (for now): no per-interpreter interned dict yet.
 * @public
 */
export function PyUnicode_InternFromString(tstate: ThreadState, s: string): number {
  const h = tstate.interp.runtime.internedString(s);
  return h !== 0 ? h : PyUnicode_FromString(tstate, s);
}

/** The str `h` as a JS string. @public */
export function PyUnicode_AsString(interp: InterpreterState, h: number): string {
  return readUnicode(viewsOf(interp, h), h < 0 ? -h : h);
}

/** len(h) in code points (CPython's PyUnicode_GET_LENGTH). @public */
export function unicodeLength(interp: InterpreterState, h: number): number {
  return viewsOf(interp, h).i32[((h < 0 ? -h : h) + UNICODE_LENGTH) >> 2];
}

/** Code point `i` of the str `h`, unchecked. @public */
export function unicodeReadChar(interp: InterpreterState, h: number, i: number): number {
  return PyUnicode_READ_CHAR(viewsOf(interp, h), h < 0 ? -h : h, i);
}

/** A new str of `length` code points of `kind`, data not yet written. NULL with MemoryError set. */
function unicodeNew(tstate: ThreadState, length: number, maxChar: number): number {
  const interp = tstate.interp;
  const kind: UnicodeKind = maxChar < 0x100 ? PyUnicode_1BYTE_KIND : maxChar < 0x10000 ? PyUnicode_2BYTE_KIND : PyUnicode_4BYTE_KIND;
  const h = _PyObject_New(tstate, interp.types.str, unicodeSizeBytes(length, kind));
  if (h === 0) return 0;
  const v = interp.views;
  v.i32[(h + UNICODE_LENGTH) >> 2] = length;
  v.i32[(h + UNICODE_HASH) >> 2] = 0;
  v.u8[h + UNICODE_KIND] = kind;
  v.u8[h + UNICODE_ASCII] = maxChar < 0x80 ? 1 : 0;
  v.u8[h + UNICODE_INTERNED] = SSTATE_NOT_INTERNED;
  v.u8[h + UNICODE_HASH_COMPUTED] = 0;
  return h;
}

function writeChar(interp: InterpreterState, h: number, i: number, cp: number): void {
  const v = interp.views;
  const data = h + UNICODE_DATA;
  const kind = v.u8[h + UNICODE_KIND];
  if (kind === PyUnicode_1BYTE_KIND) v.u8[data + i] = cp;
  else if (kind === PyUnicode_2BYTE_KIND) v.u16[(data >> 1) + i] = cp;
  else v.i32[(data >> 2) + i] = cp;
}

function maxCharOf(interp: InterpreterState, h: number): number {
  const v = viewsOf(interp, h);
  const off = h < 0 ? -h : h;
  const kind = v.u8[off + UNICODE_KIND];
  if (kind === PyUnicode_1BYTE_KIND) return v.u8[off + UNICODE_ASCII] === 1 ? 0x7f : 0xff;
  return kind === PyUnicode_2BYTE_KIND ? 0xffff : 0x10ffff;
}

/** The one-character str for `cp`: immortal below 256. */
function unicodeChar(tstate: ThreadState, cp: number): number {
  if (cp < 256) return tstate.interp.runtime.latin1Char(cp);
  const h = unicodeNew(tstate, 1, cp);
  if (h !== 0) writeChar(tstate.interp, h, 0, cp);
  return h;
}

/** a + b for strs (CPython's PyUnicode_Concat). @public */
export function PyUnicode_Concat(tstate: ThreadState, a: number, b: number): number {
  const interp = tstate.interp;
  const la = unicodeLength(interp, a);
  const lb = unicodeLength(interp, b);
  if (lb === 0 || la === 0) {
    const r = lb === 0 ? a : b;
    if (r > 0) interp.views.i32[r >> 2]++;
    return r;
  }
  if (la + lb > 0x7ffffff) return raise(tstate, 'OverflowError', 'strings are too large to concat');
  const h = unicodeNew(tstate, la + lb, Math.max(maxCharOf(interp, a), maxCharOf(interp, b)));
  if (h === 0) return 0;
  for (let i = 0; i < la; i++) writeChar(interp, h, i, unicodeReadChar(interp, a, i));
  for (let i = 0; i < lb; i++) writeChar(interp, h, la + i, unicodeReadChar(interp, b, i));
  return h;
}

/** s * n (CPython's unicode_repeat); n \<= 0 gives ''. @public */
export function unicodeRepeat(tstate: ThreadState, s: number, n: number): number {
  const interp = tstate.interp;
  const len = unicodeLength(interp, s);
  if (n <= 0 || len === 0) return interp.runtime.emptyStr;
  if (n === 1) {
    if (s > 0) interp.views.i32[s >> 2]++;
    return s;
  }
  if (len * n > 0x7ffffff) return PyErr_NoMemory(tstate);
  const h = unicodeNew(tstate, len * n, maxCharOf(interp, s));
  if (h === 0) return 0;
  for (let i = 0; i < len; i++) {
    const cp = unicodeReadChar(interp, s, i);
    for (let k = 0; k < n; k++) writeChar(interp, h, k * len + i, cp);
  }
  return h;
}

/** s[i] (CPython's unicode_getitem): negative indexes count from the end; IndexError outside. @public */
export function unicodeGetItem(tstate: ThreadState, s: number, i: number): number {
  const len = unicodeLength(tstate.interp, s);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return raise(tstate, 'IndexError', 'string index out of range');
  return unicodeChar(tstate, unicodeReadChar(tstate.interp, s, i));
}

/**
 * s[start:stop:step] with indices already adjusted by PySlice_AdjustIndices (`sliceLength`
 * items). A full slice returns `s` itself.
 * @public
 */
export function unicodeSlice(tstate: ThreadState, s: number, start: number, step: number, sliceLength: number): number {
  const interp = tstate.interp;
  if (sliceLength <= 0) return interp.runtime.emptyStr;
  if (step === 1 && start === 0 && sliceLength === unicodeLength(interp, s)) {
    if (s > 0) interp.views.i32[s >> 2]++;
    return s;
  }
  if (sliceLength === 1) return unicodeChar(tstate, unicodeReadChar(interp, s, start));
  let max = 0;
  for (let i = 0, j = start; i < sliceLength; i++, j += step) max = Math.max(max, unicodeReadChar(interp, s, j));
  const h = unicodeNew(tstate, sliceLength, max);
  if (h === 0) return 0;
  for (let i = 0, j = start; i < sliceLength; i++, j += step) writeChar(interp, h, i, unicodeReadChar(interp, s, j));
  return h;
}

/** -1, 0, 1 comparing the strs a and b by code point. @internal */
export function unicodeCompare(interp: InterpreterState, a: number, b: number): number {
  if (a === b) return 0;
  const la = unicodeLength(interp, a);
  const lb = unicodeLength(interp, b);
  const n = Math.min(la, lb);
  for (let i = 0; i < n; i++) {
    const x = unicodeReadChar(interp, a, i);
    const y = unicodeReadChar(interp, b, i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return la < lb ? -1 : la > lb ? 1 : 0;
}

/** True if the strs a and b hold the same code points (the dict lookup's fast equality). @public */
export function unicodeEquals(interp: InterpreterState, a: number, b: number): boolean {
  return a === b || (unicodeLength(interp, a) === unicodeLength(interp, b) && unicodeCompare(interp, a, b) === 0);
}

/**
 * hash() of the str `h`: FNV-1a over the code points (the runtime's intern hash, so an
 * interpreter str and the immortal str with the same code points hash alike), cached in the
 * object. CPython randomizes str hashes (SipHash); any good hash is Python-correct.
 * @internal
 */
export function unicodeHash(interp: InterpreterState, h: number): number {
  if (h < 0) {
    const x = internHashUnicode(interp.runtimeViews, -h);
    return x === -1 ? -2 : x;
  }
  const v = interp.views;
  if (v.u8[h + UNICODE_HASH_COMPUTED] === 1) return v.i32[(h + UNICODE_HASH) >> 2];
  let x = internHashUnicode(v, h);
  if (x === -1) x = -2;
  v.i32[(h + UNICODE_HASH) >> 2] = x;
  v.u8[h + UNICODE_HASH_COMPUTED] = 1;
  return x;
}

/** Python's str.isprintable() for one code point (approximated with Unicode property classes). */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa0) return false;
  return !NOT_PRINTABLE.test(String.fromCodePoint(cp));
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** repr() of a JS string as Python writes it (CPython's unicode_repr). @public */
export function unicodeReprOf(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === quote.charCodeAt(0) || cp === 0x5c) out += `\\${ch}`;
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (isPrintable(cp)) out += ch;
    else if (cp < 0x100) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + quote;
}

/** repr() of the str `h`. @internal */
export function unicodeRepr(interp: InterpreterState, h: number): string {
  return unicodeReprOf(PyUnicode_AsString(interp, h));
}
