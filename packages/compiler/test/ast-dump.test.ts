// ast.dump and the reprs it relies on, against values printed by CPython 3.11.
import { describe, expect, it } from 'vitest';
import { dump, parse, reprBytes, reprConstant, reprFloat, reprStr } from '../src/index.js';

describe('repr', () => {
  it('formats floats as Python does (shortest round trip, 1e+16 style)', () => {
    const cases: [number, string][] = [
      [1e16, '1e+16'], [1e15, '1000000000000000.0'], [0.0001, '0.0001'], [0.00001, '1e-05'], [1.5e-7, '1.5e-07'],
      [0.1, '0.1'], [1 / 3, '0.3333333333333333'], [2.5e300, '2.5e+300'], [5e-324, '5e-324'], [Infinity, 'inf'],
      [-Infinity, '-inf'], [NaN, 'nan'], [-0, '-0.0'], [0, '0.0'], [123456789012345678, '1.2345678901234568e+17'], [100, '100.0'],
    ];
    for (const [x, want] of cases) expect(reprFloat(x)).toBe(want);
  });
  it('formats complex numbers without a trailing .0', () => {
    expect(reprConstant({ kind: 'complex', real: 0, imag: 2 })).toBe('2j');
    expect(reprConstant({ kind: 'complex', real: 0, imag: 1e16 })).toBe('1e+16j');
    expect(reprConstant({ kind: 'complex', real: 1, imag: -2 })).toBe('(1-2j)');
  });
  it('quotes strings as Python does', () => {
    expect(reprStr("it's")).toBe('"it\'s"');
    expect(reprStr('say "hi"')).toBe('\'say "hi"\'');
    expect(reprStr('both \' and "')).toBe("'both \\' and \"'");
    expect(reprStr('\t\n\r\x00\x7f\x80\xa0é\u2028😀\\')).toBe("'\\t\\n\\r\\x00\\x7f\\x80\\xa0é\\u2028😀\\\\'");
    // Unassigned in CPython 3.11's Unicode 14 (assigned later): escaped.
    expect(reprStr('\u2ffc\u{1FAE8}')).toBe("'\\u2ffc\\U0001fae8'");
  });
  it('formats bytes as Python does', () => {
    expect(reprBytes(Uint8Array.from([0, 39, 65, 92, 200, 10]))).toBe('b"\\x00\'A\\\\\\xc8\\n"');
    expect(reprBytes(Uint8Array.from([34, 39]))).toBe("b'\"\\''");
  });
  it('prints ints, None, booleans and Ellipsis', () => {
    expect(reprConstant(123456789012345678901234567890n)).toBe('123456789012345678901234567890');
    expect([null, true, false].map((v) => reprConstant(v))).toEqual(['None', 'True', 'False']);
    expect(reprConstant({ kind: 'ellipsis' })).toBe('Ellipsis');
  });
});

describe('dump', () => {
  it('omits None optional fields and keeps empty lists', () => {
    expect(dump(parse('return'))).toBe('Module(body=[Return()], type_ignores=[])');
    expect(dump(parse('x = None'))).toBe("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=None))], type_ignores=[])");
  });
  it('prints None inside lists (dict unpacking keys, missing kw defaults)', () => {
    expect(dump(parse('{**a}', { mode: 'eval' }))).toBe("Expression(body=Dict(keys=[None], values=[Name(id='a', ctx=Load())]))");
    expect(dump(parse('lambda *, a: 0', { mode: 'eval' }))).toContain('kw_defaults=[None]');
  });
  it('adds positions with includeAttributes', () => {
    expect(dump(parse('pass'), { includeAttributes: true })).toBe(
      'Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[])',
    );
  });
  it('handles very deep trees without recursion', () => {
    const tree = parse('x' + '[0]'.repeat(2500));
    expect(dump(tree).length).toBeGreaterThan(2500 * 30);
  });
});
