// The instruction set (CPython's Lib/opcode.py + Python/compile.c stack_effect, redesigned
// for a TypeScript eval loop): declared once, as a table, from which the compiler, the
// disassembler and the eval loop's dispatch derive.
//
// NON-CPYTHON: an instruction is one Int32 word, `opcode | (oparg << 8)` (oparg 0 … 2^23-1),
// so there is no EXTENDED_ARG and no inline CACHE entries; jump opargs are absolute
// instruction indices; calls take the callable below the arguments with no NULL slot
// (CALL n / CALL_KW n / CALL_METHOD n).

/** What an oparg means (for the disassembler and for validation). @public */
export type OperandKind =
  | 'none' // oparg unused (0)
  | 'int' // a plain count or index
  | 'const' // index into co_consts
  | 'name' // index into co_names
  | 'local' // index into localsplus (fast locals, cells and free variables)
  | 'jump' // absolute target instruction index
  | 'binop' // NB_* operator
  | 'cmp' // COMPARE_OP operator
  | 'flags'; // a bit set

/** Instruction flags. @public */
export const OPF_JUMP = 1;
/** The instruction never falls through (return, raise, unconditional jump). @public */
export const OPF_TERMINAL = 2;
/** A pseudo-instruction: compiler-only, removed by the assembler. @public */
export const OPF_PSEUDO = 4;
/** A backward jump: the eval loop checks its eval breaker (signals, GIL drop requests) here. @public */
export const OPF_BACKWARD = 8;

/** One row of the opcode table. @public */
export interface OpcodeInfo {
  readonly name: string;
  readonly code: number;
  readonly operand: OperandKind;
  /** Stack effect when the instruction does not jump. */
  readonly effect: (oparg: number) => number;
  /** Stack effect when it jumps (jump instructions only). */
  readonly jumpEffect: (oparg: number) => number;
  readonly flags: number;
}

type Row = readonly [name: string, operand: OperandKind, effect: number | ((oparg: number) => number), flags?: number, jumpEffect?: number];

const popcount = (n: number): number => {
  let c = 0;
  for (let x = n; x !== 0; x >>= 1) c += x & 1;
  return c;
};

