// CPython's Lib/ast.py `dump` (3.11) with the `repr` of the constants it prints
// (Objects/unicodeobject.c unicode_repr, Objects/floatobject.c float_repr,
// Objects/complexobject.c complex_repr, Objects/bytesobject.c bytes_repr).

import { NODE_FIELDS, LOCATED_NODES } from './ast-nodes.js';
import type { Node } from './ast-nodes.js';
import type { Constant, StrValue } from './constants.js';
import { strRuns } from './constants.js';

/** Options of {@link dump}: CPython's `ast.dump` keyword arguments. @public */
export interface DumpOptions {
  /** Print `lineno`, `col_offset`, `end_lineno`, `end_col_offset` (default false). */
  readonly includeAttributes?: boolean;
}

/** Fields whose string values are enum nodes (`Load()`, `Add()`), not identifiers. */
function isEnumField(field: string): boolean {
  return field === 'ctx' || field === 'op' || field === 'ops';
}
const ATTRIBUTES: readonly string[] = Object.freeze(['lineno', 'col_offset', 'end_lineno', 'end_col_offset']);
const NONPRINTABLE_RE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/**
 * Code point ranges (inclusive pairs) that are unassigned in CPython 3.11's Unicode 14.0
 * database but assigned in the JS engine's newer Unicode (computed against Node 20's ICU):
 * CPython's repr escapes them, so we must too. NON-CPYTHON: a newer engine may need more.
 */
const UNASSIGNED_IN_UNICODE_14: readonly number[] = Object.freeze([
  0x88f, 0x88f, 0x897, 0x897, 0xc5c, 0xc5c, 0xcdc, 0xcdc, 0xcf3, 0xcf3, 0xece, 0xece, 0x1acf, 0x1add, 0x1ae0,
  0x1aeb, 0x1b4e, 0x1b4f, 0x1b7f, 0x1b7f, 0x1c89, 0x1c8a, 0x20c1, 0x20c1, 0x2427, 0x2429, 0x2b96, 0x2b96,
  0x2ffc, 0x2fff, 0x31e4, 0x31e5, 0x31ef, 0x31ef, 0xa7cb, 0xa7cf, 0xa7d2, 0xa7d2, 0xa7d4, 0xa7d4, 0xa7da,
  0xa7dc, 0xa7f1, 0xa7f1, 0xfbc3, 0xfbd2, 0xfd90, 0xfd91, 0xfdc8, 0xfdce, 0x105c0, 0x105f3, 0x10940, 0x10959,
  0x10d40, 0x10d65, 0x10d69, 0x10d85, 0x10d8e, 0x10d8f, 0x10ec2, 0x10ec7, 0x10ed0, 0x10ed8, 0x10efa, 0x10eff,
  0x1123f, 0x11241, 0x11380, 0x11389, 0x1138b, 0x1138b, 0x1138e, 0x1138e, 0x11390, 0x113b5, 0x113b7, 0x113c0,
  0x113c2, 0x113c2, 0x113c5, 0x113c5, 0x113c7, 0x113ca, 0x113cc, 0x113d5, 0x113d7, 0x113d8, 0x113e1, 0x113e2,
  0x116d0, 0x116e3, 0x11b00, 0x11b09, 0x11b60, 0x11b67, 0x11bc0, 0x11be1, 0x11bf0, 0x11bf9, 0x11db0, 0x11ddb,
  0x11de0, 0x11de9, 0x11f00, 0x11f10, 0x11f12, 0x11f3a, 0x11f3e, 0x11f5a, 0x1342f, 0x1342f, 0x13440, 0x13455,
  0x13460, 0x143fa, 0x16100, 0x16139, 0x16d40, 0x16d79, 0x16ea0, 0x16eb8, 0x16ebb, 0x16ed3, 0x16ff2, 0x16ff6,
  0x187f8, 0x187ff, 0x18cff, 0x18cff, 0x18d09, 0x18d1e, 0x18d80, 0x18df2, 0x1b132, 0x1b132, 0x1b155, 0x1b155,
  0x1cc00, 0x1ccfc, 0x1cd00, 0x1ceb3, 0x1ceba, 0x1ced0, 0x1cee0, 0x1cef0, 0x1d2c0, 0x1d2d3, 0x1df25, 0x1df2a,
  0x1e030, 0x1e06d, 0x1e08f, 0x1e08f, 0x1e4d0, 0x1e4f9, 0x1e5d0, 0x1e5fa, 0x1e5ff, 0x1e5ff, 0x1e6c0, 0x1e6de,
  0x1e6e0, 0x1e6f5, 0x1e6fe, 0x1e6ff, 0x1f6d8, 0x1f6d8, 0x1f6dc, 0x1f6dc, 0x1f774, 0x1f77f, 0x1f7d9, 0x1f7d9,
  0x1f8b2, 0x1f8bb, 0x1f8c0, 0x1f8c1, 0x1f8d0, 0x1f8d8, 0x1fa54, 0x1fa57, 0x1fa75, 0x1fa77, 0x1fa87, 0x1fa8a,
  0x1fa8e, 0x1fa8f, 0x1faad, 0x1faaf, 0x1fabb, 0x1fabf, 0x1fac6, 0x1fac6, 0x1fac8, 0x1fac8, 0x1facd, 0x1facf,
  0x1fada, 0x1fadc, 0x1fadf, 0x1fadf, 0x1fae8, 0x1faea, 0x1faef, 0x1faef, 0x1faf7, 0x1faf8, 0x1fbcb, 0x1fbef,
  0x1fbfa, 0x1fbfa, 0x2b739, 0x2b73f, 0x2cea2, 0x2cead, 0x2ebf0, 0x2ee5d, 0x31350, 0x33479,
]);

