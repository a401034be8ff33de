// CPython's control-flow graph and assembler (Python/compile.c: basicblock, stackdepth,
// label_exception_targets, assemble_exception_table, assemble): the code generator emits
// instructions into basic blocks; this file computes the maximum stack depth by flow
// analysis, turns the SETUP_*/POP_BLOCK pseudo-instructions into an exception table,
// lays the blocks out and resolves jumps to absolute instruction indices.

import type { ExceptionTableEntry } from './code.js';
import { OPARG_SHIFT, OPCODES, OPF_JUMP, OPF_PSEUDO, OPF_TERMINAL, Op } from './opcodes.js';

/** A source range: lineno, end_lineno, col_offset, end_col_offset (-1 when none). @internal */
export type Location = readonly [number, number, number, number];

/** No location (an artificial instruction). @internal */
export const NO_LOCATION: Location = Object.freeze([-1, -1, -1, -1]) as Location;

/** One instruction in a basic block. @internal */
export interface Instr {
  op: number;
  arg: number;
  target: BasicBlock | null;
  loc: Location;
  /** The handler covering this instruction (set by labelExceptionTargets). */
  except: BasicBlock | null;
}

/** CPython's `basicblock`. @internal */
export class BasicBlock {
  readonly instrs: Instr[] = [];
  /** The next block in layout order (the fall-through successor). */
  next: BasicBlock | null = null;
  /** Stack depth on entry, -1 until reached. */
  startDepth = -1;
  /** The block is an exception handler (target of SETUP_*). */
  exceptHandler = false;
  /** The handler wants the raising instruction's index pushed (SETUP_CLEANUP/SETUP_WITH). */
  preserveLasti = false;
  /** Instruction index of the block's first instruction after layout. */
  offset = 0;
  /** Handler stack on entry (labelExceptionTargets). */
  exceptStack: BasicBlock[] | null = null;
}

/** Thrown when the code generator produced an inconsistent graph (a compiler bug). @internal */
export class CompilerInternalError extends Error {}

function lastInstr(b: BasicBlock): Instr | undefined {
  return b.instrs[b.instrs.length - 1];
}

/** Drops instructions after the first terminal instruction of each block (dead code). */
function trimAfterTerminal(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (let i = 0; i < b.instrs.length; i++) {
      if ((OPCODES[b.instrs[i].op].flags & OPF_TERMINAL) !== 0) {
        b.instrs.length = i + 1;
        break;
      }
    }
  }
}

/** The first non-NOP instruction control reaches on entering `b` (through empty blocks). */
function firstInstr(b: BasicBlock): Instr | undefined {
  for (let x: BasicBlock | null = b; x !== null; x = x.next) {
    for (const ins of x.instrs) if (ins.op !== Op.NOP) return ins;
    if (x.instrs.length > 0 && (OPCODES[x.instrs[x.instrs.length - 1].op].flags & OPF_TERMINAL) !== 0) return undefined;
  }
  return undefined;
}

/** Jump threading: a jump to an unconditional JUMP goes straight to its target. */
function threadJumps(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      if (ins.target === null || (OPCODES[ins.op].flags & OPF_PSEUDO) !== 0) continue;
      if (ins.op !== Op.JUMP && ins.op !== Op.POP_JUMP_IF_FALSE && ins.op !== Op.POP_JUMP_IF_TRUE
        && ins.op !== Op.POP_JUMP_IF_NONE && ins.op !== Op.POP_JUMP_IF_NOT_NONE) continue;
      for (let hops = 0; hops < 32; hops++) {
        const f = firstInstr(ins.target);
        if (f === undefined || f.op !== Op.JUMP || f.target === null || f.target === ins.target) break;
        ins.target = f.target;
      }
    }
  }
}

function fallsThrough(b: BasicBlock): boolean {
  const last = lastInstr(b);
  return last === undefined || (OPCODES[last.op].flags & OPF_TERMINAL) === 0;
}

/**
 * CPython's `stackdepth`: propagates entry depths over the graph and returns the
 * maximum. Unreached blocks keep startDepth -1.
 */
function stackDepth(entry: BasicBlock): number {
  const work: BasicBlock[] = [];
  let maxDepth = 0;
  const reach = (b: BasicBlock, depth: number): void => {
    if (depth < 0) throw new CompilerInternalError(`negative stack depth ${depth}`);
    if (b.startDepth < 0) {
      b.startDepth = depth;
      work.push(b);
    } else if (b.startDepth !== depth) {
      throw new CompilerInternalError(`inconsistent stack depth at block: ${b.startDepth} != ${depth}`);
    }
  };
  reach(entry, 0);
  while (work.length > 0) {
    const b = work.pop()!;
    let depth = b.startDepth;
    let terminated = false;
    for (const ins of b.instrs) {
      const info = OPCODES[ins.op];
      if ((info.flags & OPF_JUMP) !== 0 && ins.target !== null) {
        const jd = depth + info.jumpEffect(ins.arg);
        if (jd > maxDepth) maxDepth = jd;
        if ((info.flags & OPF_PSEUDO) !== 0) {
          ins.target.exceptHandler = true;
          if (ins.op !== Op.SETUP_FINALLY) ins.target.preserveLasti = true;
        }
        reach(ins.target, jd);
      }
      depth += info.effect(ins.arg);
      if (depth < 0) throw new CompilerInternalError(`negative stack depth after ${info.name}`);
      if (depth > maxDepth) maxDepth = depth;
      if ((info.flags & OPF_TERMINAL) !== 0) {
        terminated = true;
        break;
      }
    }
    if (!terminated && b.next !== null) reach(b.next, depth);
  }
  return maxDepth;
}

