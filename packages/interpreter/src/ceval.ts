// The eval loop (CPython's Python/ceval.c, _PyEval_EvalFrameDefault, 3.11 shape): runs the
// compiler's bytecode over frames on the thread's data stack. Python-to-Python calls are
// inlined — CALL pushes the callee's frame and the loop goes on with it, RETURN_VALUE pops back
// — so Python recursion never grows the JavaScript stack; the loop re-enters itself only when
// JavaScript code (a builtin) calls a Python function (_PyEval_Vector), and that nesting is
// counted against its own limit so that the JS stack cannot overflow.
//
// HOT PATH — keep it so: one monomorphic function; the heap's Int32Array view and the frame's
// registers (code words, localsplus, stack pointer, instruction index) are hoisted into locals;
// `i32` is re-read from `interp.views` after anything that can allocate (the heap may grow and
// replace the views; word indexes stay valid); no closures, arrays, objects or try/catch per
// instruction; slow paths are functions out of line. Opcode numbers are written as literals
// with the name beside them (`case 5 /* LOAD_FAST */:`) — an enum member is a property load
// under isolatedModules, which turns the switch into a chain of compares; ceval.test.ts checks
// every literal against @pergil/compiler's table.
// What the loop does per instruction is written down in the package README ("The eval loop,
// per instruction").

import { PySlice_New } from './objects/sliceobject.js';
import { PyObject_Format } from './objects/format.js';
import { CO_CODE_OFFSET, PY_CODE_OBJECT } from './objects/codeobject.layout.js';
import { PY_FUNCTION_OBJECT } from './objects/funcobject.layout.js';
import { PY_CELL_OBJECT } from './objects/cellobject.layout.js';
import { LIST_OB_ITEM } from './objects/listobject.layout.js';
import { PY_RANGE_ITER_OBJECT, PY_SEQ_ITER_OBJECT } from './objects/iterobject.layout.js';
import {
  BYTES_OB_SVAL,
  FLOAT_OB_FVAL,
  LONG_DIGITS,
  OB_SIZE,
  OB_TYPE,
  PY_BASE_EXCEPTION_OBJECT,
  Py_TPFLAGS_BASE_EXC_SUBCLASS,
  TUPLE_OB_ITEM,
} from '@pergil/runtime-state';
import { INTERPRETER_STATE } from './interpreter-state.layout.js';
import { THREAD_STATE } from './thread-state.layout.js';
import { LOAD_GLOBAL_CACHE_SLOTS } from './thread-state.js';
import { DICT_MA_KEYS, PY_DICT_KEYS_OBJECT, PY_DICT_KEY_ENTRY } from './objects/dictobject.layout.js';
import type { InterpreterState } from './interpreter-state.js';
import type { ThreadState } from './thread-state.js';
import {
  FRAME_SPECIALS_WORDS,
  FW_BUILTINS,
  FW_CODE,
  FW_FUNC,
  FW_GLOBALS,
  FW_IS_ENTRY,
  FW_LOCALS,
  FW_PREVIOUS,
  FW_PREV_INSTR,
  FW_STACKTOP,
} from './frame.layout.js';
import { _PyFrame_Clear, _PyThreadState_PopFrame, _PyThreadState_PushFrame } from './frame.js';
import {
  PyErr_GetRaisedException,
  PyErr_GetRaisedExceptionBorrowed,
  PyErr_GivenExceptionMatches,
  PyErr_Occurred,
  PyErr_SetRaisedException,
  PyType_IsSubtype,
  _PyErr_ChainExceptions,
  raise,
} from './objects/exceptions.js';
import {
  PyObject_IsTrue,
  PyObject_Repr,
  PyObject_RichCompare,
  PyObject_Str,
  Py_DECREF,
  Py_INCREF,
  Py_TYPE,
  Py_TYPE_NAME,
  _Py_Dealloc,
  typeFlags,
  typeName,
} from './objects/object.js';
import {
  PyNumber_BinaryOp,
  PyNumber_InPlaceOp,
  PyNumber_UnaryOp,
  PyObject_DelItem,
  PyObject_GetItem,
  PyObject_SetItem,
  PyObject_Size,
  PySequence_Contains,
  _PyObject_GetSlice,
} from './objects/abstract.js';
import type { BinaryOperator, UnaryOperator } from './objects/abstract.js';
import { PyLong_FromLong, longToNumber } from './objects/longobject.js';
import { PyFloat_FromDouble } from './objects/floatobject.js';
import { PyUnicode_AsString, PyUnicode_FromString, unicodeEquals } from './objects/unicodeobject.js';
import { PyTuple_New, tupleLength } from './objects/tupleobject.js';
import { PyList_Append, PyList_New } from './objects/listobject.js';
import {
  PyDict_DelItem,
  PyDict_GetItemWithError,
  PyDict_New,
  PyDict_Next,
  PyDict_SetItem,
  dictEntryKey,
  dictEntryValue,
  dictLength,
} from './objects/dictobject.js';
import { PySet_Add, PySet_New, setUpdate } from './objects/setobject.js';
import { PyRange_Check } from './objects/rangeobject.js';
import { PyCell_New } from './objects/cellobject.js';
import { PyFunction_New } from './objects/funcobject.js';
import { PyTraceBack_Here } from './objects/traceback.js';
import { PY_VECTORCALL_ARGUMENTS_OFFSET, PyObject_Vectorcall } from './objects/call.js';
import { PyIter_Next, PyObject_GetIter } from './objects/iterobject.js';
import { PyObject_GetAttr, PyObject_SetAttr, _PyObject_GetMethod } from './objects/object-attrs.js';
import { PyMethod_New } from './objects/classobject.js';
import { PyObject_CallNoArgs, PyObject_CallOneArg, PyObject_CallThreeArgs } from './objects/call.js';
import { PySys_GetObject } from './sysmodule.js';
import { PyImport_ImportModuleLevelObject } from './bltinmodule.js';
import { PY_MODULE_OBJECT } from './objects/moduleobject.layout.js';
import { PY_METHOD_OBJECT } from './objects/classobject.layout.js';

// ---- layout constants -------------------------------------------------------------------------

const CO = PY_CODE_OBJECT.offsetBytes;
const FN = PY_FUNCTION_OBJECT.offsetBytes;
const BE = PY_BASE_EXCEPTION_OBJECT.offsetBytes;
const TS = THREAD_STATE.offsetBytes;
const IS = INTERPRETER_STATE.offsetBytes;
const CELL_REF = PY_CELL_OBJECT.offsetBytes.ob_ref;
const DK = PY_DICT_KEYS_OBJECT.offsetBytes;
const DICT_ENTRY_BYTES = PY_DICT_KEY_ENTRY.sizeBytes;
const ME_KEY = PY_DICT_KEY_ENTRY.offsetBytes.me_key;
const ME_VALUE = PY_DICT_KEY_ENTRY.offsetBytes.me_value;
const IM_FUNC = PY_METHOD_OBJECT.offsetBytes.im_func;
const IM_SELF = PY_METHOD_OBJECT.offsetBytes.im_self;
const CO_CODE_WORD = CO_CODE_OFFSET >> 2;
const RANGE_ITER_START = PY_RANGE_ITER_OBJECT.offsetBytes.start;
const RANGE_ITER_STEP = PY_RANGE_ITER_OBJECT.offsetBytes.step;
const RANGE_ITER_LEN = PY_RANGE_ITER_OBJECT.offsetBytes.len;
const SEQ_IT_INDEX = PY_SEQ_ITER_OBJECT.offsetBytes.it_index;
const SEQ_IT_SEQ = PY_SEQ_ITER_OBJECT.offsetBytes.it_seq;

/** co_flags bits the eval loop reads (the compiler's CO_*). */
const CO_OPTIMIZED = 0x0001;
const CO_VARARGS = 0x0004;
const CO_VARKEYWORDS = 0x0008;
const CO_GENERATOR_FLAGS = 0x0020 | 0x0080 | 0x0100 | 0x0200;
/** localspluskinds: a free variable slot. */
const CO_FAST_FREE = 0x80;

/**
 * Nested eval loop invocations allowed on the JS stack (builtins calling back into Python).
 * NON-CPYTHON: CPython 3.12 counts C recursion separately too (Py_C_RECURSION_LIMIT); this
 * bound keeps Node's default stack (~1 MiB) from overflowing whatever sys.setrecursionlimit says.
 */
const MAX_JS_EVAL_DEPTH = 200;

// ---- opcode numbers (the compiler's table; ceval.test.ts checks them) --------------------------

const enum OP {
  NOP = 0,
  POP_TOP = 1,
  COPY = 2,
  SWAP = 3,
  LOAD_CONST = 4,
  LOAD_FAST = 5,
  STORE_FAST = 6,
  DELETE_FAST = 7,
  LOAD_NAME = 8,
  STORE_NAME = 9,
  DELETE_NAME = 10,
  LOAD_GLOBAL = 11,
  STORE_GLOBAL = 12,
  DELETE_GLOBAL = 13,
  LOAD_ATTR = 14,
  STORE_ATTR = 15,
  DELETE_ATTR = 16,
  LOAD_METHOD = 17,
  MAKE_CELL = 18,
  COPY_FREE_VARS = 19,
  LOAD_CLOSURE = 20,
  LOAD_DEREF = 21,
  STORE_DEREF = 22,
  DELETE_DEREF = 23,
  LOAD_CLASSDEREF = 24,
  UNARY_POSITIVE = 25,
  UNARY_NEGATIVE = 26,
  UNARY_NOT = 27,
  UNARY_INVERT = 28,
  BINARY_OP = 29,
  COMPARE_OP = 30,
  IS_OP = 31,
  CONTAINS_OP = 32,
  BINARY_SUBSCR = 33,
  STORE_SUBSCR = 34,
  DELETE_SUBSCR = 35,
  BUILD_SLICE = 36,
  BUILD_TUPLE = 37,
  BUILD_LIST = 38,
  BUILD_SET = 39,
  BUILD_MAP = 40,
  BUILD_CONST_KEY_MAP = 41,
  BUILD_STRING = 42,
  LIST_APPEND = 43,
  SET_ADD = 44,
  MAP_ADD = 45,
  LIST_EXTEND = 46,
  SET_UPDATE = 47,
  DICT_UPDATE = 48,
  DICT_MERGE = 49,
  LIST_TO_TUPLE = 50,
  UNPACK_SEQUENCE = 51,
  UNPACK_EX = 52,
  FORMAT_VALUE = 53,
  JUMP = 54,
  JUMP_BACKWARD = 55,
  POP_JUMP_IF_FALSE = 56,
  POP_JUMP_IF_TRUE = 57,
  POP_JUMP_IF_NONE = 58,
  POP_JUMP_IF_NOT_NONE = 59,
  JUMP_IF_FALSE_OR_POP = 60,
  JUMP_IF_TRUE_OR_POP = 61,
  GET_ITER = 62,
  FOR_ITER = 63,
  CALL = 64,
  CALL_KW = 65,
  CALL_METHOD = 66,
  CALL_METHOD_KW = 67,
  CALL_FUNCTION_EX = 68,
  MAKE_FUNCTION = 69,
  LOAD_BUILD_CLASS = 70,
  RETURN_VALUE = 71,
  RETURN_GENERATOR = 72,
  YIELD_VALUE = 73,
  GET_YIELD_FROM_ITER = 74,
  SEND = 75,
  GET_AWAITABLE = 76,
  GET_AITER = 77,
  GET_ANEXT = 78,
  END_ASYNC_FOR = 79,
  BEFORE_ASYNC_WITH = 80,
  ASYNC_GEN_WRAP = 81,
  IMPORT_NAME = 82,
  IMPORT_FROM = 83,
  IMPORT_STAR = 84,
  RAISE_VARARGS = 85,
  RERAISE = 86,
  PUSH_EXC_INFO = 87,
  POP_EXCEPT = 88,
  CHECK_EXC_MATCH = 89,
  CHECK_EG_MATCH = 90,
  PREP_RERAISE_STAR = 91,
  BEFORE_WITH = 92,
  WITH_EXCEPT_START = 93,
  LOAD_ASSERTION_ERROR = 94,
  SETUP_ANNOTATIONS = 95,
  LOAD_LOCALS = 96,
  PRINT_EXPR = 97,
  GET_LEN = 98,
  MATCH_MAPPING = 99,
  MATCH_SEQUENCE = 100,
  MATCH_KEYS = 101,
  MATCH_CLASS = 102,
}

/** The opcode numbers this file hard-codes, by name (for ceval.test.ts). @internal */
export const CEVAL_OPCODES: Readonly<Record<string, number>> = Object.freeze({
  NOP: OP.NOP, POP_TOP: OP.POP_TOP, COPY: OP.COPY, SWAP: OP.SWAP, LOAD_CONST: OP.LOAD_CONST, LOAD_FAST: OP.LOAD_FAST,
  STORE_FAST: OP.STORE_FAST, DELETE_FAST: OP.DELETE_FAST, LOAD_NAME: OP.LOAD_NAME, STORE_NAME: OP.STORE_NAME,
  DELETE_NAME: OP.DELETE_NAME, LOAD_GLOBAL: OP.LOAD_GLOBAL, STORE_GLOBAL: OP.STORE_GLOBAL, DELETE_GLOBAL: OP.DELETE_GLOBAL,
  LOAD_ATTR: OP.LOAD_ATTR, STORE_ATTR: OP.STORE_ATTR, DELETE_ATTR: OP.DELETE_ATTR, LOAD_METHOD: OP.LOAD_METHOD,
  MAKE_CELL: OP.MAKE_CELL, COPY_FREE_VARS: OP.COPY_FREE_VARS, LOAD_CLOSURE: OP.LOAD_CLOSURE, LOAD_DEREF: OP.LOAD_DEREF,
  STORE_DEREF: OP.STORE_DEREF, DELETE_DEREF: OP.DELETE_DEREF, LOAD_CLASSDEREF: OP.LOAD_CLASSDEREF,
  UNARY_POSITIVE: OP.UNARY_POSITIVE, UNARY_NEGATIVE: OP.UNARY_NEGATIVE, UNARY_NOT: OP.UNARY_NOT, UNARY_INVERT: OP.UNARY_INVERT,
  BINARY_OP: OP.BINARY_OP, COMPARE_OP: OP.COMPARE_OP, IS_OP: OP.IS_OP, CONTAINS_OP: OP.CONTAINS_OP,
  BINARY_SUBSCR: OP.BINARY_SUBSCR, STORE_SUBSCR: OP.STORE_SUBSCR, DELETE_SUBSCR: OP.DELETE_SUBSCR, BUILD_SLICE: OP.BUILD_SLICE,
  BUILD_TUPLE: OP.BUILD_TUPLE, BUILD_LIST: OP.BUILD_LIST, BUILD_SET: OP.BUILD_SET, BUILD_MAP: OP.BUILD_MAP,
  BUILD_CONST_KEY_MAP: OP.BUILD_CONST_KEY_MAP, BUILD_STRING: OP.BUILD_STRING, LIST_APPEND: OP.LIST_APPEND, SET_ADD: OP.SET_ADD,
  MAP_ADD: OP.MAP_ADD, LIST_EXTEND: OP.LIST_EXTEND, SET_UPDATE: OP.SET_UPDATE, DICT_UPDATE: OP.DICT_UPDATE,
  DICT_MERGE: OP.DICT_MERGE, LIST_TO_TUPLE: OP.LIST_TO_TUPLE, UNPACK_SEQUENCE: OP.UNPACK_SEQUENCE, UNPACK_EX: OP.UNPACK_EX,
  FORMAT_VALUE: OP.FORMAT_VALUE, JUMP: OP.JUMP, JUMP_BACKWARD: OP.JUMP_BACKWARD, POP_JUMP_IF_FALSE: OP.POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE: OP.POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE: OP.POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE: OP.POP_JUMP_IF_NOT_NONE,
  JUMP_IF_FALSE_OR_POP: OP.JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP: OP.JUMP_IF_TRUE_OR_POP, GET_ITER: OP.GET_ITER,
  FOR_ITER: OP.FOR_ITER, CALL: OP.CALL, CALL_KW: OP.CALL_KW, CALL_METHOD: OP.CALL_METHOD, CALL_METHOD_KW: OP.CALL_METHOD_KW,
  CALL_FUNCTION_EX: OP.CALL_FUNCTION_EX, MAKE_FUNCTION: OP.MAKE_FUNCTION, LOAD_BUILD_CLASS: OP.LOAD_BUILD_CLASS,
  RETURN_VALUE: OP.RETURN_VALUE, RETURN_GENERATOR: OP.RETURN_GENERATOR, YIELD_VALUE: OP.YIELD_VALUE,
  GET_YIELD_FROM_ITER: OP.GET_YIELD_FROM_ITER, SEND: OP.SEND, GET_AWAITABLE: OP.GET_AWAITABLE, GET_AITER: OP.GET_AITER,
  GET_ANEXT: OP.GET_ANEXT, END_ASYNC_FOR: OP.END_ASYNC_FOR, BEFORE_ASYNC_WITH: OP.BEFORE_ASYNC_WITH,
  ASYNC_GEN_WRAP: OP.ASYNC_GEN_WRAP, IMPORT_NAME: OP.IMPORT_NAME, IMPORT_FROM: OP.IMPORT_FROM, IMPORT_STAR: OP.IMPORT_STAR,
  RAISE_VARARGS: OP.RAISE_VARARGS, RERAISE: OP.RERAISE, PUSH_EXC_INFO: OP.PUSH_EXC_INFO, POP_EXCEPT: OP.POP_EXCEPT,
  CHECK_EXC_MATCH: OP.CHECK_EXC_MATCH, CHECK_EG_MATCH: OP.CHECK_EG_MATCH, PREP_RERAISE_STAR: OP.PREP_RERAISE_STAR,
  BEFORE_WITH: OP.BEFORE_WITH, WITH_EXCEPT_START: OP.WITH_EXCEPT_START, LOAD_ASSERTION_ERROR: OP.LOAD_ASSERTION_ERROR,
  SETUP_ANNOTATIONS: OP.SETUP_ANNOTATIONS, LOAD_LOCALS: OP.LOAD_LOCALS, PRINT_EXPR: OP.PRINT_EXPR, GET_LEN: OP.GET_LEN,
  MATCH_MAPPING: OP.MATCH_MAPPING, MATCH_SEQUENCE: OP.MATCH_SEQUENCE, MATCH_KEYS: OP.MATCH_KEYS, MATCH_CLASS: OP.MATCH_CLASS,
});