// The rows, in opcode-number order (the number is the row index). A function, so that
// the only module-level table is the frozen OPCODES built from it.
function opcodeRows(): Row[] {
  return [
    ['NOP', 'none', 0],
    ['POP_TOP', 'none', -1],
    ['COPY', 'int', 1],
    ['SWAP', 'int', 0],
    ['LOAD_CONST', 'const', 1],
    ['LOAD_FAST', 'local', 1],
    ['STORE_FAST', 'local', -1],
    ['DELETE_FAST', 'local', 0],
    ['LOAD_NAME', 'name', 1],
    ['STORE_NAME', 'name', -1],
    ['DELETE_NAME', 'name', 0],
    ['LOAD_GLOBAL', 'name', 1],
    ['STORE_GLOBAL', 'name', -1],
    ['DELETE_GLOBAL', 'name', 0],
    ['LOAD_ATTR', 'name', 0],
    ['STORE_ATTR', 'name', -2],
    ['DELETE_ATTR', 'name', -1],
    ['LOAD_METHOD', 'name', 1],
    ['MAKE_CELL', 'local', 0],
    ['COPY_FREE_VARS', 'int', 0],
    ['LOAD_CLOSURE', 'local', 1],
    ['LOAD_DEREF', 'local', 1],
    ['STORE_DEREF', 'local', -1],
    ['DELETE_DEREF', 'local', 0],
    ['LOAD_CLASSDEREF', 'local', 1],
    ['UNARY_POSITIVE', 'none', 0],
    ['UNARY_NEGATIVE', 'none', 0],
    ['UNARY_NOT', 'none', 0],
    ['UNARY_INVERT', 'none', 0],
    ['BINARY_OP', 'binop', -1],
    ['COMPARE_OP', 'cmp', -1],
    ['IS_OP', 'int', -1],
    ['CONTAINS_OP', 'int', -1],
    ['BINARY_SUBSCR', 'none', -1],
    ['STORE_SUBSCR', 'none', -3],
    ['DELETE_SUBSCR', 'none', -2],
    ['BUILD_SLICE', 'int', (n) => 1 - n],
    ['BUILD_TUPLE', 'int', (n) => 1 - n],
    ['BUILD_LIST', 'int', (n) => 1 - n],
    ['BUILD_SET', 'int', (n) => 1 - n],
    ['BUILD_MAP', 'int', (n) => 1 - 2 * n],
    ['BUILD_CONST_KEY_MAP', 'int', (n) => -n],
    ['BUILD_STRING', 'int', (n) => 1 - n],
    ['LIST_APPEND', 'int', -1],
    ['SET_ADD', 'int', -1],
    ['MAP_ADD', 'int', -2],
    ['LIST_EXTEND', 'int', -1],
    ['SET_UPDATE', 'int', -1],
    ['DICT_UPDATE', 'int', -1],
    ['DICT_MERGE', 'int', -1],
    ['LIST_TO_TUPLE', 'none', 0],
    ['UNPACK_SEQUENCE', 'int', (n) => n - 1],
    ['UNPACK_EX', 'int', (n) => (n & 0xff) + (n >> 8)],
    ['FORMAT_VALUE', 'flags', (f) => ((f & 4) !== 0 ? -1 : 0)],
    ['JUMP', 'jump', 0, OPF_JUMP | OPF_TERMINAL, 0],
    ['JUMP_BACKWARD', 'jump', 0, OPF_JUMP | OPF_TERMINAL | OPF_BACKWARD, 0],
    ['POP_JUMP_IF_FALSE', 'jump', -1, OPF_JUMP, -1],
    ['POP_JUMP_IF_TRUE', 'jump', -1, OPF_JUMP, -1],
    ['POP_JUMP_IF_NONE', 'jump', -1, OPF_JUMP, -1],
    ['POP_JUMP_IF_NOT_NONE', 'jump', -1, OPF_JUMP, -1],
    ['JUMP_IF_FALSE_OR_POP', 'jump', -1, OPF_JUMP, 0],
    ['JUMP_IF_TRUE_OR_POP', 'jump', -1, OPF_JUMP, 0],
    ['GET_ITER', 'none', 0],
    ['FOR_ITER', 'jump', 1, OPF_JUMP, -1],
    ['CALL', 'int', (n) => -n],
    ['CALL_KW', 'int', (n) => -n - 1],
    ['CALL_METHOD', 'int', (n) => -n - 1],
    ['CALL_METHOD_KW', 'int', (n) => -n - 2],
    ['CALL_FUNCTION_EX', 'flags', (f) => -1 - (f & 1)],
    ['MAKE_FUNCTION', 'flags', (f) => -popcount(f)],
    ['LOAD_BUILD_CLASS', 'none', 1],
    ['RETURN_VALUE', 'none', -1, OPF_TERMINAL],
    ['RETURN_GENERATOR', 'none', 1],
    ['YIELD_VALUE', 'int', 0],
    ['GET_YIELD_FROM_ITER', 'none', 0],
    ['SEND', 'jump', 0, OPF_JUMP, -1],
    ['GET_AWAITABLE', 'int', 0],
    ['GET_AITER', 'none', 0],
    ['GET_ANEXT', 'none', 1],
    ['END_ASYNC_FOR', 'none', -2],
    ['BEFORE_ASYNC_WITH', 'none', 1],
    ['ASYNC_GEN_WRAP', 'none', 0],
    ['IMPORT_NAME', 'name', -1],
    ['IMPORT_FROM', 'name', 1],
    ['IMPORT_STAR', 'none', -1],
    ['RAISE_VARARGS', 'int', (n) => -n, OPF_TERMINAL],
    ['RERAISE', 'int', -1, OPF_TERMINAL],
    ['PUSH_EXC_INFO', 'none', 1],
    ['POP_EXCEPT', 'none', -1],
    ['CHECK_EXC_MATCH', 'none', 0],
    ['CHECK_EG_MATCH', 'none', 0],
    ['PREP_RERAISE_STAR', 'none', -1],
    ['BEFORE_WITH', 'none', 1],
    ['WITH_EXCEPT_START', 'none', 1],
    ['LOAD_ASSERTION_ERROR', 'none', 1],
    ['SETUP_ANNOTATIONS', 'none', 0],
    ['LOAD_LOCALS', 'none', 1],
    ['PRINT_EXPR', 'none', -1],
    ['GET_LEN', 'none', 1],
    ['MATCH_MAPPING', 'none', 1],
    ['MATCH_SEQUENCE', 'none', 1],
    ['MATCH_KEYS', 'none', 1],
    ['MATCH_CLASS', 'int', -2],
    // Pseudo-instructions (compile time only; the assembler turns them into NOP and
    // exception-table entries). Their jump effect is the depth at the handler.
    ['SETUP_FINALLY', 'jump', 0, OPF_JUMP | OPF_PSEUDO, 1],
    ['SETUP_CLEANUP', 'jump', 0, OPF_JUMP | OPF_PSEUDO, 2],
    ['SETUP_WITH', 'jump', 0, OPF_JUMP | OPF_PSEUDO, 1],
    ['POP_BLOCK', 'none', 0, OPF_PSEUDO],
  ];
}

