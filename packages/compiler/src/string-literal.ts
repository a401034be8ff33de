// CPython's Parser/string_parser.c (the non-f-string half) and the escape decoding of
// Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal) and
// Objects/bytesobject.c (_PyBytes_DecodeEscape): a STRING token's text to its value.
// NON-CPYTHON: `\N{...}` resolves only the names in a small table plus the names that
// are computed (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ..., LATIN letters, DIGITs);
// other names raise SyntaxError as an unknown name would.

import type { StrValue } from './constants.js';
import { strFromMarkedUnits } from './constants.js';

/** A STRING token's prefix and body. @internal */
export interface StringParts {
  readonly bytes: boolean;
  readonly raw: boolean;
  readonly fstring: boolean;
  readonly unicode: boolean;
  /** Index in the token text where the body (after the opening quotes) starts. */
  readonly bodyStart: number;
  /** Index in the token text where the body ends (the closing quotes). */
  readonly bodyEnd: number;
}

/** Splits a STRING token's text into prefix flags and body bounds. @internal */
export function stringParts(text: string): StringParts {
  let bytes = false, raw = false, fstring = false, unicode = false;
  let i = 0;
  for (;; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 102) fstring = true;
    else if (c === 117) unicode = true;
    else break;
  }
  const q = text.charCodeAt(i);
  const triple = text.length - i >= 6 && text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q;
  const ql = triple ? 3 : 1;
  return { bytes, raw, fstring, unicode, bodyStart: i + ql, bodyEnd: text.length - ql };
}

/** An escape-decoding failure; the parser turns it into a SyntaxError. @internal */
export class LiteralError {
  constructor(readonly msg: string) {}
}

