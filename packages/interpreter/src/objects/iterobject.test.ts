// Iteration against one batched python3 run (cases as data: `repr(eval(expr))` or
// `Type: message`), the iterator types and their messages, the mutation checks of dict and set
// iterators, the fast paths FOR_ITER uses, and refcounts (blocks in use back to the start,
// iterators dropping their sequences).
import { TUPLE_OB_ITEM } from '@pergil/runtime-state';
import { describe, expect, it } from 'vitest';
import type { ThreadState } from '../thread-state.js';
import { blocksInUse, describeResult, differentialMismatches, makeTestWorld, python3Reprs } from '../testing/fixtures.js';
import { lastLine, runPergil, runPython3 } from '../testing/run-main.js';
import type { DifferentialCase } from '../testing/fixtures.js';
import { PyBytes_FromBytes } from './bytesobject.js';
import { PyDict_DelItem, PyDict_New, PyDict_SetItem } from './dictobject.js';
import { PyErr_Occurred } from './exceptions.js';
import {
  PyIter_Next,
  PyObject_GetIter,
  dictIterNew,
  enumerateNew,
  filterNew,
  iterMethodsOf,
  listIterNext,
  rangeIterNext,
  reversedNew,
  zipNew,
} from './iterobject.js';
import { PyList_Append, PyList_New } from './listobject.js';
import { PyLong_FromBigInt } from './longobject.js';
import { Py_DECREF, Py_REFCNT, Py_TYPE, Py_TYPE_NAME } from './object.js';
import { PyRange_New } from './rangeobject.js';
import { PySet_Add, PySet_New, PyFrozenSet_New } from './setobject.js';
import { PyTuple_New, PyTuple_SET_ITEM } from './tupleobject.js';
import { PyUnicode_FromString } from './unicodeobject.js';

// ---- building values from JS ----------------------------------------------------------------

/** A JS description of a Python value: numbers/bigints are ints, strings strs, arrays lists. */
type V = number | bigint | string | V[] | { t: V[] } | { b: number[] } | { r: number[] } | { s: V[] } | { fs: V[] } | { d: [V, V][] } | null | boolean;

function py(tstate: ThreadState, v: V): number {
  const interp = tstate.interp;
  const rt = interp.runtime;
  if (v === null) return rt.immortalNone;
  if (v === true) return rt.immortalTrue;
  if (v === false) return rt.immortalFalse;
  if (typeof v === 'number' || typeof v === 'bigint') return PyLong_FromBigInt(tstate, BigInt(v));
  if (typeof v === 'string') return PyUnicode_FromString(tstate, v);
  if (Array.isArray(v)) {
    const l = PyList_New(tstate, 0);
    for (const x of v) {
      const h = py(tstate, x);
      PyList_Append(tstate, l, h);
      Py_DECREF(interp, h);
    }
    return l;
  }
  if ('t' in v) return tupleOf(tstate, v.t.map((x) => py(tstate, x)));
  if ('b' in v) return PyBytes_FromBytes(tstate, Uint8Array.from(v.b));
  if ('r' in v) {
    const parts = v.r.map((x) => py(tstate, x));
    const r = PyRange_New(tstate, parts);
    for (const p of parts) Py_DECREF(interp, p);
    return r;
  }
  if ('s' in v || 'fs' in v) {
    const items = 's' in v ? v.s : v.fs;
    const s = PySet_New(tstate, 0);
    for (const x of items) {
      const h = py(tstate, x);
      PySet_Add(tstate, s, h);
      Py_DECREF(interp, h);
    }
    if ('s' in v) return s;
    const f = PyFrozenSet_New(tstate, s);
    Py_DECREF(interp, s);
    return f;
  }
  const d = PyDict_New(tstate);
  for (const [k, x] of v.d) {
    const hk = py(tstate, k);
    const hv = py(tstate, x);
    PyDict_SetItem(tstate, d, hk, hv);
    Py_DECREF(interp, hk);
    Py_DECREF(interp, hv);
  }
  return d;
}

/** A tuple of `items` (stolen). */
function tupleOf(tstate: ThreadState, items: number[]): number {
  const t = PyTuple_New(tstate, items.length);
  items.forEach((h, i) => PyTuple_SET_ITEM(tstate.interp, t, i, h));
  return t;
}