/** BINARY_OP's NB_* operators as the number protocol's operator strings (in-place forms map to the same). */
const NB_OPERATORS: readonly BinaryOperator[] = Object.freeze([
  '+', '&', '//', '<<', '@' as BinaryOperator, '*', '%', '|', '**', '>>', '-', '/', '^',
  '+', '&', '//', '<<', '@' as BinaryOperator, '*', '%', '|', '**', '>>', '-', '/', '^',
]);
const NB_ADD = 0;
const NB_AND = 1;
const NB_LSHIFT = 3;
const NB_OR = 7;
const NB_RSHIFT = 9;
const NB_XOR = 12;
const NB_INPLACE_AND = 14;
const NB_INPLACE_LSHIFT = 16;
const NB_INPLACE_OR = 20;
const NB_INPLACE_RSHIFT = 22;
const NB_INPLACE_XOR = 25;
const NB_FLOOR_DIVIDE = 2;
const NB_MULTIPLY = 5;
const NB_REMAINDER = 6;
const NB_SUBTRACT = 10;
const NB_INPLACE_ADD = 13;
const NB_INPLACE_FLOOR_DIVIDE = 15;
const NB_INPLACE_MULTIPLY = 18;
const NB_INPLACE_REMAINDER = 19;
const NB_INPLACE_SUBTRACT = 23;

/** How the error path was entered (what CPython's `goto error` / `exception_unwind` labels mean). */
const enum Err {
  /** An instruction failed: add a traceback entry; set __context__ if it has none. */
  Fresh = 1,
  /** RAISE_VARARGS with an exception: add a traceback entry (chaining done by do_raise). */
  Raise = 2,
  /** RERAISE or a bare `raise`: no new traceback entry. */
  Reraise = 3,
  /** The callee frame let the exception out: add this frame's traceback entry. */
  Callee = 4,
}

const UNBOUNDLOCAL_ERROR_MSG = (name: string): string => `cannot access local variable '${name}' where it is not associated with a value`;
const UNBOUNDFREE_ERROR_MSG = (name: string): string =>
  `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`;

// ---- small out-of-line helpers ------------------------------------------------------------------

/**
 * The value of an int of at most two 30-bit digits when it is a safe JS integer, else NaN
 * (handles in either heap): the operand test of the int fast paths, which compute in doubles
 * and fall back to the BigInt path when a result leaves the safe range.
 */
function smallIntValue(i32: Int32Array, ri32: Int32Array, h: number): number {
  const v = h < 0 ? ri32 : i32;
  const o = h < 0 ? -h : h;
  const size = v[(o + OB_SIZE) >> 2];
  const d = (o + LONG_DIGITS) >> 2;
  switch (size) {
    case 0:
      return 0;
    case 1:
      return v[d];
    case -1:
      return -v[d];
    case 2:
      return v[d + 1] < 0x800000 ? v[d] + v[d + 1] * 0x40000000 : Number.NaN;
    case -2:
      return v[d + 1] < 0x800000 ? -(v[d] + v[d + 1] * 0x40000000) : Number.NaN;
    default:
      return Number.NaN;
  }
}

/** The type handle of `h` (Py_TYPE with the views passed in). */
function typeOf(i32: Int32Array, ri32: Int32Array, h: number): number {
  return h < 0 ? ri32[(-h + OB_TYPE) >> 2] : i32[(h + OB_TYPE) >> 2];
}

/** The str item `i` of the tuple `t` as a JS string (names, localsplusnames). */
function tupleStr(interp: InterpreterState, t: number, i: number): string {
  const v = t < 0 ? interp.runtimeViews.i32 : interp.views.i32;
  return PyUnicode_AsString(interp, v[(((t < 0 ? -t : t) + TUPLE_OB_ITEM) >> 2) + i]);
}

/** Item `i` of the tuple `t` (borrowed), either heap. */
function tupleItem(interp: InterpreterState, t: number, i: number): number {
  const v = t < 0 ? interp.runtimeViews.i32 : interp.views.i32;
  return v[(((t < 0 ? -t : t) + TUPLE_OB_ITEM) >> 2) + i];
}

function codeField(interp: InterpreterState, code: number, off: number): number {
  return interp.views.i32[(code + off) >> 2];
}

/** The name of localsplus slot `i` of `code`. */
function localName(interp: InterpreterState, code: number, i: number): string {
  return tupleStr(interp, codeField(interp, code, CO.co_localsplusnames), i);
}

/** UnboundLocalError or, for a free variable, NameError (CPython's format_exc_unbound). */
function formatExcUnbound(tstate: ThreadState, code: number, i: number): void {
  const interp = tstate.interp;
  if (PyErr_Occurred(tstate) !== 0) return;
  const name = localName(interp, code, i);
  const kinds = codeField(interp, code, CO.co_localspluskinds);
  const kind = interp.views.u8[kinds + BYTES_OB_SVAL + i];
  if ((kind & CO_FAST_FREE) !== 0) raise(tstate, 'NameError', UNBOUNDFREE_ERROR_MSG(name));
  else raise(tstate, 'UnboundLocalError', UNBOUNDLOCAL_ERROR_MSG(name));
}

/** NameError "name 'x' is not defined" (CPython's format_exc_check_arg with NAME_ERROR_MSG). */
function nameError(tstate: ThreadState, names: number, i: number): void {
  raise(tstate, 'NameError', `name '${tupleStr(tstate.interp, names, i)}' is not defined`);
}

/** True if `h` is a type (static or heap) (CPython's PyType_Check). */
function isType(interp: InterpreterState, h: number): boolean {
  const t = Py_TYPE(interp, h);
  return t === interp.types.type || (t > 0 && PyType_IsSubtype(interp, t, interp.types.type));
}

/** True if `h` is an exception class (CPython's PyExceptionClass_Check). */
function isExceptionClass(interp: InterpreterState, h: number): boolean {
  if (!isType(interp, h)) return false;
  if (h < 0) return (typeFlags(interp, h) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
  return PyType_IsSubtype(interp, h, interp.types.BaseException);
}

function isExceptionInstance(interp: InterpreterState, h: number): boolean {
  const t = Py_TYPE(interp, h);
  if (t < 0) return (typeFlags(interp, t) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
  return PyType_IsSubtype(interp, t, interp.types.BaseException);
}

/**
 * Sets `exc.__context__` to the exception being handled (CPython's _PyErr_SetObject rule, through
 * objects/exceptions.ts's _PyErr_ChainExceptions, which also cuts a cycle the link would close).
 * With `overwrite` false an existing context is kept: an exception coming out of a nested call
 * already got its context where it was raised.
 */
function chainContext(tstate: ThreadState, exc: number, overwrite: boolean): void {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const handled = i32[(tstate.offset + TS.exc_info) >> 2];
  if (handled === 0 || handled === interp.runtime.immortalNone || handled === exc || exc <= 0) return;
  if (!overwrite && i32[(exc + BE.context) >> 2] !== 0) return;
  _PyErr_ChainExceptions(tstate, exc, handled);
}

/** Calls the exception class `type` with no arguments; the instance, or 0 with an error set. */
function instantiateException(tstate: ThreadState, type: number): number {
  const interp = tstate.interp;
  const v = callObject(tstate, type, 0, 0, 0);
  if (v === 0) return 0;
  if (!isExceptionInstance(interp, v)) {
    const r1 = PyObject_Repr(tstate, type);
    const r2 = PyObject_Repr(tstate, v);
    const msg = `calling ${r1 === 0 ? '?' : PyUnicode_AsString(interp, r1)} should have returned an instance of BaseException, not ${r2 === 0 ? '?' : PyUnicode_AsString(interp, r2)}`;
    Py_DECREF(interp, r1);
    Py_DECREF(interp, r2);
    Py_DECREF(interp, v);
    raise(tstate, 'TypeError', msg);
    return 0;
  }
  return v;
}

/**
 * `raise exc from cause` (CPython's do_raise): 1 for a bare re-raise (the handled exception is
 * raised again, no new traceback entry), 0 when a new exception (or an error) is set.
 */
function doRaise(tstate: ThreadState, exc: number, cause: number): number {
  const interp = tstate.interp;
  const none = interp.runtime.immortalNone;
  if (exc === 0) {
    const handled = interp.views.i32[(tstate.offset + TS.exc_info) >> 2];
    if (handled === 0 || handled === none) {
      raise(tstate, 'RuntimeError', 'No active exception to reraise');
      return 0;
    }
    Py_INCREF(interp, handled);
    PyErr_SetRaisedException(tstate, handled);
    return 1;
  }
  let value: number;
  if (isExceptionClass(interp, exc)) {
    value = instantiateException(tstate, exc);
    if (value === 0) return 0;
  } else if (isExceptionInstance(interp, exc)) {
    value = exc;
    Py_INCREF(interp, value);
  } else {
    raise(tstate, 'TypeError', 'exceptions must derive from BaseException');
    return 0;
  }
  if (cause !== 0) {
    let fixedCause = 0;
    if (isExceptionClass(interp, cause)) {
      fixedCause = instantiateException(tstate, cause);
      if (fixedCause === 0) {
        Py_DECREF(interp, value);
        return 0;
      }
    } else if (isExceptionInstance(interp, cause)) {
      fixedCause = cause;
      Py_INCREF(interp, cause);
    } else if (cause !== none) {
      Py_DECREF(interp, value);
      raise(tstate, 'TypeError', 'exception causes must derive from BaseException');
      return 0;
    }
    const i32 = interp.views.i32;
    const old = i32[(value + BE.cause) >> 2];
    i32[(value + BE.cause) >> 2] = fixedCause;
    i32[(value + BE.suppress_context) >> 2] = 1;
    Py_DECREF(interp, old);
  }
  chainContext(tstate, value, true);
  PyErr_SetRaisedException(tstate, value);
  return 0;
}

/** True if the exception `exc` matches `type` (a class or a tuple of classes). */
function exceptionMatches(interp: InterpreterState, exc: number, type: number): boolean {
  if (Py_TYPE(interp, type) === interp.types.tuple) {
    const n = tupleLength(interp, type);
    for (let i = 0; i < n; i++) if (PyErr_GivenExceptionMatches(interp, exc, tupleItem(interp, type, i))) return true;
    return false;
  }
  return PyErr_GivenExceptionMatches(interp, exc, type);
}

/** CHECK_EXC_MATCH's validation of the `except` clause's class (CPython's check_except_type_valid). */
function checkExceptTypeValid(tstate: ThreadState, right: number): number {
  const interp = tstate.interp;
  if (Py_TYPE(interp, right) === interp.types.tuple) {
    const n = tupleLength(interp, right);
    for (let i = 0; i < n; i++) {
      if (!isExceptionClass(interp, tupleItem(interp, right, i))) {
        raise(tstate, 'TypeError', 'catching classes that do not inherit from BaseException is not allowed');
        return -1;
      }
    }
    return 0;
  }
  if (!isExceptionClass(interp, right)) {
    raise(tstate, 'TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    return -1;
  }
  return 0;
}

/** Calls any callable through the vectorcall protocol (objects/call.ts). */
function callObject(tstate: ThreadState, callable: number, argsWord: number, nargsf: number, kwnames: number): number {
  return PyObject_Vectorcall(tstate, callable, argsWord, nargsf, kwnames);
}

// ---- argument binding (CPython's initialize_locals and its error messages) ----------------------

function qualnameOf(interp: InterpreterState, func: number): string {
  return PyUnicode_AsString(interp, interp.views.i32[(func + FN.func_qualname) >> 2]);
}

function tooManyPositional(tstate: ThreadState, func: number, code: number, given: number, lw: number): void {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const argcount = i32[(code + CO.co_argcount) >> 2];
  const kwonly = i32[(code + CO.co_kwonlyargcount) >> 2];
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + kwonly; i++) if (i32[lw + i] !== 0) kwonlyGiven++;
  const defaults = i32[(func + FN.func_defaults) >> 2];
  const defcount = defaults === 0 ? 0 : tupleLength(interp, defaults);
  let plural: boolean;
  let sig: string;
  if (defcount !== 0) {
    plural = true;
    sig = `from ${argcount - defcount} to ${argcount}`;
  } else {
    plural = argcount !== 1;
    sig = `${argcount}`;
  }
  const kwonlySig = kwonlyGiven !== 0
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  raise(
    tstate,
    'TypeError',
    `${qualnameOf(interp, func)}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${given === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`,
  );
}

function missingArguments(tstate: ThreadState, func: number, code: number, defcount: number, lw: number): void {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const positional = defcount !== -1;
  const argcount = i32[(code + CO.co_argcount) >> 2];
  const start = positional ? 0 : argcount;
  const end = positional ? argcount - defcount : argcount + i32[(code + CO.co_kwonlyargcount) >> 2];
  const names: string[] = [];
  for (let i = start; i < end; i++) if (i32[lw + i] === 0) names.push(`'${localName(interp, code, i)}'`);
  let nameStr: string;
  if (names.length === 1) nameStr = names[0];
  else if (names.length === 2) nameStr = `${names[0]} and ${names[1]}`;
  else nameStr = `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
  raise(
    tstate,
    'TypeError',
    `${qualnameOf(interp, func)}() missing ${names.length} required ${positional ? 'positional' : 'keyword-only'} argument${names.length === 1 ? '' : 's'}: ${nameStr}`,
  );
}

/**
 * Binds `nargs` positional arguments at word `argsWord` and the keyword values after them (names
 * in `kwnames`) to the parameters of `func`, writing localsplus at word `lw` (all NULL on entry)
 * — CPython's initialize_locals. The arguments are borrowed (each stored one gets a new
 * reference). 0, or -1 with TypeError set (the frame is then cleared by the caller).
 */
function initializeLocals(tstate: ThreadState, func: number, code: number, lw: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  let i32 = interp.views.i32;
  const argcount = i32[(code + CO.co_argcount) >> 2];
  const kwonly = i32[(code + CO.co_kwonlyargcount) >> 2];
  const posonly = i32[(code + CO.co_posonlyargcount) >> 2];
  const flags = i32[(code + CO.co_flags) >> 2];
  const totalArgs = argcount + kwonly;
  let kwdict = 0;
  if ((flags & CO_VARKEYWORDS) !== 0) {
    kwdict = PyDict_New(tstate);
    if (kwdict === 0) return -1;
    i32 = interp.views.i32;
    const i = (flags & CO_VARARGS) !== 0 ? totalArgs + 1 : totalArgs;
    i32[lw + i] = kwdict;
  }
  const n = nargs < argcount ? nargs : argcount;
  for (let j = 0; j < n; j++) {
    const x = i32[argsWord + j];
    if (x > 0) i32[x >> 2]++;
    i32[lw + j] = x;
  }
  if ((flags & CO_VARARGS) !== 0) {
    const u = PyTuple_New(tstate, nargs - n);
    if (u === 0) return -1;
    i32 = interp.views.i32;
    for (let j = n; j < nargs; j++) {
      const x = i32[argsWord + j];
      if (x > 0) i32[x >> 2]++;
      i32[((u + TUPLE_OB_ITEM) >> 2) + j - n] = x;
    }
    i32[lw + totalArgs] = u;
  }
  if (kwnames !== 0) {
    const nkw = tupleLength(interp, kwnames);
    const names = codeField(interp, code, CO.co_localsplusnames);
    for (let i = 0; i < nkw; i++) {
      const keyword = tupleItem(interp, kwnames, i);
      const value = interp.views.i32[argsWord + nargs + i];
      let j = posonly;
      for (; j < totalArgs; j++) if (tupleItem(interp, names, j) === keyword) break;
      if (j === totalArgs) {
        for (j = posonly; j < totalArgs; j++) if (unicodeEquals(interp, tupleItem(interp, names, j), keyword)) break;
      }
      if (j === totalArgs) {
        if (kwdict === 0) {
          let posonlyAsKw = '';
          for (let k = 0; k < posonly; k++) {
            for (let m = 0; m < nkw; m++) {
              if (unicodeEquals(interp, tupleItem(interp, names, k), tupleItem(interp, kwnames, m))) {
                posonlyAsKw += (posonlyAsKw === '' ? '' : ', ') + localName(interp, code, k);
                break;
              }
            }
          }
          if (posonlyAsKw !== '') {
            raise(tstate, 'TypeError', `${qualnameOf(interp, func)}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw}'`);
          } else {
            raise(tstate, 'TypeError', `${qualnameOf(interp, func)}() got an unexpected keyword argument '${PyUnicode_AsString(interp, keyword)}'`);
          }
          return -1;
        }
        if (PyDict_SetItem(tstate, kwdict, keyword, value) < 0) return -1;
        continue;
      }
      i32 = interp.views.i32;
      if (i32[lw + j] !== 0) {
        raise(tstate, 'TypeError', `${qualnameOf(interp, func)}() got multiple values for argument '${PyUnicode_AsString(interp, keyword)}'`);
        return -1;
      }
      if (value > 0) i32[value >> 2]++;
      i32[lw + j] = value;
    }
  }
  i32 = interp.views.i32;
  if (nargs > argcount && (flags & CO_VARARGS) === 0) {
    tooManyPositional(tstate, func, code, nargs, lw);
    return -1;
  }
  const defaults = i32[(func + FN.func_defaults) >> 2];
  if (nargs < argcount) {
    const defcount = defaults === 0 ? 0 : tupleLength(interp, defaults);
    const m = argcount - defcount;
    let missing = 0;
    for (let i = nargs; i < m; i++) if (i32[lw + i] === 0) missing++;
    if (missing !== 0) {
      missingArguments(tstate, func, code, defcount, lw);
      return -1;
    }
    for (let i = n > m ? n : m; i < argcount; i++) {
      if (i32[lw + i] === 0) {
        const d = tupleItem(interp, defaults, i - m);
        if (d > 0) i32[d >> 2]++;
        i32[lw + i] = d;
      }
    }
  }
  if (kwonly > 0) {
    let missing = 0;
    const kwdefs = i32[(func + FN.func_kwdefaults) >> 2];
    const names = codeField(interp, code, CO.co_localsplusnames);
    for (let i = argcount; i < totalArgs; i++) {
      if (interp.views.i32[lw + i] !== 0) continue;
      if (kwdefs !== 0) {
        const d = PyDict_GetItemWithError(tstate, kwdefs, tupleItem(interp, names, i));
        if (d !== 0) {
          Py_INCREF(interp, d);
          interp.views.i32[lw + i] = d;
          continue;
        }
        if (PyErr_Occurred(tstate) !== 0) return -1;
      }
      missing++;
    }
    if (missing !== 0) {
      missingArguments(tstate, func, code, -1, lw);
      return -1;
    }
  }
  return 0;
}