/** Whether `cp` is printable for CPython 3.11's `repr` (Py_UNICODE_ISPRINTABLE). */
function isPrintable(cp: number, ch: string): boolean {
  if (cp === 0x20) return true;
  if (NONPRINTABLE_RE.test(ch)) return false;
  const t = UNASSIGNED_IN_UNICODE_14;
  let lo = 0;
  let hi = (t.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < t[2 * mid]) hi = mid - 1;
    else if (cp > t[2 * mid + 1]) lo = mid + 1;
    else return false;
  }
  return true;
}

/**
 * Python's `repr(str)`; a tagged str prints its surrogate code points as `\udXXX`.
 * @public
 */
export function reprStr(value: StrValue): string {
  if (typeof value === 'string') {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    return quote + reprStrBody(value, quote) + quote;
  }
  const runs = strRuns(value);
  let single = false, double = false;
  for (const r of runs) {
    if (typeof r !== 'string') continue;
    if (r.includes("'")) single = true;
    if (r.includes('"')) double = true;
  }
  const quote = single && !double ? '"' : "'";
  let out = quote;
  for (const r of runs) out += typeof r === 'string' ? reprStrBody(r, quote) : '\\u' + r.toString(16);
  return out + quote;
}

/** The escaped text of `repr(s)` between the quotes. */
function reprStrBody(s: string, quote: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c === 92) out += '\\\\';
      else if (String.fromCharCode(c) === quote) out += '\\' + quote;
      else out += s[i];
      continue;
    }
    if (c === 9) { out += '\\t'; continue; }
    if (c === 10) { out += '\\n'; continue; }
    if (c === 13) { out += '\\r'; continue; }
    if (c < 0x20 || c === 0x7f) { out += '\\x' + c.toString(16).padStart(2, '0'); continue; }
    let cp = c;
    let ch = s[i];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        ch = s.slice(i, i + 2);
        i++;
      }
    }
    if (isPrintable(cp, ch)) { out += ch; continue; }
    if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** Python's `repr(bytes)`. @public */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** Python's `repr(float)` (shortest round-trip); `addDot0` false gives complex's style. @public */
