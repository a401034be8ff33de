// CPython's code generator (Python/compile.c): AST + symbol table → code objects, one
// compiler unit per scope (module, class, function, lambda, comprehension). Control flow
// is emitted into basic blocks (src/flowgraph.ts); `try`/`with` use SETUP_*/POP_BLOCK
// pseudo-instructions that the assembler turns into a 3.11-style exception table.

import type {
  Alias, Arguments, CmpOpKind, Comprehension, ExceptHandler, Expr, Keyword, Mod, Node, Operator, Stmt,
  TryNode, TryStarNode, WithNode, AsyncWithNode,
} from './ast-nodes.js';
import type { CodeObject } from './code.js';
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_FUTURE_ANNOTATIONS, CO_GENERATOR,
  CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS,
} from './code.js';
import type { Constant } from './constants.js';
import { isStr } from './constants.js';
import { PySyntaxError } from './errors.js';
import { foldConstants } from './fold.js';
import { parse } from './parse.js';
import type { Instr, Location } from './flowgraph.js';
import { assemble, BasicBlock, NO_LOCATION } from './flowgraph.js';
import {
  FVS_HAVE_SPEC, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS,
  NB, NB_INPLACE, Op, OPARG_SHIFT, OPCODE_MASK, OPCODES,
} from './opcodes.js';
import { unparseAnnotation } from './compile-unparse.js';
import { compileMatch } from './compile-match.js';
import type { SymbolTable, SymbolTableEntry } from './symtable.js';
import {
  buildSymbolTable, CELL, DEF_FREE_CLASS, FREE, getScope, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, mangle,
  symbolScope,
} from './symtable.js';

/** Options of {@link compileAst}. @public */
export interface CompileOptions {
  /** co_filename and the file name in errors (default `<string>`). */
  readonly filename?: string;
  /** CPython's `optimize`: 1 drops asserts and makes `__debug__` false, 2 also drops docstrings. */
  readonly optimize?: number;
}

type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

const STACK_USE_GUIDELINE = 30;

/** Provisional slot numbers of cells and free variables until a unit is closed. */
const CELL_BASE = 1 << 21;
const FREE_BASE = 1 << 22;

const BINOPS: Readonly<Record<Operator, number>> = Object.freeze({
  Add: NB.ADD, Sub: NB.SUBTRACT, Mult: NB.MULTIPLY, MatMult: NB.MATRIX_MULTIPLY, Div: NB.TRUE_DIVIDE,
  Mod: NB.REMAINDER, Pow: NB.POWER, LShift: NB.LSHIFT, RShift: NB.RSHIFT, BitOr: NB.OR, BitXor: NB.XOR,
  BitAnd: NB.AND, FloorDiv: NB.FLOOR_DIVIDE,
});

const CMPOPS: Readonly<Record<string, number>> = Object.freeze({ Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 });

type FBlockType = 'while' | 'for' | 'try_except' | 'finally_try' | 'finally_end' | 'with' | 'async_with'
  | 'handler_cleanup' | 'pop_value' | 'exception_handler' | 'exception_group_handler'
  | 'async_comprehension_generator';

interface FBlock {
  type: FBlockType;
  block: BasicBlock | null;
  exit: BasicBlock | null;
  /** finally body (finally_try), handler name (handler_cleanup) or the with statement. */
  datum: Stmt[] | string | Stmt | null;
}

/** A constant's identity key for co_consts deduplication (distinguishes 1, 1.0, True, -0.0, …). @internal */
export function constKeyOf(v: Constant): string {
  return constKey(v);
}

function constKey(v: Constant): string {
  if (v === null) return 'N';
  switch (typeof v) {
    case 'boolean': return v ? 'T' : 'F';
    case 'bigint': return 'i' + v.toString();
    case 'number': return Object.is(v, -0) ? 'f-0' : 'f' + String(v);
    case 'string': return 's' + v;
    default:
      switch (v.kind) {
        case 'ellipsis': return 'E';
        // Code points, so that '\ud834\udd1e' (two) and '\U0001d11e' (one) stay apart.
        case 'str': return 'u' + v.codePoints.join(',');
        case 'complex': return `c${Object.is(v.real, -0) ? '-0' : v.real},${Object.is(v.imag, -0) ? '-0' : v.imag}`;
        case 'bytes': return 'b' + Array.from(v.value).join(',');
        default: return (v.kind === 'tuple' ? 't(' : 'z(') + v.items.map(constKey).join('|') + ')';
      }
  }
}

