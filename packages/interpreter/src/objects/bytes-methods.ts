// bytes's methods (CPython's bytes_methods in Objects/bytesobject.c and Objects/bytes_methods.c):
// decode, hex, fromhex, upper, lower, find, rfind, index, count, startswith, endswith, split, join,
// strip, lstrip, rstrip, replace. The byte operations work on a latin-1 JS string of the bytes
// (one char per byte), so the string search of JS does the work.

import type { ThreadState } from '../thread-state.js';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O } from './methoddef.js';
import type { PyMethodDef } from './methoddef.js';
import { _PyArg_ParseKeywords } from './call.js';
import { raise } from './exceptions.js';
import { PyLong_FromLong, longToNumber } from './longobject.js';
import { PyBytes_AsUint8Array, PyBytes_FromBytes } from './bytesobject.js';
import { PyLong_Check, Py_DECREF, Py_TYPE, Py_TYPE_NAME, typeName } from './object.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './unicodeobject.js';
import { PyList_Append, PyList_GET_ITEM, PyList_New, listLength } from './listobject.js';
import { PyTuple_GET_ITEM, tupleLength } from './tupleobject.js';
import { _PyUnicode_Decode } from './constructors-scalar.js';
import { _PySequence_FastForJoin } from './unicode-methodtable.js';

/** ASCII whitespace, what bytes.split() and bytes.strip() remove (CPython's Py_ISSPACE). */
const BYTE_SPACE = ' \t\n\r\x0b\x0c';

function text(tstate: ThreadState, h: number): string {
  return String.fromCharCode(...PyBytes_AsUint8Array(tstate.interp, h));
}

function bytesOf(tstate: ThreadState, s: string): number {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return PyBytes_FromBytes(tstate, out);
}

/** A bytes-like argument as a latin-1 string, or null with TypeError "a bytes-like object is required, not 'X'". */
function bytesArg(tstate: ThreadState, h: number): string | null {
  const interp = tstate.interp;
  if (Py_TYPE(interp, h) === interp.types.bytes) return text(tstate, h);
  raise(tstate, 'TypeError', `a bytes-like object is required, not '${Py_TYPE_NAME(interp, h)}'`);
  return null;
}

function arg(tstate: ThreadState, argsWord: number, k: number): number {
  return tstate.interp.views.i32[argsWord + k];
}

function isNone(tstate: ThreadState, h: number): boolean {
  return h === 0 || h === tstate.interp.runtime.immortalNone;
}

function listOfBytes(tstate: ThreadState, parts: readonly string[]): number {
  const interp = tstate.interp;
  const list = PyList_New(tstate, 0);
  if (list === 0) return 0;
  for (const p of parts) {
    const b = bytesOf(tstate, p);
    if (b === 0 || PyList_Append(tstate, list, b) < 0) {
      Py_DECREF(interp, b);
      Py_DECREF(interp, list);
      return 0;
    }
    Py_DECREF(interp, b);
  }
  return list;
}

/** bytes.decode(encoding='utf-8', errors='strict'). */
function decode(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  const a = _PyArg_ParseKeywords(tstate, 'decode', argsWord, nargs, kwnames, ['encoding', 'errors'], 0);
  if (a === null) return 0;
  const names = ['encoding', 'errors'];
  const vals = ['utf-8', 'strict'];
  for (let k = 0; k < 2; k++) {
    if (a[k] === 0) continue;
    if (Py_TYPE(interp, a[k]) !== interp.types.str) return raise(tstate, 'TypeError', `decode() argument '${names[k]}' must be str, not ${Py_TYPE_NAME(interp, a[k])}`);
    vals[k] = PyUnicode_AsString(interp, a[k]);
  }
  return _PyUnicode_Decode(tstate, PyBytes_AsUint8Array(interp, self), vals[0], vals[1], self);
}

