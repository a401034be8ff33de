// The constructors of the builtin scalar types as Python calls them (CPython's tp_new of int,
// float, str, bool and bytes: long_new_impl and PyNumber_Long in Objects/longobject.c and
// Objects/abstract.c, float_new_impl and PyFloat_FromString in Objects/floatobject.c,
// unicode_new_impl and PyUnicode_FromEncodedObject in Objects/unicodeobject.c, bool_new in
// Objects/boolobject.c, bytes_new_impl in Objects/bytesobject.c), and the small codec layer
// (utf-8, ascii, latin-1) that str(bytes, encoding) and bytes.decode share.
// NON-CPYTHON: pergil cannot yet subclass these types (typeobject.ts refuses the class), so
// `type` is always the exact builtin; a different `type` raises TypeError.

import type { ThreadState } from '../thread-state.js';
import { _PyArg_ParseKeywords, PyObject_CallOneArg } from './call.js';
import { PyErr_Occurred, raise } from './exceptions.js';
import { PyLong_FromBigInt, PyLong_FromLong, PyLong_FromString, PyLong_AsBigInt, longToNumber } from './longobject.js';
import { PyFloat_AS_DOUBLE, PyFloat_FromDouble } from './floatobject.js';
import { PyBytes_AsUint8Array, PyBytes_FromBytes, bytesReprOf } from './bytesobject.js';
import { PyLong_Check, PyObject_IsTrue, PyObject_Str, Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME, typeName } from './object.js';
import { PyUnicode_AsString, PyUnicode_FromString, unicodeReprOf } from './unicodeobject.js';
import { unicodeEncode } from './unicode-methods.js';
import { _PyType_LookupString } from './typeobject.js';
import { PyIter_Next, PyObject_GetIter } from './iterobject.js';
import { tupleLength } from './tupleobject.js';
import { raiseUnicodeError } from './unicode-errors.js';

function exactOrRefuse(tstate: ThreadState, type: number, builtin: number): boolean {
  if (type === builtin) return true;
  raise(tstate, 'TypeError', `cannot create '${typeName(tstate.interp, type)}' instances: subclassing '${typeName(tstate.interp, builtin)}' is not supported`);
  return false;
}

function noKeywords(tstate: ThreadState, name: string, kwnames: number): boolean {
  if (kwnames === 0 || tupleLength(tstate.interp, kwnames) === 0) return true;
  raise(tstate, 'TypeError', `${name}() takes no keyword arguments`);
  return false;
}

// ---- codecs -----------------------------------------------------------------------------------

/** The codec's canonical name (CPython's normalised encodings), or null if pergil has no such codec. */
function codecName(encoding: string): 'utf-8' | 'ascii' | 'latin-1' | null {
  const norm = encoding.toLowerCase().replace(/[_ ]/g, '-');
  if (norm === 'utf-8' || norm === 'utf8' || norm === 'u8') return 'utf-8';
  if (norm === 'ascii' || norm === 'us-ascii' || norm === '646') return 'ascii';
  if (norm === 'latin-1' || norm === 'latin1' || norm === 'iso-8859-1' || norm === 'iso8859-1' || norm === 'l1' || norm === 'latin') return 'latin-1';
  return null;
}

/**
 * Length of the UTF-8 sequence at `i` of `b`, or a negative error: -1 invalid start byte,
 * -2 invalid continuation byte (`bad` bytes consumed before it are reported), -3 end of data.
 */
function utf8Step(b: Uint8Array, i: number): { len: number; reason: string | null; bad: number } {
  const c = b[i];
  if (c < 0x80) return { len: 1, reason: null, bad: 0 };
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return { len: 0, reason: 'invalid start byte', bad: 1 };
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return { len: 0, reason: 'unexpected end of data', bad: k };
    const d = b[i + k];
    if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return { len: 0, reason: 'invalid continuation byte', bad: k };
  }
  return { len: need + 1, reason: null, bad: 0 };
}

/**
 * bytes → str in `encoding` with `errors` strict, ignore or replace (CPython's
 * PyUnicode_Decode): a new str, or 0 with UnicodeDecodeError, LookupError set.
 * @public
 */
