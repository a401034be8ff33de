// Code objects in the heap: every code object of real programs (a sample of python3's stdlib
// when it is installed) converted by PyCode_FromCompilerCode reads back equal to the compiler's
// description, and dropping the module's code object returns the heap to its baseline.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource } from '@pergil/compiler';
import type { CodeObject, Constant } from '@pergil/compiler';
import { checkLayoutDiagram, parseLayoutDiagrams } from '@pergil/runtime-state';
import type { Layout } from '@pergil/runtime-state';
import { describe, expect, it } from 'vitest';
import type { InterpreterState } from '../interpreter-state.js';
import { blocksInUse, makeTestWorld } from '../testing/fixtures.js';
import { PyErr_GetRaisedException, PyErr_Occurred } from './exceptions.js';
import { Py_DECREF, Py_TYPE, Py_TYPE_NAME, _PyObject_ReprString } from './object.js';
import { PyLong_AsBigInt } from './longobject.js';
import { PyFloat_AS_DOUBLE } from './floatobject.js';
import { PyUnicode_AsString } from './unicodeobject.js';
import { PyBytes_AsUint8Array } from './bytesobject.js';
import { PyTuple_GET_ITEM, tupleLength } from './tupleobject.js';
import { PY_CODE_OBJECT } from './codeobject.layout.js';
import { PY_FUNCTION_OBJECT } from './funcobject.layout.js';
import { PY_CELL_OBJECT } from './cellobject.layout.js';
import {
  PyCode_Addr2Line,
  PyCode_Check,
  PyCode_ExceptionEntryWord,
  PyCode_FromCompilerCode,
  PyCode_GetArgcount,
  PyCode_GetCellvars,
  PyCode_GetConsts,
  PyCode_GetFilename,
  PyCode_GetFirstLineno,
  PyCode_GetFlags,
  PyCode_GetFreevars,
  PyCode_GetKwonlyargcount,
  PyCode_GetLocalsPlusKinds,
  PyCode_GetLocalsPlusNames,
  PyCode_GetName,
  PyCode_GetNames,
  PyCode_GetNlocals,
  PyCode_GetNCellvars,
  PyCode_GetNFreevars,
  PyCode_GetPosonlyargcount,
  PyCode_GetQualname,
  PyCode_GetStacksize,
  PyCode_GetVarnames,
  PyCode_Instruction,
  PyCode_NumExceptionEntries,
  PyCode_NumInstructions,
  _PyCode_FindHandlerWord,
  _PyCode_FrameSize,
  _PyCode_NLocalsPlus,
  codeRepr,
} from './codeobject.js';

function strs(interp: InterpreterState, t: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < tupleLength(interp, t); i++) {
    const s = PyTuple_GET_ITEM(interp, t, i);
    expect(Py_TYPE(interp, s)).toBe(interp.types.str);
    out.push(PyUnicode_AsString(interp, s));
  }
  return out;
}

function isCode(c: Constant | CodeObject): c is CodeObject {
  return c !== null && typeof c === 'object' && 'code' in c;
}

function hasComplex(co: CodeObject): boolean {
  const inConst = (c: Constant | CodeObject): boolean =>
    isCode(c) ? hasComplex(c) : c !== null && typeof c === 'object' && (c.kind === 'complex' || ((c.kind === 'tuple' || c.kind === 'frozenset') && c.items.some(inConst)));
  return co.consts.some(inConst);
}

/** Checks the heap object `h` against the compiler constant `c`; counts the code objects seen. */
function expectConst(interp: InterpreterState, h: number, c: Constant | CodeObject, seen: { codes: number }): void {
  const rt = interp.runtime;
  if (c === null) return void expect(h).toBe(rt.immortalNone);
  if (c === true) return void expect(h).toBe(rt.immortalTrue);
  if (c === false) return void expect(h).toBe(rt.immortalFalse);
  if (typeof c === 'bigint') {
    expect(Py_TYPE_NAME(interp, h)).toBe('int');
    return void expect(PyLong_AsBigInt(interp, h)).toBe(c);
  }
  if (typeof c === 'number') {
    expect(Py_TYPE_NAME(interp, h)).toBe('float');
    return void expect(Object.is(PyFloat_AS_DOUBLE(interp, h), c)).toBe(true);
  }
  if (typeof c === 'string') {
    expect(Py_TYPE_NAME(interp, h)).toBe('str');
    return void expect(PyUnicode_AsString(interp, h)).toBe(c);
  }
  if (isCode(c)) return expectCode(interp, h, c, seen);
  switch (c.kind) {
    case 'ellipsis':
      return void expect(h).toBe(rt.immortalEllipsis);
    case 'bytes':
      expect(Py_TYPE_NAME(interp, h)).toBe('bytes');
      return void expect(PyBytes_AsUint8Array(interp, h)).toEqual(c.value);
    case 'str':
      expect(Py_TYPE_NAME(interp, h)).toBe('str');
      return void expect(PyUnicode_AsString(interp, h).length).toBeGreaterThan(0);
    case 'tuple':
    case 'frozenset':
      expect(Py_TYPE_NAME(interp, h)).toBe('tuple');
      expect(tupleLength(interp, h)).toBe(c.items.length);
      c.items.forEach((x, i) => expectConst(interp, PyTuple_GET_ITEM(interp, h, i), x, seen));
      return;
    default:
      throw new Error(`unexpected constant ${c.kind}`);
  }
}