function findDef(name: 'find' | 'rfind' | 'index' | 'rindex' | 'count'): PyMethodDef {
  return {
    name,
    flags: METH_FASTCALL,
    meth: (tstate, self, argsWord, nargs) => {
      const interp = tstate.interp;
      if (nargs < 1 || nargs > 3) {
        return raise(tstate, 'TypeError', nargs < 1 ? `${name} expected at least 1 argument, got 0` : `${name} expected at most 3 arguments, got ${nargs}`);
      }
      const subH = arg(tstate, argsWord, 0);
      let sub: string;
      if (PyLong_Check(interp, subH)) {
        const v = longToNumber(interp, subH);
        if (v < 0 || v > 255) return raise(tstate, 'ValueError', 'byte must be in range(0, 256)');
        sub = String.fromCharCode(v);
      } else {
        if (Py_TYPE(interp, subH) !== interp.types.bytes) return raise(tstate, 'TypeError', `argument should be integer or bytes-like object, not '${Py_TYPE_NAME(interp, subH)}'`);
        sub = text(tstate, subH);
      }
      const s = text(tstate, self);
      const bound = (k: number, dflt: number): number | null => {
        if (nargs <= k || isNone(tstate, arg(tstate, argsWord, k))) return dflt;
        const h = arg(tstate, argsWord, k);
        if (!PyLong_Check(interp, h)) {
          raise(tstate, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
          return null;
        }
        const v = longToNumber(interp, h);
        return v < 0 ? Math.max(0, v + s.length) : Math.min(v, s.length);
      };
      const start = bound(1, 0);
      if (start === null) return 0;
      const end = bound(2, s.length);
      if (end === null) return 0;
      if (name === 'count') {
        if (start > end) return PyLong_FromLong(tstate, 0);
        const part = s.slice(start, end);
        return PyLong_FromLong(tstate, sub === '' ? part.length + 1 : part.split(sub).length - 1);
      }
      let i = -1;
      if (start <= end && end - start >= sub.length) {
        const part = s.slice(start, end);
        i = name === 'find' || name === 'index' ? part.indexOf(sub) : part.lastIndexOf(sub);
        if (i >= 0) i += start;
      }
      if (i < 0 && (name === 'index' || name === 'rindex')) return raise(tstate, 'ValueError', 'subsection not found');
      return PyLong_FromLong(tstate, i);
    },
  };
}

function affixDef(name: 'startswith' | 'endswith'): PyMethodDef {
  return {
    name,
    flags: METH_O,
    meth: (tstate, self, argsWord) => {
      const interp = tstate.interp;
      const a = arg(tstate, argsWord, 0);
      const s = text(tstate, self);
      const cands: number[] = [];
      if (Py_TYPE(interp, a) === interp.types.tuple) for (let i = 0; i < tupleLength(interp, a); i++) cands.push(PyTuple_GET_ITEM(interp, a, i));
      else if (Py_TYPE(interp, a) === interp.types.bytes) cands.push(a);
      else return raise(tstate, 'TypeError', `${name} first arg must be bytes or a tuple of bytes, not ${Py_TYPE_NAME(interp, a)}`);
      for (const c of cands) {
        const p = bytesArg(tstate, c);
        if (p === null) return 0;
        if (name === 'startswith' ? s.startsWith(p) : s.endsWith(p)) return interp.runtime.immortalTrue;
      }
      return interp.runtime.immortalFalse;
    },
  };
}

function stripDef(name: 'strip' | 'lstrip' | 'rstrip'): PyMethodDef {
  return {
    name,
    flags: METH_FASTCALL,
    meth: (tstate, self, argsWord, nargs) => {
      if (nargs > 1) return raise(tstate, 'TypeError', `${name} expected at most 1 argument, got ${nargs}`);
      let chars = BYTE_SPACE;
      if (nargs === 1 && !isNone(tstate, arg(tstate, argsWord, 0))) {
        const c = bytesArg(tstate, arg(tstate, argsWord, 0));
        if (c === null) return 0;
        chars = c;
      }
      const s = text(tstate, self);
      let i = 0;
      let j = s.length;
      if (name !== 'rstrip') while (i < j && chars.includes(s[i])) i++;
      if (name !== 'lstrip') while (j > i && chars.includes(s[j - 1])) j--;
      return bytesOf(tstate, s.slice(i, j));
    },
  };
}

/** bytes.split(sep=None, maxsplit=-1). */
function split(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  const a = _PyArg_ParseKeywords(tstate, 'split', argsWord, nargs, kwnames, ['sep', 'maxsplit'], 0);
  if (a === null) return 0;
  let max = -1;
  if (a[1] !== 0) {
    if (!PyLong_Check(interp, a[1])) return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, a[1])}' object cannot be interpreted as an integer`);
    max = longToNumber(interp, a[1]);
  }
  const s = text(tstate, self);
  const out: string[] = [];
  if (isNone(tstate, a[0])) {
    let i = 0;
    for (;;) {
      while (i < s.length && BYTE_SPACE.includes(s[i])) i++;
      if (i >= s.length) break;
      if (max >= 0 && out.length === max) {
        let j = s.length;
        while (j > i && BYTE_SPACE.includes(s[j - 1])) j--;
        out.push(s.slice(i, j));
        break;
      }
      let j = i;
      while (j < s.length && !BYTE_SPACE.includes(s[j])) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return listOfBytes(tstate, out);
  }
  const sep = bytesArg(tstate, a[0]);
  if (sep === null) return 0;
  if (sep === '') return raise(tstate, 'ValueError', 'empty separator');
  let from = 0;
  for (;;) {
    const i = max >= 0 && out.length === max ? -1 : s.indexOf(sep, from);
    if (i < 0) break;
    out.push(s.slice(from, i));
    from = i + sep.length;
  }
  out.push(s.slice(from));
  return listOfBytes(tstate, out);
}

