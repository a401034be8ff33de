// Tokenizer unit tests: token kinds, values and CPython's positions (byte columns).
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/tokenizer.js';
import * as T from '../src/token.js';
import { PySyntaxError } from '../src/index.js';

function kinds(src: string): string[] {
  return tokenize(src).map((t) => (t.value !== '' ? t.value : T.tokenKindName(t.kind)));
}

describe('tokenizer', () => {
  it('emits INDENT/DEDENT and NEWLINE, skipping blank and comment lines', () => {
    expect(kinds('if x:\n    y\n\n  # c\n    z\nw\n')).toEqual([
      'if', 'x', ':', 'NEWLINE', 'INDENT', 'y', 'NEWLINE', 'z', 'NEWLINE', 'DEDENT', 'w', 'NEWLINE', 'ENDMARKER',
    ]);
  });
  it('joins lines inside brackets and after a backslash', () => {
    expect(kinds('x = (1,\n  2)\ny = 1 + \\\n 2\n')).toEqual([
      'x', '=', '(', '1', ',', '2', ')', 'NEWLINE', 'y', '=', '1', '+', '2', 'NEWLINE', 'ENDMARKER',
    ]);
  });
  it('adds the implicit NEWLINE and closing DEDENTs at end of file', () => {
    expect(kinds('if x:\n  if y:\n    z')).toEqual([
      'if', 'x', ':', 'NEWLINE', 'INDENT', 'if', 'y', ':', 'NEWLINE', 'INDENT', 'z', 'NEWLINE', 'DEDENT', 'DEDENT', 'ENDMARKER',
    ]);
  });
  it('reads every operator, longest match first', () => {
    const ops = '** **= // //= >> >>= << <<= -> ... := != == <= >= @= @ %= &= |= ^= ~ . ( ) [ ] { } , ; :';
    expect(kinds(ops).slice(0, -2)).toEqual(ops.split(' '));
  });
  it('reads numbers with underscores, bases, exponents and imaginary parts', () => {
    const nums = '0 00 1_000 0x_fF 0o17 0B1_0 1. .5 1e10 1E-5 1_0.0_1e+1_0 3j 1.5J 0j 1if';
    expect(kinds(nums).slice(0, -2)).toEqual(['0', '00', '1_000', '0x_fF', '0o17', '0B1_0', '1.', '.5', '1e10', '1E-5', '1_0.0_1e+1_0', '3j', '1.5J', '0j', '1', 'if']);
  });
  it('reads every string prefix as one STRING token, f-strings included', () => {
    const strs = `'a' "b" '''c''' """d""" r'e' B"f" rb'g' bR"h" u'i' f'{j}' Rf"{k}" fr'l' F'''{m}'''`;
    expect(kinds(strs).slice(0, -2)).toEqual(strs.split(' '));
  });
  it('keeps keywords distinct from soft keywords', () => {
    const toks = tokenize('match case _ await async def');
    expect(toks.slice(0, 6).map((t) => t.kind)).toEqual([T.NAME, T.NAME, T.NAME, T.KW_AWAIT, T.KW_ASYNC, T.KW_DEF]);
  });
  it('gives UTF-8 byte columns on non-ASCII lines', () => {
    const toks = tokenize('é = "😀" + ü\n');
    expect(toks.slice(0, 5).map((t) => [t.value, t.col, t.endCol])).toEqual([
      ['é', 0, 2], ['=', 3, 4], ['"😀"', 5, 11], ['+', 12, 13], ['ü', 14, 16],
    ]);
  });
  it('normalizes identifiers with NFKC', () => {
    expect(tokenize('ﬁ = 1')[0].value).toBe('fi');
  });
  it('tracks lines across triple-quoted strings', () => {
    const toks = tokenize('x = """a\nbc"""  + y\n');
    const s = toks[2];
    expect([s.lineno, s.col, s.endLineno, s.endCol]).toEqual([1, 4, 2, 5]);
    expect([toks[3].lineno, toks[3].col]).toEqual([2, 7]);
  });
  it('defers errors to an ERRORTOKEN carrying a PySyntaxError', () => {
    const toks = tokenize("x = 1\ny = 'a\n");
    const last = toks[toks.length - 1] as T.ErrorToken;
    expect(last.kind).toBe(T.ERRORTOKEN);
    expect(last.error).toBeInstanceOf(PySyntaxError);
    expect((last.error as PySyntaxError).lineno).toBe(2);
  });
  it('returns stray characters as a generic OP that no rule accepts', () => {
    const toks = tokenize('a $ b ? c');
    expect(toks.slice(0, 5).map((t) => t.kind)).toEqual([T.NAME, T.OP, T.NAME, T.OP, T.NAME]);
  });
  it('reports TabError for inconsistent tabs and spaces', () => {
    const toks = tokenize('if x:\n\ty\n        z\n');
    const err = (toks[toks.length - 1] as T.ErrorToken).error as PySyntaxError;
    expect([err.kind, err.msg]).toEqual(['TabError', 'inconsistent use of tabs and spaces in indentation']);
  });
  it('stops at 200 nested brackets', () => {
    const toks = tokenize('('.repeat(201));
    expect(((toks[toks.length - 1] as T.ErrorToken).error as PySyntaxError).msg).toBe('too many nested parentheses');
  });
});
