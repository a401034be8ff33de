// The finder against fixture sources: each kind of global, each false-positive trap, closures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findGlobalsInSource } from '../src/index.js';
import type { GlobalFinding } from '../src/index.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

function kinds(findings: readonly GlobalFinding[]): Record<string, string> {
  return Object.fromEntries(findings.map((f) => [f.name, f.kind]));
}

function find(source: string): GlobalFinding[] {
  return findGlobalsInSource(source, 'src/x.ts');
}

describe('findGlobalsInSource: each kind of module-level state', () => {
  const findings = findGlobalsInSource(fixture('kinds.ts'), 'test/fixtures/kinds.ts');

  it('reports every let, var, mutable const, static field and global-object property, and nothing else', () => {
    expect(kinds(findings)).toEqual({
      counter: 'let',
      legacy: 'var',
      uninitialised: 'let',
      cache: 'const-mutable',
      seen: 'const-mutable',
      refs: 'const-mutable',
      list: 'const-mutable',
      table: 'const-mutable',
      bytes: 'const-mutable',
      instance: 'const-mutable',
      sticky: 'const-mutable',
      dynamicFlags: 'const-mutable',
      readonlyTable: 'const-mutable',
      shallow: 'const-mutable',
      sealed: 'const-mutable',
      keys: 'const-mutable',
      doubled: 'const-mutable',
      aliasOrFresh: 'const-mutable',
      inIf: 'let',
      inBlock: 'const-mutable',
      inTry: 'var',
      loopVar: 'var',
      'Registry.count': 'static-field',
      'Registry.byName': 'static-field',
      'Registry.instances': 'static-field',
      'Registry.#secret': 'static-field',
      'Inner.nested': 'let',
      default: 'const-mutable',
      'globalThis.pergilLeak': 'var',
    });
  });

  it('names the file and the declaration line', () => {
    const counter = findings.find((f) => f.name === 'counter')!;
    expect(counter).toMatchObject({ file: 'test/fixtures/kinds.ts', line: 4, detail: 'module-level let' });
    expect(findings.find((f) => f.name === 'Registry.byName')!.line).toBe(41);
  });

  it('says why a const counts as mutable', () => {
    const detail = (name: string) => findings.find((f) => f.name === name)!.detail;
    expect(detail('cache')).toBe('new Map');
    expect(detail('bytes')).toBe('new Uint8Array');
    expect(detail('sticky')).toMatch(/lastIndex/);
    expect(detail('readonlyTable')).toMatch(/as const.*not frozen/);
    expect(detail('shallow')).toMatch(/shallow: property inner holds an array literal/);
    expect(detail('Registry.byName')).toBe('static readonly new Map');
  });
});

describe('findGlobalsInSource: false-positive traps', () => {
  it('reports nothing for types, imports, re-exports, functions, classes, primitives, frozen constants and enums', () => {
    expect(findGlobalsInSource(fixture('traps.ts'), 'test/fixtures/traps.ts')).toEqual([]);
  });

  it('treats a RegExp as state only with the g or y flag', () => {
    expect(find('const a = /x/i; const b = /x/g; const c = /x/y; const d = new RegExp("x"); const e = new RegExp("x", "gi");').map((f) => f.name)).toEqual(['b', 'c', 'e']);
  });

  it('looks inside Object.freeze: a frozen literal holding a mutable value is still state', () => {
    expect(find('const a = Object.freeze({ m: new Map() }); const b = Object.freeze([[1]]); const c = Object.freeze([Object.freeze([1])]);').map((f) => f.name)).toEqual(['a', 'b']);
  });

  it('knows Object.freeze does not freeze the entries of a Map or Set', () => {
    expect(find('const m = Object.freeze(new Map([[1, 2]]));')[0]!.detail).toBe('Object.freeze does not freeze what new Map holds');
  });

  it('trusts Object.freeze of a non-literal and the recognised deep-freeze helpers', () => {
    expect(find('const a = Object.freeze(makeTable()); const b = deepFreeze({ x: [] }); const c = util.deepFreeze([]);')).toEqual([]);
  });

  it('reports an as-const or <const> literal as mutable, but not an as-const primitive', () => {
    expect(find('const a = [1] as const; const b = <const>{ x: 1 }; const c = 1 as const;').map((f) => `${f.name}: ${f.detail}`)).toEqual([
      "a: 'as const' array literal (readonly type, not frozen)",
      "b: 'as const' object literal (readonly type, not frozen)",
    ]);
  });

  it('does not judge the result of an arbitrary call', () => {
    expect(find('const layout = defineLayout([{ name: "x" }]); const n = compute();')).toEqual([]);
  });

  it('reports slice/concat only when called on an array', () => {
    expect(find('const s = "abc".slice(1); const a = [1, 2].slice(1); const k = Object.keys(o).concat([]);').map((f) => f.name)).toEqual(['a', 'k']);
  });

  it('ignores ambient declarations and let/const in loop heads, but not var', () => {
    expect(find('declare let a: number; for (let i = 0; i < 1; i++) {} for (const x of []) {} for (var v of []) {}').map((f) => f.name)).toEqual(['v']);
  });

  it('reports destructured let bindings one by one', () => {
    expect(find('let { a, b: [c] } = obj;').map((f) => f.name)).toEqual(['a', 'c']);
  });
});

