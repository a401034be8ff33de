// Code generator tests: structural invariants (src/code-verify.ts) on every code object
// of a fixed stdlib sample; emitted sequences for key constructs; compile errors
// against CPython's compile(); constant folding results. CPython's ASTs come from
// scripts/ast_json.py (one python3 process per batch).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Mod } from '../src/ast-nodes.js';
import type { CodeObject } from '../src/code.js';
import { CO_GENERATOR, CO_NESTED, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, nestedCode } from '../src/code.js';
import { verifyCode } from '../src/code-verify.js';
import { compileAst } from '../src/compile.js';
import { disassemble } from '../src/dis.js';
import { PySyntaxError } from '../src/errors.js';
import { parse } from '../src/parse.js';
import { Op, OPARG_SHIFT, OPCODE_MASK, OPCODES, OPF_JUMP, stackEffect } from '../src/opcodes.js';
import { astFromPython, astsFromPython, decodeNode } from './ast-from-python.js';
import type { PyErrorRecord } from './ast-from-python.js';

const PY = fileURLToPath(new URL('../scripts/symtable-oracle.py', import.meta.url));

// Every source the targeted tests compile, parsed by CPython in one batch up front.
const SOURCES = [
  'for x in y:\n    if x: break\nelse:\n    z()\n',
  'try:\n    a()\nfinally:\n    b()\n',
  'def f(a, *b, c=1, **d):\n    def g(): return a\n    return g\n',
  'class C:\n    def m(self): return super().m()\n',
  'def f(xs): return [x * 2 for x in xs if x]\n',
  'g = (x for x in y)\n',
  'x = 2 ** 10 - 1\n', 'x = -(3)\n', 'x = 1 / 4\n', 'x = "ab" * 3\n', 'x = (1, 2) + (3,)\n', 'x = 2 ** 200\n',
  'x = "a" * 5000\n', 'x = 1 / 0\n', 'x = -7 // 2, -7 % 2, 7.5 % -2\n', 'x in [1, 2, 3]\n', 'not a in b\n',
  'assert x, "m"\n', 'x = __debug__\n', 'def f():\n    "doc"\n',
  'def f(a):\n    try:\n        return a.b\n    except E as e:\n        pass\n',
  'x = a + b\n',
  'match p:\n    case [x, *_, y] if x: pass\n    case {"a": 1, **r}: pass\n    case P(1, y=z) | P(z, y=2): pass\n    case _: pass\n',
  'try:\n    a()\nexcept* ValueError as e:\n    b(e)\n',
  'async def f():\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in b]\n',
  'def g():\n    x = yield 1\n    yield from x\n',
  'import a.b.c\nimport a.b as d\nfrom .m import (x, y as z)\nfrom q import *\nx: int = 1\na[1:2] += f"{b!r:>{w}} {c}"\np, *q, r = s\nt = 1 < u < 3\n',
  'def f():\n    x = 1\n    class C:\n        y = x\n        def m(self): return x\n    return C\n',
];
const TREES = new Map<string, Mod>();
astsFromPython(SOURCES.map((source) => ({ source }))).forEach((r, i) => TREES.set(SOURCES[i], r.ast!));

function compile(src: string, optimize = 0): CodeObject {
  return compileAst(TREES.get(src) ?? astFromPython(src), { optimize });
}

/** The instructions of a code object as `NAME arg` strings (arg omitted when the operand is none). */
function ops(co: CodeObject): string[] {
  const out: string[] = [];
  for (const w of co.code) {
    const info = OPCODES[w & OPCODE_MASK];
    out.push(info.operand === 'none' ? info.name : `${info.name} ${w >> OPARG_SHIFT}`);
  }
  return out;
}

function child(co: CodeObject, name: string): CodeObject {
  const c = nestedCode(co).find((x) => x.name === name);
  if (c === undefined) throw new Error(`no nested code ${name}`);
  return c;
}

function stdlibSample(step: number): string[] {
  const root = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();
  const out: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'site-packages' && e.name !== 'dist-packages' && e.name !== '__pycache__') walk(p);
      } else if (e.name.endsWith('.py')) {
        out.push(p);
      }
    }
  };
  walk(root);
  out.sort();
  return out.filter((_, i) => i % step === 0);
}