/**
 * Pushes and fills a frame for calling `func` with borrowed arguments (CPython's
 * _PyEvalFramePushAndInit): the frame, or 0 with an exception set (nothing left pushed).
 * `locals` (borrowed, may be 0) becomes f_locals — class bodies run with a namespace dict.
 */
function pushFrameForCall(tstate: ThreadState, func: number, locals: number, argsWord: number, nargs: number, kwnames: number, previous: number): number {
  const interp = tstate.interp;
  let i32 = interp.views.i32;
  const code = i32[(func + FN.func_code) >> 2];
  const framesize = i32[(code + CO.co_framesize) >> 2];
  const nlocalsplus = i32[(code + CO.co_nlocalsplus) >> 2];
  const frame = _PyThreadState_PushFrame(tstate, FRAME_SPECIALS_WORDS + framesize);
  if (frame === 0) return 0;
  i32 = interp.views.i32;
  const fw = frame >> 2;
  const lw = fw + FRAME_SPECIALS_WORDS;
  i32[fw + FW_CODE] = code;
  i32[fw + FW_FUNC] = func;
  if (func > 0) i32[func >> 2]++;
  i32[fw + FW_GLOBALS] = i32[(func + FN.func_globals) >> 2];
  i32[fw + FW_BUILTINS] = i32[(func + FN.func_builtins) >> 2];
  if (locals > 0) i32[locals >> 2]++;
  i32[fw + FW_LOCALS] = locals;
  i32[fw + FW_PREVIOUS] = previous;
  i32[fw + FW_PREV_INSTR] = -1;
  i32[fw + FW_IS_ENTRY] = 0;
  i32.fill(0, lw, lw + nlocalsplus);
  i32[fw + FW_STACKTOP] = lw + nlocalsplus;
  if (initializeLocals(tstate, func, code, lw, argsWord, nargs, kwnames) < 0) {
    _PyFrame_Clear(interp, frame);
    _PyThreadState_PopFrame(tstate, frame);
    return 0;
  }
  return frame;
}

// ---- recursion -------------------------------------------------------------------------------

/**
 * Counts one more level of recursion in JavaScript code that can recurse without bound —
 * repr of nested containers, comparisons, builtins calling back (CPython 3.11's
 * _Py_EnterRecursiveCall, which shares the Python frames' counter and limit): 0, or -1 with
 * RecursionError "maximum recursion depth exceeded" + `where` (e.g. " while getting the repr of
 * an object").
 * @public
 */
export function _Py_EnterRecursiveCall(tstate: ThreadState, where: string): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const w = (tstate.offset + TS.recursion_depth) >> 2;
  if (i32[w] + 1 > i32[(interp.stateOffset + IS.ceval_recursion_limit) >> 2]) {
    raise(tstate, 'RecursionError', `maximum recursion depth exceeded${where}`);
    return -1;
  }
  i32[w]++;
  return 0;
}

/** Undoes {@link _Py_EnterRecursiveCall} (CPython's _Py_LeaveRecursiveCall). @public */
export function _Py_LeaveRecursiveCall(tstate: ThreadState): void {
  tstate.interp.views.i32[(tstate.offset + TS.recursion_depth) >> 2]--;
}

/**
 * Counts one more eval loop invocation on the JS stack (a builtin calling Python): 0, or -1 with
 * RecursionError when the Python limit or the JS stack's own bound would be passed.
 * NON-CPYTHON: CPython 3.12 bounds C recursion separately too (Py_C_RECURSION_LIMIT); here each
 * nesting costs a large JS frame, so MAX_JS_EVAL_DEPTH keeps Node's stack from overflowing
 * whatever sys.setrecursionlimit says.
 */
function enterEvalNesting(tstate: ThreadState): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const w = (tstate.offset + TS.c_recursion_depth) >> 2;
  const pyDepth = i32[(tstate.offset + TS.recursion_depth) >> 2];
  if (i32[w] + 1 > MAX_JS_EVAL_DEPTH || pyDepth + 1 > i32[(interp.stateOffset + IS.ceval_recursion_limit) >> 2]) {
    raise(tstate, 'RecursionError', i32[w] + 1 > MAX_JS_EVAL_DEPTH ? 'maximum recursion depth exceeded while calling a Python object' : 'maximum recursion depth exceeded');
    return -1;
  }
  i32[w]++;
  return 0;
}

function leaveEvalNesting(tstate: ThreadState): void {
  tstate.interp.views.i32[(tstate.offset + TS.c_recursion_depth) >> 2]--;
}

// ---- the eval breaker -------------------------------------------------------------------------

/**
 * Handles what set the eval breaker (CPython's _Py_HandlePending): a GIL drop request drops the
 * GIL, lets a waiting thread run and takes it back; the heap may have grown meanwhile, so the
 * views are refreshed. 0 (no pending call can fail yet).
 * @public
 */
export function _Py_HandlePending(tstate: ThreadState): number {
  const interp = tstate.interp;
  const gil = interp.gil;
  if (gil.isHeldBy(tstate.gilThread)) {
    if (gil.dropIfRequested(tstate.gilThread)) interp.refreshViews();
  }
  return 0;
}

// ---- entry points -----------------------------------------------------------------------------

/**
 * Runs `func` with borrowed arguments in a new eval loop invocation and returns its result
 * (CPython's _PyEval_Vector): a new reference, or 0 with an exception set. `locals` (borrowed,
 * may be 0) is the namespace of a class body.
 * @public
 */
export function _PyEval_Vector(tstate: ThreadState, func: number, locals: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  const code = interp.views.i32[(func + FN.func_code) >> 2];
  if ((interp.views.i32[(code + CO.co_flags) >> 2] & CO_GENERATOR_FLAGS) !== 0) {
    return raise(tstate, 'SystemError', 'pergil: generators and coroutines are not supported yet');
  }
  if (enterEvalNesting(tstate) < 0) return 0;
  const previous = interp.views.i32[(tstate.offset + TS.current_frame) >> 2];
  const frame = pushFrameForCall(tstate, func, locals, argsWord, nargs, kwnames, previous);
  if (frame === 0) {
    leaveEvalNesting(tstate);
    return 0;
  }
  interp.views.i32[(frame >> 2) + FW_IS_ENTRY] = 1;
  const r = _PyEval_EvalFrameDefault(tstate, frame);
  leaveEvalNesting(tstate);
  return r;
}

/**
 * Evaluates the code object `code` in `globals` and `locals` (CPython's PyEval_EvalCode): module
 * and class bodies, exec and eval. `builtins` comes from `globals['__builtins__']` when that is
 * a dict. A new reference, or 0 with an exception set.
 * @public
 */
export function PyEval_EvalCode(tstate: ThreadState, code: number, globals: number, locals: number): number {
  const interp = tstate.interp;
  if (Py_TYPE(interp, globals) !== interp.types.dict) return raise(tstate, 'SystemError', 'PyEval_EvalCode: globals must be a dict');
  const builtins = builtinsOf(tstate, globals);
  if (builtins === 0) return 0;
  if (enterEvalNesting(tstate) < 0) {
    Py_DECREF(interp, builtins);
    return 0;
  }
  let i32 = interp.views.i32;
  const framesize = i32[(code + CO.co_framesize) >> 2];
  const nlocalsplus = i32[(code + CO.co_nlocalsplus) >> 2];
  const frame = _PyThreadState_PushFrame(tstate, FRAME_SPECIALS_WORDS + framesize);
  if (frame === 0) {
    Py_DECREF(interp, builtins);
    leaveEvalNesting(tstate);
    return 0;
  }
  i32 = interp.views.i32;
  const fw = frame >> 2;
  const lw = fw + FRAME_SPECIALS_WORDS;
  Py_INCREF(interp, code);
  Py_INCREF(interp, globals);
  Py_INCREF(interp, locals);
  i32[fw + FW_CODE] = code;
  i32[fw + FW_FUNC] = 0;
  i32[fw + FW_GLOBALS] = globals;
  i32[fw + FW_BUILTINS] = builtins;
  i32[fw + FW_LOCALS] = locals;
  i32[fw + FW_PREVIOUS] = i32[(tstate.offset + TS.current_frame) >> 2];
  i32[fw + FW_PREV_INSTR] = -1;
  i32[fw + FW_IS_ENTRY] = 1;
  i32.fill(0, lw, lw + nlocalsplus);
  i32[fw + FW_STACKTOP] = lw + nlocalsplus;
  const r = _PyEval_EvalFrameDefault(tstate, frame);
  leaveEvalNesting(tstate);
  return r;
}

/** The builtins dict for `globals` (a new reference): globals['__builtins__'] if a dict, else the builtins module's dict, else globals. */
function builtinsOf(tstate: ThreadState, globals: number): number {
  const interp = tstate.interp;
  const key = PyUnicode_FromString(tstate, '__builtins__');
  if (key === 0) return 0;
  let b = PyDict_GetItemWithError(tstate, globals, key);
  Py_DECREF(interp, key);
  if (b === 0 && PyErr_Occurred(tstate) !== 0) return 0;
  if (b !== 0 && Py_TYPE(interp, b) !== interp.types.dict) b = moduleDict(interp, b);
  if (b === 0) b = moduleDict(interp, interp.views.i32[(interp.stateOffset + IS.imports_builtins) >> 2]);
  // NON-CPYTHON (for now): with no builtins module at all, the globals double as builtins.
  if (b === 0) b = globals;
  Py_INCREF(interp, b);
  return b;
}

/** The __dict__ of a module object (borrowed), 0 if `m` is not a module. */
function moduleDict(interp: InterpreterState, m: number): number {
  if (m === 0 || Py_TYPE(interp, m) !== interp.runtime.staticType('module')) return 0;
  return interp.views.i32[(m + PY_MODULE_OBJECT.offsetBytes.md_dict) >> 2];
}

/**
 * The exception being handled — in an `except` block or a `finally` run by one — as a new
 * reference, or 0 if none (CPython's PyErr_GetHandledException; sys.exception(), sys.exc_info()).
 * @public
 */
export function PyErr_GetHandledException(tstate: ThreadState): number {
  const interp = tstate.interp;
  const exc = interp.views.i32[(tstate.offset + TS.exc_info) >> 2];
  if (exc === 0 || exc === interp.runtime.immortalNone) return 0;
  Py_INCREF(interp, exc);
  return exc;
}

/** The globals of the executing frame (borrowed), 0 if none (CPython's PyEval_GetGlobals). @public */
export function PyEval_GetGlobals(tstate: ThreadState): number {
  const i32 = tstate.interp.views.i32;
  const frame = i32[(tstate.offset + TS.current_frame) >> 2];
  return frame === 0 ? 0 : i32[(frame >> 2) + FW_GLOBALS];
}

/** The builtins of the executing frame (borrowed), 0 if none (CPython's PyEval_GetBuiltins). @public */
export function PyEval_GetBuiltins(tstate: ThreadState): number {
  const i32 = tstate.interp.views.i32;
  const frame = i32[(tstate.offset + TS.current_frame) >> 2];
  return frame === 0 ? 0 : i32[(frame >> 2) + FW_BUILTINS];
}

/**
 * The locals mapping of the executing frame (borrowed) (CPython's PyEval_GetLocals): f_locals of
 * a module or class body; for a function frame a snapshot dict of its fast locals, kept in
 * f_locals. 0 with an exception set on error, 0 without one if no frame runs.
 * @public
 */
export function PyEval_GetLocals(tstate: ThreadState): number {
  const interp = tstate.interp;
  let i32 = interp.views.i32;
  const frame = i32[(tstate.offset + TS.current_frame) >> 2];
  if (frame === 0) return 0;
  const fw = frame >> 2;
  const existing = i32[fw + FW_LOCALS];
  // Module and class bodies (no CO_OPTIMIZED) keep their namespace in f_locals.
  if ((i32[(i32[fw + FW_CODE] + CO.co_flags) >> 2] & CO_OPTIMIZED) === 0) return existing;
  // cpython: Objects/frameobject.c _PyFrame_FastToLocalsWithError
  let d = existing;
  if (d === 0) {
    d = PyDict_New(tstate);
    if (d === 0) return 0;
    interp.views.i32[fw + FW_LOCALS] = d;
  }
  i32 = interp.views.i32;
  const code = i32[fw + FW_CODE];
  const n = i32[(code + CO.co_nlocalsplus) >> 2];
  const names = i32[(code + CO.co_localsplusnames) >> 2];
  const kinds = i32[(code + CO.co_localspluskinds) >> 2];
  for (let i = 0; i < n; i++) {
    i32 = interp.views.i32;
    let v = i32[fw + FRAME_SPECIALS_WORDS + i];
    const kind = interp.views.u8[kinds + BYTES_OB_SVAL + i];
    if ((kind & (0x40 | CO_FAST_FREE)) !== 0 && v !== 0 && Py_TYPE(interp, v) === interp.runtime.staticType('cell')) {
      v = i32[(v + CELL_REF) >> 2];
    }
    const name = tupleItem(interp, names, i);
    if (v !== 0) {
      if (PyDict_SetItem(tstate, d, name, v) < 0) return 0;
    } else if (PyDict_GetItemWithError(tstate, d, name) !== 0) {
      if (PyDict_DelItem(tstate, d, name) < 0) return 0;
    }
  }
  return d;
}

// ---- the loop ---------------------------------------------------------------------------------

/**
 * Runs `entryFrame` (pushed and filled by the caller, is_entry set) and every frame it calls
 * inline, until it returns (CPython's _PyEval_EvalFrameDefault). The entry frame is popped on
 * the way out. A new reference, or 0 with an exception set.
 * @public
 */