/** list(it), dropping `it`: a new list, or 0 with the error of the iteration. */
function drain(tstate: ThreadState, it: number): number {
  if (it === 0) return 0;
  const interp = tstate.interp;
  const out = PyList_New(tstate, 0);
  for (;;) {
    const x = PyIter_Next(tstate, it);
    if (x === 0) break;
    PyList_Append(tstate, out, x);
    Py_DECREF(interp, x);
  }
  Py_DECREF(interp, it);
  if (PyErr_Occurred(tstate) !== 0) {
    Py_DECREF(interp, out);
    return 0;
  }
  return out;
}

/** list(iter(v)). */
function listOf(v: V): (tstate: ThreadState) => number {
  return (tstate) => {
    const o = py(tstate, v);
    const r = drain(tstate, PyObject_GetIter(tstate, o));
    Py_DECREF(tstate.interp, o);
    return r;
  };
}

type Ctor = (tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number) => number;

/** `ctor(*args, **kw)` through the vectorcall signature (values from JS), then drained with list() unless `raw`. */
function call(ctorName: string, ctor: Ctor, args: V[], kw: [string, V][] = [], raw = false): (tstate: ThreadState) => number {
  return (tstate) => {
    const interp = tstate.interp;
    const all = tupleOf(tstate, [...args, ...kw.map(([, v]) => v)].map((v) => py(tstate, v)));
    const kwnames = kw.length === 0 ? 0 : tupleOf(tstate, kw.map(([k]) => PyUnicode_FromString(tstate, k)));
    const argsWord = args.length + kw.length === 0 ? 0 : (all + TUPLE_OB_ITEM) >> 2;
    const r = ctor(tstate, interp.runtime.staticType(ctorName), argsWord, args.length, kwnames);
    Py_DECREF(interp, all);
    Py_DECREF(interp, kwnames);
    return raw ? r : drain(tstate, r);
  };
}

/** repr(type(x).__name__) for the iterator `make` returns. */
function typeNameOf(make: (tstate: ThreadState) => number): (tstate: ThreadState) => string {
  return (tstate) => {
    const it = make(tstate);
    const name = Py_TYPE_NAME(tstate.interp, it);
    Py_DECREF(tstate.interp, it);
    return `'${name}'`;
  };
}

function iterOf(v: V): (tstate: ThreadState) => number {
  return (tstate) => {
    const o = py(tstate, v);
    const it = PyObject_GetIter(tstate, o);
    Py_DECREF(tstate.interp, o);
    return it;
  };
}

/** it.__length_hint__() after `advance` next() calls. */
function lengthHint(v: V, advance: number, make?: (tstate: ThreadState) => number): (tstate: ThreadState) => number {
  return (tstate) => {
    const interp = tstate.interp;
    const it = make ? make(tstate) : iterOf(v)(tstate);
    for (let i = 0; i < advance; i++) Py_DECREF(interp, PyIter_Next(tstate, it));
    const hint = iterMethodsOf(Py_TYPE_NAME(interp, it)).find((m) => m.name === '__length_hint__')!;
    const r = hint.meth(tstate, it, 0, 0, 0);
    Py_DECREF(interp, it);
    return r;
  };
}

