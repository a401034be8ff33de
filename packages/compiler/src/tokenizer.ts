// CPython's Parser/tokenizer.c: Python 3.11 source text to tokens, with INDENT/DEDENT,
// implicit line joining inside brackets, backslash continuations, comments, string and
// number literals (as raw text; string-literal.ts decodes them) and CPython's
// tokenizer error messages. f-strings are one STRING token, as in 3.11.
// NON-CPYTHON: the whole source is tokenized up front into an array (CPython tokenizes
// lazily as the parser asks); errors are thrown as PySyntaxError.

import { PySyntaxError } from './errors.js';
import type { SyntaxErrorKind } from './errors.js';
import {
  Token, ErrorToken, KEYWORDS, ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
  LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER, LESS,
  GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL,
  TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL, STAREQUAL,
  SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH, DOUBLESLASHEQUAL, AT, ATEQUAL, RARROW,
  ELLIPSIS, COLONEQUAL, EXCLAMATION, OP,
} from './token.js';
import { utf8Length } from './tokenizer-source.js';

/** CPython's MAXINDENT: the deepest indentation stack. */
const MAXINDENT = 100;
/** CPython's MAXLEVEL: the deepest bracket nesting. */
const MAXLEVEL = 200;
/** CPython's TABSIZE. */
const TABSIZE = 8;

const IDENTIFIER_RE = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
const ID_START_RE = /^[\p{XID_Start}_]$/u;
const ID_CONTINUE_RE = /^\p{XID_Continue}$/u;
/** Characters CPython's Py_UNICODE_ISPRINTABLE rejects (space aside). */
const NONPRINTABLE_RE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 128;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** The source line `lineno` (1-based) of `src`, without its newline, or null. @internal */
export function sourceLine(src: string, lineno: number): string | null {
  let start = 0;
  for (let l = 1; l < lineno; l++) {
    const nl = src.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start > src.length) return null;
  const nl = src.indexOf('\n', start);
  return nl < 0 ? src.slice(start) : src.slice(start, nl + 1);
}

/**
 * Builds the PySyntaxError CPython raises for a source position: `col` is a 0-based
 * character column, reported 1-based as CPython's `offset`.
 * @internal
 */
export function syntaxErrorAt(
  kind: SyntaxErrorKind, msg: string, filename: string, src: string,
  lineno: number, col: number, endLineno: number | null = null, endCol: number | null = null,
): PySyntaxError {
  const text = sourceLine(src, lineno);
  return new PySyntaxError({
    kind, msg, filename, lineno, offset: col + 1, text,
    end_lineno: endLineno, end_offset: endCol === null ? null : endCol + 1,
  });
}

interface OpenBracket {
  readonly ch: number;
  readonly lineno: number;
  readonly col: number;
}

/**
 * Whether a tokenizer error replaces a parser error found earlier in the file (CPython's
 * _PyPegen_tokenize_full_source_to_check_for_errors keeps only errors the tokenizer raised
 * as exceptions; indentation errors and EOF conditions are not).
 */
function overridesParserErrors(e: PySyntaxError): boolean {
  if (e.kind !== 'SyntaxError') return false;
  return e.msg !== 'unexpected EOF while parsing' && !e.msg.endsWith('was never closed')
    && e.msg !== 'unexpected character after line continuation character';
}

