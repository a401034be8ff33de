// str methods against one batched python3 run (cases as data: `repr(eval(expr))` or
// `Type: message`), with empty strs, astral characters, Python's whitespace and bad argument
// types; the heap's blocks in use return to their start value.
import type { ThreadState } from '../thread-state.js';
import { describeAgainstPython3 } from '../../test/differential-suite.js';
import { PyList_Append, PyList_New } from './listobject.js';
import { PyLong_FromLong } from './longobject.js';
import { Py_DECREF } from './object.js';
import { PyTuple_Pack } from './tupleobject.js';
import { PyUnicode_FromString } from './unicodeobject.js';
import * as M from './unicode-methods.js';

/** An argument: a str, an int (as {i}), None (null), a list or tuple of arguments. */
type Arg = string | null | { i: number } | { list: Arg[] } | { tuple: Arg[] };

function py(a: Arg): string {
  if (a === null) return 'None';
  if (typeof a === 'string') return JSON.stringify(a);
  if ('i' in a) return String(a.i);
  if ('list' in a) return `[${a.list.map(py).join(', ')}]`;
  return `(${a.tuple.map(py).join(', ')}${a.tuple.length === 1 ? ',' : ''})`;
}

function make(t: ThreadState, a: Arg): number {
  if (a === null) return t.interp.runtime.immortalNone;
  if (typeof a === 'string') return PyUnicode_FromString(t, a);
  if ('i' in a) return PyLong_FromLong(t, a.i);
  const hs = ('list' in a ? a.list : a.tuple).map((x) => make(t, x));
  let r: number;
  if ('tuple' in a) {
    r = PyTuple_Pack(t, hs);
  } else {
    r = PyList_New(t, 0);
    for (const h of hs) PyList_Append(t, r, h);
  }
  for (const h of hs) Py_DECREF(t.interp, h);
  return r;
}

type Method = (t: ThreadState, self: number, ...rest: number[]) => number;

/** name → (the function, how many handle arguments, and a trailing JS int if any) */
const METHODS: Readonly<Record<string, Method>> = Object.freeze({
  split: M.unicodeSplit as Method,
  rsplit: M.unicodeRSplit as Method,
  strip: M.unicodeStrip,
  lstrip: M.unicodeLStrip,
  rstrip: M.unicodeRStrip,
  find: M.unicodeFind,
  rfind: M.unicodeRFind,
  index: M.unicodeIndex,
  rindex: M.unicodeRIndex,
  count: M.unicodeCount,
  startswith: M.unicodeStartsWith,
  endswith: M.unicodeEndsWith,
  upper: M.unicodeUpper,
  lower: M.unicodeLower,
  replace: M.unicodeReplace as Method,
  partition: M.unicodePartition,
  rpartition: M.unicodeRPartition,
});

interface Case {
  readonly py: string;
  readonly run: (t: ThreadState) => number;
}

function call(self: string, name: string, args: readonly Arg[], jsInt?: number): Case {
  const pyArgs = args.map(py);
  if (jsInt !== undefined) pyArgs.push(String(jsInt));
  return {
    py: `${JSON.stringify(self)}.${name}(${pyArgs.join(', ')})`,
    run: (t) => {
      const s = make(t, self);
      const hs = args.map((a) => make(t, a));
      const f = METHODS[name];
      const r = jsInt !== undefined ? f(t, s, ...hs, jsInt) : f(t, s, ...hs);
      for (const h of [s, ...hs]) Py_DECREF(t.interp, h);
      return r;
    },
  };
}

const STRS = ['', 'a', 'abc', '  hello  world  ', 'a,b,,c,', ',', 'aaaa', 'ab😀cd😀', '\t\n x\x1c y\x85z\u3000 ', '\ufeffa b', 'éÉß', 'Hello World', 'x.y.z', 'mississippi'];
const SEPS: Arg[] = [null, ',', 'a', 'ss', '😀', '', { i: 1 }];