describe('codegen invariants on a stdlib sample', () => {
  it('compiles every sampled file to verified code objects with CPython’s metadata', () => {
    const files = stdlibSample(12);
    const results = astsFromPython(files.map((path) => ({ path, compile: true })));
    const failures: string[] = [];
    let compiled = 0;
    let codeObjects = 0;
    results.forEach((r, i) => {
      if (r.error || r.compileError) return;
      let co: CodeObject;
      try {
        co = compileAst(r.ast, { filename: files[i] });
      } catch (e) {
        if (e instanceof PySyntaxError && e.msg.includes('not supported yet')) return;
        failures.push(`${files[i]}: ${String(e)}`);
        return;
      }
      compiled++;
      const count = (c: CodeObject): number => 1 + nestedCode(c).reduce((n, x) => n + count(x), 0);
      codeObjects += count(co);
      const problems = verifyCode(co);
      if (problems.length > 0) failures.push(`${files[i]}: ${problems.slice(0, 3).join('; ')}`);
      // Code object metadata must match CPython's, code object for code object.
      const ours: CodeObject[] = [];
      const walk = (c: CodeObject): void => {
        ours.push(c);
        for (const x of nestedCode(c)) walk(x);
      };
      walk(co);
      // CPython's optimizer keeps some code objects that only dead code uses (`if 0:` with
      // a def, at times); we may drop them. So ours must be a subsequence of CPython's.
      const theirs = r.code!;
      let k = 0;
      ours.forEach((c) => {
        while (k < theirs.length && (theirs[k].qualname !== c.qualname || theirs[k].firstlineno !== c.firstlineno)) k++;
        if (k >= theirs.length) {
          failures.push(`${files[i]}: ${c.qualname} (line ${c.firstlineno}) has no CPython counterpart`);
          return;
        }
        const t = theirs[k++];
        const mine = {
          name: c.name, qualname: c.qualname, firstlineno: c.firstlineno, argcount: c.argcount,
          posonlyargcount: c.posonlyargcount, kwonlyargcount: c.kwonlyargcount, flags: c.flags,
          varnames: c.varnames, cellvars: c.cellvars, freevars: c.freevars,
        };
        const cpython = {
          name: t.name, qualname: t.qualname, firstlineno: t.firstlineno, argcount: t.argcount,
          posonlyargcount: t.posonlyargcount, kwonlyargcount: t.kwonlyargcount, flags: t.flags,
          varnames: t.varnames, cellvars: t.cellvars, freevars: t.freevars,
        };
        if (JSON.stringify(mine) !== JSON.stringify(cpython)) {
          failures.push(`${files[i]}: ${c.qualname}: ${JSON.stringify(mine)} != ${JSON.stringify(cpython)}`);
        }
      });
    });
    expect(failures).toEqual([]);
    expect(compiled).toBeGreaterThanOrEqual(130);
    expect(codeObjects).toBeGreaterThan(3000);
  }, 60_000);
});

describe('the opcode table', () => {
  it('is consistent: numbers are indices, names unique, jump flags match jump operands', () => {
    const names = new Set<string>();
    OPCODES.forEach((o, i) => {
      expect(o.code).toBe(i);
      expect(names.has(o.name)).toBe(false);
      names.add(o.name);
      expect((o.flags & OPF_JUMP) !== 0).toBe(o.operand === 'jump');
      expect(Object.isFrozen(o)).toBe(true);
    });
    expect(OPCODES.length).toBeLessThanOrEqual(OPCODE_MASK + 1);
    expect(Op.LOAD_FAST).toBe(OPCODES.findIndex((o) => o.name === 'LOAD_FAST'));
    expect(stackEffect(Op.FOR_ITER, 0, false)).toBe(1);
    expect(stackEffect(Op.FOR_ITER, 0, true)).toBe(-1);
    expect(stackEffect(Op.MAKE_FUNCTION, 0x0b, false)).toBe(-3);
    expect(stackEffect(Op.UNPACK_EX, 1 + (2 << 8), false)).toBe(3);
    expect(stackEffect(Op.BUILD_MAP, 3, false)).toBe(-5);
  });
});