/** The opcode table, indexed by opcode number. @public */
export const OPCODES: readonly OpcodeInfo[] = Object.freeze(opcodeRows().map(([name, operand, eff, flags = 0, jeff]) => {
  const effect = typeof eff === 'number' ? (): number => eff : eff;
  const jumpEffect = jeff === undefined ? effect : (): number => jeff;
  return Object.freeze({ name, code: 0, operand, effect, jumpEffect, flags });
}).map((r, i) => Object.freeze({ ...r, code: i })));

/** Opcode numbers by name. @public */
export const Op = Object.freeze(Object.fromEntries(OPCODES.map((o) => [o.name, o.code]))) as Readonly<Record<OpcodeName, number>>;

/** Every opcode name. @public */
export type OpcodeName =
  | 'NOP' | 'POP_TOP' | 'COPY' | 'SWAP' | 'LOAD_CONST' | 'LOAD_FAST' | 'STORE_FAST' | 'DELETE_FAST'
  | 'LOAD_NAME' | 'STORE_NAME' | 'DELETE_NAME' | 'LOAD_GLOBAL' | 'STORE_GLOBAL' | 'DELETE_GLOBAL' | 'LOAD_ATTR'
  | 'STORE_ATTR' | 'DELETE_ATTR' | 'LOAD_METHOD' | 'MAKE_CELL' | 'COPY_FREE_VARS' | 'LOAD_CLOSURE' | 'LOAD_DEREF'
  | 'STORE_DEREF' | 'DELETE_DEREF' | 'LOAD_CLASSDEREF' | 'UNARY_POSITIVE' | 'UNARY_NEGATIVE' | 'UNARY_NOT'
  | 'UNARY_INVERT' | 'BINARY_OP' | 'COMPARE_OP' | 'IS_OP' | 'CONTAINS_OP' | 'BINARY_SUBSCR' | 'STORE_SUBSCR'
  | 'DELETE_SUBSCR' | 'BUILD_SLICE' | 'BUILD_TUPLE' | 'BUILD_LIST' | 'BUILD_SET' | 'BUILD_MAP' | 'BUILD_CONST_KEY_MAP'
  | 'BUILD_STRING' | 'LIST_APPEND' | 'SET_ADD' | 'MAP_ADD' | 'LIST_EXTEND' | 'SET_UPDATE' | 'DICT_UPDATE' | 'DICT_MERGE'
  | 'LIST_TO_TUPLE' | 'UNPACK_SEQUENCE' | 'UNPACK_EX' | 'FORMAT_VALUE' | 'JUMP' | 'JUMP_BACKWARD' | 'POP_JUMP_IF_FALSE'
  | 'POP_JUMP_IF_TRUE' | 'POP_JUMP_IF_NONE' | 'POP_JUMP_IF_NOT_NONE' | 'JUMP_IF_FALSE_OR_POP' | 'JUMP_IF_TRUE_OR_POP'
  | 'GET_ITER' | 'FOR_ITER' | 'CALL' | 'CALL_KW' | 'CALL_METHOD' | 'CALL_METHOD_KW' | 'CALL_FUNCTION_EX' | 'MAKE_FUNCTION'
  | 'LOAD_BUILD_CLASS' | 'RETURN_VALUE' | 'RETURN_GENERATOR' | 'YIELD_VALUE' | 'GET_YIELD_FROM_ITER' | 'SEND'
  | 'GET_AWAITABLE' | 'GET_AITER' | 'GET_ANEXT' | 'END_ASYNC_FOR' | 'BEFORE_ASYNC_WITH' | 'ASYNC_GEN_WRAP'
  | 'IMPORT_NAME' | 'IMPORT_FROM' | 'IMPORT_STAR' | 'RAISE_VARARGS' | 'RERAISE' | 'PUSH_EXC_INFO' | 'POP_EXCEPT'
  | 'CHECK_EXC_MATCH' | 'CHECK_EG_MATCH' | 'PREP_RERAISE_STAR' | 'BEFORE_WITH' | 'WITH_EXCEPT_START'
  | 'LOAD_ASSERTION_ERROR' | 'SETUP_ANNOTATIONS' | 'LOAD_LOCALS' | 'PRINT_EXPR' | 'GET_LEN' | 'MATCH_MAPPING'
  | 'MATCH_SEQUENCE' | 'MATCH_KEYS' | 'MATCH_CLASS' | 'SETUP_FINALLY' | 'SETUP_CLEANUP'
  | 'SETUP_WITH' | 'POP_BLOCK';

