// range against one batched python3 run (cases as data: `repr(eval(expr))` or
// `Type: message`), the layout diagram, and refcounts (blocks in use back to the start).
import { readFileSync } from 'node:fs';
import { checkLayoutDiagram, parseLayoutDiagrams } from '@pergil/runtime-state';
import { describe, expect, it } from 'vitest';
import type { ThreadState } from '../thread-state.js';
import { describeAgainstPython3 } from '../../test/differential-suite.js';
import { PyFloat_FromDouble } from './floatobject.js';
import { PyLong_FromBigInt } from './longobject.js';
import { PyObject_Hash, PyObject_RichCompare, Py_DECREF, Py_EQ, Py_LT, Py_NE, _PyObject_ReprString } from './object.js';
import { PY_RANGE_OBJECT } from './rangeobject.layout.js';
import { PyRange_New, rangeContains, rangeCount, rangeGetItem, rangeIndex, rangeLength, rangeSlice } from './rangeobject.js';
import { PyUnicode_FromString } from './unicodeobject.js';

/** An argument: an int, a float (as {f}), a str (as {s}) or None (null). */
type Arg = bigint | number | null | { f: number } | { s: string };

function py(a: Arg): string {
  if (a === null) return 'None';
  if (typeof a === 'object') return 'f' in a ? (Number.isInteger(a.f) ? `${a.f}.0` : String(a.f)) : JSON.stringify(a.s);
  return String(a);
}

function make(t: ThreadState, a: Arg): number {
  if (a === null) return t.interp.runtime.immortalNone;
  if (typeof a === 'object') return 'f' in a ? PyFloat_FromDouble(t, a.f) : PyUnicode_FromString(t, a.s);
  return PyLong_FromBigInt(t, BigInt(a));
}

interface Case {
  readonly py: string;
  readonly run: (t: ThreadState) => number | string;
}

function withArgs(t: ThreadState, args: readonly Arg[], f: (hs: number[]) => number | string): number | string {
  const hs = args.map((a) => make(t, a));
  try {
    return f(hs);
  } finally {
    hs.forEach((h) => Py_DECREF(t.interp, h));
  }
}

/** Runs f on range(*args), dropping it; a failed construction yields NULL. */
function onRange(t: ThreadState, args: readonly Arg[], f: (r: number) => number | string): number | string {
  return withArgs(t, args, (hs) => {
    const r = PyRange_New(t, hs);
    if (r === 0) return 0;
    try {
      return f(r);
    } finally {
      Py_DECREF(t.interp, r);
    }
  });
}

function bool(t: ThreadState, r: number): number {
  return r < 0 ? 0 : r === 1 ? t.interp.runtime.immortalTrue : t.interp.runtime.immortalFalse;
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  const ranges: Arg[][] = [
    [0], [5], [-3], [1, 10], [10, 1], [0, 10, 3], [10, 0, -3], [-5, 5, 2], [5, -5, -2], [0, 0], [2, 2], [3, 4], [0, 1, 5],
    [7, 100, 7], [100, 7, -7], [0, 2n ** 70n, 3], [2n ** 64n], [-(2n ** 65n), 2n ** 65n, 2n ** 40n], [0, 10, 0], [{ f: 1.5 }], [1, { s: 'a' }], [], [1, 2, 3, 4],
  ];
  const r = (args: readonly Arg[]): string => `range(${args.map(py).join(', ')})`;
  for (const args of ranges) {
    cases.push({ py: r(args), run: (t) => onRange(t, args, (h) => _PyObject_ReprString(t, h) ?? 0) });
    cases.push({ py: `len(${r(args)})`, run: (t) => onRange(t, args, (h) => {
      const n = rangeLength(t, h);
      return n < 0 ? 0 : String(n);
    }) });
    for (const i of [0, 1, 2, -1, -2, 3, 9, -10, 2n ** 63n, { s: 'x' }] as Arg[]) {
      cases.push({ py: `${r(args)}[${py(i)}]`, run: (t) => onRange(t, args, (h) => withArgs(t, [i], ([x]) => rangeGetItem(t, h, x))) });
    }
    // python3 searches item by item for a non-int: only on short ranges
    const huge = args.some((x) => typeof x === 'bigint');
    for (const x of [0, 1, 3, 4, -3, 7, 9, 10, 2n ** 64n - 1n, ...(huge ? [] : [{ f: 3.0 }, { f: 3.5 }, { s: 'a' }, null])] as Arg[]) {
      cases.push({ py: `${py(x)} in ${r(args)}`, run: (t) => onRange(t, args, (h) => withArgs(t, [x], ([y]) => bool(t, rangeContains(t, h, y)))) });
      cases.push({ py: `${r(args)}.index(${py(x)})`, run: (t) => onRange(t, args, (h) => withArgs(t, [x], ([y]) => rangeIndex(t, h, y))) });
      cases.push({ py: `${r(args)}.count(${py(x)})`, run: (t) => onRange(t, args, (h) => withArgs(t, [x], ([y]) => rangeCount(t, h, y))) });
    }
    const slices: [Arg, Arg, Arg][] = [
      [null, null, null], [1, null, null], [null, -1, null], [null, null, -1], [2, 8, 2], [-3, null, null], [8, 1, -2], [100, -100, -1],
      [-100, 100, 3], [null, null, 0], [0, 5, 2n ** 70n], [{ s: 'a' }, null, null],
    ];
    for (const [a, b, c] of slices) {
      cases.push({
        py: `${r(args)}[${a === null ? '' : py(a)}:${b === null ? '' : py(b)}:${c === null ? '' : py(c)}]`,
        run: (t) => onRange(t, args, (h) => withArgs(t, [a, b, c], ([x, y, z]) => rangeSlice(t, h, x, y, z))),
      });
    }
  }
  const pairs: [Arg[], Arg[]][] = [
    [[0], [2, 2]], [[0, 5], [5]], [[0, 5, 2], [0, 6, 2]], [[1, 2, 5], [1, 3, 7]], [[1, 3, 5], [1, 3, 7]], [[0, 10], [0, 10, 2]],
    [[5, 0], [0]], [[3], [0, 3, 1]], [[-1, -10, -3], [-1, -8, -3]],
  ];
  for (const [a, b] of pairs) {
    for (const [sym, op] of [['==', Py_EQ], ['!=', Py_NE], ['<', Py_LT]] as [string, number][]) {
      cases.push({ py: `${r(a)} ${sym} ${r(b)}`, run: (t) => onRange(t, a, (x) => onRange(t, b, (y) => PyObject_RichCompare(t, x, y, op))) });
    }
    cases.push({
      py: `hash(${r(a)}) == hash(${r(b)})`,
      run: (t) => onRange(t, a, (x) => onRange(t, b, (y) => bool(t, PyObject_Hash(t, x) === PyObject_Hash(t, y) ? 1 : 0))),
    });
  }
  cases.push({ py: 'range(3) == "x"', run: (t) => onRange(t, [3], (x) => withArgs(t, [{ s: 'x' }], ([y]) => PyObject_RichCompare(t, x, y, Py_EQ))) });
  return cases;
}

describeAgainstPython3('range', buildCases);

describe('rangeobject.layout.ts', () => {
  it('draws its layout at the offsets derived from its fields', () => {
    const diagrams = parseLayoutDiagrams(readFileSync(new URL('./rangeobject.layout.ts', import.meta.url), 'utf8'));
    expect(diagrams.map((d) => d.name)).toEqual(['rangeobject']);
    expect(checkLayoutDiagram(PY_RANGE_OBJECT, diagrams[0])).toEqual([]);
  });
});
