// Differential tests of the builtin scalar types' methods and constructors (str, bytes, int,
// float, bool): each case calls a PyMethodDef or a tp_new through the vectorcall convention
// and compares repr(result) (or `Type: message`) with python3's for the same expression.
import { TUPLE_OB_ITEM } from '@pergil/runtime-state';
import { describe, expect, it } from 'vitest';
import type { ThreadState } from '../thread-state.js';
import { blocksInUse, differentialMismatches, makeTestWorld, python3Reprs } from '../testing/fixtures.js';
import type { DifferentialCase } from '../testing/fixtures.js';
import type { PyMethodDef } from './methoddef.js';
import { PyBytes_FromBytes } from './bytesobject.js';
import { PyFloat_FromDouble } from './floatobject.js';
import { PyLong_FromBigInt } from './longobject.js';
import { PyList_Append, PyList_New } from './listobject.js';
import { Py_DECREF, Py_INCREF } from './object.js';
import { PyTuple_Pack } from './tupleobject.js';
import { PyObject_GetIter } from './iterobject.js';
import { PyUnicode_FromString, unicodeReprOf } from './unicodeobject.js';
import { UNICODE_METHODS } from './unicode-methodtable.js';
import { LONG_GETSETS, LONG_METHODS } from './long-methods.js';
import { FLOAT_GETSETS, FLOAT_METHODS } from './float-methods.js';
import { BYTES_METHODS } from './bytes-methods.js';
import { boolNew, bytesNew, floatNew, longNew, unicodeNew } from './constructors-scalar.js';

interface Operand {
  readonly py: string;
  readonly make: (t: ThreadState) => number;
}

const S = (s: string): Operand => ({ py: unicodeReprOf(s), make: (t) => PyUnicode_FromString(t, s) });
const I = (n: number | bigint): Operand => ({ py: `(${n})`, make: (t) => PyLong_FromBigInt(t, BigInt(n)) });
const F = (x: number): Operand => ({ py: `float('${x}')`, make: (t) => PyFloat_FromDouble(t, x) });
const B = (s: string): Operand => ({ py: `bytes(${JSON.stringify(Array.from(s, (c) => c.charCodeAt(0)))})`, make: (t) => PyBytes_FromBytes(t, Uint8Array.from(s, (c) => c.charCodeAt(0))) });
const NONE: Operand = { py: 'None', make: (t) => t.interp.runtime.immortalNone };
const INT_TYPE: Operand = {
  py: 'int',
  make: (t) => {
    Py_INCREF(t.interp, t.interp.types.int);
    return t.interp.types.int;
  },
};
const FLOAT_TYPE: Operand = {
  py: 'float',
  make: (t) => {
    Py_INCREF(t.interp, t.interp.types.float);
    return t.interp.types.float;
  },
};
/** iter(list): an iterable that is neither a list nor a tuple. */
const ITER = (items: Operand[]): Operand => ({
  py: `iter(${L(items).py})`,
  make: (t) => {
    const l = L(items).make(t);
    const it = PyObject_GetIter(t, l);
    Py_DECREF(t.interp, l);
    return it;
  },
});
const TRUE: Operand = { py: 'True', make: (t) => t.interp.runtime.immortalTrue };
const T = (items: Operand[]): Operand => ({
  py: `(${items.map((i) => i.py).join(', ')}${items.length === 1 ? ',' : ''})`,
  make: (t) => pack(t, items),
});
const L = (items: Operand[]): Operand => ({
  py: `[${items.map((i) => i.py).join(', ')}]`,
  make: (t) => {
    const r = PyList_New(t, 0);
    for (const i of items) {
      const h = i.make(t);
      PyList_Append(t, r, h);
      Py_DECREF(t.interp, h);
    }
    return r;
  },
});

function pack(t: ThreadState, items: readonly Operand[]): number {
  const hs = items.map((i) => i.make(t));
  const r = PyTuple_Pack(t, hs);
  for (const h of hs) Py_DECREF(t.interp, h);
  return r;
}

type Kw = Readonly<Record<string, Operand>>;

