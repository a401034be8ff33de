// str's method table (CPython's unicode_methods in Objects/unicodeobject.c): the PyMethodDef
// rows that make the plain str functions of objects/unicode-methods.ts callable from Python
// code, with CPython's argument parsing (Argument Clinic's positional/keyword names, defaults,
// start/end slice arguments) and messages.

import type { ThreadState } from '../thread-state.js';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O } from './methoddef.js';
import type { PyMethodDef } from './methoddef.js';
import { _PyArg_ParseKeywords } from './call.js';
import { PyErr_Clear, PyErr_Occurred, raise } from './exceptions.js';
import { PyIter_Next, PyObject_GetIter } from './iterobject.js';
import { PyList_Append, PyList_New } from './listobject.js';
import { PyLong_FromLong, longToNumber } from './longobject.js';
import { PyLong_Check, Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME } from './object.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './unicodeobject.js';
import {
  unicodeCapitalize, unicodeCaseFold, unicodeCenter, unicodeCount, unicodeEncode, unicodeEndsWith, unicodeExpandTabs,
  unicodeFind, unicodeIndex, unicodeIsAlnum, unicodeIsAlpha, unicodeIsAscii, unicodeIsDecimal, unicodeIsDigit,
  unicodeIsIdentifier, unicodeIsLower, unicodeIsNumeric, unicodeIsPrintable, unicodeIsSpace, unicodeIsTitle,
  unicodeIsUpper, unicodeJoin, unicodeLJust, unicodeLStrip, unicodeLower, unicodePartition, unicodeRFind,
  unicodeRIndex, unicodeRJust, unicodeRPartition, unicodeRSplit, unicodeRStrip, unicodeReplace, unicodeSplit,
  unicodeSplitLines, unicodeStartsWith, unicodeStrip, unicodeSwapCase, unicodeTitle, unicodeUpper, unicodeZFill,
} from './unicode-methods.js';
import { unicodeFormatMethod } from './format.js';

const FAST = METH_FASTCALL;
const FAST_KW = METH_FASTCALL | METH_KEYWORDS;

function isNone(tstate: ThreadState, h: number): boolean {
  return h === 0 || h === tstate.interp.runtime.immortalNone;
}

/** An integer argument as a JS number (CPython's Py_ssize_t converter), or null with TypeError set. */
function ssizeArg(tstate: ThreadState, h: number): number | null {
  const interp = tstate.interp;
  if (PyLong_Check(interp, h)) return longToNumber(interp, h);
  raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, h)}' object cannot be interpreted as an integer`);
  return null;
}

