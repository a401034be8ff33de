// CPython's Python/ast_unparse.c (expressions only): turns an annotation back into
// source text for `from __future__ import annotations` (PEP 563), plus `repr()` of
// constants, shared with the disassembler.

import type { Expr, Comprehension, Arguments } from './ast-nodes.js';
import type { Constant, StrValue } from './constants.js';
import { strConcat, strRuns } from './constants.js';

/** Python's `repr(float)`. @internal */
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const exp = v.toExponential(); // shortest round-trip digits
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp)!;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const e = Number(m[4]);
  if (e >= -5 && e < 16) {
    if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
    if (digits.length <= e + 1) return `${sign}${digits}${'0'.repeat(e + 1 - digits.length)}.0`;
    return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
  }
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const es = Math.abs(e) < 10 ? `0${Math.abs(e)}` : String(Math.abs(e));
  return `${sign}${mant}e${e < 0 ? '-' : '+'}${es}`;
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

/** Python's `repr(str)`; a tagged str's surrogate code points print as `\udXXX`. @internal */
export function strRepr(value: StrValue): string {
  if (typeof value === 'string') {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    return quote + strReprBody(value, quote) + quote;
  }
  const runs = strRuns(value);
  const text = runs.filter((r) => typeof r === 'string').join('');
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const r of runs) out += typeof r === 'string' ? strReprBody(r, quote) : '\\u' + hex(r, 4);
  return out + quote;
}

function strReprBody(s: string, quote: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) out += '\\x' + hex(c, 2);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += s[i] + s[i + 1];
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\\u' + hex(c, 4);
    else out += ch;
  }
  return out;
}

function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += ch;
  }
  return out + quote;
}

/** Python's `repr()` of a constant. @internal */
export function constRepr(v: Constant): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return v.toString();
    case 'number': return floatRepr(v);
    case 'string': return strRepr(v);
    default:
      switch (v.kind) {
        case 'ellipsis': return 'Ellipsis';
        case 'complex': {
          const imag = `${floatRepr(v.imag).replace(/\.0$/, '')}j`;
          if (v.real === 0 && !Object.is(v.real, -0)) return imag;
          const re = floatRepr(v.real).replace(/\.0$/, '');
          return `(${re}${v.imag < 0 || Object.is(v.imag, -0) ? '' : '+'}${imag})`;
        }
        case 'str': return strRepr(v);
        case 'bytes': return bytesRepr(v.value);
        case 'tuple': return v.items.length === 1 ? `(${constRepr(v.items[0])},)` : `(${v.items.map(constRepr).join(', ')})`;
        default: return v.items.length === 0 ? 'frozenset()' : `frozenset({${v.items.map(constRepr).join(', ')}})`;
      }
  }
}

// Precedences of ast_unparse.c.
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_BOR = 6;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BIN: Readonly<Record<string, readonly [string, number]>> = Object.freeze({
  Add: Object.freeze(['+', PR_ARITH] as const), Sub: Object.freeze(['-', PR_ARITH] as const),
  Mult: Object.freeze(['*', PR_TERM] as const), MatMult: Object.freeze(['@', PR_TERM] as const),
  Div: Object.freeze(['/', PR_TERM] as const), Mod: Object.freeze(['%', PR_TERM] as const),
  FloorDiv: Object.freeze(['//', PR_TERM] as const), Pow: Object.freeze(['**', PR_POWER] as const),
  LShift: Object.freeze(['<<', PR_SHIFT] as const), RShift: Object.freeze(['>>', PR_SHIFT] as const),
  BitOr: Object.freeze(['|', PR_BOR] as const), BitXor: Object.freeze(['^', PR_BXOR] as const),
  BitAnd: Object.freeze(['&', PR_BAND] as const),
});
const CMP: Readonly<Record<string, string>> = Object.freeze({
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
});

function paren(s: string, cond: boolean): string {
  return cond ? `(${s})` : s;
}

