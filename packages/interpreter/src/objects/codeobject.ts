// code (CPython's Objects/codeobject.c): the compiler's CodeObject (plain data from
// @pergil/compiler) converted into one object in the interpreter heap, which the eval loop of
// any thread of the interpreter runs by reading `i32[(code + CO_CODE_OFFSET >> 2) + pc]`.
// Layout, with the inline instruction words and tables, in codeobject.layout.ts.

import type { CodeObject, Constant } from '@pergil/compiler';
import { OB_SIZE } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { raise } from './exceptions.js';
import { PyObject_Free, Py_DECREF, Py_TYPE, _PyObject_New } from './object.js';
import { PyLong_FromBigInt } from './longobject.js';
import { PyFloat_FromDouble } from './floatobject.js';
import { PyUnicode_AsString, PyUnicode_FromString, PyUnicode_InternFromString } from './unicodeobject.js';
import { PyBytes_FromBytes } from './bytesobject.js';
import { PyTuple_New, PyTuple_SET_ITEM } from './tupleobject.js';
import { CO_CODE_OFFSET, CO_EXCEPTION_ENTRY_WORDS, PY_CODE_OBJECT } from './codeobject.layout.js';

const O = PY_CODE_OBJECT.offsetBytes;

/** The handle fields of a code object, dropped by its dealloc. */
const CODE_HANDLE_FIELDS: readonly number[] = Object.freeze([
  O.co_consts, O.co_names, O.co_localsplusnames, O.co_localspluskinds, O.co_varnames, O.co_cellvars,
  O.co_freevars, O.co_filename, O.co_name, O.co_qualname,
]);

/** CPython's all_name_chars: a str constant made only of [A-Za-z0-9_] is interned. */
const NAME_CHARS = /^[A-Za-z0-9_]+$/;

/** True if `h` is a code object (CPython's PyCode_Check). @public */
export function PyCode_Check(interp: InterpreterState, h: number): boolean {
  return h !== 0 && Py_TYPE(interp, h) === interp.runtime.staticType('code');
}

function strFromConstant(tstate: ThreadState, v: string | { readonly codePoints: readonly number[] }): number {
  // NON-CPYTHON (for now): a tagged str with surrogate code points becomes a JS string of them;
  // a lone surrogate followed by its pair partner reads back as one astral code point.
  const s = typeof v === 'string' ? v : String.fromCodePoint(...v.codePoints);
  return NAME_CHARS.test(s) ? PyUnicode_InternFromString(tstate, s) : PyUnicode_FromString(tstate, s);
}

function tupleOf(tstate: ThreadState, n: number, item: (i: number) => number): number {
  const t = PyTuple_New(tstate, n);
  if (t === 0) return 0;
  for (let i = 0; i < n; i++) {
    const x = item(i);
    if (x === 0) {
      Py_DECREF(tstate.interp, t);
      return 0;
    }
    PyTuple_SET_ITEM(tstate.interp, t, i, x);
  }
  return t;
}

function isCodeObject(c: Constant | CodeObject): c is CodeObject {
  return c !== null && typeof c === 'object' && 'code' in c && c.code instanceof Int32Array;
}

/** A new heap object for the compiler constant `c` (recursively); NULL with an exception set. */
function constantToObject(tstate: ThreadState, c: Constant | CodeObject): number {
  const runtime = tstate.interp.runtime;
  if (c === null) return runtime.immortalNone;
  switch (typeof c) {
    case 'boolean':
      return c ? runtime.immortalTrue : runtime.immortalFalse;
    case 'bigint':
      return PyLong_FromBigInt(tstate, c);
    case 'number':
      return PyFloat_FromDouble(tstate, c);
    case 'string':
      return strFromConstant(tstate, c);
    default:
      break;
  }
  if (isCodeObject(c)) return PyCode_FromCompilerCode(tstate, c);
  switch (c.kind) {
    case 'str':
      return strFromConstant(tstate, c);
    case 'ellipsis':
      return runtime.immortalEllipsis;
    case 'bytes':
      return PyBytes_FromBytes(tstate, c.value);
    case 'tuple':
    case 'frozenset':
      // NON-CPYTHON (for now): no frozenset object yet; a frozenset constant is a tuple.
      return tupleOf(tstate, c.items.length, (i) => constantToObject(tstate, c.items[i]));
    case 'complex':
      return raise(tstate, 'SystemError', 'complex constants are not supported yet (no complex object)');
  }
}

function stringsTuple(tstate: ThreadState, names: readonly string[]): number {
  return tupleOf(tstate, names.length, (i) => PyUnicode_InternFromString(tstate, names[i]));
}

/**
 * Converts the compiler's code object `co` (and its nested code objects, recursively) into a
 * new code object in the interpreter heap; NULL with an exception set (MemoryError, or
 * SystemError for a constant kind with no object yet).
 * @public
 */
