// format() and the format-spec mini-language (CPython's Objects/abstract.c PyObject_Format
// and Python/formatter_unicode.c): `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
// for int (and bool), float and str, done natively; other objects through their `__format__`,
// and object.__format__ (CPython's object___format___impl) when nothing overrides it.
// Floats are rounded exactly (round-half-even on the double's exact binary value, as CPython's
// dtoa does) with BigInt arithmetic — JS's toFixed rounds exact ties away from zero.

import type { ThreadState } from '../thread-state.js';
import { PyErr_Occurred, PyErr_SetObject, PyType_IsSubtype, raise } from './exceptions.js';
import { Py_DECREF, Py_INCREF, Py_TYPE, PyObject_Repr, PyObject_Str, typeName } from './object.js';
import { PyObject_GetAttr } from './object-attrs.js';
import { PyObject_GetItem } from './abstract.js';
import { PyLong_AsBigInt, PyLong_FromBigInt } from './longobject.js';
import { PyFloat_AS_DOUBLE, PyOS_double_to_string } from './floatobject.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './unicodeobject.js';
import { PyBytes_AsUint8Array, PyBytes_FromBytes } from './bytesobject.js';
import { PyTuple_GET_ITEM, PyTuple_Pack, tupleLength } from './tupleobject.js';
import { _PyObject_CallMethod } from './call.js';
import { _PyType_LookupOwner } from './typeobject.js';

/** A parsed format spec (CPython's InternalFormatSpec). @internal */
export interface FormatSpec {
  fill: string;
  align: string; // '' when not given
  sign: string; // '' when not given
  noNegZero: boolean;
  alternate: boolean;
  width: number; // -1 when not given
  grouping: string; // '', ',' or '_'
  precision: number; // -1 when not given
  type: string; // '' when not given
}

const DIGITS_LIMIT = 0x7fffffff;

