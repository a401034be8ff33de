// str methods (CPython's Objects/unicodeobject.c and Objects/stringlib/): a first set, each
// `(tstate, self, ...args) → new reference, or NULL with an exception set`, with CPython's
// semantics and messages. Indices are code-point indices (astral characters count once).
// Arguments are handles; an optional argument is NULL (0) or None when absent.
// NON-CPYTHON: upper/lower use JS's full Unicode case mapping (String.prototype.toUpperCase),
// which follows the same Unicode data as CPython but may be of another Unicode version.

import type { ThreadState } from '../thread-state.js';
import { raise } from './exceptions.js';
import { PyList_Append, PyList_New } from './listobject.js';
import { PyList_GET_ITEM, listLength } from './listobject.js';
import { PyBytes_FromBytes } from './bytesobject.js';
import { PyLong_FromLong } from './longobject.js';
import { Py_DECREF, Py_TYPE, Py_TYPE_NAME } from './object.js';
import { PyTuple_GET_ITEM, PyTuple_Pack, tupleLength } from './tupleobject.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './unicodeobject.js';
import { raiseUnicodeError } from './unicode-errors.js';

/** Python's whitespace (str.isspace), for split() and strip() without arguments. */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, 'u');
const IS_SPACE = new RegExp(`^[${PY_SPACE}]$`, 'u');

function isNone(tstate: ThreadState, h: number): boolean {
  return h === 0 || h === tstate.interp.runtime.immortalNone;
}

/** The JS string of a str argument, or null with TypeError "must be str, not X" set. */
function strArg(tstate: ThreadState, h: number, what: string): string | null {
  const interp = tstate.interp;
  if (Py_TYPE(interp, h) === interp.types.str) return PyUnicode_AsString(interp, h);
  raise(tstate, 'TypeError', `${what}must be str, not ${Py_TYPE_NAME(interp, h)}`);
  return null;
}

/** A split separator: the JS string, or null with TypeError "must be str or None, not X". */
function sepArg(tstate: ThreadState, h: number): string | null {
  const interp = tstate.interp;
  if (Py_TYPE(interp, h) === interp.types.str) return PyUnicode_AsString(interp, h);
  raise(tstate, 'TypeError', `must be str or None, not ${Py_TYPE_NAME(interp, h)}`);
  return null;
}

function listOf(tstate: ThreadState, parts: readonly string[]): number {
  const interp = tstate.interp;
  const list = PyList_New(tstate, 0);
  if (list === 0) return 0;
  for (const p of parts) {
    const s = PyUnicode_FromString(tstate, p);
    if (s === 0 || PyList_Append(tstate, list, s) < 0) {
      Py_DECREF(interp, s);
      Py_DECREF(interp, list);
      return 0;
    }
    Py_DECREF(interp, s);
  }
  return list;
}

/** Splits on runs of whitespace from the left, at most `max` times (max < 0: no limit). */
function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let rest = s.replace(new RegExp(`^[${PY_SPACE}]+`, 'u'), '');
  while (rest.length > 0) {
    if (max >= 0 && out.length === max) {
      out.push(rest);
      break;
    }
    const m = SPACE_RUN.exec(rest);
    if (m === null) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

/**
 * s.split(sep=None, maxsplit=-1): a new list; ValueError "empty separator", TypeError
 * "must be str or None, not X".
 * @public
 */
export function unicodeSplit(tstate: ThreadState, self: number, sep: number, maxsplit: number): number {
  const s = PyUnicode_AsString(tstate.interp, self);
  if (isNone(tstate, sep)) return listOf(tstate, splitWhitespace(s, maxsplit));
  const sp = sepArg(tstate, sep);
  if (sp === null) return 0;
  if (sp === '') return raise(tstate, 'ValueError', 'empty separator');
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const i = maxsplit >= 0 && out.length === maxsplit ? -1 : s.indexOf(sp, from);
    if (i < 0) break;
    out.push(s.slice(from, i));
    from = i + sp.length;
  }
  out.push(s.slice(from));
  return listOf(tstate, out);
}