export function PyCode_FromCompilerCode(tstate: ThreadState, co: CodeObject): number {
  const interp = tstate.interp;
  const kinds = co.localspluskinds;
  const nlocalsplus = co.localsplusnames.length;
  let nlocals = 0;
  let ncells = 0;
  let nfrees = 0;
  for (let i = 0; i < nlocalsplus; i++) {
    const k = kinds[i];
    if ((k & 0x20) !== 0) nlocals++; // CO_FAST_LOCAL
    if ((k & 0x40) !== 0) ncells++; // CO_FAST_CELL
    if ((k & 0x80) !== 0) nfrees++; // CO_FAST_FREE
  }
  // The children first: on failure nothing else is allocated.
  const children = new Array<number>(CODE_HANDLE_FIELDS.length).fill(0);
  const makers: (() => number)[] = [
    () => tupleOf(tstate, co.consts.length, (i) => constantToObject(tstate, co.consts[i])),
    () => stringsTuple(tstate, co.names),
    () => stringsTuple(tstate, co.localsplusnames),
    () => PyBytes_FromBytes(tstate, kinds),
    () => stringsTuple(tstate, co.varnames),
    () => stringsTuple(tstate, co.cellvars),
    () => stringsTuple(tstate, co.freevars),
    () => PyUnicode_FromString(tstate, co.filename),
    () => PyUnicode_InternFromString(tstate, co.name),
    () => PyUnicode_FromString(tstate, co.qualname),
  ];
  for (let i = 0; i < makers.length; i++) {
    children[i] = makers[i]();
    if (children[i] === 0) {
      for (let j = 0; j < i; j++) Py_DECREF(interp, children[j]);
      return 0;
    }
  }
  const ncode = co.code.length;
  const nexc = co.exceptiontable.length;
  const excWord = (CO_CODE_OFFSET >> 2) + ncode;
  const lineWord = excWord + nexc * CO_EXCEPTION_ENTRY_WORDS;
  const h = _PyObject_New(tstate, interp.runtime.staticType('code'), (lineWord + ncode) * 4);
  if (h === 0) {
    for (const c of children) Py_DECREF(interp, c);
    return 0;
  }
  const i32 = interp.views.i32;
  const w = h >> 2;
  i32[(h + OB_SIZE) >> 2] = ncode;
  for (let i = 0; i < CODE_HANDLE_FIELDS.length; i++) i32[(h + CODE_HANDLE_FIELDS[i]) >> 2] = children[i];
  i32[(h + O.co_flags) >> 2] = co.flags;
  i32[(h + O.co_argcount) >> 2] = co.argcount;
  i32[(h + O.co_posonlyargcount) >> 2] = co.posonlyargcount;
  i32[(h + O.co_kwonlyargcount) >> 2] = co.kwonlyargcount;
  i32[(h + O.co_stacksize) >> 2] = co.stacksize;
  i32[(h + O.co_firstlineno) >> 2] = co.firstlineno;
  i32[(h + O.co_nlocalsplus) >> 2] = nlocalsplus;
  i32[(h + O.co_nlocals) >> 2] = nlocals;
  i32[(h + O.co_ncellvars) >> 2] = ncells;
  i32[(h + O.co_nfreevars) >> 2] = nfrees;
  i32[(h + O.co_framesize) >> 2] = nlocalsplus + co.stacksize;
  i32[(h + O.co_exceptiontable) >> 2] = excWord;
  i32[(h + O.co_nexceptions) >> 2] = nexc;
  i32[(h + O.co_linetable) >> 2] = lineWord;
  i32.set(co.code, w + (CO_CODE_OFFSET >> 2));
  for (let i = 0; i < nexc; i++) {
    const e = co.exceptiontable[i];
    const p = w + excWord + i * CO_EXCEPTION_ENTRY_WORDS;
    i32[p] = e.start;
    i32[p + 1] = e.end;
    i32[p + 2] = e.target;
    i32[p + 3] = e.depth;
    i32[p + 4] = e.lasti ? 1 : 0;
  }
  const positions = co.positions;
  for (let i = 0; i < ncode; i++) i32[w + lineWord + i] = positions[i * 4];
  return h;
}

/** tp_dealloc of code: drops the children, frees the block. @internal */
export function codeDealloc(interp: InterpreterState, h: number): void {
  for (const off of CODE_HANDLE_FIELDS) {
    const x = interp.views.i32[(h + off) >> 2];
    interp.views.i32[(h + off) >> 2] = 0;
    Py_DECREF(interp, x);
  }
  PyObject_Free(interp, h);
}

function field(interp: InterpreterState, code: number, off: number): number {
  return interp.views.i32[(code + off) >> 2];
}