export function _PyEval_EvalFrameDefault(tstate: ThreadState, entryFrame: number): number {
  const interp = tstate.interp;
  const runtime = interp.runtime;
  const ri32 = interp.runtimeViews.i32;
  const NONE = runtime.immortalNone;
  const TRUE = runtime.immortalTrue;
  const FALSE = runtime.immortalFalse;
  const T_INT = interp.types.int;
  const T_FLOAT = interp.types.float;
  const T_LIST = interp.types.list;
  const T_TUPLE = interp.types.tuple;
  const T_DICT = interp.types.dict;
  const T_FUNCTION = runtime.staticType('function');
  const T_METHOD = runtime.staticType('method');
  const T_LIST_ITER = runtime.staticType('list_iterator');
  const T_RANGE_ITER = runtime.staticType('range_iterator');
  const smallInts = interp.smallInts;
  const W_DEPTH = (tstate.offset + TS.recursion_depth) >> 2;
  const W_CURRENT_FRAME = (tstate.offset + TS.current_frame) >> 2;
  const W_EXC_INFO = (tstate.offset + TS.exc_info) >> 2;
  const W_LIMIT = (interp.stateOffset + IS.ceval_recursion_limit) >> 2;
  const breaker = interp.gil.evalBreaker;
  const breakerIndex = interp.gil.evalBreakerIndex;

  let i32 = interp.views.i32;
  let frame = entryFrame;
  // Counted here for the entry frame; inline calls count their own frames.
  i32[W_DEPTH]++;
  i32[W_CURRENT_FRAME] = frame;
  let err = 0; // 0: run; else the Err the frame is resumed with
  let lasti = 0; // the instruction whose exception is being handled
  let frameLasti = -1; // CPython's frame->prev_instr when RERAISE set it, else -1

  // Scratch registers of the dispatch loop, declared once: Ignition gives every block-scoped
  // declaration its own register, and the loop re-enters itself when builtins call Python.
  let reused = 0, a = 0, after = 0, argTop = 0, args = 0, argsWord = 0, b = 0, base = 0, before = 0, callable = 0, calleeSlot = 0, cause = 0, cell = 0, closure = 0, container = 0, d = 0, depth = 0, dst = 0, exc = 0, f = 0, fcode = 0, flags = 0, fromlist = 0, index = 0, isEntry = 0, it = 0, item = 0, items = 0, k = 0, key = 0, kwargs = 0, kwnames = 0, l = 0, left = 0, level = 0, locals = 0, m = 0, mgr = 0, module = 0, n = 0, nargs = 0, next = 0, nf = 0, nfw = 0, nkw = 0, nlocalsplus = 0, nlp = 0, npos = 0, o = 0, offset = 0, old = 0, op = 0, oparg = 0, owner = 0, prev = 0, previous = 0, pw = 0, r = 0, res = 0, retval = 0, right = 0, s = 0, self = 0, selfSlot = 0, seq = 0, spec = 0, src = 0, stackItems = 0, t = 0, ta = 0, tb = 0, v = 0, value = 0, word = 0, x = 0, y = 0, z = 0;
  outer: for (;;) {
    // ---- load the frame's registers (CPython's SET_LOCALS_FROM_FRAME) ----
    i32 = interp.views.i32;
    const fw = frame >> 2;
    const code = i32[fw + FW_CODE];
    const cw = (code >> 2) + CO_CODE_WORD;
    const lp = fw + FRAME_SPECIALS_WORDS;
    const consts = i32[(code + CO.co_consts) >> 2];
    const cst = consts > 0 ? (consts + TUPLE_OB_ITEM) >> 2 : 0;
    const names = i32[(code + CO.co_names) >> 2];
    let sp = i32[fw + FW_STACKTOP];
    let pc = i32[fw + FW_PREV_INSTR] + 1;

    if (err === 0) {
      dispatch: for (;;) {
        word = i32[cw + pc];
        pc++;
        oparg = word >> 8;
        switch (word & 0xff) {
          case 0 /* NOP */:
            continue;
          case 1 /* POP_TOP */: {
            v = i32[--sp];
            if (v > 0 && --i32[v >> 2] === 0) {
              _Py_Dealloc(interp, v);
              i32 = interp.views.i32;
            }
            continue;
          }
          case 2 /* COPY */: {
            v = i32[sp - oparg];
            if (v > 0) i32[v >> 2]++;
            i32[sp++] = v;
            continue;
          }
          case 3 /* SWAP */: {
            v = i32[sp - 1];
            i32[sp - 1] = i32[sp - oparg];
            i32[sp - oparg] = v;
            continue;
          }
          case 4 /* LOAD_CONST */: {
            v = i32[cst + oparg];
            if (v > 0) i32[v >> 2]++;
            i32[sp++] = v;
            continue;
          }
          case 5 /* LOAD_FAST */: {
            v = i32[lp + oparg];
            if (v === 0) {
              formatExcUnbound(tstate, code, oparg);
              break;
            }
            if (v > 0) i32[v >> 2]++;
            i32[sp++] = v;
            continue;
          }
          case 6 /* STORE_FAST */: {
            old = i32[lp + oparg];
            i32[lp + oparg] = i32[--sp];
            if (old > 0 && --i32[old >> 2] === 0) {
              _Py_Dealloc(interp, old);
              i32 = interp.views.i32;
            }
            continue;
          }
          case 7 /* DELETE_FAST */: {
            old = i32[lp + oparg];
            if (old === 0) {
              formatExcUnbound(tstate, code, oparg);
              break;
            }
            i32[lp + oparg] = 0;
            Py_DECREF(interp, old);
            i32 = interp.views.i32;
            continue;
          }
          case 11 /* LOAD_GLOBAL */: {
            v = loadGlobal(tstate, fw, code, names, oparg, pc - 1);
            i32 = interp.views.i32;
            if (v === 0) break;
            i32[sp++] = v;
            continue;
          }
          case 12 /* STORE_GLOBAL */: {
            v = i32[sp - 1];
            r = PyDict_SetItem(tstate, i32[fw + FW_GLOBALS], tupleItem(interp, names, oparg), v);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp--;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 13 /* DELETE_GLOBAL */: {
            if (PyDict_DelItem(tstate, i32[fw + FW_GLOBALS], tupleItem(interp, names, oparg)) < 0) {
              if (PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), runtime.staticType('KeyError'))) {
                PyErr_SetRaisedException(tstate, 0);
                nameError(tstate, names, oparg);
              }
              break;
            }
            i32 = interp.views.i32;
            continue;
          }
          case 8 /* LOAD_NAME */: {
            v = loadName(tstate, fw, names, oparg);
            i32 = interp.views.i32;
            if (v === 0) break;
            i32[sp++] = v;
            continue;
          }
          case 9 /* STORE_NAME */: {
            locals = i32[fw + FW_LOCALS];
            v = i32[sp - 1];
            if (locals === 0) {
              raise(tstate, 'SystemError', `no locals found when storing '${tupleStr(interp, names, oparg)}'`);
              break;
            }
            if (Py_TYPE(interp, locals) !== T_DICT) {
              raise(tstate, 'SystemError', 'pergil: a locals mapping that is not a dict is not supported yet');
              break;
            }
            r = PyDict_SetItem(tstate, locals, tupleItem(interp, names, oparg), v);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp--;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 10 /* DELETE_NAME */: {
            locals = i32[fw + FW_LOCALS];
            if (locals === 0) {
              raise(tstate, 'SystemError', `no locals when deleting '${tupleStr(interp, names, oparg)}'`);
              break;
            }
            if (PyDict_DelItem(tstate, locals, tupleItem(interp, names, oparg)) < 0) {
              if (PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), runtime.staticType('KeyError'))) {
                PyErr_SetRaisedException(tstate, 0);
                nameError(tstate, names, oparg);
              }
              break;
            }
            i32 = interp.views.i32;
            continue;
          }
          case 14 /* LOAD_ATTR */: {
            owner = i32[sp - 1];
            v = PyObject_GetAttr(tstate, owner, tupleItem(interp, names, oparg));
            if (v === 0) break;
            i32 = interp.views.i32;
            i32[sp - 1] = v;
            Py_DECREF(interp, owner);
            i32 = interp.views.i32;
            continue;
          }
          case 17 /* LOAD_METHOD */: {
            owner = i32[sp - 1];
            m = _PyObject_GetMethod(tstate, owner, tupleItem(interp, names, oparg));
            if (m === 0) break;
            i32 = interp.views.i32;
            i32[sp - 1] = m;
            if (tstate.methodIsUnbound) {
              // meth, self: the owner's reference moves into the self slot
              i32[sp++] = owner;
            } else {
              i32[sp++] = 0;
              Py_DECREF(interp, owner);
              i32 = interp.views.i32;
            }
            continue;
          }
          case 15 /* STORE_ATTR */: {
            owner = i32[sp - 1];
            v = i32[sp - 2];
            r = PyObject_SetAttr(tstate, owner, tupleItem(interp, names, oparg), v);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp -= 2;
            Py_DECREF(interp, v);
            Py_DECREF(interp, owner);
            i32 = interp.views.i32;
            continue;
          }
          case 16 /* DELETE_ATTR */: {
            owner = i32[sp - 1];
            r = PyObject_SetAttr(tstate, owner, tupleItem(interp, names, oparg), 0);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp--;
            Py_DECREF(interp, owner);
            i32 = interp.views.i32;
            continue;
          }
          case 92 /* BEFORE_WITH */: {
            mgr = i32[sp - 1];
            res = beforeWith(tstate, mgr, sp - 1);
            i32 = interp.views.i32;
            if (res === 0) break;
            i32[sp++] = res;
            continue;
          }
          case 93 /* WITH_EXCEPT_START */: {
            res = withExceptStart(tstate, i32[sp - 4], i32[sp - 1]);
            i32 = interp.views.i32;
            if (res === 0) break;
            i32[sp++] = res;
            continue;
          }
          case 18 /* MAKE_CELL */: {
            v = i32[lp + oparg];
            cell = PyCell_New(tstate, v);
            if (cell === 0) break;
            i32 = interp.views.i32;
            i32[lp + oparg] = cell;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 19 /* COPY_FREE_VARS */: {
            closure = i32[(i32[fw + FW_FUNC] + FN.func_closure) >> 2];
            offset = i32[(code + CO.co_nlocalsplus) >> 2] - oparg;
            items = (closure + TUPLE_OB_ITEM) >> 2;
            for (k = 0; k < oparg; k++) {
              const c = i32[items + k];
              if (c > 0) i32[c >> 2]++;
              i32[lp + offset + k] = c;
            }
            continue;
          }
          case 20 /* LOAD_CLOSURE */: {
            v = i32[lp + oparg];
            if (v > 0) i32[v >> 2]++;
            i32[sp++] = v;
            continue;
          }
          case 21 /* LOAD_DEREF */: {
            v = i32[(i32[lp + oparg] + CELL_REF) >> 2];
            if (v === 0) {
              formatExcUnbound(tstate, code, oparg);
              break;
            }
            if (v > 0) i32[v >> 2]++;
            i32[sp++] = v;
            continue;
          }
          case 22 /* STORE_DEREF */: {
            cell = i32[lp + oparg];
            old = i32[(cell + CELL_REF) >> 2];
            i32[(cell + CELL_REF) >> 2] = i32[--sp];
            Py_DECREF(interp, old);
            i32 = interp.views.i32;
            continue;
          }
          case 23 /* DELETE_DEREF */: {
            cell = i32[lp + oparg];
            old = i32[(cell + CELL_REF) >> 2];
            if (old === 0) {
              formatExcUnbound(tstate, code, oparg);
              break;
            }
            i32[(cell + CELL_REF) >> 2] = 0;
            Py_DECREF(interp, old);
            i32 = interp.views.i32;
            continue;
          }
          case 24 /* LOAD_CLASSDEREF */: {
            v = loadClassDeref(tstate, fw, code, oparg);
            i32 = interp.views.i32;
            if (v === 0) break;
            i32[sp++] = v;
            continue;
          }
          case 25 /* UNARY_POSITIVE */:
          case 26 /* UNARY_NEGATIVE */:
          case 28 /* UNARY_INVERT */: {
            v = i32[sp - 1];
            const op: UnaryOperator = (word & 0xff) === 25 /* UNARY_POSITIVE */ ? '+' : (word & 0xff) === 26 /* UNARY_NEGATIVE */ ? '-' : '~';
            r = PyNumber_UnaryOp(tstate, op, v);
            if (r === 0) break;
            i32 = interp.views.i32;
            i32[sp - 1] = r;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 27 /* UNARY_NOT */: {
            v = i32[sp - 1];
            if (v === TRUE) r = FALSE;
            else if (v === FALSE || v === NONE) r = TRUE;
            else {
              t = PyObject_IsTrue(tstate, v);
              if (t < 0) break;
              r = t === 0 ? TRUE : FALSE;
            }
            i32 = interp.views.i32;
            i32[sp - 1] = r;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 29 /* BINARY_OP */: {
            b = i32[sp - 1];
            a = i32[sp - 2];
            r = 0;
            ta = a < 0 ? ri32[(-a + OB_TYPE) >> 2] : i32[(a + OB_TYPE) >> 2];
            tb = b < 0 ? ri32[(-b + OB_TYPE) >> 2] : i32[(b + OB_TYPE) >> 2];
            if (ta === T_INT && tb === T_INT) {
              // one-digit values read inline (the loop is too big for V8 to inline helpers)
              t = a < 0 ? ri32[(-a + OB_SIZE) >> 2] : i32[(a + OB_SIZE) >> 2];
              x = t === 0 ? 0 : t === 1 || t === -1 ? t * (a < 0 ? ri32[(-a + LONG_DIGITS) >> 2] : i32[(a + LONG_DIGITS) >> 2]) : smallIntValue(i32, ri32, a);
              t = b < 0 ? ri32[(-b + OB_SIZE) >> 2] : i32[(b + OB_SIZE) >> 2];
              y = t === 0 ? 0 : t === 1 || t === -1 ? t * (b < 0 ? ri32[(-b + LONG_DIGITS) >> 2] : i32[(b + LONG_DIGITS) >> 2]) : smallIntValue(i32, ri32, b);
              if (x === x && y === y) {
                z = Number.NaN;
                switch (oparg) {
                  case NB_ADD:
                  case NB_INPLACE_ADD:
                    z = x + y;
                    break;
                  case NB_SUBTRACT:
                  case NB_INPLACE_SUBTRACT:
                    z = x - y;
                    break;
                  case NB_MULTIPLY:
                  case NB_INPLACE_MULTIPLY:
                    z = x * y;
                    break;
                  case NB_FLOOR_DIVIDE:
                  case NB_INPLACE_FLOOR_DIVIDE:
                    if (y !== 0) z = Math.floor(x / y);
                    break;
                  case NB_REMAINDER:
                  case NB_INPLACE_REMAINDER:
                    if (y !== 0) {
                      z = x % y;
                      if (z !== 0 && (z < 0) !== (y < 0)) z += y;
                      else if (z === 0) z = 0;
                    }
                    break;
                  case NB_AND:
                  case NB_INPLACE_AND:
                    if (x === (x | 0) && y === (y | 0)) z = x & y;
                    break;
                  case NB_OR:
                  case NB_INPLACE_OR:
                    if (x === (x | 0) && y === (y | 0)) z = x | y;
                    break;
                  case NB_XOR:
                  case NB_INPLACE_XOR:
                    if (x === (x | 0) && y === (y | 0)) z = x ^ y;
                    break;
                  case NB_RSHIFT:
                  case NB_INPLACE_RSHIFT:
                    if (x === (x | 0) && y >= 0 && y < 32) z = x >> y;
                    break;
                  case NB_LSHIFT:
                  case NB_INPLACE_LSHIFT:
                    if (y >= 0 && y < 32) z = x * 2 ** y;
                    break;
                  default:
                    break;
                }
                if (z === z && z <= Number.MAX_SAFE_INTEGER && z >= -Number.MAX_SAFE_INTEGER) {
                  if (z >= -5 && z <= 256) r = smallInts[z + 5];
                  else if (z > -0x40000000 && z < 0x40000000 && a > 0 && i32[a >> 2] === 1 && (i32[(a + OB_SIZE) >> 2] === 1 || i32[(a + OB_SIZE) >> 2] === -1)) {
                    // The left operand is a one-digit int only this stack slot holds: it becomes
                    // the result in place instead of a free and a malloc.
                    i32[(a + OB_SIZE) >> 2] = z < 0 ? -1 : 1;
                    i32[(a + LONG_DIGITS) >> 2] = z < 0 ? -z : z;
                    r = a;
                    reused = 1;
                  } else {
                    r = PyLong_FromLong(tstate, z);
                    if (r === 0) break;
                  }
                }
              }
            } else if (ta === T_FLOAT && tb === T_FLOAT && (oparg === NB_ADD || oparg === NB_SUBTRACT || oparg === NB_MULTIPLY ||
              oparg === NB_INPLACE_ADD || oparg === NB_INPLACE_SUBTRACT || oparg === NB_INPLACE_MULTIPLY)) {
              const f64 = interp.views.f64;
              x = a < 0 ? interp.runtimeViews.f64[(-a + FLOAT_OB_FVAL) >> 3] : f64[(a + FLOAT_OB_FVAL) >> 3];
              y = b < 0 ? interp.runtimeViews.f64[(-b + FLOAT_OB_FVAL) >> 3] : f64[(b + FLOAT_OB_FVAL) >> 3];
              o = oparg % 13;
              z = o === NB_ADD ? x + y : o === NB_SUBTRACT ? x - y : x * y;
              if (a > 0 && i32[a >> 2] === 1) {
                // as for ints: a float only this stack slot holds becomes the result in place
                f64[(a + FLOAT_OB_FVAL) >> 3] = z;
                r = a;
                reused = 1;
              } else {
                r = PyFloat_FromDouble(tstate, z);
                if (r === 0) break;
              }
            } else if (oparg === NB_INPLACE_ADD && ta === T_LIST) {
              r = listInplaceConcat(tstate, a, b);
              if (r === 0 && PyErr_Occurred(tstate) !== 0) break;
            }
            if (r === 0) {
              r = oparg >= 13 ? PyNumber_InPlaceOp(tstate, NB_OPERATORS[oparg], a, b) : PyNumber_BinaryOp(tstate, NB_OPERATORS[oparg], a, b);
              if (r === 0) break;
            }
            i32 = interp.views.i32;
            sp--;
            i32[sp - 1] = r;
            if (reused === 0 && a > 0 && --i32[a >> 2] === 0) {
              _Py_Dealloc(interp, a);
              i32 = interp.views.i32;
            }
            reused = 0;
            if (b > 0 && --i32[b >> 2] === 0) {
              _Py_Dealloc(interp, b);
              i32 = interp.views.i32;
            }
            continue;
          }
          case 30 /* COMPARE_OP */: {
            b = i32[sp - 1];
            a = i32[sp - 2];
            r = 0;
            if ((a < 0 ? ri32[(-a + OB_TYPE) >> 2] : i32[(a + OB_TYPE) >> 2]) === T_INT &&
              (b < 0 ? ri32[(-b + OB_TYPE) >> 2] : i32[(b + OB_TYPE) >> 2]) === T_INT) {
              // one-digit values read inline (the loop is too big for V8 to inline helpers)
              t = a < 0 ? ri32[(-a + OB_SIZE) >> 2] : i32[(a + OB_SIZE) >> 2];
              x = t === 0 ? 0 : t === 1 || t === -1 ? t * (a < 0 ? ri32[(-a + LONG_DIGITS) >> 2] : i32[(a + LONG_DIGITS) >> 2]) : smallIntValue(i32, ri32, a);
              t = b < 0 ? ri32[(-b + OB_SIZE) >> 2] : i32[(b + OB_SIZE) >> 2];
              y = t === 0 ? 0 : t === 1 || t === -1 ? t * (b < 0 ? ri32[(-b + LONG_DIGITS) >> 2] : i32[(b + LONG_DIGITS) >> 2]) : smallIntValue(i32, ri32, b);
              if (x === x && y === y) {
                let c: boolean;
                switch (oparg) {
                  case 0:
                    c = x < y;
                    break;
                  case 1:
                    c = x <= y;
                    break;
                  case 2:
                    c = x === y;
                    break;
                  case 3:
                    c = x !== y;
                    break;
                  case 4:
                    c = x > y;
                    break;
                  default:
                    c = x >= y;
                    break;
                }
                r = c ? TRUE : FALSE;
              }
            }
            if (r === 0) {
              r = PyObject_RichCompare(tstate, a, b, oparg);
              if (r === 0) break;
              i32 = interp.views.i32;
            }
            sp--;
            i32[sp - 1] = r;
            if (a > 0 && --i32[a >> 2] === 0) {
              _Py_Dealloc(interp, a);
              i32 = interp.views.i32;
            }
            if (b > 0 && --i32[b >> 2] === 0) {
              _Py_Dealloc(interp, b);
              i32 = interp.views.i32;
            }
            continue;
          }
          case 31 /* IS_OP */: {
            b = i32[--sp];
            a = i32[sp - 1];
            i32[sp - 1] = (a === b) !== (oparg === 1) ? TRUE : FALSE;
            Py_DECREF(interp, a);
            Py_DECREF(interp, b);
            i32 = interp.views.i32;
            continue;
          }
          case 32 /* CONTAINS_OP */: {
            container = i32[sp - 1];
            item = i32[sp - 2];
            r = PySequence_Contains(tstate, container, item);
            if (r < 0) break;
            i32 = interp.views.i32;
            sp--;
            i32[sp - 1] = (r === 1) !== (oparg === 1) ? TRUE : FALSE;
            Py_DECREF(interp, container);
            Py_DECREF(interp, item);
            i32 = interp.views.i32;
            continue;
          }
          case 33 /* BINARY_SUBSCR */: {
            key = i32[sp - 1];
            container = i32[sp - 2];
            r = 0;
            if (container > 0 && i32[(container + OB_TYPE) >> 2] === T_LIST && typeOf(i32, ri32, key) === T_INT) {
              k = smallIntValue(i32, ri32, key);
              n = i32[(container + OB_SIZE) >> 2];
              if (k < 0) k += n;
              if (k >= 0 && k < n) {
                r = i32[(i32[(container + LIST_OB_ITEM) >> 2] >> 2) + k];
                if (r > 0) i32[r >> 2]++;
              }
            }
            if (r === 0) {
              r = PyObject_GetItem(tstate, container, key);
              if (r === 0) break;
              i32 = interp.views.i32;
            }
            sp--;
            i32[sp - 1] = r;
            Py_DECREF(interp, container);
            Py_DECREF(interp, key);
            i32 = interp.views.i32;
            continue;
          }
          case 34 /* STORE_SUBSCR */: {
            key = i32[sp - 1];
            container = i32[sp - 2];
            v = i32[sp - 3];
            r = PyObject_SetItem(tstate, container, key, v);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp -= 3;
            Py_DECREF(interp, v);
            Py_DECREF(interp, container);
            Py_DECREF(interp, key);
            i32 = interp.views.i32;
            continue;
          }
          case 35 /* DELETE_SUBSCR */: {
            key = i32[sp - 1];
            container = i32[sp - 2];
            r = PyObject_DelItem(tstate, container, key);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp -= 2;
            Py_DECREF(interp, container);
            Py_DECREF(interp, key);
            i32 = interp.views.i32;
            continue;
          }
          case 36 /* BUILD_SLICE */: {
            // NON-CPYTHON: `seq[a:b:c]` — BUILD_SLICE directly followed by BINARY_SUBSCR — on a
            // str, tuple or list is computed here without making a slice object.
            container = i32[sp - oparg - 1];
            t = typeOf(i32, ri32, container);
            if ((i32[cw + pc] & 0xff) === 33 /* BINARY_SUBSCR */ && (t === T_LIST || t === T_TUPLE || t === interp.types.str)) {
              r = sliceSubscript(tstate, container, sp - oparg, oparg);
              i32 = interp.views.i32;
              if (r === 0) break;
              pc++;
              for (k = sp - 1; k >= sp - oparg - 1; k--) {
                x = i32[k];
                Py_DECREF(interp, x);
                i32 = interp.views.i32;
              }
              sp -= oparg;
              i32[sp - 1] = r;
              continue;
            }
            r = PySlice_New(tstate, i32[sp - oparg], i32[sp - oparg + 1], oparg === 3 ? i32[sp - 1] : 0);
            i32 = interp.views.i32;
            if (r === 0) break;
            for (k = sp - 1; k >= sp - oparg; k--) {
              x = i32[k];
              Py_DECREF(interp, x);
              i32 = interp.views.i32;
            }
            sp -= oparg;
            i32[sp++] = r;
            continue;
          }
          case 37 /* BUILD_TUPLE */: {
            t = PyTuple_New(tstate, oparg);
            if (t === 0) break;
            i32 = interp.views.i32;
            if (oparg > 0) {
              items = (t + TUPLE_OB_ITEM) >> 2;
              sp -= oparg;
              for (k = 0; k < oparg; k++) i32[items + k] = i32[sp + k];
            }
            i32[sp++] = t;
            continue;
          }
          case 38 /* BUILD_LIST */: {
            l = PyList_New(tstate, oparg);
            if (l === 0) break;
            i32 = interp.views.i32;
            if (oparg > 0) {
              items = i32[(l + LIST_OB_ITEM) >> 2] >> 2;
              sp -= oparg;
              for (k = 0; k < oparg; k++) i32[items + k] = i32[sp + k];
            }
            i32[sp++] = l;
            continue;
          }
          case 39 /* BUILD_SET */: {
            s = buildSet(tstate, sp - oparg, oparg);
            i32 = interp.views.i32;
            if (s === 0) break;
            sp -= oparg;
            i32[sp++] = s;
            continue;
          }
          case 40 /* BUILD_MAP */: {
            d = buildMap(tstate, sp - 2 * oparg, oparg);
            i32 = interp.views.i32;
            if (d === 0) break;
            sp -= 2 * oparg;
            i32[sp++] = d;
            continue;
          }
          case 41 /* BUILD_CONST_KEY_MAP */: {
            d = buildConstKeyMap(tstate, sp - oparg - 1, oparg);
            i32 = interp.views.i32;
            if (d === 0) break;
            sp -= oparg + 1;
            i32[sp++] = d;
            continue;
          }
          case 42 /* BUILD_STRING */: {
            s = buildString(tstate, sp - oparg, oparg);
            i32 = interp.views.i32;
            if (s === 0) break;
            sp -= oparg;
            i32[sp++] = s;
            continue;
          }
          case 43 /* LIST_APPEND */: {
            v = i32[sp - 1];
            r = PyList_Append(tstate, i32[sp - 1 - oparg], v);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp--;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 44 /* SET_ADD */: {
            v = i32[sp - 1];
            r = PySet_Add(tstate, i32[sp - 1 - oparg], v);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp--;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 45 /* MAP_ADD */: {
            v = i32[sp - 1];
            k = i32[sp - 2];
            r = PyDict_SetItem(tstate, i32[sp - 2 - oparg], k, v);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp -= 2;
            Py_DECREF(interp, k);
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 46 /* LIST_EXTEND */: {
            v = i32[sp - 1];
            l = i32[sp - 1 - oparg];
            r = listExtend(tstate, l, v);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp--;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 47 /* SET_UPDATE */: {
            v = i32[sp - 1];
            r = setUpdate(tstate, i32[sp - 1 - oparg], [v]);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp--;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 84 /* IMPORT_STAR */: {
            module = i32[sp - 1];
            r = importStar(tstate, module, i32[fw + FW_LOCALS]);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp--;
            Py_DECREF(interp, module);
            i32 = interp.views.i32;
            continue;
          }
          case 48 /* DICT_UPDATE */:
          case 49 /* DICT_MERGE */: {
            v = i32[sp - 1];
            d = i32[sp - 1 - oparg];
            r = dictMerge(tstate, d, v, (word & 0xff) === 49 /* DICT_MERGE */ ? i32[sp - 3 - oparg] : 0);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp--;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 50 /* LIST_TO_TUPLE */: {
            l = i32[sp - 1];
            n = i32[(l + OB_SIZE) >> 2];
            t = PyTuple_New(tstate, n);
            if (t === 0) break;
            i32 = interp.views.i32;
            src = i32[(l + LIST_OB_ITEM) >> 2] >> 2;
            dst = (t + TUPLE_OB_ITEM) >> 2;
            for (k = 0; k < n; k++) {
              x = i32[src + k];
              if (x > 0) i32[x >> 2]++;
              i32[dst + k] = x;
            }
            i32[sp - 1] = t;
            Py_DECREF(interp, l);
            i32 = interp.views.i32;
            continue;
          }
          case 51 /* UNPACK_SEQUENCE */: {
            seq = i32[sp - 1];
            t = typeOf(i32, ri32, seq);
            if (seq > 0 && (t === T_TUPLE || t === T_LIST) && i32[(seq + OB_SIZE) >> 2] === oparg) {
              items = t === T_TUPLE ? (seq + TUPLE_OB_ITEM) >> 2 : i32[(seq + LIST_OB_ITEM) >> 2] >> 2;
              sp--;
              for (k = oparg - 1; k >= 0; k--) {
                x = i32[items + k];
                if (x > 0) i32[x >> 2]++;
                i32[sp++] = x;
              }
              Py_DECREF(interp, seq);
              i32 = interp.views.i32;
              continue;
            }
            r = unpackSequence(tstate, seq, oparg, -1, sp - 1);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp = sp - 1 + oparg;
            Py_DECREF(interp, seq);
            i32 = interp.views.i32;
            continue;
          }
          case 52 /* UNPACK_EX */: {
            seq = i32[sp - 1];
            before = oparg & 0xff;
            after = oparg >> 8;
            r = unpackSequence(tstate, seq, before, after, sp - 1);
            i32 = interp.views.i32;
            if (r < 0) break;
            sp = sp - 1 + before + 1 + after;
            Py_DECREF(interp, seq);
            i32 = interp.views.i32;
            continue;
          }
          case 53 /* FORMAT_VALUE */: {
            const haveSpec = (oparg & 4) !== 0;
            spec = haveSpec ? i32[sp - 1] : 0;
            v = i32[haveSpec ? sp - 2 : sp - 1];
            r = formatValue(tstate, v, oparg & 3, spec);
            i32 = interp.views.i32;
            if (r === 0) break;
            if (haveSpec) {
              sp--;
              Py_DECREF(interp, spec);
            }
            i32[sp - 1] = r;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 54 /* JUMP */:
            pc = oparg;
            continue;
          case 55 /* JUMP_BACKWARD */:
            pc = oparg;
            if (breaker[breakerIndex] !== 0) {
              _Py_HandlePending(tstate);
              i32 = interp.views.i32;
            }
            continue;
          case 56 /* POP_JUMP_IF_FALSE */:
          case 57 /* POP_JUMP_IF_TRUE */: {
            v = i32[--sp];
            if (v === TRUE) t = 1;
            else if (v === FALSE || v === NONE) t = 0;
            else {
              t = PyObject_IsTrue(tstate, v);
              Py_DECREF(interp, v);
              i32 = interp.views.i32;
              if (t < 0) break;
            }
            if ((t === 1) === ((word & 0xff) === 57 /* POP_JUMP_IF_TRUE */)) {
              if (oparg < pc && breaker[breakerIndex] !== 0) {
                _Py_HandlePending(tstate);
                i32 = interp.views.i32;
              }
              pc = oparg;
            }
            continue;
          }
          case 58 /* POP_JUMP_IF_NONE */:
          case 59 /* POP_JUMP_IF_NOT_NONE */: {
            v = i32[--sp];
            if ((v === NONE) === ((word & 0xff) === 58 /* POP_JUMP_IF_NONE */)) {
              if (oparg < pc && breaker[breakerIndex] !== 0) {
                _Py_HandlePending(tstate);
                i32 = interp.views.i32;
              }
              pc = oparg;
            }
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 60 /* JUMP_IF_FALSE_OR_POP */:
          case 61 /* JUMP_IF_TRUE_OR_POP */: {
            v = i32[sp - 1];
            if (v === TRUE) t = 1;
            else if (v === FALSE || v === NONE) t = 0;
            else {
              t = PyObject_IsTrue(tstate, v);
              i32 = interp.views.i32;
              if (t < 0) break;
            }
            if ((t === 1) === ((word & 0xff) === 61 /* JUMP_IF_TRUE_OR_POP */)) {
              pc = oparg;
            } else {
              sp--;
              Py_DECREF(interp, v);
              i32 = interp.views.i32;
            }
            continue;
          }
          case 62 /* GET_ITER */: {
            v = i32[sp - 1];
            it = getIter(tstate, v);
            if (it === 0) break;
            i32 = interp.views.i32;
            i32[sp - 1] = it;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 63 /* FOR_ITER */: {
            it = i32[sp - 1];
            t = it > 0 ? i32[(it + OB_TYPE) >> 2] : 0;
            next = 0;
            if (t === T_RANGE_ITER) {
              const f64 = interp.views.f64;
              left = f64[(it + RANGE_ITER_LEN) >> 3];
              if (left > 0) {
                value = f64[(it + RANGE_ITER_START) >> 3];
                f64[(it + RANGE_ITER_START) >> 3] = value + f64[(it + RANGE_ITER_STEP) >> 3];
                f64[(it + RANGE_ITER_LEN) >> 3] = left - 1;
                if (value >= -5 && value <= 256) next = smallInts[value + 5];
                else {
                  next = PyLong_FromLong(tstate, value);
                  if (next === 0) break;
                  i32 = interp.views.i32;
                }
              }
            } else if (t === T_LIST_ITER) {
              seq = i32[(it + SEQ_IT_SEQ) >> 2];
              if (seq !== 0) {
                index = i32[(it + SEQ_IT_INDEX) >> 2];
                if (index < i32[(seq + OB_SIZE) >> 2]) {
                  next = i32[(i32[(seq + LIST_OB_ITEM) >> 2] >> 2) + index];
                  if (next > 0) i32[next >> 2]++;
                  i32[(it + SEQ_IT_INDEX) >> 2] = index + 1;
                } else {
                  i32[(it + SEQ_IT_SEQ) >> 2] = 0;
                  Py_DECREF(interp, seq);
                  i32 = interp.views.i32;
                }
              }
            } else {
              next = iterNext(tstate, it);
              i32 = interp.views.i32;
              if (next === 0 && PyErr_Occurred(tstate) !== 0) break;
            }
            if (next !== 0) {
              i32[sp++] = next;
              continue;
            }
            sp--;
            Py_DECREF(interp, it);
            i32 = interp.views.i32;
            pc = oparg;
            continue;
          }
          case 64 /* CALL */:
          case 65 /* CALL_KW */:
          case 66 /* CALL_METHOD */:
          case 67 /* CALL_METHOD_KW */: {
            op = word & 0xff;
            const hasKw = op === 65 /* CALL_KW */ || op === 67 /* CALL_METHOD_KW */;
            kwnames = hasKw ? i32[sp - 1] : 0;
            argTop = hasKw ? sp - 1 : sp;
            nargs = oparg;
            argsWord = argTop - oparg;
            calleeSlot = argsWord - 1;
            stackItems = oparg + 1 + (hasKw ? 1 : 0);
            // The slot a bound method's self can take: the callable's own (CALL), or the NULL
            // marker LOAD_METHOD left (CALL_METHOD); -1 when self is already there.
            selfSlot = calleeSlot;
            if (op === 66 /* CALL_METHOD */ || op === 67 /* CALL_METHOD_KW */) {
              stackItems++;
              if (i32[calleeSlot] !== 0) {
                // meth, self, args…: self is the first argument
                argsWord--;
                nargs++;
                selfSlot = -1;
              }
              calleeSlot--;
            }
            callable = i32[calleeSlot];
            base = sp - stackItems;
            nkw = kwnames === 0 ? 0 : tupleLength(interp, kwnames);
            let unpacked = false;
            if (selfSlot >= 0 && callable > 0 && i32[(callable + OB_TYPE) >> 2] === T_METHOD) {
              // A bound method of a Python function: self takes the free slot below the arguments
              // and the function is called inline (CPython 3.11's CALL does the same with its
              // NULL slot); `callable` then holds a reference of its own.
              f = i32[(callable + IM_FUNC) >> 2];
              if (f > 0 && i32[(f + OB_TYPE) >> 2] === T_FUNCTION) {
                self = i32[(callable + IM_SELF) >> 2];
                if (self > 0) i32[self >> 2]++;
                i32[f >> 2]++;
                i32[calleeSlot] = 0;
                i32[selfSlot] = self;
                Py_DECREF(interp, callable);
                i32 = interp.views.i32;
                callable = f;
                argsWord = selfSlot;
                nargs++;
                unpacked = true;
              }
            }
            npos = nargs - nkw;
            if (callable > 0 && i32[(callable + OB_TYPE) >> 2] === T_FUNCTION) {
              fcode = i32[(callable + FN.func_code) >> 2];
              flags = i32[(fcode + CO.co_flags) >> 2];
              depth = i32[W_DEPTH] + 1;
              if ((flags & CO_GENERATOR_FLAGS) !== 0 || depth > i32[W_LIMIT]) {
                if ((flags & CO_GENERATOR_FLAGS) !== 0) raise(tstate, 'SystemError', 'pergil: generators and coroutines are not supported yet');
                else raise(tstate, 'RecursionError', 'maximum recursion depth exceeded');
                if (unpacked) Py_DECREF(interp, callable);
                i32 = interp.views.i32;
                break;
              }
              if (breaker[breakerIndex] !== 0) {
                _Py_HandlePending(tstate);
                i32 = interp.views.i32;
              }
              // Leave this frame: what is left on its stack after the call is below `base`.
              i32[fw + FW_PREV_INSTR] = pc - 1;
              nlocalsplus = i32[(fcode + CO.co_nlocalsplus) >> 2];
              nf = _PyThreadState_PushFrame(tstate, FRAME_SPECIALS_WORDS + i32[(fcode + CO.co_framesize) >> 2]);
              if (nf === 0) {
                if (unpacked) Py_DECREF(interp, callable);
                i32 = interp.views.i32;
                break;
              }
              i32 = interp.views.i32;
              nfw = nf >> 2;
              nlp = nfw + FRAME_SPECIALS_WORDS;
              i32[nfw + FW_CODE] = fcode;
              i32[nfw + FW_GLOBALS] = i32[(callable + FN.func_globals) >> 2];
              i32[nfw + FW_BUILTINS] = i32[(callable + FN.func_builtins) >> 2];
              i32[nfw + FW_LOCALS] = 0;
              i32[nfw + FW_PREVIOUS] = frame;
              i32[nfw + FW_PREV_INSTR] = -1;
              i32[nfw + FW_IS_ENTRY] = 0;
              i32[nfw + FW_STACKTOP] = nlp + nlocalsplus;
              n = i32[(fcode + CO.co_argcount) >> 2];
              d = i32[(callable + FN.func_defaults) >> 2];
              if (nkw === 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && i32[(fcode + CO.co_kwonlyargcount) >> 2] === 0 &&
                (n === nargs || (nargs < n && d > 0 && nargs >= n - i32[(d + OB_SIZE) >> 2]))) {
                // The fast path: the arguments' references move into the callee's locals, the
                // callable's (or, for a bound method, the one taken above) into f_func; missing
                // trailing arguments come from the defaults.
                i32[nfw + FW_FUNC] = callable;
                for (k = 0; k < nargs; k++) i32[nlp + k] = i32[argsWord + k];
                if (nargs < n) {
                  m = n - i32[(d + OB_SIZE) >> 2];
                  items = (d + TUPLE_OB_ITEM) >> 2;
                  for (k = nargs; k < n; k++) {
                    x = i32[items + k - m];
                    if (x > 0) i32[x >> 2]++;
                    i32[nlp + k] = x;
                  }
                }
                for (k = n; k < nlocalsplus; k++) i32[nlp + k] = 0;
                i32[fw + FW_STACKTOP] = base;
              } else {
                i32[nfw + FW_FUNC] = callable;
                i32[callable >> 2]++;
                i32.fill(0, nlp, nlp + nlocalsplus);
                r = initializeLocals(tstate, callable, fcode, nlp, argsWord, npos, kwnames);
                // Drop the caller's stack items (the callee took its own references).
                for (k = sp - 1; k >= base; k--) {
                  x = interp.views.i32[k];
                  Py_DECREF(interp, x);
                }
                if (unpacked) Py_DECREF(interp, callable);
                i32 = interp.views.i32;
                i32[fw + FW_STACKTOP] = base;
                sp = base;
                if (r < 0) {
                  _PyFrame_Clear(interp, nf);
                  _PyThreadState_PopFrame(tstate, nf);
                  i32 = interp.views.i32;
                  break;
                }
              }
              i32[W_DEPTH] = depth;
              i32[W_CURRENT_FRAME] = nf;
              frame = nf;
              continue outer;
            }
            r = callObject(tstate, callable, argsWord, npos | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
            i32 = interp.views.i32;
            for (k = sp - 1; k >= base; k--) {
              x = i32[k];
              if (x > 0 && --i32[x >> 2] === 0) {
                _Py_Dealloc(interp, x);
                i32 = interp.views.i32;
              }
            }
            sp = base;
            if (r === 0) break;
            i32[sp++] = r;
            continue;
          }
          case 68 /* CALL_FUNCTION_EX */: {
            const hasKwargs = (oparg & 1) !== 0;
            kwargs = hasKwargs ? i32[sp - 1] : 0;
            args = i32[hasKwargs ? sp - 2 : sp - 1];
            callable = i32[hasKwargs ? sp - 3 : sp - 2];
            base = hasKwargs ? sp - 3 : sp - 2;
            if (callable > 0 && i32[(callable + OB_TYPE) >> 2] === T_FUNCTION &&
              (i32[(i32[(callable + FN.func_code) >> 2] + CO.co_flags) >> 2] & CO_GENERATOR_FLAGS) === 0) {
              // f(*args, **kwargs) of a Python function runs inline too.
              if (i32[W_DEPTH] + 1 > i32[W_LIMIT]) {
                raise(tstate, 'RecursionError', 'maximum recursion depth exceeded');
                break;
              }
              nf = pushFrameForCallEx(tstate, callable, args, kwargs, frame);
              i32 = interp.views.i32;
              if (nf === 0) break;
              for (k = sp - 1; k >= base; k--) {
                x = i32[k];
                Py_DECREF(interp, x);
                i32 = interp.views.i32;
              }
              i32[fw + FW_STACKTOP] = base;
              i32[fw + FW_PREV_INSTR] = pc - 1;
              i32[W_DEPTH]++;
              i32[W_CURRENT_FRAME] = nf;
              frame = nf;
              continue outer;
            }
            r = callFunctionEx(tstate, callable, args, kwargs);
            i32 = interp.views.i32;
            for (k = sp - 1; k >= base; k--) {
              x = i32[k];
              Py_DECREF(interp, x);
              i32 = interp.views.i32;
            }
            sp = base;
            if (r === 0) break;
            i32[sp++] = r;
            continue;
          }
          case 69 /* MAKE_FUNCTION */: {
            n = ((oparg & 1) !== 0 ? 1 : 0) + ((oparg & 2) !== 0 ? 1 : 0) + ((oparg & 4) !== 0 ? 1 : 0) + ((oparg & 8) !== 0 ? 1 : 0);
            f = makeFunction(tstate, i32[fw + FW_GLOBALS], sp - 1, oparg);
            i32 = interp.views.i32;
            if (f === 0) break;
            sp -= n + 1;
            i32[sp++] = f;
            continue;
          }
          case 70 /* LOAD_BUILD_CLASS */: {
            key = PyUnicode_FromString(tstate, '__build_class__');
            if (key === 0) break;
            i32 = interp.views.i32;
            v = PyDict_GetItemWithError(tstate, i32[fw + FW_BUILTINS], key);
            Py_DECREF(interp, key);
            if (v === 0) {
              if (PyErr_Occurred(tstate) === 0) raise(tstate, 'NameError', '__build_class__ not found');
              break;
            }
            Py_INCREF(interp, v);
            i32 = interp.views.i32;
            i32[sp++] = v;
            continue;
          }
          case 71 /* RETURN_VALUE */: {
            retval = i32[--sp];
            i32[fw + FW_STACKTOP] = sp;
            isEntry = i32[fw + FW_IS_ENTRY];
            previous = i32[fw + FW_PREVIOUS];
            _PyFrame_Clear(interp, frame);
            _PyThreadState_PopFrame(tstate, frame);
            i32 = interp.views.i32;
            i32[W_DEPTH]--;
            i32[W_CURRENT_FRAME] = previous;
            if (isEntry !== 0) return retval;
            frame = previous;
            pw = previous >> 2;
            i32[i32[pw + FW_STACKTOP]] = retval;
            i32[pw + FW_STACKTOP]++;
            continue outer;
          }
          case 82 /* IMPORT_NAME */: {
            fromlist = i32[sp - 1];
            level = i32[sp - 2];
            m = PyImport_ImportModuleLevelObject(tstate, tupleItem(interp, names, oparg), fromlist, level);
            i32 = interp.views.i32;
            if (m === 0) break;
            sp -= 2;
            Py_DECREF(interp, fromlist);
            Py_DECREF(interp, level);
            i32 = interp.views.i32;
            i32[sp++] = m;
            continue;
          }
          case 83 /* IMPORT_FROM */: {
            v = importFrom(tstate, i32[sp - 1], names, oparg);
            i32 = interp.views.i32;
            if (v === 0) break;
            i32[sp++] = v;
            continue;
          }
          case 85 /* RAISE_VARARGS */: {
            cause = 0;
            exc = 0;
            if (oparg === 2) cause = i32[--sp];
            if (oparg >= 1) exc = i32[--sp];
            r = doRaise(tstate, exc, cause);
            Py_DECREF(interp, exc);
            Py_DECREF(interp, cause);
            i32 = interp.views.i32;
            err = r === 1 ? Err.Reraise : Err.Raise;
            lasti = pc - 1;
            break;
          }
          case 86 /* RERAISE */: {
            exc = i32[--sp];
            lasti = pc - 1;
            // The handler is looked up at the RERAISE; the lasti pushed for it is the original one.
            if (oparg !== 0) frameLasti = smallIntValueAny(interp, i32[sp - oparg]);
            PyErr_SetRaisedException(tstate, exc);
            i32 = interp.views.i32;
            err = Err.Reraise;
            break;
          }
          case 87 /* PUSH_EXC_INFO */: {
            v = i32[sp - 1];
            prev = i32[W_EXC_INFO];
            i32[sp - 1] = prev === 0 ? NONE : prev;
            if (v > 0) i32[v >> 2]++;
            i32[sp++] = v;
            i32[W_EXC_INFO] = v;
            continue;
          }
          case 88 /* POP_EXCEPT */: {
            old = i32[W_EXC_INFO];
            i32[W_EXC_INFO] = i32[--sp];
            Py_DECREF(interp, old);
            i32 = interp.views.i32;
            continue;
          }
          case 89 /* CHECK_EXC_MATCH */: {
            right = i32[sp - 1];
            left = i32[sp - 2];
            if (checkExceptTypeValid(tstate, right) < 0) break;
            v = exceptionMatches(interp, left, right) ? TRUE : FALSE;
            Py_DECREF(interp, right);
            i32 = interp.views.i32;
            i32[sp - 1] = v;
            continue;
          }
          case 94 /* LOAD_ASSERTION_ERROR */:
            i32[sp++] = runtime.staticType('AssertionError');
            continue;
          case 95 /* SETUP_ANNOTATIONS */: {
            if (setupAnnotations(tstate, i32[fw + FW_LOCALS]) < 0) break;
            i32 = interp.views.i32;
            continue;
          }
          case 96 /* LOAD_LOCALS */: {
            locals = i32[fw + FW_LOCALS];
            if (locals === 0) {
              raise(tstate, 'SystemError', 'no locals found');
              break;
            }
            if (locals > 0) i32[locals >> 2]++;
            i32[sp++] = locals;
            continue;
          }
          case 97 /* PRINT_EXPR */: {
            v = i32[sp - 1];
            if (printExpr(tstate, v) < 0) break;
            i32 = interp.views.i32;
            sp--;
            Py_DECREF(interp, v);
            i32 = interp.views.i32;
            continue;
          }
          case 99 /* MATCH_MAPPING */:
          case 100 /* MATCH_SEQUENCE */: {
            v = matchKind(interp, i32[sp - 1], (word & 0xff) === 99 /* MATCH_MAPPING */) ? TRUE : FALSE;
            i32[sp++] = v;
            continue;
          }
          case 101 /* MATCH_KEYS */: {
            v = matchKeys(tstate, i32[sp - 2], i32[sp - 1]);
            i32 = interp.views.i32;
            if (v === 0) break;
            i32[sp++] = v;
            continue;
          }
          case 102 /* MATCH_CLASS */: {
            v = matchClass(tstate, i32[sp - 3], i32[sp - 2], oparg, i32[sp - 1]);
            i32 = interp.views.i32;
            if (v === 0) break;
            sp -= 2;
            Py_DECREF(interp, i32[sp + 1]);
            Py_DECREF(interp, i32[sp]);
            Py_DECREF(interp, i32[sp - 1]);
            i32 = interp.views.i32;
            i32[sp - 1] = v;
            continue;
          }
          case 98 /* GET_LEN */: {
            n = PyObject_Size(tstate, i32[sp - 1]);
            if (n < 0) break;
            v = PyLong_FromLong(tstate, n);
            if (v === 0) break;
            i32 = interp.views.i32;
            i32[sp++] = v;
            continue;
          }
          case 72 /* RETURN_GENERATOR */:
          case 73 /* YIELD_VALUE */:
          case 74 /* GET_YIELD_FROM_ITER */:
          case 75 /* SEND */:
          case 76 /* GET_AWAITABLE */:
          case 77 /* GET_AITER */:
          case 78 /* GET_ANEXT */:
          case 79 /* END_ASYNC_FOR */:
          case 80 /* BEFORE_ASYNC_WITH */:
          case 81 /* ASYNC_GEN_WRAP */:
            raise(tstate, 'SystemError', 'pergil: generators and coroutines are not supported yet');
            break;
          default:
            raise(tstate, 'SystemError', `pergil: opcode ${word & 0xff} is not supported yet`);
            break;
        }
        // An instruction failed (or raised): leave the dispatch loop for the error path.
        if (err === 0) {
          err = Err.Fresh;
          lasti = pc - 1;
        }
        break dispatch;
      }
    } else {
      // Resumed with an exception from a callee frame: the failing instruction is the CALL.
      lasti = pc - 1;
    }

    // ---- the error path (CPython's error: / exception_unwind: / exit_unwind: labels) ----
    i32 = interp.views.i32;
    if (err !== Err.Reraise) {
      const exc = PyErr_GetRaisedExceptionBorrowed(tstate);
      if (exc === 0) raise(tstate, 'SystemError', 'error return without exception set');
      else if (err === Err.Fresh) chainContext(tstate, exc, false);
      PyTraceBack_Here(tstate, code, lasti);
      i32 = interp.views.i32;
    }
    const handler = findHandler(interp, code, lasti);
    if (handler >= 0) {
      // handler: word index of start, end, target, depth, lasti
      const level = lp + i32[(code + CO.co_nlocalsplus) >> 2] + i32[handler + 3];
      const target = i32[handler + 2];
      const pushLasti = i32[handler + 4] !== 0;
      while (sp > level) {
        const v = i32[--sp];
        i32[sp] = 0;
        Py_DECREF(interp, v);
        i32 = interp.views.i32;
      }
      let ok = true;
      if (pushLasti) {
        const li = PyLong_FromLong(tstate, frameLasti >= 0 ? frameLasti : lasti);
        i32 = interp.views.i32;
        // NON-CPYTHON: with no memory for lasti the exception leaves the frame (CPython retries).
        if (li === 0) ok = false;
        else i32[sp++] = li;
      }
      frameLasti = -1;
      if (ok) {
        const exc = PyErr_GetRaisedException(tstate);
        i32 = interp.views.i32;
        i32[sp++] = exc;
        i32[fw + FW_STACKTOP] = sp;
        i32[fw + FW_PREV_INSTR] = target - 1;
        err = 0;
        continue outer;
      }
    }
    // No handler here: pop the frame and resume the caller with the exception.
    i32[fw + FW_STACKTOP] = sp;
    const unwindIsEntry = i32[fw + FW_IS_ENTRY];
    const unwindPrevious = i32[fw + FW_PREVIOUS];
    _PyFrame_Clear(interp, frame);
    _PyThreadState_PopFrame(tstate, frame);
    i32 = interp.views.i32;
    i32[W_DEPTH]--;
    i32[W_CURRENT_FRAME] = unwindPrevious;
    frameLasti = -1;
    if (unwindIsEntry !== 0) return 0;
    frame = unwindPrevious;
    err = Err.Callee;
  }
}

/** The value of an int handle of at most one digit in either heap (for stacked lasti values). */
function smallIntValueAny(interp: InterpreterState, h: number): number {
  return smallIntValue(interp.views.i32, interp.runtimeViews.i32, h);
}

/** The exception table entry covering instruction `i` of `code`: its word index, or -1. */
function findHandler(interp: InterpreterState, code: number, i: number): number {
  const i32 = interp.views.i32;
  const n = i32[(code + CO.co_nexceptions) >> 2];
  let p = (code >> 2) + i32[(code + CO.co_exceptiontable) >> 2];
  for (let k = 0; k < n; k++, p += 5) {
    if (i >= i32[p] && i < i32[p + 1]) return p;
  }
  return -1;
}

// ---- out-of-line instruction bodies ----------------------------------------------------------

// ---- LOAD_GLOBAL and its cache --------------------------------------------------------------

/**
 * The value in live entry `ix` of the dict `d`'s current keys table if that entry's key equals
 * `name` (borrowed), else 0. Sound without version tags: a dict holds each key once, so an
 * entry of its current table with an equal key and a value is `d[name]`.
 */
function cachedEntryValue(interp: InterpreterState, d: number, keys: number, ix: number, name: number): number {
  const i32 = interp.views.i32;
  if (i32[(d + DICT_MA_KEYS) >> 2] !== keys || ix >= i32[(keys + DK.dk_nentries) >> 2]) return 0;
  const e = keys + DK.dk_indices + (4 << i32[(keys + DK.dk_log2_size) >> 2]) + ix * DICT_ENTRY_BYTES;
  const k = i32[(e + ME_KEY) >> 2];
  if (k === 0 || (k !== name && !unicodeEquals(interp, k, name))) return 0;
  return i32[(e + ME_VALUE) >> 2];
}

/**
 * Makes item `i` of the names tuple `names` the very str object `key` that the dict uses, so the
 * cache's key check is an identity test from then on (the interning CPython does for co_names and
 * dict keys; equal strs, so nothing observable changes).
 */
function shareNameWithDict(interp: InterpreterState, names: number, i: number, key: number): void {
  if (names <= 0 || Py_TYPE(interp, key) !== interp.types.str) return;
  const w = ((names + TUPLE_OB_ITEM) >> 2) + i;
  const old = interp.views.i32[w];
  if (old === key) return;
  Py_INCREF(interp, key);
  interp.views.i32[w] = key;
  Py_DECREF(interp, old);
}

/** The key of entry `ix` of the dict `d`'s current keys table (borrowed). */
function entryKey(interp: InterpreterState, d: number, ix: number): number {
  const i32 = interp.views.i32;
  const keys = i32[(d + DICT_MA_KEYS) >> 2];
  return i32[(keys + DK.dk_indices + (4 << i32[(keys + DK.dk_log2_size) >> 2]) + ix * DICT_ENTRY_BYTES + ME_KEY) >> 2];
}

/** The index of the entry of `d` whose value is `v` and key equals `name`, or -1 (a cache fill). */
function findEntry(interp: InterpreterState, d: number, name: number, v: number): number {
  const i32 = interp.views.i32;
  const keys = i32[(d + DICT_MA_KEYS) >> 2];
  if (keys === 0) return -1;
  const n = i32[(keys + DK.dk_nentries) >> 2];
  const entries = keys + DK.dk_indices + (4 << i32[(keys + DK.dk_log2_size) >> 2]);
  for (let ix = 0; ix < n; ix++) {
    const e = entries + ix * DICT_ENTRY_BYTES;
    if (i32[(e + ME_VALUE) >> 2] !== v) continue;
    const k = i32[(e + ME_KEY) >> 2];
    if (k === name || unicodeEquals(interp, k, name)) return ix;
  }
  return -1;
}

/**
 * LOAD_GLOBAL: globals then builtins (a new reference, or 0 with NameError). A per-thread cache
 * keyed by (code, instruction) remembers the entry the name was found in; a globals hit is then
 * one entry check, a builtins hit one globals lookup (it must still miss) and one entry check.
 * NON-CPYTHON: CPython 3.11 specializes to LOAD_GLOBAL_MODULE/BUILTIN with dict key versions.
 */
function loadGlobal(tstate: ThreadState, fw: number, code: number, names: number, oparg: number, at: number): number {
  const interp = tstate.interp;
  const cache = tstate.loadGlobalCache;
  const i32 = interp.views.i32;
  const globals = i32[fw + FW_GLOBALS];
  const builtins = i32[fw + FW_BUILTINS];
  const name = tupleItem(interp, names, oparg);
  const slot = ((Math.imul(code, 0x9e3779b1) ^ Math.imul(at, 0x85ebca6b)) >>> 20) & (LOAD_GLOBAL_CACHE_SLOTS - 1);
  const c = slot * 4;
  let v = 0;
  const hit = cache[c] === code && cache[c + 1] === at;
  if (hit && cache[c + 3] >= 0) {
    v = cachedEntryValue(interp, globals, cache[c + 2], cache[c + 3], name);
    if (v !== 0) {
      Py_INCREF(interp, v);
      return v;
    }
  }
  v = PyDict_GetItemWithError(tstate, globals, name);
  if (v !== 0) {
    cache[c] = code;
    cache[c + 1] = at;
    cache[c + 2] = interp.views.i32[(globals + DICT_MA_KEYS) >> 2];
    cache[c + 3] = findEntry(interp, globals, name, v);
    Py_INCREF(interp, v);
    if (cache[c + 3] >= 0) shareNameWithDict(interp, names, oparg, entryKey(interp, globals, cache[c + 3]));
    return v;
  }
  if (PyErr_Occurred(tstate) !== 0) return 0;
  if (hit && cache[c + 3] < -1) {
    v = cachedEntryValue(interp, builtins, cache[c + 2], -2 - cache[c + 3], name);
    if (v !== 0) {
      Py_INCREF(interp, v);
      return v;
    }
  }
  v = PyDict_GetItemWithError(tstate, builtins, name);
  if (v === 0) {
    if (PyErr_Occurred(tstate) === 0) nameError(tstate, names, oparg);
    return 0;
  }
  const ix = findEntry(interp, builtins, name, v);
  cache[c] = code;
  cache[c + 1] = at;
  cache[c + 2] = interp.views.i32[(builtins + DICT_MA_KEYS) >> 2];
  cache[c + 3] = ix < 0 ? -1 : -2 - ix;
  Py_INCREF(interp, v);
  if (ix >= 0) shareNameWithDict(interp, names, oparg, entryKey(interp, builtins, ix));
  return v;
}

/** LOAD_NAME: locals, then globals, then builtins (a new reference, or 0 with NameError). */
function loadName(tstate: ThreadState, fw: number, names: number, i: number): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const locals = i32[fw + FW_LOCALS];
  const name = tupleItem(interp, names, i);
  if (locals === 0) {
    raise(tstate, 'SystemError', `no locals when loading '${PyUnicode_AsString(interp, name)}'`);
    return 0;
  }
  let v = PyDict_GetItemWithError(tstate, locals, name);
  if (v === 0) {
    if (PyErr_Occurred(tstate) !== 0) return 0;
    v = PyDict_GetItemWithError(tstate, interp.views.i32[fw + FW_GLOBALS], name);
    if (v === 0) {
      if (PyErr_Occurred(tstate) !== 0) return 0;
      v = PyDict_GetItemWithError(tstate, interp.views.i32[fw + FW_BUILTINS], name);
      if (v === 0) {
        if (PyErr_Occurred(tstate) === 0) nameError(tstate, names, i);
        return 0;
      }
    }
  }
  Py_INCREF(interp, v);
  return v;
}

/** LOAD_CLASSDEREF: the class body's locals first, then the cell. */
function loadClassDeref(tstate: ThreadState, fw: number, code: number, i: number): number {
  const interp = tstate.interp;
  const locals = interp.views.i32[fw + FW_LOCALS];
  const name = tupleItem(interp, codeField(interp, code, CO.co_localsplusnames), i);
  const v = PyDict_GetItemWithError(tstate, locals, name);
  if (v !== 0) {
    Py_INCREF(interp, v);
    return v;
  }
  if (PyErr_Occurred(tstate) !== 0) return 0;
  const i32 = interp.views.i32;
  const cell = i32[fw + FRAME_SPECIALS_WORDS + i];
  const x = i32[(cell + PY_CELL_OBJECT.offsetBytes.ob_ref) >> 2];
  if (x === 0) {
    formatExcUnbound(tstate, code, i);
    return 0;
  }
  Py_INCREF(interp, x);
  return x;
}

/** `lst += other` for a list and a list or tuple (CPython's list_inplace_concat): `lst` with a new reference, or 0 (maybe with an error). */
function listInplaceConcat(tstate: ThreadState, lst: number, other: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, other);
  if (t !== interp.types.list && t !== interp.types.tuple) return 0;
  if (listExtend(tstate, lst, other) < 0) return 0;
  Py_INCREF(interp, lst);
  return lst;
}

/** list.extend for a list, tuple, dict, set or str argument; 0, or -1 with an error set. */
function listExtend(tstate: ThreadState, lst: number, other: number): number {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, other);
  if (t === interp.types.list || t === interp.types.tuple) {
    const n = t === interp.types.list ? interp.views.i32[(other + OB_SIZE) >> 2] : tupleLength(interp, other);
    for (let k = 0; k < n; k++) {
      const i32 = interp.views.i32;
      const x = t === interp.types.list ? i32[(i32[(other + LIST_OB_ITEM) >> 2] >> 2) + k] : tupleItem(interp, other, k);
      if (PyList_Append(tstate, lst, x) < 0) return -1;
    }
    return 0;
  }
  const it = getIter(tstate, other);
  if (it === 0) {
    if (PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), runtime_TypeError(interp))) {
      PyErr_SetRaisedException(tstate, 0);
      raise(tstate, 'TypeError', `Value after * must be an iterable, not ${Py_TYPE_NAME(interp, other)}`);
    }
    return -1;
  }
  for (;;) {
    const x = iterNext(tstate, it);
    if (x === 0) break;
    const r = PyList_Append(tstate, lst, x);
    Py_DECREF(interp, x);
    if (r < 0) {
      Py_DECREF(interp, it);
      return -1;
    }
  }
  Py_DECREF(interp, it);
  return PyErr_Occurred(tstate) !== 0 ? -1 : 0;
}

function runtime_TypeError(interp: InterpreterState): number {
  return interp.runtime.staticType('TypeError');
}

/** A slice bound (an int or None) as a number or null; undefined with TypeError set. */
function sliceIndex(tstate: ThreadState, h: number): number | null | undefined {
  const interp = tstate.interp;
  if (h === interp.runtime.immortalNone) return null;
  const t = Py_TYPE(interp, h);
  if (t === interp.types.int || t === interp.types.bool) {
    const x = smallIntValueAny(interp, h);
    if (x === x) return x;
    // cpython: _PyEval_SliceIndex clamps a huge int to PY_SSIZE_T_MIN/MAX
    return longToNumber(interp, h) < 0 ? -0x7fffffff : 0x7fffffff;
  }
  raise(tstate, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
  return undefined;
}

/** `container[a:b(:c)]` for a str, tuple or list, with the `n` bounds at word `w`: a new reference, or 0. */
function sliceSubscript(tstate: ThreadState, container: number, w: number, n: number): number {
  const start = sliceIndex(tstate, tstate.interp.views.i32[w]);
  if (start === undefined) return 0;
  const stop = sliceIndex(tstate, tstate.interp.views.i32[w + 1]);
  if (stop === undefined) return 0;
  const step = n === 3 ? sliceIndex(tstate, tstate.interp.views.i32[w + 2]) : null;
  if (step === undefined) return 0;
  return _PyObject_GetSlice(tstate, container, start, stop, step);
}

/** BUILD_SET from the `n` values at word `w` (their references stay on the stack). */
function buildSet(tstate: ThreadState, w: number, n: number): number {
  const interp = tstate.interp;
  const s = PySet_New(tstate, 0);
  if (s === 0) return 0;
  for (let k = 0; k < n; k++) {
    if (PySet_Add(tstate, s, interp.views.i32[w + k]) < 0) {
      Py_DECREF(interp, s);
      return 0;
    }
  }
  for (let k = 0; k < n; k++) Py_DECREF(interp, interp.views.i32[w + k]);
  return s;
}

/** BUILD_MAP from `n` key/value pairs at word `w`; the stack's references are dropped on success. */
function buildMap(tstate: ThreadState, w: number, n: number): number {
  const interp = tstate.interp;
  const d = PyDict_New(tstate);
  if (d === 0) return 0;
  for (let k = 0; k < n; k++) {
    const i32 = interp.views.i32;
    if (PyDict_SetItem(tstate, d, i32[w + 2 * k], i32[w + 2 * k + 1]) < 0) {
      Py_DECREF(interp, d);
      return 0;
    }
  }
  for (let k = 0; k < 2 * n; k++) Py_DECREF(interp, interp.views.i32[w + k]);
  return d;
}

/** BUILD_CONST_KEY_MAP: `n` values at word `w`, then the keys tuple. */
function buildConstKeyMap(tstate: ThreadState, w: number, n: number): number {
  const interp = tstate.interp;
  const keys = interp.views.i32[w + n];
  const d = PyDict_New(tstate);
  if (d === 0) return 0;
  for (let k = 0; k < n; k++) {
    if (PyDict_SetItem(tstate, d, tupleItem(interp, keys, k), interp.views.i32[w + k]) < 0) {
      Py_DECREF(interp, d);
      return 0;
    }
  }
  for (let k = 0; k <= n; k++) Py_DECREF(interp, interp.views.i32[w + k]);
  return d;
}

/** BUILD_STRING: the concatenation of the `n` strs at word `w` (dropped on success). */
function buildString(tstate: ThreadState, w: number, n: number): number {
  const interp = tstate.interp;
  let s = '';
  for (let k = 0; k < n; k++) s += PyUnicode_AsString(interp, interp.views.i32[w + k]);
  const r = PyUnicode_FromString(tstate, s);
  if (r === 0) return 0;
  for (let k = 0; k < n; k++) Py_DECREF(interp, interp.views.i32[w + k]);
  return r;
}

/** DICT_UPDATE / DICT_MERGE (`callable` set: the `**` of a call, with its duplicate-key error). */
function dictMerge(tstate: ThreadState, d: number, other: number, callable: number): number {
  const interp = tstate.interp;
  if (Py_TYPE(interp, other) !== interp.types.dict) {
    if (callable !== 0) {
      raise(tstate, 'TypeError', `${funcDesc(tstate, callable)} argument after ** must be a mapping, not ${Py_TYPE_NAME(interp, other)}`);
    } else {
      raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, other)}' object is not a mapping`);
    }
    return -1;
  }
  for (let ix = PyDict_Next(interp, other, 0); ix >= 0; ix = PyDict_Next(interp, other, ix + 1)) {
    const k = dictEntryKey(interp, other, ix);
    const v = dictEntryValue(interp, other, ix);
    if (callable !== 0) {
      if (Py_TYPE(interp, k) !== interp.types.str) {
        raise(tstate, 'TypeError', `${funcDesc(tstate, callable)} keywords must be strings`);
        return -1;
      }
      if (PyDict_GetItemWithError(tstate, d, k) !== 0) {
        raise(tstate, 'TypeError', `${funcDesc(tstate, callable)} got multiple values for keyword argument '${PyUnicode_AsString(interp, k)}'`);
        return -1;
      }
    }
    if (PyDict_SetItem(tstate, d, k, v) < 0) return -1;
  }
  return 0;
}

/** How CPython names a callable in call errors (PyEval_GetFuncName + PyEval_GetFuncDesc): `f()`. */
function funcDesc(tstate: ThreadState, callable: number): string {
  const interp = tstate.interp;
  if (Py_TYPE(interp, callable) === interp.runtime.staticType('function')) return `${qualnameOf(interp, callable)}()`;
  return `${Py_TYPE_NAME(interp, callable)} object`;
}

/**
 * UNPACK_SEQUENCE (after < 0) / UNPACK_EX: unpacks `seq` into `before` values (+ a list and
 * `after` values) written from word `w` upwards, last item first (the first ends on top).
 */
function unpackSequence(tstate: ThreadState, seq: number, before: number, after: number, w: number): number {
  const interp = tstate.interp;
  const values: number[] = [];
  const t = Py_TYPE(interp, seq);
  if (t === interp.types.tuple || t === interp.types.list) {
    const n = t === interp.types.tuple ? tupleLength(interp, seq) : interp.views.i32[(seq + OB_SIZE) >> 2];
    for (let k = 0; k < n; k++) {
      const i32 = interp.views.i32;
      values.push(t === interp.types.tuple ? tupleItem(interp, seq, k) : i32[(i32[(seq + LIST_OB_ITEM) >> 2] >> 2) + k]);
    }
    for (const v of values) Py_INCREF(interp, v);
  } else {
    const it = getIter(tstate, seq);
    if (it === 0) {
      if (PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), runtime_TypeError(interp))) {
        PyErr_SetRaisedException(tstate, 0);
        raise(tstate, 'TypeError', `cannot unpack non-iterable ${Py_TYPE_NAME(interp, seq)} object`);
      }
      return -1;
    }
    for (;;) {
      const x = iterNext(tstate, it);
      if (x === 0) break;
      values.push(x);
      if (after < 0 && values.length > before) break;
    }
    Py_DECREF(interp, it);
    if (PyErr_Occurred(tstate) !== 0) {
      for (const v of values) Py_DECREF(interp, v);
      return -1;
    }
  }
  const n = values.length;
  if (after < 0) {
    if (n !== before) {
      for (const v of values) Py_DECREF(interp, v);
      if (n < before) raise(tstate, 'ValueError', `not enough values to unpack (expected ${before}, got ${n})`);
      else raise(tstate, 'ValueError', `too many values to unpack (expected ${before})`);
      return -1;
    }
    const i32 = interp.views.i32;
    for (let k = 0; k < n; k++) i32[w + k] = values[n - 1 - k];
    return 0;
  }
  if (n < before + after) {
    for (const v of values) Py_DECREF(interp, v);
    raise(tstate, 'ValueError', `not enough values to unpack (expected at least ${before + after}, got ${n})`);
    return -1;
  }
  const middle = PyList_New(tstate, n - before - after);
  if (middle === 0) {
    for (const v of values) Py_DECREF(interp, v);
    return -1;
  }
  let i32 = interp.views.i32;
  const items = i32[(middle + LIST_OB_ITEM) >> 2] >> 2;
  for (let k = before; k < n - after; k++) i32[items + k - before] = values[k];
  i32 = interp.views.i32;
  let p = w;
  for (let k = n - 1; k >= n - after; k--) i32[p++] = values[k];
  i32[p++] = middle;
  for (let k = before - 1; k >= 0; k--) i32[p++] = values[k];
  return 0;
}

/** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format(value, spec). */
function formatValue(tstate: ThreadState, v: number, conversion: number, spec: number): number {
  const interp = tstate.interp;
  let value = v;
  Py_INCREF(interp, value);
  if (conversion !== 0) {
    const c = conversion === 1 ? PyObject_Str(tstate, value) : PyObject_Repr(tstate, value);
    Py_DECREF(interp, value);
    if (c === 0) return 0;
    value = c;
    if (conversion === 3) {
      const s = PyUnicode_AsString(interp, value);
      const a = asciiEscape(s);
      if (a !== s) {
        Py_DECREF(interp, value);
        value = PyUnicode_FromString(tstate, a);
        if (value === 0) return 0;
      }
    }
  }
  if ((spec === 0 || PyUnicode_AsString(interp, spec) === '') && Py_TYPE(interp, value) === interp.types.str) return value;
  const r = PyObject_Format(tstate, value, spec);
  Py_DECREF(interp, value);
  return r;
}

/** ascii(): non-ASCII characters of a repr as \x, \u, \U escapes. */
function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return out;
}

/**
 * The positional arguments of `f(*args)` as a tuple (a new reference): `args` itself when it
 * is one, else its items; TypeError "… argument after * must be an iterable, not …".
 */
function starArgsTuple(tstate: ThreadState, callable: number, args: number): number {
  const interp = tstate.interp;
  if (Py_TYPE(interp, args) === interp.types.tuple) {
    Py_INCREF(interp, args);
    return args;
  }
  const l = PyList_New(tstate, 0);
  if (l === 0) return 0;
  if (listExtend(tstate, l, args) < 0) {
    Py_DECREF(interp, l);
    if (PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), runtime_TypeError(interp))) {
      PyErr_SetRaisedException(tstate, 0);
      raise(tstate, 'TypeError', `${funcDesc(tstate, callable)} argument after * must be an iterable, not ${Py_TYPE_NAME(interp, args)}`);
    }
    return 0;
  }
  const n = interp.views.i32[(l + OB_SIZE) >> 2];
  const t = PyTuple_New(tstate, n);
  if (t === 0) {
    Py_DECREF(interp, l);
    return 0;
  }
  const i32 = interp.views.i32;
  const src = i32[(l + LIST_OB_ITEM) >> 2] >> 2;
  for (let k = 0; k < n; k++) {
    const x = i32[src + k];
    if (x > 0) i32[x >> 2]++;
    i32[((t + TUPLE_OB_ITEM) >> 2) + k] = x;
  }
  Py_DECREF(interp, l);
  return t;
}