/** CPython's `label_exception_targets`: marks each instruction with its handler. */
function labelExceptionTargets(entry: BasicBlock): void {
  const work: BasicBlock[] = [entry];
  entry.exceptStack = [];
  while (work.length > 0) {
    const b = work.pop()!;
    let stack = b.exceptStack!;
    const visit = (t: BasicBlock, s: BasicBlock[]): void => {
      if (t.exceptStack === null) {
        t.exceptStack = s.slice();
        work.push(t);
      }
    };
    let terminated = false;
    for (const ins of b.instrs) {
      if (ins.op === Op.SETUP_FINALLY || ins.op === Op.SETUP_CLEANUP || ins.op === Op.SETUP_WITH) {
        ins.except = stack.length > 0 ? stack[stack.length - 1] : null;
        visit(ins.target!, stack);
        stack = stack.slice();
        stack.push(ins.target!);
      } else if (ins.op === Op.POP_BLOCK) {
        ins.except = stack.length > 0 ? stack[stack.length - 1] : null;
        stack = stack.slice(0, -1);
      } else {
        ins.except = stack.length > 0 ? stack[stack.length - 1] : null;
        if (ins.target !== null) visit(ins.target, stack);
      }
      if ((OPCODES[ins.op].flags & OPF_TERMINAL) !== 0) {
        terminated = true;
        break;
      }
    }
    if (!terminated && b.next !== null) visit(b.next, stack);
  }
}

/** The result of assembling a graph. @internal */
export interface Assembled {
  readonly code: Int32Array;
  readonly positions: Int32Array;
  readonly exceptiontable: ExceptionTableEntry[];
  readonly stacksize: number;
}

/** Lays out, resolves and encodes the graph starting at `entry`. @internal */
export function assemble(entry: BasicBlock): Assembled {
  trimAfterTerminal(entry);
  threadJumps(entry);
  const stacksize = stackDepth(entry);
  labelExceptionTargets(entry);
  // Drop unreachable blocks and pseudo-instructions (the exception table replaces them),
  // and NOPs (the eval loop has no use for them).
  const blocks: BasicBlock[] = [];
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.startDepth < 0) continue;
    const instrs = b.instrs;
    let k = 0;
    for (let i = 0; i < instrs.length; i++) {
      const ins = instrs[i];
      if ((OPCODES[ins.op].flags & OPF_PSEUDO) === 0 && ins.op !== Op.NOP) instrs[k++] = ins;
    }
    instrs.length = k;
    blocks.push(b);
  }
  // Remove a JUMP to the block laid out right after it (through empty blocks).
  for (let i = 0; i < blocks.length; i++) {
    const last = lastInstr(blocks[i]);
    if (last !== undefined && last.op === Op.JUMP && last.target !== null) {
      let j = i + 1;
      while (j < blocks.length && blocks[j].instrs.length === 0) j++;
      let t: BasicBlock | null = last.target;
      while (t !== null && t.instrs.length === 0) t = t.next;
      if (j < blocks.length && blocks[j] === t) blocks[i].instrs.pop();
    }
  }
  let n = 0;
  for (const b of blocks) {
    b.offset = n;
    n += b.instrs.length;
  }
  // A jump to an empty block goes to the next laid-out instruction (offset already equal).
  const code = new Int32Array(n);
  const positions = new Int32Array(n * 4);
  const handlers: (BasicBlock | null)[] = new Array<BasicBlock | null>(n);
  let k = 0;
  // CPython's propagate_line_numbers: an artificial instruction takes the location of
  // the instruction before it in its block, or of the fall-through predecessor.
  let prevLoc = NO_LOCATION;
  let prevFalls = false;
  for (const b of blocks) {
    if (!prevFalls) prevLoc = NO_LOCATION;
    for (const ins of b.instrs) {
      if (ins.loc[0] < 0) ins.loc = prevLoc;
      else prevLoc = ins.loc;
      let op = ins.op;
      let arg = ins.arg;
      if (ins.target !== null) {
        arg = ins.target.offset;
        if (op === Op.JUMP && arg <= k) op = Op.JUMP_BACKWARD;
      }
      code[k] = op | (arg << OPARG_SHIFT);
      positions[k * 4] = ins.loc[0];
      positions[k * 4 + 1] = ins.loc[1];
      positions[k * 4 + 2] = ins.loc[2];
      positions[k * 4 + 3] = ins.loc[3];
      handlers[k] = ins.except;
      k++;
    }
    if (b.instrs.length > 0) prevFalls = fallsThrough(b);
  }
  const exceptiontable: ExceptionTableEntry[] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || handlers[i] !== handlers[start]) {
      const h = handlers[start];
      if (h !== null && h !== undefined) {
        exceptiontable.push({
          start, end: i, target: h.offset,
          depth: h.startDepth - 1 - (h.preserveLasti ? 1 : 0), lasti: h.preserveLasti,
        });
      }
      start = i;
    }
  }
  return { code, positions, exceptiontable, stacksize };
}

