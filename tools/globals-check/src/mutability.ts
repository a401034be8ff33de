// Is the value an initialiser produces mutable? The syntactic judgement behind
// `const-mutable` — the part of CPython's c-analyzer that decides whether a global is
// const-qualified (Tools/c-analyzer/cpython/_analyzer.py, is_immutable()).
// NON-CPYTHON: C `const` data sits in read-only pages; a TypeScript `readonly` type or
// `as const` is erased at run time, so only Object.freeze counts as frozen memory here.

import ts from 'typescript';

/** Calls whose result is frozen all the way down (recognised deep-freeze helpers). */
const DEEP_FREEZE_HELPERS: readonly string[] = Object.freeze(['deepFreeze', 'freezeDeep', 'deepFrozen']);

/** Constructors whose instances hold no state that changes after construction. */
const STATELESS_CONSTRUCTORS: readonly string[] = Object.freeze([
  'TextEncoder',
  'Intl.Collator',
  'Intl.DateTimeFormat',
  'Intl.DisplayNames',
  'Intl.ListFormat',
  'Intl.Locale',
  'Intl.NumberFormat',
  'Intl.PluralRules',
  'Intl.RelativeTimeFormat',
  'Intl.Segmenter',
]);

/** Static calls that always return a fresh, writable object or array. */
const FRESH_OBJECT_CALLS: readonly string[] = Object.freeze([
  'Array',
  'Array.from',
  'Array.of',
  'Object.create',
  'Object.assign',
  'Object.fromEntries',
  'Object.entries',
  'Object.keys',
  'Object.values',
  'Object.groupBy',
  'Map.groupBy',
  'structuredClone',
]);

/** Methods that always return a fresh array, whatever they are called on. */
const FRESH_ARRAY_METHODS: readonly string[] = Object.freeze([
  'map',
  'filter',
  'flat',
  'flatMap',
  'toSorted',
  'toReversed',
  'toSpliced',
  'split',
]);

/** Methods that return a fresh array when called on an array (but a string on a string). */
const ARRAY_OR_STRING_METHODS: readonly string[] = Object.freeze(['slice', 'concat']);

/**
 * Strips wrappers that do not change the value: parentheses, type assertions other than
 * `as const` and `<const>`, `!` and `satisfies`.
 */
export function unwrapExpression(expr: ts.Expression): ts.Expression {
  let e = expr;
  while (true) {
    if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) {
      e = e.expression;
    } else if (ts.isTypeAssertionExpression(e) && !ts.isConstTypeReference(e.type)) {
      e = e.expression;
    } else if (ts.isAsExpression(e) && !ts.isConstTypeReference(e.type)) {
      e = e.expression;
    } else {
      return e;
    }
  }
}

/** `a.b.c` as text for identifiers and property-access chains, else undefined. */
export function dottedName(expr: ts.Expression): string | undefined {
  const e = unwrapExpression(expr);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name)) {
    const left = dottedName(e.expression);
    return left === undefined ? undefined : `${left}.${e.name.text}`;
  }
  return undefined;
}

function article(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? 'an' : 'a';
}

function regexFlags(literalText: string): string {
  return literalText.slice(literalText.lastIndexOf('/') + 1);
}

function hasStatefulFlag(flags: string): boolean {
  return flags.includes('g') || flags.includes('y');
}

/**
 * Why the value `expr` evaluates to is mutable in place, in a few words — or `undefined`
 * when it is immutable (a primitive, a frozen object, a function, a RegExp without `g`/`y`)
 * or when its mutability cannot be told from the syntax (the result of an arbitrary call,
 * another binding).
 */