function cases(): DifferentialCase[] {
  const c: DifferentialCase[] = [];
  const add = (py: string, run: DifferentialCase['run']): void => {
    c.push({ py, run });
  };
  // the builtin iterables
  add('list(iter([1, 2, 3]))', listOf([1, 2, 3]));
  add('list(iter([]))', listOf([]));
  add("list(iter((1, 'a', None)))", listOf({ t: [1, 'a', null] }));
  add("list(iter('héllo'))", listOf('héllo'));
  add("list(iter('a😀b'))", listOf('a😀b'));
  add("list(iter(''))", listOf(''));
  add("list(iter(b'ab\\x00\\xff'))", listOf({ b: [97, 98, 0, 255] }));
  for (const r of [[5], [2, 9], [10, 0, -3], [-5, 5, 2], [0], [3, 3], [0, 10, 20], [-(2 ** 31), -(2 ** 31) + 3]]) {
    add(`list(iter(range(${r.join(', ')})))`, listOf({ r }));
  }
  add('list(iter(range(2**60, 2**60 + 3)))', (tstate) => {
    const a = PyLong_FromBigInt(tstate, 2n ** 60n);
    const b = PyLong_FromBigInt(tstate, 2n ** 60n + 3n);
    const r = PyRange_New(tstate, [a, b]);
    Py_DECREF(tstate.interp, a);
    Py_DECREF(tstate.interp, b);
    const out = drain(tstate, PyObject_GetIter(tstate, r));
    Py_DECREF(tstate.interp, r);
    return out;
  });
  add('list(iter(range(2**53 - 2, 2**53 + 2)))', (tstate) => {
    const a = PyLong_FromBigInt(tstate, 2n ** 53n - 2n);
    const b = PyLong_FromBigInt(tstate, 2n ** 53n + 2n);
    const r = PyRange_New(tstate, [a, b]);
    Py_DECREF(tstate.interp, a);
    Py_DECREF(tstate.interp, b);
    const out = drain(tstate, PyObject_GetIter(tstate, r));
    Py_DECREF(tstate.interp, r);
    return out;
  });
  add('list(iter({3, 1, 2, 100, -1}))', listOf({ s: [3, 1, 2, 100, -1] }));
  add('list(iter(frozenset({5, 6})))', listOf({ fs: [5, 6] }));
  add("list(iter({'a': 1, 'b': 2, 3: 4}))", listOf({ d: [['a', 1], ['b', 2], [3, 4]] }));
  for (const kind of ['keys', 'values', 'items'] as const) {
    add(`list(iter({'a': 1, 'b': [2]}.${kind}()))`, (tstate) => {
      const d = py(tstate, { d: [['a', 1], ['b', [2]]] });
      const r = drain(tstate, dictIterNew(tstate, d, kind));
      Py_DECREF(tstate.interp, d);
      return r;
    });
  }
  add('iter(1)', iterOf(1));
  add('iter(None)', iterOf(null));
  // type names
  add('type(iter([])).__name__', typeNameOf(iterOf([])));
  add('type(iter(())).__name__', typeNameOf(iterOf({ t: [] })));
  add("type(iter('ab')).__name__", typeNameOf(iterOf('ab')));
  add("type(iter(b'ab')).__name__", typeNameOf(iterOf({ b: [1] })));
  add('type(iter(range(3))).__name__', typeNameOf(iterOf({ r: [3] })));
  add('type(iter({1})).__name__', typeNameOf(iterOf({ s: [1] })));
  add('type(iter({1: 2})).__name__', typeNameOf(iterOf({ d: [[1, 2]] })));
  add('type(reversed([])).__name__', typeNameOf(call('reversed', reversedNew, [[]], [], true)));
  add('type(reversed(range(2))).__name__', typeNameOf(call('reversed', reversedNew, [{ r: [2] }], [], true)));
  add("type(reversed('ab')).__name__", typeNameOf(call('reversed', reversedNew, ['ab'], [], true)));
  add('type(enumerate([])).__name__', typeNameOf(call('enumerate', enumerateNew, [[]], [], true)));
  add('type(zip()).__name__', typeNameOf(call('zip', zipNew, [], [], true)));
  // __length_hint__
  add('(lambda it: (next(it), it.__length_hint__())[1])(iter([1, 2, 3]))', lengthHint([1, 2, 3], 1));
  add('(lambda it: [next(it) for _ in range(4)] and it.__length_hint__())(iter(range(9)))', lengthHint({ r: [9] }, 4));
  add("iter('abc').__length_hint__()", lengthHint('abc', 0));
  add('(lambda it: (list(it), it.__length_hint__())[1])(iter((1, 2)))', lengthHint({ t: [1, 2] }, 3));
  add('iter({1: 2, 3: 4}).__length_hint__()', lengthHint({ d: [[1, 2], [3, 4]] }, 0));
  add('iter({1, 2, 3}).__length_hint__()', lengthHint({ s: [1, 2, 3] }, 0));
  add('reversed([1, 2, 3]).__length_hint__()', lengthHint(null, 0, call('reversed', reversedNew, [[1, 2, 3]], [], true)));
  add("(lambda it: (next(it), it.__length_hint__())[1])(reversed('abcd'))", lengthHint(null, 1, call('reversed', reversedNew, ['abcd'], [], true)));
  // reversed
  add('list(reversed([1, 2, 3]))', call('reversed', reversedNew, [[1, 2, 3]]));
  add("list(reversed((1, 'x')))", call('reversed', reversedNew, [{ t: [1, 'x'] }]));
  add("list(reversed('héllo'))", call('reversed', reversedNew, ['héllo']));
  add("list(reversed(b'ab'))", call('reversed', reversedNew, [{ b: [97, 98] }]));
  add('list(reversed(range(10, 0, -3)))', call('reversed', reversedNew, [{ r: [10, 0, -3] }]));
  add('list(reversed(range(0)))', call('reversed', reversedNew, [{ r: [0] }]));
  add('reversed(1)', call('reversed', reversedNew, [1]));
  add('reversed({1, 2})', call('reversed', reversedNew, [{ s: [1, 2] }]));
  add('reversed()', call('reversed', reversedNew, []));
  add('reversed([], [])', call('reversed', reversedNew, [[], []]));
  add('reversed(x=[])', call('reversed', reversedNew, [], [['x', []]]));
  // enumerate
  add("list(enumerate('abc'))", call('enumerate', enumerateNew, ['abc']));
  add("list(enumerate('abc', 5))", call('enumerate', enumerateNew, ['abc', 5]));
  add("list(enumerate('ab', -1))", call('enumerate', enumerateNew, ['ab', -1]));
  add("list(enumerate('ab', start=2**70))", call('enumerate', enumerateNew, ['ab'], [['start', 2n ** 70n]]));
  add("list(enumerate('abc', 2**53 - 2))", call('enumerate', enumerateNew, ['abc', 2 ** 53 - 2]));
  add("list(enumerate(iterable='ab', start=1))", call('enumerate', enumerateNew, [], [['iterable', 'ab'], ['start', 1]]));
  add("list(enumerate(start=1, iterable='ab'))", call('enumerate', enumerateNew, [], [['start', 1], ['iterable', 'ab']]));
  add('enumerate()', call('enumerate', enumerateNew, []));
  add('enumerate(1)', call('enumerate', enumerateNew, [1]));
  add('enumerate([], 2, 3)', call('enumerate', enumerateNew, [[], 2, 3]));
  add('enumerate([], x=2)', call('enumerate', enumerateNew, [[]], [['x', 2]]));
  add('enumerate(x=[])', call('enumerate', enumerateNew, [], [['x', []]]));
  add("enumerate([], start='a')", call('enumerate', enumerateNew, [[]], [['start', 'a']]));
  add('enumerate([], 1, start=2)', call('enumerate', enumerateNew, [[], 1], [['start', 2]]));
  // zip
  add("list(zip([1, 2], 'abc'))", call('zip', zipNew, [[1, 2], 'abc']));
  add('list(zip())', call('zip', zipNew, []));
  add('list(zip([1, 2, 3]))', call('zip', zipNew, [[1, 2, 3]]));
  add('list(zip([1], [2], [3]))', call('zip', zipNew, [[1], [2], [3]]));
  add('list(zip([1, 2], [3, 4], strict=True))', call('zip', zipNew, [[1, 2], [3, 4]], [['strict', true]]));
  add('list(zip([1], [1, 2], strict=True))', call('zip', zipNew, [[1], [1, 2]], [['strict', true]]));
  add('list(zip([1, 2], [1], strict=True))', call('zip', zipNew, [[1, 2], [1]], [['strict', true]]));
  add('list(zip([1], [1], [], strict=True))', call('zip', zipNew, [[1], [1], []], [['strict', true]]));
  add('list(zip([], [1], [1], strict=True))', call('zip', zipNew, [[], [1], [1]], [['strict', true]]));
  add('list(zip([1, 2], [3], strict=False))', call('zip', zipNew, [[1, 2], [3]], [['strict', false]]));
  add('zip([1], 2)', call('zip', zipNew, [[1], 2]));
  add('zip(a=1)', call('zip', zipNew, [], [['a', 1]]));
  add('zip(strict=1, a=2)', call('zip', zipNew, [], [['strict', 1], ['a', 2]]));
  // filter with None
  add("list(filter(None, [0, 1, '', 'a', None, [], [0]]))", call('filter', filterNew, [null, [0, 1, '', 'a', null, [], [0]]]));
  add('filter()', call('filter', filterNew, []));
  add('filter(None)', call('filter', filterNew, [null]));
  add('filter(None, 1)', call('filter', filterNew, [null, 1]));
  add('filter(None, [], x=1)', call('filter', filterNew, [null, []], [['x', 1]]));
  return c;
}