function args(a: Arguments): string {
  const parts: string[] = [];
  const pos = [...a.posonlyargs, ...a.args];
  const firstDefault = pos.length - a.defaults.length;
  pos.forEach((p, i) => {
    parts.push(i >= firstDefault ? `${p.arg}=${unparse(a.defaults[i - firstDefault], PR_TEST)}` : p.arg);
    if (a.posonlyargs.length > 0 && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg !== null) parts.push(`*${a.vararg.arg}`);
  else if (a.kwonlyargs.length > 0) parts.push('*');
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i] as Expr | null;
    parts.push(d !== null && d !== undefined ? `${p.arg}=${unparse(d, PR_TEST)}` : p.arg);
  });
  if (a.kwarg !== null) parts.push(`**${a.kwarg.arg}`);
  return parts.join(', ');
}

function comps(gens: readonly Comprehension[]): string {
  return gens.map((g) => `${g.is_async ? ' async' : ''} for ${unparse(g.target, PR_TUPLE)} in ${unparse(g.iter, PR_TEST + 1)}${g.ifs.map((x) => ` if ${unparse(x, PR_TEST + 1)}`).join('')}`).join('');
}

/** Doubles the braces of an f-string's literal text. */
function escapeBraces(v: StrValue): StrValue {
  if (typeof v === 'string') return v.replace(/\{/g, '{{').replace(/\}/g, '}}');
  const cps: number[] = [];
  for (const cp of v.codePoints) {
    cps.push(cp);
    if (cp === 0x7b || cp === 0x7d) cps.push(cp);
  }
  return { kind: 'str', codePoints: cps };
}

/** The text inside `f'...'`; tagged (exact) when a literal part holds surrogate code points. */
function fstringBody(values: readonly Expr[]): StrValue {
  let out: StrValue = '';
  for (const v of values) {
    if (v._type === 'Constant' && (typeof v.value === 'string' || (v.value !== null && typeof v.value === 'object' && v.value.kind === 'str'))) {
      out = strConcat(out, escapeBraces(v.value));
    } else if (v._type === 'FormattedValue') {
      let inner = unparse(v.value, PR_TEST + 1);
      if (inner.startsWith('{')) inner = ' ' + inner;
      let field = `{${inner}`;
      if (v.conversion > 0) field += '!' + String.fromCharCode(v.conversion);
      out = strConcat(out, field);
      if (v.format_spec !== null) out = strConcat(strConcat(out, ':'), fstringBody((v.format_spec as Expr & { _type: 'JoinedStr' }).values ?? []));
      out = strConcat(out, '}');
    }
  }
  return out;
}

