// set and frozenset against one batched python3 run (cases as data: `repr(eval(expr))` or
// `Type: message`), the exact frozenset hash, the layout diagram, and refcounts (the heap's
// blocks in use return to their start value).
import { readFileSync } from 'node:fs';
import { checkLayoutDiagram, parseLayoutDiagrams } from '@pergil/runtime-state';
import { describe, expect, it } from 'vitest';
import type { ThreadState } from '../thread-state.js';
import { describeResult } from '../testing/fixtures.js';
import { describeAgainstPython3 } from '../../test/differential-suite.js';
import { PyDict_New, PyDict_SetItem } from './dictobject.js';
import { PyList_Append, PyList_New } from './listobject.js';
import { PyLong_FromBigInt } from './longobject.js';
import { PyObject_Hash, PyObject_RichCompare, Py_DECREF, Py_INCREF, Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE } from './object.js';
import { PY_SET_ENTRY, PY_SET_OBJECT } from './setobject.layout.js';
import {
  PyFrozenSet_New,
  PySet_Add,
  PySet_Clear,
  PySet_Contains,
  PySet_Discard,
  PySet_New,
  PySet_Pop,
  frozensetHashExact,
  setCopy,
  setDifference,
  setDifferenceUpdate,
  setIntersection,
  setIntersectionUpdate,
  setIsDisjoint,
  setIsSubset,
  setIsSuperset,
  setLength,
  setRemove,
  setSymmetricDifference,
  setSymmetricDifferenceUpdate,
  setUnion,
  setUpdate,
} from './setobject.js';
import { PyTuple_Pack } from './tupleobject.js';
import { PyUnicode_FromString } from './unicodeobject.js';

/** A value built on both sides: ints (as bigint-able numbers), strs, lists, tuples, sets. */
type V = number | bigint | string | { list: V[] } | { tuple: V[] } | { set: V[] } | { frozenset: V[] } | { dict: V[] };

function py(v: V): string {
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if ('list' in v) return `[${v.list.map(py).join(', ')}]`;
  if ('tuple' in v) return `(${v.tuple.map(py).join(', ')}${v.tuple.length === 1 ? ',' : ''})`;
  if ('set' in v) return `set([${v.set.map(py).join(', ')}])`;
  if ('dict' in v) return `dict.fromkeys([${v.dict.map(py).join(', ')}])`;
  return `frozenset([${v.frozenset.map(py).join(', ')}])`;
}

/** Builds v in the heap: a new reference (0 with an exception set if a set rejected an item). */
function make(t: ThreadState, v: V): number {
  const interp = t.interp;
  if (typeof v === 'number' || typeof v === 'bigint') return PyLong_FromBigInt(t, BigInt(v));
  if (typeof v === 'string') return PyUnicode_FromString(t, v);
  const items = 'list' in v ? v.list : 'tuple' in v ? v.tuple : 'set' in v ? v.set : 'dict' in v ? v.dict : v.frozenset;
  const hs = items.map((x) => make(t, x));
  if (hs.includes(0)) {
    hs.forEach((h) => Py_DECREF(interp, h));
    return 0;
  }
  let r: number;
  if ('tuple' in v) {
    r = PyTuple_Pack(t, hs);
  } else if ('dict' in v) {
    r = PyDict_New(t);
    for (const h of hs) PyDict_SetItem(t, r, h, interp.runtime.immortalNone);
  } else {
    const list = PyList_New(t, 0);
    for (const h of hs) PyList_Append(t, list, h);
    r = 'list' in v ? list : 'set' in v ? PySet_New(t, list) : PyFrozenSet_New(t, list);
    if (r !== list) Py_DECREF(interp, list);
  }
  hs.forEach((h) => Py_DECREF(interp, h));
  return r;
}

function bool(t: ThreadState, r: number): number {
  return r < 0 ? 0 : r === 1 ? t.interp.runtime.immortalTrue : t.interp.runtime.immortalFalse;
}

interface Case {
  readonly py: string;
  readonly run: (t: ThreadState) => number | string;
}