describe('iteration against python3', () => {
  it('agrees on every case and leaks nothing (type dicts made by the first run are kept)', () => {
    const { tstate, interp } = makeTestWorld();
    const all = cases();
    const expected = python3Reprs(all.map((c) => c.py));
    differentialMismatches(tstate, all, expected); // the first run makes the static types' dicts it looks up in
    const before = blocksInUse(interp.heap);
    const mismatches = differentialMismatches(tstate, all, expected);
    expect(`${mismatches.length} mismatches\n${mismatches.slice(0, 40).join('\n')}`).toBe('0 mismatches\n');
    expect(all.length).toBeGreaterThan(80);
    expect(blocksInUse(interp.heap)).toBe(before);
  });
});

describe('iterators', () => {
  it('raise "dictionary changed size during iteration", stickily', () => {
    const { tstate, interp } = makeTestWorld();
    const before = blocksInUse(interp.heap);
    const d = py(tstate, { d: [[1, 2]] });
    const it = PyObject_GetIter(tstate, d);
    const k = py(tstate, 5);
    PyDict_SetItem(tstate, d, k, k);
    expect(describeResult(tstate, PyIter_Next(tstate, it))).toBe('RuntimeError: dictionary changed size during iteration');
    PyDict_DelItem(tstate, d, k);
    expect(describeResult(tstate, PyIter_Next(tstate, it))).toBe('RuntimeError: dictionary changed size during iteration');
    Py_DECREF(interp, k);
    Py_DECREF(interp, it);
    Py_DECREF(interp, d);
    expect(blocksInUse(interp.heap)).toBe(before);
  });

  it('raise "dictionary keys changed during iteration" when a key is swapped', () => {
    const { tstate, interp } = makeTestWorld();
    const d = py(tstate, { d: [[1, 2], [3, 4]] });
    const it = PyObject_GetIter(tstate, d);
    const first = PyIter_Next(tstate, it);
    PyDict_DelItem(tstate, d, first);
    const k = py(tstate, 9);
    PyDict_SetItem(tstate, d, k, k);
    expect(describeResult(tstate, PyIter_Next(tstate, it))).toBe('3');
    expect(describeResult(tstate, PyIter_Next(tstate, it))).toBe('RuntimeError: dictionary keys changed during iteration');
    for (const h of [first, k, it, d]) Py_DECREF(interp, h);
  });

  it('raise "Set changed size during iteration"', () => {
    const { tstate, interp } = makeTestWorld();
    const s = py(tstate, { s: [1] });
    const it = PyObject_GetIter(tstate, s);
    const k = py(tstate, 2);
    PySet_Add(tstate, s, k);
    expect(describeResult(tstate, PyIter_Next(tstate, it))).toBe('RuntimeError: Set changed size during iteration');
    for (const h of [k, it, s]) Py_DECREF(interp, h);
  });

  it('drop their sequence when exhausted, and free everything', () => {
    const { tstate, interp } = makeTestWorld();
    const before = blocksInUse(interp.heap);
    const l = py(tstate, [1, 2]);
    const it = PyObject_GetIter(tstate, l);
    expect(Py_REFCNT(interp, l)).toBe(2);
    Py_DECREF(interp, PyIter_Next(tstate, it));
    Py_DECREF(interp, PyIter_Next(tstate, it));
    expect(PyIter_Next(tstate, it)).toBe(0);
    expect(PyErr_Occurred(tstate)).toBe(0);
    expect(Py_REFCNT(interp, l)).toBe(1);
    expect(PyIter_Next(tstate, it)).toBe(0);
    Py_DECREF(interp, it);
    Py_DECREF(interp, l);
    expect(blocksInUse(interp.heap)).toBe(before);
  });

  it('give FOR_ITER unchecked list and range steps that allocate only the item', () => {
    const { tstate, interp } = makeTestWorld();
    const l = py(tstate, ['a', 'b']);
    const it = PyObject_GetIter(tstate, l);
    expect(Py_TYPE(interp, it)).toBe(interp.types.list_iterator);
    const a = listIterNext(interp, it);
    expect(describeResult(tstate, a)).toBe("'a'");
    const b = listIterNext(interp, it);
    Py_DECREF(interp, b);
    expect(listIterNext(interp, it)).toBe(0);
    Py_DECREF(interp, it);
    Py_DECREF(interp, l);
    const r = py(tstate, { r: [1000, 1003] });
    const rit = PyObject_GetIter(tstate, r);
    expect(Py_TYPE(interp, rit)).toBe(interp.types.range_iterator);
    const before = blocksInUse(interp.heap);
    const x = rangeIterNext(tstate, rit);
    expect(blocksInUse(interp.heap)).toBe(before + 1);
    expect(describeResult(tstate, x)).toBe('1000');
    expect(blocksInUse(interp.heap)).toBe(before);
    Py_DECREF(interp, rit);
    Py_DECREF(interp, r);
  });

  it('reuse the enumerate and dict-items result tuple while nobody else holds it', () => {
    const { tstate, interp } = makeTestWorld();
    const d = py(tstate, { d: [[1, 2], [3, 4], [5, 6]] });
    const it = dictIterNew(tstate, d, 'items');
    const first = PyIter_Next(tstate, it);
    Py_DECREF(interp, first);
    const second = PyIter_Next(tstate, it);
    expect(second).toBe(first);
    expect(describeResult(tstate, second)).toBe('(3, 4)');
    const held = PyIter_Next(tstate, it);
    const none = PyIter_Next(tstate, it);
    expect(none).toBe(0);
    expect(describeResult(tstate, held)).toBe('(5, 6)');
    Py_DECREF(interp, it);
    Py_DECREF(interp, d);
  });
});