/** Reads a run of decimal digits at `pos`: [value, end] or null after raising "Too many decimal digits". */
function readNumber(tstate: ThreadState, s: string, pos: number): [number, number] | null {
  let v = 0;
  let p = pos;
  while (p < s.length && s.charCodeAt(p) >= 48 && s.charCodeAt(p) <= 57) {
    v = v * 10 + (s.charCodeAt(p) - 48);
    if (v > DIGITS_LIMIT) {
      raise(tstate, 'ValueError', 'Too many decimal digits in format string');
      return null;
    }
    p++;
  }
  return [p === pos ? -1 : v, p];
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/**
 * Parses `spec` (CPython's parse_internal_render_format_spec): null with ValueError set.
 * `defaultType` and `defaultAlign` are the object kind's; `objType` names it in messages.
 * @internal
 */
export function parseFormatSpec(tstate: ThreadState, spec: string, objType: string, defaultType: string, defaultAlign: string): FormatSpec | null {
  // cpython: Python/formatter_unicode.c parse_internal_render_format_spec
  const f: FormatSpec = { fill: ' ', align: defaultAlign, sign: '', noNegZero: false, alternate: false, width: -1, grouping: '', precision: -1, type: defaultType };
  const cps = Array.from(spec);
  let pos = 0;
  let fillGiven = false;
  let alignGiven = false;
  if (cps.length >= 2 && isAlign(cps[1])) {
    f.fill = cps[0]; f.align = cps[1]; fillGiven = true; alignGiven = true; pos = 2;
  } else if (cps.length >= 1 && isAlign(cps[0])) {
    f.align = cps[0]; alignGiven = true; pos = 1;
  }
  if (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ') f.sign = cps[pos++];
  if (cps[pos] === 'z') { f.noNegZero = true; pos++; }
  if (cps[pos] === '#') { f.alternate = true; pos++; }
  if (!fillGiven && cps[pos] === '0') {
    f.fill = '0';
    if (!alignGiven && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const rest = cps.slice(pos).join('');
  let p = 0;
  const w = readNumber(tstate, rest, p);
  if (w === null) return null;
  [f.width, p] = w;
  if (rest[p] === ',') { f.grouping = ','; p++; }
  if (rest[p] === '_') {
    if (f.grouping !== '') { raise(tstate, 'ValueError', "Cannot specify both ',' and '_'."); return null; }
    f.grouping = '_'; p++;
  }
  if (rest[p] === ',') { raise(tstate, 'ValueError', "Cannot specify ',' with ','."); return null; }
  if (rest[p] === '.') {
    p++;
    const pr = readNumber(tstate, rest, p);
    if (pr === null) return null;
    [f.precision, p] = pr;
    if (f.precision === -1) { raise(tstate, 'ValueError', 'Format specifier missing precision'); return null; }
  }
  const tail = Array.from(rest.slice(p));
  if (tail.length > 1) {
    raise(tstate, 'ValueError', `Invalid format specifier '${spec}' for object of type '${objType}'`);
    return null;
  }
  if (tail.length === 1) f.type = tail[0];
  if (f.grouping !== '') {
    const t = f.type;
    const ok = t === 'd' || t === 'e' || t === 'f' || t === 'g' || t === 'E' || t === 'G' || t === '%' || t === 'F' || t === '' ||
      (f.grouping === '_' && (t === 'b' || t === 'o' || t === 'x' || t === 'X'));
    if (!ok) { raise(tstate, 'ValueError', `Cannot specify '${f.grouping}' with '${t}'.`); return null; }
  }
  return f;
}

/** Pads `body` (its length in code points is `len`) to the spec's width. */
function pad(f: FormatSpec, body: string, len: number, align: string): string {
  if (f.width <= len) return body;
  const n = f.width - len;
  if (align === '<') return body + f.fill.repeat(n);
  if (align === '^') return f.fill.repeat(n >> 1) + body + f.fill.repeat(n - (n >> 1));
  return f.fill.repeat(n) + body;
}

/** Groups the digit string `digits` by `every` with `sep`, zero-padded to at least `minWidth`. */
function group(digits: string, sep: string, every: number, minWidth: number): string {
  let d = digits;
  const grouped = (k: number): number => k + Math.floor((k - 1) / every);
  while (grouped(d.length) < minWidth) d = '0' + d;
  let out = '';
  for (let i = d.length; i > 0; i -= every) out = d.slice(Math.max(0, i - every), i) + (out === '' ? '' : sep + out);
  return out;
}

/**
 * Lays out a number (CPython's calc_number_widths + fill_number): sign, prefix, digits
 * (grouped), the rest (fraction, exponent, '%'); '=' puts the fill after sign and prefix.
 */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, rest: string, every: number, grouped = true): string {
  let sign = '';
  if (negative) sign = '-';
  else if (f.sign === '+') sign = '+';
  else if (f.sign === ' ') sign = ' ';
  let intPart = digits;
  const lead = sign.length + prefix.length;
  if (grouped && f.grouping !== '') {
    const minWidth = f.fill === '0' && f.align === '=' ? f.width - lead - rest.length : 0;
    intPart = group(digits, f.grouping, every, minWidth);
  }
  const body = intPart + rest;
  const len = lead + Array.from(body).length;
  if (f.align === '=') {
    if (f.width <= len) return sign + prefix + body;
    return sign + prefix + f.fill.repeat(f.width - len) + body;
  }
  return pad(f, sign + prefix + body, len, f.align);
}

/** format(int, spec) (CPython's format_long_internal). */
function formatInt(tstate: ThreadState, v: bigint, f: FormatSpec, objType: string): string | null {
  const t = f.type === '' ? 'd' : f.type;
  if (t === 'e' || t === 'E' || t === 'f' || t === 'F' || t === 'g' || t === 'G' || t === '%') {
    return formatFloat(tstate, Number(v), f, objType);
  }
  if (t !== 'b' && t !== 'c' && t !== 'd' && t !== 'o' && t !== 'x' && t !== 'X' && t !== 'n') {
    raise(tstate, 'ValueError', `Unknown format code '${t}' for object of type '${objType}'`);
    return null;
  }
  if (f.precision !== -1) { raise(tstate, 'ValueError', 'Precision not allowed in integer format specifier'); return null; }
  if (f.noNegZero) { raise(tstate, 'ValueError', 'Negative zero coercion (z) not allowed in integer format specifier'); return null; }
  if (t === 'c') {
    if (f.sign !== '') { raise(tstate, 'ValueError', "Sign not allowed with integer format specifier 'c'"); return null; }
    if (f.alternate) { raise(tstate, 'ValueError', "Alternate form (#) not allowed with integer format specifier 'c'"); return null; }
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) { raise(tstate, 'OverflowError', 'Python int too large to convert to C long'); return null; }
    if (v < 0n || v > 0x10ffffn) { raise(tstate, 'OverflowError', '%c arg not in range(0x110000)'); return null; }
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber(f, false, '', '', ch, 3);
  }
  const negative = v < 0n;
  const a = negative ? -v : v;
  let digits: string;
  let prefix = '';
  let every = 3;
  if (t === 'b') { digits = a.toString(2); prefix = '0b'; every = 4; }
  else if (t === 'o') { digits = a.toString(8); prefix = '0o'; every = 4; }
  else if (t === 'x') { digits = a.toString(16); prefix = '0x'; every = 4; }
  else if (t === 'X') { digits = a.toString(16).toUpperCase(); prefix = '0X'; every = 4; }
  else digits = a.toString(10);
  return layoutNumber(f, negative, f.alternate ? prefix : '', digits, '', every);
}

/** The double's exact value as mantissa * 2**exponent (finite, non-negative). */
function decompose(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return [mant, -1074];
  mant |= 1n << 52n;
  return [mant, biased - 1075];
}

/** round(m * 2**e * 10**k) with ties to even, exactly. */
function roundScaled(m: bigint, e: number, k: number): bigint {
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (k >= 0) num *= 10n ** BigInt(k); else den *= 10n ** BigInt(-k);
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** |x| with `p` digits after the point: [integer digits, fraction digits]. */
function fixedDigits(x: number, p: number): [string, string] {
  const [m, e] = decompose(x);
  const s = roundScaled(m, e, p).toString().padStart(p + 1, '0');
  return [s.slice(0, s.length - p), s.slice(s.length - p)];
}

/** |x| (non-zero) to p+1 significant digits: [digits, decimal exponent]. */
function sigDigits(x: number, p: number): [string, number] {
  if (x === 0) return ['0'.repeat(p + 1), 0];
  const [m, e] = decompose(x);
  let exp = Math.floor(Math.log10(x));
  const lo = 10n ** BigInt(p);
  const hi = lo * 10n;
  for (;;) {
    const q = roundScaled(m, e, p - exp);
    if (q >= hi) exp++;
    else if (q < lo) exp--;
    else return [q.toString(), exp];
  }
}

function expSuffix(exp: number, upper: boolean): string {
  const a = Math.abs(exp);
  return `${upper ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
}

/** format(float, spec) (CPython's format_float_internal). */
function formatFloat(tstate: ThreadState, x: number, f: FormatSpec, objType: string): string | null {
  let t = f.type;
  if (t !== '' && t !== 'e' && t !== 'E' && t !== 'f' && t !== 'F' && t !== 'g' && t !== 'G' && t !== 'n' && t !== '%') {
    raise(tstate, 'ValueError', `Unknown format code '${t}' for object of type '${objType}'`);
    return null;
  }
  if (t === 'n') t = 'g';
  let precision = f.precision;
  let addDot0 = false;
  let reprLike = false;
  if (t === '') {
    if (precision === -1) reprLike = true;
    else { t = 'g'; addDot0 = true; }
  }
  if (precision === -1) precision = 6;
  let negative = x < 0 || Object.is(x, -0);
  let a = Math.abs(x);
  if (t === '%') a *= 100;
  const upper = t === 'E' || t === 'F' || t === 'G';
  let intDigits: string;
  let rest: string;
  if (a !== a || a === Infinity) {
    intDigits = '';
    rest = a !== a ? 'nan' : 'inf';
    if (upper) rest = rest.toUpperCase();
    if (t === '%') rest += '%';
    if (a !== a) negative = false;
  } else if (reprLike) {
    const r = PyOS_double_to_string(a);
    const at = r.search(/[.e]/);
    intDigits = at < 0 ? r : r.slice(0, at);
    rest = at < 0 ? '' : r.slice(at);
  } else if (t === 'f' || t === 'F' || t === '%') {
    const [ip, fp] = fixedDigits(a, precision);
    intDigits = ip;
    rest = (fp !== '' || f.alternate ? '.' : '') + fp + (t === '%' ? '%' : '');
  } else if (t === 'e' || t === 'E') {
    const [d, exp] = sigDigits(a, precision);
    intDigits = d[0];
    rest = (precision > 0 || f.alternate ? '.' : '') + d.slice(1) + expSuffix(exp, upper);
  } else {
    // 'g' / 'G' (CPython's format_float_short with mode 2)
    const p = precision === 0 ? 1 : precision;
    const [d, exp] = sigDigits(a, p - 1);
    // cpython: Python/pystrtod.c format_float_short (ADD_DOT_0 moves the exponent threshold)
    if (exp >= -4 && exp < (addDot0 ? p - 1 : p)) {
      let ip: string;
      let fp: string;
      if (exp >= 0) { ip = d.slice(0, exp + 1); fp = d.slice(exp + 1); }
      else { ip = '0'; fp = '0'.repeat(-exp - 1) + d; }
      if (!f.alternate) fp = fp.replace(/0+$/, '');
      intDigits = ip;
      rest = fp !== '' || f.alternate ? '.' + fp : '';
      if (addDot0 && fp === '') rest = '.0';
    } else {
      let fp = d.slice(1);
      if (!f.alternate) fp = fp.replace(/0+$/, '');
      intDigits = d[0];
      rest = (fp !== '' || f.alternate ? '.' + fp : '') + expSuffix(exp, upper);
    }
  }
  if (negative && f.noNegZero && /^[0.]*$/.test(intDigits + rest.replace(/[eE][-+]\d+|%/g, ''))) negative = false;
  return layoutNumber(f, negative, '', intDigits, rest, 3, intDigits !== '');
}

/** format(str, spec) (CPython's format_string_internal). */
function formatString(tstate: ThreadState, s: string, f: FormatSpec, objType: string): string | null {
  if (f.type !== 's') {
    raise(tstate, 'ValueError', `Unknown format code '${f.type}' for object of type '${objType}'`);
    return null;
  }
  if (f.sign !== '') { raise(tstate, 'ValueError', 'Sign not allowed in string format specifier'); return null; }
  if (f.noNegZero) { raise(tstate, 'ValueError', 'Negative zero coercion (z) not allowed in string format specifier'); return null; }
  if (f.alternate) { raise(tstate, 'ValueError', 'Alternate form (#) not allowed in string format specifier'); return null; }
  if (f.align === '=') { raise(tstate, 'ValueError', "'=' alignment not allowed in string format specifier"); return null; }
  let cps = Array.from(s);
  if (f.precision !== -1 && cps.length > f.precision) cps = cps.slice(0, f.precision);
  return pad(f, cps.join(''), cps.length, f.align);
}

/**
 * The native formatting of an int, bool, float or str value by `spec` (a JS string): the
 * text, or null with an exception set. `kind` picks the formatter; `objType` names the type.
 * @internal
 */
export function _PyFormat_Native(tstate: ThreadState, kind: 'int' | 'float' | 'str', h: number, spec: string, objType: string): string | null {
  const interp = tstate.interp;
  if (kind === 'str') {
    const f = parseFormatSpec(tstate, spec, objType, 's', '<');
    return f === null ? null : formatString(tstate, PyUnicode_AsString(interp, h), f, objType);
  }
  const f = parseFormatSpec(tstate, spec, objType, '', '>');
  if (f === null) return null;
  if (kind === 'int') return formatInt(tstate, PyLong_AsBigInt(interp, h), f, objType);
  return formatFloat(tstate, PyFloat_AS_DOUBLE(interp, h), f, objType);
}

/**
 * format(obj, spec) (CPython's PyObject_Format): `spec` is a str handle or 0 (empty). A new
 * str, or 0 with an exception set. int, bool, float and str (and subclasses that do not
 * override `__format__`) are formatted natively; other objects through `__format__`.
 * @public
 */
export function PyObject_Format(tstate: ThreadState, obj: number, spec: number): number {
  // cpython: Objects/abstract.c PyObject_Format
  const interp = tstate.interp;
  const T = interp.types;
  const specText = spec === 0 ? '' : PyUnicode_AsString(interp, spec);
  const type = Py_TYPE(interp, obj);
  if (specText === '' && type === T.str) {
    Py_INCREF(interp, obj);
    return obj;
  }
  let kind: 'int' | 'float' | 'str' | null = null;
  if (type === T.int || type === T.bool) kind = 'int';
  else if (type === T.float) kind = 'float';
  else if (type === T.str) kind = 'str';
  else if (type !== T.object) {
    // A class's own __format__ (a heap type's, or a static type's other than object's) wins;
    // otherwise a subclass of int, float or str formats like its builtin base.
    const owner = _PyType_LookupOwner(tstate, type, '__format__');
    if (owner === 0 && PyErr_Occurred(tstate) !== 0) return 0;
    if (owner > 0 || (owner < 0 && owner !== T.object && owner !== T.int && owner !== T.float && owner !== T.str)) {
      return callFormatMethod(tstate, obj, spec);
    }
    if (PyType_IsSubtype(interp, type, T.int)) kind = 'int';
    else if (PyType_IsSubtype(interp, type, T.float)) kind = 'float';
    else if (PyType_IsSubtype(interp, type, T.str)) kind = 'str';
  }
  if (kind !== null) {
    if (specText === '') return PyObject_Str(tstate, obj);
    const text = _PyFormat_Native(tstate, kind, obj, specText, typeName(interp, type));
    return text === null ? 0 : PyUnicode_FromString(tstate, text);
  }
  // object.__format__
  if (specText !== '') {
    return raise(tstate, 'TypeError', `unsupported format string passed to ${typeName(interp, Py_TYPE(interp, obj))}.__format__`);
  }
  return PyObject_Str(tstate, obj);
}

/** obj.__format__(spec), checked to return a str ("__format__ must return a str, not int"). */
function callFormatMethod(tstate: ThreadState, obj: number, spec: number): number {
  const interp = tstate.interp;
  const specH = spec === 0 ? interp.runtime.emptyStr : spec;
  const args = PyTuple_Pack(tstate, [specH]);
  if (args === 0) return 0;
  const r = _PyObject_CallMethod(tstate, obj, '__format__', args);
  Py_DECREF(interp, args);
  if (r === 0) return 0;
  const rt = Py_TYPE(interp, r);
  if (rt !== interp.types.str && !PyType_IsSubtype(interp, rt, interp.types.str)) {
    const name = typeName(interp, rt);
    Py_DECREF(interp, r);
    return raise(tstate, 'TypeError', `__format__ must return a str, not ${name}`);
  }
  return r;
}

// ---- str.format (CPython's Objects/stringlib/unicode_format.h) ----

/** The arguments of one str.format call: positional handles, keyword names and values. */
interface FormatArgs {
  readonly argsWord: number;
  readonly nargs: number;
  readonly kwnames: string[];
  autoNumber: number; // -1 unused, -2 manual, else the next automatic index
}

/** ascii(): non-ASCII characters of a repr as \x, \u, \U escapes. */
function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return out;
}

/** The argument a field names (CPython's get_field_object + FieldNameIterator): a new reference or 0. */
function getFieldObject(tstate: ThreadState, a: FormatArgs, name: string): number {
  const interp = tstate.interp;
  let p = 0;
  while (p < name.length && name[p] !== '.' && name[p] !== '[') p++;
  const first = name.slice(0, p);
  let obj: number;
  if (first === '' || /^\d+$/.test(first)) {
    let index: number;
    if (first === '') {
      if (a.autoNumber === -2) return raise(tstate, 'ValueError', 'cannot switch from manual field specification to automatic field numbering');
      if (a.autoNumber === -1) a.autoNumber = 0;
      index = a.autoNumber++;
    } else {
      if (a.autoNumber >= 0) return raise(tstate, 'ValueError', 'cannot switch from automatic field numbering to manual field specification');
      a.autoNumber = -2;
      index = Number(first);
    }
    if (index >= a.nargs) return raise(tstate, 'IndexError', `Replacement index ${index} out of range for positional args tuple`);
    obj = interp.views.i32[a.argsWord + index];
  } else {
    const k = a.kwnames.indexOf(first);
    if (k < 0) {
      const key = PyUnicode_FromString(tstate, first);
      if (key === 0) return 0;
      PyErr_SetObject(tstate, interp.runtime.staticType('KeyError'), key);
      Py_DECREF(interp, key);
      return 0;
    }
    obj = interp.views.i32[a.argsWord + a.nargs + k];
  }
  Py_INCREF(interp, obj);
  while (p < name.length) {
    let next: number;
    if (name[p] === '.') {
      let q = p + 1;
      while (q < name.length && name[q] !== '.' && name[q] !== '[') q++;
      const attr = name.slice(p + 1, q);
      if (attr === '') { Py_DECREF(interp, obj); return raise(tstate, 'ValueError', 'Empty attribute in format string'); }
      const attrH = PyUnicode_FromString(tstate, attr);
      next = attrH === 0 ? 0 : PyObject_GetAttr(tstate, obj, attrH);
      if (attrH !== 0) Py_DECREF(interp, attrH);
      p = q;
    } else if (name[p] === '[') {
      const q = name.indexOf(']', p + 1);
      if (q < 0) { Py_DECREF(interp, obj); return raise(tstate, 'ValueError', "Missing ']' in format string"); }
      const keyText = name.slice(p + 1, q);
      if (keyText === '') { Py_DECREF(interp, obj); return raise(tstate, 'ValueError', 'Empty attribute in format string'); }
      const key = /^\d+$/.test(keyText) ? PyLong_FromBigInt(tstate, BigInt(keyText)) : PyUnicode_FromString(tstate, keyText);
      next = key === 0 ? 0 : PyObject_GetItem(tstate, obj, key);
      if (key !== 0) Py_DECREF(interp, key);
      p = q + 1;
      if (p < name.length && name[p] !== '.' && name[p] !== '[') {
        Py_DECREF(interp, obj);
        if (next !== 0) Py_DECREF(interp, next);
        return raise(tstate, 'ValueError', 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
    } else {
      Py_DECREF(interp, obj);
      return raise(tstate, 'ValueError', 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
    }
    Py_DECREF(interp, obj);
    if (next === 0) return 0;
    obj = next;
  }
  return obj;
}

/** Renders `fmt` with the arguments (CPython's build_string/output_markup): text or null with an exception set. */
function renderFormat(tstate: ThreadState, fmt: string, a: FormatArgs, depth: number): string | null {
  const interp = tstate.interp;
  if (depth <= 0) { raise(tstate, 'ValueError', 'Max string recursion exceeded'); return null; }
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === '}') {
      if (fmt[i + 1] === '}') { out += '}'; i += 2; continue; }
      raise(tstate, 'ValueError', "Single '}' encountered in format string");
      return null;
    }
    if (c !== '{') { out += c; i++; continue; }
    if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
    // A field: find its closing brace, counting nested braces (CPython's MarkupIterator_next).
    if (i + 1 >= n) { raise(tstate, 'ValueError', "Single '{' encountered in format string"); return null; }
    let j = i + 1;
    let level = 1;
    let inSpec = false;
    while (j < n) {
      const d = fmt[j];
      if (d === '[' && !inSpec) {
        while (j < n && fmt[j] !== ']') j++;
        if (j >= n) break;
      } else if (d === ':') inSpec = true;
      else if (d === '{') level++;
      else if (d === '}' && --level === 0) break;
      j++;
    }
    if (j >= n) { raise(tstate, 'ValueError', "expected '}' before end of string"); return null; }
    const field = fmt.slice(i + 1, j);
    i = j + 1;
    // Split field_name [!conversion] [:spec]; brackets in the name may hold ':' or '!'.
    let k = 0;
    while (k < field.length && field[k] !== ':' && field[k] !== '!') {
      if (field[k] === '[') { while (k < field.length && field[k] !== ']') k++; }
      if (k < field.length) k++;
    }
    const name = field.slice(0, k);
    let conversion = '';
    let spec = '';
    if (field[k] === '!') {
      if (k + 1 >= field.length) { raise(tstate, 'ValueError', 'end of string while looking for conversion specifier'); return null; }
      conversion = field[k + 1];
      if (k + 2 < field.length && field[k + 2] !== ':') { raise(tstate, 'ValueError', "expected ':' after conversion specifier"); return null; }
      spec = field.slice(k + 3);
    } else if (field[k] === ':') {
      spec = field.slice(k + 1);
    }
    let obj = getFieldObject(tstate, a, name);
    if (obj === 0) return null;
    if (conversion !== '') {
      let conv: number;
      if (conversion === 'r' || conversion === 'a') conv = PyObject_Repr(tstate, obj);
      else if (conversion === 's') conv = PyObject_Str(tstate, obj);
      else {
        Py_DECREF(interp, obj);
        raise(tstate, 'ValueError', `Unknown conversion specifier ${conversion}`);
        return null;
      }
      Py_DECREF(interp, obj);
      if (conv === 0) return null;
      obj = conv;
      if (conversion === 'a') {
        const esc = asciiEscape(PyUnicode_AsString(interp, obj));
        Py_DECREF(interp, obj);
        obj = PyUnicode_FromString(tstate, esc);
        if (obj === 0) return null;
      }
    }
    if (spec.includes('{')) {
      const inner = renderFormat(tstate, spec, a, depth - 1);
      if (inner === null) { Py_DECREF(interp, obj); return null; }
      spec = inner;
    }
    const specH = PyUnicode_FromString(tstate, spec);
    if (specH === 0) { Py_DECREF(interp, obj); return null; }
    const r = PyObject_Format(tstate, obj, specH);
    Py_DECREF(interp, specH);
    Py_DECREF(interp, obj);
    if (r === 0) return null;
    out += PyUnicode_AsString(interp, r);
    Py_DECREF(interp, r);
  }
  return out;
}

/**
 * `str.format(*args, **kwargs)` as a METH_FASTCALL | METH_KEYWORDS method (CPython's
 * do_string_format): a new str, or 0 with an exception set.
 * @public
 */
export function unicodeFormatMethod(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  const names: string[] = [];
  if (kwnames !== 0) {
    const nk = tupleLength(interp, kwnames);
    for (let k = 0; k < nk; k++) names.push(PyUnicode_AsString(interp, PyTuple_GET_ITEM(interp, kwnames, k)));
  }
  const text = renderFormat(tstate, PyUnicode_AsString(interp, self), { argsWord, nargs, kwnames: names, autoNumber: -1 }, 2);
  return text === null ? 0 : PyUnicode_FromString(tstate, text);
}

// ---- printf-style formatting: str % args (CPython's PyUnicode_Format) ----

/** The int value of a %d/%x argument, or null with TypeError set (CPython's mainformatlong). */
function printfIntArg(tstate: ThreadState, v: number, conv: string): bigint | null {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, v);
  const T = interp.types;
  if (t === T.int || t === T.bool || PyType_IsSubtype(interp, t, T.int)) return PyLong_AsBigInt(interp, v);
  if ((conv === 'd' || conv === 'i' || conv === 'u') && (t === T.float || PyType_IsSubtype(interp, t, T.float))) {
    const x = PyFloat_AS_DOUBLE(interp, v);
    if (x !== x) { raise(tstate, 'ValueError', 'cannot convert float NaN to integer'); return null; }
    if (x === Infinity || x === -Infinity) { raise(tstate, 'OverflowError', 'cannot convert float infinity to integer'); return null; }
    return BigInt(Math.trunc(x));
  }
  const what = conv === 'd' || conv === 'i' || conv === 'u' ? 'a real number' : 'an integer';
  raise(tstate, 'TypeError', `%${conv} format: ${what} is required, not ${typeName(interp, t)}`);
  return null;
}

/** The double value of a %e/%f/%g argument, or null with an exception set. */
function printfFloatArg(tstate: ThreadState, v: number): number | null {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, v);
  const T = interp.types;
  if (t === T.float || PyType_IsSubtype(interp, t, T.float)) return PyFloat_AS_DOUBLE(interp, v);
  if (t === T.int || t === T.bool || PyType_IsSubtype(interp, t, T.int)) {
    const n = PyLong_AsBigInt(interp, v);
    const x = Number(n);
    if (x === Infinity || x === -Infinity) { raise(tstate, 'OverflowError', 'int too large to convert to float'); return null; }
    return x;
  }
  raise(tstate, 'TypeError', `must be real number, not ${typeName(interp, t)}`);
  return null;
}

/** Pads a printf field to `width`: left-adjusted, or right with spaces. */
function printfPad(s: string, width: number, left: boolean): string {
  const len = Array.from(s).length;
  if (len >= width) return s;
  return left ? s + ' '.repeat(width - len) : ' '.repeat(width - len) + s;
}

/**
 * `format % args` for a str `format` (CPython's PyUnicode_Format): a new str, or 0 with an
 * exception set. `args` is a tuple of arguments, a mapping for `%(name)s`, or one argument.
 * @public
 */
export function PyUnicode_Format(tstate: ThreadState, format: number, args: number): number {
  // cpython: Objects/unicodeobject.c PyUnicode_Format
  return printfFormat(tstate, PyUnicode_AsString(tstate.interp, format), args, false);
}

/**
 * `format % args` for a bytes `format` (CPython's _PyBytes_FormatEx, PEP 461): a new bytes,
 * or 0 with an exception set. %s and %b take bytes, %r and %a give ascii(), %c an int in
 * range(256) or one byte.
 * @public
 */
export function PyBytes_Format(tstate: ThreadState, format: number, args: number): number {
  // cpython: Objects/bytesobject.c _PyBytes_FormatEx
  return printfFormat(tstate, latin1(PyBytes_AsUint8Array(tstate.interp, format)), args, true);
}

function latin1(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  return s;
}

/** The printf engine of str % and bytes %; bytes are carried as a latin-1 JS string. */
function printfFormat(tstate: ThreadState, fmt: string, args: number, asBytes: boolean): number {
  const interp = tstate.interp;
  const T = interp.types;
  const argsType = Py_TYPE(interp, args);
  const isTuple = argsType === T.tuple || PyType_IsSubtype(interp, argsType, T.tuple);
  const argCount = isTuple ? tupleLength(interp, args) : 1;
  const isMapping = !isTuple && argsType !== T.str && (argsType === T.dict || PyType_IsSubtype(interp, argsType, T.dict));
  let argIndex = 0;
  let usedMapping = false;
  const nextArg = (): number => {
    if (argIndex >= argCount) {
      raise(tstate, 'TypeError', 'not enough arguments for format string');
      return 0;
    }
    return isTuple ? PyTuple_GET_ITEM(interp, args, argIndex++) : (argIndex++, args);
  };
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pct);
    i = pct + 1;
    let held = 0; // a new reference to the %(key) value, dropped after use
    if (fmt[i] === '(') {
      if (!isMapping) return raise(tstate, 'TypeError', 'format requires a mapping');
      let depth = 1;
      const start = i + 1;
      i++;
      while (i < n && depth > 0) {
        if (fmt[i] === '(') depth++;
        else if (fmt[i] === ')') depth--;
        i++;
      }
      if (depth > 0) return raise(tstate, 'ValueError', 'incomplete format key');
      const keyText = fmt.slice(start, i - 1);
      const key = asBytes ? PyBytes_FromBytes(tstate, Uint8Array.from(keyText, (ch) => ch.charCodeAt(0))) : PyUnicode_FromString(tstate, keyText);
      if (key === 0) return 0;
      held = PyObject_GetItem(tstate, args, key);
      Py_DECREF(interp, key);
      if (held === 0) return 0;
      usedMapping = true;
    }
    let left = false;
    let sign = '';
    let alternate = false;
    let zero = false;
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === '-') left = true;
      else if (c === '+') sign = '+';
      else if (c === ' ') { if (sign === '') sign = ' '; }
      else if (c === '#') alternate = true;
      else if (c === '0') zero = true;
      else break;
    }
    const fail = (): number => { if (held !== 0) Py_DECREF(interp, held); return 0; };
    let width = -1;
    if (fmt[i] === '*') {
      const w = held !== 0 ? 0 : nextArg();
      if (w === 0) { if (held === 0) return 0; Py_DECREF(interp, held); return raise(tstate, 'TypeError', 'not enough arguments for format string'); }
      if (!PyType_IsSubtype(interp, Py_TYPE(interp, w), T.int)) { fail(); return raise(tstate, 'TypeError', '* wants int'); }
      width = Number(PyLong_AsBigInt(interp, w));
      if (width < 0) { left = true; width = -width; }
      i++;
    } else {
      const r = readNumber(tstate, fmt, i);
      if (r === null) return fail();
      [width, i] = r;
    }
    let precision = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = held !== 0 ? 0 : nextArg();
        if (p === 0) { if (held === 0) return 0; Py_DECREF(interp, held); return raise(tstate, 'TypeError', 'not enough arguments for format string'); }
        if (!PyType_IsSubtype(interp, Py_TYPE(interp, p), T.int)) { fail(); return raise(tstate, 'TypeError', '* wants int'); }
        precision = Math.max(0, Number(PyLong_AsBigInt(interp, p)));
        i++;
      } else {
        const r = readNumber(tstate, fmt, i);
        if (r === null) return fail();
        [precision, i] = r;
        if (precision < 0) precision = 0;
      }
    }
    while (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L') i++;
    if (i >= n) { fail(); return raise(tstate, 'ValueError', 'incomplete format'); }
    const conv = fmt[i++];
    if (conv === '%') { out += '%'; if (held !== 0) Py_DECREF(interp, held); continue; }
    const v = held !== 0 ? held : nextArg();
    if (v === 0) return 0;
    let piece: string | null;
    if (asBytes && (conv === 's' || conv === 'b')) {
      const t = Py_TYPE(interp, v);
      if (t !== T.bytes && !PyType_IsSubtype(interp, t, T.bytes)) {
        fail();
        return raise(tstate, 'TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(interp, t)}'`);
      }
      let s = latin1(PyBytes_AsUint8Array(interp, v));
      if (precision >= 0) s = s.slice(0, precision);
      piece = printfPad(s, width, left);
    } else if (asBytes && conv === 'c') {
      const t = Py_TYPE(interp, v);
      let ch: string | null = null;
      if (t === T.bytes || PyType_IsSubtype(interp, t, T.bytes)) {
        const d = PyBytes_AsUint8Array(interp, v);
        if (d.length === 1) ch = String.fromCharCode(d[0]);
      } else if (t === T.int || t === T.bool || PyType_IsSubtype(interp, t, T.int)) {
        const c = PyLong_AsBigInt(interp, v);
        if (c < 0n || c > 255n) { fail(); return raise(tstate, 'OverflowError', '%c arg not in range(256)'); }
        ch = String.fromCharCode(Number(c));
      }
      if (ch === null) { fail(); return raise(tstate, 'TypeError', '%c requires an integer in range(256) or a single byte'); }
      piece = printfPad(ch, width, left);
    } else if (conv === 's' || conv === 'r' || conv === 'a') {
      const h = conv === 's' ? PyObject_Str(tstate, v) : PyObject_Repr(tstate, v);
      if (h === 0) return fail();
      let s = PyUnicode_AsString(interp, h);
      Py_DECREF(interp, h);
      if (conv === 'a' || asBytes) s = asciiEscape(s);
      if (precision >= 0) s = Array.from(s).slice(0, precision).join('');
      piece = printfPad(s, width, left);
    } else if (conv === 'c') {
      const t = Py_TYPE(interp, v);
      let ch: string | null = null;
      if (t === T.str || PyType_IsSubtype(interp, t, T.str)) {
        const s = PyUnicode_AsString(interp, v);
        if (Array.from(s).length === 1) ch = s;
      } else if (t === T.int || t === T.bool || PyType_IsSubtype(interp, t, T.int)) {
        const c = PyLong_AsBigInt(interp, v);
        if (c < 0n || c > 0x10ffffn) { fail(); return raise(tstate, 'OverflowError', '%c arg not in range(0x110000)'); }
        ch = String.fromCodePoint(Number(c));
      }
      if (ch === null) { fail(); return raise(tstate, 'TypeError', '%c requires int or char'); }
      piece = printfPad(ch, width, left);
    } else if (conv === 'd' || conv === 'i' || conv === 'u' || conv === 'o' || conv === 'x' || conv === 'X') {
      const val = printfIntArg(tstate, v, conv);
      if (val === null) return fail();
      const neg = val < 0n;
      const a = neg ? -val : val;
      let digits = conv === 'o' ? a.toString(8) : conv === 'x' ? a.toString(16) : conv === 'X' ? a.toString(16).toUpperCase() : a.toString(10);
      if (precision > digits.length) digits = '0'.repeat(precision - digits.length) + digits;
      const prefix = (neg ? '-' : sign) + (alternate && conv === 'o' ? '0o' : alternate && conv === 'x' ? '0x' : alternate && conv === 'X' ? '0X' : '');
      if (zero && !left && width > prefix.length + digits.length) digits = '0'.repeat(width - prefix.length - digits.length) + digits;
      piece = printfPad(prefix + digits, width, left);
    } else if (conv === 'e' || conv === 'E' || conv === 'f' || conv === 'F' || conv === 'g' || conv === 'G') {
      const x = printfFloatArg(tstate, v);
      if (x === null) return fail();
      const f: FormatSpec = {
        fill: zero && !left ? '0' : ' ', align: left ? '<' : zero ? '=' : '>', sign, noNegZero: false, alternate,
        width, grouping: '', precision: precision < 0 ? 6 : precision, type: conv,
      };
      piece = formatFloat(tstate, x, f, 'float');
      if (piece === null) return fail();
    } else {
      fail();
      const code = conv.codePointAt(0)!;
      return raise(tstate, 'ValueError', `unsupported format character '${conv}' (0x${code.toString(16)}) at index ${i - 1}`);
    }
    if (held !== 0) Py_DECREF(interp, held);
    out += piece;
  }
  if (argIndex < argCount && !usedMapping && !isMapping) {
    return raise(tstate, 'TypeError', `not all arguments converted during ${asBytes ? 'bytes' : 'string'} formatting`);
  }
  if (!asBytes) return PyUnicode_FromString(tstate, out);
  const data = new Uint8Array(out.length);
  for (let k = 0; k < out.length; k++) data[k] = out.charCodeAt(k);
  return PyBytes_FromBytes(tstate, data);
}
