// The finder: module-level state in one TypeScript source, from its syntax tree alone —
// CPython's Tools/c-analyzer (c_analyzer/analyze.py) walks C translation units the same
// way and lists every static/global variable.
// NON-CPYTHON: JavaScript has no `static` storage class; what c-analyzer calls a global
// is here a binding at module scope, a static class field, or a closure that writes one.

import ts from 'typescript';
import type { FindingKind, GlobalFinding } from './finding.js';
import { dottedName, mutableReason, unwrapExpression } from './mutability.js';

/** Methods that change the object they are called on (Map, Set, Array, typed arrays, RegExp). */
const MUTATING_METHODS: readonly string[] = Object.freeze([
  'set',
  'delete',
  'clear',
  'add',
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'exec',
  'test',
]);

/** Functions that change the object passed as their first argument. */
const MUTATING_FUNCTIONS: readonly string[] = Object.freeze([
  'Atomics.store',
  'Atomics.add',
  'Atomics.sub',
  'Atomics.and',
  'Atomics.or',
  'Atomics.xor',
  'Atomics.exchange',
  'Atomics.compareExchange',
  'Object.assign',
  'Object.defineProperty',
  'Object.defineProperties',
  'Object.setPrototypeOf',
  'Reflect.set',
  'Reflect.defineProperty',
  'Reflect.deleteProperty',
  'Reflect.setPrototypeOf',
]);

/** A piece of state found while walking, before closures are attributed to it. */
interface StateRecord {
  /** The name used in findings: `x`, `Ns.x`, `Class.field`. */
  readonly name: string;
  readonly line: number;
  readonly kind: Exclude<FindingKind, 'closure'>;
  readonly detail: string;
  readonly writtenBy: Set<string>;
}

/** A module-level function-like node and the name it is catalogued under. */
interface ClosureCandidate {
  readonly name: string;
  readonly node: ts.Node;
  /** The class whose static members `this.x` refers to (static methods), if any. */
  readonly staticClass: string | undefined;
}

/** Everything collected from one file; lives for one call of findGlobalsInSource. */
interface FileScan {
  readonly sourceFile: ts.SourceFile;
  /** State by lookup key: a binding's local name, or `Class.field` for a static field. */
  readonly state: Map<string, StateRecord>;
  readonly closures: ClosureCandidate[];
}

function lineOf(scan: FileScan, node: ts.Node): number {
  return scan.sourceFile.getLineAndCharacterOfPosition(node.getStart(scan.sourceFile)).line + 1;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

function bindingNames(name: ts.BindingName, out: ts.Identifier[] = []): ts.Identifier[] {
  if (ts.isIdentifier(name)) {
    out.push(name);
  } else {
    for (const element of name.elements) {
      if (ts.isBindingElement(element)) bindingNames(element.name, out);
    }
  }
  return out;
}

function addState(
  scan: FileScan,
  key: string,
  name: string,
  at: ts.Node,
  kind: StateRecord['kind'],
  detail: string,
): void {
  if (scan.state.has(key)) return; // a second declaration of the same name is the same catalog entry
  scan.state.set(key, { name, line: lineOf(scan, at), kind, detail, writtenBy: new Set() });
}

function memberName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    return name.text;
  }
  return name.getText();
}

function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isConstructorDeclaration(node)
  );
}

// ---------------------------------------------------------------------------
// Module level: declarations and the functions defined there.

function visitVariableList(
  scan: FileScan,
  list: ts.VariableDeclarationList,
  prefix: string,
  inLoopHead: boolean,
): void {
  const isLet = (list.flags & ts.NodeFlags.Let) !== 0;
  const isConstLike = (list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing)) !== 0;
  for (const decl of list.declarations) {
    const names = bindingNames(decl.name);
    if (isLet || !isConstLike) {
      // A loop head's `let`/`const` lives for the loop; its `var` is hoisted to the module.
      if (!(inLoopHead && isLet)) {
        const kind = isLet ? 'let' : 'var';
        for (const id of names) addState(scan, id.text, prefix + id.text, id, kind, `module-level ${kind}`);
      }
    } else if (!inLoopHead && decl.initializer !== undefined) {
      const why = mutableReason(decl.initializer);
      if (why !== undefined) {
        for (const id of names) addState(scan, id.text, prefix + id.text, id, 'const-mutable', why);
      }
    }
    if (decl.initializer !== undefined) {
      const hint = ts.isIdentifier(decl.name) ? prefix + decl.name.text : '(anonymous)';
      const init = unwrapExpression(decl.initializer);
      if (ts.isClassExpression(init) && ts.isIdentifier(decl.name)) {
        visitClass(scan, init, decl.name.text, prefix);
      } else {
        visitExpression(scan, decl.initializer, hint);
      }
    }
  }
}

