// A structural verifier for code objects (in the spirit of the JVM's bytecode verifier;
// CPython has none): an abstract interpretation over the opcode table's stack effects
// that checks what the eval loop trusts — operands in range, jump targets in range,
// no stack underflow or overflow along any path (exception edges included), consistent
// depths where paths merge, no falling off the end, and a well-formed exception table.

import type { CodeObject } from './code.js';
import { nestedCode } from './code.js';
import { OPARG_SHIFT, OPCODE_MASK, OPCODES, OPF_JUMP, OPF_PSEUDO, OPF_TERMINAL } from './opcodes.js';

/**
 * Checks one code object (and, with `recursive`, its nested code objects). Returns
 * a list of problems, empty when the code is well-formed.
 * @public
 */
export function verifyCode(code: CodeObject, recursive = true): string[] {
  const errors: string[] = [];
  verifyOne(code, errors);
  if (recursive) for (const c of nestedCode(code)) errors.push(...verifyCode(c, true));
  return errors;
}

function verifyOne(code: CodeObject, errors: string[]): void {
  const where = (i: number): string => `${code.qualname}@${i}`;
  const n = code.code.length;
  const nlocals = code.localsplusnames.length;
  if (code.positions.length !== n * 4) errors.push(`${code.qualname}: positions length ${code.positions.length} != ${n * 4}`);
  if (code.localspluskinds.length !== nlocals) errors.push(`${code.qualname}: localspluskinds length mismatch`);
  // Operands.
  for (let i = 0; i < n; i++) {
    const w = code.code[i];
    const op = w & OPCODE_MASK;
    const arg = w >> OPARG_SHIFT;
    const info = OPCODES[op];
    if (info === undefined) {
      errors.push(`${where(i)}: bad opcode ${op}`);
      continue;
    }
    if ((info.flags & OPF_PSEUDO) !== 0) errors.push(`${where(i)}: pseudo-instruction ${info.name} left in code`);
    switch (info.operand) {
      case 'const': if (arg >= code.consts.length) errors.push(`${where(i)}: const index ${arg} out of range`); break;
      case 'name': if (arg >= code.names.length) errors.push(`${where(i)}: name index ${arg} out of range`); break;
      case 'local': if (arg >= nlocals) errors.push(`${where(i)}: local index ${arg} out of range`); break;
      case 'jump': if (arg >= n) errors.push(`${where(i)}: jump target ${arg} out of range`); break;
      default: break;
    }
    const line = code.positions[i * 4];
    if (line !== -1 && line < 1) errors.push(`${where(i)}: bad line ${line}`);
  }
  // Exception table.
  let prevEnd = 0;
  for (const e of code.exceptiontable) {
    if (!(e.start < e.end && e.end <= n && e.start >= prevEnd)) errors.push(`${code.qualname}: bad exception range ${e.start}..${e.end}`);
    if (e.target >= n || e.target < 0) errors.push(`${code.qualname}: exception target ${e.target} out of range`);
    if (e.depth < 0) errors.push(`${code.qualname}: negative handler depth`);
    prevEnd = e.end;
  }
  // Stack depths by abstract interpretation.
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  const reach = (from: number, to: number, d: number): void => {
    if (to >= n) {
      errors.push(`${where(from)}: control reaches the end of the code`);
      return;
    }
    if (d < 0) {
      errors.push(`${where(from)}: stack underflow (${d})`);
      return;
    }
    if (d > code.stacksize) {
      errors.push(`${where(from)}: depth ${d} exceeds stacksize ${code.stacksize}`);
      return;
    }
    if (depth[to] < 0) {
      depth[to] = d;
      work.push(to);
    } else if (depth[to] !== d) {
      errors.push(`${where(to)}: inconsistent depth ${depth[to]} vs ${d} (from ${from})`);
    }
  };
  if (n === 0) {
    errors.push(`${code.qualname}: empty code`);
    return;
  }
  reach(0, 0, 0);
  while (work.length > 0 && errors.length < 50) {
    const i = work.pop()!;
    const d = depth[i];
    const w = code.code[i];
    const op = w & OPCODE_MASK;
    const arg = w >> OPARG_SHIFT;
    const info = OPCODES[op];
    if (info === undefined) continue;
    for (const e of code.exceptiontable) {
      if (i >= e.start && i < e.end) {
        if (d < e.depth) errors.push(`${where(i)}: depth ${d} below handler depth ${e.depth}`);
        reach(i, e.target, e.depth + (e.lasti ? 1 : 0) + 1);
        break;
      }
    }
    if ((info.flags & OPF_JUMP) !== 0) reach(i, arg, d + info.jumpEffect(arg));
    if ((info.flags & OPF_TERMINAL) === 0) reach(i, i + 1, d + info.effect(arg));
  }
}