export function _PyUnicode_Decode(tstate: ThreadState, data: Uint8Array, encoding: string, errors: string, object = 0): number {
  const codec = codecName(encoding);
  if (codec === null) return raise(tstate, 'LookupError', `unknown encoding: ${encoding}`);
  if (errors !== 'strict' && errors !== 'ignore' && errors !== 'replace') return raise(tstate, 'LookupError', `unknown error handler name '${errors}'`);
  const fail = (pos: number, end: number, reason: string): number => {
    if (object !== 0) return raiseUnicodeError(tstate, 'UnicodeDecodeError', codec, object, pos, end, reason);
    const b = PyBytes_FromBytes(tstate, data);
    if (b === 0) return 0;
    raiseUnicodeError(tstate, 'UnicodeDecodeError', codec, b, pos, end, reason);
    Py_DECREF(tstate.interp, b);
    return 0;
  };
  let out = '';
  if (codec === 'latin-1') {
    for (const c of data) out += String.fromCharCode(c);
    return PyUnicode_FromString(tstate, out);
  }
  if (codec === 'ascii') {
    for (let i = 0; i < data.length; i++) {
      if (data[i] < 0x80) out += String.fromCharCode(data[i]);
      else if (errors === 'strict') return fail(i, i + 1, 'ordinal not in range(128)');
      else if (errors === 'replace') out += '\ufffd';
    }
    return PyUnicode_FromString(tstate, out);
  }
  const td = new TextDecoder('utf-8');
  let from = 0;
  let i = 0;
  while (i < data.length) {
    const st = utf8Step(data, i);
    if (st.reason === null) {
      i += st.len;
      continue;
    }
    // CPython reports the maximal invalid prefix: the start byte alone, or the bytes read so far
    const end = st.reason === 'invalid start byte' ? i + 1 : i + st.bad;
    if (errors === 'strict') return fail(i, st.reason === 'unexpected end of data' ? data.length : end, st.reason);
    out += td.decode(data.subarray(from, i));
    if (errors === 'replace') out += '\ufffd';
    i = st.reason === 'unexpected end of data' ? data.length : end;
    from = i;
  }
  out += td.decode(data.subarray(from));
  return PyUnicode_FromString(tstate, out);
}

// ---- int(x=0, /, base=10) -------------------------------------------------------------------