function visitClass(scan: FileScan, cls: ts.ClassLikeDeclaration, className: string, prefix: string): void {
  const qualified = prefix + className;
  for (const member of cls.members) {
    const isStatic = hasModifier(member, ts.SyntaxKind.StaticKeyword);
    if (ts.isPropertyDeclaration(member)) {
      const field = memberName(member.name);
      const name = `${qualified}.${field}`;
      if (
        isStatic &&
        !hasModifier(member, ts.SyntaxKind.DeclareKeyword) &&
        !hasModifier(member, ts.SyntaxKind.AbstractKeyword)
      ) {
        const why = member.initializer === undefined ? undefined : mutableReason(member.initializer);
        if (hasModifier(member, ts.SyntaxKind.ReadonlyKeyword)) {
          if (why !== undefined) addState(scan, `${className}.${field}`, name, member.name, 'static-field', `static readonly ${why}`);
        } else {
          const detail = why === undefined ? 'writable static field' : `writable static field, ${why}`;
          addState(scan, `${className}.${field}`, name, member.name, 'static-field', detail);
        }
      }
      if (member.initializer !== undefined) visitExpression(scan, member.initializer, name);
    } else if (isFunctionLike(member)) {
      const label = ts.isConstructorDeclaration(member) ? 'constructor' : memberName(member.name);
      scan.closures.push({ name: `${qualified}.${label}`, node: member, staticClass: isStatic ? className : undefined });
    } else if (ts.isClassStaticBlockDeclaration(member)) {
      scan.closures.push({ name: `${qualified}.static`, node: member, staticClass: className });
    }
  }
}

/** Finds the function-like nodes inside a module-level expression and names them. */
function visitExpression(scan: FileScan, node: ts.Node, hint: string): void {
  if (isFunctionLike(node)) {
    const isMember = ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
    scan.closures.push({ name: isMember ? `${hint}.${memberName(node.name)}` : hint, node, staticClass: undefined });
    return;
  }
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    visitExpression(scan, node.expression, '(anonymous)');
    const callee = dottedName(node.expression) ?? '…';
    for (const arg of node.arguments ?? []) visitExpression(scan, arg, `(callback of ${callee})`);
    return;
  }
  if (ts.isClassExpression(node)) {
    visitClass(scan, node, node.name?.text ?? hint, '');
    return;
  }
  if (ts.isPropertyAssignment(node)) {
    visitExpression(scan, node.initializer, `${hint}.${memberName(node.name)}`);
    return;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    noteGlobalThisWrite(scan, node.left);
    visitExpression(scan, node.right, dottedName(node.left) ?? hint);
    return;
  }
  const childHint = ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node) ? hint : '(anonymous)';
  ts.forEachChild(node, (child) => visitExpression(scan, child, childHint));
}

/** `globalThis.x = …` creates a property of the (per-thread) global object: state named `globalThis.x`. */
function noteGlobalThisWrite(scan: FileScan, target: ts.Expression): boolean {
  const name = dottedName(target);
  if (name === undefined || !name.startsWith('globalThis.') || name.split('.').length !== 2) return false;
  addState(scan, name, name, target, 'var', 'property of the global object');
  return true;
}