const NAMED_CHARS: Readonly<Record<string, number>> = Object.freeze({
  'AMPERSAND': 0x26, 'APOSTROPHE': 0x27, 'ASTERISK': 0x2a, 'BLACK STAR': 0x2605,
  'BOX DRAWINGS LIGHT ARC DOWN AND LEFT': 0x256e, 'BOX DRAWINGS LIGHT ARC DOWN AND RIGHT': 0x256d,
  'BOX DRAWINGS LIGHT ARC UP AND LEFT': 0x256f, 'BOX DRAWINGS LIGHT ARC UP AND RIGHT': 0x2570,
  'BOX DRAWINGS LIGHT DIAGONAL UPPER LEFT TO LOWER RIGHT': 0x2572,
  'BOX DRAWINGS LIGHT DIAGONAL UPPER RIGHT TO LOWER LEFT': 0x2571,
  'BOX DRAWINGS LIGHT DOWN AND LEFT': 0x2510, 'BOX DRAWINGS LIGHT DOWN AND RIGHT': 0x250c,
  'BOX DRAWINGS LIGHT HORIZONTAL': 0x2500, 'BOX DRAWINGS LIGHT RIGHT': 0x2576,
  'BOX DRAWINGS LIGHT UP': 0x2575, 'BOX DRAWINGS LIGHT VERTICAL': 0x2502,
  'BOX DRAWINGS LIGHT VERTICAL AND RIGHT': 0x251c, 'BULLET': 0x2022, 'BYTE ORDER MARK': 0xfeff,
  'CANCEL TAG': 0xe007f, 'CARRIAGE RETURN': 0xd, 'CHARACTER TABULATION': 0x9, 'CHECK MARK': 0x2713,
  'CIRCLED NUMBER THIRTY NINE': 0x32b4, 'CIRCLED PLUS': 0x2295, 'CIRCLED TIMES': 0x2297,
  'CIRCUMFLEX ACCENT': 0x5e, 'COLON': 0x3a, 'COMBINING ACUTE ACCENT': 0x301,
  'COMBINING ASTERISK ABOVE': 0x20f0, 'COMBINING BREVE': 0x306, 'COMBINING CARON': 0x30c,
  'COMBINING CIRCUMFLEX ACCENT': 0x302, 'COMBINING DIAERESIS': 0x308, 'COMBINING DOT ABOVE': 0x307,
  'COMBINING FOUR DOTS ABOVE': 0x20dc, 'COMBINING GRAVE ACCENT': 0x300,
  'COMBINING LATIN SMALL LETTER X': 0x36f, 'COMBINING LEFT HARPOON ABOVE': 0x20d0,
  'COMBINING OVERLINE': 0x305, 'COMBINING RIGHT ARROW ABOVE': 0x20d7, 'COMBINING RING ABOVE': 0x30a,
  'COMBINING THREE DOTS ABOVE': 0x20db, 'COMBINING TILDE': 0x303, 'COMMA': 0x2c, 'COMMERCIAL AT': 0x40,
  'COPYRIGHT SIGN': 0xa9, 'CYRILLIC CAPITAL LETTER A': 0x410, 'CYRILLIC CAPITAL LETTER SHORT I': 0x419,
  'CYRILLIC SMALL LETTER SHORT I': 0x439, 'CYRILLIC SMALL LETTER ZHE': 0x436, 'DAGGER': 0x2020,
  'DEGREE SIGN': 0xb0, 'DELETE': 0x7f, 'DIVISION SIGN': 0xf7, 'DOLLAR SIGN': 0x24,
  'DOUBLE VERTICAL LINE': 0x2016, 'EM DASH': 0x2014, 'EM SPACE': 0x2003, 'EMPTY SET': 0x2205,
  'EN DASH': 0x2013, 'EN SPACE': 0x2002, 'EQUALS SIGN': 0x3d, 'ETHIOPIC SYLLABLE SEE': 0x1234,
  'EURO SIGN': 0x20ac, 'EXCLAMATION MARK': 0x21, 'FULL STOP': 0x2e, 'FULLWIDTH DIGIT ZERO': 0xff10,
  'GRAVE ACCENT': 0x60, 'GREATER-THAN SIGN': 0x3e, 'GREEK CAPITAL LETTER DELTA': 0x394,
  'GREEK CAPITAL LETTER OMEGA': 0x3a9, 'GREEK PI SYMBOL': 0x3d6, 'GREEK SMALL LETTER ALPHA': 0x3b1,
  'GREEK SMALL LETTER BETA': 0x3b2, 'GREEK SMALL LETTER FINAL SIGMA': 0x3c2, 'GREEK SMALL LETTER MU': 0x3bc,
  'GREEK SMALL LETTER PHI': 0x3c6, 'GREEK SMALL LETTER PI': 0x3c0, 'GREEK SMALL LETTER RHO': 0x3c1,
  'GREEK SMALL LETTER ZETA': 0x3b6, 'GRINNING FACE': 0x1f600, 'HANGZHOU NUMERAL TWENTY': 0x3039,
  'HIRAGANA LETTER A': 0x3042, 'HORIZONTAL ELLIPSIS': 0x2026, 'HYPHEN-MINUS': 0x2d, 'INFINITY': 0x221e,
  'KELVIN SIGN': 0x212a, 'LATIN CAPITAL LETTER A WITH DIAERESIS': 0xc4,
  'LATIN CAPITAL LETTER I WITH DOT ABOVE': 0x130, 'LATIN SMALL LETTER A WITH CARON': 0x1ce,
  'LATIN SMALL LETTER A WITH DIAERESIS': 0xe4, 'LATIN SMALL LETTER O WITH DIAERESIS': 0xf6,
  'LATIN SMALL LETTER O WITH HORN': 0x1a1, 'LATIN SMALL LETTER SHARP S': 0xdf,
  'LATIN SMALL LETTER Y WITH CIRCUMFLEX': 0x177, 'LATIN SMALL LETTER Y WITH DIAERESIS': 0xff,
  'LATIN SMALL LIGATURE FF': 0xfb00, 'LATIN SMALL LIGATURE FFI': 0xfb03, 'LATIN SMALL LIGATURE FI': 0xfb01,
  'LATIN SMALL LIGATURE LONG S T': 0xfb05, 'LATIN SMALL LIGATURE ST': 0xfb06,
  'LATIN SUBSCRIPT SMALL LETTER I': 0x1d62, 'LEFT CURLY BRACKET': 0x7b, 'LEFT DOUBLE QUOTATION MARK': 0x201c,
  'LEFT PARENTHESIS': 0x28, 'LEFT SINGLE QUOTATION MARK': 0x2018, 'LEFT SQUARE BRACKET': 0x5b,
  'LEFTWARDS ARROW': 0x2190, 'LESS-THAN SIGN': 0x3c, 'LIGHT VERTICAL BAR': 0x2758, 'LINE FEED': 0xa,
  'LONG RIGHTWARDS SQUIGGLE ARROW': 0x27ff, 'LOW LINE': 0x5f, 'MATHEMATICAL BOLD SMALL FINAL SIGMA': 0x1d6d3,
  'MATHEMATICAL LEFT ANGLE BRACKET': 0x27e8, 'MATHEMATICAL RIGHT ANGLE BRACKET': 0x27e9, 'MICRO SIGN': 0xb5,
  'MIDDLE DOT': 0xb7, 'MULTIPLICATION SIGN': 0xd7, 'N-ARY CIRCLED TIMES OPERATOR': 0x2a02,
  'NARROW NO-BREAK SPACE': 0x202f, 'NO-BREAK SPACE': 0xa0, 'NOT SIGN': 0xac, 'NULL': 0x0,
  'NUMBER SIGN': 0x23, 'PERCENT SIGN': 0x25, 'PILCROW SIGN': 0xb6, 'PILE OF POO': 0x1f4a9,
  'PLANCK CONSTANT OVER TWO PI': 0x210f, 'PLUS SIGN': 0x2b, 'PLUS-MINUS SIGN': 0xb1, 'PRIME': 0x2032,
  'QUESTION MARK': 0x3f, 'QUOTATION MARK': 0x22, 'REGISTERED SIGN': 0xae, 'REPLACEMENT CHARACTER': 0xfffd,
  'REVERSE SOLIDUS': 0x5c, 'RIGHT CURLY BRACKET': 0x7d, 'RIGHT DOUBLE QUOTATION MARK': 0x201d,
  'RIGHT PARENTHESIS': 0x29, 'RIGHT SINGLE QUOTATION MARK': 0x2019, 'RIGHT SQUARE BRACKET': 0x5d,
  'RIGHTWARDS ARROW': 0x2192, 'RIGHTWARDS ARROW WITH HOOK': 0x21aa, 'ROMAN NUMERAL SIX': 0x2165,
  'SCRIPT CAPITAL R': 0x211b, 'SECTION SIGN': 0xa7, 'SEMICOLON': 0x3b,
  'SMILING CAT FACE WITH OPEN MOUTH': 0x1f63a, 'SNAKE': 0x1f40d, 'SNOWMAN': 0x2603, 'SOFT HYPHEN': 0xad,
  'SOLIDUS': 0x2f, 'SPACE': 0x20, 'SUBSCRIPT TWO': 0x2082, 'THAI DIGIT SIX': 0xe56, 'TILDE': 0x7e,
  'TRADE MARK SIGN': 0x2122, 'TWO DOT LEADER': 0x2025, 'VERTICAL LINE': 0x7c,
  'VULGAR FRACTION ONE HALF': 0xbd, 'WHITE STAR': 0x2606, 'ZERO WIDTH NO-BREAK SPACE': 0xfeff,
  'ZERO WIDTH SPACE': 0x200b,
});