/** The keys of the kwargs dict `kwargs` as a tuple (a new reference): the kwnames of a call. */
function kwargsNames(tstate: ThreadState, kwargs: number): number {
  const interp = tstate.interp;
  const t = PyTuple_New(tstate, dictLength(interp, kwargs));
  if (t === 0) return 0;
  let k = 0;
  for (let ix = PyDict_Next(interp, kwargs, 0); ix >= 0; ix = PyDict_Next(interp, kwargs, ix + 1), k++) {
    const key = dictEntryKey(interp, kwargs, ix);
    Py_INCREF(interp, key);
    interp.views.i32[((t + TUPLE_OB_ITEM) >> 2) + k] = key;
  }
  return t;
}

/** One tuple of the positional values of `pos` followed by the values of `kwargs` (in kwargsNames' order). */
function callBlock(tstate: ThreadState, pos: number, kwargs: number): number {
  const interp = tstate.interp;
  const nargs = tupleLength(interp, pos);
  const block = PyTuple_New(tstate, nargs + dictLength(interp, kwargs));
  if (block === 0) return 0;
  for (let i = 0; i < nargs; i++) {
    const x = tupleItem(interp, pos, i);
    Py_INCREF(interp, x);
    interp.views.i32[((block + TUPLE_OB_ITEM) >> 2) + i] = x;
  }
  let k = nargs;
  for (let ix = PyDict_Next(interp, kwargs, 0); ix >= 0; ix = PyDict_Next(interp, kwargs, ix + 1), k++) {
    const v = dictEntryValue(interp, kwargs, ix);
    Py_INCREF(interp, v);
    interp.views.i32[((block + TUPLE_OB_ITEM) >> 2) + k] = v;
  }
  return block;
}

