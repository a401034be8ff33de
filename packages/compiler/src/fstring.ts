// CPython 3.11's Parser/string_parser.c, f-string half (fstring_find_literal,
// fstring_find_expr, fstring_parse, FstringParser_*): the literal text and replacement
// fields of one f-string token, with CPython's error messages. Expressions are compiled
// by the parser through a callback, as fstring_compile_expr does.

import { decodeStrEscapes, LiteralError } from './string-literal.js';
import type { StrValue } from './constants.js';
import { strConcat } from './constants.js';

/** CPython's MAXLEVEL for brackets inside an f-string expression. */
const MAXLEVEL = 200;

/** One piece of an f-string: literal text, or a replacement field. @internal */
export type FStringPiece =
  | { readonly kind: 'literal'; readonly text: StrValue }
  | { readonly kind: 'field'; readonly exprStart: number; readonly exprEnd: number;
      readonly conversion: number; readonly spec: FStringPiece[] | null; readonly debugText: string | null };

/** An f-string syntax error, turned into PySyntaxError by the parser. @internal */
export class FStringError {
  constructor(readonly msg: string) {}
}

/**
 * Splits the body `text[start..end)` of an f-string token into literal pieces and
 * fields (CPython's fstring_find_literal_and_expr loop). `recurseLvl` is 0 for the
 * string itself and 1 inside a format spec.
 * @internal
 */
export function splitFString(text: string, start: number, end: number, raw: boolean, recurseLvl: number): FStringPiece[] | FStringError {
  const pieces: FStringPiece[] = [];
  const cursor = { pos: start };
  while (cursor.pos < end) {
    const lit = findLiteral(text, cursor, end, raw, recurseLvl);
    if (lit instanceof FStringError) return lit;
    if (lit !== '') pieces.push({ kind: 'literal', text: lit });
    if (cursor.pos >= end) break;
    const c = text.charCodeAt(cursor.pos);
    if (c === 125) {
      // The end of a format spec (only reachable when recurseLvl > 0).
      break;
    }
    // c is '{': a field.
    const field = findExpr(text, cursor, end, raw, recurseLvl);
    if (field instanceof FStringError) return field;
    if (field.debugText !== null) pieces.push({ kind: 'literal', text: field.debugText });
    pieces.push(field);
  }
  return pieces;
}

/** CPython's fstring_find_literal: literal text up to the next field, decoded. */
function findLiteral(text: string, cursor: { pos: number }, end: number, raw: boolean, recurseLvl: number): StrValue | FStringError {
  let s = cursor.pos;
  const literalStart = s;
  let out: StrValue = '';
  let chunk = s;
  while (s < end) {
    let ch = text.charCodeAt(s++);
    if (!raw && ch === 92 && s < end) {
      const n = text.charCodeAt(s++);
      if (n === 78) {
        // \N{...}: the braces belong to the escape; a malformed one is left to the decoder.
        if (s < end && text.charCodeAt(s++) === 123) {
          while (s < end && text.charCodeAt(s++) !== 125) { /* skip the name */ }
        }
        continue;
      }
      if (n !== 123 && n !== 125) continue;
      // A backslash before a brace stays a backslash; the brace keeps its meaning.
      out = strConcat(out, strConcat(decodePart(text, chunk, s - 2, raw), '\\'));
      chunk = s - 1;
      ch = n;
    }
    if (ch === 123 || ch === 125) {
      if (recurseLvl === 0) {
        if (s < end && text.charCodeAt(s) === ch) {
          // A doubled brace: keep one.
          out = strConcat(out, decodePart(text, chunk, s, raw));
          s++;
          chunk = s;
          continue;
        }
        if (ch === 125) return new FStringError("f-string: single '}' is not allowed");
      }
      s--;
      break;
    }
  }
  cursor.pos = s;
  if (chunk === literalStart && s === literalStart) return '';
  const tail = decodePart(text, chunk, s, raw);
  const decoded = strConcat(out, tail);
  return decoded;
}

function decodePart(text: string, start: number, end: number, raw: boolean): StrValue {
  if (raw) return text.slice(start, end);
  const r = decodeStrEscapes(text, start, end);
  if (r instanceof LiteralError) throw new FStringError(r.msg);
  return r;
}

