// format(value, spec) differential against python3: the format-spec mini-language for int,
// bool, float and str, with CPython's error messages; exact reference counts.

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { blocksInUse, describeResult, makeTestWorld } from '../testing/fixtures.js';
import type { ThreadState } from '../thread-state.js';
import { TUPLE_OB_ITEM } from '@pergil/runtime-state';
import { PyObject_Format, PyUnicode_Format, unicodeFormatMethod } from './format.js';
import { PyList_Append, PyList_New } from './listobject.js';
import { PyDict_New, PyDict_SetItem } from './dictobject.js';
import { PyTuple_New, PyTuple_SET_ITEM } from './tupleobject.js';
import { PyLong_FromBigInt } from './longobject.js';
import { PyFloat_FromDouble } from './floatobject.js';
import { PyUnicode_FromString } from './unicodeobject.js';
import { PyBool_FromLong } from './boolobject.js';
import { Py_DECREF } from './object.js';

type Value = { int: string } | { float: string } | { str: string } | { bool: boolean };

const INTS = ['0', '1', '-1', '42', '-42', '255', '1234567', '-1234567', '123456789012345678901234567890', '65', '1114112'];
const FLOATS = ['0.0', '-0.0', '1.0', '-1.5', '0.125', '2.5', '3.14159', '1e20', '1e16', '1e-5', '123456.789', '-0.0001234', '1e300', '5e-324', '0.5', '9.995', '99.99', "float('inf')", "float('-inf')", "float('nan')", '1.7976931348623157e308'];
const STRS = ["''", "'a'", "'hello'", "'héllo'", "'\\U0001f600x'"];
const INT_SPECS = ['', 'd', '5', '<5', '^6', '*^7', '=+8', '+', ' ', '-', '05', '010,', '08,', ',', '_', '_b', '_x', 'b', '#b', 'o', '#o', 'x', '#X', 'X', '#010x', 'c', 'n', 'e', '.2f', '%', 'g', '.3', 'q', '.2d', '+c', 'z', ',_', ',,', ',b', '5.3qq', '.', 'x<+#12_x', '0=10', '99999999999999999999'];
const FLOAT_SPECS = ['', '.0f', '.2f', 'f', 'F', 'e', '.3e', 'E', '.0e', '#.0e', '#.0f', 'g', '.3g', '#g', 'G', '.1g', '.12g', '.17g', '%', '.1%', '10.3f', '<10', '^12.2e', '=+12.3f', '010.2f', ',', ',.2f', '_.3f', '020,.2f', 'n', '.3', '.1', '+', ' .2f', 'z.1f', 'z', 'd', 'c', '.', '.120f'];
const STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '*^9', '.2', '8.3s', '05', 'd', '+', '#', '=', ',', 'z', '0<6'];

function cases(): { value: Value; py: string; spec: string }[] {
  const out: { value: Value; py: string; spec: string }[] = [];
  for (const i of INTS) for (const s of INT_SPECS) out.push({ value: { int: i }, py: i, spec: s });
  for (const b of [true, false]) for (const s of ['', 'd', '5', 'x', '.2f', 's']) out.push({ value: { bool: b }, py: b ? 'True' : 'False', spec: s });
  for (const f of FLOATS) for (const s of FLOAT_SPECS) out.push({ value: { float: f }, py: f, spec: s });
  for (const t of STRS) for (const s of STR_SPECS) out.push({ value: { str: t }, py: t, spec: s });
  return out;
}

const PY = `
import sys, json
out = []
for v, s in json.load(sys.stdin):
    x = eval(v)
    try:
        r = repr(format(x, s))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    out.append([r, x if isinstance(x, str) else repr(x)])
json.dump(out, sys.stdout)
`;

function make(tstate: ThreadState, v: Value, jsValue: string): number {
  if ('int' in v) return PyLong_FromBigInt(tstate, BigInt(v.int));
  if ('bool' in v) return PyBool_FromLong(tstate.interp, v.bool);
  if ('float' in v) return PyFloat_FromDouble(tstate, jsValue === 'nan' ? NaN : jsValue === 'inf' ? Infinity : jsValue === '-inf' ? -Infinity : Number(jsValue));
  return PyUnicode_FromString(tstate, jsValue);
}

describe('PyObject_Format', () => {
  it('matches python3 for int, bool, float and str specs, leaking nothing', () => {
    const all = cases();
    const expected: [string, string][] = JSON.parse(
      execFileSync('python3', ['-c', PY], { input: JSON.stringify(all.map((c) => [c.py, c.spec])) }).toString(),
    );
    const { tstate, interp } = makeTestWorld();
    const base = blocksInUse(interp.heap);
    const mismatches: string[] = [];
    all.forEach((c, i) => {
      const [want, jsValue] = expected[i];
      const obj = make(tstate, c.value, jsValue);
      const spec = PyUnicode_FromString(tstate, c.spec);
      const r = PyObject_Format(tstate, obj, spec);
      Py_DECREF(interp, spec);
      Py_DECREF(interp, obj);
      const got = describeResult(tstate, r);
      if (got !== want) mismatches.push(`format(${c.py}, ${JSON.stringify(c.spec)}): got ${got}, python3 ${want}`);
    });
    expect(mismatches).toEqual([]);
    expect(blocksInUse(interp.heap)).toBe(base);
  });
});