export function reprFloat(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const e = Math.abs(x).toExponential();
  const ePos = e.indexOf('e');
  const digits = e.slice(0, ePos).replace('.', '');
  const exp = Number(e.slice(ePos + 1));
  const decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
    if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
    return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const expAbs = Math.abs(exp);
  return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (expAbs < 10 ? '0' : '') + expAbs;
}

/** Python's `repr` of a constant value. @public */
export function reprConstant(v: Constant): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return v.toString();
    case 'number': return reprFloat(v);
    case 'string': return reprStr(v);
    default: break;
  }
  switch (v.kind) {
    case 'ellipsis': return 'Ellipsis';
    case 'str': return reprStr(v);
    case 'bytes': return reprBytes(v.value);
    case 'complex': {
      if (v.real === 0 && !Object.is(v.real, -0)) return reprFloat(v.imag, false) + 'j';
      const im = reprFloat(v.imag, false);
      return '(' + reprFloat(v.real, false) + (im[0] === '-' || Number.isNaN(v.imag) ? '' : '+') + im + 'j)';
    }
    case 'tuple': {
      const items = v.items.map(reprConstant);
      return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
    }
    case 'frozenset':
      return v.items.length === 0 ? 'frozenset()' : 'frozenset({' + v.items.map(reprConstant).join(', ') + '})';
  }
}

/** Work item of the iterative dump: literal text, or a value printed as `field`'s value. */
type DumpTask = string | { readonly value: unknown; readonly field: string };

/** Pushes the tasks printing `value` (in reverse, onto a LIFO stack). */
function pushValue(value: unknown, field: string, attrs: boolean, stack: DumpTask[]): void {
  if (value === null || value === undefined) { stack.push('None'); return; }
  if (Array.isArray(value)) {
    stack.push(']');
    for (let i = value.length - 1; i >= 0; i--) {
      stack.push({ value: value[i], field });
      if (i > 0) stack.push(', ');
    }
    stack.push('[');
    return;
  }
  if (typeof value === 'string') {
    stack.push(isEnumField(field) ? value + '()' : reprStr(value));
    return;
  }
  if (typeof value === 'number') { stack.push(String(value)); return; }
  if (typeof value === 'object' && typeof (value as { _type?: unknown })._type === 'string') {
    pushNode(value as Node, attrs, stack);
    return;
  }
  stack.push(reprConstant(value as Constant));
}

function pushNode(node: Node, attrs: boolean, stack: DumpTask[]): void {
  const type = node._type;
  const rec = node as unknown as Record<string, unknown>;
  const parts: DumpTask[] = [];
  const fields = NODE_FIELDS[type] ?? [];
  for (const f of fields) {
    const v = rec[f];
    const isConstantValue = f === 'value' && (type === 'Constant' || type === 'MatchSingleton');
    if ((v === null || v === undefined) && !isConstantValue) continue;
    if (parts.length > 0) parts.push(', ');
    parts.push(f + '=');
    parts.push(isConstantValue ? reprConstant(v as Constant) : { value: v, field: f });
  }
  if (attrs && LOCATED_NODES.has(type)) {
    for (const a of ATTRIBUTES) {
      const v = rec[a];
      if (v === null || v === undefined) continue;
      if (parts.length > 0) parts.push(', ');
      parts.push(a + '=' + String(v));
    }
  }
  stack.push(')');
  for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
  stack.push(type + '(');
}

/**
 * CPython's `ast.dump(node, include_attributes=...)`: the one-line form, identical to
 * CPython 3.11's output for the same tree.
 * @public
 */
export function dump(node: Node, options: DumpOptions = {}): string {
  // Iterative, so that deeply nested trees cannot overflow the JS stack.
  const attrs = options.includeAttributes === true;
  const out: string[] = [];
  const stack: DumpTask[] = [];
  pushNode(node, attrs, stack);
  while (stack.length > 0) {
    const task = stack.pop()!;
    if (typeof task === 'string') out.push(task);
    else pushValue(task.value, task.field, attrs, stack);
  }
  return out.join('');
}