/** Word index of a tuple's first item (any word for the immortal empty tuple: nothing is read). */
function tupleItemsWord(t: number): number {
  return t < 0 ? 0 : (t + TUPLE_OB_ITEM) >> 2;
}

/**
 * CALL_FUNCTION_EX of a Python function: its frame, pushed and bound, for the eval loop to run
 * inline; 0 with an error set.
 */
function pushFrameForCallEx(tstate: ThreadState, func: number, args: number, kwargs: number, previous: number): number {
  const interp = tstate.interp;
  const pos = starArgsTuple(tstate, func, args);
  if (pos === 0) return 0;
  let frame: number;
  if (kwargs === 0 || dictLength(interp, kwargs) === 0) {
    frame = pushFrameForCall(tstate, func, 0, tupleItemsWord(pos), tupleLength(interp, pos), 0, previous);
  } else {
    const kwnames = kwargsNames(tstate, kwargs);
    const block = kwnames === 0 ? 0 : callBlock(tstate, pos, kwargs);
    frame = block === 0 ? 0 : pushFrameForCall(tstate, func, 0, tupleItemsWord(block), tupleLength(interp, pos), kwnames, previous);
    Py_DECREF(interp, block);
    Py_DECREF(interp, kwnames);
  }
  Py_DECREF(interp, pos);
  return frame;
}

