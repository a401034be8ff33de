// Symbol table unit tests: scopes and flags on small programs (CPython's AST via
// scripts/ast_json.py), and the scoping SyntaxErrors compared with CPython's compile().
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Mod } from '../src/ast-nodes.js';
import { PySyntaxError } from '../src/errors.js';
import { parse } from '../src/parse.js';
import { dumpSymbolTable } from '../src/symtable-dump.js';
import {
  buildSymbolTable, CELL, DEF_ANNOT, DEF_COMP_ITER, DEF_FREE_CLASS, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL,
  DEF_PARAM, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, mangle, symbolScope, USE,
} from '../src/symtable.js';
import type { SymbolTableEntry } from '../src/symtable.js';
import { astsFromPython, decodeNode } from './ast-from-python.js';
import type { PyErrorRecord } from './ast-from-python.js';

const PY = fileURLToPath(new URL('../scripts/symtable-oracle.py', import.meta.url));

const PROGRAMS = {
  closure: 'def f(a, *b, c, **d):\n    x = 1\n    def g():\n        nonlocal x\n        return x + a + y\n    return g\n',
  klass: 'class C:\n    x = 1\n    def m(self):\n        return super().m() + x\n    def __p(self): __q = 1\n',
  classfree: 'def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self): return x\n',
  comp: 'def f(xs):\n    return [y for x in xs if (y := x)]\n',
  modwalrus: '[(z := i) for i in range(3)]\n',
  imports: 'import a.b.c\nimport d as e\nfrom f import g, h as i\n',
  glob: 'def f():\n    global g\n    g = 1\n    return h\n',
  annot: 'x: int\ny: int = 1\ndef f(a: T) -> R:\n    z: int\n',
  genexp: 'def f(xs):\n    return (x for x in xs)\n',
  lambdas: 'f = lambda a, b=1: a + b + c\n',
};

const TREES: Record<string, Mod> = {};
{
  const names = Object.keys(PROGRAMS) as (keyof typeof PROGRAMS)[];
  const results = astsFromPython(names.map((n) => ({ source: PROGRAMS[n] })));
  names.forEach((n, i) => { TREES[n] = results[i].ast!; });
}

function table(name: keyof typeof PROGRAMS): SymbolTableEntry {
  return buildSymbolTable(TREES[name]).top;
}

function child(ste: SymbolTableEntry, ...names: string[]): SymbolTableEntry {
  let cur = ste;
  for (const n of names) {
    const c = cur.children.find((x) => x.name === n);
    if (c === undefined) throw new Error(`no child ${n} in ${cur.name}`);
    cur = c;
  }
  return cur;
}

function flags(ste: SymbolTableEntry, name: string): number {
  const f = ste.symbols.get(name);
  if (f === undefined) throw new Error(`no symbol ${name} in ${ste.name}`);
  return f;
}