/** Evaluates `f` over freshly made operands, dropping them afterwards. */
function withOperands(t: ThreadState, vs: readonly V[], f: (hs: number[]) => number | string): number | string {
  const hs = vs.map((v) => make(t, v));
  try {
    if (hs.includes(0)) return 0;
    return f(hs);
  } finally {
    hs.forEach((h) => Py_DECREF(t.interp, h));
  }
}

/** A method that mutates its set, then the set's repr (`(s.m(x), s)[1]` in Python). */
function mutating(name: string, s: V, args: readonly V[], f: (t: ThreadState, s: number, a: number[]) => number): Case {
  return {
    py: `(lambda s: (s.${name}(${args.map(py).join(', ')}), s)[1])(${py(s)})`,
    run: (t) =>
      withOperands(t, [s, ...args], ([h, ...a]) => {
        if (f(t, h, a) < 0) return 0;
        return describeSet(t, h);
      }),
  };
}

function describeSet(t: ThreadState, h: number): string {
  Py_INCREF(t.interp, h); // describeResult drops a reference
  return describeResult(t, h);
}

const OPS: readonly [string, number][] = [['<', Py_LT], ['<=', Py_LE], ['==', Py_EQ], ['!=', Py_NE], ['>', Py_GT], ['>=', Py_GE]];