/** Calls `fn` with the operands laid out as vectorcall arguments (positionals, then keyword values). */
function vectorcall(t: ThreadState, args: readonly Operand[], kw: Kw, fn: (argsWord: number, nargs: number, kwnames: number) => number): number {
  const names = Object.keys(kw);
  const all = pack(t, [...args, ...names.map((n) => kw[n])]);
  const kwnames = names.length === 0 ? 0 : pack(t, names.map(S));
  const r = fn((all + TUPLE_OB_ITEM) >> 2, args.length, kwnames);
  Py_DECREF(t.interp, all);
  if (kwnames !== 0) Py_DECREF(t.interp, kwnames);
  return r;
}

const pyArgs = (args: readonly Operand[], kw: Kw): string => [...args.map((a) => a.py), ...Object.entries(kw).map(([k, v]) => `${k}=${v.py}`)].join(', ');

function m(table: readonly PyMethodDef[], self: Operand, name: string, args: Operand[] = [], kw: Kw = {}): DifferentialCase {
  const def = table.find((d) => d.name === name);
  if (def === undefined) throw new Error(`no method ${name}`);
  return {
    py: `${self.py}.${name}(${pyArgs(args, kw)})`,
    run: (t) => {
      const s = self.make(t);
      const r = vectorcall(t, args, kw, (w, n, k) => def.meth(t, s, w, n, k));
      Py_DECREF(t.interp, s);
      return r;
    },
  };
}

const str = (self: string, name: string, args: Operand[] = [], kw: Kw = {}): DifferentialCase => m(UNICODE_METHODS, S(self), name, args, kw);
const byt = (self: string, name: string, args: Operand[] = [], kw: Kw = {}): DifferentialCase => m(BYTES_METHODS, B(self), name, args, kw);

type New = (t: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number) => number;
function ctor(name: 'int' | 'float' | 'str' | 'bool' | 'bytes', fn: New, args: Operand[] = [], kw: Kw = {}): DifferentialCase {
  return { py: `${name}(${pyArgs(args, kw)})`, run: (t) => vectorcall(t, args, kw, (w, n, k) => fn(t, t.interp.types[name], w, n, k)) };
}

function getset(table: readonly { name: string; get: (t: ThreadState, self: number) => number }[], self: Operand, name: string): DifferentialCase {
  const def = table.find((d) => d.name === name)!;
  return {
    py: `${self.py}.${name}`,
    run: (t) => {
      const s = self.make(t);
      const r = def.get(t, s);
      Py_DECREF(t.interp, s);
      return r;
    },
  };
}

