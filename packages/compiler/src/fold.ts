// CPython's AST optimizer (Python/ast_opt.c): constant folding of unary and binary
// operations on constants, tuples of constants, constant subscripts, `in`/`for` over
// list or set displays of constants, `not` folded into comparisons, and `__debug__`.
// Copy-on-write: the input tree is never mutated; unchanged subtrees are shared.

import type { Expr, Mod, Node, Operator } from './ast-nodes.js';
import { NODE_FIELDS } from './ast-nodes.js';
import type { Constant } from './constants.js';
import { isStr, strCodePoints, strConcat, strFromCodePoints, strLength } from './constants.js';

// CPython's safety limits (ast_opt.c).
const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** Options of {@link foldConstants}. @public */
export interface FoldOptions {
  /** The compile `optimize` level: `__debug__` folds to `optimize === 0`. */
  readonly optimize?: number;
}

type Located = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

/** A "no fold" marker distinct from every constant. */
const NO = Symbol('no-fold');
type Folded = Constant | typeof NO;

function isInt(v: Constant): v is bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean';
}

function toBig(v: bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}

function bitLength(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);
}

function isTuple(v: Constant): v is { kind: 'tuple'; items: readonly Constant[] } {
  return v !== null && typeof v === 'object' && v.kind === 'tuple';
}

function isBytes(v: Constant): v is { kind: 'bytes'; value: Uint8Array } {
  return v !== null && typeof v === 'object' && v.kind === 'bytes';
}

/** Python's truth value of a constant. @internal */
export function constTruth(v: Constant): boolean {
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

function toFloat(v: Constant): number | typeof NO {
  if (typeof v === 'number') return v;
  if (isInt(v)) {
    const f = Number(toBig(v));
    return Number.isFinite(f) ? f : NO;
  }
  return NO;
}

function pyFloorDivFloat(a: number, b: number): number | typeof NO {
  if (b === 0) return NO;
  const mod = pyModFloat(a, b) as number;
  let div = (a - mod) / b;
  if (div !== 0) {
    const fl = Math.floor(div);
    if (div - fl > 0.5) div = fl + 1; else div = fl;
  } else {
    div = 0 * (a / b);
  }
  return div;
}

function pyModFloat(a: number, b: number): number | typeof NO {
  if (b === 0) return NO;
  let mod = a % b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && ((a < 0n) !== (b < 0n))) ? q - 1n : q;
}

function repeat(v: Constant, n: bigint): Folded {
  if (n < 0n) n = 0n;
  if (isStr(v)) {
    const len = strLength(v);
    if (len > 0 && n > BigInt(Math.floor(MAX_STR_SIZE / len))) return NO;
    if (typeof v === 'string') return v.repeat(Number(n));
    if (n === 0n) return '';
    const cps: number[] = [];
    for (let i = 0; i < Number(n); i++) cps.push(...v.codePoints);
    return { kind: 'str', codePoints: cps };
  }
  if (isBytes(v)) {
    if (v.value.length > 0 && n > BigInt(Math.floor(MAX_STR_SIZE / v.value.length))) return NO;
    const out = new Uint8Array(v.value.length * Number(n));
    for (let i = 0; i < Number(n); i++) out.set(v.value, i * v.value.length);
    return { kind: 'bytes', value: out };
  }
  if (isTuple(v)) {
    if (v.items.length > 0 && n > BigInt(Math.floor(MAX_COLLECTION_SIZE / v.items.length))) return NO;
    const items: Constant[] = [];
    for (let i = 0; i < Number(n); i++) items.push(...v.items);
    return { kind: 'tuple', items };
  }
  return NO;
}

