// Slice objects and formatting through the eval loop, differential against python3: BUILD_SLICE
// making slice objects, seq[slice] for list/tuple/str/bytes, slice repr, members and indices();
// f-string format specs, format(), str.format, str % args and heap types' __format__.

import { describe, expect, it } from 'vitest';
import { blocksInUse, describeResult, makeTestWorld } from '../testing/fixtures.js';
import { PySlice_New, sliceIndices, sliceRepr } from './sliceobject.js';
import { PyLong_FromLong } from './longobject.js';
import { PyList_Append, PyList_New, listAssSlice } from './listobject.js';
import { PyObject_GetItem } from './abstract.js';
import { Py_DECREF } from './object.js';
import { interpreterBuiltins, python3Results, runProgram } from '../testing/eval-fixtures.js';

const PROGRAMS: readonly string[] = [
  'result = slice(1, 2)',
  'result = repr(slice(None, -1, 2))',
  's = slice(1, 10, 3)\nresult = (s.start, s.stop, s.step)',
  'result = slice(None, None, -1).indices(5)',
  'result = slice(-3, 100).indices(5)',
  'result = slice(0, 5, 0).indices(5)',
  'result = slice(1, 2).indices(-1)',
  'result = slice(1, 2).indices("x")',
  'result = slice("a", 2).indices(5)',
  's = slice(1, None, 2)\nresult = ([0, 1, 2, 3, 4, 5][s], (0, 1, 2, 3)[s], "abcdef"[s], b"abcdef"[s])',
  'k = slice(None, None, -1)\nresult = ("héllo"[k], [1, 2, 3][k], b"xyz"[k])',
  'k = slice(None, None, 0)\nresult = [1][k]',
  'k = slice("a", None)\nresult = [1][k]',
  '__name__ = "m"\nclass G:\n    def __getitem__(self, k):\n        return (k, [0, 1, 2, 3][k])\nresult = (G()[1:3], G()[::-1], G()[None:2:1])',
  'result = b"hello"[1:4] + b"hello"[::-2]',
  'result = (slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) == (None, 1, None))',
  'result = hash(slice(1, 2))',
  'result = {slice(1, 2): 1}',
  'result = (slice(), 1)',
  'result = slice(1, 2, 3, 4)',
  'l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\nl[2:5] = "ab"\nresult = l',
  'l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\nl[::2] = [0] * 5\nresult = l',
  'l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\nl[::2] = [0] * 3',
  'l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\nl[::-3] = "abcd"\nresult = l',
  'l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\ndel l[::2]\nresult = l',
  'l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\ndel l[-2:1:-3]\nresult = l',
  'l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\ndel l[3:7]\nl[:0] = (9, 9)\nl[len(l):] = [7]\nresult = l',
  'l = [1, 2, 3]\nl[:] = l\nl[1:1] = l\nresult = l',
  'l = [1, 2, 3]\nl[5:1] = [4]\nresult = l',
  'l = [1, 2, 3]\nl[0:1] = 5',
  'l = [1, 2, 3]\nl[::2] = 5',
  'l = [1, 2, 3]\nl[::0] = []',
  'l = [1, 2, 3]\nk = slice(0, 2)\nl[k] = []\nresult = l',
  'n = 7\nresult = f"{n:>5}|{n:08.3f}|{n:#x}|{n!r:^7}|{3.5:{n}.2e}"',
  'result = f"{\'ab\'!a:>6}{\'é\'!a}"',
  'result = format(12345.678, ",.1f") + format(-5, "+06") + format(True, "d") + format(True)',
  'result = "{0:>{1}}|{x[1]}|{!s:.2}".format("a", 4, "xyz", x=[1, 2])' ,
  'result = "%s/%5.2f/%-4d|%(missing)s" % (1, 2, 3)',
  'result = "%(a)s-%(b)05d" % {"a": "x", "b": 42}',
  'result = "%d" % "s"',
  'result = b"%s|%b|%5d|%-4x|%c%c|%r|%a|%.2f|%%" % (b"ab", b"cd", 42, 255, 65, b"z", "é", b"q", 1.005)',
  'result = b"%(k)s-%(n)03d" % {b"k": b"v", b"n": 7}',
  'result = b"%s" % "str"',
  'result = b"%c" % 256',
  'result = b"%c" % b"ab"',
  'result = b"%d %d" % (1, 2, 3)',
  'result = b"%s %s" % (b"x",)',
  '__name__ = "m"\nclass C:\n    def __format__(self, spec):\n        return "C:" + spec\nresult = (format(C(), "xy"), f"{C():abc}", "{:q}".format(C()))',
  '__name__ = "m"\nclass D:\n    pass\nresult = format(D(), "x")',
  '__name__ = "m"\nclass E:\n    def __str__(self):\n        return "E!"\nresult = (format(E()), f"{E()}", "%s" % E())',
  '__name__ = "m"\nclass F:\n    def __format__(self, spec):\n        return 5\nresult = format(F(), "")',
];

describe('slice objects and formatting in programs', () => {
  it('match python3', () => {
    const expected = python3Results(PROGRAMS);
    const { tstate } = makeTestWorld();
    const builtins = interpreterBuiltins(tstate);
    const mismatches: string[] = [];
    PROGRAMS.forEach((src, i) => {
      const got = runProgram(tstate, src, builtins);
      if (got !== expected[i]) mismatches.push(`${JSON.stringify(src)}: got ${got}, python3 ${expected[i]}`);
    });
    expect(mismatches).toEqual([]);
  });
});

describe('slice objects through the TypeScript API', () => {
  it('build, index, assign and delete with exact reference counts', () => {
    const { tstate, interp } = makeTestWorld();
    const base = blocksInUse(interp.heap);
    const one = PyLong_FromLong(tstate, 1);
    const big = PyLong_FromLong(tstate, 1 << 29);
    const s = PySlice_New(tstate, one, big, 0);
    expect(sliceRepr(tstate, s)).toBe('slice(1, 536870912, None)');
    expect(describeResult(tstate, sliceIndices(tstate, s, 4))).toBe('(1, 4, 1)');
    const l = PyList_New(tstate, 0);
    for (let i = 0; i < 6; i++) {
      const x = PyLong_FromLong(tstate, i * 1000);
      PyList_Append(tstate, l, x);
      Py_DECREF(interp, x);
    }
    expect(describeResult(tstate, PyObject_GetItem(tstate, l, s))).toBe('[1000, 2000, 3000, 4000, 5000]');
    const two = PyLong_FromLong(tstate, 2);
    const every2 = PySlice_New(tstate, 0, 0, two);
    const src = PyList_New(tstate, 0);
    for (let i = 0; i < 3; i++) {
      const x = PyLong_FromLong(tstate, -i * 1000);
      PyList_Append(tstate, src, x);
      Py_DECREF(interp, x);
    }
    expect(listAssSlice(tstate, l, every2, src)).toBe(0);
    expect(describeResult(tstate, PyObject_GetItem(tstate, l, s))).toBe('[1000, -1000, 3000, -2000, 5000]');
    expect(listAssSlice(tstate, l, s, 0)).toBe(0);
    expect(describeResult(tstate, PyObject_GetItem(tstate, l, every2))).toBe('[0]');
    expect(listAssSlice(tstate, l, every2, l)).toBe(0);
    for (const h of [one, big, s, l, two, every2, src]) Py_DECREF(interp, h);
    expect(blocksInUse(interp.heap)).toBe(base);
  });
});