const STR_CASES: DifferentialCase[] = [
  str('a,b,,c', 'split', [S(',')]),
  str('  a  b c ', 'split'),
  str('a b c d', 'split', [], { maxsplit: I(2) }),
  str('a,b,c', 'split', [S(',')], { maxsplit: I(1) }),
  str('a b c d', 'rsplit', [NONE, I(1)]),
  str('a,b,c', 'rsplit', [S(',')], { maxsplit: I(1) }),
  str('abc', 'split', [S('')]),
  str('abc', 'split', [I(1)]),
  str('abc', 'split', [], { sepx: S('') }),
  str(', ', 'join', [L([S('a'), S('b')])]),
  str('-', 'join', [T([S('x'), I(1)])]),
  str('-', 'join', [ITER([S('x'), S('y')])]),
  str('-', 'join', [I(5)]),
  str('  xy  ', 'strip'),
  str('xxaxx', 'strip', [S('x')]),
  str('xxaxx', 'lstrip', [S('x')]),
  str('xxaxx', 'rstrip', [NONE]),
  str('abc', 'strip', [I(1)]),
  str('aaaa', 'replace', [S('a'), S('b')]),
  str('aaaa', 'replace', [S('a'), S('b'), I(2)]),
  str('abc', 'replace', [S(''), S('-')]),
  str('abc', 'replace', [I(1), S('-')]),
  str('hello', 'find', [S('l')]),
  str('hello', 'find', [S('l'), I(3)]),
  str('hello', 'find', [S('l'), I(-2), I(-1)]),
  str('hello', 'find', [S(''), I(5)]),
  str('hello', 'find', [S(''), I(6)]),
  str('hello', 'rfind', [S('l'), I(0), I(3)]),
  str('hello', 'index', [S('z')]),
  str('hello', 'rindex', [S('l')]),
  str('hello', 'count', [S('l')]),
  str('hello', 'count', [S('')]),
  str('hello', 'count', [S('l'), I(3)]),
  str('hello', 'count', [S(''), I(9)]),
  str('hello', 'find', [I(1)]),
  str('hello', 'startswith', [S('he')]),
  str('hello', 'startswith', [T([S('x'), S('h')])]),
  str('hello', 'startswith', [S('l'), I(2)]),
  str('hello', 'endswith', [S('ll'), I(0), I(4)]),
  str('hello', 'startswith', [S(''), I(6)]),
  str('hello', 'endswith', [I(1)]),
  str('Hello World', 'upper'),
  str('Hello World', 'lower'),
  str('hello world', 'title'),
  str('hELLO', 'capitalize'),
  str('Hello', 'swapcase'),
  str('Straße', 'casefold'),
  str('123', 'isdigit'),
  str('abc', 'isalpha'),
  str('ab1', 'isalnum'),
  str(' \t', 'isspace'),
  str('ABC', 'isupper'),
  str('abc', 'islower'),
  str('Ab Cd', 'istitle'),
  str('12', 'isdecimal'),
  str('½', 'isnumeric'),
  str('a_1', 'isidentifier'),
  str('é', 'isascii'),
  str('a\n', 'isprintable'),
  str('', 'isdigit'),
  str('ab', 'center', [I(7), S('*')]),
  str('ab', 'ljust', [I(5)]),
  str('ab', 'rjust', [I(5), S('0')]),
  str('ab', 'center', [I(5), S('xy')]),
  str('ab', 'center', [S('5')]),
  str('-42', 'zfill', [I(6)]),
  str('a=b=c', 'partition', [S('=')]),
  str('a=b=c', 'rpartition', [S('=')]),
  str('abc', 'partition', [S('')]),
  str('a\nb\r\nc', 'splitlines'),
  str('a\nb\r\nc\n', 'splitlines', [], { keepends: TRUE }),
  str('héllo', 'encode'),
  str('héllo', 'encode', [S('ascii')]),
  str('héllo', 'encode', [S('ascii'), S('ignore')]),
  str('héllo', 'encode', [S('ascii')], { errors: S('replace') }),
  str('héllo', 'encode', [S('latin-1')]),
  str('x', 'encode', [S('nope')]),
  str('a\tbc\td', 'expandtabs'),
  str('a\tbc\td', 'expandtabs', [I(4)]),
  str('prefix_x', 'removeprefix', [S('prefix_')]),
  str('x.py', 'removesuffix', [S('.py')]),
  str('x.py', 'removesuffix', [S('')]),
];

const BYTES_CASES: DifferentialCase[] = [
  byt('h\xc3\xa9', 'decode'),
  byt('h\xc3\xa9', 'decode', [S('latin-1')]),
  byt('h\xe9', 'decode'),
  byt('h\xe9x', 'decode', [S('utf-8'), S('replace')]),
  byt('h\xe9x', 'decode', [], { errors: S('ignore') }),
  byt('ab\xc3', 'decode'),
  byt('a\x80', 'decode', [S('ascii')]),
  byt('\x01\xff', 'hex'),
  byt('aBc', 'upper'),
  byt('aBc', 'lower'),
  byt('hello', 'find', [B('l')]),
  byt('hello', 'find', [I(108)]),
  byt('hello', 'rfind', [B('l')]),
  byt('hello', 'index', [B('z')]),
  byt('hello', 'count', [B('l')]),
  byt('hello', 'find', [S('l')]),
  byt('hello', 'startswith', [B('he')]),
  byt('hello', 'endswith', [T([B('x'), B('lo')])]),
  byt(' a  b ', 'split'),
  byt('a,b,c', 'split', [B(',')], { maxsplit: I(1) }),
  byt(',', 'join', [L([B('a'), B('b')])]),
  byt(',', 'join', [L([B('a'), S('b')])]),
  byt(',', 'join', [ITER([B('a'), B('b')])]),
  byt('  ab  ', 'strip'),
  byt('xxabxx', 'lstrip', [B('x')]),
  byt('aaa', 'replace', [B('a'), B('bb'), I(2)]),
  byt('ab', 'replace', [B(''), B('-')]),
];