/** s.rsplit(sep=None, maxsplit=-1): a new list. @public */
export function unicodeRSplit(tstate: ThreadState, self: number, sep: number, maxsplit: number): number {
  const s = PyUnicode_AsString(tstate.interp, self);
  const rev = (x: string): string => Array.from(x).reverse().join('');
  if (isNone(tstate, sep)) return listOf(tstate, splitWhitespace(rev(s), maxsplit).map(rev).reverse());
  const sp = sepArg(tstate, sep);
  if (sp === null) return 0;
  if (sp === '') return raise(tstate, 'ValueError', 'empty separator');
  const out: string[] = [];
  let to = s.length;
  for (;;) {
    const i = maxsplit >= 0 && out.length === maxsplit ? -1 : to - sp.length < 0 ? -1 : s.lastIndexOf(sp, to - sp.length);
    if (i < 0) break;
    out.push(s.slice(i + sp.length, to));
    to = i;
  }
  out.push(s.slice(0, to));
  return listOf(tstate, out.reverse());
}

/**
 * sep.join(iterable) for a list or tuple of strs: a new str, or NULL with TypeError
 * "sequence item 0: expected str instance, int found".
 * @public
 */
export function unicodeJoin(tstate: ThreadState, sep: number, iterable: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, iterable);
  let n: number;
  let get: (i: number) => number;
  if (t === interp.types.list) {
    n = listLength(interp, iterable);
    get = (i) => PyList_GET_ITEM(interp, iterable, i);
  } else if (t === interp.types.tuple) {
    n = tupleLength(interp, iterable);
    get = (i) => PyTuple_GET_ITEM(interp, iterable, i);
  } else {
    return raise(tstate, 'TypeError', 'can only join an iterable');
  }
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = get(i);
    if (Py_TYPE(interp, x) !== interp.types.str) {
      return raise(tstate, 'TypeError', `sequence item ${i}: expected str instance, ${Py_TYPE_NAME(interp, x)} found`);
    }
    parts.push(PyUnicode_AsString(interp, x));
  }
  return PyUnicode_FromString(tstate, parts.join(PyUnicode_AsString(interp, sep)));
}

function stripWith(tstate: ThreadState, self: number, chars: number, left: boolean, right: boolean, name: string): number {
  const cps = Array.from(PyUnicode_AsString(tstate.interp, self));
  let test: (c: string) => boolean;
  if (isNone(tstate, chars)) {
    test = (c) => IS_SPACE.test(c);
  } else {
    const cs = strArg(tstate, chars, `${name} arg `);
    if (cs === null) return 0;
    const set = new Set(Array.from(cs));
    test = (c) => set.has(c);
  }
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && test(cps[i])) i++;
  if (right) while (j > i && test(cps[j - 1])) j--;
  return PyUnicode_FromString(tstate, cps.slice(i, j).join(''));
}

/** s.strip(chars=None): a new str. @public */
export function unicodeStrip(tstate: ThreadState, self: number, chars: number): number {
  return stripWith(tstate, self, chars, true, true, 'strip');
}

/** s.lstrip(chars=None): a new str. @public */
export function unicodeLStrip(tstate: ThreadState, self: number, chars: number): number {
  return stripWith(tstate, self, chars, true, false, 'lstrip');
}

/** s.rstrip(chars=None): a new str. @public */
export function unicodeRStrip(tstate: ThreadState, self: number, chars: number): number {
  return stripWith(tstate, self, chars, false, true, 'rstrip');
}

/** Code-point index of JS index `i` in `s`. */
function cpIndex(s: string, i: number): number {
  return Array.from(s.slice(0, i)).length;
}