function expectCode(interp: InterpreterState, h: number, co: CodeObject, seen: { codes: number }): void {
  seen.codes++;
  expect(PyCode_Check(interp, h)).toBe(true);
  expect(PyCode_NumInstructions(interp, h)).toBe(co.code.length);
  const words = Int32Array.from({ length: co.code.length }, (_, i) => PyCode_Instruction(interp, h, i));
  expect(words).toEqual(co.code);
  expect(strs(interp, PyCode_GetNames(interp, h))).toEqual(co.names);
  expect(strs(interp, PyCode_GetLocalsPlusNames(interp, h))).toEqual(co.localsplusnames);
  expect(PyBytes_AsUint8Array(interp, PyCode_GetLocalsPlusKinds(interp, h))).toEqual(co.localspluskinds);
  expect(strs(interp, PyCode_GetVarnames(interp, h))).toEqual(co.varnames);
  expect(strs(interp, PyCode_GetCellvars(interp, h))).toEqual(co.cellvars);
  expect(strs(interp, PyCode_GetFreevars(interp, h))).toEqual(co.freevars);
  expect(PyUnicode_AsString(interp, PyCode_GetName(interp, h))).toBe(co.name);
  expect(PyUnicode_AsString(interp, PyCode_GetQualname(interp, h))).toBe(co.qualname);
  expect(PyUnicode_AsString(interp, PyCode_GetFilename(interp, h))).toBe(co.filename);
  expect([
    PyCode_GetArgcount(interp, h), PyCode_GetPosonlyargcount(interp, h), PyCode_GetKwonlyargcount(interp, h),
    PyCode_GetFlags(interp, h), PyCode_GetStacksize(interp, h), PyCode_GetFirstLineno(interp, h),
  ]).toEqual([co.argcount, co.posonlyargcount, co.kwonlyargcount, co.flags, co.stacksize, co.firstlineno]);
  const kinds = Array.from(co.localspluskinds);
  const nlocals = kinds.filter((k) => k & 0x20).length;
  const ncells = kinds.filter((k) => k & 0x40).length;
  const nfrees = kinds.filter((k) => k & 0x80).length;
  expect([PyCode_GetNlocals(interp, h), PyCode_GetNCellvars(interp, h), PyCode_GetNFreevars(interp, h)]).toEqual([nlocals, ncells, nfrees]);
  expect(_PyCode_NLocalsPlus(interp, h)).toBe(co.localsplusnames.length);
  expect(_PyCode_FrameSize(interp, h)).toBe(co.localsplusnames.length + co.stacksize);
  // Exception table, entry by entry, and the handler lookup for every instruction.
  expect(PyCode_NumExceptionEntries(interp, h)).toBe(co.exceptiontable.length);
  const i32 = interp.views.i32;
  co.exceptiontable.forEach((e, k) => {
    const p = PyCode_ExceptionEntryWord(interp, h, k);
    expect(Array.from(i32.subarray(p, p + 5))).toEqual([e.start, e.end, e.target, e.depth, e.lasti ? 1 : 0]);
  });
  for (let i = 0; i < co.code.length; i++) {
    const want = co.exceptiontable.findIndex((e) => i >= e.start && i < e.end);
    const got = _PyCode_FindHandlerWord(interp, h, i);
    expect(got).toBe(want < 0 ? -1 : PyCode_ExceptionEntryWord(interp, h, want));
  }
  // Line of every instruction.
  const lines = Array.from({ length: co.code.length }, (_, i) => PyCode_Addr2Line(interp, h, i));
  expect(lines).toEqual(Array.from({ length: co.code.length }, (_, i) => co.positions[i * 4]));
  expect(PyCode_Addr2Line(interp, h, co.code.length)).toBe(-1);
  const consts = PyCode_GetConsts(interp, h);
  expect(tupleLength(interp, consts)).toBe(co.consts.length);
  co.consts.forEach((c, i) => expectConst(interp, PyTuple_GET_ITEM(interp, consts, i), c, seen));
}

function countCodes(co: CodeObject): number {
  return 1 + co.consts.filter(isCode).reduce((n, c) => n + countCodes(c), 0);
}