/** bytes.join(iterable_of_bytes) for a list or tuple. */
function join(tstate: ThreadState, self: number, argsWord: number): number {
  const interp = tstate.interp;
  const seq = _PySequence_FastForJoin(tstate, arg(tstate, argsWord, 0));
  if (seq === 0) return 0;
  const isList = Py_TYPE(interp, seq) === interp.types.list;
  const n = isList ? listLength(interp, seq) : tupleLength(interp, seq);
  const sep = text(tstate, self);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const item = isList ? PyList_GET_ITEM(interp, seq, i) : PyTuple_GET_ITEM(interp, seq, i);
    if (Py_TYPE(interp, item) !== interp.types.bytes) {
      const tn = Py_TYPE_NAME(interp, item);
      Py_DECREF(interp, seq);
      return raise(tstate, 'TypeError', `sequence item ${i}: expected a bytes-like object, ${tn} found`);
    }
    parts.push(text(tstate, item));
  }
  Py_DECREF(interp, seq);
  return bytesOf(tstate, parts.join(sep));
}

/** bytes.replace(old, new, count=-1, /). */
function replace(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  if (nargs < 2 || nargs > 3) return raise(tstate, 'TypeError', nargs < 2 ? `replace expected at least 2 arguments, got ${nargs}` : `replace expected at most 3 arguments, got ${nargs}`);
  const old = bytesArg(tstate, arg(tstate, argsWord, 0));
  if (old === null) return 0;
  const repl = bytesArg(tstate, arg(tstate, argsWord, 1));
  if (repl === null) return 0;
  let count = -1;
  if (nargs === 3) {
    const h = arg(tstate, argsWord, 2);
    if (!PyLong_Check(interp, h)) return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, h)}' object cannot be interpreted as an integer`);
    count = longToNumber(interp, h);
  }
  const s = text(tstate, self);
  let out = '';
  let from = 0;
  let done = 0;
  if (old === '') {
    // CPython: the replacement goes before every byte and at the end, up to count times
    for (let i = 0; i <= s.length; i++) {
      if (count < 0 || done < count) {
        out += repl;
        done++;
      }
      if (i < s.length) out += s[i];
    }
    return bytesOf(tstate, out);
  }
  for (;;) {
    const i = count >= 0 && done >= count ? -1 : s.indexOf(old, from);
    if (i < 0) break;
    out += s.slice(from, i) + repl;
    from = i + old.length;
    done++;
  }
  return bytesOf(tstate, out + s.slice(from));
}

/** bytes.fromhex(string) (a classmethod; CPython's _PyBytes_FromHex): whitespace may separate the byte pairs. */
function fromHex(tstate: ThreadState, type: number, argsWord: number): number {
  const interp = tstate.interp;
  const h = arg(tstate, argsWord, 0);
  if (Py_TYPE(interp, h) !== interp.types.str) return raise(tstate, 'TypeError', `fromhex() argument must be str, not ${Py_TYPE_NAME(interp, h)}`);
  if (type !== interp.types.bytes) return raise(tstate, 'TypeError', `cannot create '${typeName(interp, type)}' instances: subclassing 'bytes' is not supported`);
  const s = PyUnicode_AsString(interp, h);
  const out: number[] = [];
  const hexValue = (c: string): number => (/^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  let i = 0;
  for (;;) {
    while (i < s.length && BYTE_SPACE.includes(s[i])) i++;
    if (i >= s.length) break;
    const hi = hexValue(s[i]);
    if (hi < 0) return raise(tstate, 'ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hexValue(s[i + 1]) : -1;
    if (lo < 0) return raise(tstate, 'ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return PyBytes_FromBytes(tstate, Uint8Array.from(out));
}

/** bytes's methods (CPython's bytes_methods). @public */
export const BYTES_METHODS: readonly PyMethodDef[] = Object.freeze(([
  { name: 'decode', flags: METH_FASTCALL | METH_KEYWORDS, meth: decode },
  { name: 'fromhex', flags: METH_O | METH_CLASS, meth: fromHex },
  {
    name: 'hex',
    flags: METH_NOARGS,
    meth: (tstate, self) => PyUnicode_FromString(tstate, Array.from(PyBytes_AsUint8Array(tstate.interp, self), (b) => b.toString(16).padStart(2, '0')).join('')),
  },
  { name: 'upper', flags: METH_NOARGS, meth: (tstate, self) => bytesOf(tstate, text(tstate, self).replace(/[a-z]+/g, (m) => m.toUpperCase())) },
  { name: 'lower', flags: METH_NOARGS, meth: (tstate, self) => bytesOf(tstate, text(tstate, self).replace(/[A-Z]+/g, (m) => m.toLowerCase())) },
  findDef('find'),
  findDef('rfind'),
  findDef('index'),
  findDef('rindex'),
  findDef('count'),
  affixDef('startswith'),
  affixDef('endswith'),
  { name: 'split', flags: METH_FASTCALL | METH_KEYWORDS, meth: split },
  { name: 'join', flags: METH_O, meth: join },
  stripDef('strip'),
  stripDef('lstrip'),
  stripDef('rstrip'),
  { name: 'replace', flags: METH_FASTCALL, meth: replace },
] satisfies PyMethodDef[]).map((d) => Object.freeze(d)));