function findIn(tstate: ThreadState, self: number, sub: number, fromRight: boolean): number | null {
  const s = PyUnicode_AsString(tstate.interp, self);
  const t = strArg(tstate, sub, '');
  if (t === null) return null;
  const i = fromRight ? s.lastIndexOf(t) : s.indexOf(t);
  return i < 0 ? -1 : cpIndex(s, i);
}

/** s.find(sub): a new int (-1 if absent). @public */
export function unicodeFind(tstate: ThreadState, self: number, sub: number): number {
  const i = findIn(tstate, self, sub, false);
  return i === null ? 0 : PyLong_FromLong(tstate, i);
}

/** s.rfind(sub): a new int (-1 if absent). @public */
export function unicodeRFind(tstate: ThreadState, self: number, sub: number): number {
  const i = findIn(tstate, self, sub, true);
  return i === null ? 0 : PyLong_FromLong(tstate, i);
}

/** s.index(sub): a new int, or NULL with ValueError "substring not found". @public */
export function unicodeIndex(tstate: ThreadState, self: number, sub: number): number {
  const i = findIn(tstate, self, sub, false);
  if (i === null) return 0;
  return i < 0 ? raise(tstate, 'ValueError', 'substring not found') : PyLong_FromLong(tstate, i);
}

/** s.rindex(sub): a new int, or NULL with ValueError "substring not found". @public */
export function unicodeRIndex(tstate: ThreadState, self: number, sub: number): number {
  const i = findIn(tstate, self, sub, true);
  if (i === null) return 0;
  return i < 0 ? raise(tstate, 'ValueError', 'substring not found') : PyLong_FromLong(tstate, i);
}

/** s.count(sub): non-overlapping occurrences, a new int. @public */
export function unicodeCount(tstate: ThreadState, self: number, sub: number): number {
  const s = PyUnicode_AsString(tstate.interp, self);
  const t = strArg(tstate, sub, '');
  if (t === null) return 0;
  if (t === '') return PyLong_FromLong(tstate, Array.from(s).length + 1);
  return PyLong_FromLong(tstate, s.split(t).length - 1);
}

function affix(tstate: ThreadState, self: number, arg: number, name: string, test: (s: string, a: string) => boolean): number {
  const interp = tstate.interp;
  const s = PyUnicode_AsString(interp, self);
  const rt = interp.runtime;
  const candidates: number[] = [];
  if (Py_TYPE(interp, arg) === interp.types.tuple) {
    for (let i = 0; i < tupleLength(interp, arg); i++) candidates.push(PyTuple_GET_ITEM(interp, arg, i));
  } else if (Py_TYPE(interp, arg) === interp.types.str) {
    candidates.push(arg);
  } else {
    return raise(tstate, 'TypeError', `${name} first arg must be str or a tuple of str, not ${Py_TYPE_NAME(interp, arg)}`);
  }
  for (const c of candidates) {
    if (Py_TYPE(interp, c) !== interp.types.str) {
      return raise(tstate, 'TypeError', `tuple for ${name} must only contain str, not ${Py_TYPE_NAME(interp, c)}`);
    }
    if (test(s, PyUnicode_AsString(interp, c))) return rt.immortalTrue;
  }
  return rt.immortalFalse;
}

/** s.startswith(prefix) (a str or a tuple of strs): True/False. @public */
export function unicodeStartsWith(tstate: ThreadState, self: number, prefix: number): number {
  return affix(tstate, self, prefix, 'startswith', (s, a) => s.startsWith(a));
}

/** s.endswith(suffix) (a str or a tuple of strs): True/False. @public */
export function unicodeEndsWith(tstate: ThreadState, self: number, suffix: number): number {
  return affix(tstate, self, suffix, 'endswith', (s, a) => s.endsWith(a));
}

/** s.upper(): a new str. @public */
export function unicodeUpper(tstate: ThreadState, self: number): number {
  return PyUnicode_FromString(tstate, PyUnicode_AsString(tstate.interp, self).toUpperCase());
}

/** s.lower(): a new str. @public */
export function unicodeLower(tstate: ThreadState, self: number): number {
  return PyUnicode_FromString(tstate, PyUnicode_AsString(tstate.interp, self).toLowerCase());
}