describe('verifyCode catches broken code', () => {
  it('reports underflow, bad targets and a too-small stacksize', () => {
    const co = compile('x = a + b\n');
    expect(verifyCode(co)).toEqual([]);
    expect(verifyCode({ ...co, stacksize: 1 }).join()).toMatch(/exceeds stacksize/);
    const code = Int32Array.from(co.code);
    code[0] = (code[0] & OPCODE_MASK) | (999 << OPARG_SHIFT);
    expect(verifyCode({ ...co, code }).join()).toMatch(/out of range/);
    const under = Int32Array.from(co.code);
    under[0] = OPCODES.findIndex((o) => o.name === 'POP_TOP');
    expect(verifyCode({ ...co, code: under }).join()).toMatch(/underflow/);
  });
});

describe('emitted instruction sequences', () => {
  it('compiles a for loop with else and break', () => {
    const co = compile('for x in y:\n    if x: break\nelse:\n    z()\n');
    expect(ops(co)).toEqual([
      'LOAD_NAME 0', 'GET_ITER', 'FOR_ITER 8', 'STORE_NAME 1', 'LOAD_NAME 1', 'POP_JUMP_IF_FALSE 2',
      'POP_TOP', 'JUMP 11',
      'LOAD_NAME 2', 'CALL 0', 'POP_TOP', 'LOAD_CONST 0', 'RETURN_VALUE',
    ]);
  });

  it('compiles try/finally with an exception table', () => {
    const co = compile('try:\n    a()\nfinally:\n    b()\n');
    expect(ops(co)).toEqual([
      'LOAD_NAME 0', 'CALL 0', 'POP_TOP', 'LOAD_NAME 1', 'CALL 0', 'POP_TOP', 'JUMP 15',
      'PUSH_EXC_INFO', 'LOAD_NAME 1', 'CALL 0', 'POP_TOP', 'RERAISE 0', 'COPY 3', 'POP_EXCEPT', 'RERAISE 1',
      'LOAD_CONST 0', 'RETURN_VALUE',
    ]);
    expect(co.exceptiontable).toEqual([
      { start: 0, end: 3, target: 7, depth: 0, lasti: false },
      { start: 7, end: 12, target: 12, depth: 1, lasti: true },
    ]);
  });

  it('compiles closures with cells, free variables and MAKE_FUNCTION flags', () => {
    const co = compile('def f(a, *b, c=1, **d):\n    def g(): return a\n    return g\n');
    const f = child(co, 'f');
    expect(f.varnames).toEqual(['a', 'c', 'b', 'd', 'g']);
    expect(f.cellvars).toEqual(['a']);
    expect(f.argcount).toBe(1);
    expect(f.kwonlyargcount).toBe(1);
    expect(f.flags & (CO_OPTIMIZED | CO_VARARGS | CO_VARKEYWORDS)).toBe(CO_OPTIMIZED | CO_VARARGS | CO_VARKEYWORDS);
    expect(ops(f).slice(0, 6)).toEqual(['MAKE_CELL 0', 'LOAD_CLOSURE 0', 'BUILD_TUPLE 1', 'LOAD_CONST 1', 'MAKE_FUNCTION 8', 'STORE_FAST 4']);
    const g = child(f, 'g');
    expect(g.qualname).toBe('f.<locals>.g');
    expect(g.freevars).toEqual(['a']);
    expect(g.flags & CO_NESTED).toBe(CO_NESTED);
    expect(ops(g)).toEqual(['COPY_FREE_VARS 1', 'LOAD_DEREF 0', 'RETURN_VALUE']);
    expect(ops(co).slice(0, 6)).toEqual(['LOAD_CONST 0', 'LOAD_CONST 1', 'BUILD_MAP 1', 'LOAD_CONST 2', 'MAKE_FUNCTION 2', 'STORE_NAME 0']);
  });

  it('compiles classes with __class__ cells and comprehensions as functions', () => {
    const co = compile('class C:\n    def m(self): return super().m()\n');
    const c = child(co, 'C');
    expect(c.cellvars).toEqual(['__class__']);
    expect(ops(c).slice(-4)).toEqual(['LOAD_CLOSURE 0', 'COPY 1', 'STORE_NAME 4', 'RETURN_VALUE']);
    expect(c.names).toContain('__classcell__');
    const lc = compile('def f(xs): return [x * 2 for x in xs if x]\n');
    const comp = child(child(lc, 'f'), '<listcomp>');
    expect(comp.qualname).toBe('f.<locals>.<listcomp>');
    expect(comp.argcount).toBe(1);
    expect(comp.varnames).toEqual(['.0', 'x']);
    const gen = compile('g = (x for x in y)\n');
    expect(child(gen, '<genexpr>').flags & CO_GENERATOR).toBe(CO_GENERATOR);
    expect(ops(child(gen, '<genexpr>')).slice(0, 2)).toEqual(['RETURN_GENERATOR', 'POP_TOP']);
  });

  it('folds constants with CPython’s limits', () => {
    const consts = (src: string): unknown[] => compile(src).consts as unknown[];
    expect(consts('x = 2 ** 10 - 1\n')).toContain(1023n);
    expect(consts('x = -(3)\n')).toContain(-3n);
    expect(consts('x = 1 / 4\n')).toContain(0.25);
    expect(consts('x = "ab" * 3\n')).toContain('ababab');
    expect(consts('x = (1, 2) + (3,)\n')).toContainEqual({ kind: 'tuple', items: [1n, 2n, 3n] });
    expect(consts('x = 2 ** 200\n')).not.toContain(2n ** 200n);
    expect(consts('x = "a" * 5000\n')).not.toContain('a'.repeat(5000));
    expect(consts('x = 1 / 0\n')).toEqual([1n, 0n, null]);
    expect(consts('x = -7 // 2, -7 % 2, 7.5 % -2\n')).toContainEqual({ kind: 'tuple', items: [-4n, 1n, -0.5] });
    expect(ops(compile('x in [1, 2, 3]\n'))).toContain('CONTAINS_OP 0');
    expect(compile('x in [1, 2, 3]\n').consts).toContainEqual({ kind: 'tuple', items: [1n, 2n, 3n] });
    expect(ops(compile('not a in b\n'))).toContain('CONTAINS_OP 1');
  });

  it('honours optimize for assert, __debug__ and docstrings', () => {
    expect(ops(compile('assert x, "m"\n'))).toContain('LOAD_ASSERTION_ERROR');
    expect(ops(compile('assert x, "m"\n', 1))).not.toContain('LOAD_ASSERTION_ERROR');
    expect(compile('x = __debug__\n', 1).consts).toContain(false);
    expect(child(compile('def f():\n    "doc"\n'), 'f').consts[0]).toBe('doc');
    expect(child(compile('def f():\n    "doc"\n', 2), 'f').consts[0]).toBe(null);
  });

  it('disassembles with names, constants, jump targets and the exception table', () => {
    const text = disassemble(compile('def f(a):\n    try:\n        return a.b\n    except E as e:\n        pass\n'));
    expect(text).toMatch(/LOAD_CONST\s+\d+ \(<code object f>\)/);
    expect(text).toMatch(/LOAD_ATTR\s+\d+ \(b\)/);
    expect(text).toMatch(/ExceptionTable:/);
    expect(text).toMatch(/Disassembly of <code object f at 'f'/);
    expect(text).toMatch(/POP_JUMP_IF_FALSE\s+\d+ \(to \d+\)/);
  });
});