function visitStatement(scan: FileScan, stmt: ts.Statement, prefix: string): void {
  if (hasModifier(stmt, ts.SyntaxKind.DeclareKeyword)) return; // ambient: no run-time value
  if (ts.isVariableStatement(stmt)) {
    visitVariableList(scan, stmt.declarationList, prefix, false);
  } else if (ts.isFunctionDeclaration(stmt)) {
    if (stmt.body !== undefined) {
      const name = stmt.name?.text ?? 'default';
      scan.closures.push({ name: prefix + name, node: stmt, staticClass: undefined });
    }
  } else if (ts.isClassDeclaration(stmt)) {
    visitClass(scan, stmt, stmt.name?.text ?? 'default', prefix);
  } else if (ts.isModuleDeclaration(stmt)) {
    visitNamespace(scan, stmt, prefix);
  } else if (ts.isExportAssignment(stmt)) {
    const why = mutableReason(stmt.expression);
    if (why !== undefined) addState(scan, 'default', prefix + 'default', stmt, 'const-mutable', `export default ${why}`);
    visitExpression(scan, stmt.expression, prefix + 'default');
  } else if (
    ts.isForStatement(stmt) ||
    ts.isForOfStatement(stmt) ||
    ts.isForInStatement(stmt)
  ) {
    const head = stmt.initializer;
    if (head !== undefined && ts.isVariableDeclarationList(head)) visitVariableList(scan, head, prefix, true);
    else if (head !== undefined) visitExpression(scan, head, '(anonymous)');
    if (ts.isForStatement(stmt)) {
      if (stmt.condition !== undefined) visitExpression(scan, stmt.condition, '(anonymous)');
      if (stmt.incrementor !== undefined) visitExpression(scan, stmt.incrementor, '(anonymous)');
    } else {
      visitExpression(scan, stmt.expression, '(anonymous)');
    }
    visitStatement(scan, stmt.statement, prefix);
  } else if (
    ts.isInterfaceDeclaration(stmt) ||
    ts.isTypeAliasDeclaration(stmt) ||
    ts.isEnumDeclaration(stmt) ||
    ts.isImportDeclaration(stmt) ||
    ts.isImportEqualsDeclaration(stmt) ||
    ts.isExportDeclaration(stmt)
  ) {
    // Types, enums (see README: written only by their declaration), imports, re-exports.
  } else {
    visitNestedStatements(scan, stmt, prefix);
  }
}

/** Blocks, if/try/switch/while/labelled statements: what they hold is still module level. */
function visitNestedStatements(scan: FileScan, stmt: ts.Statement, prefix: string): void {
  const anon = '(anonymous)';
  if (ts.isBlock(stmt)) {
    for (const s of stmt.statements) visitStatement(scan, s, prefix);
  } else if (ts.isIfStatement(stmt)) {
    visitExpression(scan, stmt.expression, anon);
    visitStatement(scan, stmt.thenStatement, prefix);
    if (stmt.elseStatement !== undefined) visitStatement(scan, stmt.elseStatement, prefix);
  } else if (ts.isTryStatement(stmt)) {
    visitStatement(scan, stmt.tryBlock, prefix);
    if (stmt.catchClause !== undefined) visitStatement(scan, stmt.catchClause.block, prefix);
    if (stmt.finallyBlock !== undefined) visitStatement(scan, stmt.finallyBlock, prefix);
  } else if (ts.isLabeledStatement(stmt)) {
    visitStatement(scan, stmt.statement, prefix);
  } else if (ts.isWhileStatement(stmt) || ts.isDoStatement(stmt)) {
    visitExpression(scan, stmt.expression, anon);
    visitStatement(scan, stmt.statement, prefix);
  } else if (ts.isSwitchStatement(stmt)) {
    visitExpression(scan, stmt.expression, anon);
    for (const clause of stmt.caseBlock.clauses) {
      if (ts.isCaseClause(clause)) visitExpression(scan, clause.expression, anon);
      for (const s of clause.statements) visitStatement(scan, s, prefix);
    }
  } else {
    // Expression statements, throw, …: they may define functions (callbacks).
    visitExpression(scan, stmt, anon);
  }
}

function visitNamespace(scan: FileScan, ns: ts.ModuleDeclaration, prefix: string): void {
  if (!ts.isIdentifier(ns.name)) return; // `declare module 'x'` / `global` augmentations
  const inner = `${prefix}${ns.name.text}.`;
  const body = ns.body;
  if (body === undefined) return;
  if (ts.isModuleDeclaration(body)) visitNamespace(scan, body, inner);
  else if (ts.isModuleBlock(body)) for (const s of body.statements) visitStatement(scan, s, inner);
}

