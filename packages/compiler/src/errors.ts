// The compiler's errors, as Python sees them: CPython's SyntaxError family with the
// attributes of `SyntaxError` (msg, filename, lineno, offset, text, end_lineno, end_offset).

/** The Python exception type a compile error becomes. @public */
export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

/** Where and why source failed to compile; the fields are CPython's `SyntaxError` attributes. @public */
export interface SyntaxErrorInfo {
  /** The Python exception type. */
  readonly kind: SyntaxErrorKind;
  /** The message, exactly as CPython words it (`invalid syntax`, `unexpected indent`, …). */
  readonly msg: string;
  /** The file name given to the compiler (`<string>` by default). */
  readonly filename: string;
  /** 1-based line of the error. */
  readonly lineno: number;
  /** 1-based column of the error, counted in characters as CPython reports it. */
  readonly offset: number;
  /** The offending source line, or null when there is none. */
  readonly text: string | null;
  /** 1-based end line, or null. */
  readonly end_lineno: number | null;
  /** 1-based end column, or null. */
  readonly end_offset: number | null;
}

/**
 * A compile error: thrown by the tokenizer, the parser, the symbol table and the code
 * generator for bad source. The interpreter turns it into the Python exception `kind`.
 * @public
 */
export class PySyntaxError extends Error implements SyntaxErrorInfo {
  readonly kind: SyntaxErrorKind;
  readonly msg: string;
  readonly filename: string;
  readonly lineno: number;
  readonly offset: number;
  readonly text: string | null;
  readonly end_lineno: number | null;
  readonly end_offset: number | null;

  constructor(info: SyntaxErrorInfo) {
    super(`${info.kind}: ${info.msg} (${info.filename}, line ${info.lineno})`);
    this.name = 'PySyntaxError';
    this.kind = info.kind;
    this.msg = info.msg;
    this.filename = info.filename;
    this.lineno = info.lineno;
    this.offset = info.offset;
    this.text = info.text;
    this.end_lineno = info.end_lineno;
    this.end_offset = info.end_offset;
  }
}