/** CALL_FUNCTION_EX of any other callable: callable(*args, **kwargs). */
function callFunctionEx(tstate: ThreadState, callable: number, args: number, kwargs: number): number {
  const interp = tstate.interp;
  const pos = starArgsTuple(tstate, callable, args);
  if (pos === 0) return 0;
  let r: number;
  if (kwargs === 0 || dictLength(interp, kwargs) === 0) {
    r = callObject(tstate, callable, tupleItemsWord(pos), tupleLength(interp, pos), 0);
  } else {
    const kwnames = kwargsNames(tstate, kwargs);
    const block = kwnames === 0 ? 0 : callBlock(tstate, pos, kwargs);
    r = block === 0 ? 0 : callObject(tstate, callable, tupleItemsWord(block), tupleLength(interp, pos), kwnames);
    Py_DECREF(interp, block);
    Py_DECREF(interp, kwnames);
  }
  Py_DECREF(interp, pos);
  return r;
}

/**
 * MAKE_FUNCTION: the code object at word `w + n` (n = the flag count) and, below it in flag
 * order, the defaults tuple, kwdefaults dict, annotations tuple and closure tuple.
 * The stack's references are consumed on success.
 */
function makeFunction(tstate: ThreadState, globals: number, codeWordIndex: number, flags: number): number {
  const interp = tstate.interp;
  const code = interp.views.i32[codeWordIndex];
  const f = PyFunction_New(tstate, code, globals, 0);
  if (f === 0) return 0;
  let p = codeWordIndex - 1;
  let annotations = 0;
  if ((flags & 4) !== 0) {
    // name, value, name, value… as a tuple; becomes a dict
    const t = interp.views.i32[(flags & 8) !== 0 ? p - 1 : p];
    annotations = PyDict_New(tstate);
    if (annotations === 0) {
      Py_DECREF(interp, f);
      return 0;
    }
    const n = tupleLength(interp, t);
    for (let k = 0; k + 1 < n; k += 2) {
      if (PyDict_SetItem(tstate, annotations, tupleItem(interp, t, k), tupleItem(interp, t, k + 1)) < 0) {
        Py_DECREF(interp, annotations);
        Py_DECREF(interp, f);
        return 0;
      }
    }
  }
  const i32 = interp.views.i32;
  if ((flags & 8) !== 0) i32[(f + FN.func_closure) >> 2] = i32[p--];
  if ((flags & 4) !== 0) {
    Py_DECREF(interp, i32[p--]);
    interp.views.i32[(f + FN.func_annotations) >> 2] = annotations;
  }
  if ((flags & 2) !== 0) interp.views.i32[(f + FN.func_kwdefaults) >> 2] = interp.views.i32[p--];
  if ((flags & 1) !== 0) interp.views.i32[(f + FN.func_defaults) >> 2] = interp.views.i32[p--];
  Py_DECREF(interp, code);
  return f;
}

