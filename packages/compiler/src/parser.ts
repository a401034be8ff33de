// CPython's Parser/parser.c (generated from Grammar/python.gram) and Parser/action_helpers.c:
// the Python 3.11 grammar over the token array, building the AST of ast-nodes.ts with
// CPython's positions and its SyntaxError messages for the common mistakes.
// NON-CPYTHON: hand-written recursive descent with bounded lookahead instead of a PEG
// parser with memoized backtracking; binary operators use precedence climbing. Error
// locations follow CPython's for the cases in test/parser-errors.test.ts.

import type {
  Expr, Stmt, ExprContext, Operator, CmpOpKind, Arguments, Arg, Keyword, Alias, WithItem,
  Comprehension, ExceptHandler, MatchCase, Pattern, ConstantNode, Located,
  ModuleNode, InteractiveNode, ExpressionNode, FunctionTypeNode,
} from './ast-nodes.js';
import type { Constant, StrValue } from './constants.js';
import { ELLIPSIS, strConcat } from './constants.js';
import { PySyntaxError } from './errors.js';
import type { SyntaxErrorKind } from './errors.js';
import * as T from './token.js';
import { Token, ErrorToken } from './token.js';
import { tokenize, sourceLine } from './tokenizer.js';
import { utf8Length, byteOffsetToCharOffset } from './tokenizer-source.js';
import { stringParts, decodeStrEscapes, decodeBytes, LiteralError } from './string-literal.js';
import { splitFString, FStringError } from './fstring.js';
import type { FStringPiece } from './fstring.js';

/** How deep expressions may nest before the parser gives up ("too complex"). */
const MAX_DEPTH = 3000;

function isAugAssign(kind: number): Operator | null {
  switch (kind) {
    case T.PLUSEQUAL: return 'Add';
    case T.MINEQUAL: return 'Sub';
    case T.STAREQUAL: return 'Mult';
    case T.ATEQUAL: return 'MatMult';
    case T.SLASHEQUAL: return 'Div';
    case T.PERCENTEQUAL: return 'Mod';
    case T.AMPEREQUAL: return 'BitAnd';
    case T.VBAREQUAL: return 'BitOr';
    case T.CIRCUMFLEXEQUAL: return 'BitXor';
    case T.LEFTSHIFTEQUAL: return 'LShift';
    case T.RIGHTSHIFTEQUAL: return 'RShift';
    case T.DOUBLESTAREQUAL: return 'Pow';
    case T.DOUBLESLASHEQUAL: return 'FloorDiv';
    default: return null;
  }
}

/** Binary operator precedence (higher binds tighter); 0 for non-operators. */
function binaryPrecedence(kind: number): number {
  switch (kind) {
    case T.VBAR: return 1;
    case T.CIRCUMFLEX: return 2;
    case T.AMPER: return 3;
    case T.LEFTSHIFT: case T.RIGHTSHIFT: return 4;
    case T.PLUS: case T.MINUS: return 5;
    case T.STAR: case T.SLASH: case T.DOUBLESLASH: case T.PERCENT: case T.AT: return 6;
    default: return 0;
  }
}

function binaryOperator(kind: number): Operator {
  switch (kind) {
    case T.VBAR: return 'BitOr';
    case T.CIRCUMFLEX: return 'BitXor';
    case T.AMPER: return 'BitAnd';
    case T.LEFTSHIFT: return 'LShift';
    case T.RIGHTSHIFT: return 'RShift';
    case T.PLUS: return 'Add';
    case T.MINUS: return 'Sub';
    case T.STAR: return 'Mult';
    case T.SLASH: return 'Div';
    case T.DOUBLESLASH: return 'FloorDiv';
    case T.PERCENT: return 'Mod';
    default: return 'MatMult';
  }
}

/** CPython's _PyPegen_get_expr_name: how an expression is named in error messages. */
function exprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && v.kind === 'ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

function parseNumber(text: string): Constant {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1) | 32;
  if (last === 106) return { kind: 'complex', real: 0, imag: Number(s.slice(0, -1)) };
  const second = s.charCodeAt(1) | 32;
  if (s.charCodeAt(0) === 48 && (second === 120 || second === 111 || second === 98)) return BigInt(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || (c | 32) === 101) return Number(s);
  }
  return BigInt(s);
}

/** Where a node starts/ends, for building positions from tokens and nodes. */
interface Pos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** Parse-time options: the file name, and where f-string sub-parses report errors. */
interface ParserConfig {
  readonly filename: string;
  readonly src: string;
  /** True for the sub-parser of an f-string replacement field. */
  readonly fstring: boolean;
}

/** The parser's state over one token array: CPython's `Parser` (Parser/pegen.h). @internal */
export class Parser {
  private i = 0;
  /** The furthest token index read by the normal parse (CPython's p->fill - 1 after its first pass). */
  private furthest = 0;
  /** The furthest token index read at all, speculation included (p->fill - 1 at the end). */
  maxRead = 0;
  private tok: Token;
  private prev: Token;
  private depth = 0;

  constructor(private readonly tokens: Token[], private readonly cfg: ParserConfig) {
    this.tok = tokens[0];
    this.prev = tokens[0];
    if (this.tok.kind === T.ERRORTOKEN) throw (this.tok as ErrorToken).error;
  }

  // ---- token helpers ----

  private next(): Token {
    const t = this.tok;
    this.prev = t;
    if (this.i < this.tokens.length - 1) this.i++;
    if (this.i > this.furthest) this.furthest = this.i;
    if (this.i > this.maxRead) this.maxRead = this.i;
    const n = this.tokens[this.i];
    this.tok = n;
    if (n.kind === T.ERRORTOKEN) throw (n as ErrorToken).error;
    return t;
  }

  private at(kind: number): boolean {
    return this.tok.kind === kind;
  }

  private accept(kind: number): boolean {
    if (this.tok.kind === kind) {
      this.next();
      return true;
    }
    return false;
  }

  private peek(n: number): Token {
    const j = this.i + n;
    if (j > this.furthest && j < this.tokens.length && this.tokens[j].kind !== T.ERRORTOKEN) this.furthest = j;
    if (j > this.maxRead && j < this.tokens.length && this.tokens[j].kind !== T.ERRORTOKEN) this.maxRead = j;
    return this.tokens[j < this.tokens.length ? j : this.tokens.length - 1];
  }

  private expect(kind: number): Token {
    if (this.tok.kind !== kind) throw this.syntaxError();
    return this.next();
  }

  /** A forced token (`&&':'` in the grammar): "expected ':'". */
  private expectForced(kind: number, text: string): Token {
    if (this.tok.kind !== kind) throw this.errorAtToken(`expected '${text}'`, this.tok);
    return this.next();
  }

  /** At `(`: is it `( NAME (, NAME)* [,] )` (CPython's invalid_parameters parenthesized form)? */
  private parenthesizedNames(): boolean {
    let j = this.i + 1;
    for (;;) {
      if (this.tokens[j]?.kind !== T.NAME) return false;
      j++;
      const k = this.tokens[j]?.kind;
      if (k === T.RPAR) return true;
      if (k !== T.COMMA) return false;
      j++;
      if (this.tokens[j]?.kind === T.RPAR) return true;
    }
  }

  /**
   * Runs `fn` as CPython's second (error-reporting) pass would: the position and the
   * furthest-token mark are restored afterwards, a failure gives null, but a tokenizer
   * error reached on the way is raised (CPython raises it as soon as the token is read).
   */
  private speculate<R>(fn: () => R): R | null {
    const save = this.i;
    const furthest = this.furthest;
    try {
      return fn();
    } catch (e) {
      const tail = this.tokens[this.tokens.length - 1];
      if (tail instanceof ErrorToken && tail.error === e) throw e;
      return null;
    } finally {
      this.reset(save);
      this.furthest = furthest;
    }
  }

  /**
   * After the current operator token: does an expression (or, with `star`, a yield or
   * star_expressions) follow? PEG backtracks out of a failing operator's right side, so a
   * shorter match (down to a factor) also counts.
   */
  private speculateExpr(star: boolean): Expr | null {
    return this.speculate(() => {
      this.next();
      if (star && this.at(T.KW_YIELD)) return this.yieldExpr();
      return star ? this.starExpressions(false) : this.expression();
    }) ?? this.speculate(() => {
      this.next();
      return this.factor();
    });
  }

  /** A header's ':' where CPython's invalid_* rule says "expected ':'" only before NEWLINE. */
  private expectColon(): void {
    if (this.tok.kind === T.COLON) {
      this.next();
      return;
    }
    if (this.tok.kind === T.NEWLINE) throw this.errorAtToken("expected ':'", this.tok);
    throw this.syntaxError();
  }

  private isName(value: string): boolean {
    return this.tok.kind === T.NAME && this.tok.value === value;
  }

  // ---- errors ----

  /** An error at a byte position (as nodes carry), reported in characters as CPython does. */
  errorAtBytes(msg: string, lineno: number, col: number, endLineno: number | null = null, endCol: number | null = null, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const src = this.cfg.src;
    const line = sourceLine(src, lineno);
    const text = this.cfg.fstring ? null : line;
    const charCol = line === null ? col : byteOffsetToCharOffset(line, col);
    let endChar: number | null = null;
    if (endLineno !== null && endCol !== null) {
      const endLine = endLineno === lineno ? line : sourceLine(src, endLineno);
      endChar = endLine === null ? endCol : byteOffsetToCharOffset(endLine, endCol);
    }
    const prefix = this.cfg.fstring && !msg.startsWith('f-string') ? 'f-string: ' : '';
    return new PySyntaxError({
      kind, msg: prefix + msg, filename: this.cfg.filename, lineno, offset: charCol + 1, text,
      end_lineno: endLineno, end_offset: endChar === null ? null : endChar + 1,
    });
  }