const COMPILE_ERRORS = [
  'return 1\n',
  'x = 1\nyield x\n',
  'await x\n',
  'break\n',
  'while 1:\n    pass\nelse:\n    continue\n',
  'f(a=1, a=2)\n',
  'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n',
  'a, *b, *c = d\n',
  'class C:\n    yield 1\n',
  '*a\n',
  'def f():\n    x = yield from y\n    async def g(): yield from z\n',
  'from os import path\nfrom __future__ import annotations\n',
  '__debug__ = 1\n',
  'def f():\n    return [(await x) for x in y]\n',
  'async def f():\n    yield 1\n    return 2\n',
  'del __debug__\n',
  'def f(): \n  class C: return 1\n',
  'def f():\n    async for x in y: pass\n',
  'def f():\n    async with x: pass\n',
  'def f():\n    nonlocal q\n',
  'def f(__debug__): pass\n',
  'f(__debug__=1)\n',
  'x.__debug__ = 1\n',
  'def __debug__(): pass\n',
  'import a as __debug__\n',
  'lambda __debug__: 1\n',
  'def f(*, __debug__=1): pass\n',
  'class __debug__: pass\n',
  'for __debug__ in x: pass\n',
  'def f():\n    try:\n        pass\n    except* E:\n        return\n',
  'match x:\n    case a: pass\n    case b: pass\n',
  'match x:\n    case [a, *b, *c]: pass\n',
  'match x:\n    case {"a": 1, "a": 2}: pass\n',
  'match x:\n    case a | [b]: pass\n',
  'match x:\n    case [a, a]: pass\n',
];