/** Bits of an instruction word that hold the opcode. @public */
export const OPCODE_MASK = 0xff;
/** Shift of the oparg in an instruction word. @public */
export const OPARG_SHIFT = 8;
/** Largest oparg a word can hold. @public */
export const MAX_OPARG = (1 << 23) - 1;

/** BINARY_OP operator numbers (CPython's NB_*; in-place forms add {@link NB_INPLACE}). @public */
export const NB = Object.freeze({
  ADD: 0, AND: 1, FLOOR_DIVIDE: 2, LSHIFT: 3, MATRIX_MULTIPLY: 4, MULTIPLY: 5, REMAINDER: 6, OR: 7, POWER: 8,
  RSHIFT: 9, SUBTRACT: 10, TRUE_DIVIDE: 11, XOR: 12,
});
/** Added to an NB_* number for the in-place (augmented assignment) form. @public */
export const NB_INPLACE = 13;
/** The operator text of each BINARY_OP oparg, as `dis` shows it. @public */
export const NB_SYMBOLS: readonly string[] = Object.freeze([
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
]);
/** COMPARE_OP operators (CPython's Py_LT … Py_GE order). @public */
export const CMP_OPS: readonly string[] = Object.freeze(['<', '<=', '==', '!=', '>', '>=']);

/** MAKE_FUNCTION flag: a tuple of positional defaults is on the stack. @public */
export const MAKE_FUNCTION_DEFAULTS = 0x01;
/** MAKE_FUNCTION flag: a dict of keyword-only defaults. @public */
export const MAKE_FUNCTION_KWDEFAULTS = 0x02;
/** MAKE_FUNCTION flag: an annotations tuple (name, value, name, value, …). @public */
export const MAKE_FUNCTION_ANNOTATIONS = 0x04;
/** MAKE_FUNCTION flag: a tuple of cells for the closure. @public */
export const MAKE_FUNCTION_CLOSURE = 0x08;

/** FORMAT_VALUE conversion bits (`!s`, `!r`, `!a`) and the "has format spec" bit. @public */
export const FVC_MASK = 0x3;
/** FORMAT_VALUE: a format spec is on the stack. @public */
export const FVS_HAVE_SPEC = 0x4;

/** Stack effect of an instruction (CPython's `stack_effect`). @public */
export function stackEffect(opcode: number, oparg: number, jump: boolean): number {
  const info = OPCODES[opcode];
  return jump ? info.jumpEffect(oparg) : info.effect(oparg);
}

/** True for instructions that can jump. @public */
export function hasJump(opcode: number): boolean {
  return (OPCODES[opcode].flags & OPF_JUMP) !== 0;
}

/** True for instructions after which control never falls through. @public */
export function isTerminal(opcode: number): boolean {
  return (OPCODES[opcode].flags & OPF_TERMINAL) !== 0;
}
