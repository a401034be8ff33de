// CPython's code generation for structural pattern matching (Python/compile.c,
// compiler_match and compiler_pattern_*, PEP 634). Every pattern routine consumes the
// subject on top of the stack and, on failure, jumps to a "fail_pop" block that pops
// whatever is still on the stack (items on top plus captured names).

import type { Expr, MatchCase, Pattern, Stmt } from './ast-nodes.js';
import type { Constant } from './constants.js';
import { isStr } from './constants.js';
import { reprStr } from './ast-dump.js';
import type { BasicBlock } from './flowgraph.js';
import { Op } from './opcodes.js';
import type { Compiler } from './compile.js';
import { constKeyOf, locOf } from './compile.js';

interface PatternContext {
  /** Names captured so far, in stack order. */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
  /** fail_pop[n] pops n items and continues to the next case. */
  failPop: BasicBlock[];
  /** Items on top of the stack (above the captures) that failure must pop. */
  onTop: number;
}

function isWildcard(p: Pattern): boolean {
  return p._type === 'MatchAs' && p.name === null && p.pattern === null;
}

function isStarWildcard(p: Pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.emit(op, 0, pc.failPop[pops]);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useBlock(pc.failPop[i]);
    c.emit(Op.POP_TOP);
  }
  c.useBlock(pc.failPop[0]);
  pc.failPop = [];
}

function rotate(c: Compiler, count: number): void {
  while (count > 1) c.emit(Op.SWAP, count--);
}

function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  if (name === '__debug__') c.error('cannot assign to __debug__');
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function subpattern(c: Compiler, p: Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function sequenceUnpack(c: Compiler, patterns: readonly Pattern[], pc: PatternContext): void {
  const n = patterns.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (patterns[i]._type === 'MatchStar') {
      if (seenStar) c.error('multiple starred expressions in sequence pattern');
      if (i >= 256) c.error('too many expressions in star-unpacking sequence pattern');
      c.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    }
  }
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, n);
  pc.onTop += n;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

function sequenceSubscr(c: Compiler, patterns: readonly Pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i];
    if (isWildcard(p) || i === star) continue;
    c.emit(Op.COPY, 1);
    if (i < star) {
      c.loadConst(BigInt(i));
    } else {
      c.emit(Op.GET_LEN);
      c.loadConst(BigInt(size - i));
      c.emit(Op.BINARY_OP, 10); // NB_SUBTRACT
    }
    c.emit(Op.BINARY_SUBSCR);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