/** int(x) of a float value (CPython's PyLong_FromDouble). */
function longFromDouble(tstate: ThreadState, x: number): number {
  if (Number.isNaN(x)) return raise(tstate, 'ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) return raise(tstate, 'OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? PyLong_FromLong(tstate, t) : PyLong_FromBigInt(tstate, BigInt(t));
}

/** Calls the heap type's `name` dunder on `o` and checks that it returned an int: a new int, 0 with error, or -1 if absent. */
function callIntDunder(tstate: ThreadState, o: number, name: string): number {
  const interp = tstate.interp;
  const f = _PyType_LookupString(tstate, Py_TYPE(interp, o), name);
  if (f === 0) return PyErr_Occurred(tstate) !== 0 ? 0 : -1;
  const r = PyObject_CallOneArg(tstate, f, o);
  if (r === 0) return 0;
  if (Py_TYPE(interp, r) === interp.types.int) return r;
  if (Py_TYPE(interp, r) === interp.types.bool) {
    const v = PyLong_FromLong(tstate, longToNumber(interp, r));
    Py_DECREF(interp, r);
    return v;
  }
  const tn = Py_TYPE_NAME(interp, r);
  Py_DECREF(interp, r);
  return raise(tstate, 'TypeError', `${name} returned non-int (type ${tn})`);
}

/**
 * int(x) without a base (CPython's PyNumber_Long): a new int, or 0 with an exception set.
 * @public
 */
export function PyNumber_Long(tstate: ThreadState, o: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, o);
  if (t === interp.types.int) {
    Py_INCREF(interp, o);
    return o;
  }
  if (t === interp.types.bool) return PyLong_FromLong(tstate, longToNumber(interp, o));
  if (t === interp.types.float) return longFromDouble(tstate, PyFloat_AS_DOUBLE(interp, o));
  if (t === interp.types.str) return PyLong_FromString(tstate, PyUnicode_AsString(interp, o), 10, unicodeReprOf(PyUnicode_AsString(interp, o)));
  if (t === interp.types.bytes) {
    const data = PyBytes_AsUint8Array(interp, o);
    return PyLong_FromString(tstate, String.fromCharCode(...data), 10, bytesReprOf(data));
  }
  if (t > 0) {
    for (const name of ['__int__', '__index__']) {
      const r = callIntDunder(tstate, o, name);
      if (r !== -1) return r;
    }
    const trunc = _PyType_LookupString(tstate, t, '__trunc__');
    if (trunc !== 0) {
      const r = PyObject_CallOneArg(tstate, trunc, o);
      if (r === 0) return 0;
      if (PyLong_Check(interp, r)) return r;
      Py_DECREF(interp, r);
      return raise(tstate, 'TypeError', `__trunc__ returned non-Integral (type ${Py_TYPE_NAME(interp, r)})`);
    }
    if (PyErr_Occurred(tstate) !== 0) return 0;
  }
  return raise(tstate, 'TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${Py_TYPE_NAME(interp, o)}'`);
}

/** int's tp_new (CPython's long_new_impl). @public */
export function longNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (!exactOrRefuse(tstate, type, interp.types.int)) return 0;
  // x is positional-only: the name ' x' can never be a keyword, so int(x=1) reports 'x' as invalid
  const a = _PyArg_ParseKeywords(tstate, 'int', argsWord, nargs, kwnames, [' x', 'base'], 0);
  if (a === null) return 0;
  const [x, baseH] = a;
  if (x === 0) {
    if (baseH !== 0) return raise(tstate, 'TypeError', 'int() missing string argument');
    return PyLong_FromLong(tstate, 0);
  }
  if (baseH === 0) return PyNumber_Long(tstate, x);
  if (!PyLong_Check(interp, baseH)) return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, baseH)}' object cannot be interpreted as an integer`);
  const bigBase = PyLong_AsBigInt(interp, baseH);
  const base = bigBase > 100n || bigBase < -100n ? 99 : Number(bigBase);
  const t = Py_TYPE(interp, x);
  if (t === interp.types.str) return PyLong_FromString(tstate, PyUnicode_AsString(interp, x), base, unicodeReprOf(PyUnicode_AsString(interp, x)));
  if (t === interp.types.bytes) {
    const data = PyBytes_AsUint8Array(interp, x);
    return PyLong_FromString(tstate, String.fromCharCode(...data), base, bytesReprOf(data));
  }
  return raise(tstate, 'TypeError', "int() can't convert non-string with explicit base");
}

// ---- float(x=0.0, /) --------------------------------------------------------------------------

const FLOAT_LITERAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
const LEADING_SPACE = /^[\s\u001c-\u001f\u0085]+/u;
const TRAILING_SPACE = /[\s\u001c-\u001f\u0085]+$/u;