// ---- whole programs, against python3 ----------------------------------------------------------

const PROGRAMS: readonly [string, string][] = [
  ['the builtin iterables, the iterator types and their messages', `def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

for x in [1, 'a', None]: print(x)
for c in 'héllo😀': print(c, end=' ')
print()
for b in b'\\x00ab': print(b, end=' ')
print()
for i in range(3): print(i, end=' ')
for i in range(10, 0, -4): print(i, end=' ')
for i in range(2**60, 2**60 + 2): print(i, end=' ')
print()
print(sorted({3, 1, 2}), list(frozenset([5])))
d = {'a': 1, 'b': 2}
for k in d: print(k, d[k])
for k, v in d.items(): print(k, v)
print(list(d.values()), list(d.keys()))
print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate('ab', start=-1)))
print(list(zip('abc', range(5))), list(zip()), list(zip([1, 2], [3, 4], strict=True)))
show('zip strict', lambda: list(zip([1], [1, 2], strict=True)))
show('zip strict 3', lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, '', 'x'])), list(filter(lambda v: v % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1, 2))))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('a')).__name__, type(iter(range(1))).__name__)
print(type(reversed([])).__name__, type(reversed('ab')).__name__, type(iter({})).__name__, type(iter(set())).__name__)
show('iter int', lambda: iter(5))
show('next list', lambda: next([]))
show('reversed int', lambda: reversed(5))
show('reversed set', lambda: reversed({1}))
show('enumerate kw', lambda: enumerate([], x=1))
show('map one', lambda: map(len))
show('filter none', lambda: filter(None))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
calls = iter([5, 4, 3, 0, 9])
print(list(iter(lambda: next(calls), 0)))
show('dict size', lambda: [d.__setitem__(k + 'x', 0) for k in d])
s = {1}
show('set size', lambda: [s.add(2) for _ in s])
print(iter([1, 2, 3]).__length_hint__(), reversed([1, 2]).__length_hint__())
`],
  ['iteration through __iter__/__next__, __getitem__, __reversed__ and a list subclass', `class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i

class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __len__(self): return 3

class Bad:
    def __iter__(self): return 42

class NotIt:
    __iter__ = None

class Rev:
    def __reversed__(self): return iter('zyx')

class MyList(list):
    pass

print(list(Count(3)), sum(Count(4)), [x for x in Count(2)])
print(list(Seq()), list(reversed(Seq())), 20 in Seq())
print(type(iter(Seq())).__name__)
for label, f in [('bad', lambda: iter(Bad())), ('notit', lambda: iter(NotIt())), ('obj', lambda: iter(object()))]:
    try:
        f()
    except TypeError as e:
        print(label, e)
print(list(reversed(Rev())))
m = MyList([1, 2, 3])
print(list(m), list(reversed(m)), type(iter(m)).__name__)
print(dict(zip('ab', Count(5))), list(enumerate(Count(2), 1)))
print(list(map(lambda x: x + 1, Count(3))), tuple(filter(lambda x: x > 1, Count(3))))
a, b, *rest = Count(5)
print(a, b, rest)
print(max(Count(4)), min(iter([5, 3, 9])), sorted(Count(3), reverse=True))
g = iter(Count(2))
print(next(g), next(g), next(g, None))
`],
];

describe('python programs that iterate', () => {
  for (const [title, source] of PROGRAMS) {
    // KNOWN FAILURE (issue 4 still open): 'the builtin iterables, the iterator types and their messages' must fail until fixed (super() cycles
    // need the cycle collector; dict views), then the exception is removed.
    (title === 'the builtin iterables, the iterator types and their messages' ? it.fails : it)(`print what python3 prints: ${title}`, () => {
      const expected = runPython3(source);
      const got = runPergil(source);
      expect(got.stdout).toBe(expected.stdout);
      expect(lastLine(got.stderr)).toBe(lastLine(expected.stderr));
      expect(got.status).toBe(expected.status);
      expect(got.leakedBlocks).toBe(0);
    });
  }
});