describe('findGlobalsInSource: closures that write module-level state', () => {
  const findings = findGlobalsInSource(fixture('closures.ts'), 'test/fixtures/closures.ts');
  const closures = Object.fromEntries(findings.filter((f) => f.kind === 'closure').map((f) => [f.name, f.detail]));

  it('reports each module-level function that assigns to or mutates state, with what it writes', () => {
    expect(closures).toEqual({
      increment: 'writes count',
      remember: 'writes cache',
      pushAll: 'writes items',
      encoder: 'writes enc',
      'Counter.bump': 'writes Counter.total',
      'Counter.reset': 'writes Counter.total',
      'Counter.nested': 'writes items',
      'api.clear': 'writes cache',
      '(callback of process.on)': 'writes count',
    });
  });

  it('does not count readers or functions whose locals shadow the state', () => {
    expect(closures).not.toHaveProperty('reader');
    expect(closures).not.toHaveProperty('shadowing');
  });

  it('notes on each piece of state the functions that write it', () => {
    const writers = (name: string) => findings.find((f) => f.name === name)!.writtenBy;
    expect(writers('count')).toEqual(['increment', '(callback of process.on)']);
    expect(writers('cache')).toEqual(['remember', 'api.clear']);
    expect(writers('Counter.total')).toEqual(['Counter.bump', 'Counter.reset']);
  });

  it('hides a global only inside the block that declares a local of the same name', () => {
    const src = [
      'let n = 0;',
      'export function inner() { if (Math.random()) { const n = 1; void n; } else { n = 2; } }',
      'export function hoisted() { { var n = 1; } n = 3; }',
      'export function loop() { for (let n = 0; n < 1; n++) {} }',
      'export function caught() { try { /* */ } catch (n) { n = 1; } }',
    ].join('\n');
    expect(find(src).filter((x) => x.kind === 'closure').map((x) => x.name)).toEqual(['inner']);
  });

  it('reports a property of the global object set inside a function, with the function', () => {
    expect(find('export function install() { globalThis.pergilHook = 1; }').map((x) => `${x.kind} ${x.name} ${x.writtenBy.join()}`)).toEqual([
      'var globalThis.pergilHook install',
      'closure install ',
    ]);
  });

  it('sees a static field mutated through its class name', () => {
    const src = 'export class R { static readonly byName = new Map<string, R>(); static add(r: R) { R.byName.set("x", r); } }';
    expect(find(src).map((x) => `${x.kind} ${x.name} ${x.detail}`)).toEqual([
      'closure R.add writes R.byName',
      'static-field R.byName static readonly new Map',
    ]);
  });

  it('sees compound assignment, delete, destructuring and for-of targets', () => {
    const src = [
      'let a = 0, b = 0, c = 0; const o: Record<string, number> = {};',
      'export function f() { a += 1; }',
      'export function g() { delete o.x; }',
      'export function h() { [b] = [1]; }',
      'export function k() { for (c of [1]) {} }',
      'const flags = new Int32Array(4);',
      'export function m() { Atomics.store(flags, 0, 1); }',
      'export function n() { Object.assign(o, { y: 1 }); }',
    ].join('\n');
    expect(find(src).filter((x) => x.kind === 'closure').map((x) => `${x.name}:${x.detail}`)).toEqual([
      'f:writes a',
      'g:writes o',
      'h:writes b',
      'k:writes c',
      'm:writes flags',
      'n:writes o',
    ]);
  });
});