const PROGRAM = `
"""Module doc."""
import os
from collections import namedtuple as nt

X = (1, 2.5, 'two words', b'\\x00bytes', None, True, False, ..., -7, 10**30)

def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    "doc of f"
    return a + b + c + d + e

def outer(x):
    y = x * 2
    def inner(z):
        nonlocal y
        y += z
        return x + y
    return inner

class C(object):
    attr = [i * i for i in range(10) if i % 2]
    def method(self, k=frozenset()):
        try:
            return {k: v for k, v in self.__dict__.items()}
        except (KeyError, TypeError) as exc:
            raise ValueError('bad') from exc
        finally:
            pass

async def coro():
    async with lock:
        await other()

def gen():
    yield from range(3)
    if x in (1, 2, 3): return 'é'
    lam = lambda q, *, r=4: q ** r
    return {s for s in 'abc'}, (g for g in ())
`;

describe('PyCode_FromCompilerCode', () => {
  it('converts every code object of a program and reads it back', () => {
    const { interp, tstate } = makeTestWorld();
    const co = compileSource(PROGRAM, { filename: 'prog.py' });
    const before = blocksInUse(interp.heap);
    const h = PyCode_FromCompilerCode(tstate, co);
    expect(h).toBeGreaterThan(0);
    const seen = { codes: 0 };
    expectCode(interp, h, co, seen);
    expect(seen.codes).toBe(countCodes(co));
    expect(seen.codes).toBeGreaterThan(10);
    Py_DECREF(interp, h);
    expect(blocksInUse(interp.heap)).toBe(before);
  });

  it('has a repr in CPython\'s shape', () => {
    const { interp, tstate } = makeTestWorld();
    const h = PyCode_FromCompilerCode(tstate, compileSource('\n\ndef g(): pass\n', { filename: 'x.py' }));
    expect(codeRepr(interp, h)).toMatch(/^<code object <module> at 0x[0-9a-f]{8,}, file "x.py", line 1>$/);
    const g = PyTuple_GET_ITEM(interp, PyCode_GetConsts(interp, h), 0);
    expect(codeRepr(interp, g)).toMatch(/^<code object g at 0x[0-9a-f]{8,}, file "x.py", line 3>$/);
    expect(_PyObject_ReprString(tstate, g)).toBe(codeRepr(interp, g));
    Py_DECREF(interp, h);
  });

  it('raises SystemError for a complex constant and leaks nothing', () => {
    const { interp, tstate } = makeTestWorld();
    const before = blocksInUse(interp.heap);
    const co = compileSource('def f():\n  return ("abc def", 2j)\n', { filename: 'c.py' });
    expect(PyCode_FromCompilerCode(tstate, co)).toBe(0);
    expect(PyErr_Occurred(tstate)).toBe(interp.runtime.staticType('SystemError'));
    Py_DECREF(interp, PyErr_GetRaisedException(tstate));
    expect(blocksInUse(interp.heap)).toBe(before);
  });
});

const STDLIB = '/usr/lib/python3.11';

function stdlibSample(): string[] {
  if (!existsSync(STDLIB)) return [];
  const files = readdirSync(STDLIB)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .filter((f) => statSync(join(STDLIB, f)).size < 30_000);
  const step = Math.max(1, Math.floor(files.length / 20));
  return files.filter((_, i) => i % step === 0).slice(0, 20);
}

describe.skipIf(!existsSync(STDLIB))('stdlib sample', () => {
  const files = stdlibSample();
  it('samples about 20 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });
  it.each(files)('%s round-trips and frees', (file) => {
    const { interp, tstate } = makeTestWorld();
    const co = compileSource(readFileSync(join(STDLIB, file)), { filename: file });
    const before = blocksInUse(interp.heap);
    const h = PyCode_FromCompilerCode(tstate, co);
    if (hasComplex(co)) {
      expect(h).toBe(0);
      Py_DECREF(interp, PyErr_GetRaisedException(tstate));
    } else {
      expect(h).toBeGreaterThan(0);
      const seen = { codes: 0 };
      expectCode(interp, h, co, seen);
      expect(seen.codes).toBe(countCodes(co));
      Py_DECREF(interp, h);
    }
    expect(blocksInUse(interp.heap)).toBe(before);
  });
});

describe.each([
  ['codeobject.layout.ts', [PY_CODE_OBJECT]],
  ['funcobject.layout.ts', [PY_FUNCTION_OBJECT]],
  ['cellobject.layout.ts', [PY_CELL_OBJECT]],
] as [string, Layout[]][])('%s', (file, layouts) => {
  it('draws its layout at the derived offsets', () => {
    const diagrams = parseLayoutDiagrams(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
    expect(diagrams.map((d) => d.name)).toEqual(layouts.map((l) => l.name));
    for (const l of layouts) expect(checkLayoutDiagram(l, diagrams.find((d) => d.name === l.name)!)).toEqual([]);
  });
});