export function mutableReason(expr: ts.Expression): string | undefined {
  const e = unwrapExpression(expr);
  if (ts.isAsExpression(e) || ts.isTypeAssertionExpression(e)) {
    // `as const` / `<const>`: readonly in the type system only.
    const inner = unwrapExpression(e.expression);
    if (ts.isObjectLiteralExpression(inner) || ts.isArrayLiteralExpression(inner)) {
      return `'as const' ${ts.isObjectLiteralExpression(inner) ? 'object' : 'array'} literal (readonly type, not frozen)`;
    }
    return mutableReason(inner);
  }
  if (ts.isObjectLiteralExpression(e)) return 'object literal';
  if (ts.isArrayLiteralExpression(e)) return 'array literal';
  if (ts.isRegularExpressionLiteral(e)) {
    return hasStatefulFlag(regexFlags(e.text)) ? 'RegExp with the g or y flag (lastIndex is state)' : undefined;
  }
  if (ts.isNewExpression(e)) return newReason(e);
  if (ts.isCallExpression(e)) return callReason(e);
  if (ts.isConditionalExpression(e)) return mutableReason(e.whenTrue) ?? mutableReason(e.whenFalse);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.CommaToken) return mutableReason(e.right);
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.AmpersandAmpersandToken
    ) {
      return mutableReason(e.left) ?? mutableReason(e.right);
    }
    if (op === ts.SyntaxKind.EqualsToken) return mutableReason(e.right);
  }
  return undefined;
}

function newReason(e: ts.NewExpression): string | undefined {
  const callee = dottedName(e.expression) ?? e.expression.getText();
  if (callee === 'RegExp') {
    const args = e.arguments ?? [];
    if (args.length < 2) return undefined;
    const flags = unwrapExpression(args[1]!);
    if (ts.isStringLiteralLike(flags)) {
      return hasStatefulFlag(flags.text) ? 'new RegExp with the g or y flag (lastIndex is state)' : undefined;
    }
    return 'new RegExp with flags not known here (g or y would make lastIndex state)';
  }
  if (STATELESS_CONSTRUCTORS.includes(callee)) return undefined;
  return `new ${callee}`;
}

function callReason(e: ts.CallExpression): string | undefined {
  const callee = dottedName(e.expression);
  if (callee === 'Object.freeze') {
    const arg = e.arguments[0];
    return arg === undefined ? undefined : shallowFreezeReason(arg);
  }
  if (callee !== undefined && DEEP_FREEZE_HELPERS.includes(callee.slice(callee.lastIndexOf('.') + 1))) {
    return undefined;
  }
  if (callee === 'Object.seal' || callee === 'Object.preventExtensions') {
    return `${callee} (its properties stay writable)`;
  }
  if (callee !== undefined && FRESH_OBJECT_CALLS.includes(callee)) return `result of ${callee} (a fresh object)`;
  const fn = unwrapExpression(e.expression);
  if (ts.isPropertyAccessExpression(fn) && ts.isIdentifier(fn.name)) {
    const method = fn.name.text;
    if (FRESH_ARRAY_METHODS.includes(method)) return `result of .${method}() (a fresh array)`;
    if (ARRAY_OR_STRING_METHODS.includes(method) && mutableReason(fn.expression) !== undefined) {
      return `result of .${method}() (a fresh array)`;
    }
  }
  return undefined;
}

/**
 * `Object.freeze` is shallow: a frozen literal is immutable only if what it holds is.
 * A non-literal argument is trusted (its contents are not visible here).
 */
function shallowFreezeReason(arg: ts.Expression): string | undefined {
  const inner = unwrapExpression(arg);
  const target = ts.isAsExpression(inner) || ts.isTypeAssertionExpression(inner) ? unwrapExpression(inner.expression) : inner;
  if (ts.isNewExpression(target)) {
    return `Object.freeze does not freeze what ${newReason(target) ?? 'new RegExp'} holds`;
  }
  if (ts.isObjectLiteralExpression(target)) {
    for (const prop of target.properties) {
      if (ts.isPropertyAssignment(prop)) {
        const why = mutableReason(prop.initializer);
        if (why !== undefined) return `Object.freeze is shallow: property ${prop.name.getText()} holds ${article(why)} ${why}`;
      }
    }
    return undefined;
  }
  if (ts.isArrayLiteralExpression(target)) {
    for (const [i, element] of target.elements.entries()) {
      if (ts.isSpreadElement(element) || ts.isOmittedExpression(element)) continue;
      const why = mutableReason(element);
      if (why !== undefined) return `Object.freeze is shallow: element ${i} holds ${article(why)} ${why}`;
    }
  }
  return undefined;
}
