// The invalid-snippet corpus (test/invalid-snippets.json): for each snippet the error
// class, message, line and column must equal CPython 3.11's (one python3 run for all).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cpythonDoctestSources, cpythonSnippets, cpythonStringConstants, ours } from './cpython-oracle.js';
import type { OracleResult } from './cpython-oracle.js';

const SNIPPETS = JSON.parse(readFileSync(new URL('./invalid-snippets.json', import.meta.url), 'utf8')) as string[];

describe('syntax errors vs CPython 3.11', () => {
  let want: OracleResult[] = [];
  beforeAll(() => {
    want = cpythonSnippets(SNIPPETS);
  });
  it('the corpus covers every error class', () => {
    const kinds = new Set(want.map((w) => w.error?.[0]));
    expect(kinds).toEqual(new Set(['SyntaxError', 'IndentationError', 'TabError']));
  });
  it.each(SNIPPETS.map((s, i) => [i, JSON.stringify(s)] as const))('#%i %s', (i) => {
    expect(want[i].error).toBeDefined();
    expect(ours(SNIPPETS[i])).toEqual(want[i]);
  });
});

/**
 * CPython's own syntax-error cases: the doctest examples of the installed
 * Lib/test/test_syntax.py (read at test time, not copied). Known mismatches are listed.
 */
describe("CPython's test_syntax examples", () => {
  const KNOWN: ReadonlySet<string> = new Set([
    // CPython reports the genexp's '(' here; we report the tokenizer error further on.
    'dict(x=34, (x for x in range 10), 1); x $ y\n',
  ]);
  let sources: string[] = [];
  let want: OracleResult[] = [];
  beforeAll(() => {
    sources = cpythonDoctestSources('test.test_syntax');
    want = cpythonSnippets(sources);
  });
  it('match CPython (result, error class, message, line, column)', () => {
    expect(sources.length).toBeGreaterThan(300);
    const differing: string[] = [];
    sources.forEach((src, i) => {
      if (KNOWN.has(src)) return;
      const got = ours(src);
      if (JSON.stringify(got) !== JSON.stringify(want[i])) {
        differing.push(`${JSON.stringify(src)}: cpython ${JSON.stringify(want[i]).slice(0, 160)} ours ${JSON.stringify(got).slice(0, 160)}`);
      }
    });
    expect(differing).toEqual([]);
  });
});

/**
 * Every short string constant of CPython's own grammar/syntax test modules, parsed as
 * source (most are snippets, valid or not): our result must equal CPython's. The
 * strings are read from the installed stdlib at test time. Known differences are listed.
 */
describe("string constants of CPython's syntax tests, parsed as source", () => {
  const MODULES = [
    'test/test_fstring.py', 'test/test_syntax.py', 'test/test_exceptions.py', 'test/test_grammar.py',
    'test/test_string_literals.py', 'test/test_patma.py', 'test/test_named_expressions.py',
    'test/test_positional_only_arg.py', 'test/test_keywordonlyarg.py', 'test/test_unpack_ex.py', 'test/test_genexps.py',
    'test/test_eof.py', 'test/test_utf8source.py', 'test/test_tokenize.py', 'test/test_unicode_identifiers.py',
    'test/test_ast.py', 'test/test_compile.py', 'test/test_global.py', 'test/test_with.py', 'test/test_except_star.py',
    'test/test_decorators.py',
  ];
  const KNOWN: ReadonlySet<string> = new Set([
    // A continuation inside a string inside an unclosed call.
    '"\\\n"(1 for c in I,\\\n\\',
    // CPython gives no line/column for null bytes; PySyntaxError's lineno is a number.
    '123\0', 'a\0b',
    // CPython reaches a later tokenizer error through rules we do not replay.
    "invalid character '⁄' \\(U\\+2044\\)",
    // A multi-line f-string field whose error CPython locates through the sub-parser.
    'f"""\n\n\n            {\n            6\n            0="""',
  ]);
  let sources: string[] = [];
  let want: OracleResult[] = [];
  beforeAll(() => {
    sources = cpythonStringConstants(MODULES);
    want = cpythonSnippets(sources);
  });
  it('match CPython', () => {
    expect(sources.length).toBeGreaterThan(2000);
    const differing: string[] = [];
    sources.forEach((src, i) => {
      if (KNOWN.has(src)) return;
      const got = ours(src);
      if (JSON.stringify(got) !== JSON.stringify(want[i])) {
        differing.push(`${JSON.stringify(src).slice(0, 80)}: cpython ${JSON.stringify(want[i]).slice(0, 120)} ours ${JSON.stringify(got).slice(0, 120)}`);
      }
    });
    expect(differing).toEqual([]);
  });
});