/** s.replace(old, new, count=-1): a new str. @public */
export function unicodeReplace(tstate: ThreadState, self: number, old: number, repl: number, count: number): number {
  const s = PyUnicode_AsString(tstate.interp, self);
  const a = strArg(tstate, old, 'replace() argument 1 ');
  if (a === null) return 0;
  const b = strArg(tstate, repl, 'replace() argument 2 ');
  if (b === null) return 0;
  if (a === '') {
    // an empty `old` matches before every character and at the end
    const cps = Array.from(s);
    const n = count < 0 ? cps.length + 1 : Math.min(count, cps.length + 1);
    let out = '';
    for (let i = 0; i <= cps.length; i++) out += (i < n ? b : '') + (i < cps.length ? cps[i] : '');
    return PyUnicode_FromString(tstate, out);
  }
  const parts = s.split(a);
  if (count < 0 || count >= parts.length - 1) return PyUnicode_FromString(tstate, parts.join(b));
  return PyUnicode_FromString(tstate, parts.slice(0, count + 1).join(b) + a + parts.slice(count + 1).join(a));
}

function partitionWith(tstate: ThreadState, self: number, sep: number, fromRight: boolean): number {
  const interp = tstate.interp;
  const s = PyUnicode_AsString(interp, self);
  const t = strArg(tstate, sep, '');
  if (t === null) return 0;
  if (t === '') return raise(tstate, 'ValueError', 'empty separator');
  const i = fromRight ? s.lastIndexOf(t) : s.indexOf(t);
  const parts = i < 0 ? (fromRight ? ['', '', s] : [s, '', '']) : [s.slice(0, i), t, s.slice(i + t.length)];
  const hs = parts.map((p) => PyUnicode_FromString(tstate, p));
  const r = hs.includes(0) ? 0 : PyTuple_Pack(tstate, hs);
  for (const h of hs) Py_DECREF(interp, h);
  return r;
}

/** s.partition(sep): a new 3-tuple, or NULL with ValueError "empty separator". @public */
export function unicodePartition(tstate: ThreadState, self: number, sep: number): number {
  return partitionWith(tstate, self, sep, false);
}

/** s.rpartition(sep): a new 3-tuple, or NULL with ValueError "empty separator". @public */
export function unicodeRPartition(tstate: ThreadState, self: number, sep: number): number {
  return partitionWith(tstate, self, sep, true);
}

function pad(tstate: ThreadState, self: number, width: number, fillchar: number, where: 'center' | 'ljust' | 'rjust'): number {
  const interp = tstate.interp;
  let fill = ' ';
  if (fillchar !== 0) {
    const f = Py_TYPE(interp, fillchar) === interp.types.str ? PyUnicode_AsString(interp, fillchar) : null;
    if (f === null) return raise(tstate, 'TypeError', `The fill character must be a unicode character, not ${Py_TYPE_NAME(interp, fillchar)}`);
    if (Array.from(f).length !== 1) return raise(tstate, 'TypeError', 'The fill character must be exactly one character long');
    fill = f;
  }
  const s = PyUnicode_AsString(interp, self);
  const n = Array.from(s).length;
  const marg = width - n;
  if (marg <= 0) return PyUnicode_FromString(tstate, s);
  // CPython's pad(): center puts the odd extra character on the left when width is odd
  const left = where === 'ljust' ? 0 : where === 'rjust' ? marg : (marg >> 1) + (marg & width & 1);
  return PyUnicode_FromString(tstate, fill.repeat(left) + s + fill.repeat(marg - left));
}

/** s.center(width, fillchar=' '): a new str; `fillchar` 0 for the default. @public */
export function unicodeCenter(tstate: ThreadState, self: number, width: number, fillchar: number): number {
  return pad(tstate, self, width, fillchar, 'center');
}