// ---------------------------------------------------------------------------
// Closures: which module-level functions write or mutate the state found above.

function isBlockScopedList(list: ts.VariableDeclarationList): boolean {
  return (list.flags & ts.NodeFlags.BlockScoped) !== 0;
}

function addDeclaredNames(list: ts.VariableDeclarationList, names: Set<string>): void {
  for (const decl of list.declarations) for (const id of bindingNames(decl.name)) names.add(id.text);
}

/**
 * The names a node declares for the scope it opens, or undefined if it opens none: a
 * function (parameters, its own name if an expression, every `var` in it), a block or
 * case block (its `let`/`const`/`class`/`function`/`enum` declarations), a loop head's
 * `let`/`const`, a catch clause's binding. A local of the same name hides the global.
 */
function scopeNames(node: ts.Node): Set<string> | undefined {
  const names = new Set<string>();
  if (isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)) {
    if (isFunctionLike(node)) {
      for (const param of node.parameters) for (const id of bindingNames(param.name)) names.add(id.text);
      if (ts.isFunctionExpression(node) && node.name !== undefined) names.add(node.name.text);
    }
    const collectVars = (n: ts.Node): void => {
      if (ts.isVariableDeclarationList(n) && !isBlockScopedList(n)) addDeclaredNames(n, names);
      if (isFunctionLike(n) || ts.isClassLike(n)) return; // their own scopes
      ts.forEachChild(n, collectVars);
    };
    if (node.body !== undefined) ts.forEachChild(node.body, collectVars);
    return names;
  }
  if (ts.isBlock(node) || ts.isCaseBlock(node)) {
    const statements = ts.isBlock(node) ? node.statements : node.clauses.flatMap((c) => [...c.statements]);
    for (const stmt of statements) {
      if (ts.isVariableStatement(stmt) && isBlockScopedList(stmt.declarationList)) addDeclaredNames(stmt.declarationList, names);
      else if (
        (ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt) || ts.isEnumDeclaration(stmt)) &&
        stmt.name !== undefined
      ) {
        names.add(stmt.name.text);
      }
    }
    return names;
  }
  if (ts.isForStatement(node) || ts.isForInStatement(node) || ts.isForOfStatement(node)) {
    const head = node.initializer;
    if (head !== undefined && ts.isVariableDeclarationList(head) && isBlockScopedList(head)) addDeclaredNames(head, names);
    return names;
  }
  if (ts.isCatchClause(node) && node.variableDeclaration !== undefined) {
    for (const id of bindingNames(node.variableDeclaration.name)) names.add(id.text);
    return names;
  }
  return undefined;
}

/** The state key a write target `x`, `x.y[i]`, `Class.field.z` or `this.field` refers to, if any. */
function targetKey(
  scan: FileScan,
  target: ts.Expression,
  shadowed: ReadonlySet<string>,
  staticClass: string | undefined,
): string | undefined {
  // Walk down to the root, remembering the first property after it.
  let e = unwrapExpression(target);
  let firstProperty: string | undefined;
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
    if (ts.isPropertyAccessExpression(e)) firstProperty = e.name.text;
    else firstProperty = ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : undefined;
    e = unwrapExpression(e.expression);
  }
  if (ts.isIdentifier(e)) {
    if (shadowed.has(e.text)) return undefined;
    if (scan.state.has(e.text)) return e.text;
    if (firstProperty !== undefined && scan.state.has(`${e.text}.${firstProperty}`)) return `${e.text}.${firstProperty}`;
  } else if (e.kind === ts.SyntaxKind.ThisKeyword && staticClass !== undefined && firstProperty !== undefined) {
    const key = `${staticClass}.${firstProperty}`;
    if (scan.state.has(key)) return key;
  }
  return undefined;
}

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** Targets of a destructuring assignment `[a, b.c] = …` / `({ a } = …)`. */
function assignmentTargets(target: ts.Expression, out: ts.Expression[] = []): ts.Expression[] {
  const e = unwrapExpression(target);
  if (ts.isArrayLiteralExpression(e)) {
    for (const el of e.elements) assignmentTargets(ts.isSpreadElement(el) ? el.expression : el, out);
  } else if (ts.isObjectLiteralExpression(e)) {
    for (const prop of e.properties) {
      if (ts.isPropertyAssignment(prop)) assignmentTargets(prop.initializer, out);
      else if (ts.isShorthandPropertyAssignment(prop)) out.push(prop.name);
      else if (ts.isSpreadAssignment(prop)) assignmentTargets(prop.expression, out);
    }
  } else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    assignmentTargets(e.left, out); // a default value: `[a = 1] = …`
  } else if (!ts.isOmittedExpression(e)) {
    out.push(e);
  }
  return out;
}