const INT_CASES: DifferentialCase[] = [
  m(LONG_METHODS, I(255), 'bit_length'),
  m(LONG_METHODS, I(-1n << 70n), 'bit_length'),
  m(LONG_METHODS, I(0), 'bit_length'),
  m(LONG_METHODS, I(-7), 'bit_count'),
  m(LONG_METHODS, I(1024), 'to_bytes', [I(2), S('big')]),
  m(LONG_METHODS, I(1024), 'to_bytes', [I(4)], { byteorder: S('little') }),
  m(LONG_METHODS, I(-1), 'to_bytes', [I(2), S('big')], { signed: TRUE }),
  m(LONG_METHODS, I(-1), 'to_bytes', [I(2), S('big')]),
  m(LONG_METHODS, I(256), 'to_bytes'),
  m(LONG_METHODS, I(128), 'to_bytes', [I(1), S('big')], { signed: TRUE }),
  m(LONG_METHODS, I(1), 'to_bytes', [I(1), S('middle')]),
  m(LONG_METHODS, INT_TYPE, 'from_bytes', [B('\x01\x00'), S('big')]),
  m(LONG_METHODS, INT_TYPE, 'from_bytes', [B('\xff\xff'), S('little')], { signed: TRUE }),
  m(LONG_METHODS, INT_TYPE, 'from_bytes', [S('x')]),
  m(LONG_METHODS, I(-6), 'as_integer_ratio'),
  m(LONG_METHODS, I(5), 'conjugate'),
  getset(LONG_GETSETS, I(5), 'real'),
  getset(LONG_GETSETS, I(5), 'imag'),
  getset(LONG_GETSETS, I(5), 'numerator'),
  getset(LONG_GETSETS, I(5), 'denominator'),
  m(LONG_METHODS, TRUE, 'bit_length'),
  getset(LONG_GETSETS, TRUE, 'real'),
];

const FLOAT_CASES: DifferentialCase[] = [
  m(FLOAT_METHODS, F(2), 'is_integer'),
  m(FLOAT_METHODS, F(2.5), 'is_integer'),
  m(FLOAT_METHODS, F(Infinity), 'is_integer'),
  m(FLOAT_METHODS, F(0.1), 'as_integer_ratio'),
  m(FLOAT_METHODS, F(-2.5), 'as_integer_ratio'),
  m(FLOAT_METHODS, F(1e300), 'as_integer_ratio'),
  m(FLOAT_METHODS, F(0), 'as_integer_ratio'),
  m(FLOAT_METHODS, F(NaN), 'as_integer_ratio'),
  m(FLOAT_METHODS, F(-Infinity), 'as_integer_ratio'),
  m(FLOAT_METHODS, F(3), 'hex'),
  m(FLOAT_METHODS, F(-0.1), 'hex'),
  m(FLOAT_METHODS, F(5e-324), 'hex'),
  m(FLOAT_METHODS, F(0), 'hex'),
  m(FLOAT_METHODS, F(-Infinity), 'hex'),
  m(FLOAT_METHODS, F(1.5), 'conjugate'),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('0x1.8p1')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('-0x1p-1074')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('0x1p-1075')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('0x3p-1076')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('0x1.fffffffffffff8p1023')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('0x1.fffffffffffff7p1023')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S(' 0X1.0P+3 ')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('inf')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('-nan')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('1')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('0x.8')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('0x')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('1p')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('0x1p99999')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('0x1.00000000000008p0')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [S('0x1.00000000000018p0')]),
  m(FLOAT_METHODS, FLOAT_TYPE, 'fromhex', [I(1)]),
  getset(FLOAT_GETSETS, F(1.5), 'real'),
  getset(FLOAT_GETSETS, F(1.5), 'imag'),
];

