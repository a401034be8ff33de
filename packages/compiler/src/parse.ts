// CPython's `ast.parse` (Python/pythonrun.c _PyParser_ASTFromString with PyCF_ONLY_AST):
// source text or bytes to an AST in one of the four modes.

import type { ModuleNode, ExpressionNode, InteractiveNode, FunctionTypeNode, Mod } from './ast-nodes.js';
import { PySyntaxError } from './errors.js';
import { Parser } from './parser.js';
import { tokenize } from './tokenizer.js';
import { ErrorToken } from './token.js';
import type { Token } from './token.js';
import { decodeSource, normalizeNewlines } from './tokenizer-source.js';

/** The compile modes of `ast.parse`. @public */
export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

/** Options of {@link parse}. @public */
export interface ParseOptions {
  /** The file name reported in errors (default `<unknown>`, as `ast.parse`). */
  readonly filename?: string;
  /** The start rule (default `exec`). */
  readonly mode?: ParseMode;
}

/** The root node {@link parse} returns for each mode. @public */
export interface ParseResult {
  exec: ModuleNode;
  eval: ExpressionNode;
  single: InteractiveNode;
  func_type: FunctionTypeNode;
}

/**
 * Parses Python 3.11 source as CPython's `ast.parse` does. A string is taken as
 * already decoded (its coding cookie is ignored); bytes are decoded by BOM, coding
 * cookie or UTF-8. Throws {@link PySyntaxError} for invalid source.
 * @public
 */
export function parse<M extends ParseMode = 'exec'>(source: string | Uint8Array, options: ParseOptions & { mode?: M } = {}): ParseResult[M] {
  const filename = options.filename ?? '<unknown>';
  const mode = options.mode ?? 'exec';
  let src = typeof source === 'string' ? source : decodeSource(source, filename);
  src = normalizeNewlines(src);
  if (src.indexOf('\0') >= 0) {
    throw new PySyntaxError({
      kind: 'SyntaxError', msg: 'source code string cannot contain null bytes', filename,
      lineno: 1, offset: 1, text: null, end_lineno: null, end_offset: null,
    });
  }
  let tree: Mod;
  try {
    const tokens = tokenize(src, filename);
    let parser: Parser | null = null;
    try {
      parser = new Parser(tokens, { filename, src, fstring: false });
      switch (mode) {
        case 'eval': tree = parser.parseExpressionMode(); break;
        case 'single': tree = parser.parseInteractive(); break;
        case 'func_type': tree = parser.parseFuncType(); break;
        default: tree = parser.parseModule(); break;
      }
    } catch (e) {
      throw tokenizerErrorFirst(e, tokens, parser === null ? 0 : tokens[Math.min(parser.maxRead, tokens.length - 1)].lineno);
    }
  } catch (e) {
    if (e instanceof RangeError) {
      // NON-CPYTHON: a JS stack overflow on pathological nesting becomes a SyntaxError.
      throw new PySyntaxError({
        kind: 'SyntaxError', msg: 'too complex', filename,
        lineno: 1, offset: 1, text: null, end_lineno: null, end_offset: null,
      });
    }
    throw e;
  }
  return tree as ParseResult[M];
}

/**
 * CPython tokenizes the rest of the file after a parse error, and an error the tokenizer
 * raises there replaces the parser's (_PyPegen_tokenize_full_source_to_check_for_errors);
 * a bracket left open wins when the parse error is on a later line than the bracket.
 */
function tokenizerErrorFirst(e: unknown, tokens: readonly Token[], lastReadLine: number): unknown {
  const tail = tokens[tokens.length - 1];
  if (!(e instanceof PySyntaxError) || !(tail instanceof ErrorToken) || tail.error === e) return e;
  // "unexpected indent"/"unexpected unindent" are final in CPython (no re-tokenizing).
  if (e.kind === 'IndentationError' && (e.msg === 'unexpected indent' || e.msg === 'unexpected unindent')) return e;
  if (tail.overrides) return tail.error;
  const te = tail.error;
  if (te instanceof PySyntaxError && te.msg.endsWith('was never closed') && lastReadLine > te.lineno) return te;
  return e;
}