function binop(op: Operator, a: Constant, b: Constant): Folded {
  if (isInt(a) && isInt(b)) {
    const x = toBig(a);
    const y = toBig(b);
    switch (op) {
      case 'Add': return x + y;
      case 'Sub': return x - y;
      case 'Mult':
        if (x !== 0n && y !== 0n && bitLength(x) + bitLength(y) > MAX_INT_SIZE) return NO;
        return x * y;
      case 'FloorDiv': return y === 0n ? NO : floorDivBig(x, y);
      case 'Mod': return y === 0n ? NO : x - floorDivBig(x, y) * y;
      case 'Pow':
        if (y < 0n) return NO;
        if (x !== 0n && y > 0n && bitLength(x) * Number(y) > MAX_INT_SIZE) return NO;
        return x ** y;
      case 'LShift':
        if (y < 0n) return NO;
        if (x !== 0n && BigInt(bitLength(x)) + y > BigInt(MAX_INT_SIZE)) return NO;
        return x << y;
      case 'RShift': return y < 0n ? NO : x >> y;
      case 'BitOr': return typeof a === 'boolean' && typeof b === 'boolean' ? a || b : x | y;
      case 'BitAnd': return typeof a === 'boolean' && typeof b === 'boolean' ? a && b : x & y;
      case 'BitXor': return typeof a === 'boolean' && typeof b === 'boolean' ? a !== b : x ^ y;
      case 'Div': {
        if (y === 0n) return NO;
        const lim = 2n ** 53n;
        if (x > lim || x < -lim || y > lim || y < -lim) return NO;
        return Number(x) / Number(y);
      }
      default: return NO;
    }
  }
  if ((typeof a === 'number' || isInt(a)) && (typeof b === 'number' || isInt(b))) {
    const x = toFloat(a);
    const y = toFloat(b);
    if (x === NO || y === NO) return NO;
    switch (op) {
      case 'Add': return x + y;
      case 'Sub': return x - y;
      case 'Mult': return x * y;
      case 'Div': return y === 0 ? NO : x / y;
      case 'FloorDiv': return pyFloorDivFloat(x, y);
      case 'Mod': return pyModFloat(x, y);
      case 'Pow': {
        if (x === 0 && y < 0) return NO;
        if (x < 0 && !Number.isInteger(y)) return NO;
        const r = x ** y;
        return Number.isFinite(r) || !Number.isFinite(x) || !Number.isFinite(y) ? r : NO;
      }
      default: return NO;
    }
  }
  const isComplex = (v: Constant): v is { kind: 'complex'; real: number; imag: number } => v !== null && typeof v === 'object' && v.kind === 'complex';
  if ((op === 'Add' || op === 'Sub') && (isComplex(a) || isComplex(b))) {
    const ar = isComplex(a) ? a.real : toFloat(a);
    const ai = isComplex(a) ? a.imag : 0;
    const br = isComplex(b) ? b.real : toFloat(b);
    const bi = isComplex(b) ? b.imag : 0;
    if (ar === NO || br === NO) return NO;
    return op === 'Add' ? { kind: 'complex', real: ar + br, imag: ai + bi } : { kind: 'complex', real: ar - br, imag: ai - bi };
  }
  if (op === 'Add') {
    if (isStr(a) && isStr(b)) return strLength(a) + strLength(b) > MAX_STR_SIZE ? NO : strConcat(a, b);
    if (isBytes(a) && isBytes(b)) {
      if (a.value.length + b.value.length > MAX_STR_SIZE) return NO;
      const out = new Uint8Array(a.value.length + b.value.length);
      out.set(a.value);
      out.set(b.value, a.value.length);
      return { kind: 'bytes', value: out };
    }
    if (isTuple(a) && isTuple(b)) {
      return a.items.length + b.items.length > MAX_COLLECTION_SIZE ? NO : { kind: 'tuple', items: [...a.items, ...b.items] };
    }
  }
  if (op === 'Mult') {
    if (isInt(b)) return repeat(a, toBig(b));
    if (isInt(a)) return repeat(b, toBig(a));
  }
  return NO;
}

function unary(op: string, v: Constant): Folded {
  switch (op) {
    case 'Not': return !constTruth(v);
    case 'USub':
      if (isInt(v)) return -toBig(v);
      if (typeof v === 'number') return -v;
      if (v !== null && typeof v === 'object' && v.kind === 'complex') return { kind: 'complex', real: -v.real, imag: -v.imag };
      return NO;
    case 'UAdd':
      if (isInt(v)) return toBig(v);
      if (typeof v === 'number' || (v !== null && typeof v === 'object' && v.kind === 'complex')) return v;
      return NO;
    case 'Invert':
      if (isInt(v)) return ~toBig(v);
      return NO;
    default: return NO;
  }
}

function constNode(value: Constant, at: Located): Expr {
  return {
    _type: 'Constant', value, kind: null, lineno: at.lineno, col_offset: at.col_offset,
    end_lineno: at.end_lineno, end_col_offset: at.end_col_offset,
  };
}

function totalItems(v: Constant): number {
  if (isTuple(v)) {
    let n = v.items.length;
    for (const x of v.items) n += totalItems(x);
    return n;
  }
  return 0;
}