/** A Python value the str.format tests build: int, float, str, list of those, or dict of str keys. */
type Arg = number | string | { f: number } | Arg[] | { d: Record<string, Arg> };

function pyOf(a: Arg): string {
  if (typeof a === 'number') return String(a);
  if (typeof a === 'string') return JSON.stringify(a);
  if (Array.isArray(a)) return `[${a.map(pyOf).join(', ')}]`;
  if ('f' in a) return `float(${JSON.stringify(a.f === Infinity ? 'inf' : String(a.f))})`;
  return `{${Object.entries(a.d).map(([k, v]) => `${JSON.stringify(k)}: ${pyOf(v)}`).join(', ')}}`;
}

function build(tstate: ThreadState, a: Arg): number {
  if (typeof a === 'number') return PyLong_FromBigInt(tstate, BigInt(a));
  if (typeof a === 'string') return PyUnicode_FromString(tstate, a);
  if (Array.isArray(a)) {
    const l = PyList_New(tstate, 0);
    for (const x of a) {
      const h = build(tstate, x);
      PyList_Append(tstate, l, h);
      Py_DECREF(tstate.interp, h);
    }
    return l;
  }
  if ('f' in a) return PyFloat_FromDouble(tstate, a.f);
  const d = PyDict_New(tstate);
  for (const [k, v] of Object.entries(a.d)) {
    const kh = PyUnicode_FromString(tstate, k);
    const vh = build(tstate, v);
    PyDict_SetItem(tstate, d, kh, vh);
    Py_DECREF(tstate.interp, kh);
    Py_DECREF(tstate.interp, vh);
  }
  return d;
}

/** str.format cases: format string, positional args, keyword args. */
const FORMAT_CASES: [string, Arg[], Record<string, Arg>][] = [
  ['{} {}', [1, 'a'], {}],
  ['{0} {1} {0}', [1, 'a'], {}],
  ['{name}!', [], { name: 'x' }],
  ['{0[1]} {1[k]}', [[1, 2, 3], { d: { k: 5 } }], {}],
  ['{a[0][1]}', [], { a: [[7, 8]] }],
  ['{!r} {!s} {!a}', ['é', 'é', 'é'], {}],
  ['{0!r:>10}', ['ab'], {}],
  ['{:{w}.{p}f}', [{ f: 3.14159 }], { w: 10, p: 2 }],
  ['{:{}}', [5, '>4'], {}],
  ['{{}} {{{0}}}', [1], {}],
  ['{} {1}', [1, 2], {}],
  ['{0} {}', [1, 2], {}],
  ['{2}', [1, 2], {}],
  ['{}', [], {}],
  ['{x}', [], {}],
  ['}', [], {}],
  ['{', [], {}],
  ['x {0', [1], {}],
  ['{0!x}', [1], {}],
  ['{0!rr}', [1], {}],
  ['{0:d}', ['s'], {}],
  ['{:,} {:_x} {:+.3e}', [1234567, 255, { f: -12.5 }], {}],
  ['{0[}', [[1]], {}],
  ['{0[}]}', [{ d: { '}': 5 } }], {}],
  ['x {', [], {}],
  ['{0[0]x}', [[1]], {}],
  ['{:{:{}}}', [1, 2, 3], {}],
  ['{0:^{1}}|', ['mid', 9], {}],
  ['{} and {}', ['\u{1F600}', 2], {}],
];

describe('str.format', () => {
  it('matches python3 for fields, conversions, nested specs and errors, leaking nothing', () => {
    const script = `
import sys, json
out = []
for f, a, k in json.load(sys.stdin):
    try:
        out.append(repr(f.format(*eval(a), **eval(k))))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
json.dump(out, sys.stdout)
`;
    const input = FORMAT_CASES.map(([f, a, k]) => [f, `[${a.map(pyOf).join(', ')}]`, `{${Object.entries(k).map(([n, v]) => `${JSON.stringify(n)}: ${pyOf(v)}`).join(', ')}}`]);
    const expected: string[] = JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(input) }).toString());
    const { tstate, interp } = makeTestWorld();
    const base = blocksInUse(interp.heap);
    const mismatches: string[] = [];
    FORMAT_CASES.forEach(([f, a, k], i) => {
      const names = Object.keys(k);
      const values = [...a, ...names.map((n) => k[n])];
      const args = PyTuple_New(tstate, values.length);
      values.forEach((v, j) => PyTuple_SET_ITEM(interp, args, j, build(tstate, v)));
      const kwnames = names.length === 0 ? 0 : PyTuple_New(tstate, names.length);
      names.forEach((n, j) => PyTuple_SET_ITEM(interp, kwnames, j, PyUnicode_FromString(tstate, n)));
      const self = PyUnicode_FromString(tstate, f);
      const r = unicodeFormatMethod(tstate, self, (args + TUPLE_OB_ITEM) >> 2, a.length, kwnames);
      Py_DECREF(interp, self);
      Py_DECREF(interp, args);
      if (kwnames !== 0) Py_DECREF(interp, kwnames);
      const got = describeResult(tstate, r);
      if (got !== expected[i]) mismatches.push(`${JSON.stringify(f)}.format(...): got ${got}, python3 ${expected[i]}`);
    });
    expect(mismatches).toEqual([]);
    expect(blocksInUse(interp.heap)).toBe(base);
  });
});

