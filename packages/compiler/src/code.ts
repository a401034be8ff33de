// CPython's code object (Include/cpython/code.h PyCodeObject) as plain data: what the
// compiler produces and the eval loop runs. No Python objects: constants are
// src/constants.ts values or nested code objects.

import type { Constant } from './constants.js';

/** co_flags: the function uses fast locals. @public */
export const CO_OPTIMIZED = 0x0001;
/** co_flags: a new locals dict is made for each call. @public */
export const CO_NEWLOCALS = 0x0002;
/** co_flags: has `*args`. @public */
export const CO_VARARGS = 0x0004;
/** co_flags: has `**kwargs`. @public */
export const CO_VARKEYWORDS = 0x0008;
/** co_flags: nested in a function. @public */
export const CO_NESTED = 0x0010;
/** co_flags: a generator function. @public */
export const CO_GENERATOR = 0x0020;
/** co_flags: has no free or cell variables. @public */
export const CO_NOFREE = 0x0040;
/** co_flags: a coroutine (`async def`). @public */
export const CO_COROUTINE = 0x0080;
/** co_flags: a generator-based coroutine. @public */
export const CO_ITERABLE_COROUTINE = 0x0100;
/** co_flags: an async generator. @public */
export const CO_ASYNC_GENERATOR = 0x0200;
/** co_flags: `from __future__ import annotations`. @public */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** Kind bits of a localsplus slot (CPython's CO_FAST_LOCAL/CELL/FREE). @public */
export const CO_FAST_LOCAL = 0x20;
/** The slot is a cell (possibly also a parameter: LOCAL|CELL). @public */
export const CO_FAST_CELL = 0x40;
/** The slot is a free variable (copied from the closure by COPY_FREE_VARS). @public */
export const CO_FAST_FREE = 0x80;

/** An entry of the exception table (CPython's `co_exceptiontable`, unpacked). @public */
export interface ExceptionTableEntry {
  /** First covered instruction index. */
  readonly start: number;
  /** One past the last covered instruction index. */
  readonly end: number;
  /** Handler instruction index. */
  readonly target: number;
  /** Stack depth to pop to before pushing (lasti and) the exception. */
  readonly depth: number;
  /** Push the raising instruction's index before the exception. */
  readonly lasti: boolean;
}

/** A compiled code object. @public */
export interface CodeObject {
  /** Instruction words: `opcode | (oparg << 8)`; see src/opcodes.ts. */
  readonly code: Int32Array;
  /** co_consts: constants and nested code objects. */
  readonly consts: readonly (Constant | CodeObject)[];
  /** co_names: global, attribute and import names. */
  readonly names: readonly string[];
  /** co_localsplusnames: locals (parameters first), then cells that are not parameters, then free variables. */
  readonly localsplusnames: readonly string[];
  /** co_localspluskinds: CO_FAST_* bits per localsplus slot. */
  readonly localspluskinds: Uint8Array;
  /** co_varnames (derived from localsplus). */
  readonly varnames: readonly string[];
  /** co_cellvars (derived). */
  readonly cellvars: readonly string[];
  /** co_freevars (derived). */
  readonly freevars: readonly string[];
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  /** co_flags (CO_*). */
  readonly flags: number;
  /** co_name. */
  readonly name: string;
  /** co_qualname. */
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  /**
   * Positions per instruction: 4 Int32 per instruction (lineno, end_lineno,
   * col_offset, end_col_offset); -1 when the instruction has no position.
   */
  readonly positions: Int32Array;
  /** The exception table, sorted by start. */
  readonly exceptiontable: readonly ExceptionTableEntry[];
  /** co_stacksize: the maximum value-stack depth, from flow analysis. */
  readonly stacksize: number;
}

/** Line of instruction `i` (or -1). @public */
export function instructionLine(code: CodeObject, i: number): number {
  return code.positions[i * 4];
}

/** The handler for an exception raised at instruction `i`, or undefined. @public */
export function findExceptionHandler(code: CodeObject, i: number): ExceptionTableEntry | undefined {
  for (const e of code.exceptiontable) if (i >= e.start && i < e.end) return e;
  return undefined;
}

/** Nested code objects in co_consts. @public */
export function nestedCode(code: CodeObject): CodeObject[] {
  return code.consts.filter((c): c is CodeObject => c !== null && typeof c === 'object' && 'code' in c && c.code instanceof Int32Array);
}