function buildCases(): Case[] {
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const ints = (n: number, range: number, offset = 0): number[] => Array.from({ length: n }, () => rand(range) - offset);
  const sets: number[][] = [[], [0], [1, 2, 3], [3, 2, 1], [-1, -2, -5], [0, 8, 16, 24], [100, 7, 33, 1000, 8]];
  for (let i = 0; i < 30; i++) sets.push(ints(rand(40), [10, 50, 200, 5000][i % 4], i % 3 === 0 ? 20 : 0));
  const cases: Case[] = [];
  for (const s of sets) {
    cases.push({ py: py({ set: s }), run: (t) => make(t, { set: s }) });
    cases.push({ py: py({ frozenset: s }), run: (t) => make(t, { frozenset: s }) });
    cases.push({ py: `len(${py({ set: s })})`, run: (t) => withOperands(t, [{ set: s }], ([h]) => String(setLength(t.interp, h))) });
    cases.push({ py: `hash(${py({ frozenset: s })})`, run: (t) => withOperands(t, [{ frozenset: s }], ([h]) => String(frozensetHashExact(t, h))) });
    cases.push({ py: `(lambda s: (s.pop(), s)[1])(${py({ set: s })})`, run: (t) => withOperands(t, [{ set: s }], ([h]) => {
      const k = PySet_Pop(t, h);
      if (k === 0) return 0;
      Py_DECREF(t.interp, k);
      return describeSet(t, h);
    }) });
    for (const x of [0, 3, -2, 40]) {
      cases.push({ py: `${x} in ${py({ set: s })}`, run: (t) => withOperands(t, [{ set: s }, x], ([h, k]) => bool(t, PySet_Contains(t, h, k))) });
      cases.push(mutating('remove', { set: s }, [x], (t, h, [k]) => setRemove(t, h, k)));
      cases.push(mutating('discard', { set: s }, [x], (t, h, [k]) => PySet_Discard(t, h, k)));
      cases.push(mutating('add', { set: s }, [x], (t, h, [k]) => PySet_Add(t, h, k)));
    }
  }
  for (let i = 0; i + 1 < sets.length; i++) {
    const a = sets[i];
    const b = sets[(i * 7 + 3) % sets.length];
    for (const [A, B] of [[{ set: a }, { set: b }], [{ frozenset: a }, { set: b }], [{ set: a }, { list: b }]] as [V, V][]) {
      const bin = (name: string, f: (t: ThreadState, x: number, y: number) => number): Case => ({
        py: `${py(A)}.${name}(${py(B)})`,
        run: (t) => withOperands(t, [A, B], ([x, y]) => f(t, x, y)),
      });
      cases.push(bin('union', (t, x, y) => setUnion(t, x, [y])));
      cases.push(bin('intersection', (t, x, y) => setIntersection(t, x, [y])));
      cases.push(bin('difference', (t, x, y) => setDifference(t, x, [y])));
      cases.push(bin('symmetric_difference', (t, x, y) => setSymmetricDifference(t, x, y)));
      cases.push(bin('issubset', (t, x, y) => bool(t, setIsSubset(t, x, y))));
      cases.push(bin('issuperset', (t, x, y) => bool(t, setIsSuperset(t, x, y))));
      cases.push(bin('isdisjoint', (t, x, y) => bool(t, setIsDisjoint(t, x, y))));
      for (const [sym, op] of OPS) {
        cases.push({ py: `${py(A)} ${sym} ${py(B)}`, run: (t) => withOperands(t, [A, B], ([x, y]) => PyObject_RichCompare(t, x, y, op)) });
      }
    }
    cases.push(mutating('update', { set: a }, [{ list: b }, { set: [5, 6] }], (t, h, ys) => setUpdate(t, h, ys)));
    cases.push(mutating('intersection_update', { set: a }, [{ set: b }], (t, h, ys) => setIntersectionUpdate(t, h, ys)));
    cases.push(mutating('difference_update', { set: a }, [{ tuple: b }], (t, h, ys) => setDifferenceUpdate(t, h, ys)));
    cases.push(mutating('symmetric_difference_update', { set: a }, [{ set: b }], (t, h, [y]) => setSymmetricDifferenceUpdate(t, h, y)));
    cases.push(mutating('clear', { set: a }, [], (t, h) => PySet_Clear(t, h)));
  }
  // growth, shrinking by deletes and re-adds: dummies must be reused and skipped
  const big = Array.from({ length: 300 }, (_, i) => (i * 37) % 1000);
  cases.push({
    py: `(lambda s: ([s.discard(x) for x in range(0, 1000, 3)], [s.add(x) for x in range(0, 60, 2)], s)[2])(set(${JSON.stringify(big)}))`,
    run: (t) => withOperands(t, [{ set: big }], ([h]) => {
      for (let x = 0; x < 1000; x += 3) withOperands(t, [x], ([k]) => PySet_Discard(t, h, k));
      for (let x = 0; x < 60; x += 2) withOperands(t, [x], ([k]) => PySet_Add(t, h, k));
      return describeSet(t, h);
    }),
  });
  // other element kinds, errors, mixed comparisons
  const more: [string, (t: ThreadState) => number | string][] = [
    ['set()', (t) => make(t, { set: [] })],
    ['frozenset()', (t) => make(t, { frozenset: [] })],
    ['set([[1]])', (t) => make(t, { set: [{ list: [1] }] })],
    ['set([set()])', (t) => make(t, { set: [{ set: [] }] })],
    ['set([(1, 2), (1, 2), (3,)])', (t) => make(t, { set: [{ tuple: [1, 2] }, { tuple: [1, 2] }, { tuple: [3] }] })],
    ['set([frozenset([1, 2]), frozenset([2, 1])])', (t) => make(t, { set: [{ frozenset: [1, 2] }, { frozenset: [2, 1] }] })],
    ['frozenset([frozenset([1])])', (t) => make(t, { frozenset: [{ frozenset: [1] }] })],
    ['hash(frozenset([frozenset([1, 2]), 3]))', (t) => withOperands(t, [{ frozenset: [{ frozenset: [1, 2] }, 3] }], ([h]) => String(frozensetHashExact(t, h)))],
    ['hash(frozenset([2**70, -1, -2**62]))', (t) => withOperands(t, [{ frozenset: [2n ** 70n, -1, -(2n ** 62n)] }], ([h]) => String(frozensetHashExact(t, h)))],
    ['hash(frozenset(range(100)))', (t) => withOperands(t, [{ frozenset: Array.from({ length: 100 }, (_, i) => i) }], ([h]) => String(frozensetHashExact(t, h)))],
    ['hash(set())', (t) => withOperands(t, [{ set: [] }], ([h]) => (PyObject_Hash(t, h) === -1 ? 0 : 'hashed'))],
    ['set([1, 2]) == frozenset([2, 1])', (t) => withOperands(t, [{ set: [1, 2] }, { frozenset: [2, 1] }], ([a, b]) => PyObject_RichCompare(t, a, b, Py_EQ))],
    ['set([1]) == [1]', (t) => withOperands(t, [{ set: [1] }, { list: [1] }], ([a, b]) => PyObject_RichCompare(t, a, b, Py_EQ))],
    ['set([1]) != [1]', (t) => withOperands(t, [{ set: [1] }, { list: [1] }], ([a, b]) => PyObject_RichCompare(t, a, b, Py_NE))],
    ['set([1]) < [1]', (t) => withOperands(t, [{ set: [1] }, { list: [1] }], ([a, b]) => PyObject_RichCompare(t, a, b, Py_LT))],
    ['[1] >= frozenset([1])', (t) => withOperands(t, [{ list: [1] }, { frozenset: [1] }], ([a, b]) => PyObject_RichCompare(t, a, b, Py_GE))],
    ['set().pop()', (t) => withOperands(t, [{ set: [] }], ([h]) => PySet_Pop(t, h))],
    ['set(["a"]).issubset(5)', (t) => withOperands(t, [{ set: ['a'] }, 5], ([a, b]) => bool(t, setIsSubset(t, a, b)))],
    ['set("hello") == set("lohe")', (t) => withOperands(t, ['hello', 'lohe'], ([a, b]) => {
      const x = PySet_New(t, a);
      const y = PySet_New(t, b);
      const r = PyObject_RichCompare(t, x, y, Py_EQ);
      Py_DECREF(t.interp, x);
      Py_DECREF(t.interp, y);
      return r;
    })],
    ['len(set("abcabcé😀😀"))', (t) => withOperands(t, ['abcabcé😀😀'], ([a]) => {
      const x = PySet_New(t, a);
      const n = setLength(t.interp, x);
      Py_DECREF(t.interp, x);
      return String(n);
    })],
    ['"b" in set(dict.fromkeys(["a", "b"]))', (t) => withOperands(t, [{ set: [] }, { dict: ['a', 'b'] }, 'b'], ([s, d, k]) => {
      if (setUpdate(t, s, [d]) < 0) return 0;
      return bool(t, PySet_Contains(t, s, k));
    })],
    ['[1] in set()', (t) => withOperands(t, [{ set: [] }, { list: [1] }], ([s, k]) => bool(t, PySet_Contains(t, s, k)))],
    ['frozenset([1, 2]).copy()', (t) => withOperands(t, [{ frozenset: [1, 2] }], ([s]) => setCopy(t, s))],
    ['set([1, 2]).copy()', (t) => withOperands(t, [{ set: [1, 2] }], ([s]) => setCopy(t, s))],
    ['set([1, 2, 3]).intersection([2, 3], (3, 4))', (t) => withOperands(t, [{ set: [1, 2, 3] }, { list: [2, 3] }, { tuple: [3, 4] }], ([s, a, b]) => setIntersection(t, s, [a, b]))],
    ['set([1, 2, 3]).union()', (t) => withOperands(t, [{ set: [1, 2, 3] }], ([s]) => setUnion(t, s, []))],
    ['set([1, 2, 3]).difference([1], [3])', (t) => withOperands(t, [{ set: [1, 2, 3] }, { list: [1] }, { list: [3] }], ([s, a, b]) => setDifference(t, s, [a, b]))],
  ];
  for (const [p, run] of more) cases.push({ py: p, run });
  return cases;
}

describeAgainstPython3('set and frozenset', buildCases);

describe('setobject.layout.ts', () => {
  it('draws its layouts at the offsets derived from their fields', () => {
    const diagrams = parseLayoutDiagrams(readFileSync(new URL('./setobject.layout.ts', import.meta.url), 'utf8'));
    expect(diagrams.map((d) => d.name).sort()).toEqual(['PySetObject', 'setentry']);
    expect(checkLayoutDiagram(PY_SET_OBJECT, diagrams.find((d) => d.name === 'PySetObject')!)).toEqual([]);
    expect(checkLayoutDiagram(PY_SET_ENTRY, diagrams.find((d) => d.name === 'setentry')!)).toEqual([]);
  });
});
