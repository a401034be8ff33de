// CPython's Include/token.h and Lib/keyword.py: the token kinds the tokenizer produces.
// NON-CPYTHON: keywords get their own kinds (CPython's tokenizer returns NAME and the PEG
// parser compares strings); soft keywords (`match`, `case`, `_`) stay NAME.

/** Token kinds. Operators and keywords each have their own kind. @internal */
export const ENDMARKER = 0;
/** @internal */ export const NAME = 1;
/** @internal */ export const NUMBER = 2;
/** @internal */ export const STRING = 3;
/** @internal */ export const NEWLINE = 4;
/** @internal */ export const INDENT = 5;
/** @internal */ export const DEDENT = 6;
/** A tokenizer error, raised when the parser reaches it (CPython tokenizes lazily). @internal */
export const ERRORTOKEN = 7;
/** Any other character (`$`, `?`, a backtick): CPython's generic OP, accepted by no rule. @internal */
export const OP = 8;

// Operators (CPython's token names).
/** @internal */ export const LPAR = 10;
/** @internal */ export const RPAR = 11;
/** @internal */ export const LSQB = 12;
/** @internal */ export const RSQB = 13;
/** @internal */ export const COLON = 14;
/** @internal */ export const COMMA = 15;
/** @internal */ export const SEMI = 16;
/** @internal */ export const PLUS = 17;
/** @internal */ export const MINUS = 18;
/** @internal */ export const STAR = 19;
/** @internal */ export const SLASH = 20;
/** @internal */ export const VBAR = 21;
/** @internal */ export const AMPER = 22;
/** @internal */ export const LESS = 23;
/** @internal */ export const GREATER = 24;
/** @internal */ export const EQUAL = 25;
/** @internal */ export const DOT = 26;
/** @internal */ export const PERCENT = 27;
/** @internal */ export const LBRACE = 28;
/** @internal */ export const RBRACE = 29;
/** @internal */ export const EQEQUAL = 30;
/** @internal */ export const NOTEQUAL = 31;
/** @internal */ export const LESSEQUAL = 32;
/** @internal */ export const GREATEREQUAL = 33;
/** @internal */ export const TILDE = 34;
/** @internal */ export const CIRCUMFLEX = 35;
/** @internal */ export const LEFTSHIFT = 36;
/** @internal */ export const RIGHTSHIFT = 37;
/** @internal */ export const DOUBLESTAR = 38;
/** @internal */ export const PLUSEQUAL = 39;
/** @internal */ export const MINEQUAL = 40;
/** @internal */ export const STAREQUAL = 41;
/** @internal */ export const SLASHEQUAL = 42;
/** @internal */ export const PERCENTEQUAL = 43;
/** @internal */ export const AMPEREQUAL = 44;
/** @internal */ export const VBAREQUAL = 45;
/** @internal */ export const CIRCUMFLEXEQUAL = 46;
/** @internal */ export const LEFTSHIFTEQUAL = 47;
/** @internal */ export const RIGHTSHIFTEQUAL = 48;
/** @internal */ export const DOUBLESTAREQUAL = 49;
/** @internal */ export const DOUBLESLASH = 50;
/** @internal */ export const DOUBLESLASHEQUAL = 51;
/** @internal */ export const AT = 52;
/** @internal */ export const ATEQUAL = 53;
/** @internal */ export const RARROW = 54;
/** @internal */ export const ELLIPSIS = 55;
/** @internal */ export const COLONEQUAL = 56;
/** @internal */ export const EXCLAMATION = 57;