/** `type(obj).name` bound to `obj` (CPython's _PyObject_LookupSpecial, through the method lookup). */
function lookupSpecial(tstate: ThreadState, obj: number, name: string): number {
  const interp = tstate.interp;
  const key = PyUnicode_FromString(tstate, name);
  if (key === 0) return 0;
  const m = _PyObject_GetMethod(tstate, obj, key);
  Py_DECREF(interp, key);
  if (m === 0 || !tstate.methodIsUnbound) return m;
  const bound = PyMethod_New(tstate, m, obj);
  Py_DECREF(interp, m);
  return bound;
}

/**
 * BEFORE_WITH: the manager at word `w` is replaced by its bound `__exit__`; returns the result
 * of `__enter__()` (to push), or 0 with an error set (the stack then holds the manager still).
 */
function beforeWith(tstate: ThreadState, mgr: number, w: number): number {
  const interp = tstate.interp;
  const attributeError = interp.runtime.staticType('AttributeError');
  const enter = lookupSpecial(tstate, mgr, '__enter__');
  if (enter === 0) {
    if (PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), attributeError)) {
      PyErr_SetRaisedException(tstate, 0);
      raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, mgr)}' object does not support the context manager protocol`);
    }
    return 0;
  }
  const exit = lookupSpecial(tstate, mgr, '__exit__');
  if (exit === 0) {
    if (PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), attributeError)) {
      PyErr_SetRaisedException(tstate, 0);
      raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
    }
    Py_DECREF(interp, enter);
    return 0;
  }
  interp.views.i32[w] = exit;
  Py_DECREF(interp, mgr);
  const res = PyObject_CallNoArgs(tstate, enter);
  Py_DECREF(interp, enter);
  return res;
}

/** WITH_EXCEPT_START: `exit(type(exc), exc, exc.__traceback__)`. */
function withExceptStart(tstate: ThreadState, exit: number, exc: number): number {
  const interp = tstate.interp;
  let tb = interp.views.i32[(exc + BE.traceback) >> 2];
  if (tb === 0) tb = interp.runtime.immortalNone;
  return PyObject_CallThreeArgs(tstate, exit, Py_TYPE(interp, exc), exc, tb);
}

// ---- pattern matching (CPython 3.11's MATCH_* instructions) ---------------------------------

/**
 * MATCH_MAPPING / MATCH_SEQUENCE: whether `subject`'s type is a mapping (a dict) or a sequence
 * (list, tuple, range and their subclasses).
 * NON-CPYTHON (for now): CPython reads Py_TPFLAGS_MAPPING/SEQUENCE, which classes registered with
 * collections.abc also get; there is no collections.abc yet.
 */
function matchKind(interp: InterpreterState, subject: number, mapping: boolean): boolean {
  const t = Py_TYPE(interp, subject);
  const T = interp.types;
  if (mapping) return t === T.dict || PyType_IsSubtype(interp, t, T.dict);
  if (t === T.list || t === T.tuple || PyRange_Check(interp, subject)) return true;
  return PyType_IsSubtype(interp, t, T.list) || PyType_IsSubtype(interp, t, T.tuple);
}

/** MATCH_KEYS: a tuple of subject[key] for each key, or None if one is missing (a new reference; 0 on error). */
function matchKeys(tstate: ThreadState, subject: number, keys: number): number {
  const interp = tstate.interp;
  const n = tupleLength(interp, keys);
  const values = PyTuple_New(tstate, n);
  if (values === 0) return 0;
  const keyError = interp.runtime.staticType('KeyError');
  for (let i = 0; i < n; i++) {
    const key = tupleItem(interp, keys, i);
    let v: number;
    if (Py_TYPE(interp, subject) === interp.types.dict) {
      v = PyDict_GetItemWithError(tstate, subject, key);
      if (v !== 0) Py_INCREF(interp, v);
    } else {
      // NON-CPYTHON (for now): subject[key] with KeyError as missing, where CPython calls .get().
      v = PyObject_GetItem(tstate, subject, key);
      if (v === 0 && PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), keyError)) PyErr_SetRaisedException(tstate, 0);
    }
    if (v === 0) {
      Py_DECREF(interp, values);
      if (PyErr_Occurred(tstate) !== 0) return 0;
      return interp.runtime.immortalNone;
    }
    interp.views.i32[((values + TUPLE_OB_ITEM) >> 2) + i] = v;
  }
  return values;
}

/** The builtin types whose instances match a single positional sub-pattern themselves (_Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF_TYPES: readonly string[] = Object.freeze(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

/** A type's __name__ for messages. */
function typeDisplayName(tstate: ThreadState, type: number): string {
  const interp = tstate.interp;
  if (type < 0) return typeName(interp, type);
  const key = PyUnicode_FromString(tstate, '__name__');
  const n = key === 0 ? 0 : PyObject_GetAttr(tstate, type, key);
  Py_DECREF(interp, key);
  const name = n !== 0 && Py_TYPE(interp, n) === interp.types.str ? PyUnicode_AsString(interp, n) : '?';
  Py_DECREF(interp, n);
  if (n === 0) PyErr_SetRaisedException(tstate, 0);
  return name;
}

/** getattr(subject, name) for MATCH_CLASS: a new reference; 0 without an error when the attribute is missing. */
function matchAttr(tstate: ThreadState, subject: number, name: number): number {
  const interp = tstate.interp;
  const v = PyObject_GetAttr(tstate, subject, name);
  if (v === 0 && PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), interp.runtime.staticType('AttributeError'))) {
    PyErr_SetRaisedException(tstate, 0);
  }
  return v;
}

/**
 * MATCH_CLASS n: `subject` against `cls(p1, …, pn, k1=…)` (`names` holds the keyword names): a
 * tuple of the n positional then the keyword attributes, None when it does not match (a new
 * reference; 0 with an error) — CPython's match_class.
 */
function matchClass(tstate: ThreadState, subject: number, cls: number, nargs: number, names: number): number {
  const interp = tstate.interp;
  const none = interp.runtime.immortalNone;
  if (!isType(interp, cls)) return raise(tstate, 'TypeError', 'called match pattern must be a type');
  const st = Py_TYPE(interp, subject);
  if (st !== cls && !PyType_IsSubtype(interp, st, cls)) return none;
  const attrs: number[] = [];
  const seen: number[] = [];
  const fail = (): number => {
    for (const a of attrs) Py_DECREF(interp, a);
    return PyErr_Occurred(tstate) !== 0 ? 0 : none;
  };
  const clsName = typeDisplayName(tstate, cls);
  let matchSelf = false;
  if (nargs > 0) {
    const key = PyUnicode_FromString(tstate, '__match_args__');
    if (key === 0) return 0;
    let matchArgs = PyObject_GetAttr(tstate, cls, key);
    Py_DECREF(interp, key);
    if (matchArgs === 0) {
      if (!PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), interp.runtime.staticType('AttributeError'))) return 0;
      PyErr_SetRaisedException(tstate, 0);
      matchArgs = interp.runtime.emptyTuple;
      matchSelf = cls < 0 && MATCH_SELF_TYPES.includes(typeName(interp, cls));
    } else if (Py_TYPE(interp, matchArgs) !== interp.types.tuple) {
      const got = Py_TYPE_NAME(interp, matchArgs);
      Py_DECREF(interp, matchArgs);
      return raise(tstate, 'TypeError', `${clsName}.__match_args__ must be a tuple (got ${got})`);
    }
    const allowed = matchSelf ? 1 : tupleLength(interp, matchArgs);
    if (allowed < nargs) {
      Py_DECREF(interp, matchArgs);
      return raise(tstate, 'TypeError', `${clsName}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) {
      Py_INCREF(interp, subject);
      attrs.push(subject);
    } else {
      for (let i = 0; i < nargs; i++) {
        const name = tupleItem(interp, matchArgs, i);
        if (Py_TYPE(interp, name) !== interp.types.str) {
          Py_DECREF(interp, matchArgs);
          raise(tstate, 'TypeError', `__match_args__ elements must be strings (got ${Py_TYPE_NAME(interp, name)})`);
          return fail();
        }
        seen.push(name);
        const v = matchAttr(tstate, subject, name);
        if (v === 0) {
          Py_DECREF(interp, matchArgs);
          return fail();
        }
        attrs.push(v);
      }
    }
    Py_DECREF(interp, matchArgs);
  }
  const nkw = tupleLength(interp, names);
  for (let i = 0; i < nkw; i++) {
    const name = tupleItem(interp, names, i);
    if (seen.some((x) => unicodeEquals(interp, x, name))) {
      raise(tstate, 'TypeError', `${clsName}() got multiple sub-patterns for attribute '${PyUnicode_AsString(interp, name)}'`);
      return fail();
    }
    const v = matchAttr(tstate, subject, name);
    if (v === 0) return fail();
    attrs.push(v);
  }
  const t = PyTuple_New(tstate, attrs.length);
  if (t === 0) return fail();
  attrs.forEach((a, i) => {
    interp.views.i32[((t + TUPLE_OB_ITEM) >> 2) + i] = a;
  });
  return t;
}

/** PRINT_EXPR (interactive mode): sys.displayhook(value). */
function printExpr(tstate: ThreadState, v: number): number {
  const hook = PySys_GetObject(tstate, 'displayhook');
  if (hook === 0) {
    if (PyErr_Occurred(tstate) === 0) raise(tstate, 'RuntimeError', 'lost sys.displayhook');
    return -1;
  }
  const r = PyObject_CallOneArg(tstate, hook, v);
  if (r === 0) return -1;
  Py_DECREF(tstate.interp, r);
  return 0;
}

/** SETUP_ANNOTATIONS: `__annotations__ = {}` in the locals dict unless it is there. */
function setupAnnotations(tstate: ThreadState, locals: number): number {
  const interp = tstate.interp;
  if (locals === 0) {
    raise(tstate, 'SystemError', 'no locals found when setting up annotations');
    return -1;
  }
  const key = PyUnicode_FromString(tstate, '__annotations__');
  if (key === 0) return -1;
  let r = 0;
  const v = PyDict_GetItemWithError(tstate, locals, key);
  if (v === 0) {
    if (PyErr_Occurred(tstate) !== 0) r = -1;
    else {
      const d = PyDict_New(tstate);
      if (d === 0) r = -1;
      else {
        r = PyDict_SetItem(tstate, locals, key, d);
        Py_DECREF(interp, d);
      }
    }
  }
  Py_DECREF(interp, key);
  return r;
}

/** IMPORT_FROM: `from m import name` — the module's attribute, or ImportError. */
function importFrom(tstate: ThreadState, module: number, names: number, i: number): number {
  const interp = tstate.interp;
  const name = tupleItem(interp, names, i);
  const d = moduleDict(interp, module);
  if (d !== 0) {
    const v = PyDict_GetItemWithError(tstate, d, name);
    if (v !== 0) {
      Py_INCREF(interp, v);
      return v;
    }
    if (PyErr_Occurred(tstate) !== 0) return 0;
  } else {
    const v = PyObject_GetAttr(tstate, module, name);
    if (v !== 0) return v;
    if (!PyErr_GivenExceptionMatches(interp, PyErr_GetRaisedExceptionBorrowed(tstate), interp.runtime.staticType('AttributeError'))) return 0;
    PyErr_SetRaisedException(tstate, 0);
  }
  let modName = '<unknown module name>';
  if (d !== 0) {
    const key = PyUnicode_FromString(tstate, '__name__');
    const n = key === 0 ? 0 : PyDict_GetItemWithError(tstate, d, key);
    Py_DECREF(interp, key);
    if (n !== 0 && Py_TYPE(interp, n) === interp.types.str) modName = PyUnicode_AsString(interp, n);
  }
  return raise(tstate, 'ImportError', `cannot import name '${PyUnicode_AsString(interp, name)}' from '${modName}' (unknown location)`);
}

/**
 * IMPORT_STAR: `from module import *` into the locals dict — the names in `__all__` if the
 * module has it, else every name not starting with an underscore (CPython's import_all_from).
 */
function importStar(tstate: ThreadState, module: number, locals: number): number {
  const interp = tstate.interp;
  if (locals === 0) {
    raise(tstate, 'SystemError', 'no locals found during \'import *\'');
    return -1;
  }
  const d = moduleDict(interp, module);
  if (d === 0) {
    raise(tstate, 'SystemError', 'pergil: import * from a non-module is not supported yet');
    return -1;
  }
  const allKey = PyUnicode_FromString(tstate, '__all__');
  if (allKey === 0) return -1;
  const all = PyDict_GetItemWithError(tstate, d, allKey);
  Py_DECREF(interp, allKey);
  if (all === 0 && PyErr_Occurred(tstate) !== 0) return -1;
  const names: number[] = [];
  if (all !== 0 && (Py_TYPE(interp, all) === interp.types.list || Py_TYPE(interp, all) === interp.types.tuple)) {
    const isList = Py_TYPE(interp, all) === interp.types.list;
    const n = isList ? interp.views.i32[(all + OB_SIZE) >> 2] : tupleLength(interp, all);
    for (let k = 0; k < n; k++) {
      const i32 = interp.views.i32;
      names.push(isList ? i32[(i32[(all + LIST_OB_ITEM) >> 2] >> 2) + k] : tupleItem(interp, all, k));
    }
  } else {
    for (let ix = PyDict_Next(interp, d, 0); ix >= 0; ix = PyDict_Next(interp, d, ix + 1)) {
      const k = dictEntryKey(interp, d, ix);
      if (Py_TYPE(interp, k) === interp.types.str && !PyUnicode_AsString(interp, k).startsWith('_')) names.push(k);
    }
  }
  for (const name of names) Py_INCREF(interp, name);
  let r = 0;
  for (const name of names) {
    if (r === 0) {
      const v = PyDict_GetItemWithError(tstate, d, name);
      if (v === 0) {
        if (PyErr_Occurred(tstate) === 0) {
          raise(tstate, 'AttributeError', `module has no attribute '${PyUnicode_AsString(interp, name)}'`);
        }
        r = -1;
      } else if (PyDict_SetItem(tstate, locals, name, v) < 0) {
        r = -1;
      }
    }
    Py_DECREF(interp, name);
  }
  return r;
}

/** iter(v) for the eval loop (objects/iterobject.ts). */
function getIter(tstate: ThreadState, v: number): number {
  return PyObject_GetIter(tstate, v);
}

/** next(it) for the eval loop: a new reference, or 0 (with an error set, or exhausted). */
function iterNext(tstate: ThreadState, it: number): number {
  return PyIter_Next(tstate, it);
}