/** Positional-only arity check: `name expected at least/most N arguments, got M` (CPython's _PyArg_CheckPositional). */
function checkPositional(tstate: ThreadState, name: string, nargs: number, min: number, max: number): boolean {
  if (nargs < min) {
    raise(tstate, 'TypeError', `${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
    return false;
  }
  if (nargs > max) {
    raise(tstate, 'TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
    return false;
  }
  return true;
}

function arg(tstate: ThreadState, argsWord: number, k: number): number {
  return tstate.interp.views.i32[argsWord + k];
}

/** A start/end slice bound (None or an int; CPython's _PyEval_SliceIndex), or null with TypeError set. */
function sliceIndexArg(tstate: ThreadState, h: number, dflt: number): number | null {
  if (isNone(tstate, h)) return dflt;
  const interp = tstate.interp;
  if (PyLong_Check(interp, h)) return longToNumber(interp, h);
  raise(tstate, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
  return null;
}

/** Clamps [start, end) to a string of `n` code points like CPython's ADJUST_INDICES. */
function adjust(start: number, end: number, n: number): [number, number] {
  if (end > n) end = n;
  else if (end < 0) end = Math.max(0, end + n);
  if (start < 0) start = Math.max(0, start + n);
  return [start, end];
}

/**
 * The find family with `(sub[, start[, end]])`: runs `fn` on the code-point slice self[start:end]
 * (a temporary str) and shifts a returned index by `start` when `shift` is set.
 */
function withRange(name: string, fn: (tstate: ThreadState, self: number, sub: number) => number, shift: boolean, boundsCheck: boolean): PyMethodDef {
  return {
    name,
    flags: FAST,
    meth: (tstate, self, argsWord, nargs) => {
      if (!checkPositional(tstate, name, nargs, 1, 3)) return 0;
      const sub = arg(tstate, argsWord, 0);
      const startH = nargs > 1 ? arg(tstate, argsWord, 1) : 0;
      const endH = nargs > 2 ? arg(tstate, argsWord, 2) : 0;
      if (nargs === 1) return fn(tstate, self, sub);
      const interp = tstate.interp;
      const cps = Array.from(PyUnicode_AsString(interp, self));
      const s0 = sliceIndexArg(tstate, startH, 0);
      if (s0 === null) return 0;
      const e0 = sliceIndexArg(tstate, endH, cps.length);
      if (e0 === null) return 0;
      const [start, end] = adjust(s0, e0, cps.length);
      if (start > cps.length || (boundsCheck && start > end)) {
        // CPython: a start past the end finds nothing (even the empty string) and counts 0
        if (name === 'count') return PyLong_FromLong(tstate, 0);
        if (name === 'startswith' || name === 'endswith') return fn(tstate, self, sub) === 0 ? 0 : interp.runtime.immortalFalse;
        if (name === 'index' || name === 'rindex') return raise(tstate, 'ValueError', 'substring not found');
        return PyLong_FromLong(tstate, -1);
      }
      const part = PyUnicode_FromString(tstate, cps.slice(start, Math.max(start, end)).join(''));
      if (part === 0) return 0;
      const r = fn(tstate, part, sub);
      Py_DECREF(interp, part);
      if (r === 0 || !shift) return r;
      const i = longToNumber(interp, r);
      if (i < 0) return r;
      Py_DECREF(interp, r);
      return PyLong_FromLong(tstate, i + start);
    },
  };
}

function noArgs(name: string, fn: (tstate: ThreadState, self: number) => number): PyMethodDef {
  return { name, flags: METH_NOARGS, meth: (tstate, self) => fn(tstate, self) };
}

function stripDef(name: string, fn: (tstate: ThreadState, self: number, chars: number) => number): PyMethodDef {
  return {
    name,
    flags: FAST,
    meth: (tstate, self, argsWord, nargs) => {
      if (!checkPositional(tstate, name, nargs, 0, 1)) return 0;
      const chars = nargs > 0 ? arg(tstate, argsWord, 0) : 0;
      if (!isNone(tstate, chars) && Py_TYPE(tstate.interp, chars) !== tstate.interp.types.str) {
        return raise(tstate, 'TypeError', `${name} arg must be None or str`);
      }
      return fn(tstate, self, isNone(tstate, chars) ? 0 : chars);
    },
  };
}

function splitDef(name: string, fn: (tstate: ThreadState, self: number, sep: number, maxsplit: number) => number): PyMethodDef {
  return {
    name,
    flags: FAST_KW,
    meth: (tstate, self, argsWord, nargs, kwnames) => {
      const a = _PyArg_ParseKeywords(tstate, name, argsWord, nargs, kwnames, ['sep', 'maxsplit'], 0);
      if (a === null) return 0;
      let maxsplit = -1;
      if (a[1] !== 0) {
        const m = ssizeArg(tstate, a[1]);
        if (m === null) return 0;
        maxsplit = m;
      }
      return fn(tstate, self, isNone(tstate, a[0]) ? 0 : a[0], maxsplit);
    },
  };
}

function padDef(name: string, fn: (tstate: ThreadState, self: number, width: number, fillchar: number) => number): PyMethodDef {
  return {
    name,
    flags: FAST,
    meth: (tstate, self, argsWord, nargs) => {
      if (!checkPositional(tstate, name, nargs, 1, 2)) return 0;
      const w = ssizeArg(tstate, arg(tstate, argsWord, 0));
      if (w === null) return 0;
      return fn(tstate, self, w, nargs > 1 ? arg(tstate, argsWord, 1) : 0);
    },
  };
}

function partitionDef(name: string, fn: (tstate: ThreadState, self: number, sep: number) => number): PyMethodDef {
  return {
    name,
    flags: METH_O,
    meth: (tstate, self, argsWord) => {
      const sep = arg(tstate, argsWord, 0);
      if (Py_TYPE(tstate.interp, sep) !== tstate.interp.types.str) return raise(tstate, 'TypeError', `must be str, not ${Py_TYPE_NAME(tstate.interp, sep)}`);
      if (PyUnicode_AsString(tstate.interp, sep) === '') return raise(tstate, 'ValueError', 'empty separator');
      return fn(tstate, self, sep);
    },
  };
}

/** str.replace(old, new, count=-1, /). */
function replaceMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'replace', nargs, 2, 3)) return 0;
  const interp = tstate.interp;
  for (let k = 0; k < 2; k++) {
    const h = arg(tstate, argsWord, k);
    if (Py_TYPE(interp, h) !== interp.types.str) return raise(tstate, 'TypeError', `replace() argument ${k + 1} must be str, not ${Py_TYPE_NAME(interp, h)}`);
  }
  let count = -1;
  if (nargs > 2) {
    const c = ssizeArg(tstate, arg(tstate, argsWord, 2));
    if (c === null) return 0;
    count = c;
  }
  return unicodeReplace(tstate, self, arg(tstate, argsWord, 0), arg(tstate, argsWord, 1), count);
}

/** str.encode(encoding='utf-8', errors='strict'). */
function encodeMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  const a = _PyArg_ParseKeywords(tstate, 'encode', argsWord, nargs, kwnames, ['encoding', 'errors'], 0);
  if (a === null) return 0;
  const interp = tstate.interp;
  const strOf = (h: number, which: string, dflt: string): string | null => {
    if (h === 0) return dflt;
    if (Py_TYPE(interp, h) === interp.types.str) return PyUnicode_AsString(interp, h);
    raise(tstate, 'TypeError', `encode() argument '${which}' must be str, not ${Py_TYPE_NAME(interp, h)}`);
    return null;
  };
  const encoding = strOf(a[0], 'encoding', 'utf-8');
  if (encoding === null) return 0;
  const errors = strOf(a[1], 'errors', 'strict');
  if (errors === null) return 0;
  if (errors === 'strict') return unicodeEncode(tstate, self, encoding);
  if (errors !== 'ignore' && errors !== 'replace') return raise(tstate, 'LookupError', `unknown error handler name '${errors}'`);
  // ignore/replace: encode character by character through the strict encoder
  const norm = encoding.toLowerCase().replace(/_/g, '-');
  const limit = norm === 'ascii' || norm === 'us-ascii' ? 0x80 : norm === 'latin-1' || norm === 'latin1' || norm === 'iso-8859-1' || norm === 'iso8859-1' ? 0x100 : 0;
  if (limit === 0) return unicodeEncode(tstate, self, encoding);
  let out = '';
  for (const c of PyUnicode_AsString(interp, self)) {
    if (c.codePointAt(0)! < limit) out += c;
    else if (errors === 'replace') out += '?';
  }
  const t = PyUnicode_FromString(tstate, out);
  if (t === 0) return 0;
  const r = unicodeEncode(tstate, t, encoding);
  Py_DECREF(interp, t);
  return r;
}

/** str.splitlines(keepends=False). */
function splitlinesMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  const a = _PyArg_ParseKeywords(tstate, 'splitlines', argsWord, nargs, kwnames, ['keepends'], 0);
  if (a === null) return 0;
  let keep = false;
  if (a[0] !== 0) {
    const k = ssizeArg(tstate, a[0]);
    if (k === null) return 0;
    keep = k !== 0;
  }
  return unicodeSplitLines(tstate, self, keep);
}

/** str.expandtabs(tabsize=8). */
function expandtabsMeth(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  const a = _PyArg_ParseKeywords(tstate, 'expandtabs', argsWord, nargs, kwnames, ['tabsize'], 0);
  if (a === null) return 0;
  let size = 8;
  if (a[0] !== 0) {
    const k = ssizeArg(tstate, a[0]);
    if (k === null) return 0;
    size = k;
  }
  return unicodeExpandTabs(tstate, self, size);
}

function affixRemover(name: string, prefix: boolean): PyMethodDef {
  return {
    name,
    flags: METH_O,
    meth: (tstate, self, argsWord) => {
      const interp = tstate.interp;
      const a = arg(tstate, argsWord, 0);
      if (Py_TYPE(interp, a) !== interp.types.str) return raise(tstate, 'TypeError', `${name}() argument must be str, not ${Py_TYPE_NAME(interp, a)}`);
      const s = PyUnicode_AsString(interp, self);
      const p = PyUnicode_AsString(interp, a);
      if (p !== '' && (prefix ? s.startsWith(p) : s.endsWith(p))) return PyUnicode_FromString(tstate, prefix ? s.slice(p.length) : s.slice(0, s.length - p.length));
      return PyUnicode_FromString(tstate, s);
    },
  };
}

/**
 * `iterable` as a list or tuple (borrowed view: a new reference either way), so the plain join
 * sees a sequence (CPython's PySequence_Fast); 0 with TypeError "can only join an iterable".
 */
export function _PySequence_FastForJoin(tstate: ThreadState, iterable: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, iterable);
  if (t === interp.types.list || t === interp.types.tuple) {
    Py_INCREF(interp, iterable);
    return iterable;
  }
  const it = PyObject_GetIter(tstate, iterable);
  if (it === 0) {
    PyErr_Clear(tstate);
    return raise(tstate, 'TypeError', 'can only join an iterable');
  }
  const list = PyList_New(tstate, 0);
  if (list === 0) {
    Py_DECREF(interp, it);
    return 0;
  }
  for (;;) {
    const item = PyIter_Next(tstate, it);
    if (item === 0) break;
    const r = PyList_Append(tstate, list, item);
    Py_DECREF(interp, item);
    if (r < 0) break;
  }
  Py_DECREF(interp, it);
  if (PyErr_Occurred(tstate) !== 0) {
    Py_DECREF(interp, list);
    return 0;
  }
  return list;
}

/** str.join(iterable). */
function joinMeth(tstate: ThreadState, self: number, argsWord: number): number {
  const seq = _PySequence_FastForJoin(tstate, arg(tstate, argsWord, 0));
  if (seq === 0) return 0;
  const r = unicodeJoin(tstate, self, seq);
  Py_DECREF(tstate.interp, seq);
  return r;
}

/** str's methods (CPython's unicode_methods). @public */
export const UNICODE_METHODS: readonly PyMethodDef[] = Object.freeze(([
  { name: 'format', flags: FAST_KW, meth: unicodeFormatMethod },
  splitDef('split', unicodeSplit),
  splitDef('rsplit', unicodeRSplit),
  { name: 'join', flags: METH_O, meth: joinMeth },
  stripDef('strip', unicodeStrip),
  stripDef('lstrip', unicodeLStrip),
  stripDef('rstrip', unicodeRStrip),
  { name: 'replace', flags: FAST, meth: replaceMeth },
  withRange('find', unicodeFind, true, true),
  withRange('rfind', unicodeRFind, true, true),
  withRange('index', unicodeIndex, true, true),
  withRange('rindex', unicodeRIndex, true, true),
  withRange('count', unicodeCount, false, true),
  withRange('startswith', unicodeStartsWith, false, true),
  withRange('endswith', unicodeEndsWith, false, true),
  noArgs('upper', unicodeUpper),
  noArgs('lower', unicodeLower),
  noArgs('title', unicodeTitle),
  noArgs('capitalize', unicodeCapitalize),
  noArgs('swapcase', unicodeSwapCase),
  noArgs('casefold', unicodeCaseFold),
  noArgs('isdigit', unicodeIsDigit),
  noArgs('isalpha', unicodeIsAlpha),
  noArgs('isalnum', unicodeIsAlnum),
  noArgs('isspace', unicodeIsSpace),
  noArgs('isupper', unicodeIsUpper),
  noArgs('islower', unicodeIsLower),
  noArgs('istitle', unicodeIsTitle),
  noArgs('isdecimal', unicodeIsDecimal),
  noArgs('isnumeric', unicodeIsNumeric),
  noArgs('isidentifier', unicodeIsIdentifier),
  noArgs('isascii', unicodeIsAscii),
  noArgs('isprintable', unicodeIsPrintable),
  padDef('center', unicodeCenter),
  padDef('ljust', unicodeLJust),
  padDef('rjust', unicodeRJust),
  {
    name: 'zfill',
    flags: METH_O,
    meth: (tstate, self, argsWord) => {
      const w = ssizeArg(tstate, arg(tstate, argsWord, 0));
      return w === null ? 0 : unicodeZFill(tstate, self, w);
    },
  },
  partitionDef('partition', unicodePartition),
  partitionDef('rpartition', unicodeRPartition),
  { name: 'splitlines', flags: FAST_KW, meth: splitlinesMeth },
  { name: 'encode', flags: FAST_KW, meth: encodeMeth },
  { name: 'expandtabs', flags: FAST_KW, meth: expandtabsMeth },
  affixRemover('removeprefix', true),
  affixRemover('removesuffix', false),
] satisfies PyMethodDef[]).map((d) => Object.freeze(d)));
