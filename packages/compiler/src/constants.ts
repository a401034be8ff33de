// Python constant values as the compiler carries them (CPython's `constant` in the ASDL):
// in `ast.Constant.value`, in folded expressions and in a code object's constants.

/** Python's `Ellipsis` (`...`) as a constant. @public */
export interface EllipsisConstant {
  readonly kind: 'ellipsis';
}

/** A Python `complex` constant (an imaginary literal such as `2j`, or a folded sum). @public */
export interface ComplexConstant {
  readonly kind: 'complex';
  readonly real: number;
  readonly imag: number;
}

/** A Python `bytes` constant. @public */
export interface BytesConstant {
  readonly kind: 'bytes';
  readonly value: Uint8Array;
}

/**
 * A Python `str` that holds at least one surrogate code point (U+D800..U+DFFF) as a code
 * point of its own, e.g. `'\ud834\udd1e'` (two code points, not the one astral character
 * `'\U0001d11e'`). A JavaScript string cannot keep such a value apart from the astral
 * character, so this rare case is tagged and carries its code points; every other str
 * is a plain JavaScript string. Never empty, never free of surrogate code points.
 * @public
 */
export interface StrConstant {
  readonly kind: 'str';
  /** The Python code points, in order; at least one is in U+D800..U+DFFF. */
  readonly codePoints: readonly number[];
}

/**
 * A Python `str` value: a plain JavaScript string (its code points, a well-formed
 * surrogate pair being one astral code point), or a {@link StrConstant} when the value
 * holds surrogate code points.
 * @public
 */
export type StrValue = string | StrConstant;

/** A tuple or frozenset of constants (made by constant folding and by `in (1, 2)` tests). @public */
export interface TupleConstant {
  readonly kind: 'tuple' | 'frozenset';
  readonly items: readonly Constant[];
}

/**
 * A Python constant: `null` is `None`, `boolean` is `bool`, `bigint` is `int`, `number`
 * is `float`, `string` is `str` (its code points as UTF-16, a well-formed surrogate pair
 * being one astral code point), and the tagged objects are the rest. A `str` holding a
 * surrogate code point of its own (only escapes such as `'\ud834'` make one) is the
 * tagged {@link StrConstant} instead, so test for a str with
 * `typeof v === 'string' || v.kind === 'str'`, never with `typeof` alone.
 * @public
 */
export type Constant = null | boolean | bigint | number | string | StrConstant | EllipsisConstant | ComplexConstant | BytesConstant | TupleConstant;

/** The one `Ellipsis` constant. @public */
export const ELLIPSIS: EllipsisConstant = Object.freeze({ kind: 'ellipsis' });

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** Is the constant a Python `str` (plain or tagged)? @internal */
export function isStr(v: Constant): v is StrValue {
  return typeof v === 'string' || (v !== null && typeof v === 'object' && v.kind === 'str');
}

/** The code points of a str value. @internal */
export function strCodePoints(s: StrValue): number[] {
  if (typeof s !== 'string') return s.codePoints.slice();
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** A str value from code points: tagged only when one of them is a surrogate. @internal */
export function strFromCodePoints(cps: readonly number[]): StrValue {
  let out = '';
  for (const cp of cps) {
    if (isSurrogate(cp)) return { kind: 'str', codePoints: cps.slice() };
    out += String.fromCodePoint(cp);
  }
  return out;
}

/** Python's `len(str)`: the number of code points. @internal */
export function strLength(s: StrValue): number {
  if (typeof s !== 'string') return s.codePoints.length;
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** Python's `a + b` on str values, exact for surrogate code points. @internal */
export function strConcat(a: StrValue, b: StrValue): StrValue {
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (a === '') return b;
  if (b === '') return a;
  return { kind: 'str', codePoints: strCodePoints(a).concat(strCodePoints(b)) };
}

/**
 * A decoded str literal whose UTF-16 units at the indices in `lone` (ascending) came from
 * surrogate escapes: each such unit is a code point of its own, never half of a pair.
 * @internal
 */
export function strFromMarkedUnits(text: string, lone: readonly number[]): StrValue {
  if (lone.length === 0) return text;
  const cps: number[] = [];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    if (k < lone.length && lone[k] === i) { cps.push(text.charCodeAt(i)); k++; continue; }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff && k < lone.length && lone[k] === i + 1) { cps.push(text.charCodeAt(i)); continue; }
    cps.push(cp);
    if (cp > 0xffff) i++;
  }
  return { kind: 'str', codePoints: cps };
}

/**
 * A tagged str as runs: plain JavaScript strings (no surrogate code points) and, as
 * numbers, the surrogate code points between them. @internal
 */
export function strRuns(s: StrConstant): (string | number)[] {
  const runs: (string | number)[] = [];
  let text = '';
  for (const cp of s.codePoints) {
    if (!isSurrogate(cp)) { text += String.fromCodePoint(cp); continue; }
    if (text !== '') { runs.push(text); text = ''; }
    runs.push(cp);
  }
  if (text !== '') runs.push(text);
  return runs;
}