function foldExpr(e: Expr, optimize: number): Expr {
  switch (e._type) {
    case 'UnaryOp': {
      if (e.operand._type === 'Constant') {
        const r = unary(e.op, e.operand.value);
        return r === NO ? e : constNode(r, e);
      }
      if (e.op === 'Not' && e.operand._type === 'Compare' && e.operand.ops.length === 1) {
        const inv = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' } as const;
        const op = e.operand.ops[0];
        if (op === 'Is' || op === 'IsNot' || op === 'In' || op === 'NotIn') {
          return { ...e.operand, ops: [inv[op]], lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
        }
      }
      return e;
    }
    case 'BinOp': {
      if (e.left._type !== 'Constant' || e.right._type !== 'Constant') return e;
      if (e.op === 'Mod' && (isStr(e.left.value) || isBytes(e.left.value))) return e;
      const r = binop(e.op, e.left.value, e.right.value);
      if (r === NO || totalItems(r) > MAX_TOTAL_ITEMS) return e;
      return constNode(r, e);
    }
    case 'Tuple': {
      if (e.ctx !== 'Load') return e;
      const items: Constant[] = [];
      for (const x of e.elts) {
        if (x._type !== 'Constant') return e;
        items.push(x.value);
      }
      return constNode({ kind: 'tuple', items }, e);
    }
    case 'Subscript': {
      if (e.ctx !== 'Load' || e.value._type !== 'Constant' || e.slice._type !== 'Constant') return e;
      const v = e.value.value;
      const k = e.slice.value;
      if (!isInt(k)) return e;
      let i = toBig(k);
      if (typeof v === 'string' && !/[\uD800-\uDFFF]/.test(v)) {
        // BMP only: the index of a code point is that of its UTF-16 unit.
        if (i < 0n) i += BigInt(v.length);
        if (i < 0n || i >= BigInt(v.length)) return e;
        return constNode(v[Number(i)], e);
      }
      if (isStr(v)) {
        const cps = strCodePoints(v);
        if (i < 0n) i += BigInt(cps.length);
        if (i < 0n || i >= BigInt(cps.length)) return e;
        return constNode(strFromCodePoints([cps[Number(i)]]), e);
      }
      if (isTuple(v)) {
        if (i < 0n) i += BigInt(v.items.length);
        if (i < 0n || i >= BigInt(v.items.length)) return e;
        return constNode(v.items[Number(i)], e);
      }
      if (isBytes(v)) {
        if (i < 0n) i += BigInt(v.value.length);
        if (i < 0n || i >= BigInt(v.value.length)) return e;
        return constNode(BigInt(v.value[Number(i)]), e);
      }
      return e;
    }
    case 'Compare': {
      const last = e.comparators[e.comparators.length - 1];
      const op = e.ops[e.ops.length - 1];
      if ((op === 'In' || op === 'NotIn')) {
        const folded = foldIter(last);
        if (folded !== last) return { ...e, comparators: [...e.comparators.slice(0, -1), folded] };
      }
      return e;
    }
    case 'Name':
      if (e.id === '__debug__' && e.ctx === 'Load') return constNode(optimize === 0, e);
      return e;
    default:
      return e;
  }
}

/** `x in [1, 2]` / `for x in {1, 2}`: a display of constants becomes a constant tuple/frozenset. */
function foldIter(e: Expr): Expr {
  if (e._type === 'List' || e._type === 'Set') {
    const items: Constant[] = [];
    for (const x of e.elts) {
      if (x._type !== 'Constant') return e;
      items.push(x.value);
    }
    return constNode({ kind: e._type === 'List' ? 'tuple' : 'frozenset', items }, e);
  }
  return e;
}

function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && (x as { _type?: unknown })._type !== undefined;
}

function foldNode(node: Node, optimize: number): Node {
  if (node._type === 'Constant' || node._type === 'Name' && node.id !== '__debug__') return node;
  const fields = NODE_FIELDS[node._type];
  let out: Record<string, unknown> | null = null;
  const src = node as unknown as Record<string, unknown>;
  for (let fi = 0; fi < fields.length; fi++) {
    const f = fields[fi];
    const v = src[f];
    if (typeof v !== 'object' || v === null) continue;
    let nv: unknown = v;
    if (Array.isArray(v)) {
      let arr: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const x = v[i] as unknown;
        if (isNode(x)) {
          const nx = foldNode(x, optimize);
          if (nx !== x) {
            if (arr === null) arr = v.slice();
            arr[i] = nx;
          }
        }
      }
      if (arr !== null) nv = arr;
    } else if (isNode(v)) {
      nv = foldNode(v, optimize);
    }
    if (nv !== v) {
      if (out === null) out = { ...src };
      out[f] = nv;
    }
  }
  let result = (out ?? node) as Node;
  if ((result._type === 'For' || result._type === 'AsyncFor' || result._type === 'comprehension')) {
    const it = foldIter(result.iter);
    if (it !== result.iter) result = { ...result, iter: it };
  }
  if (isFoldable(result._type)) return foldExpr(result as Expr, optimize);
  return result;
}

/** The expression types {@link foldExpr} may rewrite. */
function isFoldable(type: string): boolean {
  return type === 'UnaryOp' || type === 'BinOp' || type === 'Tuple' || type === 'Subscript' || type === 'Compare' || type === 'Name';
}


/**
 * CPython's `_PyAST_Optimize`: returns the tree with constant expressions folded
 * (the input is not modified; unchanged subtrees are shared).
 * @public
 */
export function foldConstants<T extends Mod>(mod: T, options: FoldOptions = {}): T {
  return foldNode(mod, options.optimize ?? 0) as T;
}