  private errorAtNode(msg: string, n: Pos): PySyntaxError {
    return this.errorAtBytes(msg, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }

  private errorAtToken(msg: string, t: Token, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return this.errorAtBytes(msg, t.lineno, t.col, t.endLineno, t.endCol, kind);
  }

  /** The generic error at the current token (CPython's _PyPegen_set_syntax_error). */
  private syntaxError(): PySyntaxError {
    const t = this.furthest > this.i ? this.tokens[this.furthest] : this.tok;
    if (t.kind === T.INDENT) return this.unexpectedIndent(t);
    if (t.kind === T.DEDENT) return this.errorAtToken('unindent does not match any outer indentation level', t, 'IndentationError');
    if (t.kind === T.ENDMARKER) {
      // CPython's ENDMARKER has no column: the error's offset is 0.
      return new PySyntaxError({
        kind: 'SyntaxError', msg: 'invalid syntax', filename: this.cfg.filename, lineno: t.lineno, offset: 0,
        text: this.cfg.fstring ? null : sourceLine(this.cfg.src, t.lineno), end_lineno: null, end_offset: null,
      });
    }
    return this.errorAtToken('invalid syntax', t);
  }

  /** CPython reports "unexpected indent" at the end of the indentation. */
  private unexpectedIndent(t: Token): PySyntaxError {
    // The offset is the indentation width on the (last physical) line, 0 when there is none.
    const e = this.errorAtBytes('unexpected indent', t.lineno, Math.max(0, t.endCol - 1), null, null, 'IndentationError');
    return t.endCol === 0 ? new PySyntaxError({ ...e, offset: 0 }) : e;
  }

  /** The token closing the bracket that is open at the current position (CPython reads that far). */
  private closingToken(): Token {
    let depth = 0;
    for (let j = this.i; j < this.tokens.length; j++) {
      const k = this.tokens[j].kind;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) depth++;
      else if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) {
        if (depth === 0) return this.tokens[j];
        depth--;
      } else if (k === T.NEWLINE || k === T.ENDMARKER) return this.tokens[j];
    }
    return this.tok;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw this.errorAtToken('too complex', this.tok);
  }

  // ---- positions ----

  private endOf<N extends Pos>(n: N): N {
    const p = this.prev;
    n.end_lineno = p.endLineno;
    n.end_col_offset = p.endCol;
    return n;
  }

  // ---- entry points ----

  parseModule(): ModuleNode {
    const body: Stmt[] = [];
    while (!this.at(T.ENDMARKER)) {
      if (this.accept(T.NEWLINE)) continue;
      this.statement(body);
    }
    return { _type: 'Module', body, type_ignores: [] };
  }

  parseInteractive(): InteractiveNode {
    const body: Stmt[] = [];
    if (this.at(T.ENDMARKER) || this.at(T.NEWLINE)) {
      // CPython: an empty interactive statement is "invalid syntax" with no column.
      const line = this.cfg.src === '' ? 0 : 1;
      throw new PySyntaxError({
        kind: 'SyntaxError', msg: 'invalid syntax', filename: this.cfg.filename, lineno: line, offset: 0,
        text: null, end_lineno: null, end_offset: null,
      });
    }
    this.statement(body);
    const after = this.prev;
    while (this.at(T.NEWLINE)) this.next();
    if (!this.at(T.ENDMARKER)) throw this.errorAtToken('multiple statements found while compiling a single statement', after.kind === T.NEWLINE ? after : this.tok);
    return { _type: 'Interactive', body };
  }

  /** `eval: expressions NEWLINE* ENDMARKER` (no starred items at the top). */
  parseExpressionMode(): ExpressionNode {
    while (this.at(T.NEWLINE)) this.next();
    if (this.at(T.ENDMARKER) && this.cfg.src.trim() === '') {
      throw new PySyntaxError({
        kind: 'SyntaxError', msg: 'invalid syntax', filename: this.cfg.filename, lineno: 0, offset: 0,
        text: null, end_lineno: null, end_offset: null,
      });
    }
    if (this.at(T.STAR)) throw this.syntaxError();
    const st = this.tok;
    let body = this.expression();
    if (this.at(T.COMMA)) {
      const elts = [body];
      while (this.accept(T.COMMA)) {
        if (this.at(T.NEWLINE) || this.at(T.ENDMARKER)) break;
        elts.push(this.expression());
      }
      body = this.endOf({ _type: 'Tuple', elts, ctx: 'Load', lineno: st.lineno, col_offset: st.col, end_lineno: 0, end_col_offset: 0 });
    }
    while (this.at(T.NEWLINE)) this.next();
    if (!this.at(T.ENDMARKER)) throw this.syntaxError();
    return { _type: 'Expression', body };
  }

  parseFuncType(): FunctionTypeNode {
    this.expect(T.LPAR);
    const argtypes: Expr[] = [];
    while (!this.at(T.RPAR)) {
      // `*args` and `**kwargs` types are listed as their bare expressions.
      if (this.at(T.STAR) || this.at(T.DOUBLESTAR)) this.next();
      argtypes.push(this.expression());
      if (!this.accept(T.COMMA)) break;
      if (this.at(T.RPAR)) throw this.syntaxError();
    }
    this.expect(T.RPAR);
    this.expect(T.RARROW);
    const returns = this.expression();
    while (this.at(T.NEWLINE)) this.next();
    if (!this.at(T.ENDMARKER)) throw this.syntaxError();
    return { _type: 'FunctionType', argtypes, returns };
  }

  /** The f-string sub-parse: `fstring: star_expressions` over `(expr)`. */
  parseFStringExpr(): Expr {
    if (this.tok.kind === T.LPAR && this.peek(1).kind === T.DOUBLESTAR) {
      throw this.errorAtToken('cannot use double starred expression here', this.peek(1));
    }
    const e = this.starExpressions(false);
    while (this.at(T.NEWLINE)) this.next();
    if (!this.at(T.ENDMARKER)) throw this.syntaxError();
    return e;
  }

  // ---- statements ----

  private statement(out: Stmt[]): void {
    const t = this.tok;
    switch (t.kind) {
      case T.KW_DEF: out.push(this.funcDef([], null)); return;
      case T.KW_IF: out.push(this.ifStmt()); return;
      case T.KW_CLASS: out.push(this.classDef([])); return;
      case T.KW_WITH: out.push(this.withStmt(null)); return;
      case T.KW_FOR: out.push(this.forStmt(null)); return;
      case T.KW_TRY: out.push(this.tryStmt()); return;
      case T.KW_WHILE: out.push(this.whileStmt()); return;
      case T.AT: out.push(this.decorated()); return;
      case T.KW_ASYNC: {
        const n = this.peek(1).kind;
        if (n === T.KW_DEF) { this.next(); out.push(this.funcDef([], t)); return; }
        if (n === T.KW_WITH) { this.next(); out.push(this.withStmt(t)); return; }
        if (n === T.KW_FOR) { this.next(); out.push(this.forStmt(t)); return; }
        throw this.errorAtToken('invalid syntax', this.peek(1));
      }
      case T.NAME:
        if (t.value === 'match') {
          if (this.looksLikeMatch()) { out.push(this.matchStmt()); return; }
          const newline = this.readLikeMatch();
          if (newline !== null) {
            // CPython's invalid_match_stmt: a failing `match subject NEWLINE` is "expected ':'".
            try {
              this.simpleStmts(out);
            } catch (e) {
              const tail = this.tokens[this.tokens.length - 1];
              if (e instanceof PySyntaxError && !(tail instanceof ErrorToken && tail.error === e)) {
                throw this.errorAtToken("expected ':'", newline);
              }
              throw e;
            }
            return;
          }
        }
        break;
      case T.INDENT:
        throw this.unexpectedIndent(t);
      default:
        break;
    }
    this.simpleStmts(out);
  }

  private simpleStmts(out: Stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (this.accept(T.SEMI)) {
        if (this.at(T.NEWLINE)) break;
        continue;
      }
      break;
    }
    if (!this.at(T.NEWLINE)) throw this.syntaxError();
    this.next();
  }

  private simpleStmt(): Stmt {
    const t = this.tok;
    switch (t.kind) {
      case T.KW_PASS: this.next(); return this.stmtAt({ _type: 'Pass' }, t);
      case T.KW_BREAK: this.next(); return this.stmtAt({ _type: 'Break' }, t);
      case T.KW_CONTINUE: this.next(); return this.stmtAt({ _type: 'Continue' }, t);
      case T.KW_RETURN: {
        this.next();
        const value = this.atExprEnd() ? null : this.starExpressions(false);
        return this.stmtAt({ _type: 'Return', value }, t);
      }
      case T.KW_RAISE: {
        this.next();
        let exc: Expr | null = null;
        let cause: Expr | null = null;
        if (!this.atExprEnd()) {
          exc = this.expression();
          if (this.accept(T.KW_FROM)) cause = this.expression();
        }
        return this.stmtAt({ _type: 'Raise', exc, cause }, t);
      }
      case T.KW_GLOBAL: case T.KW_NONLOCAL: {
        this.next();
        const names: string[] = [];
        do names.push(this.expect(T.NAME).value); while (this.accept(T.COMMA));
        return this.stmtAt({ _type: t.kind === T.KW_GLOBAL ? 'Global' : 'Nonlocal', names }, t);
      }
      case T.KW_DEL: {
        this.next();
        const first = this.i;
        const targets: Expr[] = [];
        try {
          for (;;) {
            const e = this.target(true);
            this.setContext(e, 'Del');
            targets.push(e);
            if (!this.accept(T.COMMA)) break;
            if (this.atExprEnd()) break;
          }
          if (!this.atExprEnd()) throw this.syntaxError();
        } catch (err) {
          // CPython's invalid_del_stmt: re-read the targets as expressions to name the bad one.
          if (!(err instanceof PySyntaxError) || err.msg === 'cannot delete starred') throw err;
          this.reset(first);
          let all: Expr;
          try {
            all = this.starExpressions(false);
          } catch {
            throw err;
          }
          const elts = all._type === 'Tuple' && this.tokens[first].kind !== T.LPAR ? all.elts : [all];
          for (const x of elts) {
            const bad = this.invalidTarget(x, 'Del');
            if (bad !== null) throw this.errorAtNode(`cannot delete ${exprName(bad)}`, bad);
          }
          throw err;
        }
        return this.stmtAt({ _type: 'Delete', targets }, t);
      }
      case T.KW_ASSERT: {
        this.next();
        const test = this.expression();
        const msg = this.accept(T.COMMA) ? this.expression() : null;
        return this.stmtAt({ _type: 'Assert', test, msg }, t);
      }
      case T.KW_IMPORT: return this.importName();
      case T.KW_FROM: return this.importFrom();
      default:
        return this.exprStmt();
    }
  }

  private stmtAt<N extends object>(n: N, t: Token): N & Located {
    const p = this.prev;
    const r = n as N & Located;
    r.lineno = t.lineno;
    r.col_offset = t.col;
    r.end_lineno = p.endLineno;
    r.end_col_offset = p.endCol;
    return r;
  }

  /** True at a token that ends a simple statement's expression list. */
  private atExprEnd(): boolean {
    const k = this.tok.kind;
    return k === T.NEWLINE || k === T.SEMI || k === T.ENDMARKER;
  }

  private exprStmt(): Stmt {
    const t = this.tok;
    if (t.kind === T.KW_YIELD) {
      const y = this.yieldExpr();
      if (this.at(T.EQUAL)) throw this.errorAtNode('assignment to yield expression not possible', y);
      if (this.at(T.COLON)) throw this.errorAtNode('illegal target for annotation', y);
      return this.stmtAt({ _type: 'Expr', value: y }, t);
    }
    const e = this.starExpressions(true);
    const k = this.tok.kind;
    if (k === T.EQUAL) {
      const targets: Expr[] = [e];
      let value: Expr;
      for (;;) {
        // Each target is checked when its '=' is seen, before the right-hand side.
        this.assignTarget(targets[targets.length - 1], e, t);
        this.next();
        const unparenthesizedYield = this.at(T.KW_YIELD);
        value = unparenthesizedYield ? this.yieldExpr() : this.starExpressions(true);
        if (!this.at(T.EQUAL)) break;
        if (unparenthesizedYield) throw this.errorAtNode('assignment to yield expression not possible', value);
        targets.push(value);
      }
      return this.stmtAt({ _type: 'Assign', targets, value, type_comment: null }, t);
    }
    if (k === T.COLON) {
      // Annotated assignment: a single target. CPython's invalid rules need the annotation to parse.
      if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
        if (this.speculateExpr(false) === null) throw this.syntaxError();
        if (e._type === 'Tuple' || e._type === 'List') {
          throw this.errorAtNode(`only single target (not ${e._type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, e);
        }
        throw this.errorAtNode('illegal target for annotation', e);
      }
      this.next();
      this.setContext(e, 'Store');
      const annotation = this.expression();
      let value: Expr | null = null;
      if (this.accept(T.EQUAL)) value = this.at(T.KW_YIELD) ? this.yieldExpr() : this.starExpressions(true);
      const simple = e._type === 'Name' && t.kind !== T.LPAR ? 1 : 0;
      return this.stmtAt({ _type: 'AnnAssign', target: e, annotation, value, simple }, t);
    }
    const op = isAugAssign(k);
    if (op !== null) {
      if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
        if (this.speculateExpr(true) === null) throw this.syntaxError();
        throw this.errorAtNode(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
      }
      this.next();
      this.setContext(e, 'Store');
      const value = this.at(T.KW_YIELD) ? this.yieldExpr() : this.starExpressions(true);
      return this.stmtAt({ _type: 'AugAssign', target: e, op, value }, t);
    }
    if (!this.atExprEnd()) this.invalidAfterExpression(e);
    return this.stmtAt({ _type: 'Expr', value: e }, t);
  }

  /** Errors for an expression followed by something unexpected (CPython's invalid_* rules). */
  private invalidAfterExpression(e: Expr): never {
    const t = this.tok;
    const k0 = t.kind;
    if (k0 === T.NAME || k0 === T.NUMBER || k0 === T.STRING || k0 === T.LPAR || k0 === T.LSQB || k0 === T.LBRACE) {
      // CPython's invalid_expression reads the juxtaposed expression (to the end of file, if a
      // bracket is never closed) before it decides there is no missing comma at level 0.
      this.speculate(() => this.expression());
    }
    if (e._type === 'Name' && (e.id === 'print' || e.id === 'exec') && t.lineno === e.end_lineno) {
      const k = t.kind;
      if (k === T.NAME || k === T.NUMBER || k === T.STRING || k === T.LPAR || k === T.LSQB || k === T.LBRACE) {
        throw this.errorAtBytes(`Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, e.lineno, e.col_offset, t.endLineno, t.endCol);
      }
    }
    if (t.kind === T.COLONEQUAL && e._type !== 'Name' && this.speculateExpr(false) !== null) {
      throw this.errorAtNode(`cannot use assignment expressions with ${exprName(e)}`, e);
    }
    throw this.syntaxError();
  }

  /** Validates and converts an assignment target (CPython's invalid_assignment rule). */
  /**
   * Validates an assignment target at its '=' (the current token) and sets Store context.
   * An invalid one gets CPython's message: the `invalid_named_expression` forms apply to
   * the statement's first target (`first`, starting at token `start`), then
   * `invalid_assignment`'s "cannot assign to X".
   */
  private assignTarget(e: Expr, first: Expr, start: Token): void {
    const bad = this.invalidTarget(e, 'Store');
    if (bad === null) {
      this.setContext(e, 'Store');
      return;
    }
    const unparenthesizedTuple = first._type === 'Tuple' && first.elts.length > 0 && start.kind !== T.LPAR;
    const last = unparenthesizedTuple && first._type === 'Tuple' ? first.elts[first.elts.length - 1] : first;
    // Speculatively parse what follows the first '=' as `bitwise_or`, as CPython's rule does.
    let rhsEnd: Expr | null = null;
    let afterRhs = -1;
    const eqIndex = this.firstEqualIndex(start);
    if (eqIndex >= 0) {
      // PEG's bitwise_or falls back to a shorter match when an operator's right side fails.
      const rhs = this.speculate(() => {
        this.reset(eqIndex + 1);
        return { e: this.bitwiseOr(), after: this.tok.kind };
      }) ?? this.speculate(() => {
        this.reset(eqIndex + 1);
        return { e: this.factor(), after: this.tok.kind };
      });
      if (rhs !== null) {
        rhsEnd = rhs.e;
        afterRhs = rhs.after;
      }
    }
    if (rhsEnd !== null && afterRhs !== T.EQUAL && afterRhs !== T.COLONEQUAL) {
      if (last._type === 'Name') {
        throw this.errorAtBytes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last.lineno, last.col_offset, rhsEnd.end_lineno, rhsEnd.end_col_offset);
      }
      if (this.invalidTarget(last, 'Store') === last && this.isBitwiseOrLevel(last)) {
        throw this.errorAtNode(`cannot assign to ${exprName(last)} here. Maybe you meant '==' instead of '='?`, last);
      }
    }
    throw this.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
  }

  /** Index of the first '=' at bracket depth 0 from token `start` on its logical line. */
  private firstEqualIndex(start: Token): number {
    let depth = 0;
    for (let j = this.tokens.indexOf(start); j >= 0 && j < this.tokens.length; j++) {
      const k = this.tokens[j].kind;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) depth++;
      else if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) depth--;
      else if (depth === 0 && k === T.EQUAL) return j;
      else if (k === T.NEWLINE || k === T.ENDMARKER) return -1;
    }
    return -1;
  }

  /** Whether `e` is what CPython's `bitwise_or` can produce (an atom, primary, or operator expression). */
  private isBitwiseOrLevel(e: Expr): boolean {
    if (e._type === 'List' || e._type === 'Tuple' || e._type === 'GeneratorExp') return false;
    if (e._type === 'Constant' && (e.value === true || e.value === false || e.value === null)) return false;
    if (this.isParenthesized(e)) return true;
    const t = e._type;
    return !(t === 'Lambda' || t === 'IfExp' || t === 'BoolOp' || t === 'Compare' || t === 'Yield' || t === 'YieldFrom'
      || (t === 'UnaryOp' && e.op === 'Not') || t === 'Starred' || t === 'NamedExpr');
  }

  /** Whether the node's source is directly wrapped in parentheses. */
  private isParenthesized(e: Expr): boolean {
    for (let j = 1; j < this.tokens.length; j++) {
      const tk = this.tokens[j];
      if (tk.lineno === e.lineno && tk.col === e.col_offset) return this.tokens[j - 1].kind === T.LPAR;
      if (tk.lineno > e.lineno) break;
    }
    return false;
  }

  /** CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
  private invalidTarget(e: Expr, ctx: ExprContext): Expr | null {
    switch (e._type) {
      case 'Name': case 'Attribute': case 'Subscript': return null;
      case 'Starred': return ctx === 'Del' ? e : this.invalidTarget(e.value, ctx);
      case 'Tuple': case 'List':
        for (const x of e.elts) {
          const bad = this.invalidTarget(x, ctx);
          if (bad !== null) return bad;
        }
        return null;
      case 'Compare':
        // `x in y = 1` style mistakes point at the comparison's left operand when it is fine.
        if (ctx === 'Store' && e.ops[0] === 'In') return this.invalidTarget(e.left, ctx) ?? e;
        return e;
      default: return e;
    }
  }

  /** Sets `ctx` on a target tree (CPython's _PyPegen_set_expr_context). */
  private setContext(e: Expr, ctx: ExprContext): void {
    switch (e._type) {
      case 'Name': case 'Attribute': case 'Subscript':
        e.ctx = ctx;
        return;
      case 'Starred':
        if (ctx === 'Del') throw this.errorAtNode('cannot delete starred', e);
        e.ctx = ctx;
        this.setContext(e.value, ctx);
        return;
      case 'Tuple': case 'List':
        e.ctx = ctx;
        for (const x of e.elts) this.setContext(x, ctx);
        return;
      default: {
        const bad = this.invalidTarget(e, ctx) ?? e;
        const verb = ctx === 'Del' ? 'delete' : 'assign to';
        throw this.errorAtNode(`cannot ${verb} ${exprName(bad)}`, bad);
      }
    }
  }

  private importName(): Stmt {
    const t = this.next();
    const names: Alias[] = [];
    do {
      const s = this.tok;
      const name = this.dottedName();
      const asname = this.accept(T.KW_AS) ? this.expect(T.NAME).value : null;
      names.push(this.endOf({ _type: 'alias', name, asname, lineno: s.lineno, col_offset: s.col, end_lineno: 0, end_col_offset: 0 }));
    } while (this.accept(T.COMMA));
    return this.stmtAt({ _type: 'Import', names }, t);
  }

  private dottedName(): string {
    let name = this.expect(T.NAME).value;
    while (this.accept(T.DOT)) name += '.' + this.expect(T.NAME).value;
    return name;
  }

  private importFrom(): Stmt {
    const t = this.next();
    let level = 0;
    for (;;) {
      if (this.accept(T.DOT)) level++;
      else if (this.accept(T.ELLIPSIS)) level += 3;
      else break;
    }
    let module: string | null = null;
    if (level === 0 || !this.at(T.KW_IMPORT)) module = this.dottedName();
    this.expect(T.KW_IMPORT);
    const names: Alias[] = [];
    if (this.at(T.STAR)) {
      const s = this.next();
      names.push({ _type: 'alias', name: '*', asname: null, lineno: s.lineno, col_offset: s.col, end_lineno: s.endLineno, end_col_offset: s.endCol });
    } else {
      const paren = this.accept(T.LPAR);
      for (;;) {
        const s = this.expect(T.NAME);
        const asname = this.accept(T.KW_AS) ? this.expect(T.NAME).value : null;
        names.push(this.endOf({ _type: 'alias', name: s.value, asname, lineno: s.lineno, col_offset: s.col, end_lineno: 0, end_col_offset: 0 }));
        if (!this.accept(T.COMMA)) break;
        if (paren && this.at(T.RPAR)) break;
        if (!paren && this.atExprEnd()) {
          throw this.errorAtToken('trailing comma not allowed without surrounding parentheses', this.tok);
        }
      }
      if (paren) this.expect(T.RPAR);
    }
    return this.stmtAt({ _type: 'ImportFrom', module, names, level }, t);
  }

  // ---- blocks ----

  /** `':' block` after a compound statement header; `what` names it for IndentationError. */
  private block(what: string, header: Token): Stmt[] {
    const body: Stmt[] = [];
    if (this.accept(T.NEWLINE)) {
      if (!this.at(T.INDENT)) throw this.indentationExpected(`${what} on line ${header.lineno}`);
      this.next();
      while (!this.at(T.DEDENT) && !this.at(T.ENDMARKER)) this.statement(body);
      this.accept(T.DEDENT);
      return body;
    }
    if (this.atExprEnd()) throw this.syntaxError();
    this.simpleStmts(body);
    return body;
  }

  /** "expected an indented block after ..."; at a DEDENT CPython reports column 0. */
  private indentationExpected(what: string): PySyntaxError {
    const t = this.tok;
    const e = this.errorAtBytes(`expected an indented block after ${what}`, t.lineno, t.col, t.endLineno, t.endCol, 'IndentationError');
    if (t.kind !== T.DEDENT) return e;
    return new PySyntaxError({ ...e, offset: 0, end_offset: e.end_offset });
  }

  /** A compound statement ends at the last token of its last block that is not NEWLINE/INDENT/DEDENT. */
  private lastEnd(n: Located, body: readonly Located[]): void {
    void body;
    let j = this.i - 1;
    while (j > 0) {
      const k = this.tokens[j].kind;
      if (k !== T.NEWLINE && k !== T.INDENT && k !== T.DEDENT) break;
      j--;
    }
    const t = this.tokens[j];
    n.end_lineno = t.endLineno;
    n.end_col_offset = t.endCol;
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.accept(T.AT)) {
      decorators.push(this.namedExpression());
      this.expect(T.NEWLINE);
    }
    if (this.at(T.KW_DEF)) return this.funcDef(decorators, null);
    if (this.at(T.KW_CLASS)) return this.classDef(decorators);
    if (this.at(T.KW_ASYNC) && this.peek(1).kind === T.KW_DEF) {
      const a = this.next();
      return this.funcDef(decorators, a);
    }
    throw this.syntaxError();
  }

  private funcDef(decorator_list: Expr[], asyncTok: Token | null): Stmt {
    const t = this.next();
    const start = asyncTok ?? t;
    const name = this.expect(T.NAME).value;
    this.expectForced(T.LPAR, '(');
    const args = this.parameters(T.RPAR, true);
    this.expect(T.RPAR);
    const returns = this.accept(T.RARROW) ? this.expression() : null;
    this.expectForced(T.COLON, ':');
    const what = asyncTok ? 'function definition' : 'function definition';
    const body = this.block(what, t);
    const n = {
      _type: asyncTok ? 'AsyncFunctionDef' as const : 'FunctionDef' as const, name, args, body, decorator_list, returns,
      type_comment: null, lineno: start.lineno, col_offset: start.col, end_lineno: 0, end_col_offset: 0,
    };
    this.lastEnd(n, body);
    return n;
  }

  private classDef(decorator_list: Expr[]): Stmt {
    const t = this.next();
    const name = this.expect(T.NAME).value;
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (this.accept(T.LPAR)) {
      const call = this.callArguments();
      bases = call.args;
      keywords = call.keywords;
    }
    this.expectColon();
    const body = this.block('class definition', t);
    const n: Stmt = { _type: 'ClassDef', name, bases, keywords, body, decorator_list, lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 };
    this.lastEnd(n, body);
    return n;
  }

  private ifStmt(): Stmt {
    const t = this.next();
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block(t.kind === T.KW_IF ? "'if' statement" : "'elif' statement", t);
    let orelse: Stmt[] = [];
    if (this.at(T.KW_ELIF)) {
      this.enter();
      orelse = [this.ifStmt()];
      this.depth--;
    } else if (this.at(T.KW_ELSE)) {
      const e = this.next();
      this.expectForced(T.COLON, ':');
      orelse = this.block("'else' statement", e);
    }
    const n: Stmt = { _type: 'If', test, body, orelse, lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 };
    this.lastEnd(n, orelse.length > 0 ? orelse : body);
    return n;
  }

  private whileStmt(): Stmt {
    const t = this.next();
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block("'while' statement", t);
    let orelse: Stmt[] = [];
    if (this.at(T.KW_ELSE)) {
      const e = this.next();
      this.expectForced(T.COLON, ':');
      orelse = this.block("'else' statement", e);
    }
    const n: Stmt = { _type: 'While', test, body, orelse, lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 };
    this.lastEnd(n, orelse.length > 0 ? orelse : body);
    return n;
  }

  private forStmt(asyncTok: Token | null): Stmt {
    const t = this.next();
    const start = asyncTok ?? t;
    const target = this.starTargets();
    this.expect(T.KW_IN);
    const iter = this.starExpressions(false);
    this.expectColon();
    const body = this.block("'for' statement", t);
    let orelse: Stmt[] = [];
    if (this.at(T.KW_ELSE)) {
      const e = this.next();
      this.expectForced(T.COLON, ':');
      orelse = this.block("'else' statement", e);
    }
    const n: Stmt = {
      _type: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null,
      lineno: start.lineno, col_offset: start.col, end_lineno: 0, end_col_offset: 0,
    };
    this.lastEnd(n, orelse.length > 0 ? orelse : body);
    return n;
  }

  private withStmt(asyncTok: Token | null): Stmt {
    const t = this.next();
    const start = asyncTok ?? t;
    let items: WithItem[] | null = null;
    if (this.at(T.LPAR) && this.parenthesizedWithItems()) {
      const save = this.i;
      items = this.tryParenthesizedWithItems();
      if (items === null) this.reset(save);
    }
    if (items === null) {
      items = [];
      do items.push(this.withItem()); while (this.accept(T.COMMA));
    }
    this.expectColon();
    const body = this.block("'with' statement", t);
    const n: Stmt = {
      _type: asyncTok ? 'AsyncWith' : 'With', items, body, type_comment: null,
      lineno: start.lineno, col_offset: start.col, end_lineno: 0, end_col_offset: 0,
    };
    this.lastEnd(n, body);
    return n;
  }

  private reset(i: number): void {
    this.i = i;
    this.tok = this.tokens[i];
    this.prev = this.tokens[i > 0 ? i - 1 : 0];
  }

  /** True when the `(` after `with` closes right before `:`. */
  private parenthesizedWithItems(): boolean {
    let depth = 0;
    for (let j = this.i; j < this.tokens.length; j++) {
      const k = this.tokens[j].kind;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) depth++;
      else if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) {
        if (--depth === 0) {
          const after = this.tokens[j + 1]?.kind;
          return after === T.COLON || after === T.NEWLINE;
        }
      } else if (k === T.NEWLINE || k === T.ENDMARKER) return false;
    }
    return false;
  }

  /** `'(' ','.with_item+ ','? ')'`, or null (and the caller rewinds) when it does not fit. */
  private tryParenthesizedWithItems(): WithItem[] | null {
    this.next();
    const items: WithItem[] = [];
    try {
      for (;;) {
        if (this.at(T.KW_YIELD)) return null;
        const it = this.withItem();
        items.push(it);
        if (this.accept(T.COMMA)) {
          if (this.at(T.RPAR)) break;
          continue;
        }
        break;
      }
    } catch (e) {
      if (e instanceof PySyntaxError) return null;
      throw e;
    }
    if (!this.at(T.RPAR)) return null;
    this.next();
    return items;
  }

  private withItem(): WithItem {
    const context_expr = this.expression();
    let optional_vars: Expr | null = null;
    if (this.accept(T.KW_AS)) {
      optional_vars = this.starTarget();
      this.setContext(optional_vars, 'Store');
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  private tryStmt(): Stmt {
    const t = this.next();
    this.expectForced(T.COLON, ':');
    const body = this.block("'try' statement", t);
    const handlers: ExceptHandler[] = [];
    let star = false;
    while (this.at(T.KW_EXCEPT)) {
      const e = this.next();
      const isStar = this.accept(T.STAR);
      if (isStar && this.at(T.COLON)) throw this.errorAtToken('expected one or more exception types', this.tok);
      if (handlers.length > 0 && isStar !== star) {
        throw this.errorAtToken("cannot have both 'except' and 'except*' on the same 'try'", e);
      }
      star = isStar;
      let type: Expr | null = null;
      let name: string | null = null;
      if (this.at(T.NEWLINE)) throw this.errorAtToken("expected ':'", this.tok);
      if (!this.at(T.COLON)) {
        type = this.expression();
        if (this.at(T.COMMA)) {
          throw this.errorAtBytes('multiple exception types must be parenthesized', type.lineno, type.col_offset, type.end_lineno, type.end_col_offset);
        }
        if (this.accept(T.KW_AS)) name = this.expect(T.NAME).value;
      } else if (isStar) {
        throw this.errorAtToken('expected one or more exception types', this.tok);
      }
      this.expectColon();
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", e);
      const h: ExceptHandler = { _type: 'ExceptHandler', type, name, body: hbody, lineno: e.lineno, col_offset: e.col, end_lineno: 0, end_col_offset: 0 };
      this.lastEnd(h, hbody);
      handlers.push(h);
    }
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    if (handlers.length > 0 && this.at(T.KW_ELSE)) {
      const e = this.next();
      this.expectForced(T.COLON, ':');
      orelse = this.block("'else' statement", e);
    }
    if (this.at(T.KW_FINALLY)) {
      const f = this.next();
      this.expectForced(T.COLON, ':');
      finalbody = this.block("'finally' statement", f);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      throw this.errorAtToken("expected 'except' or 'finally' block", this.tok);
    }
    const n: Stmt = {
      _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody,
      lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0,
    };
    const lastBlock = finalbody.length > 0 ? finalbody : orelse.length > 0 ? orelse : handlers.length > 0 ? handlers : body;
    this.lastEnd(n, lastBlock);
    return n;
  }

  // ---- match statement ----

  /**
   * CPython tries `match subject ':'` first and so reads the subject even when the line is
   * not a match statement: replay that read, for the furthest-token error position.
   */
  private readLikeMatch(): Token | null {
    const save = this.i;
    const furthest = this.furthest;
    let newline: Token | null = null;
    try {
      this.next();
      this.starNamedExpression();
      if (this.at(T.COMMA)) {
        while (this.accept(T.COMMA)) {
          if (this.at(T.COLON) || this.at(T.NEWLINE)) break;
          this.starNamedExpression();
        }
      }
      if (this.at(T.NEWLINE)) newline = this.tok;
    } catch (e) {
      const tail = this.tokens[this.tokens.length - 1];
      if (tail instanceof ErrorToken && tail.error === e) throw e;
    }
    const reached = this.furthest;
    this.reset(save);
    this.furthest = Math.max(furthest, reached);
    return newline;
  }

  /** `match` is a soft keyword: a statement when the logical line ends with ':'. */
  private looksLikeMatch(): boolean {
    const n = this.peek(1).kind;
    if (n === T.EQUAL || n === T.DOT || n === T.COLON || n === T.NEWLINE || n === T.COMMA
      || n === T.RPAR || n === T.SEMI || isAugAssign(n) !== null || n === T.ENDMARKER) return false;
    let depth = 0;
    let last = -1;
    for (let j = this.i + 1; j < this.tokens.length; j++) {
      const k = this.tokens[j].kind;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) depth++;
      else if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) depth--;
      else if (depth === 0 && (k === T.NEWLINE || k === T.ENDMARKER)) break;
      last = k;
    }
    return last === T.COLON;
  }

  private matchStmt(): Stmt {
    const t = this.next();
    const s = this.tok;
    let subject = this.starNamedExpression();
    if (this.at(T.COMMA)) {
      const elts = [subject];
      while (this.accept(T.COMMA)) {
        if (this.at(T.COLON)) break;
        elts.push(this.starNamedExpression());
      }
      subject = this.endOf({ _type: 'Tuple', elts, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: 0, end_col_offset: 0 });
    }
    this.expectColon();
    if (!this.accept(T.NEWLINE)) throw this.syntaxError();
    if (!this.at(T.INDENT)) throw this.indentationExpected(`'match' statement on line ${t.lineno}`);
    this.next();
    const cases: MatchCase[] = [];
    while (!this.at(T.DEDENT) && !this.at(T.ENDMARKER)) {
      if (!this.isName('case')) throw this.syntaxError();
      const c = this.next();
      const pattern = this.patterns();
      const guard = this.accept(T.KW_IF) ? this.namedExpression() : null;
      this.expectColon();
      const body = this.block("'case' statement", c);
      cases.push({ _type: 'match_case', pattern, guard, body });
    }
    this.accept(T.DEDENT);
    const n: Stmt = { _type: 'Match', subject, cases, lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 };
    const lastCase = cases[cases.length - 1];
    if (lastCase) this.lastEnd(n, lastCase.body);
    return n;
  }

  private patternAt<N extends object>(n: N, t: Token): N & Located {
    return this.stmtAt(n, t);
  }

  /** `patterns: open_sequence_pattern | pattern`. */
  private patterns(): Pattern {
    const t = this.tok;
    const first = this.maybeStarPattern();
    if (!this.at(T.COMMA)) {
      if (first._type === 'MatchStar') return this.patternAt({ _type: 'MatchSequence', patterns: [first] }, t);
      return first;
    }
    const pats = [first];
    while (this.accept(T.COMMA)) {
      if (this.at(T.COLON) || this.at(T.KW_IF)) break;
      pats.push(this.maybeStarPattern());
    }
    return this.patternAt({ _type: 'MatchSequence', patterns: pats }, t);
  }

  private maybeStarPattern(): Pattern {
    if (this.at(T.STAR)) {
      const t = this.next();
      const n = this.expect(T.NAME);
      return this.patternAt({ _type: 'MatchStar', name: n.value === '_' ? null : n.value }, t);
    }
    return this.pattern();
  }

  /** `pattern: as_pattern | or_pattern`. */
  private pattern(): Pattern {
    const t = this.tok;
    const p = this.orPattern();
    if (this.accept(T.KW_AS)) {
      if (!this.at(T.NAME)) throw this.errorAtToken('invalid pattern target', this.tok);
      const n = this.next();
      if (n.value === '_') throw this.errorAtToken("cannot use '_' as a target", n);
      return this.patternAt({ _type: 'MatchAs', pattern: p, name: n.value }, t);
    }
    return p;
  }

  private orPattern(): Pattern {
    const t = this.tok;
    const first = this.closedPattern();
    if (!this.at(T.VBAR)) return first;
    const pats = [first];
    while (this.accept(T.VBAR)) pats.push(this.closedPattern());
    return this.patternAt({ _type: 'MatchOr', patterns: pats }, t);
  }

  private closedPattern(): Pattern {
    this.enter();
    const t = this.tok;
    let r: Pattern;
    switch (t.kind) {
      case T.KW_NONE: this.next(); r = this.patternAt({ _type: 'MatchSingleton', value: null }, t); break;
      case T.KW_TRUE: this.next(); r = this.patternAt({ _type: 'MatchSingleton', value: true }, t); break;
      case T.KW_FALSE: this.next(); r = this.patternAt({ _type: 'MatchSingleton', value: false }, t); break;
      case T.NUMBER: case T.MINUS: {
        const v = this.signedNumberOrComplex();
        r = this.patternAt({ _type: 'MatchValue', value: v }, t);
        break;
      }
      case T.STRING: {
        const v = this.strings();
        r = this.patternAt({ _type: 'MatchValue', value: v }, t);
        break;
      }
      case T.LPAR: case T.LSQB: {
        this.next();
        const close = t.kind === T.LPAR ? T.RPAR : T.RSQB;
        if (this.accept(close)) { r = this.patternAt({ _type: 'MatchSequence', patterns: [] }, t); break; }
        const first = this.maybeStarPattern();
        if (t.kind === T.LPAR && this.at(T.RPAR) && first._type !== 'MatchStar') {
          this.next();
          r = first;
          break;
        }
        const pats = [first];
        while (this.accept(T.COMMA)) {
          if (this.at(close)) break;
          pats.push(this.maybeStarPattern());
        }
        this.expect(close);
        r = this.patternAt({ _type: 'MatchSequence', patterns: pats }, t);
        break;
      }
      case T.LBRACE: r = this.mappingPattern(); break;
      case T.NAME: {
        if (this.peek(1).kind !== T.DOT && this.peek(1).kind !== T.LPAR) {
          this.next();
          r = this.patternAt({ _type: 'MatchAs', pattern: null, name: t.value === '_' ? null : t.value }, t);
          break;
        }
        const value = this.nameOrAttr();
        if (this.at(T.LPAR)) { r = this.classPattern(value, t); break; }
        r = this.patternAt({ _type: 'MatchValue', value }, t);
        break;
      }
      default:
        throw this.syntaxError();
    }
    this.depth--;
    return r;
  }

  private nameOrAttr(): Expr {
    const t = this.expect(T.NAME);
    let e: Expr = { _type: 'Name', id: t.value, ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
    while (this.accept(T.DOT)) {
      const n = this.expect(T.NAME);
      e = { _type: 'Attribute', value: e, attr: n.value, ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: n.endLineno, end_col_offset: n.endCol };
    }
    return e;
  }

  /** signed_number and complex_number: `-1`, `1+2j`, `-1-2j`. */
  private signedNumberOrComplex(): Expr {
    const t = this.tok;
    let e: Expr;
    if (this.accept(T.MINUS)) {
      const n = this.expect(T.NUMBER);
      const operand = this.numberConstant(n);
      e = { _type: 'UnaryOp', op: 'USub', operand, lineno: t.lineno, col_offset: t.col, end_lineno: n.endLineno, end_col_offset: n.endCol };
    } else {
      e = this.numberConstant(this.expect(T.NUMBER));
    }
    if (this.at(T.PLUS) || this.at(T.MINUS)) {
      const op = this.next().kind === T.PLUS ? 'Add' : 'Sub';
      const n = this.expect(T.NUMBER);
      const right = this.numberConstant(n);
      const v = right.value;
      if (typeof v !== 'object' || v === null || v.kind !== 'complex') {
        throw this.errorAtNode('imaginary number required in complex literal', right);
      }
      e = { _type: 'BinOp', left: e, op, right, lineno: t.lineno, col_offset: t.col, end_lineno: n.endLineno, end_col_offset: n.endCol };
    }
    return e;
  }

  private numberConstant(n: Token): ConstantNode {
    return { _type: 'Constant', value: parseNumber(n.value), kind: null, lineno: n.lineno, col_offset: n.col, end_lineno: n.endLineno, end_col_offset: n.endCol };
  }

  private mappingPattern(): Pattern {
    const t = this.next();
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    while (!this.at(T.RBRACE)) {
      if (this.accept(T.DOUBLESTAR)) {
        if (this.isName('_')) throw this.syntaxError();
        rest = this.expect(T.NAME).value;
        this.accept(T.COMMA);
        break;
      }
      const k = this.tok;
      let key: Expr;
      if (k.kind === T.NUMBER || k.kind === T.MINUS) key = this.signedNumberOrComplex();
      else if (k.kind === T.STRING) key = this.strings();
      else if (k.kind === T.KW_NONE || k.kind === T.KW_TRUE || k.kind === T.KW_FALSE) {
        this.next();
        key = { _type: 'Constant', value: k.kind === T.KW_NONE ? null : k.kind === T.KW_TRUE, kind: null, lineno: k.lineno, col_offset: k.col, end_lineno: k.endLineno, end_col_offset: k.endCol };
      } else if (k.kind === T.NAME && this.peek(1).kind === T.DOT) key = this.nameOrAttr();
      else throw this.syntaxError();
      keys.push(key);
      this.expect(T.COLON);
      patterns.push(this.pattern());
      if (!this.accept(T.COMMA)) break;
    }
    this.expect(T.RBRACE);
    return this.patternAt({ _type: 'MatchMapping', keys, patterns, rest }, t);
  }

  private classPattern(cls: Expr, t: Token): Pattern {
    this.next();
    const patterns: Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: Pattern[] = [];
    while (!this.at(T.RPAR)) {
      if (this.at(T.NAME) && this.peek(1).kind === T.EQUAL) {
        kwd_attrs.push(this.next().value);
        this.next();
        kwd_patterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwd_attrs.length > 0) throw this.errorAtNode('positional patterns follow keyword patterns', p);
        patterns.push(p);
      }
      if (!this.accept(T.COMMA)) break;
    }
    this.expect(T.RPAR);
    return this.patternAt({ _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns }, t);
  }

  // ---- targets ----

  /** `star_targets`: a target list (tuple when there is a comma), for `for` and comprehensions. */
  private starTargets(): Expr {
    const t = this.tok;
    const first = this.starTarget();
    if (!this.at(T.COMMA)) {
      this.setContext(first, 'Store');
      return first;
    }
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (this.at(T.KW_IN) || this.at(T.EQUAL) || this.at(T.RPAR) || this.at(T.COLON)) break;
      elts.push(this.starTarget());
    }
    const tup: Expr = this.endOf({ _type: 'Tuple', elts, ctx: 'Store', lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
    this.setContext(tup, 'Store');
    return tup;
  }

  private starTarget(): Expr {
    if (this.at(T.STAR)) {
      const t = this.next();
      if (this.at(T.STAR)) throw this.syntaxError();
      const value = this.starTarget();
      return this.endOf({ _type: 'Starred', value, ctx: 'Store', lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
    }
    return this.target(false);
  }

  /** A single target: a primary (name, attribute, subscript, or bracketed target list). */
  private target(del: boolean): Expr {
    const e = this.primary();
    if (del && e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript' && e._type !== 'Tuple' && e._type !== 'List') {
      throw this.syntaxError();
    }
    return e;
  }

  // ---- expressions ----

  /** `star_expressions`: possibly a tuple without parentheses. */
  private starExpressions(stmt: boolean): Expr {
    const t = this.tok;
    const first = this.starExpression();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.accept(T.COMMA)) {
      const k = this.tok.kind;
      if (k === T.NEWLINE || k === T.SEMI || k === T.EQUAL || k === T.ENDMARKER || k === T.COLON
        || k === T.RPAR || k === T.RSQB || k === T.RBRACE || isAugAssign(k) !== null) break;
      if (stmt && k === T.KW_YIELD) break;
      elts.push(this.starExpression());
    }
    return this.endOf({ _type: 'Tuple', elts, ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
  }

  private starExpression(): Expr {
    if (this.at(T.STAR)) {
      const t = this.next();
      const value = this.bitwiseOr();
      return this.endOf({ _type: 'Starred', value, ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
    }
    return this.expression();
  }

  private starNamedExpression(): Expr {
    if (this.at(T.STAR)) {
      const t = this.next();
      const value = this.bitwiseOr();
      return this.endOf({ _type: 'Starred', value, ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
    }
    return this.namedExpression();
  }

  /** `named_expression: NAME ':=' expression | expression !':='`. */
  private namedExpression(inCall = false): Expr {
    const t = this.tok;
    if (t.kind === T.NAME && this.peek(1).kind === T.COLONEQUAL) {
      this.next();
      this.next();
      const value = this.expression();
      const target: Expr = { _type: 'Name', id: t.value, ctx: 'Store', lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      return { _type: 'NamedExpr', target, value, lineno: t.lineno, col_offset: t.col, end_lineno: this.prev.endLineno, end_col_offset: this.prev.endCol };
    }
    const e = this.expression();
    if (this.at(T.COLONEQUAL) && this.speculateExpr(false) !== null) throw this.errorAtNode(`cannot use assignment expressions with ${exprName(e)}`, e);
    if (!inCall && this.at(T.EQUAL) && this.peek(1).kind !== T.EQUAL) this.invalidNamedAssignment(e);
    return e;
  }

  /** `if x = 1:` and friends (CPython's invalid_named_expression). */
  private invalidNamedAssignment(e: Expr): void {
    const save = this.i;
    const eq = this.tok;
    this.next();
    const k = this.tok.kind;
    if (k === T.NEWLINE || k === T.ENDMARKER || k === T.RPAR || k === T.COLON || k === T.COMMA) {
      this.reset(save);
      return;
    }
    this.reset(save);
    const r = this.speculate(() => {
      this.next();
      return { rhs: this.bitwiseOr(), after: this.tok.kind };
    });
    if (r === null || r.after === T.EQUAL || r.after === T.COLONEQUAL) return;
    const rhs = r.rhs;
    if (e._type === 'Name') {
      throw this.errorAtBytes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.lineno, e.col_offset, rhs.end_lineno, rhs.end_col_offset);
    }
    if (e._type !== 'List' && e._type !== 'Tuple' && e._type !== 'GeneratorExp'
      && !(e._type === 'Constant' && (e.value === true || e.value === false || e.value === null))) {
      throw this.errorAtNode(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
    }
    void eq;
  }

  /** `expression: disjunction ['if' disjunction 'else' expression] | lambdef`. */
  expression(): Expr {
    this.enter();
    let r: Expr;
    if (this.at(T.KW_LAMBDA)) {
      r = this.lambdef();
    } else {
      const st = this.tok;
      const body = this.disjunction();
      if (this.at(T.KW_IF)) {
        this.next();
        const test = this.disjunction();
        if (!this.at(T.KW_ELSE)) {
          if (this.at(T.COLON)) throw this.syntaxError();
          throw this.errorAtBytes("expected 'else' after 'if' expression", body.lineno, body.col_offset, this.prev.endLineno, this.prev.endCol);
        }
        this.next();
        const orelse = this.expression();
        r = this.endOf({ _type: 'IfExp', test, body, orelse, lineno: st.lineno, col_offset: st.col, end_lineno: 0, end_col_offset: 0 });
      } else {
        r = body;
      }
    }
    this.depth--;
    return r;
  }

  private lambdef(): Expr {
    const t = this.next();
    const args = this.parameters(T.COLON, false);
    this.expect(T.COLON);
    const body = this.expression();
    return this.endOf({ _type: 'Lambda', args, body, lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
  }

  private disjunction(): Expr {
    const st = this.tok;
    const first = this.conjunction();
    if (!this.at(T.KW_OR)) return first;
    const values = [first];
    while (this.accept(T.KW_OR)) values.push(this.conjunction());
    return this.endOf({ _type: 'BoolOp', op: 'Or', values, lineno: st.lineno, col_offset: st.col, end_lineno: 0, end_col_offset: 0 });
  }

  private conjunction(): Expr {
    const st = this.tok;
    const first = this.inversion();
    if (!this.at(T.KW_AND)) return first;
    const values = [first];
    while (this.accept(T.KW_AND)) values.push(this.inversion());
    return this.endOf({ _type: 'BoolOp', op: 'And', values, lineno: st.lineno, col_offset: st.col, end_lineno: 0, end_col_offset: 0 });
  }

  private inversion(): Expr {
    if (this.at(T.KW_NOT)) {
      const t = this.next();
      this.enter();
      const operand = this.inversion();
      this.depth--;
      return this.endOf({ _type: 'UnaryOp', op: 'Not', operand, lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
    }
    return this.comparison();
  }

  private compareOp(): CmpOpKind | null {
    switch (this.tok.kind) {
      case T.EQEQUAL: this.next(); return 'Eq';
      case T.NOTEQUAL: this.next(); return 'NotEq';
      case T.LESS: this.next(); return 'Lt';
      case T.LESSEQUAL: this.next(); return 'LtE';
      case T.GREATER: this.next(); return 'Gt';
      case T.GREATEREQUAL: this.next(); return 'GtE';
      case T.KW_IN: this.next(); return 'In';
      case T.KW_NOT:
        if (this.peek(1).kind === T.KW_IN) { this.next(); this.next(); return 'NotIn'; }
        return null;
      case T.KW_IS:
        this.next();
        if (this.accept(T.KW_NOT)) return 'IsNot';
        return 'Is';
      default: return null;
    }
  }

  private comparison(): Expr {
    const st = this.tok;
    const left = this.bitwiseOr();
    let op = this.compareOp();
    if (op === null) return left;
    const ops: CmpOpKind[] = [];
    const comparators: Expr[] = [];
    while (op !== null) {
      ops.push(op);
      comparators.push(this.bitwiseOr());
      op = this.compareOp();
    }
    return this.endOf({ _type: 'Compare', left, ops, comparators, lineno: st.lineno, col_offset: st.col, end_lineno: 0, end_col_offset: 0 });
  }

  private bitwiseOr(): Expr {
    return this.binary(1);
  }

  /** Left-associative binary operators by precedence climbing (bitwise_or down to term). */
  private binary(minPrec: number): Expr {
    const st = this.tok;
    let left = this.factor();
    let chain = 0;
    for (;;) {
      const prec = binaryPrecedence(this.tok.kind);
      if (prec < minPrec || prec === 0) return left;
      const op = binaryOperator(this.next().kind);
      const right = prec === 6 ? this.factor() : this.binary(prec + 1);
      if (++chain + this.depth > MAX_DEPTH) throw this.errorAtNode('too complex', right);
      left = this.endOf({ _type: 'BinOp', left, op, right, lineno: st.lineno, col_offset: st.col, end_lineno: 0, end_col_offset: 0 });
    }
  }

  private factor(): Expr {
    const k = this.tok.kind;
    if (k === T.MINUS || k === T.PLUS || k === T.TILDE) {
      const t = this.next();
      this.enter();
      const operand = this.factor();
      this.depth--;
      return this.endOf({ _type: 'UnaryOp', op: k === T.MINUS ? 'USub' : k === T.PLUS ? 'UAdd' : 'Invert', operand, lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
    }
    return this.power();
  }

  private power(): Expr {
    const st = this.tok;
    let left: Expr;
    if (this.at(T.KW_AWAIT)) {
      const t = this.next();
      const value = this.primary();
      left = this.endOf({ _type: 'Await', value, lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
    } else {
      left = this.primary();
    }
    if (this.accept(T.DOUBLESTAR)) {
      this.enter();
      const right = this.factor();
      this.depth--;
      return this.endOf({ _type: 'BinOp', left, op: 'Pow', right, lineno: st.lineno, col_offset: st.col, end_lineno: 0, end_col_offset: 0 });
    }
    return left;
  }

  /** `primary`: an atom followed by `.name`, `(args)` and `[slices]`. */
  private primary(): Expr {
    const st = this.tok;
    let e = this.atom();
    let chain = this.depth;
    for (;;) {
      const k = this.tok.kind;
      if (++chain > MAX_DEPTH) throw this.errorAtToken('too complex', this.tok);
      if (k === T.DOT) {
        this.next();
        const n = this.expect(T.NAME);
        e = { _type: 'Attribute', value: e, attr: n.value, ctx: 'Load', lineno: st.lineno, col_offset: st.col, end_lineno: n.endLineno, end_col_offset: n.endCol };
      } else if (k === T.LPAR) {
        const open = this.next();
        const call = this.callArguments(open);
        e = { _type: 'Call', func: e, args: call.args, keywords: call.keywords, lineno: st.lineno, col_offset: st.col, end_lineno: this.prev.endLineno, end_col_offset: this.prev.endCol };
      } else if (k === T.LSQB) {
        this.next();
        const slice = this.slices();
        const close = this.expect(T.RSQB);
        e = { _type: 'Subscript', value: e, slice, ctx: 'Load', lineno: st.lineno, col_offset: st.col, end_lineno: close.endLineno, end_col_offset: close.endCol };
      } else {
        return e;
      }
    }
  }

  private slices(): Expr {
    const t = this.tok;
    const first = this.slice();
    if (!this.at(T.COMMA) && first._type !== 'Starred') return first;
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (this.at(T.RSQB)) break;
      elts.push(this.slice());
    }
    return this.endOf({ _type: 'Tuple', elts, ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
  }

  private slice(): Expr {
    const t = this.tok;
    if (t.kind === T.STAR) return this.starExpression();
    let lower: Expr | null = null;
    if (t.kind !== T.COLON) {
      lower = this.namedExpression();
      if (!this.at(T.COLON)) return lower;
      if (lower._type === 'NamedExpr') throw this.syntaxError();
    }
    this.next();
    let upper: Expr | null = null;
    let step: Expr | null = null;
    let k = this.tok.kind;
    if (k !== T.COLON && k !== T.COMMA && k !== T.RSQB) upper = this.expression();
    if (this.accept(T.COLON)) {
      k = this.tok.kind;
      if (k !== T.COMMA && k !== T.RSQB) step = this.expression();
    }
    return this.endOf({ _type: 'Slice', lower, upper, step, lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
  }

  /** Call arguments after `(` up to and including `)`; a lone generator takes the parentheses. */
  private callArguments(open: Token | null = null): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKeywordUnpack = false;
    while (!this.at(T.RPAR)) {
      const t = this.tok;
      if (t.kind === T.DOUBLESTAR) {
        this.next();
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: null, value, lineno: t.lineno, col_offset: t.col, end_lineno: this.prev.endLineno, end_col_offset: this.prev.endCol });
        sawKeywordUnpack = true;
      } else if (t.kind === T.STAR) {
        if (sawKeywordUnpack) throw this.errorAtToken('iterable argument unpacking follows keyword argument unpacking', t);
        this.next();
        const value = this.expression();
        args.push({ _type: 'Starred', value, ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: this.prev.endLineno, end_col_offset: this.prev.endCol });
      } else if (t.kind === T.NAME && this.peek(1).kind === T.EQUAL) {
        this.next();
        this.next();
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: t.value, value, lineno: t.lineno, col_offset: t.col, end_lineno: this.prev.endLineno, end_col_offset: this.prev.endCol });
      } else {
        const e = this.namedExpression(true);
        if (this.at(T.EQUAL)) {
          if (e._type === 'Constant' && (e.value === true || e.value === false || e.value === null)) {
            throw this.errorAtBytes(`cannot assign to ${exprName(e)}`, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
          }
          throw this.errorAtBytes('expression cannot contain assignment, perhaps you meant "=="?', e.lineno, e.col_offset, this.tok.endLineno, this.tok.endCol);
        }
        if (this.at(T.KW_FOR) || this.at(T.KW_ASYNC)) {
          if (open === null) throw this.syntaxError();
          const generators = this.comprehensionClauses();
          if (args.length === 0 && keywords.length === 0 && this.at(T.RPAR)) {
            const close = this.tok;
            args.push({ _type: 'GeneratorExp', elt: e, generators, lineno: open.lineno, col_offset: open.col, end_lineno: close.endLineno, end_col_offset: close.endCol });
            continue;
          }
          const last = this.prev;
          throw this.errorAtBytes('Generator expression must be parenthesized', e.lineno, e.col_offset, last.endLineno, last.endCol);
        }
        if (keywords.length > 0) {
          const at = this.closingToken();
          throw this.errorAtToken(sawKeywordUnpack ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument', at);
        }
        args.push(e);
      }
      if (!this.accept(T.COMMA)) {
        const last = args.length > 0 && keywords.length === 0 ? args[args.length - 1] : null;
        if (last !== null && !this.at(T.RPAR)) this.expectClose(T.RPAR, last);
        break;
      }
    }
    this.expect(T.RPAR);
    return { args, keywords };
  }

  /** One or more `for ... in ... if ...` clauses. */
  private comprehensionClauses(): Comprehension[] {
    const gens: Comprehension[] = [];
    for (;;) {
      let is_async = 0;
      if (this.at(T.KW_ASYNC) && this.peek(1).kind === T.KW_FOR) {
        this.next();
        is_async = 1;
      } else if (!this.at(T.KW_FOR)) {
        break;
      }
      this.next();
      const target = this.starTargets();
      this.expect(T.KW_IN);
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.accept(T.KW_IF)) ifs.push(this.disjunction());
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async });
    }
    return gens;
  }

  private yieldExpr(): Expr {
    const t = this.next();
    if (this.accept(T.KW_FROM)) {
      const value = this.expression();
      return { _type: 'YieldFrom', value, lineno: t.lineno, col_offset: t.col, end_lineno: this.prev.endLineno, end_col_offset: this.prev.endCol };
    }
    const k = this.tok.kind;
    const value = k === T.RPAR || k === T.NEWLINE || k === T.SEMI || k === T.EQUAL || k === T.ENDMARKER
      || k === T.RSQB || k === T.RBRACE ? null : this.starExpressions(false);
    return this.endOf({ _type: 'Yield', value, lineno: t.lineno, col_offset: t.col, end_lineno: 0, end_col_offset: 0 });
  }

  private atom(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case T.NAME:
        this.next();
        return { _type: 'Name', id: t.value, ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      case T.NUMBER:
        this.next();
        return this.numberConstant(t);
      case T.STRING:
        return this.strings();
      case T.KW_NONE: case T.KW_TRUE: case T.KW_FALSE:
        this.next();
        return { _type: 'Constant', value: t.kind === T.KW_NONE ? null : t.kind === T.KW_TRUE, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      case T.ELLIPSIS:
        this.next();
        return { _type: 'Constant', value: ELLIPSIS, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      case T.LPAR: return this.parenAtom();
      case T.LSQB: return this.listAtom();
      case T.LBRACE: return this.braceAtom();
      default:
        throw this.syntaxError();
    }
  }

  private parenAtom(): Expr {
    const open = this.next();
    this.enter();
    let r: Expr;
    if (this.at(T.RPAR)) {
      const close = this.next();
      r = { _type: 'Tuple', elts: [], ctx: 'Load', lineno: open.lineno, col_offset: open.col, end_lineno: close.endLineno, end_col_offset: close.endCol };
    } else if (this.at(T.KW_YIELD)) {
      r = this.yieldExpr();
      this.expect(T.RPAR);
    } else {
      const first = this.starNamedExpression();
      if (this.at(T.KW_FOR) || this.at(T.KW_ASYNC)) {
        if (first._type === 'Starred') throw this.errorAtNode('iterable unpacking cannot be used in comprehension', first);
        const generators = this.comprehensionClauses();
        const close = this.expect(T.RPAR);
        r = { _type: 'GeneratorExp', elt: first, generators, lineno: open.lineno, col_offset: open.col, end_lineno: close.endLineno, end_col_offset: close.endCol };
      } else if (this.at(T.COMMA)) {
        const elts = [first];
        while (this.accept(T.COMMA)) {
          if (this.at(T.RPAR)) break;
          elts.push(this.starNamedExpression());
        }
        this.expectClose(T.RPAR, elts[elts.length - 1]);
        r = this.endOf({ _type: 'Tuple', elts, ctx: 'Load', lineno: open.lineno, col_offset: open.col, end_lineno: 0, end_col_offset: 0 });
      } else {
        this.expectClose(T.RPAR, first);
        if (first._type === 'Starred') throw this.errorAtNode('cannot use starred expression here', first);
        r = first;
      }
    }
    this.depth--;
    return r;
  }

  /** The closing bracket of a display; a juxtaposed expression is "Perhaps you forgot a comma?". */
  private expectClose(kind: number, last: Expr): void {
    if (this.tok.kind === kind) {
      this.next();
      return;
    }
    const k = this.tok.kind;
    if (k === T.NAME || k === T.NUMBER || k === T.STRING || k === T.LPAR || k === T.LSQB || k === T.LBRACE
      || k === T.KW_NONE || k === T.KW_TRUE || k === T.KW_FALSE || k === T.KW_LAMBDA || k === T.KW_NOT || k === T.MINUS || k === T.TILDE
      || k === T.ELLIPSIS || k === T.PLUS || k === T.KW_AWAIT) {
      const next = this.speculate(() => this.expression());
      // CPython's invalid_expression is guarded by !(NAME STRING | SOFT_KEYWORD) at the first expression.
      const first = this.tokens.find((tk) => tk.lineno === last.lineno && tk.col === last.col_offset);
      const firstIdx = first === undefined ? -1 : this.tokens.indexOf(first);
      const guarded = first !== undefined && first.kind === T.NAME
        && (first.value === 'match' || first.value === 'case' || first.value === '_' || this.tokens[firstIdx + 1]?.kind === T.STRING);
      if (next !== null && !guarded) {
        throw this.errorAtBytes('invalid syntax. Perhaps you forgot a comma?', last.lineno, last.col_offset, next.end_lineno, next.end_col_offset);
      }
    }
    throw this.syntaxError();
  }

  private listAtom(): Expr {
    const open = this.next();
    this.enter();
    let r: Expr;
    if (this.at(T.RSQB)) {
      const close = this.next();
      r = { _type: 'List', elts: [], ctx: 'Load', lineno: open.lineno, col_offset: open.col, end_lineno: close.endLineno, end_col_offset: close.endCol };
    } else {
      const first = this.starNamedExpression();
      if (this.at(T.KW_FOR) || this.at(T.KW_ASYNC)) {
        if (first._type === 'Starred') throw this.errorAtNode('iterable unpacking cannot be used in comprehension', first);
        const generators = this.comprehensionClauses();
        const close = this.expect(T.RSQB);
        r = { _type: 'ListComp', elt: first, generators, lineno: open.lineno, col_offset: open.col, end_lineno: close.endLineno, end_col_offset: close.endCol };
      } else {
        const elts = [first];
        while (this.accept(T.COMMA)) {
          if (this.at(T.RSQB)) break;
          elts.push(this.starNamedExpression());
          if (this.at(T.KW_FOR)) {
            throw this.errorAtBytes('did you forget parentheses around the comprehension target?', first.lineno, first.col_offset, elts[elts.length - 1].end_lineno, elts[elts.length - 1].end_col_offset);
          }
        }
        this.expectClose(T.RSQB, elts[elts.length - 1]);
        r = this.endOf({ _type: 'List', elts, ctx: 'Load', lineno: open.lineno, col_offset: open.col, end_lineno: 0, end_col_offset: 0 });
      }
    }
    this.depth--;
    return r;
  }

  private braceAtom(): Expr {
    const open = this.next();
    this.enter();
    let r: Expr;
    if (this.at(T.RBRACE)) {
      const close = this.next();
      r = { _type: 'Dict', keys: [], values: [], lineno: open.lineno, col_offset: open.col, end_lineno: close.endLineno, end_col_offset: close.endCol };
    } else if (this.at(T.DOUBLESTAR) || this.isDictStart()) {
      r = this.dictDisplay(open);
    } else {
      const first = this.starNamedExpression();
      if (this.at(T.KW_FOR) || this.at(T.KW_ASYNC)) {
        if (first._type === 'Starred') throw this.errorAtNode('iterable unpacking cannot be used in comprehension', first);
        const generators = this.comprehensionClauses();
        const close = this.expect(T.RBRACE);
        r = { _type: 'SetComp', elt: first, generators, lineno: open.lineno, col_offset: open.col, end_lineno: close.endLineno, end_col_offset: close.endCol };
      } else {
        const elts = [first];
        while (this.accept(T.COMMA)) {
          if (this.at(T.RBRACE)) break;
          elts.push(this.starNamedExpression());
          if (this.at(T.KW_FOR)) {
            throw this.errorAtBytes('did you forget parentheses around the comprehension target?', first.lineno, first.col_offset, elts[elts.length - 1].end_lineno, elts[elts.length - 1].end_col_offset);
          }
        }
        this.expectClose(T.RBRACE, elts[elts.length - 1]);
        r = this.endOf({ _type: 'Set', elts, lineno: open.lineno, col_offset: open.col, end_lineno: 0, end_col_offset: 0 });
      }
    }
    this.depth--;
    return r;
  }

  /** After `{`: does a `:` follow the first expression at depth 0 (a dict)? */
  private isDictStart(): boolean {
    let depth = 0;
    let lambdas = 0;
    for (let j = this.i; j < this.tokens.length; j++) {
      const k = this.tokens[j].kind;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) depth++;
      else if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0) {
        if (k === T.KW_LAMBDA) lambdas++;
        else if (k === T.COLON) {
          if (lambdas > 0) lambdas--;
          else return true;
        } else if (k === T.COMMA || k === T.KW_FOR || k === T.COLONEQUAL) return false;
        else if (k === T.NEWLINE || k === T.ENDMARKER) return false;
      }
    }
    return false;
  }

  private dictDisplay(open: Token): Expr {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    for (;;) {
      if (this.at(T.DOUBLESTAR)) {
        const st = this.next();
        keys.push(null);
        values.push(this.bitwiseOr());
        if (keys.length === 1 && (this.at(T.KW_FOR) || this.at(T.KW_ASYNC))) {
          throw this.errorAtBytes('dict unpacking cannot be used in dict comprehension', st.lineno, st.col, this.prev.endLineno, this.prev.endCol);
        }
      } else {
        const k = this.expression();
        if (!this.at(T.COLON)) {
          const kt = this.prev;
          throw this.errorAtBytes("':' expected after dictionary key", kt.lineno, kt.col, kt.endLineno, kt.endCol);
        }
        const colon = this.next();
        if (this.at(T.STAR)) throw this.errorAtToken('cannot use a starred expression in a dictionary value', this.tok);
        if (this.at(T.RBRACE) || this.at(T.COMMA)) throw this.errorAtToken("expression expected after dictionary key and ':'", colon);
        const v = this.expression();
        if (keys.length === 0 && (this.at(T.KW_FOR) || this.at(T.KW_ASYNC))) {
          const generators = this.comprehensionClauses();
          const close = this.expect(T.RBRACE);
          return { _type: 'DictComp', key: k, value: v, generators, lineno: open.lineno, col_offset: open.col, end_lineno: close.endLineno, end_col_offset: close.endCol };
        }
        keys.push(k);
        values.push(v);
      }
      if (!this.accept(T.COMMA)) break;
      if (this.at(T.RBRACE)) break;
    }
    this.expectClose(T.RBRACE, values[values.length - 1]);
    return this.endOf({ _type: 'Dict', keys: keys as Expr[], values, lineno: open.lineno, col_offset: open.col, end_lineno: 0, end_col_offset: 0 });
  }

  // ---- parameters ----

  /** Function or lambda parameters up to (not including) `close`. */
  private parameters(close: number, annotations: boolean): Arguments {
    const posonlyargs: Arg[] = [];
    let args: Arg[] = [];
    const defaults: Expr[] = [];
    let vararg: Arg | null = null;
    const kwonlyargs: Arg[] = [];
    const kw_defaults: (Expr | null)[] = [];
    let kwarg: Arg | null = null;
    let sawStar = false;
    let sawSlash = false;
    while (!this.at(close)) {
      const t = this.tok;
      if (kwarg !== null) throw this.errorAtToken('arguments cannot follow var-keyword argument', t);
      if (t.kind === T.SLASH) {
        if (sawSlash) throw this.errorAtToken('/ may appear only once', t);
        if (sawStar) throw this.errorAtToken('/ must be ahead of *', t);
        if (args.length === 0) {
          if (this.tokens[this.i + 1]?.kind === T.COMMA) throw this.errorAtToken('at least one argument must precede /', t);
          throw this.syntaxError();
        }
        this.next();
        if (this.at(T.STAR)) throw this.errorAtToken('expected comma between / and *', this.tok);
        sawSlash = true;
        posonlyargs.push(...args);
        args = [];
      } else if (t.kind === T.STAR) {
        if (sawStar) throw this.errorAtToken('* argument may appear only once', t);
        this.next();
        sawStar = true;
        if (this.at(T.COMMA) || this.at(close)) {
          const after = this.peek(1);
          if (this.at(close) || after.kind === close || after.kind === T.DOUBLESTAR) {
            // def: at the '*'; lambda: at the last token read (CPython's RAISE_SYNTAX_ERROR).
            throw this.errorAtToken('named arguments must follow bare *', annotations ? t : this.at(close) ? this.tok : after);
          }
        } else {
          vararg = this.param(annotations, true);
          if (this.at(T.EQUAL)) throw this.errorAtToken('var-positional argument cannot have default value', this.tok);
        }
      } else if (t.kind === T.DOUBLESTAR) {
        this.next();
        kwarg = this.param(annotations, false);
        if (this.at(T.EQUAL)) throw this.errorAtToken('var-keyword argument cannot have default value', this.tok);
      } else if (t.kind === T.LPAR && !sawStar && defaults.length === 0 && this.parenthesizedNames()) {
        throw this.errorAtToken(annotations ? 'Function parameters cannot be parenthesized' : 'Lambda expression parameters cannot be parenthesized', t);
      } else {
        const a = this.param(annotations, false);
        let d: Expr | null = null;
        if (this.at(T.EQUAL)) {
          const eq = this.next();
          const k = this.tok.kind;
          if (k === T.COMMA || k === close) throw this.errorAtToken('expected default value expression', eq);
          d = this.expression();
        }
        if (sawStar) {
          kwonlyargs.push(a);
          kw_defaults.push(d);
        } else {
          if (d !== null) defaults.push(d);
          else if (defaults.length > 0) throw this.errorAtNode('non-default argument follows default argument', a);
          args.push(a);
        }
      }
      if (!this.accept(T.COMMA)) break;
    }
    return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kw_defaults as Expr[], kwarg, defaults };
  }

  private param(annotations: boolean, star: boolean): Arg {
    const n = this.expect(T.NAME);
    let annotation: Expr | null = null;
    if (annotations && this.accept(T.COLON)) annotation = star ? this.starExpression() : this.expression();
    return this.endOf({ _type: 'arg', arg: n.value, annotation, type_comment: null, lineno: n.lineno, col_offset: n.col, end_lineno: 0, end_col_offset: 0 });
  }

  // ---- strings ----

  /** One or more adjacent STRING tokens (CPython's _PyPegen_concatenate_strings). */
  private strings(): Expr {
    const first = this.tok;
    const toks: Token[] = [];
    while (this.at(T.STRING)) toks.push(this.next());
    const last = this.prev;
    const pos: Pos = { lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol };
    const kind = first.value.charCodeAt(0) === 117 ? 'u' : null;
    let bytesCount = 0;
    let fmode = false;
    for (const t of toks) {
      const parts = stringParts(t.value);
      if (parts.bytes) bytesCount++;
      if (parts.fstring) fmode = true;
    }
    if (bytesCount !== 0 && bytesCount !== toks.length) {
      throw this.errorAtToken('cannot mix bytes and nonbytes literals', this.tok);
    }
    if (bytesCount > 0) {
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (const t of toks) {
        const parts = stringParts(t.value);
        const b = decodeBytes(t.value, parts.bodyStart, parts.bodyEnd, parts.raw);
        if (b instanceof LiteralError) {
          if (b.msg.startsWith('bytes can only')) throw this.errorAtBytes(b.msg, t.lineno, t.col);
          throw this.errorAtToken(b.msg, this.tok);
        }
        chunks.push(b);
        total += b.length;
      }
      const value = new Uint8Array(total);
      let off = 0;
      for (const c of chunks) { value.set(c, off); off += c.length; }
      return { _type: 'Constant', value: { kind: 'bytes', value }, kind: null, ...pos };
    }
    if (!fmode) {
      let s: StrValue = '';
      for (const t of toks) s = strConcat(s, this.decodeStr(t));
      return { _type: 'Constant', value: s, kind, ...pos };
    }
    // f-string mode: literal pieces merge; fields become FormattedValue.
    const values: Expr[] = [];
    const acc: { text: StrValue } = { text: '' };
    for (const t of toks) {
      const parts = stringParts(t.value);
      if (!parts.fstring) {
        acc.text = strConcat(acc.text, this.decodeStr(t));
        continue;
      }
      let pieces: FStringPiece[] | FStringError;
      try {
        pieces = splitFString(t.value, parts.bodyStart, parts.bodyEnd, parts.raw, 0);
      } catch (e) {
        if (e instanceof FStringError) pieces = e;
        else throw e;
      }
      if (pieces instanceof FStringError) throw this.errorAtToken(pieces.msg, this.tok);
      this.fstringValues(pieces, t, pos, kind, values, acc);
    }
    if (acc.text !== '') values.push({ _type: 'Constant', value: acc.text, kind, ...pos });
    return { _type: 'JoinedStr', values, ...pos };
  }

  private decodeStr(t: Token): StrValue {
    const parts = stringParts(t.value);
    if (parts.raw) return t.value.slice(parts.bodyStart, parts.bodyEnd);
    const r = decodeStrEscapes(t.value, parts.bodyStart, parts.bodyEnd);
    if (r instanceof LiteralError) throw this.errorAtToken(r.msg, this.tok);
    return r;
  }

  private fstringValues(pieces: FStringPiece[], t: Token, pos: Pos, kind: string | null, values: Expr[], acc: { text: StrValue }): void {
    for (const p of pieces) {
      if (p.kind === 'literal') {
        acc.text = strConcat(acc.text, p.text);
        continue;
      }
      if (acc.text !== '') {
        values.push({ _type: 'Constant', value: acc.text, kind, ...pos });
        acc.text = '';
      }
      const value = this.compileFStringExpr(t, p.exprStart, p.exprEnd);
      let format_spec: Expr | null = null;
      if (p.spec !== null) {
        // A format spec's nodes take the position of its own token, not the whole group.
        const tpos: Pos = { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
        const specValues: Expr[] = [];
        const specAcc: { text: StrValue } = { text: '' };
        // Literal text before a nested field and the nested fields take the group's position;
        // the trailing literal (never `kind=u`) and the spec's JoinedStr take the token's (CPython 3.11).
        this.fstringValues(p.spec, t, pos, kind, specValues, specAcc);
        if (specAcc.text !== '') specValues.push({ _type: 'Constant', value: specAcc.text, kind: null, ...tpos });
        format_spec = { _type: 'JoinedStr', values: specValues, ...tpos };
      }
      values.push({ _type: 'FormattedValue', value, conversion: p.conversion, format_spec, ...pos });
    }
  }

  /** CPython 3.11's fstring_compile_expr: parse `(expr)` and shift its positions. */
  private compileFStringExpr(t: Token, exprStart: number, exprEnd: number): Expr {
    const text = t.value;
    const bracePos = exprStart - 1;
    // fstring_find_expr_location
    let newlineAfterBrace = true;
    for (let k = exprStart; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 125 || c === 10) break;
      if (c !== 32 && c !== 9 && c !== 12) { newlineAfterBrace = false; break; }
    }
    let lines = 0;
    for (let k = 0; k < bracePos; k++) if (text.charCodeAt(k) === 10) lines++;
    let cols = 0;
    if (!newlineAfterBrace) {
      const nl = text.lastIndexOf('\n', bracePos);
      cols = nl < 0 ? utf8Length(text, 0, bracePos) : utf8Length(text, nl + 1, bracePos);
    }
    const startLine = t.lineno + lines;
    const startCol = lines > 0 ? cols : t.col + cols;
    const sub = '(' + text.slice(exprStart, exprEnd) + ')';
    let raw: Token[];
    try {
      raw = tokenize(sub, this.cfg.filename);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        throw this.errorAtToken(e.msg.startsWith('f-string') ? e.msg : 'f-string: ' + e.msg, t);
      }
      throw e;
    }
    const shifted: Token[] = new Array(raw.length);
    for (let k = 0; k < raw.length; k++) {
      const r = raw[k];
      if (r.kind === T.ERRORTOKEN) {
        // A tokenizer error inside the field: CPython prefixes it and keeps the sub-source column.
        const e = (r as ErrorToken).error;
        if (!(e instanceof PySyntaxError)) throw e;
        const onFirst = e.lineno === 1 && lines === 0;
        const err = new PySyntaxError({
          kind: e.kind, msg: e.msg === 'invalid syntax' ? 'f-string: invalid syntax' : e.msg, filename: this.cfg.filename,
          lineno: e.lineno + startLine - 1, offset: onFirst ? e.offset + startCol : e.offset, text: e.text, end_lineno: null, end_offset: null,
        });
        shifted[k] = new ErrorToken(err, k > 0 ? shifted[k - 1] : null, (r as ErrorToken).overrides);
        continue;
      }
      const first = r.endLineno === 1;
      shifted[k] = new Token(
        r.kind, r.value, r.lineno + startLine - 1, first ? r.col + startCol : r.col,
        r.endLineno + startLine - 1, first ? r.endCol + startCol : r.endCol, r.start, r.end,
      );
    }
    try {
      const p = new Parser(shifted, { filename: this.cfg.filename, src: this.cfg.src, fstring: true });
      p.depth = this.depth;
      return p.parseFStringExpr();
    } catch (e) {
      // NON-CPYTHON detail kept: CPython reports errors inside a replacement field at the
      // column within the parenthesized `(expr)` text, not shifted into the line.
      if (!(e instanceof PySyntaxError) || e.lineno !== startLine || lines > 0) throw e;
      throw new PySyntaxError({
        kind: e.kind, msg: e.msg, filename: e.filename, lineno: e.lineno, offset: Math.max(1, e.offset - startCol),
        text: e.text, end_lineno: e.end_lineno, end_offset: e.end_offset === null ? null : Math.max(1, e.end_offset - startCol),
      });
    }
  }
}
