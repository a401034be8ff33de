// Str constants holding surrogate code points (src/constants.ts StrConstant): the parser,
// ast.dump, constant folding and co_consts, each compared with CPython 3.11.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileSource, nestedCode, parse, reprConstant } from '../src/index.js';
import type { CodeObject, Constant } from '../src/index.js';
import { cpythonSnippets, oursSnippet } from './cpython-oracle.js';

const SNIPPETS: readonly string[] = [
  String.raw`'\ud834\udd1e'`,
  String.raw`'\ud834' '\udd1e'`,
  String.raw`'\ud834' 'x' '\udd1e'`,
  String.raw`'\udd1e\ud834'`,
  String.raw`'\U0000d834\U0000DD1E'`,
  String.raw`'\ud834' + '\udd1e'`,
  String.raw`f'\ud834{x}'`,
  String.raw`f'\ud834' '\udd1e{x}\ud800'`,
  String.raw`'\ud834' f'\udd1e{x:\udc00{y}\udfff}'`,
  String.raw`u'\ud834\udd1e' "it's"`,
  "u'' f'{x:a{y}b}' 'c'",
  String.raw`'"\ud800\'\\'`,
  String.raw`b'\ud834\udd1e'`,
  String.raw`r'\ud834\udd1e'`,
  String.raw`'\U0001d11e'`,
  "'\u{1d11e}'",
  String.raw`'\N{MATHEMATICAL BOLD SMALL FINAL SIGMA}'`,
  String.raw`x = {'\ud834\udd1e': 1, '\U0001d11e': 2}`,
];

/** CPython's co_consts reprs of every code object, depth first (code objects skipped). */
function cpythonConsts(sources: readonly string[]): string[][] {
  const script = [
    'import json, sys, types',
    'def walk(co, out):',
    '    out.append([repr(c) for c in co.co_consts if not isinstance(c, types.CodeType)])',
    '    for c in co.co_consts:',
    '        if isinstance(c, types.CodeType): walk(c, out)',
    'res = []',
    'for src in json.load(sys.stdin):',
    '    out = []',
    "    walk(compile(src, '<s>', 'exec'), out)",
    '    res.append([x for xs in out for x in xs])',
    "sys.stdout.write(json.dumps(res, ensure_ascii=True))",
  ].join('\n');
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

function oursConsts(src: string): string[] {
  const out: string[] = [];
  const walk = (co: CodeObject): void => {
    for (const c of co.consts) {
      if (!(c !== null && typeof c === 'object' && 'code' in c)) out.push(reprConstant(c as Constant));
    }
    for (const n of nestedCode(co)) walk(n);
  };
  walk(compileSource(src, { filename: '<s>' }));
  return out;
}

describe('str constants with surrogate code points', () => {
  it('parse and dump exactly as CPython (pairs of escapes stay two code points)', () => {
    const expected = cpythonSnippets(SNIPPETS);
    SNIPPETS.forEach((s, i) => expect(oursSnippet(s), s).toEqual(expected[i]));
  });

  it('keep plain strings for everything without a surrogate code point', () => {
    const body = (s: string): unknown => {
      const m = parse(s);
      return m._type === 'Module' && m.body[0]._type === 'Expr' ? m.body[0].value : undefined;
    };
    expect(body(String.raw`'\U0001d11e'`)).toMatchObject({ value: '\u{1d11e}' });
    expect(body(String.raw`'a\x41'`)).toMatchObject({ value: 'aA' });
    expect(body(String.raw`'\ud834\udd1e'`)).toMatchObject({ value: { kind: 'str', codePoints: [0xd834, 0xdd1e] } });
    expect(body(String.raw`'\ud834' '\U0001d11e'`)).toMatchObject({ value: { kind: 'str', codePoints: [0xd834, 0x1d11e] } });
  });

  it('fold, repeat, index and deduplicate like CPython', () => {
    const sources = [
      String.raw`a = '\ud834' + '\udd1e'`,
      String.raw`a = '\ud834' * 3; b = '\udd1e\ud834' * 0`,
      String.raw`a = '\ud834\udd1e'[1]; b = '\ud834\udd1e'[-2]; c = 'x\U0001d11ey'[1]; d = '\ud834x'[1]`,
      String.raw`a = '\ud834\udd1e'; b = '\U0001d11e'; c = '\ud834\udd1e'; d = '\ud834' '\udd1e'`,
      String.raw`a = ('\ud834', '\udd1e') + ('\U0001d11e',)`,
      String.raw`a = '\ud800' * 5000; b = 'x' * 4096`,
      String.raw`'\ud834 doc'` + '\ndef f():\n    ' + String.raw`'\udd1e'` + '\n    return 1',
      String.raw`a = x in ['\ud834\udd1e', '\U0001d11e']; b = '\ud834' and '\udd1e' or 'z'`,
      'from __future__ import annotations\n' + String.raw`x: f'\ud834{y}' = 1` + '\n' + String.raw`z: '\ud834\udd1e' = 2`,
    ];
    const expected = cpythonConsts(sources);
    sources.forEach((s, i) => expect(oursConsts(s), s).toEqual(expected[i]));
  });
});