const CTOR_CASES: DifferentialCase[] = [
  ctor('int', longNew),
  ctor('int', longNew, [S(' -1_000 ')]),
  ctor('int', longNew, [S('0x1f'), I(0)]),
  ctor('int', longNew, [S('ff'), I(16)]),
  ctor('int', longNew, [S('ff')], { base: I(16) }),
  ctor('int', longNew, [S('x')]),
  ctor('int', longNew, [S('1__0')]),
  ctor('int', longNew, [S('010'), I(0)]),
  ctor('int', longNew, [B('42')]),
  ctor('int', longNew, [B('4x')]),
  ctor('int', longNew, [F(-3.9)]),
  ctor('int', longNew, [F(1e20)]),
  ctor('int', longNew, [F(Infinity)]),
  ctor('int', longNew, [F(NaN)]),
  ctor('int', longNew, [TRUE]),
  ctor('int', longNew, [I(5), I(10)]),
  ctor('int', longNew, [S('5'), I(1)]),
  ctor('int', longNew, [NONE]),
  ctor('int', longNew, [], { x: S('1') }),
  ctor('float', floatNew),
  ctor('float', floatNew, [S(' 1_0.5e1 ')]),
  ctor('float', floatNew, [S('-inf')]),
  ctor('float', floatNew, [S('nan')]),
  ctor('float', floatNew, [S('Infinity')]),
  ctor('float', floatNew, [S('.5')]),
  ctor('float', floatNew, [S('5.')]),
  ctor('float', floatNew, [S('1_')]),
  ctor('float', floatNew, [S('x')]),
  ctor('float', floatNew, [B('2.5')]),
  ctor('float', floatNew, [I(3)]),
  ctor('float', floatNew, [I(1n << 1100n)]),
  ctor('float', floatNew, [NONE]),
  ctor('float', floatNew, [], { x: S('1') }),
  ctor('str', unicodeNew),
  ctor('str', unicodeNew, [I(42)]),
  ctor('str', unicodeNew, [F(1.5)]),
  ctor('str', unicodeNew, [B('h\xc3\xa9'), S('utf-8')]),
  ctor('str', unicodeNew, [B('h\xe9')], { encoding: S('latin-1') }),
  ctor('str', unicodeNew, [B('h\xe9'), S('utf-8'), S('replace')]),
  ctor('str', unicodeNew, [S('x'), S('utf-8')]),
  ctor('str', unicodeNew, [I(1), S('utf-8')]),
  ctor('bool', boolNew),
  ctor('bool', boolNew, [I(0)]),
  ctor('bool', boolNew, [S('x')]),
  ctor('bool', boolNew, [L([])]),
  ctor('bytes', bytesNew),
  ctor('bytes', bytesNew, [I(3)]),
  ctor('bytes', bytesNew, [I(-1)]),
  ctor('bytes', bytesNew, [L([I(65), I(66)])]),
  ctor('bytes', bytesNew, [L([I(256)])]),
  ctor('bytes', bytesNew, [L([S('a')])]),
  ctor('bytes', bytesNew, [S('é'), S('utf-8')]),
  ctor('bytes', bytesNew, [S('abc')]),
  ctor('bytes', bytesNew, [B('ab')]),
  ctor('bytes', bytesNew, [F(1.5)]),
];

describe('builtin scalar types from Python', () => {
  const groups: [string, DifferentialCase[]][] = [
    ['str methods', STR_CASES],
    ['bytes methods', BYTES_CASES],
    ['int methods and attributes', INT_CASES],
    ['float methods and attributes', FLOAT_CASES],
    ['int, float, str, bool and bytes constructors', CTOR_CASES],
  ];
  const all = groups.flatMap(([, cases]) => cases);
  const expected = python3Reprs(all.map((c) => c.py));
  let at = 0;
  for (const [name, cases] of groups) {
    const from = at;
    at += cases.length;
    it(`${name} match python3 and free what they allocate`, () => {
      const { tstate, interp } = makeTestWorld();
      // a first run makes the interned strings and static type dicts that live for the interpreter
      differentialMismatches(tstate, cases, expected.slice(from, from + cases.length));
      const before = blocksInUse(interp.heap);
      expect(differentialMismatches(tstate, cases, expected.slice(from, from + cases.length))).toEqual([]);
      expect(blocksInUse(interp.heap)).toBe(before);
    });
  }
});