/** s.ljust(width, fillchar=' '): a new str. @public */
export function unicodeLJust(tstate: ThreadState, self: number, width: number, fillchar: number): number {
  return pad(tstate, self, width, fillchar, 'ljust');
}

/** s.rjust(width, fillchar=' '): a new str. @public */
export function unicodeRJust(tstate: ThreadState, self: number, width: number, fillchar: number): number {
  return pad(tstate, self, width, fillchar, 'rjust');
}

/** s.zfill(width): zeros on the left, after a leading sign. @public */
export function unicodeZFill(tstate: ThreadState, self: number, width: number): number {
  const s = PyUnicode_AsString(tstate.interp, self);
  const n = Array.from(s).length;
  if (n >= width) return PyUnicode_FromString(tstate, s);
  const zeros = '0'.repeat(width - n);
  if (s[0] === '+' || s[0] === '-') return PyUnicode_FromString(tstate, s[0] + zeros + s.slice(1));
  return PyUnicode_FromString(tstate, zeros + s);
}

/** Python's line boundaries (str.splitlines): \r\n first, then each single one. */
const LINE_BREAK_SOURCE = '\\r\\n|[\\n\\v\\f\\r\\x1c\\x1d\\x1e\\x85\\u2028\\u2029]';

/** s.splitlines(keepends=False): a new list. @public */
export function unicodeSplitLines(tstate: ThreadState, self: number, keepends: boolean): number {
  const s = PyUnicode_AsString(tstate.interp, self);
  const out: string[] = [];
  let from = 0;
  // A fresh /g regex per call, so no module-level regex carries lastIndex state.
  for (const m of s.matchAll(new RegExp(LINE_BREAK_SOURCE, 'g'))) {
    const end = m.index + m[0].length;
    out.push(s.slice(from, keepends ? end : m.index));
    from = end;
  }
  if (from < s.length) out.push(s.slice(from));
  return listOf(tstate, out);
}

/** s.expandtabs(tabsize=8): a new str; the column restarts after a newline or carriage return. @public */
export function unicodeExpandTabs(tstate: ThreadState, self: number, tabsize: number): number {
  const s = PyUnicode_AsString(tstate.interp, self);
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return PyUnicode_FromString(tstate, out);
}

/**
 * s.encode(encoding='utf-8', errors='strict') for utf-8, ascii and latin-1: new bytes, or NULL
 * with UnicodeEncodeError (CPython's message) or LookupError "unknown encoding: X".
 * NON-CPYTHON: only 'strict' errors; lone surrogates cannot occur in pergil strs built from
 * well-formed JS strings, so utf-8 never fails.
 * @public
 */
export function unicodeEncode(tstate: ThreadState, self: number, encoding: string): number {
  const s = PyUnicode_AsString(tstate.interp, self);
  const norm = encoding.toLowerCase().replace(/_/g, '-');
  if (norm === 'utf-8' || norm === 'utf8') return PyBytes_FromBytes(tstate, new TextEncoder().encode(s));
  let limit: number;
  let name: string;
  if (norm === 'ascii' || norm === 'us-ascii') {
    limit = 0x80;
    name = 'ascii';
  } else if (norm === 'latin-1' || norm === 'latin1' || norm === 'iso-8859-1' || norm === 'iso8859-1') {
    limit = 0x100;
    name = 'latin-1';
  } else {
    return raise(tstate, 'LookupError', `unknown encoding: ${encoding}`);
  }
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const bad = cps.findIndex((c) => c >= limit);
  if (bad >= 0) {
    let end = bad;
    while (end < cps.length && cps[end] >= limit) end++;
    return raiseUnicodeError(tstate, 'UnicodeEncodeError', name, self, bad, end, `ordinal not in range(${limit})`);
  }
  return PyBytes_FromBytes(tstate, Uint8Array.from(cps));
}