// Keywords (Lib/keyword.py's kwlist).
/** @internal */ export const KW_FALSE = 60;
/** @internal */ export const KW_NONE = 61;
/** @internal */ export const KW_TRUE = 62;
/** @internal */ export const KW_AND = 63;
/** @internal */ export const KW_AS = 64;
/** @internal */ export const KW_ASSERT = 65;
/** @internal */ export const KW_ASYNC = 66;
/** @internal */ export const KW_AWAIT = 67;
/** @internal */ export const KW_BREAK = 68;
/** @internal */ export const KW_CLASS = 69;
/** @internal */ export const KW_CONTINUE = 70;
/** @internal */ export const KW_DEF = 71;
/** @internal */ export const KW_DEL = 72;
/** @internal */ export const KW_ELIF = 73;
/** @internal */ export const KW_ELSE = 74;
/** @internal */ export const KW_EXCEPT = 75;
/** @internal */ export const KW_FINALLY = 76;
/** @internal */ export const KW_FOR = 77;
/** @internal */ export const KW_FROM = 78;
/** @internal */ export const KW_GLOBAL = 79;
/** @internal */ export const KW_IF = 80;
/** @internal */ export const KW_IMPORT = 81;
/** @internal */ export const KW_IN = 82;
/** @internal */ export const KW_IS = 83;
/** @internal */ export const KW_LAMBDA = 84;
/** @internal */ export const KW_NONLOCAL = 85;
/** @internal */ export const KW_NOT = 86;
/** @internal */ export const KW_OR = 87;
/** @internal */ export const KW_PASS = 88;
/** @internal */ export const KW_RAISE = 89;
/** @internal */ export const KW_RETURN = 90;
/** @internal */ export const KW_TRY = 91;
/** @internal */ export const KW_WHILE = 92;
/** @internal */ export const KW_WITH = 93;
/** @internal */ export const KW_YIELD = 94;

/** Keyword spelling to token kind (a frozen table without a prototype). @internal */
export const KEYWORDS: Readonly<Record<string, number | undefined>> = Object.freeze(Object.assign(Object.create(null) as Record<string, number>, {
  False: KW_FALSE, None: KW_NONE, True: KW_TRUE, and: KW_AND, as: KW_AS, assert: KW_ASSERT, async: KW_ASYNC,
  await: KW_AWAIT, break: KW_BREAK, class: KW_CLASS, continue: KW_CONTINUE, def: KW_DEF, del: KW_DEL,
  elif: KW_ELIF, else: KW_ELSE, except: KW_EXCEPT, finally: KW_FINALLY, for: KW_FOR, from: KW_FROM,
  global: KW_GLOBAL, if: KW_IF, import: KW_IMPORT, in: KW_IN, is: KW_IS, lambda: KW_LAMBDA,
  nonlocal: KW_NONLOCAL, not: KW_NOT, or: KW_OR, pass: KW_PASS, raise: KW_RAISE, return: KW_RETURN,
  try: KW_TRY, while: KW_WHILE, with: KW_WITH, yield: KW_YIELD,
}));

/** CPython's token names (Lib/token.py's tok_name), for diagnostics. @internal */
export function tokenKindName(kind: number): string {
  switch (kind) {
    case ENDMARKER: return 'ENDMARKER';
    case NAME: return 'NAME';
    case NUMBER: return 'NUMBER';
    case STRING: return 'STRING';
    case NEWLINE: return 'NEWLINE';
    case INDENT: return 'INDENT';
    case DEDENT: return 'DEDENT';
    default: return kind >= KW_FALSE ? 'NAME' : 'OP';
  }
}

/**
 * One token: CPython's `Token` (Parser/pegen.h). Lines are 1-based; columns are UTF-8
 * byte offsets within their line, as in the AST. `start`/`end` index the source string.
 * @internal
 */
export class Token {
  constructor(
    /** The kind: one of the constants above. */
    readonly kind: number,
    /** The token's text (for NAME, the NFKC-normalized identifier). */
    readonly value: string,
    readonly lineno: number,
    readonly col: number,
    readonly endLineno: number,
    readonly endCol: number,
    /** Index of the first UTF-16 unit in the source. */
    readonly start: number,
    /** Index after the last UTF-16 unit in the source. */
    readonly end: number,
  ) {}
}

/** The ERRORTOKEN that ends the token array when the tokenizer failed. @internal */
export class ErrorToken extends Token {
  constructor(
    readonly error: Error,
    at: Token | null,
    /** True when this error replaces a parser error raised earlier in the file. */
    readonly overrides = false,
  ) {
    super(ERRORTOKEN, '', at?.lineno ?? 1, at?.col ?? 0, at?.endLineno ?? 1, at?.endCol ?? 0, at?.start ?? 0, at?.end ?? 0);
  }
}