function unparse(e: Expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      return paren(e.values.map((v) => unparse(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '), level > pr);
    }
    case 'NamedExpr':
      return paren(`${unparse(e.target, PR_ATOM)} := ${unparse(e.value, PR_ATOM)}`, level > PR_TUPLE);
    case 'BinOp': {
      const [op, pr] = BIN[e.op];
      const rassoc = e.op === 'Pow';
      return paren(`${unparse(e.left, rassoc ? pr + 1 : pr)} ${op} ${unparse(e.right, rassoc ? pr : pr + 1)}`, level > pr);
    }
    case 'UnaryOp': {
      if (e.op === 'Not') return paren(`not ${unparse(e.operand, PR_NOT)}`, level > PR_NOT);
      const op = e.op === 'Invert' ? '~' : e.op === 'UAdd' ? '+' : '-';
      return paren(`${op}${unparse(e.operand, PR_FACTOR)}`, level > PR_FACTOR);
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren(`lambda${a ? ' ' + a : ''}: ${unparse(e.body, PR_TEST)}`, level > PR_TEST);
    }
    case 'IfExp':
      return paren(`${unparse(e.body, PR_TEST + 1)} if ${unparse(e.test, PR_TEST + 1)} else ${unparse(e.orelse, PR_TEST)}`, level > PR_TEST);
    case 'Dict':
      return `{${e.values.map((v, i) => {
        const k = e.keys[i] as Expr | null;
        return k === null ? `**${unparse(v, PR_BOR)}` : `${unparse(k, PR_TEST)}: ${unparse(v, PR_TEST)}`;
      }).join(', ')}}`;
    case 'Set':
      return e.elts.length === 0 ? '{*()}' : `{${e.elts.map((x) => unparse(x, PR_TEST)).join(', ')}}`;
    case 'ListComp':
      return `[${unparse(e.elt, PR_TEST)}${comps(e.generators)}]`;
    case 'SetComp':
      return `{${unparse(e.elt, PR_TEST)}${comps(e.generators)}}`;
    case 'DictComp':
      return `{${unparse(e.key, PR_TEST)}: ${unparse(e.value, PR_TEST)}${comps(e.generators)}}`;
    case 'GeneratorExp':
      return `(${unparse(e.elt, PR_TEST)}${comps(e.generators)})`;
    case 'Await':
      return paren(`await ${unparse(e.value, PR_ATOM)}`, level > PR_AWAIT);
    case 'Yield':
      return paren(e.value === null ? 'yield' : `yield ${unparse(e.value, PR_TEST)}`, level > PR_ATOM - 100);
    case 'YieldFrom':
      return `(yield from ${unparse(e.value, PR_TEST)})`;
    case 'Compare': {
      let s = unparse(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => { s += ` ${CMP[op]} ${unparse(e.comparators[i], PR_CMP + 1)}`; });
      return paren(s, level > PR_CMP);
    }
    case 'Call': {
      const parts = [...e.args.map((a) => unparse(a, PR_TEST)), ...e.keywords.map((k) => (k.arg === null ? `**${unparse(k.value, PR_TEST)}` : `${k.arg}=${unparse(k.value, PR_TEST)}`))];
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
        return `${unparse(e.func, PR_ATOM)}${parts[0]}`;
      }
      return `${unparse(e.func, PR_ATOM)}(${parts.join(', ')})`;
    }
    case 'FormattedValue':
    case 'JoinedStr': {
      const body = fstringBody(e._type === 'JoinedStr' ? e.values : [e]);
      return 'f' + strRepr(body);
    }
    case 'Constant':
      if (e.value === null || typeof e.value !== 'object') {
        if (typeof e.value === 'number' && !Number.isFinite(e.value) && !Number.isNaN(e.value)) return e.value > 0 ? '1e309' : '-1e309';
        return constRepr(e.value);
      }
      if (e.value.kind === 'ellipsis') return '...';
      return constRepr(e.value);
    case 'Attribute': {
      let v = unparse(e.value, PR_ATOM);
      if (e.value._type === 'Constant' && typeof e.value.value === 'bigint') v += ' ';
      return `${v}.${e.attr}`;
    }
    case 'Subscript': {
      const sl = e.slice;
      const inner = sl._type === 'Tuple' && sl.elts.length > 0
        ? sl.elts.map((x) => unparse(x, PR_TEST)).join(', ') + (sl.elts.length === 1 ? ',' : '')
        : unparse(sl, PR_TUPLE);
      return `${unparse(e.value, PR_ATOM)}[${inner}]`;
    }
    case 'Starred':
      return `*${unparse(e.value, PR_BOR)}`;
    case 'Name':
      return e.id;
    case 'List':
      return `[${e.elts.map((x) => unparse(x, PR_TEST)).join(', ')}]`;
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : ''), level > PR_TUPLE);
    case 'Slice':
      return `${e.lower !== null ? unparse(e.lower, PR_TEST) : ''}:${e.upper !== null ? unparse(e.upper, PR_TEST) : ''}${e.step !== null ? ':' + unparse(e.step, PR_TEST) : ''}`;
  }
}

/** CPython's `_PyAST_ExprAsUnicode` for an annotation (PEP 563). @internal */
export function unparseAnnotation(e: Expr): string {
  return unparse(e, PR_TEST);
}