describe('symtable scopes', () => {
  it('classifies params, cells and free variables', () => {
    const top = table('closure');
    const f = child(top, 'f');
    expect(f.varnames).toEqual(['a', 'c', 'b', 'd']);
    expect(f.varargs && f.varkeywords).toBe(true);
    expect(symbolScope(flags(f, 'x'))).toBe(CELL);
    expect(symbolScope(flags(f, 'a'))).toBe(CELL);
    expect(flags(f, 'a') & DEF_PARAM).toBe(DEF_PARAM);
    const g = child(f, 'g');
    expect(symbolScope(flags(g, 'x'))).toBe(FREE);
    expect(flags(g, 'x') & DEF_NONLOCAL).toBe(DEF_NONLOCAL);
    expect(symbolScope(flags(g, 'a'))).toBe(FREE);
    expect(symbolScope(flags(g, 'y'))).toBe(GLOBAL_IMPLICIT);
    expect(g.nested && g.free).toBe(true);
    expect(f.childFree).toBe(true);
  });

  it('gives a class a __class__ cell when a method uses super', () => {
    const c = child(table('klass'), 'C');
    expect(c.needsClassClosure).toBe(true);
    const m = child(c, 'm');
    expect(symbolScope(flags(m, '__class__'))).toBe(FREE);
    expect(symbolScope(flags(m, 'x'))).toBe(GLOBAL_IMPLICIT);
    expect(c.symbols.has('_C__p')).toBe(true);
    expect(child(c, '__p').symbols.has('_C__q')).toBe(true);
    expect(mangle('__C', '__x')).toBe('_C__x');
    expect(mangle('C', '__x__')).toBe('__x__');
    expect(mangle('___', '__x')).toBe('__x');
  });

  it('passes free variables of methods through the class scope', () => {
    const f = child(table('classfree'), 'f');
    expect(symbolScope(flags(f, 'x'))).toBe(CELL);
    const c = child(f, 'C');
    expect(flags(c, 'x') & DEF_FREE_CLASS).toBe(DEF_FREE_CLASS);
    expect(symbolScope(flags(c, 'x'))).toBe(LOCAL);
    expect(symbolScope(flags(child(c, 'm'), 'x'))).toBe(FREE);
  });

  it('makes comprehensions function scopes with .0 and binds walrus targets outside', () => {
    const f = child(table('comp'), 'f');
    const lc = child(f, 'listcomp');
    expect(lc.type).toBe('function');
    expect(lc.comprehension).toBe('list');
    expect(lc.varnames).toEqual(['.0']);
    expect(flags(lc, 'x') & DEF_COMP_ITER).toBe(DEF_COMP_ITER);
    expect(symbolScope(flags(lc, 'y'))).toBe(FREE);
    expect(symbolScope(flags(f, 'y'))).toBe(CELL);
    const top = table('modwalrus');
    expect(symbolScope(flags(child(top, 'listcomp'), 'z'))).toBe(GLOBAL_EXPLICIT);
    expect(flags(top, 'z') & (DEF_GLOBAL | DEF_LOCAL)).toBe(DEF_GLOBAL);
  });

  it('records imports, globals, annotations, generators and lambdas', () => {
    const imp = table('imports');
    for (const n of ['a', 'e', 'g', 'i']) expect(flags(imp, n) & DEF_IMPORT).toBe(DEF_IMPORT);
    expect(imp.symbols.has('a.b.c')).toBe(false);
    const f = child(table('glob'), 'f');
    expect(symbolScope(flags(f, 'g'))).toBe(GLOBAL_EXPLICIT);
    expect(symbolScope(flags(f, 'h'))).toBe(GLOBAL_IMPLICIT);
    const an = table('annot');
    expect(flags(an, 'x') & DEF_ANNOT).toBe(DEF_ANNOT);
    expect(flags(an, 'T') & USE).toBe(USE);
    expect(flags(child(an, 'f'), 'z') & DEF_ANNOT).toBe(DEF_ANNOT);
    const g = child(table('genexp'), 'f', 'genexpr');
    expect(g.generator).toBe(true);
    const lam = child(table('lambdas'), 'lambda');
    expect(lam.varnames).toEqual(['a', 'b']);
  });
});

describe('symtable on src/parse.ts trees', () => {
  it('gives the same tables as on CPython’s trees', () => {
    for (const [name, src] of Object.entries(PROGRAMS)) {
      expect(dumpSymbolTable(buildSymbolTable(parse(src)).top)).toEqual(dumpSymbolTable(table(name as keyof typeof PROGRAMS)));
    }
  });
});

const ERROR_CASES = [
  'nonlocal x\n',
  'def f():\n    nonlocal x\n',
  'def f():\n    x = 1\n    global x\n',
  'def f():\n    print(x)\n    global x\n',
  'def f(x):\n    global x\n',
  'def f(x):\n    nonlocal x\n',
  'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
  'def f(a, b, a): pass\n',
  'lambda a, a: 1\n',
  'class C:\n    [(y := 1) for x in range(3)]\n',
  '[(x := 1) for x in range(3)]\n',
  '[i for i in (j := range(3))]\n',
  '[(y := 1) for x in range(3) for y in range(3)]\n',
  'def f():\n    from os import *\n',
  'def f():\n    x: int\n    global x\n',
  'def f():\n    global x\n    x: int = 1\n',
  '[(yield 1) for x in y]\n',
  'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n',
  'def f():\n    def g():\n        nonlocal y\n',
  '\u00e9 = 1\ndef f(\u00e9, \u00e9): pass\n',
];

describe('symtable errors match CPython', () => {
  it('raises the same SyntaxErrors with the same positions', () => {
    const r = spawnSync('python3', [PY, '--errors'], { input: JSON.stringify(ERROR_CASES), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const recs = JSON.parse(r.stdout) as { ast: unknown; error: PyErrorRecord | null }[];
    const got = recs.map((rec) => {
      try {
        buildSymbolTable(decodeNode(rec.ast) as Mod, { filename: '<string>' });
        return null;
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        return { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset };
      }
    });
    for (const e of recs) expect(e.error).not.toBeNull();
    expect(got).toEqual(recs.map((x) => x.error));
  });
});