describe('match, except*, async and generators', () => {
  it('compiles match statements to verified pattern code', () => {
    const co = compile(SOURCES[22]);
    expect(verifyCode(co)).toEqual([]);
    const o = ops(co);
    for (const op of ['MATCH_SEQUENCE', 'MATCH_MAPPING', 'MATCH_KEYS', 'MATCH_CLASS 1', 'GET_LEN']) expect(o).toContain(op);
    expect(co.names).toEqual(expect.arrayContaining(['x', 'y', 'r', 'z']));
  });

  it('compiles except* with CHECK_EG_MATCH and PREP_RERAISE_STAR', () => {
    const co = compile(SOURCES[23]);
    expect(verifyCode(co)).toEqual([]);
    expect(ops(co).map((x) => x.split(' ')[0])).toEqual(expect.arrayContaining(['CHECK_EG_MATCH', 'PREP_RERAISE_STAR', 'POP_JUMP_IF_NONE']));
  });

  it('compiles async with/for/comprehensions and await as yield-from loops', () => {
    const f = child(compile(SOURCES[24]), 'f');
    expect(verifyCode(f)).toEqual([]);
    const o = ops(f);
    for (const op of ['BEFORE_ASYNC_WITH', 'GET_AWAITABLE 1', 'GET_AITER', 'GET_ANEXT', 'END_ASYNC_FOR', 'YIELD_VALUE 2']) {
      expect(o).toContain(op);
    }
    expect(o.some((x) => x.startsWith('SEND '))).toBe(true);
    expect(o.slice(0, 2)).toEqual(['RETURN_GENERATOR', 'POP_TOP']);
  });

  it('compiles yield and yield from', () => {
    const g = child(compile(SOURCES[25]), 'g');
    expect(g.flags & CO_GENERATOR).toBe(CO_GENERATOR);
    expect(ops(g)).toEqual([
      'RETURN_GENERATOR', 'POP_TOP', 'LOAD_CONST 1', 'YIELD_VALUE 0', 'STORE_FAST 0', 'LOAD_FAST 0',
      'GET_YIELD_FROM_ITER', 'LOAD_CONST 0', 'SEND 11', 'YIELD_VALUE 1', 'JUMP_BACKWARD 8', 'POP_TOP',
      'LOAD_CONST 0', 'RETURN_VALUE',
    ]);
  });
});