/** printf-style cases: format string and the right operand (a tuple when an array). */
const PERCENT_CASES: [string, Arg | { t: Arg[] }][] = [
  ['%s', 'x'], ['%s %s', { t: [1, 'a'] }], ['%r|%a', { t: ['é', 'é'] }], ['%d', 42], ['%i', -7], ['%u', 3],
  ['%5d|%-5d|%05d', { t: [42, 42, 42] }], ['%+d % d', { t: [5, 5] }], ['%+05d', -3], ['%.3d', 5], ['%5.3d', -5],
  ['%o %#o %x %#x %X %#X', { t: [8, 8, 255, 255, 255, 255] }], ['%x', -255], ['%#5x', 255], ['%#08x', 255],
  ['%e %E %f %F %g %G', { t: [{ f: 1234.5 }, { f: 1234.5 }, { f: 0.125 }, { f: 2.5 }, { f: 1e-5 }, { f: 1e20 }] }],
  ['%.2f %.0f %#.0f %10.3e %-10.2f|', { t: [{ f: 3.14159 }, { f: 2.5 }, { f: 2.5 }, { f: -1.5 }, { f: 1.5 }] }],
  ['%010.3e', { f: -1.5 }], ['%010f', { f: Infinity }], ['%f', 3], ['%d', { f: 3.7 }], ['%e', 10], ['%g', { f: 1e300 }],
  ['%c%c', { t: [65, 'b'] }], ['%5c|', 'a'], ['%c', 'ab'], ['%c', { f: 1.5 }], ['%c', 0x110000],
  ['%.2s|%-8s|%8s', { t: ['abc', 'ab', 'ab'] }], ['%*d|%-*d|%.*f', { t: [5, 1, 4, 2, 2, { f: 1.5 }] }], ['%*s', { t: [-5, 'a'] }],
  ['%(a)s %(b)d', { d: { a: 'x', b: 2 } }], ['%(a)s', 1], ['%(a', { d: { a: 1 } }], ['%(c)s', { d: { a: 1 } }], ['%s', { d: { a: 1 } }],
  ['100%%', { t: [] }], ['%s %%', 1], ['%ld', 5],
  ['%q', 1], ['%', 1], ['%d', 's'], ['%x', { f: 1.5 }], ['%f', 'x'], ['%s %s', { t: [1] }], ['%s', { t: [1, 2] }], ['%s', { t: [] }],
  ['%*d', { t: ['x', 1] }], ['no args', 5], ['%s', [1, 2]], ['%d', 10 ** 15], ['%s', { t: [[1, 'a']] }],
];

describe('str % args', () => {
  it('matches python3 for every conversion, flag, width, precision and error, leaking nothing', () => {
    const pyArg = (a: Arg | { t: Arg[] }): string =>
      typeof a === 'object' && !Array.isArray(a) && 't' in a ? `(${a.t.map(pyOf).join(', ')}${a.t.length === 1 ? ',' : ''})` : pyOf(a as Arg);
    const script = `
import sys, json
out = []
for f, a in json.load(sys.stdin):
    try:
        out.append(repr(f % eval(a)))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
json.dump(out, sys.stdout)
`;
    const expected: string[] = JSON.parse(
      execFileSync('python3', ['-c', script], { input: JSON.stringify(PERCENT_CASES.map(([f, a]) => [f, pyArg(a)])) }).toString(),
    );
    const { tstate, interp } = makeTestWorld();
    const base = blocksInUse(interp.heap);
    const mismatches: string[] = [];
    PERCENT_CASES.forEach(([f, a], i) => {
      let args: number;
      if (typeof a === 'object' && !Array.isArray(a) && 't' in a) {
        args = PyTuple_New(tstate, a.t.length);
        a.t.forEach((v, j) => PyTuple_SET_ITEM(interp, args, j, build(tstate, v)));
      } else {
        args = build(tstate, a as Arg);
      }
      const fmt = PyUnicode_FromString(tstate, f);
      const r = PyUnicode_Format(tstate, fmt, args);
      Py_DECREF(interp, fmt);
      Py_DECREF(interp, args);
      const got = describeResult(tstate, r);
      if (got !== expected[i]) mismatches.push(`${JSON.stringify(f)} % ${pyArg(a)}: got ${got}, python3 ${expected[i]}`);
    });
    expect(mismatches).toEqual([]);
    expect(blocksInUse(interp.heap)).toBe(base);
  });
});