const DIGIT_NAMES: readonly string[] = Object.freeze(['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE']);
const HANGUL_L: readonly string[] = Object.freeze(['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H']);
const HANGUL_V: readonly string[] = Object.freeze(['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I']);
const HANGUL_T: readonly string[] = Object.freeze(['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H']);

/** Resolves a `\N{name}` name to a code point, or -1. @internal */
export function lookupCharName(rawName: string): number {
  const name = rawName.toUpperCase();
  const known = NAMED_CHARS[name];
  if (known !== undefined) return known;
  let m = /^LATIN (CAPITAL|SMALL) LETTER ([A-Z])$/.exec(name);
  if (m) return m[2].charCodeAt(0) + (m[1] === 'SMALL' ? 32 : 0);
  m = /^DIGIT ([A-Z]+)$/.exec(name);
  if (m) {
    const d = DIGIT_NAMES.indexOf(m[1]);
    return d < 0 ? -1 : 48 + d;
  }
  m = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(name);
  if (m) {
    const cp = parseInt(m[1], 16);
    const inRange = (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2a6df);
    return inRange ? cp : -1;
  }
  m = /^HANGUL SYLLABLE ([A-Z]+)$/.exec(name);
  if (m) {
    const syl = m[1];
    // Longest-match split into lead, vowel, trail jamo names.
    for (let l = 0; l < HANGUL_L.length; l++) {
      if (!syl.startsWith(HANGUL_L[l])) continue;
      for (let v = 0; v < HANGUL_V.length; v++) {
        const lv = HANGUL_L[l] + HANGUL_V[v];
        if (!syl.startsWith(lv)) continue;
        const t = HANGUL_T.indexOf(syl.slice(lv.length));
        if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
      }
    }
  }
  return -1;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/**
 * Decodes the escapes of a (non-raw) str literal body. A `\\uXXXX` / `\\UXXXXXXXX` escape
 * naming a surrogate gives a code point of its own, so such a literal decodes to the
 * tagged `StrConstant`; every other literal to a plain string.
 * @internal
 */
export function decodeStrEscapes(s: string, start: number, end: number): StrValue | LiteralError {
  let i = s.indexOf('\\', start);
  if (i < 0 || i >= end) return s.slice(start, end);
  let out = s.slice(start, i);
  let chunk = i;
  // UTF-16 indices in `out` of units that came from surrogate escapes (rare).
  let lone: number[] | null = null;
  while (i < end) {
    if (s.charCodeAt(i) !== 92) { i++; continue; }
    out += s.slice(chunk, i);
    const escPos = i - start;
    i++;
    if (i >= end) return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${escPos}-${escPos}: \\ at end of string`);
    const c = s.charCodeAt(i++);
    switch (c) {
      case 10: break;
      case 92: out += '\\'; break;
      case 39: out += "'"; break;
      case 34: out += '"'; break;
      case 98: out += '\b'; break;
      case 102: out += '\f'; break;
      case 116: out += '\t'; break;
      case 110: out += '\n'; break;
      case 114: out += '\r'; break;
      case 118: out += '\v'; break;
      case 97: out += '\x07'; break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = c - 48;
        for (let k = 0; k < 2 && i < end; k++) {
          const d = s.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + d - 48;
          i++;
        }
        out += String.fromCodePoint(v);
        break;
      }
      case 120: case 117: case 85: {
        const n = c === 120 ? 2 : c === 117 ? 4 : 8;
        let v = 0;
        for (let k = 0; k < n; k++) {
          const h = i < end ? hexValue(s.charCodeAt(i)) : -1;
          if (h < 0) {
            const kind = c === 120 ? '\\xXX' : c === 117 ? '\\uXXXX' : '\\UXXXXXXXX';
            return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${escPos}-${escPos + 1 + k}: truncated ${kind} escape`);
          }
          v = v * 16 + h;
          i++;
        }
        if (v > 0x10ffff) {
          return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${escPos}-${escPos + 9}: illegal Unicode character`);
        }
        if (v >= 0xd800 && v <= 0xdfff) (lone ??= []).push(out.length);
        out += String.fromCodePoint(v);
        break;
      }
      case 78: {
        const close = s.indexOf('}', i);
        if (s.charCodeAt(i) !== 123 || close < 0 || close >= end || close === i + 1) {
          const last = s.charCodeAt(i) === 123 && (close < 0 || close >= end) ? end - start - 1 : escPos + 1;
          return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${escPos}-${last}: malformed \\N character escape`);
        }
        const cp = lookupCharName(s.slice(i + 1, close));
        if (cp < 0) {
          return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${escPos}-${close - start}: unknown Unicode character name`);
        }
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        // Unknown escapes keep their backslash (a DeprecationWarning in CPython).
        out += '\\' + String.fromCharCode(c);
    }
    chunk = i;
  }
  out += s.slice(chunk, end);
  return lone === null ? out : strFromMarkedUnits(out, lone);
}

/** Decodes a bytes literal body (raw or not) to bytes. @internal */
export function decodeBytes(s: string, start: number, end: number, raw: boolean): Uint8Array | LiteralError {
  const out: number[] = [];
  for (let i = start; i < end;) {
    const c = s.charCodeAt(i++);
    if (c >= 128) return new LiteralError('bytes can only contain ASCII literal characters');
    if (c !== 92 || raw) { out.push(c); continue; }
    if (i >= end) return new LiteralError('Trailing \\ in string');
    const e = s.charCodeAt(i++);
    switch (e) {
      case 10: break;
      case 92: out.push(92); break;
      case 39: out.push(39); break;
      case 34: out.push(34); break;
      case 98: out.push(8); break;
      case 102: out.push(12); break;
      case 116: out.push(9); break;
      case 110: out.push(10); break;
      case 114: out.push(13); break;
      case 118: out.push(11); break;
      case 97: out.push(7); break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = e - 48;
        for (let k = 0; k < 2 && i < end; k++) {
          const d = s.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + d - 48;
          i++;
        }
        out.push(v & 0xff);
        break;
      }
      case 120: {
        const h1 = i < end ? hexValue(s.charCodeAt(i)) : -1;
        const h2 = i + 1 < end ? hexValue(s.charCodeAt(i + 1)) : -1;
        if (h1 < 0 || h2 < 0) {
          return new LiteralError(`(value error) invalid \\x escape at position ${i - 2 - start}`);
        }
        out.push(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        if (e >= 128) return new LiteralError('bytes can only contain ASCII literal characters');
        out.push(92, e);
    }
  }
  return Uint8Array.from(out);
}