function buildCases(): Case[] {
  const cases: Case[] = [];
  for (const s of STRS) {
    for (const sep of SEPS) {
      for (const max of [-1, 0, 1, 2]) {
        cases.push(call(s, 'split', [sep], max));
        cases.push(call(s, 'rsplit', [sep], max));
      }
      if (sep === null || typeof sep === 'string') {
        for (const name of ['strip', 'lstrip', 'rstrip']) cases.push(call(s, name, [sep === '' ? 'a ' : sep]));
      }
      if (sep !== null) {
        for (const name of ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'partition', 'rpartition']) cases.push(call(s, name, [sep]));
        for (const count of [-1, 0, 1, 2]) cases.push(call(s, 'replace', [sep, '<>'], count));
      }
    }
    cases.push(call(s, 'startswith', [{ tuple: ['x', 'a', ''] }]));
    cases.push(call(s, 'endswith', [{ tuple: ['c', { i: 3 }] }]));
    cases.push(call(s, 'endswith', [{ tuple: [] }]));
    cases.push(call(s, 'upper', []));
    cases.push(call(s, 'lower', []));
  }
  for (const [sep, items] of [[', ', { list: ['a', 'b', 'c'] }], ['', { tuple: ['x', '😀'] }], ['-', { list: [] }], ['-', { list: ['a', { i: 1 }] }], ['-', { list: [{ i: 0 }] }], ['😀', { list: ['', ''] }]] as [string, Arg][]) {
    cases.push({
      py: `${JSON.stringify(sep)}.join(${py(items)})`,
      run: (t) => {
        const s = make(t, sep);
        const it = make(t, items);
        const r = M.unicodeJoin(t, s, it);
        Py_DECREF(t.interp, s);
        Py_DECREF(t.interp, it);
        return r;
      },
    });
  }
  const pads: [string, (t: ThreadState, s: number, w: number, f: number) => number][] = [['center', M.unicodeCenter], ['ljust', M.unicodeLJust], ['rjust', M.unicodeRJust]];
  for (const s of ['', 'a', 'ab', 'abc', '😀x', '-42', '+7', 'x-1']) {
    for (const w of [-1, 0, 2, 3, 4, 5, 8]) {
      for (const [name, f] of pads) {
        for (const fill of [null, '*', '😀', '', 'ab', { i: 1 }] as Arg[]) {
          cases.push({
            py: `${JSON.stringify(s)}.${name}(${w}${fill === null ? '' : `, ${py(fill)}`})`,
            run: (t) => {
              const h = make(t, s);
              const fh = fill === null ? 0 : make(t, fill);
              const r = f(t, h, w, fh);
              Py_DECREF(t.interp, h);
              Py_DECREF(t.interp, fh);
              return r;
            },
          });
        }
      }
      cases.push({ py: `${JSON.stringify(s)}.zfill(${w})`, run: (t) => withSelf(t, s, (h) => M.unicodeZFill(t, h, w)) });
    }
  }
  for (const s of ['', 'a\nb', 'a\r\nb\rc\n', '\n\n', 'x\x0by\x0cz\x1c\x1d\x1e\x85\u2028\u2029end', 'no break', '\r\r\n\n\r']) {
    const js = s;
    for (const keep of [false, true]) {
      cases.push({ py: `${JSON.stringify(js)}.splitlines(${keep ? 'True' : 'False'})`, run: (t) => withSelf(t, js, (h) => M.unicodeSplitLines(t, h, keep)) });
    }
  }
  for (const s of ['', '\t', 'a\tb', 'ab\tcd\tef', '12345678\tx', 'a\nb\tc', 'x\r\ty', '😀\t!']) {
    const js = s;
    for (const n of [8, 4, 1, 0, -1]) {
      cases.push({ py: `${JSON.stringify(js)}.expandtabs(${n})`, run: (t) => withSelf(t, js, (h) => M.unicodeExpandTabs(t, h, n)) });
    }
  }
  for (const s of ['', 'abc', 'héllo', 'ÿ', 'Ā', 'aé😀b', '€€x', 'ab\u0100\u0101c']) {
    const js = s;
    for (const enc of ['utf-8', 'ascii', 'latin-1', 'UTF8', 'latin_1', 'nope']) {
      cases.push({ py: `${JSON.stringify(js)}.encode(${JSON.stringify(enc)})`, run: (t) => withSelf(t, js, (h) => M.unicodeEncode(t, h, enc)) });
    }
  }
  const preds: [string, (t: ThreadState, s: number) => number][] = [
    ['isalpha', M.unicodeIsAlpha], ['isdecimal', M.unicodeIsDecimal], ['isdigit', M.unicodeIsDigit], ['isnumeric', M.unicodeIsNumeric],
    ['isalnum', M.unicodeIsAlnum], ['isspace', M.unicodeIsSpace], ['isascii', M.unicodeIsAscii], ['isprintable', M.unicodeIsPrintable],
    ['isupper', M.unicodeIsUpper], ['islower', M.unicodeIsLower], ['istitle', M.unicodeIsTitle], ['isidentifier', M.unicodeIsIdentifier],
    ['swapcase', M.unicodeSwapCase], ['capitalize', M.unicodeCapitalize], ['title', M.unicodeTitle], ['casefold', M.unicodeCaseFold],
  ];
  const samples = ['', 'abc', 'ABC', 'Abc', 'aBC', 'Hello World', 'hello world', "they're bill's", '123', '١٢٣', '²', '½', 'Ⅷ', 'abc123', 'a b',
    ' \t\n', '\x1c', '\x85', '\ufeff', '\x00', 'é', 'Éa', 'ß', 'Straße', 'ǅ', 'ǅa', 'x😀', '😀', '_a1', '1a', 'a-b', 'ΣΑΣ', 'ς', 'ﬁ', 'İ'];
  for (const s of samples) {
    for (const [name, f] of preds) cases.push({ py: `${JSON.stringify(s)}.${name}()`, run: (t) => withSelf(t, s, (h) => f(t, h)) });
  }
  return cases;
}

function withSelf(t: ThreadState, s: string, f: (h: number) => number): number {
  const h = make(t, s);
  const r = f(h);
  Py_DECREF(t.interp, h);
  return r;
}

describeAgainstPython3('str methods', buildCases);
