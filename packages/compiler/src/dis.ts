// CPython's `dis` module (Lib/dis.py): a text listing of a code object's instructions
// (line, index, opcode name, oparg and its meaning) and exception table, recursing into
// nested code objects.

import type { CodeObject } from './code.js';
import { nestedCode } from './code.js';
import { constRepr, strRepr } from './compile-unparse.js';
import type { Constant } from './constants.js';
import { CMP_OPS, NB_SYMBOLS, OPARG_SHIFT, OPCODE_MASK, OPCODES } from './opcodes.js';

/** Options of {@link disassemble}. @public */
export interface DisOptions {
  /** Also disassemble nested code objects (default true). */
  readonly recursive?: boolean;
}

function isCode(v: Constant | CodeObject): v is CodeObject {
  return v !== null && typeof v === 'object' && 'code' in v;
}

/** The meaning of one instruction's oparg, as `dis` prints it in parentheses. @internal */
export function describeOparg(code: CodeObject, op: number, arg: number): string {
  const info = OPCODES[op];
  switch (info.operand) {
    case 'const': {
      const c = code.consts[arg];
      if (c === undefined) return '<bad const>';
      return isCode(c) ? `<code object ${c.name}>` : constRepr(c);
    }
    case 'name':
      return code.names[arg] ?? '<bad name>';
    case 'local':
      return code.localsplusnames[arg] ?? '<bad local>';
    case 'jump':
      return `to ${arg}`;
    case 'binop':
      return NB_SYMBOLS[arg] ?? '?';
    case 'cmp':
      return CMP_OPS[arg] ?? '?';
    case 'flags':
      if (info.name === 'FORMAT_VALUE') {
        const conv = ['', 'str', 'repr', 'ascii'][arg & 3];
        return [conv, (arg & 4) !== 0 ? 'with format' : ''].filter(Boolean).join(', ');
      }
      if (info.name === 'MAKE_FUNCTION') {
        return ['defaults', 'kwdefaults', 'annotations', 'closure'].filter((_, i) => (arg & (1 << i)) !== 0).join(', ');
      }
      return '';
    default:
      if (info.name === 'IS_OP') return arg ? 'is not' : 'is';
      if (info.name === 'CONTAINS_OP') return arg ? 'not in' : 'in';
      return '';
  }
}

function disOne(code: CodeObject, out: string[]): void {
  const jumpTargets = new Set<number>();
  for (let i = 0; i < code.code.length; i++) {
    const w = code.code[i];
    if (OPCODES[w & OPCODE_MASK].operand === 'jump') jumpTargets.add(w >> OPARG_SHIFT);
  }
  for (const e of code.exceptiontable) jumpTargets.add(e.target);
  let lastLine = -2;
  for (let i = 0; i < code.code.length; i++) {
    const w = code.code[i];
    const op = w & OPCODE_MASK;
    const arg = w >> OPARG_SHIFT;
    const info = OPCODES[op];
    const line = code.positions[i * 4];
    let lineCol = '    ';
    if (line !== lastLine && line >= 0) {
      if (i > 0) out.push('');
      lineCol = String(line).padStart(4);
      lastLine = line;
    }
    const marker = jumpTargets.has(i) ? '>>' : '  ';
    let text = `${lineCol}  ${marker} ${String(i).padStart(5)} ${info.name.padEnd(22)}`;
    if (info.operand !== 'none' || arg !== 0) {
      text += String(arg).padStart(4);
      const d = describeOparg(code, op, arg);
      if (d) text += ` (${d})`;
    }
    out.push(text.trimEnd());
  }
  if (code.exceptiontable.length > 0) {
    out.push('ExceptionTable:');
    for (const e of code.exceptiontable) {
      out.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
}

/**
 * Disassembles a code object like CPython's `dis.dis`: one line per instruction, a
 * blank line between source lines, `>>` on jump targets, then the exception table;
 * nested code objects follow under a `Disassembly of …` header.
 * @public
 */
export function disassemble(code: CodeObject, options: DisOptions = {}): string {
  const out: string[] = [];
  const walk = (c: CodeObject, header: boolean): void => {
    if (header) {
      out.push('');
      out.push(`Disassembly of <code object ${c.name} at ${strRepr(c.qualname)}, file ${strRepr(c.filename)}, line ${c.firstlineno}>:`);
    }
    disOne(c, out);
    if (options.recursive ?? true) for (const n of nestedCode(c)) walk(n, true);
  };
  walk(code, false);
  return out.join('\n') + '\n';
}