function patternSequence(c: Compiler, p: Pattern & { _type: 'MatchSequence' }, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (q._type === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(q);
      onlyWildcard = onlyWildcard && starWildcard;
      star = i;
      continue;
    }
    onlyWildcard = onlyWildcard && isWildcard(q);
  }
  pc.onTop++;
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(BigInt(size));
    c.emit(Op.COMPARE_OP, 2);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size - 1 > 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(BigInt(size - 1));
    c.emit(Op.COMPARE_OP, 5);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.emit(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

function patternMapping(c: Compiler, p: Pattern & { _type: 'MatchMapping' }, pc: PatternContext): void {
  const keys = p.keys;
  const size = keys.length;
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && p.rest === null) {
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(BigInt(size));
    c.emit(Op.COMPARE_OP, 5);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const key of keys) {
    if (key._type === 'Constant') {
      const k = constKeyOf(key.value);
      if (seen.has(k)) c.error(`mapping pattern checks duplicate key (${reprKey(key.value)})`);
      seen.add(k);
    } else if (key._type !== 'Attribute') {
      c.error('mapping pattern keys may only match literals and attribute lookups');
    }
    c.expr(key);
  }
  c.emit(Op.BUILD_TUPLE, size);
  c.emit(Op.MATCH_KEYS);
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  c.loadConst(null);
  c.emit(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const q of p.patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
  pc.onTop -= 2;
  if (p.rest !== null) {
    c.emit(Op.BUILD_MAP, 0);
    c.emit(Op.SWAP, 3);
    c.emit(Op.DICT_UPDATE, 2);
    c.emit(Op.UNPACK_SEQUENCE, size);
    for (let n = size; n > 0; n--) {
      c.emit(Op.COPY, 1 + n);
      c.emit(Op.SWAP, 2);
      c.emit(Op.DELETE_SUBSCR);
    }
    storeName(c, p.rest, pc);
  } else {
    c.emit(Op.POP_TOP);
    c.emit(Op.POP_TOP);
  }
}

function reprKey(v: Constant): string {
  if (typeof v === 'string') return `'${v}'`;
  if (isStr(v)) return reprStr(v);
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

function patternClass(c: Compiler, p: Pattern & { _type: 'MatchClass' }, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  for (let i = 0; i < nattrs; i++) {
    for (let j = i + 1; j < nattrs; j++) {
      if (p.kwd_attrs[i] === p.kwd_attrs[j]) {
        c.u.loc = locOf(p.kwd_patterns[j]);
        c.error(`attribute name repeated in class pattern: ${p.kwd_attrs[i]}`);
      }
    }
  }
  c.expr(p.cls);
  c.loadConst({ kind: 'tuple', items: [...p.kwd_attrs] });
  c.emit(Op.MATCH_CLASS, nargs);
  c.emit(Op.COPY, 1);
  c.loadConst(null);
  c.emit(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const q = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(q)) {
      c.emit(Op.POP_TOP);
      continue;
    }
    subpattern(c, q, pc);
  }
}

function patternOr(c: Compiler, p: Pattern & { _type: 'MatchOr' }, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old: PatternContext = { ...pc, stores: pc.stores, failPop: pc.failPop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.u.loc = locOf(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(Op.COPY, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) {
      control = pc.stores;
    } else if (nstores !== control.length) {
      c.error('alternative patterns bind different names');
    } else if (nstores > 0) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control[icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations-- > 0) rotate(c, icontrol + 1);
        }
      }
    }
    c.emit(Op.JUMP, 0, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.useBlock(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  c.emit(Op.POP_TOP);
}

function pattern(c: Compiler, p: Pattern, pc: PatternContext): void {
  c.u.loc = locOf(p);
  switch (p._type) {
    case 'MatchValue': {
      const v: Expr = p.value;
      if (v._type !== 'Constant' && v._type !== 'Attribute') c.error('patterns may only match literals and attribute lookups');
      c.expr(v);
      c.emit(Op.COMPARE_OP, 2);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    }
    case 'MatchSingleton':
      c.loadConst(p.value);
      c.emit(Op.IS_OP, 0);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSequence':
      patternSequence(c, p, pc);
      return;
    case 'MatchMapping':
      patternMapping(c, p, pc);
      return;
    case 'MatchClass':
      patternClass(c, p, pc);
      return;
    case 'MatchStar':
      storeName(c, p.name, pc);
      return;
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          if (p.name !== null) c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
          c.error('wildcard makes remaining patterns unreachable');
        }
        storeName(c, p.name, pc);
        return;
      }
      pc.onTop++;
      c.emit(Op.COPY, 1);
      pattern(c, p.pattern, pc);
      pc.onTop--;
      storeName(c, p.name, pc);
      return;
    case 'MatchOr':
      patternOr(c, p, pc);
      return;
  }
}

/** CPython's `compiler_match`. @internal */
export function compileMatch(c: Compiler, s: Stmt & { _type: 'Match' }): void {
  c.expr(s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  const last: MatchCase = s.cases[cases - 1];
  const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    const m = s.cases[i];
    c.u.loc = locOf(m.pattern);
    if (i !== cases - hasDefault - 1) c.emit(Op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, 'Store');
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      c.jumpIf(m.guard, pc.failPop[0], false);
    }
    if (i !== cases - hasDefault - 1) c.emit(Op.POP_TOP);
    c.stmts(m.body);
    c.emit(Op.JUMP, 0, end);
    c.u.loc = locOf(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    const m = last;
    c.u.loc = locOf(m.pattern);
    if (cases === 1) c.emit(Op.POP_TOP);
    else c.emit(Op.NOP);
    if (m.guard !== null) c.jumpIf(m.guard, end, false);
    c.stmts(m.body);
  }
  c.useBlock(end);
}