/** The value of a float literal string (CPython's _Py_string_to_number_with_underscores), or null. */
function parseFloatText(s: string): number | null {
  const t = s.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');
  const sp = FLOAT_SPECIAL.exec(t);
  if (sp !== null) {
    const v = sp[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return sp[1] === '-' ? -v : v;
  }
  if (!FLOAT_LITERAL.test(t)) return null;
  return Number(t.replace(/_/g, ''));
}

/**
 * float(x) (CPython's PyNumber_Float): a new float, or 0 with an exception set.
 * @public
 */
export function PyNumber_Float(tstate: ThreadState, o: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, o);
  if (t === interp.types.float) {
    Py_INCREF(interp, o);
    return o;
  }
  if (t === interp.types.int || t === interp.types.bool) {
    const big = PyLong_AsBigInt(interp, o);
    const x = Number(big);
    if (!Number.isFinite(x)) return raise(tstate, 'OverflowError', 'int too large to convert to float');
    return PyFloat_FromDouble(tstate, x);
  }
  if (t === interp.types.str || t === interp.types.bytes) {
    const text = t === interp.types.str ? PyUnicode_AsString(interp, o) : String.fromCharCode(...PyBytes_AsUint8Array(interp, o));
    const x = parseFloatText(text);
    if (x !== null) return PyFloat_FromDouble(tstate, x);
    const shown = t === interp.types.str ? unicodeReprOf(text) : bytesReprOf(PyBytes_AsUint8Array(interp, o));
    return raise(tstate, 'ValueError', `could not convert string to float: ${shown}`);
  }
  if (t > 0) {
    const f = _PyType_LookupString(tstate, t, '__float__');
    if (f !== 0) {
      const r = PyObject_CallOneArg(tstate, f, o);
      if (r === 0) return 0;
      if (Py_TYPE(interp, r) === interp.types.float) return r;
      const tn = Py_TYPE_NAME(interp, r);
      Py_DECREF(interp, r);
      return raise(tstate, 'TypeError', `${typeName(interp, t)}.__float__ returned non-float (type ${tn})`);
    }
    const ix = callIntDunder(tstate, o, '__index__');
    if (ix === 0) return 0;
    if (ix !== -1) {
      const r = PyNumber_Float(tstate, ix);
      Py_DECREF(interp, ix);
      return r;
    }
  }
  return raise(tstate, 'TypeError', `float() argument must be a string or a real number, not '${Py_TYPE_NAME(interp, o)}'`);
}

/** float's tp_new (CPython's float_new_impl). @public */
export function floatNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  if (!exactOrRefuse(tstate, type, tstate.interp.types.float) || !noKeywords(tstate, 'float', kwnames)) return 0;
  if (nargs > 1) return raise(tstate, 'TypeError', `float expected at most 1 argument, got ${nargs}`);
  if (nargs === 0) return PyFloat_FromDouble(tstate, 0);
  return PyNumber_Float(tstate, tstate.interp.views.i32[argsWord]);
}

// ---- bool(x=False, /) -------------------------------------------------------------------------

/** bool's tp_new (CPython's bool_new). @public */
export function boolNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const rt = tstate.interp.runtime;
  if (!exactOrRefuse(tstate, type, tstate.interp.types.bool) || !noKeywords(tstate, 'bool', kwnames)) return 0;
  if (nargs > 1) return raise(tstate, 'TypeError', `bool expected at most 1 argument, got ${nargs}`);
  if (nargs === 0) return rt.immortalFalse;
  const r = PyObject_IsTrue(tstate, tstate.interp.views.i32[argsWord]);
  if (r < 0) return 0;
  return r !== 0 ? rt.immortalTrue : rt.immortalFalse;
}

// ---- str(object='', encoding='utf-8', errors='strict') ---------------------------------------

function optStr(tstate: ThreadState, h: number, fname: string, which: string, dflt: string): string | null {
  const interp = tstate.interp;
  if (h === 0) return dflt;
  if (Py_TYPE(interp, h) === interp.types.str) return PyUnicode_AsString(interp, h);
  raise(tstate, 'TypeError', `${fname}() argument '${which}' must be str, not ${Py_TYPE_NAME(interp, h)}`);
  return null;
}

/** str's tp_new (CPython's unicode_new_impl). @public */
export function unicodeNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (!exactOrRefuse(tstate, type, interp.types.str)) return 0;
  const a = _PyArg_ParseKeywords(tstate, 'str', argsWord, nargs, kwnames, ['object', 'encoding', 'errors'], 0);
  if (a === null) return 0;
  const [obj, encH, errH] = a;
  if (encH === 0 && errH === 0) return obj === 0 ? PyUnicode_FromString(tstate, '') : PyObject_Str(tstate, obj);
  const encoding = optStr(tstate, encH, 'str', 'encoding', 'utf-8');
  if (encoding === null) return 0;
  const errors = optStr(tstate, errH, 'str', 'errors', 'strict');
  if (errors === null) return 0;
  if (obj === 0) return PyUnicode_FromString(tstate, '');
  const t = Py_TYPE(interp, obj);
  if (t === interp.types.str) return raise(tstate, 'TypeError', 'decoding str is not supported');
  if (t !== interp.types.bytes) return raise(tstate, 'TypeError', `decoding to str: need a bytes-like object, ${Py_TYPE_NAME(interp, obj)} found`);
  return _PyUnicode_Decode(tstate, PyBytes_AsUint8Array(interp, obj), encoding, errors, obj);
}