describe('statements and expressions', () => {
  it('compiles imports, annotations, augmented subscripts, f-strings, star-unpacking and chained comparisons', () => {
    const co = compile(SOURCES[26]);
    expect(ops(co)).toEqual([
      'SETUP_ANNOTATIONS',
      'LOAD_CONST 0', 'LOAD_CONST 1', 'IMPORT_NAME 0', 'STORE_NAME 1',
      'LOAD_CONST 0', 'LOAD_CONST 1', 'IMPORT_NAME 2', 'IMPORT_FROM 3', 'STORE_NAME 4', 'POP_TOP',
      'LOAD_CONST 2', 'LOAD_CONST 3', 'IMPORT_NAME 5', 'IMPORT_FROM 6', 'STORE_NAME 6', 'IMPORT_FROM 7', 'STORE_NAME 8', 'POP_TOP',
      'LOAD_CONST 0', 'LOAD_CONST 4', 'IMPORT_NAME 9', 'IMPORT_STAR',
      'LOAD_CONST 2', 'STORE_NAME 6', 'LOAD_NAME 10', 'LOAD_NAME 11', 'LOAD_CONST 5', 'STORE_SUBSCR',
      'LOAD_NAME 1', 'LOAD_CONST 2', 'LOAD_CONST 6', 'BUILD_SLICE 2', 'COPY 2', 'COPY 2', 'BINARY_SUBSCR',
      'LOAD_NAME 3', 'LOAD_CONST 7', 'LOAD_NAME 12', 'FORMAT_VALUE 0', 'BUILD_STRING 2', 'FORMAT_VALUE 6',
      'LOAD_CONST 8', 'LOAD_NAME 13', 'FORMAT_VALUE 0', 'BUILD_STRING 3', 'BINARY_OP 13', 'SWAP 3', 'SWAP 2', 'STORE_SUBSCR',
      'LOAD_NAME 14', 'UNPACK_EX 257', 'STORE_NAME 15', 'STORE_NAME 9', 'STORE_NAME 16',
      'LOAD_CONST 2', 'LOAD_NAME 17', 'SWAP 2', 'COPY 2', 'COMPARE_OP 0', 'JUMP_IF_FALSE_OR_POP 64', 'LOAD_CONST 9',
      'COMPARE_OP 0', 'JUMP 66', 'SWAP 2', 'POP_TOP', 'STORE_NAME 18',
      'LOAD_CONST 1', 'RETURN_VALUE',
    ]);
    expect(co.names).toEqual(['a.b.c', 'a', 'a.b', 'b', 'd', 'm', 'x', 'y', 'z', 'q', 'int', '__annotations__', 'w', 'c', 's', 'p', 'r', 'u', 't']);
    expect(co.consts[3]).toEqual({ kind: 'tuple', items: ['x', 'y'] });
  });

  it('builds annotations in CPython’s order (args, posonly, *args, kwonly, **kwargs, return)', () => {
    const co = compileAst(astFromPython('def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6: pass\n'));
    const strs = co.consts.filter((c) => typeof c === 'string');
    expect(strs).toEqual(['b', 'a', 'c', 'd', 'e', 'return']);
    expect(ops(co)).toContain('BUILD_TUPLE 12');
    expect(ops(co)).toContain('MAKE_FUNCTION 4');
  });

  it('reads a function’s variable from a class body with LOAD_CLASSDEREF', () => {
    const f = child(compile(SOURCES[27]), 'f');
    const c = child(f, 'C');
    expect(c.freevars).toEqual(['x']);
    expect(ops(c)).toContain('LOAD_CLASSDEREF 0');
    expect(ops(child(c, 'm'))).toEqual(['COPY_FREE_VARS 1', 'LOAD_DEREF 1', 'RETURN_VALUE']);
    expect(child(c, 'm').qualname).toBe('f.<locals>.C.m');
  });
});

describe('compiling trees from src/parse.ts', () => {
  it('gives the same code as CPython’s trees', () => {
    for (const src of SOURCES) {
      expect(disassemble(compileAst(parse(src)))).toBe(disassemble(compile(src)));
    }
  });
});

describe('compile errors match CPython', () => {
  it('raises the same SyntaxErrors at the same positions', () => {
    const r = spawnSync('python3', [PY, '--errors'], { input: JSON.stringify(COMPILE_ERRORS), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const recs = JSON.parse(r.stdout) as { ast: unknown; error: PyErrorRecord | null }[];
    const got = recs.map((rec) => {
      try {
        compileAst(decodeNode(rec.ast) as Mod);
        return null;
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        return { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset };
      }
    });
    expect(got).toEqual(recs.map((x) => x.error));
  });
});

describe('compiles CPython trees for every mode', () => {
  it('eval and single modes', () => {
    const [ev, single] = astsFromPython([{ source: 'a + 1', mode: 'eval' }, { source: 'x = 1; x', mode: 'single' }]);
    expect(ops(compileAst(ev.ast!))).toEqual(['LOAD_NAME 0', 'LOAD_CONST 0', 'BINARY_OP 0', 'RETURN_VALUE']);
    expect(ops(compileAst(single.ast!))).toContain('PRINT_EXPR');
  });
});