/** Write targets of one node: assignments, `++`/`--`, `delete`, mutating method calls, `Atomics.store(x, …)`-style calls, for-in/of heads. */
function writeTargets(node: ts.Node): ts.Expression[] {
  if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
    return assignmentTargets(node.left);
  }
  if (
    (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
    (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
  ) {
    return [node.operand];
  }
  if (ts.isDeleteExpression(node)) return [node.expression];
  if (ts.isCallExpression(node)) {
    const callee = unwrapExpression(node.expression);
    const name = dottedName(callee);
    if (name !== undefined && MUTATING_FUNCTIONS.includes(name) && node.arguments[0] !== undefined) return [node.arguments[0]];
    if (ts.isPropertyAccessExpression(callee) && MUTATING_METHODS.includes(callee.name.text)) return [callee.expression];
  }
  if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
    return assignmentTargets(node.initializer);
  }
  return [];
}

function analyzeClosure(scan: FileScan, closure: ClosureCandidate): Set<string> {
  const written = new Set<string>();
  const walk = (node: ts.Node, shadowed: ReadonlySet<string>, staticClass: string | undefined): void => {
    let scope = shadowed;
    let cls = staticClass;
    const locals = scopeNames(node);
    if (locals !== undefined && locals.size > 0) scope = new Set([...shadowed, ...locals]);
    // `this` inside a nested non-arrow function is not the class any more.
    if (isFunctionLike(node) && node !== closure.node && !ts.isArrowFunction(node)) cls = undefined;
    for (const target of writeTargets(node)) {
      if (noteGlobalThisWrite(scan, target)) written.add(dottedName(target)!);
      const key = targetKey(scan, target, scope, cls);
      if (key !== undefined) written.add(key);
    }
    ts.forEachChild(node, (child) => walk(child, scope, cls));
  };
  walk(closure.node, new Set(), closure.staticClass);
  return written;
}

// ---------------------------------------------------------------------------

/**
 * Lists the module-level state in one TypeScript source text: `let`/`var` bindings,
 * `const` bindings to mutable values, writable static fields, and the module-level
 * functions that write or mutate them. Only the syntax is read (no type checker), so the
 * result of an arbitrary call is not judged; see the package README for every rule.
 *
 * @param sourceText - the file's contents
 * @param file - the path reported in each finding (repo-relative, `/`-separated)
 * @returns the findings in source order
 * @public
 */
export function findGlobalsInSource(sourceText: string, file: string): GlobalFinding[] {
  const sourceFile = ts.createSourceFile(file, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const scan: FileScan = { sourceFile, state: new Map(), closures: [] };
  for (const stmt of sourceFile.statements) visitStatement(scan, stmt, '');

  const findings: GlobalFinding[] = [];
  for (const closure of scan.closures) {
    const written = analyzeClosure(scan, closure);
    if (written.size === 0) continue;
    const names = [...written].map((key) => scan.state.get(key)!).sort((a, b) => a.line - b.line).map((r) => r.name);
    for (const key of written) scan.state.get(key)!.writtenBy.add(closure.name);
    findings.push({
      file,
      name: closure.name,
      line: lineOf(scan, closure.node),
      kind: 'closure',
      detail: `writes ${names.join(', ')}`,
      writtenBy: [],
    });
  }
  for (const record of scan.state.values()) {
    findings.push({
      file,
      name: record.name,
      line: record.line,
      kind: record.kind,
      detail: record.detail,
      writtenBy: [...record.writtenBy],
    });
  }
  return findings.sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
}