class Unit {
  readonly ste: SymbolTableEntry;
  readonly name: string;
  qualname = '';
  readonly scopeType: ScopeType;
  readonly consts: (Constant | CodeObject)[] = [];
  readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  readonly nameIndex = new Map<string, number>();
  /** localsplus name → index. */
  readonly fastIndex = new Map<string, number>();
  readonly cellIndex = new Map<string, number>();
  readonly freeIndex = new Map<string, number>();
  /** Fast locals (parameters first) in slot order, and their CO_FAST_* kinds. */
  readonly fastNames: string[] = [];
  readonly fastKinds: number[] = [];
  /** Cells that are not parameters, and free variables, sorted. */
  readonly cellNames: string[] = [];
  readonly freeNames: string[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly firstlineno: number;
  private: string | null;
  readonly fblocks: FBlock[] = [];
  entry = new BasicBlock();
  cur: BasicBlock;
  loc: Location = NO_LOCATION;

  constructor(ste: SymbolTableEntry, name: string, scopeType: ScopeType, firstlineno: number, priv: string | null) {
    this.ste = ste;
    this.name = name;
    this.scopeType = scopeType;
    this.firstlineno = firstlineno;
    this.private = priv;
    this.cur = this.entry;
    // Localsplus layout: parameters and other fast locals (numbered in compile order, as
    // CPython does), then cells that are not parameters, then free variables (both
    // sorted by name). Until the unit is closed, cell and free slots carry provisional
    // numbers (CELL_BASE + k, FREE_BASE + k) that makeCode rebases after the last local.
    for (const p of ste.varnames) this.fastSlot(p);
    const cells: string[] = [];
    for (const [n, f] of ste.symbols) if (symbolScope(f) === CELL) cells.push(n);
    if (ste.needsClassClosure) cells.push('__class__');
    cells.sort();
    for (const n of cells) {
      const i = this.fastIndex.get(n);
      if (i !== undefined) {
        this.fastKinds[i] |= CO_FAST_CELL;
        this.cellIndex.set(n, i);
      } else {
        this.cellIndex.set(n, CELL_BASE + this.cellNames.length);
        this.cellNames.push(n);
      }
    }
    for (const [n, f] of ste.symbols) if (symbolScope(f) === FREE || (f & DEF_FREE_CLASS) !== 0) this.freeNames.push(n);
    this.freeNames.sort();
    this.freeNames.forEach((n, k) => this.freeIndex.set(n, FREE_BASE + k));
  }

  /** The fast-local slot of `name`, allocated on first use (CPython's compiler_add_o on u_varnames). */
  fastSlot(name: string): number {
    let i = this.fastIndex.get(name);
    if (i === undefined) {
      i = this.fastNames.length;
      this.fastNames.push(name);
      this.fastKinds.push(CO_FAST_LOCAL);
      this.fastIndex.set(name, i);
    }
    return i;
  }

  /** Rebases provisional cell/free slot numbers once the number of fast locals is final. */
  resolveSlot(arg: number): number {
    if (arg >= FREE_BASE) return this.fastNames.length + this.cellNames.length + (arg - FREE_BASE);
    if (arg >= CELL_BASE) return this.fastNames.length + (arg - CELL_BASE);
    return arg;
  }
}

/** A compile error at a node. */
function errorAt(filename: string, msg: string, loc: Location): never {
  throw new PySyntaxError({
    kind: 'SyntaxError', msg, filename, lineno: loc[0] < 0 ? 1 : loc[0], offset: loc[2] < 0 ? 1 : loc[2] + 1, text: null,
    end_lineno: loc[1] < 0 ? null : loc[1], end_offset: loc[3] < 0 ? null : loc[3] + 1,
  });
}

/** The Location of a located node. @internal */
export function locOf(n: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): Location {
  return [n.lineno, n.end_lineno, n.col_offset, n.end_col_offset];
}

function isDocstring(s: Stmt | undefined): s is Stmt & { _type: 'Expr' } {
  return s !== undefined && s._type === 'Expr' && s.value._type === 'Constant' && isStr(s.value.value);
}

/** CPython's `find_ann`: does the body (recursively, not into defs) contain an annotation? */
function findAnn(body: readonly Stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnn(s.body)) return true;
        break;
      case 'Try': case 'TryStar':
        if (findAnn(s.body) || findAnn(s.orelse) || findAnn(s.finalbody)) return true;
        for (const h of s.handlers) if (findAnn(h.body)) return true;
        break;
      case 'Match':
        for (const c of s.cases) if (findAnn(c.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** The code generator's state across units (CPython's `struct compiler`). @internal */
export class Compiler {
  readonly filename: string;
  readonly optimize: number;
  readonly st: SymbolTable;
  readonly stack: Unit[] = [];
  u!: Unit;
  readonly futureAnnotations: boolean;
  readonly interactive: boolean;

  constructor(st: SymbolTable, filename: string, optimize: number, interactive: boolean) {
    this.st = st;
    this.filename = filename;
    this.optimize = optimize;
    this.futureAnnotations = st.futureAnnotations;
    this.interactive = interactive;
  }

  error(msg: string): never {
    return errorAt(this.filename, msg, this.u.loc);
  }

  // --- units ---

  enterScope(name: string, scopeType: ScopeType, key: Node, lineno: number): void {
    const ste = this.st.blocks.get(key);
    if (ste === undefined) throw new Error(`no symbol table entry for ${key._type}`);
    const priv = scopeType === 'class' ? name : this.stack.length > 0 ? this.u.private : null;
    const u = new Unit(ste, name, scopeType, lineno, priv);
    if (this.stack.length > 0) u.loc = this.u.loc;
    this.stack.push(u);
    this.u = u;
    if (scopeType !== 'module') this.setQualname();
  }

  exitScope(): void {
    this.stack.pop();
    this.u = this.stack[this.stack.length - 1];
  }

  setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 2) {
      const parent = this.stack[this.stack.length - 2];
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async_function' || u.scopeType === 'class') {
        const mangled = mangle(parent.private, u.name);
        if (getScope(parent.ste, mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        base = parent.scopeType === 'function' || parent.scopeType === 'async_function' || parent.scopeType === 'lambda'
          ? parent.qualname + '.<locals>' : parent.qualname;
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  // --- emission ---

  newBlock(): BasicBlock {
    return new BasicBlock();
  }

  /** Appends `b` after the current block in layout order and makes it current. */
  useBlock(b: BasicBlock): void {
    b.next = this.u.cur.next;
    this.u.cur.next = b;
    this.u.cur = b;
  }

  nextBlock(): void {
    this.useBlock(this.newBlock());
  }

  emit(op: number, arg = 0, target: BasicBlock | null = null): Instr {
    const ins: Instr = { op, arg, target, loc: this.u.loc, except: null };
    this.u.cur.instrs.push(ins);
    return ins;
  }

  emitNoLine(op: number, arg = 0, target: BasicBlock | null = null): void {
    const ins = this.emit(op, arg, target);
    ins.loc = NO_LOCATION;
  }

  jump(op: number, target: BasicBlock): void {
    this.emit(op, 0, target);
  }

  addConst(v: Constant | CodeObject): number {
    const u = this.u;
    if (v !== null && typeof v === 'object' && 'code' in v) {
      u.consts.push(v);
      return u.consts.length - 1;
    }
    const k = constKey(v as Constant);
    let i = u.constIndex.get(k);
    if (i === undefined) {
      i = u.consts.length;
      u.consts.push(v);
      u.constIndex.set(k, i);
    }
    return i;
  }

  loadConst(v: Constant | CodeObject): void {
    this.emit(Op.LOAD_CONST, this.addConst(v));
  }

  addName(name: string): number {
    const u = this.u;
    let i = u.nameIndex.get(name);
    if (i === undefined) {
      i = u.names.length;
      u.names.push(name);
      u.nameIndex.set(name, i);
    }
    return i;
  }

  /** ADDOP_NAME: the name is mangled. */
  emitName(op: number, name: string): void {
    this.emit(op, this.addName(mangle(this.u.private, name)));
  }

  // --- names ---

  nameop(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    const u = this.u;
    if (ctx === 'Store' && name === '__debug__') this.error('cannot assign to __debug__');
    if (ctx === 'Del' && name === '__debug__') this.error('cannot delete __debug__');
    const mangled = mangle(u.private, name);
    const scope = getScope(u.ste, mangled);
    const isFunction = u.ste.type === 'function';
    let kind: 'deref' | 'fast' | 'global' | 'name' = 'name';
    let index = -1;
    switch (scope) {
      case FREE:
        kind = 'deref';
        index = u.freeIndex.get(mangled)!;
        break;
      case CELL:
        kind = 'deref';
        index = u.cellIndex.get(mangled)!;
        break;
      case LOCAL:
        if (isFunction) {
          kind = 'fast';
          index = u.fastSlot(mangled);
        }
        break;
      case GLOBAL_IMPLICIT:
        if (isFunction) kind = 'global';
        break;
      case GLOBAL_EXPLICIT:
        kind = 'global';
        break;
      default:
        break;
    }
    switch (kind) {
      case 'deref':
        if (index === undefined || index < 0) throw new Error(`compiler: no slot for ${mangled}`);
        this.emit(ctx === 'Load' ? (u.ste.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
          : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, index);
        return;
      case 'fast':
        this.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, index);
        return;
      case 'global':
        this.emit(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, this.addName(mangled));
        return;
      default:
        this.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, this.addName(mangled));
    }
  }

  // --- code objects ---

  codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === 'function') {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (this.futureAnnotations) flags |= CO_FUTURE_ANNOTATIONS;
    return flags;
  }

  /** CPython's `assemble` + `makecode`: closes the unit into a code object. */
  makeCode(addNone: boolean): CodeObject {
    const u = this.u;
    // Implicit return at the end.
    u.loc = NO_LOCATION;
    if (addNone) this.loadConst(null);
    this.emit(Op.RETURN_VALUE);
    // Prefix: COPY_FREE_VARS, MAKE_CELL for each cell, RETURN_GENERATOR/POP_TOP.
    const prefix: Instr[] = [];
    const mk = (op: number, arg: number): Instr => ({ op, arg, target: null, loc: NO_LOCATION, except: null });
    if (u.freeIndex.size > 0) prefix.push(mk(Op.COPY_FREE_VARS, u.freeIndex.size));
    const cellSlots = [...u.cellIndex.values()].sort((a, b) => a - b);
    for (const i of cellSlots) prefix.push(mk(Op.MAKE_CELL, i));
    if (u.ste.type === 'function' && (u.ste.generator || u.ste.coroutine)) {
      const firstLoc: Location = [u.firstlineno, u.firstlineno, -1, -1];
      prefix.push({ ...mk(Op.RETURN_GENERATOR, 0), loc: firstLoc }, { ...mk(Op.POP_TOP, 0), loc: firstLoc });
    }
    if (prefix.length > 0) u.entry.instrs.unshift(...prefix);
    if (u.cellNames.length > 0 || u.freeNames.length > 0) {
      for (let b: BasicBlock | null = u.entry; b !== null; b = b.next) {
        for (const ins of b.instrs) {
          if (OPCODES[ins.op].operand === 'local' && ins.arg >= CELL_BASE) ins.arg = u.resolveSlot(ins.arg);
        }
      }
    }
    const a = assemble(u.entry);
    // CPython 3.11 drops constants only dead code used in function code objects; module
    // and class code keep them (observed: `if False: def g(): ...` keeps g's code).
    const consts = u.ste.type === 'function' ? removeUnusedConsts(a.code, u.consts) : u.consts;
    const localsplusnames = [...u.fastNames, ...u.cellNames, ...u.freeNames];
    const localspluskinds = Uint8Array.from([
      ...u.fastKinds, ...u.cellNames.map(() => CO_FAST_CELL), ...u.freeNames.map(() => CO_FAST_FREE),
    ]);
    const varnames: string[] = [];
    const cellvars: string[] = [];
    localsplusnames.forEach((n, i) => {
      const k = localspluskinds[i];
      if ((k & CO_FAST_LOCAL) !== 0) varnames.push(n);
      if ((k & CO_FAST_CELL) !== 0) cellvars.push(n);
    });
    return {
      code: a.code, consts, names: u.names, localsplusnames,
      localspluskinds, varnames, cellvars, freevars: [...u.freeNames],
      argcount: u.argcount, posonlyargcount: u.posonlyargcount, kwonlyargcount: u.kwonlyargcount,
      flags: this.codeFlags(), name: u.name, qualname: u.qualname, filename: this.filename,
      firstlineno: u.firstlineno, positions: a.positions, exceptiontable: a.exceptiontable, stacksize: a.stacksize,
    };
  }

  /** CPython's `compiler_make_closure`: pushes the function object for `co`. */
  makeClosure(co: CodeObject, flags: number): void {
    if (co.freevars.length > 0) {
      const u = this.u;
      for (const name of co.freevars) {
        // A class's __class__ cell, else a cell of this scope, else our own free variable.
        let i: number | undefined;
        const reftype = u.scopeType === 'class' && name === '__class__' ? CELL : getScope(u.ste, name);
        if (reftype === CELL) i = u.cellIndex.get(name);
        else i = u.freeIndex.get(name);
        if (i === undefined) i = u.cellIndex.get(name) ?? u.freeIndex.get(name);
        if (i === undefined) throw new Error(`compiler: closure variable ${name} not found in ${u.name}`);
        this.emit(Op.LOAD_CLOSURE, i);
      }
      this.emit(Op.BUILD_TUPLE, co.freevars.length);
      flags |= MAKE_FUNCTION_CLOSURE;
    }
    this.loadConst(co);
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  // --- module ---

  compileMod(mod: Mod): CodeObject {
    this.enterScope('<module>', 'module', mod, 1);
    this.u.qualname = '<module>';
    switch (mod._type) {
      case 'Module':
        this.body(mod.body);
        break;
      case 'Interactive':
        if (findAnn(mod.body)) this.emit(Op.SETUP_ANNOTATIONS);
        for (const s of mod.body) this.stmt(s);
        break;
      case 'Expression':
        this.expr(mod.body);
        this.emit(Op.RETURN_VALUE);
        return this.makeCode(false);
      default:
        throw new Error('cannot compile a FunctionType tree');
    }
    return this.makeCode(true);
  }

  /** CPython's `compiler_body` (module and class bodies). */
  body(stmts: readonly Stmt[]): void {
    if (findAnn(stmts)) {
      this.emit(Op.SETUP_ANNOTATIONS);
    }
    let i = 0;
    if (stmts.length > 0 && this.optimize < 2 && isDocstring(stmts[0])) {
      i = 1;
      this.u.loc = locOf(stmts[0]);
      this.expr(stmts[0].value);
      this.u.loc = NO_LOCATION;
      this.nameop('__doc__', 'Store');
    }
    for (; i < stmts.length; i++) this.stmt(stmts[i]);
  }

  // --- statements ---

  stmts(list: readonly Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  stmt(s: Stmt): void {
    this.u.loc = locOf(s);
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.functionDef(s);
        break;
      case 'ClassDef':
        this.classDef(s);
        break;
      case 'Return':
        this.returnStmt(s);
        break;
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        break;
      case 'Assign':
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.expr(s.targets[i]);
        }
        break;
      case 'AugAssign':
        this.augAssign(s.target, s.op, s.value);
        break;
      case 'AnnAssign':
        this.annAssign(s);
        break;
      case 'For':
        this.forStmt(s);
        break;
      case 'While':
        this.whileStmt(s);
        break;
      case 'If': {
        const end = this.newBlock();
        const next = s.orelse.length > 0 ? this.newBlock() : end;
        this.jumpIf(s.test, next, false);
        this.stmts(s.body);
        if (s.orelse.length > 0) {
          this.emitNoLine(Op.JUMP, 0, end);
          this.useBlock(next);
          this.stmts(s.orelse);
        }
        this.useBlock(end);
        break;
      }
      case 'Raise': {
        let n = 0;
        if (s.exc !== null) {
          this.expr(s.exc);
          n++;
          if (s.cause !== null) {
            this.expr(s.cause);
            n++;
          }
        }
        this.emit(Op.RAISE_VARARGS, n);
        this.nextBlock();
        break;
      }
      case 'Try':
        if (s.finalbody.length > 0) this.tryFinally(s);
        else this.tryExcept(s);
        break;
      case 'Assert': {
        if (this.optimize > 0) break;
        const end = this.newBlock();
        this.jumpIf(s.test, end, true);
        this.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg !== null) {
          this.expr(s.msg);
          this.emit(Op.CALL, 1);
        }
        this.emit(Op.RAISE_VARARGS, 1);
        this.useBlock(end);
        break;
      }
      case 'Import':
        for (const a of s.names) this.importAlias(a);
        break;
      case 'ImportFrom':
        this.importFrom(s);
        break;
      case 'Global':
      case 'Nonlocal':
        break;
      case 'Expr':
        if (this.interactive && this.stack.length <= 1) {
          this.expr(s.value);
          this.emit(Op.PRINT_EXPR);
        } else if (s.value._type === 'Constant') {
          this.emit(Op.NOP);
        } else {
          this.expr(s.value);
          this.emitNoLine(Op.POP_TOP);
        }
        break;
      case 'Pass':
        this.emit(Op.NOP);
        break;
      case 'Break':
        this.breakStmt();
        break;
      case 'Continue':
        this.continueStmt();
        break;
      case 'With':
        this.withStmt(s, 0);
        break;
      case 'AsyncFor':
        this.asyncFor(s);
        break;
      case 'AsyncWith':
        if (this.u.scopeType !== 'async_function') this.error("'async with' outside async function");
        this.withStmt(s, 0);
        break;
      case 'Match':
        compileMatch(this, s);
        break;
      case 'TryStar':
        if (s.finalbody.length > 0) this.tryFinally(s);
        else this.tryStarExcept(s);
        break;
    }
  }

  returnStmt(s: Stmt & { _type: 'Return' }): void {
    const v = s.value;
    const preserveTos = v !== null && v._type !== 'Constant';
    if (this.u.ste.type !== 'function') this.error("'return' outside function");
    if (v !== null && this.u.ste.coroutine && this.u.ste.generator) this.error("'return' with value in async generator");
    if (preserveTos) this.expr(v);
    this.unwindFblockStack(preserveTos, false);
    if (v === null) this.loadConst(null);
    else if (!preserveTos) this.loadConst((v as Expr & { _type: 'Constant' }).value);
    this.emit(Op.RETURN_VALUE);
    this.nextBlock();
  }

  breakStmt(): void {
    const loop = this.unwindFblockStack(false, true);
    if (loop === null) this.error("'break' outside loop");
    this.unwindFblock(loop, false);
    this.emit(Op.JUMP, 0, loop.exit!);
    this.nextBlock();
  }

  continueStmt(): void {
    const loop = this.unwindFblockStack(false, true);
    if (loop === null) this.error("'continue' not properly in loop");
    this.emit(Op.JUMP, 0, loop.block!);
    this.nextBlock();
  }

  pushFblock(type: FBlockType, block: BasicBlock | null, exit: BasicBlock | null, datum: FBlock['datum'] = null): void {
    if (this.u.fblocks.length >= 20) this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFblock(): void {
    this.u.fblocks.pop();
  }

  /** CPython's `compiler_unwind_fblock`. */
  unwindFblock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case 'while':
      case 'exception_handler':
      case 'async_comprehension_generator':
        return;
      case 'for':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      case 'try_except':
        this.emit(Op.POP_BLOCK);
        return;
      case 'finally_try': {
        this.emit(Op.POP_BLOCK);
        if (preserveTos) this.pushFblock('pop_value', null, null);
        const saved = this.u.loc;
        this.stmts(info.datum as Stmt[]);
        this.u.loc = saved;
        if (preserveTos) this.popFblock();
        this.u.loc = NO_LOCATION;
        return;
      }
      case 'finally_end':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        return;
      case 'with':
      case 'async_with':
        this.u.loc = locOf(info.datum as Stmt);
        this.emit(Op.POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.callExitWithNones();
        if (info.type === 'async_with') this.awaitTos(2);
        this.emit(Op.POP_TOP);
        this.u.loc = NO_LOCATION;
        return;
      case 'handler_cleanup':
        if (info.datum !== null) this.emit(Op.POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        if (info.datum !== null) {
          this.loadConst(null);
          this.nameop(info.datum as string, 'Store');
          this.nameop(info.datum as string, 'Del');
        }
        return;
      case 'pop_value':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
    }
  }

  /** Unwinds up to (not including) the innermost loop when `toLoop`, else everything; returns that loop. */
  unwindFblockStack(preserveTos: boolean, toLoop: boolean): FBlock | null {
    const fbs = this.u.fblocks;
    if (fbs.length === 0) return null;
    const top = fbs[fbs.length - 1];
    if (top.type === 'exception_group_handler') {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (toLoop && (top.type === 'while' || top.type === 'for')) return top;
    fbs.pop();
    this.unwindFblock(top, preserveTos);
    const r = this.unwindFblockStack(preserveTos, toLoop);
    fbs.push(top);
    return r;
  }

  callExitWithNones(): void {
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.emit(Op.CALL, 3);
  }

  forStmt(s: Stmt & { _type: 'For' }): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFblock('for', start, end);
    this.expr(s.iter);
    this.emit(Op.GET_ITER);
    this.useBlock(start);
    this.emit(Op.FOR_ITER, 0, cleanup);
    this.useBlock(body);
    this.expr(s.target);
    this.stmts(s.body);
    this.u.loc = NO_LOCATION;
    this.emit(Op.JUMP, 0, start);
    this.useBlock(cleanup);
    this.popFblock();
    this.stmts(s.orelse);
    this.useBlock(end);
  }

  asyncFor(s: Stmt & { _type: 'AsyncFor' }): void {
    if (this.u.scopeType !== 'async_function') this.error("'async for' outside async function");
    const start = this.newBlock();
    const except = this.newBlock();
    const end = this.newBlock();
    this.expr(s.iter);
    this.emit(Op.GET_AITER);
    this.useBlock(start);
    this.pushFblock('for', start, end);
    this.emit(Op.SETUP_FINALLY, 0, except);
    this.emit(Op.GET_ANEXT);
    this.loadConst(null);
    this.yieldFrom(2);
    this.emit(Op.POP_BLOCK);
    this.expr(s.target);
    this.stmts(s.body);
    this.u.loc = NO_LOCATION;
    this.emit(Op.JUMP, 0, start);
    this.popFblock();
    this.useBlock(except);
    this.u.loc = locOf(s.iter);
    this.emit(Op.END_ASYNC_FOR);
    this.stmts(s.orelse);
    this.useBlock(end);
  }

  whileStmt(s: Stmt & { _type: 'While' }): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useBlock(loop);
    this.pushFblock('while', loop, end);
    this.jumpIf(s.test, anchor, false);
    this.useBlock(body);
    this.stmts(s.body);
    this.u.loc = NO_LOCATION;
    this.emit(Op.JUMP, 0, loop);
    this.popFblock();
    this.useBlock(anchor);
    this.stmts(s.orelse);
    this.useBlock(end);
  }

  tryFinally(s: TryNode | TryStarNode): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.emit(Op.SETUP_FINALLY, 0, end);
    this.useBlock(body);
    this.pushFblock('finally_try', body, end, s.finalbody);
    if (s.handlers.length > 0) {
      if (s._type === 'TryStar') this.tryStarExcept(s);
      else this.tryExcept(s);
    } else {
      this.stmts(s.body);
    }
    this.emitNoLine(Op.POP_BLOCK);
    this.popFblock();
    this.stmts(s.finalbody);
    this.emitNoLine(Op.JUMP, 0, exit);
    // The exceptional path.
    this.useBlock(end);
    this.u.loc = NO_LOCATION;
    this.emit(Op.SETUP_CLEANUP, 0, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFblock('finally_end', end, null);
    this.stmts(s.finalbody);
    this.popFblock();
    this.u.loc = NO_LOCATION;
    this.emit(Op.RERAISE, 0);
    this.useBlock(cleanup);
    this.popExceptAndReraise();
    this.useBlock(exit);
  }

  popExceptAndReraise(): void {
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
  }

  tryExcept(s: TryNode): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.emit(Op.SETUP_FINALLY, 0, except);
    this.useBlock(body);
    this.pushFblock('try_except', body, null);
    this.stmts(s.body);
    this.popFblock();
    this.emitNoLine(Op.POP_BLOCK);
    this.stmts(s.orelse);
    this.emitNoLine(Op.JUMP, 0, end);
    this.useBlock(except);
    this.u.loc = NO_LOCATION;
    this.emit(Op.SETUP_CLEANUP, 0, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFblock('exception_handler', null, null);
    const n = s.handlers.length;
    for (let i = 0; i < n; i++) {
      const h: ExceptHandler = s.handlers[i];
      this.u.loc = locOf(h);
      if (h.type === null && i < n - 1) this.error("default 'except:' must be last");
      except = this.newBlock();
      if (h.type !== null) {
        this.expr(h.type);
        this.emit(Op.CHECK_EXC_MATCH);
        this.emit(Op.POP_JUMP_IF_FALSE, 0, except);
      }
      if (h.name !== null) {
        const cleanupEnd = this.newBlock();
        const cleanupBody = this.newBlock();
        this.nameop(h.name, 'Store');
        this.emit(Op.SETUP_CLEANUP, 0, cleanupEnd);
        this.useBlock(cleanupBody);
        this.pushFblock('handler_cleanup', cleanupBody, null, h.name);
        this.stmts(h.body);
        this.popFblock();
        this.u.loc = NO_LOCATION;
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        this.loadConst(null);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.emit(Op.JUMP, 0, end);
        this.useBlock(cleanupEnd);
        this.u.loc = NO_LOCATION;
        this.loadConst(null);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.emit(Op.RERAISE, 1);
      } else {
        const cleanupBody = this.newBlock();
        this.emit(Op.POP_TOP);
        this.useBlock(cleanupBody);
        this.pushFblock('handler_cleanup', cleanupBody, null, null);
        this.stmts(h.body);
        this.popFblock();
        this.u.loc = NO_LOCATION;
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        this.emit(Op.JUMP, 0, end);
      }
      this.useBlock(except);
    }
    this.u.loc = NO_LOCATION;
    this.popFblock();
    this.emit(Op.RERAISE, 0);
    this.useBlock(cleanup);
    this.popExceptAndReraise();
    this.useBlock(end);
  }

  /** Awaits TOS (GET_AWAITABLE where; LOAD_CONST None; the yield-from loop). */
  awaitTos(where: number): void {
    this.emit(Op.GET_AWAITABLE, where);
    this.loadConst(null);
    this.yieldFrom(2);
  }

  /** CPython's `compiler_try_star_except` (PEP 654). */
  tryStarExcept(s: TryStarNode): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const orelse = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    const reraiseStar = this.newBlock();
    this.emit(Op.SETUP_FINALLY, 0, except);
    this.useBlock(body);
    this.pushFblock('try_except', body, null);
    this.stmts(s.body);
    this.popFblock();
    this.emitNoLine(Op.POP_BLOCK);
    this.emitNoLine(Op.JUMP, 0, orelse);
    const n = s.handlers.length;
    this.useBlock(except);
    this.u.loc = NO_LOCATION;
    this.emit(Op.SETUP_CLEANUP, 0, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFblock('exception_group_handler', null, null);
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      this.u.loc = locOf(h);
      except = this.newBlock();
      const exceptWithError = this.newBlock();
      const noMatch = this.newBlock();
      if (i === 0) {
        this.emit(Op.BUILD_LIST, 0);
        this.emit(Op.COPY, 2);
      }
      if (h.type !== null) {
        this.expr(h.type);
        this.emit(Op.CHECK_EG_MATCH);
        this.emit(Op.COPY, 1);
        this.emit(Op.POP_JUMP_IF_NONE, 0, noMatch);
      }
      const cleanupEnd = this.newBlock();
      const cleanupBody = this.newBlock();
      if (h.name !== null) this.nameop(h.name, 'Store');
      else this.emit(Op.POP_TOP);
      this.emit(Op.SETUP_CLEANUP, 0, cleanupEnd);
      this.useBlock(cleanupBody);
      this.pushFblock('handler_cleanup', cleanupBody, null, h.name);
      this.stmts(h.body);
      this.popFblock();
      this.emit(Op.POP_BLOCK);
      if (h.name !== null) {
        this.loadConst(null);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
      }
      this.emit(Op.JUMP, 0, except);
      this.useBlock(cleanupEnd);
      this.u.loc = NO_LOCATION;
      if (h.name !== null) {
        this.loadConst(null);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
      }
      this.emit(Op.LIST_APPEND, 3);
      this.emit(Op.POP_TOP);
      this.emit(Op.JUMP, 0, exceptWithError);
      this.useBlock(except);
      this.emit(Op.NOP);
      this.emit(Op.JUMP, 0, exceptWithError);
      this.useBlock(noMatch);
      this.emit(Op.POP_TOP);
      this.useBlock(exceptWithError);
      if (i === n - 1) {
        this.emit(Op.LIST_APPEND, 1);
        this.emit(Op.JUMP, 0, reraiseStar);
      }
    }
    this.popFblock();
    const reraise = this.newBlock();
    this.useBlock(reraiseStar);
    this.emit(Op.PREP_RERAISE_STAR);
    this.emit(Op.COPY, 1);
    this.emit(Op.POP_JUMP_IF_NOT_NONE, 0, reraise);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.JUMP, 0, end);
    this.useBlock(reraise);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 0);
    this.useBlock(cleanup);
    this.popExceptAndReraise();
    this.useBlock(orelse);
    this.stmts(s.orelse);
    this.useBlock(end);
  }

  withStmt(s: WithNode | AsyncWithNode, pos: number): void {
    const isAsync = s._type === 'AsyncWith';
    const item = s.items[pos];
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.expr(item.context_expr);
    if (isAsync) {
      this.emit(Op.BEFORE_ASYNC_WITH);
      this.awaitTos(1);
    } else {
      this.emit(Op.BEFORE_WITH);
    }
    this.emit(Op.SETUP_WITH, 0, final);
    this.useBlock(block);
    this.pushFblock(isAsync ? 'async_with' : 'with', block, final, s);
    if (item.optional_vars !== null) this.expr(item.optional_vars);
    else this.emit(Op.POP_TOP);
    if (pos + 1 === s.items.length) this.stmts(s.body);
    else this.withStmt(s, pos + 1);
    this.u.loc = NO_LOCATION;
    this.emit(Op.POP_BLOCK);
    this.popFblock();
    this.u.loc = locOf(s);
    this.callExitWithNones();
    if (isAsync) this.awaitTos(2);
    this.emit(Op.POP_TOP);
    this.emit(Op.JUMP, 0, exit);
    this.useBlock(final);
    this.emit(Op.SETUP_CLEANUP, 0, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    if (isAsync) this.awaitTos(2);
    // compiler_with_except_finish
    const suppressed = this.newBlock();
    this.emit(Op.POP_JUMP_IF_TRUE, 0, suppressed);
    this.emit(Op.RERAISE, 2);
    this.useBlock(cleanup);
    this.popExceptAndReraise();
    this.useBlock(suppressed);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_TOP);
    this.useBlock(exit);
  }

  importAlias(a: Alias): void {
    this.loadConst(0n);
    this.loadConst(null);
    this.emitName(Op.IMPORT_NAME, a.name);
    if (a.asname !== null) {
      let dot = a.name.indexOf('.');
      if (dot >= 0) {
        for (;;) {
          const pos = dot + 1;
          dot = a.name.indexOf('.', pos);
          this.emitName(Op.IMPORT_FROM, a.name.slice(pos, dot < 0 ? undefined : dot));
          if (dot < 0) break;
          this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP);
        }
        this.nameop(a.asname, 'Store');
        this.emit(Op.POP_TOP);
      } else {
        this.nameop(a.asname, 'Store');
      }
    } else {
      const dot = a.name.indexOf('.');
      this.nameop(dot >= 0 ? a.name.slice(0, dot) : a.name, 'Store');
    }
  }

  importFrom(s: Stmt & { _type: 'ImportFrom' }): void {
    if (s.module === '__future__' && !this.isFutureAllowed(s)) {
      this.error('from __future__ imports must occur at the beginning of the file');
    }
    this.loadConst(BigInt(s.level ?? 0));
    this.loadConst({ kind: 'tuple', items: s.names.map((a) => a.name) });
    this.emitName(Op.IMPORT_NAME, s.module ?? '');
    for (let i = 0; i < s.names.length; i++) {
      const a = s.names[i];
      if (i === 0 && a.name === '*') {
        this.emit(Op.IMPORT_STAR);
        return;
      }
      this.emitName(Op.IMPORT_FROM, a.name);
      this.nameop(a.asname ?? a.name, 'Store');
    }
    this.emit(Op.POP_TOP);
  }

  futureOk: Set<Stmt> | null = null;

  isFutureAllowed(s: Stmt): boolean {
    if (this.futureOk === null) {
      this.futureOk = new Set();
      const mod = this.stack[0].ste.node as Mod;
      if (mod._type === 'Module' || mod._type === 'Interactive') {
        let i = 0;
        if (isDocstring(mod.body[0])) i = 1;
        for (; i < mod.body.length; i++) {
          const x = mod.body[i];
          if (x._type !== 'ImportFrom' || x.module !== '__future__') break;
          this.futureOk.add(x);
        }
      }
    }
    return this.futureOk.has(s);
  }

  augAssign(target: Expr, op: Operator, value: Expr): void {
    switch (target._type) {
      case 'Attribute':
        this.expr(target.value);
        this.emit(Op.COPY, 1);
        this.emitName(Op.LOAD_ATTR, target.attr);
        break;
      case 'Subscript':
        this.expr(target.value);
        this.expr(target.slice);
        this.emit(Op.COPY, 2);
        this.emit(Op.COPY, 2);
        this.emit(Op.BINARY_SUBSCR);
        break;
      case 'Name':
        this.nameop(target.id, 'Load');
        break;
      default:
        this.error(`invalid node type (${target._type}) for augmented assignment`);
    }
    this.expr(value);
    this.emit(Op.BINARY_OP, BINOPS[op] + NB_INPLACE);
    switch (target._type) {
      case 'Attribute':
        this.emit(Op.SWAP, 2);
        this.emitName(Op.STORE_ATTR, target.attr);
        break;
      case 'Subscript':
        this.emit(Op.SWAP, 3);
        this.emit(Op.SWAP, 2);
        this.emit(Op.STORE_SUBSCR);
        break;
      default:
        this.nameop((target as Expr & { _type: 'Name' }).id, 'Store');
    }
  }

  annotationValue(a: Expr): void {
    if (this.futureAnnotations) {
      this.loadConst(unparseAnnotation(a));
    } else if (a._type === 'Starred') {
      // `*args: *Ts` (PEP 646): the value is the single item of the unpacked Ts.
      this.expr(a.value);
      this.emit(Op.UNPACK_SEQUENCE, 1);
    } else {
      this.expr(a);
    }
  }

  annAssign(s: Stmt & { _type: 'AnnAssign' }): void {
    const t = s.target;
    if (s.value !== null) {
      this.expr(s.value);
      this.expr(t);
    }
    switch (t._type) {
      case 'Name':
        if (s.simple && (this.u.scopeType === 'module' || this.u.scopeType === 'class')) {
          this.annotationValue(s.annotation);
          this.emitName(Op.LOAD_NAME, '__annotations__');
          this.loadConst(mangle(this.u.private, t.id));
          this.emit(Op.STORE_SUBSCR);
        }
        break;
      case 'Attribute':
        if (s.value === null) {
          this.expr(t.value);
          this.emit(Op.POP_TOP);
        }
        break;
      case 'Subscript':
        if (s.value === null) {
          this.expr(t.value);
          this.emit(Op.POP_TOP);
          this.checkAnnSubscr(t.slice);
        }
        break;
      default:
        break;
    }
    if (!s.simple && (this.u.scopeType === 'module' || this.u.scopeType === 'class') && !this.futureAnnotations) {
      this.expr(s.annotation);
      this.emit(Op.POP_TOP);
    }
  }

  checkAnnSubscr(e: Expr): void {
    if (e._type === 'Slice') {
      for (const x of [e.lower, e.upper, e.step]) {
        if (x !== null) {
          this.expr(x);
          this.emit(Op.POP_TOP);
        }
      }
    } else if (e._type === 'Tuple') {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else {
      this.expr(e);
      this.emit(Op.POP_TOP);
    }
  }

  // --- functions and classes ---

  defaults(args: Arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.expr(d);
      this.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= MAKE_FUNCTION_DEFAULTS;
    }
    let n = 0;
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      const d = args.kw_defaults[i] as Expr | null;
      if (d !== null && d !== undefined) {
        this.loadConst(mangle(this.u.private, args.kwonlyargs[i].arg));
        this.expr(d);
        n++;
      }
    }
    if (n > 0) {
      this.emit(Op.BUILD_MAP, n);
      flags |= MAKE_FUNCTION_KWDEFAULTS;
    }
    return flags;
  }

  annotations(args: Arguments, returns: Expr | null): number {
    let n = 0;
    const one = (name: string, a: Expr | null): void => {
      if (a === null) return;
      this.loadConst(mangle(this.u.private, name));
      this.annotationValue(a);
      n++;
    };
    // CPython 3.11's order: args before posonlyargs.
    for (const a of args.args) one(a.arg, a.annotation);
    for (const a of args.posonlyargs) one(a.arg, a.annotation);
    if (args.vararg !== null) one(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) one(a.arg, a.annotation);
    if (args.kwarg !== null) one(args.kwarg.arg, args.kwarg.annotation);
    one('return', returns);
    if (n > 0) {
      this.emit(Op.BUILD_TUPLE, n * 2);
      return MAKE_FUNCTION_ANNOTATIONS;
    }
    return 0;
  }

  /** CPython's `compiler_check_debug_args`. */
  checkDebugArgs(a: Arguments): void {
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) if (p.arg === '__debug__') this.error('cannot assign to __debug__');
  }

  functionDef(s: Stmt & { _type: 'FunctionDef' | 'AsyncFunctionDef' }): void {
    this.checkDebugArgs(s.args);
    for (const d of s.decorator_list) this.expr(d);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    let flags = this.defaults(s.args);
    flags |= this.annotations(s.args, s.returns);
    this.enterScope(s.name, s._type === 'AsyncFunctionDef' ? 'async_function' : 'function', s, firstlineno);
    const doc = this.optimize < 2 && isDocstring(s.body[0]) ? (s.body[0] as Stmt & { _type: 'Expr' }).value : null;
    this.addConst(doc !== null ? (doc as Expr & { _type: 'Constant' }).value : null);
    this.u.argcount = s.args.posonlyargs.length + s.args.args.length;
    this.u.posonlyargcount = s.args.posonlyargs.length;
    this.u.kwonlyargcount = s.args.kwonlyargs.length;
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.stmt(s.body[i]);
    const co = this.makeCode(true);
    this.exitScope();
    this.u.loc = locOf(s);
    this.makeClosure(co, flags);
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL, 1);
    this.nameop(s.name, 'Store');
  }

  classDef(s: Stmt & { _type: 'ClassDef' }): void {
    for (const d of s.decorator_list) this.expr(d);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    this.enterScope(s.name, 'class', s, firstlineno);
    this.u.loc = locOf(s);
    this.nameop('__name__', 'Load');
    this.nameop('__module__', 'Store');
    this.loadConst(this.u.qualname);
    this.nameop('__qualname__', 'Store');
    this.body(s.body);
    this.u.loc = NO_LOCATION;
    if (this.u.ste.needsClassClosure) {
      this.emit(Op.LOAD_CLOSURE, this.u.cellIndex.get('__class__')!);
      this.emit(Op.COPY, 1);
      this.nameop('__classcell__', 'Store');
    } else {
      this.loadConst(null);
    }
    this.emit(Op.RETURN_VALUE);
    const co = this.makeCode(true);
    this.exitScope();
    this.u.loc = locOf(s);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeClosure(co, 0);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL, 1);
    this.nameop(s.name, 'Store');
  }

  // --- expressions ---

  exprs(list: readonly Expr[]): void {
    for (const e of list) this.expr(e);
  }

  expr(e: Expr): void {
    const saved = this.u.loc;
    this.u.loc = locOf(e);
    this.expr1(e);
    this.u.loc = saved;
  }

  expr1(e: Expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(Op.COPY, 1);
        this.expr(e.target);
        break;
      case 'BoolOp': {
        const op = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        const end = this.newBlock();
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) {
          this.expr(e.values[i]);
          this.emit(op, 0, end);
        }
        this.expr(e.values[n]);
        this.useBlock(end);
        break;
      }
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.emit(Op.BINARY_OP, BINOPS[e.op]);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        this.emit(e.op === 'UAdd' ? Op.UNARY_POSITIVE : e.op === 'USub' ? Op.UNARY_NEGATIVE
          : e.op === 'Not' ? Op.UNARY_NOT : Op.UNARY_INVERT);
        break;
      case 'Lambda':
        this.lambda(e);
        break;
      case 'IfExp': {
        const end = this.newBlock();
        const next = this.newBlock();
        this.jumpIf(e.test, next, false);
        this.expr(e.body);
        this.emitNoLine(Op.JUMP, 0, end);
        this.useBlock(next);
        this.expr(e.orelse);
        this.useBlock(end);
        break;
      }
      case 'Dict':
        this.dict(e);
        break;
      case 'Set':
        this.starunpack(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
        break;
      case 'GeneratorExp':
        this.comprehension(e, '<genexpr>', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.comprehension(e, '<listcomp>', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.comprehension(e, '<setcomp>', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.comprehension(e, '<dictcomp>', e.generators, e.key, e.value);
        break;
      case 'Yield':
        if (this.u.ste.type !== 'function') this.error("'yield' outside function");
        if (e.value !== null) this.expr(e.value);
        else this.loadConst(null);
        if (this.u.ste.coroutine) this.emit(Op.ASYNC_GEN_WRAP);
        this.emit(Op.YIELD_VALUE, 0);
        break;
      case 'YieldFrom':
        if (this.u.ste.type !== 'function') this.error("'yield' outside function");
        if (this.u.scopeType === 'async_function') this.error("'yield from' inside async function");
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(null);
        this.yieldFrom(1);
        break;
      case 'Await':
        if (this.u.ste.type !== 'function') this.error("'await' outside function");
        if (this.u.scopeType !== 'async_function' && this.u.scopeType !== 'comprehension') {
          this.error("'await' outside async function");
        }
        this.expr(e.value);
        this.emit(Op.GET_AWAITABLE, 0);
        this.loadConst(null);
        this.yieldFrom(2);
        break;
      case 'Compare':
        this.compare(e);
        break;
      case 'Call':
        this.call(e);
        break;
      case 'FormattedValue': {
        this.expr(e.value);
        const conv = e.conversion;
        let oparg = conv === 115 ? 1 : conv === 114 ? 2 : conv === 97 ? 3 : 0;
        if (e.format_spec !== null) {
          this.expr(e.format_spec);
          oparg |= FVS_HAVE_SPEC;
        }
        this.emit(Op.FORMAT_VALUE, oparg);
        break;
      }
      case 'JoinedStr':
        if (e.values.length > STACK_USE_GUIDELINE) {
          this.loadConst('');
          this.emitName(Op.LOAD_METHOD, 'join');
          this.emit(Op.BUILD_LIST, 0);
          for (const v of e.values) {
            this.expr(v);
            this.emit(Op.LIST_APPEND, 1);
          }
          this.emit(Op.CALL_METHOD, 1);
        } else {
          this.exprs(e.values);
          if (e.values.length !== 1) this.emit(Op.BUILD_STRING, e.values.length);
        }
        break;
      case 'Constant':
        this.loadConst(e.value);
        break;
      case 'Attribute':
        if (e.ctx === 'Store' && e.attr === '__debug__') this.error('cannot assign to __debug__');
        this.expr(e.value);
        this.emitName(e.ctx === 'Load' ? Op.LOAD_ATTR : e.ctx === 'Store' ? Op.STORE_ATTR : Op.DELETE_ATTR, e.attr);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        this.emit(e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
        break;
      case 'Starred':
        if (e.ctx === 'Store') this.error('starred assignment target must be in a list or tuple');
        this.error("can't use starred expression here");
        break;
      case 'Slice': {
        let n = 2;
        if (e.lower !== null) this.expr(e.lower);
        else this.loadConst(null);
        if (e.upper !== null) this.expr(e.upper);
        else this.loadConst(null);
        if (e.step !== null) {
          n++;
          this.expr(e.step);
        }
        this.emit(Op.BUILD_SLICE, n);
        break;
      }
      case 'Name':
        this.nameop(e.id, e.ctx);
        break;
      case 'List':
      case 'Tuple':
        if (e.ctx === 'Store') this.assignSequence(e.elts);
        else if (e.ctx === 'Load') {
          if (e._type === 'List') this.starunpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
          else this.starunpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        } else {
          this.exprs(e.elts);
        }
        break;
    }
  }

  /** 3.11's yield-from loop: SEND exit; YIELD_VALUE; JUMP back to SEND. */
  yieldFrom(kind: number): void {
    const start = this.newBlock();
    const exit = this.newBlock();
    this.useBlock(start);
    this.emit(Op.SEND, 0, exit);
    this.nextBlock();
    this.emit(Op.YIELD_VALUE, kind);
    this.emit(Op.JUMP, 0, start);
    this.useBlock(exit);
  }

  assignSequence(elts: readonly Expr[]): void {
    let seenStar = false;
    let before = 0;
    for (let i = 0; i < elts.length; i++) {
      if (elts[i]._type === 'Starred') {
        if (seenStar) this.error('multiple starred expressions in assignment');
        seenStar = true;
        before = i;
      }
    }
    if (seenStar) {
      const after = elts.length - before - 1;
      if (before >= 256 || after >= (1 << 15)) this.error('too many expressions in star-unpacking assignment');
      this.emit(Op.UNPACK_EX, before + (after << 8));
    } else {
      this.emit(Op.UNPACK_SEQUENCE, elts.length);
    }
    for (const x of elts) this.expr(x._type === 'Starred' ? x.value : x);
  }

  compareOp(op: CmpOpKind): void {
    switch (op) {
      case 'Is': this.emit(Op.IS_OP, 0); break;
      case 'IsNot': this.emit(Op.IS_OP, 1); break;
      case 'In': this.emit(Op.CONTAINS_OP, 0); break;
      case 'NotIn': this.emit(Op.CONTAINS_OP, 1); break;
      default: this.emit(Op.COMPARE_OP, CMPOPS[op]);
    }
  }

  compare(e: Expr & { _type: 'Compare' }): void {
    this.expr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.expr(e.comparators[0]);
      this.compareOp(e.ops[0]);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.expr(e.comparators[i]);
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.compareOp(e.ops[i]);
      this.emit(Op.JUMP_IF_FALSE_OR_POP, 0, cleanup);
    }
    this.expr(e.comparators[n]);
    this.compareOp(e.ops[n]);
    const end = this.newBlock();
    this.emitNoLine(Op.JUMP, 0, end);
    this.useBlock(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.useBlock(end);
  }

  /** CPython's `compiler_jump_if`: jumps to `next` when bool(e) == cond. */
  jumpIf(e: Expr, next: BasicBlock, cond: boolean): void {
    const saved = this.u.loc;
    this.u.loc = locOf(e);
    try {
      switch (e._type) {
        case 'UnaryOp':
          if (e.op === 'Not') {
            this.jumpIf(e.operand, next, !cond);
            return;
          }
          break;
        case 'BoolOp': {
          const n = e.values.length - 1;
          const cond2 = e.op === 'Or';
          let next2 = next;
          if (cond2 !== cond) next2 = this.newBlock();
          for (let i = 0; i < n; i++) this.jumpIf(e.values[i], next2, cond2);
          this.jumpIf(e.values[n], next, cond);
          if (next2 !== next) this.useBlock(next2);
          return;
        }
        case 'IfExp': {
          const end = this.newBlock();
          const next2 = this.newBlock();
          this.jumpIf(e.test, next2, false);
          this.jumpIf(e.body, next, cond);
          this.emitNoLine(Op.JUMP, 0, end);
          this.useBlock(next2);
          this.jumpIf(e.orelse, next, cond);
          this.useBlock(end);
          return;
        }
        case 'Compare': {
          const n = e.ops.length - 1;
          if (n > 0) {
            const cleanup = this.newBlock();
            this.expr(e.left);
            for (let i = 0; i < n; i++) {
              this.expr(e.comparators[i]);
              this.emit(Op.SWAP, 2);
              this.emit(Op.COPY, 2);
              this.compareOp(e.ops[i]);
              this.emit(Op.POP_JUMP_IF_FALSE, 0, cleanup);
            }
            this.expr(e.comparators[n]);
            this.compareOp(e.ops[n]);
            this.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, 0, next);
            const end = this.newBlock();
            this.emitNoLine(Op.JUMP, 0, end);
            this.useBlock(cleanup);
            this.emit(Op.POP_TOP);
            if (!cond) this.emitNoLine(Op.JUMP, 0, next);
            this.useBlock(end);
            return;
          }
          break;
        }
        case 'Constant': {
          // A constant test: jump unconditionally or not at all.
          const truth = constTruthOf(e.value);
          if (truth === cond) this.emit(Op.JUMP, 0, next);
          return;
        }
        default:
          break;
      }
      this.expr(e);
      this.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, 0, next);
    } finally {
      this.u.loc = saved;
    }
  }

  /** CPython's `starunpack_helper`: lists, tuples, sets and *args with unpacking. */
  starunpack(elts: readonly Expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x._type === 'Constant')) {
      const items = elts.map((x) => (x as Expr & { _type: 'Constant' }).value);
      const folded: Constant = { kind: add === Op.SET_ADD ? 'frozenset' : 'tuple', items };
      if (tuple) {
        this.loadConst(folded);
      } else {
        this.emit(build, pushed);
        this.loadConst(folded);
        this.emit(extend, 1);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x._type === 'Starred');
    if (!seenStar && !big) {
      this.exprs(elts);
      this.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.emit(build, pushed);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const x = elts[i];
      if (x._type === 'Starred') {
        if (!built) {
          this.emit(build, i + pushed);
          built = true;
        }
        this.expr(x.value);
        this.emit(extend, 1);
      } else {
        this.expr(x);
        if (built) this.emit(add, 1);
      }
    }
    if (tuple) this.emit(Op.LIST_TO_TUPLE);
  }

  subdict(keys: readonly (Expr | null)[], values: readonly Expr[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    let allConst = n > 1 && !big;
    for (let i = begin; i < end && allConst; i++) if (keys[i]?._type !== 'Constant') allConst = false;
    if (allConst) {
      for (let i = begin; i < end; i++) this.expr(values[i]);
      this.loadConst({ kind: 'tuple', items: keys.slice(begin, end).map((k) => (k as Expr & { _type: 'Constant' }).value) });
      this.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) {
      this.emit(Op.BUILD_MAP, 0);
      for (let i = begin; i < end; i++) {
        this.expr(keys[i]!);
        this.expr(values[i]);
        this.emit(Op.MAP_ADD, 1);
      }
      return;
    }
    for (let i = begin; i < end; i++) {
      this.expr(keys[i]!);
      this.expr(values[i]);
    }
    this.emit(Op.BUILD_MAP, n);
  }

  dict(e: Expr & { _type: 'Dict' }): void {
    const n = e.values.length;
    const keys = e.keys as readonly (Expr | null)[];
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (keys[i] === null) {
        if (elements > 0) {
          this.subdict(keys, e.values, i - elements, i);
          if (haveDict) this.emit(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.expr(e.values[i]);
        this.emit(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(keys, e.values, i - elements, i + 1);
        if (haveDict) this.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements > 0) {
      this.subdict(keys, e.values, n - elements, n);
      if (haveDict) this.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.emit(Op.BUILD_MAP, 0);
  }

  validateKeywords(keywords: readonly Keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const k = keywords[i];
      if (k.arg === null) continue;
      if (k.arg === '__debug__') this.error('cannot assign to __debug__');
      for (let j = i + 1; j < keywords.length; j++) {
        if (keywords[j].arg === k.arg) {
          this.u.loc = locOf(keywords[j]);
          this.error(`keyword argument repeated: ${k.arg}`);
        }
      }
    }
  }

  call(e: Expr & { _type: 'Call' }): void {
    const f = e.func;
    // Method call: obj.meth(args) with plain positional and keyword arguments.
    if (f._type === 'Attribute' && f.ctx === 'Load' && e.args.length + e.keywords.length < STACK_USE_GUIDELINE
      && !e.args.some((a) => a._type === 'Starred') && !e.keywords.some((k) => k.arg === null)) {
      this.validateKeywords(e.keywords);
      this.expr(f.value);
      const saved = this.u.loc;
      this.u.loc = [f.end_lineno, f.end_lineno, f.end_col_offset - f.attr.length, f.end_col_offset];
      this.emitName(Op.LOAD_METHOD, f.attr);
      this.u.loc = saved;
      this.exprs(e.args);
      if (e.keywords.length > 0) {
        for (const k of e.keywords) this.expr(k.value);
        this.loadConst({ kind: 'tuple', items: e.keywords.map((k) => k.arg!) });
        this.emit(Op.CALL_METHOD_KW, e.args.length + e.keywords.length);
      } else {
        this.emit(Op.CALL_METHOD, e.args.length);
      }
      return;
    }
    this.expr(f);
    this.callHelper(0, e.args, e.keywords);
  }

  /** CPython's `compiler_call_helper`: the callable (and `pushed` arguments) are on the stack. */
  callHelper(pushed: number, args: readonly Expr[], keywords: readonly Keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkw = keywords.length;
    const simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE && !args.some((a) => a._type === 'Starred')
      && !keywords.some((k) => k.arg === null);
    if (simple) {
      this.exprs(args);
      if (nkw > 0) {
        for (const k of keywords) this.expr(k.value);
        this.loadConst({ kind: 'tuple', items: keywords.map((k) => k.arg!) });
        this.emit(Op.CALL_KW, pushed + nelts + nkw);
      } else {
        this.emit(Op.CALL, pushed + nelts);
      }
      return;
    }
    if (pushed === 0 && nelts === 1 && args[0]._type === 'Starred') {
      this.expr(args[0].value);
    } else {
      this.starunpack(args, pushed, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (nkw > 0) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkw; i++) {
        const k = keywords[i];
        if (k.arg === null) {
          if (nseen > 0) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.emit(Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.emit(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.expr(k.value);
          this.emit(Op.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen > 0) {
        this.subkwargs(keywords, nkw - nseen, nkw);
        if (haveDict) this.emit(Op.DICT_MERGE, 1);
      }
    }
    this.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
  }

  subkwargs(keywords: readonly Keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.expr(keywords[i].value);
      this.loadConst({ kind: 'tuple', items: keywords.slice(begin, end).map((k) => k.arg!) });
      this.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.emit(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.loadConst(keywords[i].arg!);
      this.expr(keywords[i].value);
      if (big) this.emit(Op.MAP_ADD, 1);
    }
    if (!big) this.emit(Op.BUILD_MAP, n);
  }

  lambda(e: Expr & { _type: 'Lambda' }): void {
    this.checkDebugArgs(e.args);
    const flags = this.defaults(e.args);
    this.enterScope('<lambda>', 'lambda', e, e.lineno);
    this.addConst(null);
    this.u.argcount = e.args.posonlyargs.length + e.args.args.length;
    this.u.posonlyargcount = e.args.posonlyargs.length;
    this.u.kwonlyargcount = e.args.kwonlyargs.length;
    this.u.loc = locOf(e);
    this.expr(e.body);
    this.emit(Op.RETURN_VALUE);
    const co = this.makeCode(true);
    this.exitScope();
    this.makeClosure(co, flags);
  }

  comprehension(e: Expr, name: string, generators: readonly Comprehension[], elt: Expr, val: Expr | null): void {
    const outermost = generators[0];
    const loc = this.u.loc;
    const outerScope = this.u.scopeType;
    this.enterScope(name, 'comprehension', e, (e as { lineno: number }).lineno);
    this.u.loc = loc;
    const isAsync = this.u.ste.coroutine;
    const kind = e._type;
    if (isAsync && kind !== 'GeneratorExp' && outerScope !== 'async_function' && outerScope !== 'comprehension') {
      this.error('asynchronous comprehension outside of an asynchronous function');
    }
    if (kind !== 'GeneratorExp') {
      this.emit(kind === 'ListComp' ? Op.BUILD_LIST : kind === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    }
    this.comprehensionGenerator(generators, 0, 0, elt, val, kind);
    if (kind !== 'GeneratorExp') this.emit(Op.RETURN_VALUE);
    const co = this.makeCode(true);
    this.exitScope();
    this.makeClosure(co, 0);
    this.expr(outermost.iter);
    this.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
    this.emit(Op.CALL, 1);
    if (isAsync && kind !== 'GeneratorExp') this.awaitTos(0);
  }

  asyncComprehensionGenerator(generators: readonly Comprehension[], index: number, depth: number, elt: Expr, val: Expr | null, kind: string): void {
    const start = this.newBlock();
    const except = this.newBlock();
    const ifCleanup = this.newBlock();
    const gen = generators[index];
    if (index === 0) {
      this.u.argcount = 1;
      this.emit(Op.LOAD_FAST, 0);
    } else {
      this.expr(gen.iter);
      this.emit(Op.GET_AITER);
    }
    this.useBlock(start);
    this.pushFblock('async_comprehension_generator', start, null);
    this.emit(Op.SETUP_FINALLY, 0, except);
    this.emit(Op.GET_ANEXT);
    this.loadConst(null);
    this.yieldFrom(2);
    this.emit(Op.POP_BLOCK);
    this.expr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    depth++;
    if (index + 1 < generators.length) this.comprehensionGenerator(generators, index + 1, depth, elt, val, kind);
    else this.comprehensionElement(elt, val, kind, depth);
    this.useBlock(ifCleanup);
    this.emit(Op.JUMP, 0, start);
    this.popFblock();
    this.useBlock(except);
    this.emit(Op.END_ASYNC_FOR);
  }

  comprehensionElement(elt: Expr, val: Expr | null, kind: string, depth: number): void {
    switch (kind) {
      case 'GeneratorExp':
        this.expr(elt);
        if (this.u.ste.coroutine) this.emit(Op.ASYNC_GEN_WRAP);
        this.emit(Op.YIELD_VALUE, 0);
        this.emit(Op.POP_TOP);
        break;
      case 'ListComp':
        this.expr(elt);
        this.emit(Op.LIST_APPEND, depth + 1);
        break;
      case 'SetComp':
        this.expr(elt);
        this.emit(Op.SET_ADD, depth + 1);
        break;
      default:
        this.expr(elt);
        this.expr(val!);
        this.emit(Op.MAP_ADD, depth + 1);
    }
  }

  comprehensionGenerator(generators: readonly Comprehension[], index: number, depth: number, elt: Expr, val: Expr | null, kind: string): void {
    if (generators[index].is_async) {
      this.asyncComprehensionGenerator(generators, index, depth, elt, val, kind);
      return;
    }
    let start: BasicBlock | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    const gen = generators[index];
    if (index === 0) {
      this.u.argcount = 1;
      this.emit(Op.LOAD_FAST, 0);
    } else {
      const it = gen.iter;
      if ((it._type === 'List' || it._type === 'Tuple') && it.elts.length === 1 && it.elts[0]._type !== 'Starred') {
        this.expr(it.elts[0]);
        start = null;
      } else {
        this.expr(it);
        this.emit(Op.GET_ITER);
      }
    }
    if (start !== null) {
      depth++;
      this.useBlock(start);
      this.emit(Op.FOR_ITER, 0, anchor);
    }
    this.expr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (index + 1 < generators.length) {
      this.comprehensionGenerator(generators, index + 1, depth, elt, val, kind);
    } else {
      this.comprehensionElement(elt, val, kind, depth);
    }
    this.useBlock(ifCleanup);
    if (start !== null) {
      this.emit(Op.JUMP, 0, start);
      this.useBlock(anchor);
    }
  }
}

/**
 * CPython 3.11's `remove_unused_consts`: constants only dead code used (a nested
 * function after `return`, say) are dropped and LOAD_CONST renumbered in place.
 * consts[0] stays (it is the docstring slot of functions).
 */
function removeUnusedConsts(code: Int32Array, consts: (Constant | CodeObject)[]): (Constant | CodeObject)[] {
  const n = consts.length;
  if (n === 0) return consts;
  const used = new Uint8Array(n);
  used[0] = 1;
  for (let i = 0; i < code.length; i++) {
    if ((code[i] & OPCODE_MASK) === Op.LOAD_CONST) used[code[i] >> OPARG_SHIFT] = 1;
  }
  if (used.every((x) => x === 1)) return consts;
  const map = new Int32Array(n);
  const out: (Constant | CodeObject)[] = [];
  for (let i = 0; i < n; i++) {
    if (used[i]) {
      map[i] = out.length;
      out.push(consts[i]);
    }
  }
  for (let i = 0; i < code.length; i++) {
    if ((code[i] & OPCODE_MASK) === Op.LOAD_CONST) code[i] = Op.LOAD_CONST | (map[code[i] >> OPARG_SHIFT] << OPARG_SHIFT);
  }
  return out;
}

function constTruthOf(v: Constant): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean': return v;
    case 'bigint': return v !== 0n;
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
    default:
      switch (v.kind) {
        case 'ellipsis': case 'str': return true;
        case 'complex': return v.real !== 0 || v.imag !== 0;
        case 'bytes': return v.value.length > 0;
        default: return v.items.length > 0;
      }
  }
}

/**
 * CPython's `_PyAST_Compile`: folds constants, builds the symbol table and generates
 * the module's code object (nested code objects are in its constants). `mod` may be a
 * Module (exec), Expression (eval) or Interactive (single) tree. Throws
 * {@link PySyntaxError} for code CPython's compiler rejects.
 * @public
 */
export function compileAst(mod: Mod, options: CompileOptions = {}): CodeObject {
  const filename = options.filename ?? '<string>';
  const optimize = options.optimize ?? 0;
  try {
    const folded = foldConstants(mod, { optimize });
    const st = buildSymbolTable(folded, { filename });
    const c = new Compiler(st, filename, optimize, folded._type === 'Interactive');
    return c.compileMod(folded);
  } catch (e) {
    if (e instanceof RangeError) {
      // NON-CPYTHON: CPython raises RecursionError for pathologically nested code; a JS
      // stack overflow becomes the parser's "too complex" SyntaxError instead.
      throw new PySyntaxError({
        kind: 'SyntaxError', msg: 'too complex', filename, lineno: 1, offset: 1, text: null, end_lineno: null, end_offset: null,
      });
    }
    throw e;
  }
}

/** Options of {@link compileSource}. @public */
export interface CompileSourceOptions extends CompileOptions {
  /** `exec` (a module, default), `eval` (one expression) or `single` (interactive). */
  readonly mode?: 'exec' | 'eval' | 'single';
}

/**
 * The builtin `compile(source, filename, mode)` for source text or bytes: parses with
 * src/parse.ts and compiles with {@link compileAst}.
 * @public
 */
export function compileSource(source: string | Uint8Array, options: CompileSourceOptions = {}): CodeObject {
  const filename = options.filename ?? '<string>';
  const tree = parse(source, { filename, mode: options.mode ?? 'exec' });
  return compileAst(tree, { filename, optimize: options.optimize });
}