// ---- predicates and case mapping ------------------------------------------------------------
// NON-CPYTHON: character classes come from JS's Unicode property escapes (\p{…}), which follow
// the Unicode database of the running V8 rather than CPython's; the classes are CPython's
// definitions: alpha = L*, decimal = Nd, digit = Nd + the characters with a digit value
// (approximated by superscript/subscript/circled digits), numeric = N* (CPython also counts
// CJK ideographs with a numeric value, e.g. 三, which this does not).

const ALPHA = /^\p{L}$/u;
const DECIMAL = /^\p{Nd}$/u;
const DIGIT = /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]$/u;
const NUMERIC = /^\p{N}$/u;
const UPPER = /^\p{Uppercase}$/u;
const LOWER = /^\p{Lowercase}$/u;
const TITLE = /^\p{Lt}$/u;
const PRINTABLE = /^[^\p{C}\p{Z}]$/u;
const ID_START = /^[\p{L}\p{Nl}_\u2118\u212e\u309b\u309c]$/u;
const ID_CONTINUE = /^[\p{L}\p{Nl}_\u2118\u212e\u309b\u309c\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00b7\u0387\u1369-\u1371\u19da]$/u;

function boolOf(tstate: ThreadState, b: boolean): number {
  return b ? tstate.interp.runtime.immortalTrue : tstate.interp.runtime.immortalFalse;
}

function every(tstate: ThreadState, self: number, test: (c: string) => boolean, emptyIs = false): number {
  const cps = Array.from(PyUnicode_AsString(tstate.interp, self));
  return boolOf(tstate, cps.length === 0 ? emptyIs : cps.every(test));
}

/** s.isalpha(). @public */
export function unicodeIsAlpha(tstate: ThreadState, self: number): number {
  return every(tstate, self, (c) => ALPHA.test(c));
}

/** s.isdecimal(). @public */
export function unicodeIsDecimal(tstate: ThreadState, self: number): number {
  return every(tstate, self, (c) => DECIMAL.test(c));
}

/** s.isdigit(). @public */
export function unicodeIsDigit(tstate: ThreadState, self: number): number {
  return every(tstate, self, (c) => DIGIT.test(c));
}

/** s.isnumeric(). @public */
export function unicodeIsNumeric(tstate: ThreadState, self: number): number {
  return every(tstate, self, (c) => NUMERIC.test(c));
}

/** s.isalnum(): every character alpha, decimal, digit or numeric. @public */
export function unicodeIsAlnum(tstate: ThreadState, self: number): number {
  return every(tstate, self, (c) => ALPHA.test(c) || NUMERIC.test(c));
}

/** s.isspace(). @public */
export function unicodeIsSpace(tstate: ThreadState, self: number): number {
  return every(tstate, self, (c) => IS_SPACE.test(c));
}

/** s.isascii() (True for ''). @public */
export function unicodeIsAscii(tstate: ThreadState, self: number): number {
  return every(tstate, self, (c) => c.charCodeAt(0) < 0x80, true);
}

/** s.isprintable() (True for ''; a space is printable). @public */
export function unicodeIsPrintable(tstate: ThreadState, self: number): number {
  return every(tstate, self, (c) => c === ' ' || PRINTABLE.test(c), true);
}

/** s.isupper(): some cased character, and none lowercase. @public */
export function unicodeIsUpper(tstate: ThreadState, self: number): number {
  const cps = Array.from(PyUnicode_AsString(tstate.interp, self));
  return boolOf(tstate, cps.some((c) => UPPER.test(c)) && !cps.some((c) => LOWER.test(c) || TITLE.test(c)));
}

/** s.islower(): some cased character, and none uppercase or titlecase. @public */
export function unicodeIsLower(tstate: ThreadState, self: number): number {
  const cps = Array.from(PyUnicode_AsString(tstate.interp, self));
  return boolOf(tstate, cps.some((c) => LOWER.test(c)) && !cps.some((c) => UPPER.test(c) || TITLE.test(c)));
}