/** The tokenizer's state: CPython's `struct tok_state`, for one run over one source. */
class Tokenizer {
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private readonly ascii: boolean;
  private readonly tokens: Token[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly brackets: OpenBracket[] = [];

  constructor(private readonly src: string, private readonly filename: string) {
    this.ascii = !/[^\x00-\x7f]/.test(src);
  }

  /** A UTF-8 byte column for source index `pos` on the line starting at `lineStart`. */
  private byteCol(lineStart: number, pos: number): number {
    return this.ascii ? pos - lineStart : utf8Length(this.src, lineStart, pos);
  }

  private error(msg: string, lineno: number, col: number, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return syntaxErrorAt(kind, msg, this.filename, this.src, lineno, col);
  }

  /** An error at source index `pos` on the current line. */
  private errorHere(msg: string, pos: number, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return this.error(msg, this.lineno, pos - this.lineStart, kind);
  }

  private push(kind: number, value: string, start: number, end: number, startLine: number, startLineStart: number): void {
    this.tokens.push(new Token(
      kind, value, startLine, this.byteCol(startLineStart, start),
      this.lineno, this.byteCol(this.lineStart, end), start, end,
    ));
  }

  /** Tokenizes everything; a tokenizer error becomes a final ERRORTOKEN (raised when reached). */
  runDeferred(): Token[] {
    try {
      return this.run();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const last = this.tokens.length > 0 ? this.tokens[this.tokens.length - 1] : null;
      this.tokens.push(new ErrorToken(e, last, overridesParserErrors(e)));
      return this.tokens;
    }
  }

  run(): Token[] {
    const src = this.src;
    const len = src.length;
    let atLineStart = true;
    for (;;) {
      if (atLineStart) {
        if (this.brackets.length === 0 && this.indentation()) continue;
        atLineStart = false;
      }
      // Skip blanks.
      let c = src.charCodeAt(this.pos);
      while (c === 32 || c === 9 || c === 12) c = src.charCodeAt(++this.pos);
      if (c === 35) {
        // A comment runs to the end of the line.
        let p = src.indexOf('\n', this.pos);
        if (p < 0) p = len;
        this.pos = p;
        c = src.charCodeAt(p);
      }
      if (this.pos >= len) break;
      const start = this.pos;
      if (c === 10) {
        this.pos++;
        if (this.brackets.length === 0) {
          this.push(NEWLINE, '', start, start + 1, this.lineno, this.lineStart);
          atLineStart = true;
        }
        this.lineno++;
        this.lineStart = this.pos;
        continue;
      }
      if (c === 92) {
        // Backslash continuation.
        const n = src.charCodeAt(start + 1);
        if (n !== 10) {
          if (start + 1 >= len) throw this.errorHere('unexpected EOF while parsing', start + 1);
          throw this.errorHere('unexpected character after line continuation character', start + 1);
        }
        if (start + 2 >= len) {
          // End of file after a continuation: an open bracket is reported as never closed.
          const b = this.brackets[this.brackets.length - 1];
          if (b !== undefined) throw this.error(`'${String.fromCharCode(b.ch)}' was never closed`, b.lineno, b.col);
          throw this.errorHere('unexpected EOF while parsing', start + 1);
        }
        this.pos = start + 2;
        this.lineno++;
        this.lineStart = this.pos;
        continue;
      }
      if (isIdentStart(c)) {
        this.nameOrString(start, c);
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(start + 1)))) {
        this.number(start);
        continue;
      }
      if (c === 39 || c === 34) {
        this.string(start, start);
        continue;
      }
      this.operator(start, c);
    }
    // End of input: an implicit NEWLINE, the pending DEDENTs, ENDMARKER.
    if (this.brackets.length > 0) {
      const b = this.brackets[this.brackets.length - 1];
      throw this.error(`'${String.fromCharCode(b.ch)}' was never closed`, b.lineno, b.col);
    }
    const last = this.tokens.length > 0 ? this.tokens[this.tokens.length - 1].kind : NEWLINE;
    if (last !== NEWLINE && last !== DEDENT && last !== INDENT) {
      this.push(NEWLINE, '', len, len + 1, this.lineno, this.lineStart);
    }
    // CPython places the end-of-file tokens at the end of the last line.
    let endLine = this.lineno;
    let endLineStart = this.lineStart;
    if (len > 0 && src.charCodeAt(len - 1) === 10 && this.lineno > 1) {
      endLine = this.lineno - 1;
      endLineStart = src.lastIndexOf('\n', len - 2) + 1;
    }
    const endCol = this.byteCol(endLineStart, len > 0 && src.charCodeAt(len - 1) === 10 ? len - 1 : len);
    while (this.indents.length > 1) {
      this.indents.pop();
      this.tokens.push(new Token(DEDENT, '', endLine, endCol, endLine, endCol, len, len));
    }
    this.tokens.push(new Token(ENDMARKER, '', endLine, endCol, endLine, endCol, len, len));
    return this.tokens;
  }

  /** Measures a line's indentation and emits INDENT/DEDENT; true for a blank line (consumed). */
  private indentation(): boolean {
    const src = this.src;
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let p = this.pos;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32) { col++; altcol++; }
      else if (c === 9) { col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE; altcol++; }
      else if (c === 12) { col = altcol = 0; }
      else if (c === 92) {
        // A backslash in the indentation: the first one (if not at column 0, as CPython
        // tests it) fixes the indentation; measuring goes on over the next physical line.
        contLineCol = contLineCol !== 0 ? contLineCol : col;
        if (p + 1 >= src.length || (src.charCodeAt(p + 1) === 10 && p + 2 >= src.length)) {
          throw this.errorHere('unexpected EOF while parsing', p + 1);
        }
        if (src.charCodeAt(p + 1) !== 10) throw this.errorHere('unexpected character after line continuation character', p + 1);
        p += 2;
        this.lineno++;
        this.lineStart = p;
        continue;
      }
      else break;
      p++;
    }
    if (contLineCol !== 0) {
      col = contLineCol;
      altcol = contLineCol;
    }
    const c = src.charCodeAt(p);
    if (c === 35 || c === 10 || p >= src.length) {
      // Blank line or comment-only line: no indentation tokens.
      if (c === 35) {
        let e = src.indexOf('\n', p);
        if (e < 0) e = src.length;
        p = e;
      }
      this.pos = p;
      if (p < src.length) {
        this.pos = p + 1;
        this.lineno++;
        this.lineStart = this.pos;
        return true;
      }
      return false;
    }
    this.pos = p;
    const indents = this.indents;
    const alt = this.altIndents;
    const top = indents[indents.length - 1];
    if (col === top) {
      if (altcol !== alt[alt.length - 1]) throw this.tabError(p);
    } else if (col > top) {
      if (indents.length >= MAXINDENT) {
        throw this.errorHere('too many levels of indentation', p, 'IndentationError');
      }
      if (altcol <= alt[alt.length - 1]) throw this.tabError(p);
      indents.push(col);
      alt.push(altcol);
      this.push(INDENT, '', this.lineStart, p, this.lineno, this.lineStart);
    } else {
      while (indents.length > 1 && col < indents[indents.length - 1]) {
        indents.pop();
        alt.pop();
        this.push(DEDENT, '', p, p, this.lineno, this.lineStart);
      }
      if (col !== indents[indents.length - 1]) {
        let e = this.src.indexOf('\n', p);
        if (e < 0) e = this.src.length;
        throw this.errorHere('unindent does not match any outer indentation level', e, 'IndentationError');
      }
      if (altcol !== alt[alt.length - 1]) throw this.tabError(p);
    }
    return false;
  }

  private tabError(_p: number): PySyntaxError {
    return this.errorHere('inconsistent use of tabs and spaces in indentation', this.lineStart, 'TabError');
  }

  private nameOrString(start: number, first: number): void {
    const src = this.src;
    // String prefixes: b, r, u, f and the combinations br, rb, fr, rf (any case).
    let sawB = false, sawR = false, sawU = false, sawF = false;
    let p = start;
    let c = first;
    for (;;) {
      const lc = c | 32;
      if (!(sawB || sawU || sawF) && lc === 98) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && lc === 117) sawU = true;
      else if (!(sawR || sawU) && lc === 114) sawR = true;
      else if (!(sawF || sawB || sawU) && lc === 102) sawF = true;
      else break;
      p++;
      c = src.charCodeAt(p);
      if (c === 39 || c === 34) {
        this.string(start, p);
        return;
      }
    }
    p = start + 1;
    let nonAscii = first >= 128;
    for (;;) {
      c = src.charCodeAt(p);
      if (!isIdentChar(c)) break;
      if (c >= 128) nonAscii = true;
      p++;
    }
    this.pos = p;
    let name = src.slice(start, p);
    if (nonAscii) name = this.verifyIdentifier(start, name);
    const kw = KEYWORDS[name];
    this.push(kw === undefined ? NAME : kw, name, start, p, this.lineno, this.lineStart);
  }

  /** CPython's verify_identifier: NFKC-normalizes and checks a non-ASCII identifier. */
  private verifyIdentifier(start: number, name: string): string {
    const normalized = name.normalize('NFKC');
    if (IDENTIFIER_RE.test(normalized)) return normalized;
    // Find the first character that makes it invalid.
    let i = 0;
    for (const ch of name) {
      const ok = i === 0 ? ID_START_RE.test(ch.normalize('NFKC')[0] ?? ch) : ID_CONTINUE_RE.test(ch) || ch === '_';
      if (!ok) {
        const cp = ch.codePointAt(0)!;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        if (NONPRINTABLE_RE.test(ch)) throw this.errorHere(`invalid non-printable character U+${hex}`, start + i);
        throw this.errorHere(`invalid character '${ch}' (U+${hex})`, start + i);
      }
      i += ch.length;
    }
    return normalized;
  }

  /** A string literal from `start` (its prefix) with its opening quote at `q`. */
  private string(start: number, q: number): void {
    const src = this.src;
    const len = src.length;
    const quote = src.charCodeAt(q);
    const startLine = this.lineno;
    const startLineStart = this.lineStart;
    let p = q + 1;
    if (src.charCodeAt(p) === quote && src.charCodeAt(p + 1) === quote) {
      // Triple-quoted.
      p += 2;
      for (;;) {
        if (p >= len) {
          const detected = src.charCodeAt(len - 1) === 10 ? this.lineno - 1 : this.lineno;
          throw this.error(
            `unterminated triple-quoted string literal (detected at line ${detected})`,
            startLine, start - startLineStart,
          );
        }
        const c = src.charCodeAt(p);
        if (c === quote && src.charCodeAt(p + 1) === quote && src.charCodeAt(p + 2) === quote) {
          p += 3;
          break;
        }
        if (c === 92) {
          p++;
          if (src.charCodeAt(p) === 10) { this.lineno++; this.lineStart = p + 1; }
          p++;
          continue;
        }
        if (c === 10) { this.lineno++; this.lineStart = p + 1; }
        p++;
      }
    } else {
      for (;;) {
        const c = src.charCodeAt(p);
        if (p >= len || c === 10) {
          const detected = p >= len && src.charCodeAt(len - 1) === 10 ? this.lineno - 1 : this.lineno;
          throw this.error(
            `unterminated string literal (detected at line ${detected})`,
            startLine, start - startLineStart,
          );
        }
        if (c === quote) { p++; break; }
        if (c === 92) {
          p++;
          if (p >= len) continue;
          if (src.charCodeAt(p) === 10) { this.lineno++; this.lineStart = p + 1; }
        }
        p++;
      }
    }
    this.pos = p;
    this.push(STRING, src.slice(start, p), start, p, startLine, startLineStart);
  }

  /** CPython's tok_decimal_tail: digits with single underscores between them. */
  private decimalTail(p: number): number {
    const src = this.src;
    for (;;) {
      while (isDigit(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== 95) return p;
      p++;
      if (!isDigit(src.charCodeAt(p))) {
        throw this.errorHere('invalid decimal literal', p - 1);
      }
    }
  }

  /** CPython's verify_end_of_number: a number may not run into an identifier. */
  private verifyEnd(p: number, kind: string): void {
    const src = this.src;
    const c = src.charCodeAt(p);
    // Only ASCII letters, digits and '_' run into a number (a non-ASCII letter starts a NAME).
    if (c >= 128 || !isIdentChar(c)) return;
    // `1if x else y` and friends are accepted (with a warning in CPython).
    // CPython's lookahead: `and`, `else`, `for`, `not`, `or` must end there; `if`, `in`,
    // `is` need only their two letters.
    const rest = src.slice(p, p + 4);
    if (rest.startsWith('if') || rest.startsWith('in') || rest.startsWith('is')) return;
    for (const kw of ['and', 'else', 'for', 'not', 'or']) {
      if (rest.startsWith(kw) && !isIdentChar(src.charCodeAt(p + kw.length))) return;
    }
    throw this.errorHere(`invalid ${kind} literal`, p - 1);
  }

  private number(start: number): void {
    const src = this.src;
    let p = start;
    let c = src.charCodeAt(p);
    let kind = 'decimal';
    if (c === 48) {
      const n = src.charCodeAt(p + 1) | 32;
      if (n === 120 || n === 111 || n === 98) {
        // Hex, octal, binary.
        const base = n === 120 ? 16 : n === 111 ? 8 : 2;
        kind = base === 16 ? 'hexadecimal' : base === 8 ? 'octal' : 'binary';
        p += 2;
        let any = false;
        for (;;) {
          c = src.charCodeAt(p);
          if (c === 95) {
            p++;
            c = src.charCodeAt(p);
          }
          const ok = base === 16 ? isHexDigit(c) : base === 8 ? c >= 48 && c <= 55 : c === 48 || c === 49;
          if (!ok) {
            if (isDigit(c) && base !== 16) {
              throw this.errorHere(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p);
            }
            if (!any || src.charCodeAt(p - 1) === 95) throw this.errorHere(`invalid ${kind} literal`, p - 1);
            break;
          }
          any = true;
          p++;
        }
        this.verifyEnd(p, kind);
        this.pos = p;
        this.push(NUMBER, src.slice(start, p), start, p, this.lineno, this.lineStart);
        return;
      }
    }
    let isInt = true;
    if (c !== 46) {
      p = this.decimalTail(p);
      c = src.charCodeAt(p);
    }
    if (c === 46) {
      isInt = false;
      p++;
      if (isDigit(src.charCodeAt(p))) p = this.decimalTail(p);
      c = src.charCodeAt(p);
    }
    if ((c | 32) === 101) {
      // Exponent.
      let q = p + 1;
      let s = src.charCodeAt(q);
      const signed = s === 43 || s === 45;
      if (signed) s = src.charCodeAt(++q);
      if (isDigit(s)) {
        isInt = false;
        p = this.decimalTail(q);
        c = src.charCodeAt(p);
      } else if (signed) {
        throw this.errorHere('invalid decimal literal', q - 1);
      }
    }
    if ((c | 32) === 106) {
      p++;
      kind = 'imaginary';
      isInt = false;
    }
    if (isInt && src.charCodeAt(start) === 48) {
      // Leading zeros: only "0", "00", "0_0" are allowed as integers.
      for (let i = start; i < p; i++) {
        const d = src.charCodeAt(i);
        if (d !== 48 && d !== 95) {
          throw this.error(
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            this.lineno, start - this.lineStart,
          );
        }
      }
    }
    this.verifyEnd(p, kind);
    this.pos = p;
    this.push(NUMBER, src.slice(start, p), start, p, this.lineno, this.lineStart);
  }

  private openBracket(start: number, c: number): void {
    if (this.brackets.length >= MAXLEVEL) throw this.errorHere('too many nested parentheses', start);
    this.brackets.push({ ch: c, lineno: this.lineno, col: start - this.lineStart });
  }

  private closeBracket(start: number, c: number): void {
    const b = this.brackets.pop();
    const ch = String.fromCharCode(c);
    if (b === undefined) throw this.errorHere(`unmatched '${ch}'`, start);
    const want = b.ch === 40 ? 41 : b.ch === 91 ? 93 : 125;
    if (c !== want) {
      const open = String.fromCharCode(b.ch);
      const msg = b.lineno === this.lineno
        ? `closing parenthesis '${ch}' does not match opening parenthesis '${open}'`
        : `closing parenthesis '${ch}' does not match opening parenthesis '${open}' on line ${b.lineno}`;
      throw this.errorHere(msg, start);
    }
  }

  private operator(start: number, c: number): void {
    const src = this.src;
    const c1 = src.charCodeAt(start + 1);
    const c2 = src.charCodeAt(start + 2);
    let kind: number;
    let n = 1;
    switch (c) {
      case 40: kind = LPAR; this.openBracket(start, c); break;
      case 91: kind = LSQB; this.openBracket(start, c); break;
      case 123: kind = LBRACE; this.openBracket(start, c); break;
      case 41: kind = RPAR; this.closeBracket(start, c); break;
      case 93: kind = RSQB; this.closeBracket(start, c); break;
      case 125: kind = RBRACE; this.closeBracket(start, c); break;
      case 58: if (c1 === 61) { kind = COLONEQUAL; n = 2; } else kind = COLON; break;
      case 44: kind = COMMA; break;
      case 59: kind = SEMI; break;
      case 43: if (c1 === 61) { kind = PLUSEQUAL; n = 2; } else kind = PLUS; break;
      case 45:
        if (c1 === 61) { kind = MINEQUAL; n = 2; } else if (c1 === 62) { kind = RARROW; n = 2; } else kind = MINUS;
        break;
      case 42:
        if (c1 === 42) {
          if (c2 === 61) { kind = DOUBLESTAREQUAL; n = 3; } else { kind = DOUBLESTAR; n = 2; }
        } else if (c1 === 61) { kind = STAREQUAL; n = 2; } else kind = STAR;
        break;
      case 47:
        if (c1 === 47) {
          if (c2 === 61) { kind = DOUBLESLASHEQUAL; n = 3; } else { kind = DOUBLESLASH; n = 2; }
        } else if (c1 === 61) { kind = SLASHEQUAL; n = 2; } else kind = SLASH;
        break;
      case 124: if (c1 === 61) { kind = VBAREQUAL; n = 2; } else kind = VBAR; break;
      case 38: if (c1 === 61) { kind = AMPEREQUAL; n = 2; } else kind = AMPER; break;
      case 60:
        if (c1 === 60) {
          if (c2 === 61) { kind = LEFTSHIFTEQUAL; n = 3; } else { kind = LEFTSHIFT; n = 2; }
        } else if (c1 === 61) { kind = LESSEQUAL; n = 2; } else kind = LESS;
        break;
      case 62:
        if (c1 === 62) {
          if (c2 === 61) { kind = RIGHTSHIFTEQUAL; n = 3; } else { kind = RIGHTSHIFT; n = 2; }
        } else if (c1 === 61) { kind = GREATEREQUAL; n = 2; } else kind = GREATER;
        break;
      case 61: if (c1 === 61) { kind = EQEQUAL; n = 2; } else kind = EQUAL; break;
      case 33: if (c1 === 61) { kind = NOTEQUAL; n = 2; } else kind = EXCLAMATION; break;
      case 46: if (c1 === 46 && c2 === 46) { kind = ELLIPSIS; n = 3; } else kind = DOT; break;
      case 37: if (c1 === 61) { kind = PERCENTEQUAL; n = 2; } else kind = PERCENT; break;
      case 126: kind = TILDE; break;
      case 94: if (c1 === 61) { kind = CIRCUMFLEXEQUAL; n = 2; } else kind = CIRCUMFLEX; break;
      case 64: if (c1 === 61) { kind = ATEQUAL; n = 2; } else kind = AT; break;
      case 0:
        throw this.errorHere('source code cannot contain null bytes', start);
      default:
        if (c < 32 || c === 127) {
          const hex = c.toString(16).toUpperCase().padStart(4, '0');
          throw this.errorHere(`invalid non-printable character U+${hex}`, start);
        }
        // `$`, `?`, `` ` ``: CPython's tokenizer returns a generic OP no grammar rule accepts.
        kind = OP;
        if (c >= 0xd800 && c <= 0xdbff) n = 2;
    }
    this.pos = start + n;
    this.push(kind, src.slice(start, start + n), start, start + n, this.lineno, this.lineStart);
  }
}

/**
 * Tokenizes Python 3.11 source (already decoded, newlines normalized to `\n`).
 * @internal
 */
export function tokenize(src: string, filename = '<unknown>'): Token[] {
  return new Tokenizer(src, filename).runDeferred();
}