/** co_consts (borrowed). @public */
export function PyCode_GetConsts(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_consts);
}
/** co_names (borrowed). @public */
export function PyCode_GetNames(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_names);
}
/** co_varnames (borrowed). @public */
export function PyCode_GetVarnames(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_varnames);
}
/** co_cellvars (borrowed). @public */
export function PyCode_GetCellvars(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_cellvars);
}
/** co_freevars (borrowed). @public */
export function PyCode_GetFreevars(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_freevars);
}
/** co_localsplusnames (borrowed). @public */
export function PyCode_GetLocalsPlusNames(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_localsplusnames);
}
/** co_localspluskinds, a bytes object (borrowed). @public */
export function PyCode_GetLocalsPlusKinds(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_localspluskinds);
}
/** co_name (borrowed). @public */
export function PyCode_GetName(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_name);
}
/** co_qualname (borrowed). @public */
export function PyCode_GetQualname(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_qualname);
}
/** co_filename (borrowed). @public */
export function PyCode_GetFilename(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_filename);
}
/** co_flags. @public */
export function PyCode_GetFlags(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_flags);
}
/** co_argcount. @public */
export function PyCode_GetArgcount(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_argcount);
}
/** co_posonlyargcount. @public */
export function PyCode_GetPosonlyargcount(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_posonlyargcount);
}
/** co_kwonlyargcount. @public */
export function PyCode_GetKwonlyargcount(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_kwonlyargcount);
}
/** co_stacksize. @public */
export function PyCode_GetStacksize(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_stacksize);
}
/** co_firstlineno. @public */
export function PyCode_GetFirstLineno(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_firstlineno);
}
/** co_nlocalsplus: locals + cells + frees (CPython's co_nlocalsplus). @public */
export function _PyCode_NLocalsPlus(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_nlocalsplus);
}
/** co_nlocals. @public */
export function PyCode_GetNlocals(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_nlocals);
}
/** co_ncellvars. @public */
export function PyCode_GetNCellvars(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_ncellvars);
}
/** co_nfreevars. @public */
export function PyCode_GetNFreevars(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_nfreevars);
}

/**
 * Slots a frame of `code` needs: localsplus then the value stack (co_framesize).
 * NON-CPYTHON: CPython adds FRAME_SPECIALS_SIZE for the frame header; the frame layout here is
 * the eval loop's to add.
 * @public
 */
export function _PyCode_FrameSize(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_framesize);
}

/** Number of instruction words (Py_SIZE of the code object). @public */
export function PyCode_NumInstructions(interp: InterpreterState, code: number): number {
  return field(interp, code, OB_SIZE);
}

/** Instruction word `i` (`opcode | oparg << 8`). @public */
export function PyCode_Instruction(interp: InterpreterState, code: number, i: number): number {
  return interp.views.i32[((code + CO_CODE_OFFSET) >> 2) + i];
}

/** Number of exception table entries. @public */
export function PyCode_NumExceptionEntries(interp: InterpreterState, code: number): number {
  return field(interp, code, O.co_nexceptions);
}

/**
 * Word index in `interp.views.i32` of exception table entry `k` of `code`: start, end, target,
 * depth, lasti (0/1) follow.
 * @public
 */
export function PyCode_ExceptionEntryWord(interp: InterpreterState, code: number, k: number): number {
  return (code >> 2) + field(interp, code, O.co_exceptiontable) + k * CO_EXCEPTION_ENTRY_WORDS;
}

/**
 * The handler entry covering instruction `i` (CPython's get_exception_handler): its word index
 * as for PyCode_ExceptionEntryWord, or -1 if none covers it.
 * @public
 */
export function _PyCode_FindHandlerWord(interp: InterpreterState, code: number, i: number): number {
  const i32 = interp.views.i32;
  const n = i32[(code + O.co_nexceptions) >> 2];
  let p = (code >> 2) + i32[(code + O.co_exceptiontable) >> 2];
  for (let k = 0; k < n; k++, p += CO_EXCEPTION_ENTRY_WORDS) {
    if (i >= i32[p] && i < i32[p + 1]) return p;
  }
  return -1;
}

/** The source line of instruction index `i`, -1 if it has none (CPython's PyCode_Addr2Line, by instruction). @public */
export function PyCode_Addr2Line(interp: InterpreterState, code: number, i: number): number {
  const i32 = interp.views.i32;
  if (i < 0 || i >= i32[(code + OB_SIZE) >> 2]) return -1;
  return i32[(code >> 2) + i32[(code + O.co_linetable) >> 2] + i];
}

/** The address CPython would print for `h`. @internal */
export function objectAddress(h: number): string {
  return `0x${(h < 0 ? -h : h).toString(16).padStart(8, '0')}`;
}

/** repr() of a code object: `<code object f at 0x..., file "x.py", line 1>`. @internal */
export function codeRepr(interp: InterpreterState, code: number): string {
  const name = PyUnicode_AsString(interp, PyCode_GetName(interp, code));
  const file = PyUnicode_AsString(interp, PyCode_GetFilename(interp, code));
  return `<code object ${name} at ${objectAddress(code)}, file "${file}", line ${PyCode_GetFirstLineno(interp, code)}>`;
}