/** CPython's fstring_find_expr: one `{expr[=][!c][:spec]}` field. */
function findExpr(text: string, cursor: { pos: number }, end: number, raw: boolean, recurseLvl: number): Extract<FStringPiece, { kind: 'field' }> | FStringError {
  if (recurseLvl >= 2) return new FStringError('f-string: expressions nested too deeply');
  let s = cursor.pos + 1;
  const exprStart = s;
  let quote = 0;
  let stringType = 0;
  const parens: number[] = [];
  for (; s < end; s++) {
    const ch = text.charCodeAt(s);
    if (ch === 92) return new FStringError('f-string expression part cannot include a backslash');
    if (quote !== 0) {
      if (ch === quote) {
        if (stringType === 3) {
          if (s + 2 < end && text.charCodeAt(s + 1) === ch && text.charCodeAt(s + 2) === ch) {
            s += 2;
            stringType = 0;
            quote = 0;
          }
        } else {
          stringType = 0;
          quote = 0;
        }
      }
      continue;
    }
    if (ch === 39 || ch === 34) {
      if (s + 2 < end && text.charCodeAt(s + 1) === ch && text.charCodeAt(s + 2) === ch) {
        stringType = 3;
        s += 2;
      } else {
        stringType = 1;
      }
      quote = ch;
      continue;
    }
    if (ch === 91 || ch === 123 || ch === 40) {
      if (parens.length >= MAXLEVEL) return new FStringError('f-string: too many nested parenthesis');
      parens.push(ch);
      continue;
    }
    if (ch === 35) return new FStringError("f-string expression part cannot include '#'");
    if (parens.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
      if (s + 1 < end) {
        const next = text.charCodeAt(s + 1);
        if (next === 61 && (ch === 33 || ch === 61 || ch === 60 || ch === 62)) {
          s++;
          continue;
        }
      }
      if (ch === 62 || ch === 60) continue;
      break;
    }
    if (ch === 93 || ch === 125 || ch === 41) {
      if (parens.length === 0) return new FStringError(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      const open = parens.pop()!;
      const want = open === 40 ? 41 : open === 91 ? 93 : 125;
      if (ch !== want) {
        return new FStringError(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(open)}'`);
      }
    }
  }
  const exprEnd = s;
  if (quote !== 0) return new FStringError('f-string: unterminated string');
  if (parens.length > 0) return new FStringError(`f-string: unmatched '${String.fromCharCode(parens[parens.length - 1])}'`);
  if (s >= end) return new FStringError("f-string: expecting '}'");
  // An all-whitespace expression is an error (checked before compiling, as CPython does).
  let allBlank = true;
  for (let i = exprStart; i < exprEnd; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 10 || c === 12)) { allBlank = false; break; }
  }
  if (allBlank) {
    const c = text.charCodeAt(exprEnd);
    if (c === 33 || c === 58 || c === 61) {
      return new FStringError(`f-string: expression required before '${String.fromCharCode(c)}'`);
    }
    return new FStringError('f-string: empty expression not allowed');
  }
  let debugText: string | null = null;
  if (text.charCodeAt(s) === 61) {
    s++;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    debugText = text.slice(exprStart, s);
  }
  let conversion = -1;
  if (text.charCodeAt(s) === 33) {
    s++;
    if (s >= end) return new FStringError("f-string: expecting '}'");
    conversion = text.charCodeAt(s);
    s++;
    if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
      return new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  if (s >= end) return new FStringError("f-string: expecting '}'");
  let spec: FStringPiece[] | null = null;
  if (text.charCodeAt(s) === 58) {
    s++;
    if (s >= end) return new FStringError("f-string: expecting '}'");
    const inner = { pos: s };
    const pieces: FStringPiece[] = [];
    while (inner.pos < end) {
      const lit = findLiteral(text, inner, end, raw, recurseLvl + 1);
      if (lit instanceof FStringError) return lit;
      if (lit !== '') pieces.push({ kind: 'literal', text: lit });
      if (inner.pos >= end || text.charCodeAt(inner.pos) === 125) break;
      const field = findExpr(text, inner, end, raw, recurseLvl + 1);
      if (field instanceof FStringError) return field;
      if (field.debugText !== null) pieces.push({ kind: 'literal', text: field.debugText });
      pieces.push(field);
    }
    s = inner.pos;
    spec = pieces;
  }
  if (s >= end || text.charCodeAt(s) !== 125) return new FStringError("f-string: expecting '}'");
  s++;
  cursor.pos = s;
  if (debugText !== null && spec === null && conversion === -1) conversion = 114;
  return { kind: 'field', exprStart, exprEnd, conversion, spec, debugText };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