/** s.istitle(): uppercase only after uncased characters, lowercase only after cased ones. @public */
export function unicodeIsTitle(tstate: ThreadState, self: number): number {
  let previousCased = false;
  let cased = false;
  for (const c of PyUnicode_AsString(tstate.interp, self)) {
    if (UPPER.test(c) || TITLE.test(c)) {
      if (previousCased) return boolOf(tstate, false);
      previousCased = true;
      cased = true;
    } else if (LOWER.test(c)) {
      if (!previousCased) return boolOf(tstate, false);
      previousCased = true;
      cased = true;
    } else {
      previousCased = false;
    }
  }
  return boolOf(tstate, cased);
}

/** s.isidentifier() (PEP 3131's XID_Start/XID_Continue, approximated by their base classes). @public */
export function unicodeIsIdentifier(tstate: ThreadState, self: number): number {
  const cps = Array.from(PyUnicode_AsString(tstate.interp, self));
  return boolOf(tstate, cps.length > 0 && ID_START.test(cps[0]) && cps.slice(1).every((c) => ID_CONTINUE.test(c)));
}

/** s.swapcase(): a new str. @public */
export function unicodeSwapCase(tstate: ThreadState, self: number): number {
  const cps = Array.from(PyUnicode_AsString(tstate.interp, self));
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += UPPER.test(c) ? lowerAt(cps, i) : LOWER.test(c) ? c.toUpperCase() : c;
  }
  return PyUnicode_FromString(tstate, out);
}

/** s.capitalize(): the first character title-cased (upper-cased here), the rest lower-cased. @public */
export function unicodeCapitalize(tstate: ThreadState, self: number): number {
  const cps = Array.from(PyUnicode_AsString(tstate.interp, self));
  if (cps.length === 0) return PyUnicode_FromString(tstate, '');
  let out = titleOf(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return PyUnicode_FromString(tstate, out);
}

/** s.title(): each cased run starts upper-cased, the rest lower-cased. @public */
export function unicodeTitle(tstate: ThreadState, self: number): number {
  const cps = Array.from(PyUnicode_AsString(tstate.interp, self));
  let out = '';
  let previousCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += previousCased ? lowerAt(cps, i) : titleOf(c);
    previousCased = isCased(c);
  }
  return PyUnicode_FromString(tstate, out);
}

/**
 * s.casefold(): each character upper-cased then lower-cased (JS has no case folding; this
 * gives ß → ss, ﬁ → fi, ς → σ as CaseFolding.txt does for most characters).
 * @public
 */
export function unicodeCaseFold(tstate: ThreadState, self: number): number {
  let out = '';
  for (const c of PyUnicode_AsString(tstate.interp, self)) out += c.toUpperCase().toLowerCase();
  return PyUnicode_FromString(tstate, out);
}

function isCased(c: string): boolean {
  return UPPER.test(c) || LOWER.test(c) || TITLE.test(c);
}

/** Title-case mappings JS cannot derive (the Latin digraphs). */
const TITLE_DIGRAPHS: Readonly<Record<string, string>> = Object.freeze({
  'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǆ': 'ǅ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǉ': 'ǈ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǌ': 'ǋ', 'Ǳ': 'ǲ', 'ǲ': 'ǲ', 'ǳ': 'ǲ',
});

/** The title case of one character: a digraph's, else the upper case with any tail lower-cased (ß → Ss). */
function titleOf(c: string): string {
  const d = TITLE_DIGRAPHS[c];
  if (d !== undefined) return d;
  const up = Array.from(c.toUpperCase());
  return up[0] + up.slice(1).join('').toLowerCase();
}

/** The lower case of cps[i], with CPython's final-sigma rule for Σ. */
function lowerAt(cps: readonly string[], i: number): string {
  const c = cps[i];
  if (c !== 'Σ') return c.toLowerCase();
  const final = i > 0 && isCased(cps[i - 1]) && !(i + 1 < cps.length && isCased(cps[i + 1]));
  return final ? 'ς' : 'σ';
}