// ---- bytes(source=b'', encoding, errors) ------------------------------------------------------

/** bytes's tp_new (CPython's bytes_new_impl). @public */
export function bytesNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (!exactOrRefuse(tstate, type, interp.types.bytes)) return 0;
  const a = _PyArg_ParseKeywords(tstate, 'bytes', argsWord, nargs, kwnames, ['source', 'encoding', 'errors'], 0);
  if (a === null) return 0;
  const [src, encH, errH] = a;
  if (src === 0) {
    if (encH !== 0) return raise(tstate, 'TypeError', 'encoding without a string argument');
    if (errH !== 0) return raise(tstate, 'TypeError', 'errors without a string argument');
    return PyBytes_FromBytes(tstate, new Uint8Array(0));
  }
  const t = Py_TYPE(interp, src);
  if (encH !== 0 || errH !== 0) {
    if (t !== interp.types.str) return raise(tstate, 'TypeError', encH !== 0 ? 'encoding without a string argument' : 'errors without a string argument');
    const encoding = optStr(tstate, encH, 'bytes', 'encoding', 'utf-8');
    if (encoding === null) return 0;
    const errors = optStr(tstate, errH, 'bytes', 'errors', 'strict');
    if (errors === null) return 0;
    if (errors !== 'strict') return raise(tstate, 'LookupError', `unknown error handler name '${errors}'`);
    return unicodeEncode(tstate, src, encoding);
  }
  if (t === interp.types.str) return raise(tstate, 'TypeError', 'string argument without an encoding');
  if (t === interp.types.bytes) {
    Py_INCREF(interp, src);
    return src;
  }
  let count = PyLong_Check(interp, src) ? src : 0;
  if (count === 0 && t > 0 && _PyType_LookupString(tstate, t, '__index__') !== 0) {
    count = callIntDunder(tstate, src, '__index__');
    if (count === 0) return 0;
  } else if (count !== 0) {
    Py_INCREF(interp, count);
  }
  if (count === 0 && PyErr_Occurred(tstate) !== 0) return 0;
  if (count !== 0) {
    const n = PyLong_AsBigInt(interp, count);
    Py_DECREF(interp, count);
    if (n < 0n) return raise(tstate, 'ValueError', 'negative count');
    if (n > 0x7fffffffn) return raise(tstate, 'OverflowError', 'cannot fit \'int\' into an index-sized integer');
    return PyBytes_FromBytes(tstate, new Uint8Array(Number(n)));
  }
  const it = PyObject_GetIter(tstate, src);
  if (it === 0) {
    return raise(tstate, 'TypeError', `cannot convert '${Py_TYPE_NAME(interp, src)}' object to bytes`);
  }
  const out: number[] = [];
  for (;;) {
    const item = PyIter_Next(tstate, it);
    if (item === 0) break;
    let err: string | null = null;
    if (!PyLong_Check(interp, item)) err = `'${Py_TYPE_NAME(interp, item)}' object cannot be interpreted as an integer`;
    else {
      const v = PyLong_AsBigInt(interp, item);
      if (v < 0n || v > 255n) err = 'bytes must be in range(0, 256)';
      else out.push(Number(v));
    }
    Py_DECREF(interp, item);
    if (err !== null) {
      Py_DECREF(interp, it);
      return raise(tstate, err.startsWith('bytes') ? 'ValueError' : 'TypeError', err);
    }
  }
  Py_DECREF(interp, it);
  if (PyErr_Occurred(tstate) !== 0) return 0;
  return PyBytes_FromBytes(tstate, Uint8Array.from(out));
}
