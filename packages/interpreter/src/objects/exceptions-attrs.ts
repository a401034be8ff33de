// The exception types' Python surface (CPython's Objects/exceptions.c): BaseException.__new__
// and __init__ for every builtin exception type (each kind's own argument rules: StopIteration's
// value, SystemExit's code, ImportError's name=/path=, OSError's errno/strerror/filename and its
// errno → subclass mapping, SyntaxError's location tuple, the Unicode errors' five arguments,
// NameError's name=, AttributeError's name=/obj=, BaseExceptionGroup's checks), their str(), the
// attributes (`args`, `__traceback__`, `__context__`, `__cause__`, `__suppress_context__` and
// each kind's fields) and the methods (`with_traceback`, `add_note`, `derive`, `split`,
// `subgroup`). Layouts in exceptions.layout.ts; the error indicator stays in exceptions.ts.

import { PY_BASE_EXCEPTION_OBJECT, Py_TPFLAGS_BASE_EXC_SUBCLASS, STATIC_TYPES, TUPLE_OB_ITEM } from '@pergil/runtime-state';
import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PyObject_GetIter, PyIter_Next } from './iterobject.js';
import {
  PyErr_GivenExceptionMatches,
  PyErr_Occurred,
  PyException_GetArgs,
  PyException_SetCause,
  PyException_SetContext,
  PyException_SetTraceback,
  PyType_IsSubtype,
  exceptionRepr,
  exceptionStr,
  raise,
} from './exceptions.js';
import {
  PY_ATTRIBUTE_ERROR_OBJECT,
  PY_BASE_EXCEPTION_GROUP_OBJECT,
  PY_IMPORT_ERROR_OBJECT,
  PY_NAME_ERROR_OBJECT,
  PY_OS_ERROR_OBJECT,
  PY_STOP_ITERATION_OBJECT,
  PY_SYNTAX_ERROR_OBJECT,
  PY_SYSTEM_EXIT_OBJECT,
  PY_UNICODE_ERROR_OBJECT,
} from './exceptions.layout.js';
import { PyList_Append, PyList_New, listLength, PyList_GET_ITEM } from './listobject.js';
import { PyLong_AsBigInt } from './longobject.js';
import type { PyGetSetDef, PyMethodDef } from './methoddef.js';
import { METH_NOARGS, METH_O } from './methoddef.js';
import {
  PyExceptionInstance_Check,
  PyLong_Check,
  PyObject_IsTrue,
  Py_DECREF,
  Py_INCREF,
  Py_TYPE,
  Py_TYPE_NAME,
  _PyObject_GC_New,
  _PyObject_ReprString,
  _PyObject_StrString,
  staticIndexOf,
  typeFlags,
  typeName,
} from './object.js';
import { PyTuple_GET_ITEM, PyTuple_New, PyTuple_SET_ITEM, tupleLength } from './tupleobject.js';
import { PyUnicode_AsString, PyUnicode_FromString, PyUnicode_InternFromString, unicodeLength, unicodeReadChar } from './unicodeobject.js';
import { PyBytes_AsUint8Array, bytesLength } from './bytesobject.js';
import { PyDict_GetItemWithError, PyDict_SetItem } from './dictobject.js';
import { PyType_GetMro, _PyObject_GetInstanceDict, _PyType_LookupString } from './typeobject.js';
import { PyCallable_Check, PyObject_CallOneArg, _PyObject_CallMethod } from './call.js';
import { PyTuple_Pack } from './tupleobject.js';

const BE = PY_BASE_EXCEPTION_OBJECT.offsetBytes;
const SI = PY_STOP_ITERATION_OBJECT.offsetBytes;
const SE = PY_SYSTEM_EXIT_OBJECT.offsetBytes;
const IE = PY_IMPORT_ERROR_OBJECT.offsetBytes;
const OE = PY_OS_ERROR_OBJECT.offsetBytes;
const SY = PY_SYNTAX_ERROR_OBJECT.offsetBytes;
const UE = PY_UNICODE_ERROR_OBJECT.offsetBytes;
const NE = PY_NAME_ERROR_OBJECT.offsetBytes;
const AE = PY_ATTRIBUTE_ERROR_OBJECT.offsetBytes;
const EG = PY_BASE_EXCEPTION_GROUP_OBJECT.offsetBytes;

// ---- kinds ----------------------------------------------------------------------------------

/** Which of CPython's exception structs (and argument rules) a type's instances use. @internal */
export const enum ExcKind {
  Base,
  KeyError,
  StopIteration,
  SystemExit,
  ImportError,
  OSError,
  SyntaxError,
  UnicodeEncodeError,
  UnicodeDecodeError,
  UnicodeTranslateError,
  NameError,
  AttributeError,
  BaseExceptionGroup,
}

/** The kind each named type introduces; its subclasses inherit it. */
const KIND_BY_NAME: Readonly<Record<string, ExcKind | undefined>> = Object.freeze({
  KeyError: ExcKind.KeyError,
  StopIteration: ExcKind.StopIteration,
  SystemExit: ExcKind.SystemExit,
  ImportError: ExcKind.ImportError,
  OSError: ExcKind.OSError,
  SyntaxError: ExcKind.SyntaxError,
  UnicodeEncodeError: ExcKind.UnicodeEncodeError,
  UnicodeDecodeError: ExcKind.UnicodeDecodeError,
  UnicodeTranslateError: ExcKind.UnicodeTranslateError,
  NameError: ExcKind.NameError,
  AttributeError: ExcKind.AttributeError,
  BaseExceptionGroup: ExcKind.BaseExceptionGroup,
});

const SIZE_BY_KIND: readonly number[] = Object.freeze([
  PY_BASE_EXCEPTION_OBJECT.sizeBytes,
  PY_BASE_EXCEPTION_OBJECT.sizeBytes,
  PY_STOP_ITERATION_OBJECT.sizeBytes,
  PY_SYSTEM_EXIT_OBJECT.sizeBytes,
  PY_IMPORT_ERROR_OBJECT.sizeBytes,
  PY_OS_ERROR_OBJECT.sizeBytes,
  PY_SYNTAX_ERROR_OBJECT.sizeBytes,
  PY_UNICODE_ERROR_OBJECT.sizeBytes,
  PY_UNICODE_ERROR_OBJECT.sizeBytes,
  PY_UNICODE_ERROR_OBJECT.sizeBytes,
  PY_NAME_ERROR_OBJECT.sizeBytes,
  PY_ATTRIBUTE_ERROR_OBJECT.sizeBytes,
  PY_BASE_EXCEPTION_GROUP_OBJECT.sizeBytes,
]);

function kindOfStaticName(name: string): ExcKind {
  const byName = new Map(STATIC_TYPES.map((t) => [t.name, t]));
  for (let at: string | null = name; at !== null; at = byName.get(at)?.base ?? null) {
    const k = KIND_BY_NAME[at];
    if (k !== undefined) return k;
  }
  return ExcKind.Base;
}

/** The kind of every static type by static index (Base for non-exceptions): frozen, code not state. */
const KIND_BY_STATIC_INDEX: readonly ExcKind[] = Object.freeze(STATIC_TYPES.map((t) => kindOfStaticName(t.name)));

/** The static exception type whose layout `type`'s instances have: itself, or for a heap type the first static exception type on its MRO. */
function staticExceptionBase(interp: InterpreterState, type: number): number {
  if (type < 0) return type;
  const mro = PyType_GetMro(interp, type);
  const n = tupleLength(interp, mro);
  for (let i = 0; i < n; i++) {
    const t = PyTuple_GET_ITEM(interp, mro, i);
    if (t < 0 && (typeFlags(interp, t) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0) return t;
  }
  return interp.types.BaseException;
}

/** The kind of the exception type `type` (static or heap). @internal */
export function exceptionKind(interp: InterpreterState, type: number): ExcKind {
  return KIND_BY_STATIC_INDEX[staticIndexOf(interp, staticExceptionBase(interp, type))];
}

/** Bytes of an instance of the exception type `type` (GC prefix excluded): its kind's layout. @public */
export function exceptionSizeBytes(interp: InterpreterState, type: number): number {
  return SIZE_BY_KIND[exceptionKind(interp, type)];
}

// ---- small helpers --------------------------------------------------------------------------

/** The handle field at byte `offset` of `exc` as a new reference, None for NULL. */
function getField(tstate: ThreadState, exc: number, offset: number): number {
  const interp = tstate.interp;
  const v = interp.views.i32[(exc + offset) >> 2];
  const r = v === 0 ? interp.runtime.immortalNone : v;
  Py_INCREF(interp, r);
  return r;
}

/** Stores `value` (borrowed; 0 for NULL) in the handle field at byte `offset` of `exc`. */
function setField(interp: InterpreterState, exc: number, offset: number, value: number): void {
  Py_INCREF(interp, value);
  const old = interp.views.i32[(exc + offset) >> 2];
  interp.views.i32[(exc + offset) >> 2] = value;
  Py_DECREF(interp, old);
}

function argAt(interp: InterpreterState, argsWord: number, i: number): number {
  return interp.views.i32[argsWord + i];
}

/** A tuple of the `nargs` handles at `argsWord`; NULL with MemoryError set. */
function tupleFromWords(tstate: ThreadState, argsWord: number, nargs: number): number {
  const t = PyTuple_New(tstate, nargs);
  if (t === 0 || nargs === 0) return t;
  const interp = tstate.interp;
  for (let i = 0; i < nargs; i++) {
    const v = argAt(interp, argsWord, i);
    Py_INCREF(interp, v);
    PyTuple_SET_ITEM(interp, t, i, v);
  }
  return t;
}

function noKeywords(tstate: ThreadState, self: number, kwnames: number): boolean {
  const interp = tstate.interp;
  if (kwnames === 0 || tupleLength(interp, kwnames) === 0) return true;
  raise(tstate, 'TypeError', `${Py_TYPE_NAME(interp, self)}() takes no keyword arguments`);
  return false;
}

/** Replaces the args tuple of `exc` with `args` (borrowed). */
function setArgs(interp: InterpreterState, exc: number, args: number): void {
  setField(interp, exc, BE.args, args);
}

// ---- __new__ --------------------------------------------------------------------------------

/** OSError(errno, …) → the subclass CPython picks for the errno (Objects/exceptions.c's errnomap, Linux values). */
const ERRNO_SUBCLASS: Readonly<Record<number, string | undefined>> = Object.freeze({
  1: 'PermissionError', // EPERM
  2: 'FileNotFoundError', // ENOENT
  3: 'ProcessLookupError', // ESRCH
  4: 'InterruptedError', // EINTR
  10: 'ChildProcessError', // ECHILD
  11: 'BlockingIOError', // EAGAIN
  13: 'PermissionError', // EACCES
  17: 'FileExistsError', // EEXIST
  20: 'NotADirectoryError', // ENOTDIR
  21: 'IsADirectoryError', // EISDIR
  32: 'BrokenPipeError', // EPIPE
  104: 'ConnectionResetError', // ECONNRESET
  103: 'ConnectionAbortedError', // ECONNABORTED
  108: 'BrokenPipeError', // ESHUTDOWN
  110: 'TimeoutError', // ETIMEDOUT
  111: 'ConnectionRefusedError', // ECONNREFUSED
  114: 'BlockingIOError', // EALREADY
  115: 'BlockingIOError', // EINPROGRESS
});

/**
 * An instance of `type` with the args tuple `args` (borrowed) and every other field NULL
 * (CPython's BaseException_new). NULL with MemoryError set.
 */
function baseExceptionAlloc(tstate: ThreadState, type: number, args: number): number {
  const interp = tstate.interp;
  const size = exceptionSizeBytes(interp, type);
  const h = _PyObject_GC_New(tstate, type, size);
  if (h === 0) return 0;
  interp.views.i32.fill(0, (h + 8) >> 2, (h + size) >> 2);
  Py_INCREF(interp, args);
  interp.views.i32[(h + BE.args) >> 2] = args;
  return h;
}

/**
 * BaseException.__new__ for every builtin exception type (tp_new; CPython's BaseException_new,
 * OSError_new with its errno → subclass mapping, BaseExceptionGroup_new with its checks): the
 * positional arguments become `args`; keywords are left to __init__. A new instance, or 0
 * with an exception set.
 * @public
 */
export function exceptionNew(tstate: ThreadState, type: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  // OSError refuses keywords in __new__, under the name of the type asked for (before the errno
  // mapping picks a subclass); the other kinds leave keywords to __init__.
  if (kwnames !== 0 && tupleLength(interp, kwnames) !== 0 && exceptionKind(interp, type) === ExcKind.OSError) {
    return raise(tstate, 'TypeError', `${typeName(interp, type)}() takes no keyword arguments`);
  }
  return exceptionNewImpl(tstate, type, argsWord, nargs, 0);
}

/** exceptionNew with the args tuple already made (`args`, borrowed), or 0 to make it from the words. */
function exceptionNewImpl(tstate: ThreadState, type: number, argsWord: number, nargs: number, args: number): number {
  const interp = tstate.interp;
  const kind = exceptionKind(interp, type);
  if (kind === ExcKind.BaseExceptionGroup) return exceptionGroupNew(tstate, type, argsWord, nargs);
  if (kind === ExcKind.OSError && type === interp.runtime.staticType('OSError') && nargs >= 2 && nargs <= 5) {
    const errno = argAt(interp, argsWord, 0);
    if (PyLong_Check(interp, errno)) {
      const sub = ERRNO_SUBCLASS[Number(PyLong_AsBigInt(interp, errno))];
      if (sub !== undefined) type = interp.runtime.staticType(sub);
    }
  }
  if (args !== 0) return baseExceptionAlloc(tstate, type, args);
  args = tupleFromWords(tstate, argsWord, nargs);
  if (args === 0) return 0;
  const h = baseExceptionAlloc(tstate, type, args);
  Py_DECREF(interp, args);
  return h;
}

/**
 * type(*args) for an exception type given an args tuple (borrowed): __new__ then __init__
 * (what PyErr_SetObject and the C code raise with). A new instance, or 0 with an exception set.
 * @public
 */
export function exceptionFromArgs(tstate: ThreadState, type: number, args: number): number {
  const interp = tstate.interp;
  const n = tupleLength(interp, args);
  // The words of () may be in the runtime heap: no argument word is read when n is 0.
  const word = n === 0 ? 0 : (args + TUPLE_OB_ITEM) >> 2;
  Py_INCREF(interp, args);
  let h = exceptionNewImpl(tstate, type, word, n, args);
  if (h !== 0 && exceptionInitImpl(tstate, h, word, n, 0, args) < 0) {
    Py_DECREF(interp, h);
    h = 0;
  }
  Py_DECREF(interp, args);
  return h;
}

// ---- __init__ -------------------------------------------------------------------------------

/** Parses keyword-only arguments `names` for `fname`() (CPython's "|$OO:fname" format): values by name, or null with TypeError set. */
function keywordOnly(tstate: ThreadState, fname: string, argsWord: number, nargs: number, kwnames: number, names: readonly string[]): number[] | null {
  const interp = tstate.interp;
  const out = names.map(() => 0);
  const nkw = kwnames === 0 ? 0 : tupleLength(interp, kwnames);
  for (let k = 0; k < nkw; k++) {
    const key = PyUnicode_AsString(interp, PyTuple_GET_ITEM(interp, kwnames, k));
    const at = names.indexOf(key);
    if (at < 0) {
      raise(tstate, 'TypeError', `'${key}' is an invalid keyword argument for ${fname}()`);
      return null;
    }
    out[at] = argAt(interp, argsWord, nargs + k);
  }
  return out;
}

/**
 * BaseException.__init__ and every kind's own (tp_init; CPython's BaseException_init,
 * StopIteration_init, SystemExit_init, ImportError_init, OSError_init, SyntaxError_init,
 * UnicodeEncodeError_init, UnicodeDecodeError_init, UnicodeTranslateError_init,
 * NameError_init, AttributeError_init, BaseExceptionGroup_init): 0, or -1 with an exception set.
 * NON-CPYTHON: the kind follows the instance's type, so `BaseException.__init__(stop, v)` on a
 * StopIteration also sets its value.
 * @public
 */
export function exceptionInit(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number): number {
  return exceptionInitImpl(tstate, self, argsWord, nargs, kwnames, 0);
}

/** exceptionInit with the args tuple already made (`argsTuple`, borrowed), or 0 to make it from the words. */
function exceptionInitImpl(tstate: ThreadState, self: number, argsWord: number, nargs: number, kwnames: number, argsTuple: number): number {
  const interp = tstate.interp;
  const kind = exceptionKind(interp, Py_TYPE(interp, self));
  let kw: number[] | null = [];
  if (kind === ExcKind.ImportError) kw = keywordOnly(tstate, 'ImportError', argsWord, nargs, kwnames, ['name', 'path']);
  else if (kind === ExcKind.NameError) kw = keywordOnly(tstate, 'NameError', argsWord, nargs, kwnames, ['name']);
  else if (kind === ExcKind.AttributeError) kw = keywordOnly(tstate, 'AttributeError', argsWord, nargs, kwnames, ['name', 'obj']);
  else if (!noKeywords(tstate, self, kwnames)) return -1;
  if (kw === null) return -1;
  const args = argsTuple !== 0 ? argsTuple : tupleFromWords(tstate, argsWord, nargs);
  if (args === 0) return -1;
  if (interp.views.i32[(self + BE.args) >> 2] !== args) setArgs(interp, self, args);
  if (argsTuple === 0) Py_DECREF(interp, args); // self holds it now
  const first = nargs > 0 ? argAt(interp, argsWord, 0) : 0;
  switch (kind) {
    case ExcKind.StopIteration:
      setField(interp, self, SI.value, nargs > 0 ? first : interp.runtime.immortalNone);
      return 0;
    case ExcKind.SystemExit:
      setField(interp, self, SE.code, nargs === 0 ? interp.runtime.immortalNone : nargs === 1 ? first : args);
      return 0;
    case ExcKind.ImportError:
      setField(interp, self, IE.name, kw[0]);
      setField(interp, self, IE.path, kw[1]);
      setField(interp, self, IE.msg, nargs === 1 ? first : 0);
      return 0;
    case ExcKind.NameError:
      setField(interp, self, NE.name, kw[0]);
      return 0;
    case ExcKind.AttributeError:
      setField(interp, self, AE.name, kw[0]);
      setField(interp, self, AE.obj, kw[1]);
      return 0;
    case ExcKind.OSError:
      return osErrorInit(tstate, self, argsWord, nargs);
    case ExcKind.SyntaxError:
      return syntaxErrorInit(tstate, self, argsWord, nargs);
    case ExcKind.UnicodeEncodeError:
    case ExcKind.UnicodeDecodeError:
    case ExcKind.UnicodeTranslateError:
      return unicodeErrorInit(tstate, self, kind, argsWord, nargs);
    default:
      return 0;
  }
}

/** OSError(errno, strerror[, filename[, winerror[, filename2]]]) (CPython's oserror_parse_args + oserror_init). */
function osErrorInit(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  for (const f of [OE.myerrno, OE.strerror, OE.filename, OE.filename2]) setField(interp, self, f, 0);
  if (nargs < 2 || nargs > 5) return 0;
  setField(interp, self, OE.myerrno, argAt(interp, argsWord, 0));
  setField(interp, self, OE.strerror, argAt(interp, argsWord, 1));
  const filename = nargs >= 3 ? argAt(interp, argsWord, 2) : 0;
  if (filename !== 0 && filename !== interp.runtime.immortalNone) {
    setField(interp, self, OE.filename, filename);
    if (nargs >= 5) setField(interp, self, OE.filename2, argAt(interp, argsWord, 4));
    // With a filename, args keeps only (errno, strerror), as CPython's.
    const two = tupleFromWords(tstate, argsWord, 2);
    if (two === 0) return -1;
    setArgs(interp, self, two);
    Py_DECREF(interp, two);
  }
  return 0;
}

/** SyntaxError(msg[, (filename, lineno, offset, text[, end_lineno, end_offset])]) (CPython's SyntaxError_init). */
function syntaxErrorInit(tstate: ThreadState, self: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  if (nargs >= 1) setField(interp, self, SY.msg, argAt(interp, argsWord, 0));
  if (nargs !== 2) return 0;
  const info = sequenceToTuple(tstate, argAt(interp, argsWord, 1));
  if (info === 0) return -1;
  const n = tupleLength(interp, info);
  if (n < 4 || n > 6) {
    Py_DECREF(interp, info);
    raise(tstate, 'TypeError', n < 4 ? `function takes at least 4 arguments (${n} given)` : `function takes at most 6 arguments (${n} given)`);
    return -1;
  }
  const fields = [SY.filename, SY.lineno, SY.offset, SY.text, SY.end_lineno, SY.end_offset];
  for (let i = 0; i < fields.length; i++) setField(interp, self, fields[i], i < n ? PyTuple_GET_ITEM(interp, info, i) : 0);
  Py_DECREF(interp, info);
  return 0;
}

/** UnicodeEncodeError(encoding, object, start, end, reason) and kin (CPython's "UOnnU" / "UnnU" parsing). */
function unicodeErrorInit(tstate: ThreadState, self: number, kind: ExcKind, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  const translate = kind === ExcKind.UnicodeTranslateError;
  const want = translate ? 4 : 5;
  if (nargs !== want) {
    raise(tstate, 'TypeError', `function takes exactly ${want} arguments (${nargs} given)`);
    return -1;
  }
  const a = (i: number): number => argAt(interp, argsWord, i);
  const at = translate ? -1 : 0;
  const str = interp.types.str;
  if (!translate && Py_TYPE(interp, a(0)) !== str) {
    raise(tstate, 'TypeError', `argument 1 must be str, not ${Py_TYPE_NAME(interp, a(0))}`);
    return -1;
  }
  const object = a(at + 1);
  if (kind === ExcKind.UnicodeDecodeError) {
    if (Py_TYPE(interp, object) !== interp.types.bytes) {
      raise(tstate, 'TypeError', `a bytes-like object is required, not '${Py_TYPE_NAME(interp, object)}'`);
      return -1;
    }
  } else if (Py_TYPE(interp, object) !== str) {
    raise(tstate, 'TypeError', `argument ${at + 2} must be str, not ${Py_TYPE_NAME(interp, object)}`);
    return -1;
  }
  for (const i of [at + 2, at + 3]) {
    if (!PyLong_Check(interp, a(i))) {
      raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, a(i))}' object cannot be interpreted as an integer`);
      return -1;
    }
  }
  if (Py_TYPE(interp, a(at + 4)) !== str) {
    raise(tstate, 'TypeError', `argument ${at + 5} must be str, not ${Py_TYPE_NAME(interp, a(at + 4))}`);
    return -1;
  }
  setField(interp, self, UE.encoding, translate ? 0 : a(0));
  setField(interp, self, UE.object, object);
  setField(interp, self, UE.start, a(at + 2));
  setField(interp, self, UE.end, a(at + 3));
  setField(interp, self, UE.reason, a(at + 4));
  return 0;
}

/** tuple(seq) for a list or tuple argument, else through iteration (CPython's PySequence_Tuple). */
function sequenceToTuple(tstate: ThreadState, seq: number): number {
  const interp = tstate.interp;
  if (Py_TYPE(interp, seq) === interp.types.tuple) {
    Py_INCREF(interp, seq);
    return seq;
  }
  const list = PyList_New(tstate, 0);
  if (list === 0) return 0;
  const it = PyObject_GetIter(tstate, seq);
  if (it === 0) {
    Py_DECREF(interp, list);
    return 0;
  }
  for (;;) {
    const item = PyIter_Next(tstate, it);
    if (item === 0) break;
    const r = PyList_Append(tstate, list, item);
    Py_DECREF(interp, item);
    if (r < 0) break;
  }
  Py_DECREF(interp, it);
  if (PyErr_Occurred(tstate) !== 0) {
    Py_DECREF(interp, list);
    return 0;
  }
  const n = listLength(interp, list);
  const t = PyTuple_New(tstate, n);
  if (t !== 0) {
    for (let i = 0; i < n; i++) {
      const v = PyList_GET_ITEM(interp, list, i);
      Py_INCREF(interp, v);
      PyTuple_SET_ITEM(interp, t, i, v);
    }
  }
  Py_DECREF(interp, list);
  return t;
}

// ---- str() ----------------------------------------------------------------------------------

/** `%S` of a field: str() of it, 'None' for NULL; null with an exception set. */
function fieldStr(tstate: ThreadState, exc: number, offset: number): string | null {
  const v = tstate.interp.views.i32[(exc + offset) >> 2];
  return v === 0 ? 'None' : _PyObject_StrString(tstate, v);
}

/** `%R` of a field; null with an exception set. */
function fieldRepr(tstate: ThreadState, exc: number, offset: number): string | null {
  const v = tstate.interp.views.i32[(exc + offset) >> 2];
  return v === 0 ? 'None' : _PyObject_ReprString(tstate, v);
}

function isInt(interp: InterpreterState, h: number): boolean {
  return h !== 0 && PyLong_Check(interp, h);
}

/**
 * str(exc) for the kinds whose str is not BaseException's (CPython's KeyError_str,
 * ImportError_str, OSError_str, SyntaxError_str, the Unicode errors' str,
 * BaseExceptionGroup_str): the text, null with an exception set, or undefined for "use
 * BaseException's".
 * @internal
 */
export function exceptionKindStr(tstate: ThreadState, exc: number): string | null | undefined {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  switch (exceptionKind(interp, Py_TYPE(interp, exc))) {
    case ExcKind.KeyError: {
      const args = PyException_GetArgs(interp, exc);
      return tupleLength(interp, args) === 1 ? _PyObject_ReprString(tstate, PyTuple_GET_ITEM(interp, args, 0)) : undefined;
    }
    case ExcKind.ImportError:
      return i32[(exc + IE.msg) >> 2] !== 0 && i32[(exc + IE.msg) >> 2] !== interp.runtime.immortalNone ? fieldStr(tstate, exc, IE.msg) : undefined;
    case ExcKind.OSError: {
      const errno = () => fieldStr(tstate, exc, OE.myerrno);
      const strerror = () => fieldStr(tstate, exc, OE.strerror);
      if (i32[(exc + OE.filename) >> 2] !== 0) {
        const parts = [errno(), strerror(), fieldRepr(tstate, exc, OE.filename)];
        if (i32[(exc + OE.filename2) >> 2] !== 0) parts.push(fieldRepr(tstate, exc, OE.filename2));
        if (parts.includes(null)) return null;
        const tail = parts.length === 4 ? ` -> ${parts[3]}` : '';
        return `[Errno ${parts[0]}] ${parts[1]}: ${parts[2]}${tail}`;
      }
      if (i32[(exc + OE.myerrno) >> 2] !== 0 && i32[(exc + OE.strerror) >> 2] !== 0) {
        const e = errno();
        const s = e === null ? null : strerror();
        return s === null ? null : `[Errno ${e}] ${s}`;
      }
      return undefined;
    }
    case ExcKind.SyntaxError:
      return syntaxErrorStr(tstate, exc);
    case ExcKind.UnicodeEncodeError:
    case ExcKind.UnicodeDecodeError:
    case ExcKind.UnicodeTranslateError:
      return unicodeErrorStr(tstate, exc);
    case ExcKind.BaseExceptionGroup: {
      const msg = fieldStr(tstate, exc, EG.msg);
      if (msg === null) return null;
      const n = tupleLength(interp, i32[(exc + EG.excs) >> 2]);
      return `${msg} (${n} sub-exception${n > 1 ? 's' : ''})`;
    }
    default:
      return undefined;
  }
}

/** SyntaxError's str: "msg (file.py, line 3)" with the file's basename (CPython's SyntaxError_str). */
function syntaxErrorStr(tstate: ThreadState, exc: number): string | null {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const fn = i32[(exc + SY.filename) >> 2];
  const lineno = i32[(exc + SY.lineno) >> 2];
  const filename = fn !== 0 && Py_TYPE(interp, fn) === interp.types.str ? basename(PyUnicode_AsString(interp, fn)) : null;
  const haveLineno = lineno !== 0 && Py_TYPE(interp, lineno) === interp.types.int;
  const msg = fieldStr(tstate, exc, SY.msg);
  if (msg === null) return null;
  if (filename === null && !haveLineno) return msg;
  const line = haveLineno ? PyLong_AsBigInt(interp, lineno).toString() : '';
  if (filename !== null && haveLineno) return `${msg} (${filename}, line ${line})`;
  if (filename !== null) return `${msg} (${filename})`;
  return `${msg} (line ${line})`;
}

/** The part of a path after its last '/' (CPython's my_basename). */
function basename(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? path : path.slice(at + 1);
}

/** `\xe9`, `\u1234`, `\U0001f600`: how the Unicode errors show one character. */
function charEscape(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/** The Unicode errors' str (CPython's UnicodeEncodeError_str, UnicodeDecodeError_str, UnicodeTranslateError_str). */
function unicodeErrorStr(tstate: ThreadState, exc: number): string | null {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const object = i32[(exc + UE.object) >> 2];
  if (object === 0) return '';
  const kind = exceptionKind(interp, Py_TYPE(interp, exc));
  const reason = fieldStr(tstate, exc, UE.reason);
  const encoding = kind === ExcKind.UnicodeTranslateError ? '' : fieldStr(tstate, exc, UE.encoding);
  if (reason === null || encoding === null) return null;
  const startH = i32[(exc + UE.start) >> 2];
  const endH = i32[(exc + UE.end) >> 2];
  const start = isInt(interp, startH) ? Number(PyLong_AsBigInt(interp, startH)) : 0;
  const end = isInt(interp, endH) ? Number(PyLong_AsBigInt(interp, endH)) : 0;
  if (kind === ExcKind.UnicodeDecodeError) {
    if (start >= 0 && start < bytesLength(interp, object) && end === start + 1) {
      const byte = PyBytes_AsUint8Array(interp, object)[start];
      return `'${encoding}' codec can't decode byte 0x${byte.toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const verb = kind === ExcKind.UnicodeEncodeError ? 'encode' : 'translate';
  const who = kind === ExcKind.UnicodeEncodeError ? `'${encoding}' codec can't` : "can't";
  if (start >= 0 && start < unicodeLength(interp, object) && end === start + 1) {
    return `${who} ${verb} character '${charEscape(unicodeReadChar(interp, object, start))}' in position ${start}: ${reason}`;
  }
  return `${who} ${verb} characters in position ${start}-${end - 1}: ${reason}`;
}

// ---- attributes -----------------------------------------------------------------------------

/** A read-write attribute over a handle field (CPython's T_OBJECT member): NULL reads as None. */
function member(name: string, offset: number, doc: string): PyGetSetDef {
  return Object.freeze({
    name,
    get: (tstate: ThreadState, self: number): number => getField(tstate, self, offset),
    set: (tstate: ThreadState, self: number, value: number): number => {
      setField(tstate.interp, self, offset, value);
      return 0;
    },
    doc,
  });
}

/** A read-only attribute over a handle field (CPython's READONLY member). */
function readonlyMember(name: string, offset: number, doc: string): PyGetSetDef {
  return Object.freeze({ name, get: (tstate: ThreadState, self: number): number => getField(tstate, self, offset), doc });
}

function mayNotBeDeleted(tstate: ThreadState, name: string): number {
  raise(tstate, 'TypeError', `${name} may not be deleted`);
  return -1;
}

function argsGet(tstate: ThreadState, self: number): number {
  return getField(tstate, self, BE.args);
}

/** `e.args = seq` stores tuple(seq) (CPython's BaseException_set_args). */
function argsSet(tstate: ThreadState, self: number, value: number): number {
  if (value === 0) return mayNotBeDeleted(tstate, 'args');
  const t = sequenceToTuple(tstate, value);
  if (t === 0) return -1;
  setArgs(tstate.interp, self, t);
  Py_DECREF(tstate.interp, t);
  return 0;
}

function tracebackGet(tstate: ThreadState, self: number): number {
  return getField(tstate, self, BE.traceback);
}

function tracebackSet(tstate: ThreadState, self: number, value: number): number {
  if (value === 0) return mayNotBeDeleted(tstate, '__traceback__');
  return PyException_SetTraceback(tstate, self, value);
}

function contextGet(tstate: ThreadState, self: number): number {
  return getField(tstate, self, BE.context);
}

/** `e.__context__ = x`: None or an exception (CPython's BaseException_set_context). */
function contextSet(tstate: ThreadState, self: number, value: number): number {
  const interp = tstate.interp;
  if (value === 0) return mayNotBeDeleted(tstate, '__context__');
  if (value === interp.runtime.immortalNone) value = 0;
  else if (!PyExceptionInstance_Check(interp, value)) {
    raise(tstate, 'TypeError', 'exception context must be None or derive from BaseException');
    return -1;
  }
  Py_INCREF(interp, value);
  PyException_SetContext(interp, self, value);
  return 0;
}

function causeGet(tstate: ThreadState, self: number): number {
  return getField(tstate, self, BE.cause);
}

/** `e.__cause__ = x`: None or an exception; sets __suppress_context__ (CPython's BaseException_set_cause). */
function causeSet(tstate: ThreadState, self: number, value: number): number {
  const interp = tstate.interp;
  if (value === 0) return mayNotBeDeleted(tstate, '__cause__');
  if (value === interp.runtime.immortalNone) value = 0;
  else if (!PyExceptionInstance_Check(interp, value)) {
    raise(tstate, 'TypeError', 'exception cause must be None or derive from BaseException');
    return -1;
  }
  Py_INCREF(interp, value);
  PyException_SetCause(interp, self, value);
  return 0;
}

function suppressContextGet(tstate: ThreadState, self: number): number {
  const rt = tstate.interp.runtime;
  return tstate.interp.views.i32[(self + BE.suppress_context) >> 2] !== 0 ? rt.immortalTrue : rt.immortalFalse;
}

/** `e.__suppress_context__ = b` (CPython's T_BOOL member: a bool only). */
function suppressContextSet(tstate: ThreadState, self: number, value: number): number {
  const interp = tstate.interp;
  if (value === 0) {
    raise(tstate, 'TypeError', "can't delete numeric/char attribute");
    return -1;
  }
  if (value !== interp.runtime.immortalTrue && value !== interp.runtime.immortalFalse) {
    raise(tstate, 'TypeError', 'attribute value type must be bool');
    return -1;
  }
  interp.views.i32[(self + BE.suppress_context) >> 2] = value === interp.runtime.immortalTrue ? 1 : 0;
  return 0;
}

/** BaseException's attributes. @public */
export const BASE_EXCEPTION_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  Object.freeze({ name: 'args', get: argsGet, set: argsSet }),
  Object.freeze({ name: '__traceback__', get: tracebackGet, set: tracebackSet }),
  Object.freeze({ name: '__context__', get: contextGet, set: contextSet, doc: 'exception context' }),
  Object.freeze({ name: '__cause__', get: causeGet, set: causeSet, doc: 'exception cause' }),
  Object.freeze({ name: '__suppress_context__', get: suppressContextGet, set: suppressContextSet }),
]);

/** StopIteration's attributes. @public */
export const STOP_ITERATION_GETSETS: readonly PyGetSetDef[] = Object.freeze([member('value', SI.value, 'generator return value')]);
/** SystemExit's attributes. @public */
export const SYSTEM_EXIT_GETSETS: readonly PyGetSetDef[] = Object.freeze([member('code', SE.code, 'exception code')]);
/** ImportError's attributes. @public */
export const IMPORT_ERROR_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  member('msg', IE.msg, 'exception message'),
  member('name', IE.name, 'module name'),
  member('path', IE.path, 'module path'),
]);
/** OSError's attributes. @public */
export const OS_ERROR_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  member('errno', OE.myerrno, 'POSIX exception code'),
  member('strerror', OE.strerror, 'exception strerror'),
  member('filename', OE.filename, 'exception filename'),
  member('filename2', OE.filename2, 'second exception filename'),
]);
/** SyntaxError's attributes. @public */
export const SYNTAX_ERROR_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  member('msg', SY.msg, 'exception msg'),
  member('filename', SY.filename, 'exception filename'),
  member('lineno', SY.lineno, 'exception lineno'),
  member('offset', SY.offset, 'exception offset'),
  member('text', SY.text, 'exception text'),
  member('end_lineno', SY.end_lineno, 'exception end lineno'),
  member('end_offset', SY.end_offset, 'exception end offset'),
  member('print_file_and_line', SY.print_file_and_line, 'exception print_file_and_line'),
]);
/** The Unicode errors' attributes. @public */
export const UNICODE_ERROR_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  member('encoding', UE.encoding, 'exception encoding'),
  member('object', UE.object, 'exception object'),
  member('start', UE.start, 'exception start'),
  member('end', UE.end, 'exception end'),
  member('reason', UE.reason, 'exception reason'),
]);
/** NameError's attributes. @public */
export const NAME_ERROR_GETSETS: readonly PyGetSetDef[] = Object.freeze([member('name', NE.name, 'name')]);
/** AttributeError's attributes. @public */
export const ATTRIBUTE_ERROR_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  member('name', AE.name, 'attribute name'),
  member('obj', AE.obj, 'object'),
]);
/** BaseExceptionGroup's attributes. @public */
export const BASE_EXCEPTION_GROUP_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  readonlyMember('message', EG.msg, 'exception message'),
  readonlyMember('exceptions', EG.excs, 'nested exceptions'),
]);

// ---- methods --------------------------------------------------------------------------------

/** `e.with_traceback(tb)`: sets __traceback__, returns e (CPython's BaseException_with_traceback). */
function withTraceback(tstate: ThreadState, self: number, argsWord: number): number {
  const interp = tstate.interp;
  if (PyException_SetTraceback(tstate, self, interp.views.i32[argsWord]) < 0) return 0;
  Py_INCREF(interp, self);
  return self;
}

/** The instance dict key `__notes__` (interned). */
function notesKey(tstate: ThreadState): number {
  return PyUnicode_InternFromString(tstate, '__notes__');
}

/**
 * `e.add_note(note)`: appends to `e.__notes__`, made as a list on first use (CPython's
 * BaseException_add_note). NON-CPYTHON: `__notes__` is read and written in the instance dict
 * directly, not through getattr/setattr (a property named __notes__ on a subclass is ignored).
 */
function addNote(tstate: ThreadState, self: number, argsWord: number): number {
  const interp = tstate.interp;
  const note = interp.views.i32[argsWord];
  if (Py_TYPE(interp, note) !== interp.types.str) return raise(tstate, 'TypeError', `note must be a str, not '${Py_TYPE_NAME(interp, note)}'`);
  const dict = _PyObject_GetInstanceDict(tstate, self, true);
  if (dict === 0) return 0;
  const key = notesKey(tstate);
  if (key === 0) return 0;
  let notes = PyDict_GetItemWithError(tstate, dict, key);
  if (notes === 0) {
    if (PyErr_Occurred(tstate) !== 0) {
      Py_DECREF(interp, key);
      return 0;
    }
    notes = PyList_New(tstate, 0);
    if (notes === 0 || PyDict_SetItem(tstate, dict, key, notes) < 0) {
      Py_DECREF(interp, notes);
      Py_DECREF(interp, key);
      return 0;
    }
    Py_DECREF(interp, notes); // the dict holds it
  }
  Py_DECREF(interp, key);
  if (Py_TYPE(interp, notes) !== interp.types.list) return raise(tstate, 'TypeError', 'Cannot add note: __notes__ is not a list');
  // NON-CPYTHON: the list is also kept in the (otherwise unused) notes field, for readers of the
  // struct; `__notes__` itself is the instance dict's, as in CPython 3.11.
  setField(interp, self, BE.notes, notes);
  return PyList_Append(tstate, notes, note) < 0 ? 0 : interp.runtime.immortalNone;
}

/** `BaseException.__str__(e)` (for `super().__str__()` in a subclass): str() of the instance's kind. */
function strMethod(tstate: ThreadState, self: number): number {
  const s = exceptionStr(tstate, self);
  return s === null ? 0 : PyUnicode_FromString(tstate, s);
}

/** `BaseException.__repr__(e)`. */
function reprMethod(tstate: ThreadState, self: number): number {
  const s = exceptionRepr(tstate, self);
  return s === null ? 0 : PyUnicode_FromString(tstate, s);
}

/**
 * `exc.__notes__` as add_note keeps it — in the instance dict, as CPython 3.11 does (its
 * PyBaseExceptionObject.notes field stays unused) — borrowed, or 0 if there is none (no error
 * set). For PyErr_Display, which prints each note of a list after the message.
 * @public
 */
export function _PyException_GetNotes(tstate: ThreadState, exc: number): number {
  const dict = _PyObject_GetInstanceDict(tstate, exc, false);
  if (dict === 0) return 0;
  const key = notesKey(tstate);
  if (key === 0) return 0;
  const notes = PyDict_GetItemWithError(tstate, dict, key);
  Py_DECREF(tstate.interp, key);
  return notes;
}

/** BaseException's methods. @public */
export const BASE_EXCEPTION_METHODS: readonly PyMethodDef[] = Object.freeze([
  Object.freeze({ name: '__str__', meth: strMethod, flags: METH_NOARGS, doc: 'Return str(self).' }),
  Object.freeze({ name: '__repr__', meth: reprMethod, flags: METH_NOARGS, doc: 'Return repr(self).' }),
  Object.freeze({ name: 'with_traceback', meth: withTraceback, flags: METH_O, doc: 'Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.' }),
  Object.freeze({ name: 'add_note', meth: addNote, flags: METH_O, doc: 'Exception.add_note(note) --\n    add a note to the exception' }),
]);

// ---- BaseExceptionGroup ---------------------------------------------------------------------

/** True if `h` is a BaseExceptionGroup (or subclass) instance. */
function isExceptionGroup(interp: InterpreterState, h: number): boolean {
  return PyExceptionInstance_Check(interp, h) && exceptionKind(interp, Py_TYPE(interp, h)) === ExcKind.BaseExceptionGroup;
}

/** BaseExceptionGroup.__new__(cls, message, exceptions) (CPython's BaseExceptionGroup_new). */
function exceptionGroupNew(tstate: ThreadState, type: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  const rt = interp.runtime;
  if (nargs !== 2) return raise(tstate, 'TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${nargs} given)`);
  const message = argAt(interp, argsWord, 0);
  const seq = argAt(interp, argsWord, 1);
  if (Py_TYPE(interp, message) !== interp.types.str) {
    return raise(tstate, 'TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${Py_TYPE_NAME(interp, message)}`);
  }
  const st = Py_TYPE(interp, seq);
  const isSeq = st === interp.types.list || st === interp.types.tuple || (st > 0 && _PyTypeHasGetItem(tstate, st));
  if (!isSeq) return raise(tstate, 'TypeError', 'second argument (exceptions) must be a sequence');
  const excs = sequenceToTuple(tstate, seq);
  if (excs === 0) return 0;
  const n = tupleLength(interp, excs);
  let error: string | null = null;
  let errorType = 'ValueError';
  let nestedBase = false;
  if (n === 0) error = 'second argument (exceptions) must be a non-empty sequence';
  for (let i = 0; i < n && error === null; i++) {
    const e = PyTuple_GET_ITEM(interp, excs, i);
    if (!PyExceptionInstance_Check(interp, e)) error = `Item ${i} of second argument (exceptions) is not an exception`;
    else if (!PyType_IsSubtype(interp, Py_TYPE(interp, e), rt.staticType('Exception'))) nestedBase = true;
  }
  let cls = type;
  if (error === null) {
    if (type === rt.staticType('ExceptionGroup')) {
      if (nestedBase) {
        errorType = 'TypeError';
        error = 'Cannot nest BaseExceptions in an ExceptionGroup';
      }
    } else if (type === rt.staticType('BaseExceptionGroup')) {
      if (!nestedBase) cls = rt.staticType('ExceptionGroup');
    } else if (nestedBase && PyType_IsSubtype(interp, type, rt.staticType('Exception'))) {
      errorType = 'TypeError';
      error = `Cannot nest BaseExceptions in '${typeName(interp, type)}'`;
    }
  }
  if (error !== null) {
    Py_DECREF(interp, excs);
    return raise(tstate, errorType, error);
  }
  const args = tupleFromWords(tstate, argsWord, 2);
  const h = args === 0 ? 0 : baseExceptionAlloc(tstate, cls, args);
  Py_DECREF(interp, args);
  if (h === 0) {
    Py_DECREF(interp, excs);
    return 0;
  }
  Py_INCREF(interp, message);
  interp.views.i32[(h + EG.msg) >> 2] = message;
  interp.views.i32[(h + EG.excs) >> 2] = excs;
  return h;
}

/** Whether a heap type has `__getitem__` (the sequence check for an exception group's argument). */
function _PyTypeHasGetItem(tstate: ThreadState, type: number): boolean {
  return _PyType_LookupString(tstate, type, '__getitem__') !== 0;
}

/** `eg.derive(excs)`: BaseExceptionGroup(eg.message, excs) (CPython's BaseExceptionGroup_derive). */
function egDerive(tstate: ThreadState, self: number, argsWord: number): number {
  const interp = tstate.interp;
  const args = PyTuple_Pack(tstate, [interp.views.i32[(self + EG.msg) >> 2], interp.views.i32[argsWord]]);
  if (args === 0) return 0;
  const eg = exceptionFromArgs(tstate, interp.runtime.staticType('BaseExceptionGroup'), args);
  Py_DECREF(interp, args);
  return eg;
}

/** How split/subgroup test a leaf: an exception type or tuple of them, or a predicate (CPython's get_matcher_type). */
const enum MatcherKind {
  ByType,
  ByPredicate,
}

function isExceptionClass(interp: InterpreterState, h: number): boolean {
  const t = Py_TYPE(interp, h);
  const isType = t === interp.types.type || (t > 0 && PyType_IsSubtype(interp, t, interp.types.type));
  return isType && (typeFlags(interp, h) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
}

function matcherKind(tstate: ThreadState, value: number): MatcherKind | null {
  const interp = tstate.interp;
  const t = Py_TYPE(interp, value);
  const isType = t === interp.types.type || (t > 0 && PyType_IsSubtype(interp, t, interp.types.type));
  if (isExceptionClass(interp, value)) return MatcherKind.ByType;
  if (t === interp.types.tuple) {
    let ok = true;
    for (let i = 0; i < tupleLength(interp, value); i++) ok = ok && isExceptionClass(interp, PyTuple_GET_ITEM(interp, value, i));
    if (ok) return MatcherKind.ByType;
  } else if (!isType && PyCallable_Check(tstate, value)) {
    return MatcherKind.ByPredicate;
  }
  raise(tstate, 'TypeError', 'expected a function, exception type or tuple of exception types');
  return null;
}

/** 1 if `exc` matches, 0 if not, -1 with an exception set (CPython's exceptiongroup_split_check_match). */
function splitCheckMatch(tstate: ThreadState, exc: number, kind: MatcherKind, value: number): number {
  const interp = tstate.interp;
  if (kind === MatcherKind.ByType) {
    if (Py_TYPE(interp, value) === interp.types.tuple) {
      for (let i = 0; i < tupleLength(interp, value); i++) if (PyErr_GivenExceptionMatches(interp, exc, PyTuple_GET_ITEM(interp, value, i))) return 1;
      return 0;
    }
    return PyErr_GivenExceptionMatches(interp, exc, value) ? 1 : 0;
  }
  const r = PyObject_CallOneArg(tstate, value, exc);
  if (r === 0) return -1;
  const truth = PyObject_IsTrue(tstate, r);
  Py_DECREF(interp, r);
  return truth;
}

/**
 * A group like `orig` holding `excs` (a list, borrowed) made by `orig.derive(excs)`, with
 * orig's __cause__, __context__, __traceback__ and a copy of its __notes__ (CPython's
 * exceptiongroup_subset). 0 for an empty list (no error), 0 with an exception set on error.
 */
function egSubset(tstate: ThreadState, orig: number, excs: number): number {
  const interp = tstate.interp;
  if (listLength(interp, excs) === 0) return 0;
  let eg: number;
  if (Py_TYPE(interp, orig) < 0) {
    // A builtin group's derive is egDerive (a subclass may override it: then call it by name).
    const holder = PyTuple_Pack(tstate, [excs]);
    if (holder === 0) return 0;
    eg = egDerive(tstate, orig, (holder + TUPLE_OB_ITEM) >> 2);
    Py_DECREF(interp, holder);
  } else {
    const argsHolder = PyTuple_Pack(tstate, [excs]);
    if (argsHolder === 0) return 0;
    eg = _PyObject_CallMethod(tstate, orig, 'derive', argsHolder);
    Py_DECREF(interp, argsHolder);
  }
  if (eg === 0) return 0;
  if (!isExceptionGroup(interp, eg)) {
    Py_DECREF(interp, eg);
    return raise(tstate, 'TypeError', 'derive must return an instance of BaseExceptionGroup');
  }
  const i32 = interp.views.i32;
  for (const [f, set] of [
    [BE.cause, (v: number) => PyException_SetCause(interp, eg, v)],
    [BE.context, (v: number) => PyException_SetContext(interp, eg, v)],
  ] as const) {
    const v = i32[(orig + f) >> 2];
    Py_INCREF(interp, v);
    set(v);
  }
  const tb = interp.views.i32[(orig + BE.traceback) >> 2];
  if (tb !== 0 && PyException_SetTraceback(tstate, eg, tb) < 0) {
    Py_DECREF(interp, eg);
    return 0;
  }
  const origDict = _PyObject_GetInstanceDict(tstate, orig, false);
  if (origDict !== 0) {
    const key = notesKey(tstate);
    const notes = key === 0 ? 0 : PyDict_GetItemWithError(tstate, origDict, key);
    if (notes !== 0 && Py_TYPE(interp, notes) === interp.types.list) {
      const copy = PyList_New(tstate, 0);
      let ok = copy !== 0;
      for (let i = 0; ok && i < listLength(interp, notes); i++) ok = PyList_Append(tstate, copy, PyList_GET_ITEM(interp, notes, i)) === 0;
      const dict = ok ? _PyObject_GetInstanceDict(tstate, eg, true) : 0;
      ok = ok && dict !== 0 && PyDict_SetItem(tstate, dict, key, copy) === 0;
      Py_DECREF(interp, copy);
      if (!ok) {
        Py_DECREF(interp, key);
        Py_DECREF(interp, eg);
        return 0;
      }
    }
    Py_DECREF(interp, key);
    if (PyErr_Occurred(tstate) !== 0) {
      Py_DECREF(interp, eg);
      return 0;
    }
  }
  return eg;
}

/**
 * Splits `exc` by the matcher: [match, rest] (new references or 0), or null with an exception
 * set (CPython's exceptiongroup_split_recursive). `rest` is only built when `wantRest`.
 */
function splitRecursive(tstate: ThreadState, exc: number, kind: MatcherKind, value: number, wantRest: boolean): [number, number] | null {
  const interp = tstate.interp;
  const isMatch = splitCheckMatch(tstate, exc, kind, value);
  if (isMatch < 0) return null;
  if (isMatch === 1) {
    Py_INCREF(interp, exc);
    return [exc, 0];
  }
  if (!isExceptionGroup(interp, exc)) {
    if (!wantRest) return [0, 0];
    Py_INCREF(interp, exc);
    return [0, exc];
  }
  const matches = PyList_New(tstate, 0);
  const rests = wantRest ? PyList_New(tstate, 0) : 0;
  let ok = matches !== 0 && (!wantRest || rests !== 0);
  const excs = interp.views.i32[(exc + EG.excs) >> 2];
  for (let i = 0; ok && i < tupleLength(interp, excs); i++) {
    const parts = splitRecursive(tstate, PyTuple_GET_ITEM(interp, excs, i), kind, value, wantRest);
    if (parts === null) {
      ok = false;
      break;
    }
    if (parts[0] !== 0) ok = PyList_Append(tstate, matches, parts[0]) === 0;
    if (ok && parts[1] !== 0) ok = PyList_Append(tstate, rests, parts[1]) === 0;
    Py_DECREF(interp, parts[0]);
    Py_DECREF(interp, parts[1]);
  }
  let match = 0;
  let rest = 0;
  if (ok) {
    match = egSubset(tstate, exc, matches);
    ok = match !== 0 || PyErr_Occurred(tstate) === 0;
  }
  if (ok && wantRest) {
    rest = egSubset(tstate, exc, rests);
    ok = rest !== 0 || PyErr_Occurred(tstate) === 0;
  }
  Py_DECREF(interp, matches);
  Py_DECREF(interp, rests);
  if (!ok) {
    Py_DECREF(interp, match);
    Py_DECREF(interp, rest);
    return null;
  }
  return [match, rest];
}

/** `eg.split(matcher)`: (match, rest), either None when empty (CPython's BaseExceptionGroup_split). */
function egSplit(tstate: ThreadState, self: number, argsWord: number): number {
  const interp = tstate.interp;
  const value = interp.views.i32[argsWord];
  const kind = matcherKind(tstate, value);
  if (kind === null) return 0;
  const parts = splitRecursive(tstate, self, kind, value, true);
  if (parts === null) return 0;
  const none = interp.runtime.immortalNone;
  const r = PyTuple_Pack(tstate, [parts[0] === 0 ? none : parts[0], parts[1] === 0 ? none : parts[1]]);
  Py_DECREF(interp, parts[0]);
  Py_DECREF(interp, parts[1]);
  return r;
}

/** `eg.subgroup(matcher)`: the matching part, or None (CPython's BaseExceptionGroup_subgroup). */
function egSubgroup(tstate: ThreadState, self: number, argsWord: number): number {
  const interp = tstate.interp;
  const value = interp.views.i32[argsWord];
  const kind = matcherKind(tstate, value);
  if (kind === null) return 0;
  const parts = splitRecursive(tstate, self, kind, value, false);
  if (parts === null) return 0;
  return parts[0] === 0 ? interp.runtime.immortalNone : parts[0];
}

/** BaseExceptionGroup's methods. @public */
export const BASE_EXCEPTION_GROUP_METHODS: readonly PyMethodDef[] = Object.freeze([
  Object.freeze({ name: 'derive', meth: egDerive, flags: METH_O }),
  Object.freeze({ name: 'split', meth: egSplit, flags: METH_O }),
  Object.freeze({ name: 'subgroup', meth: egSubgroup, flags: METH_O }),
]);

/** The exception types' method and attribute tables, by owner type name (registered in methodtable.ts). @internal */
export function exceptionMethodsOf(owner: string): readonly PyMethodDef[] {
  if (owner === 'BaseException') return BASE_EXCEPTION_METHODS;
  if (owner === 'BaseExceptionGroup') return BASE_EXCEPTION_GROUP_METHODS;
  return NO_METHODS;
}

/** See {@link exceptionMethodsOf}. @internal */
export function exceptionGetSetsOf(owner: string): readonly PyGetSetDef[] {
  switch (owner) {
    case 'BaseException':
      return BASE_EXCEPTION_GETSETS;
    case 'StopIteration':
      return STOP_ITERATION_GETSETS;
    case 'SystemExit':
      return SYSTEM_EXIT_GETSETS;
    case 'ImportError':
      return IMPORT_ERROR_GETSETS;
    case 'OSError':
      return OS_ERROR_GETSETS;
    case 'SyntaxError':
      return SYNTAX_ERROR_GETSETS;
    case 'UnicodeEncodeError':
    case 'UnicodeDecodeError':
    case 'UnicodeTranslateError':
      return UNICODE_ERROR_GETSETS;
    case 'NameError':
      return NAME_ERROR_GETSETS;
    case 'AttributeError':
      return ATTRIBUTE_ERROR_GETSETS;
    case 'BaseExceptionGroup':
      return BASE_EXCEPTION_GROUP_GETSETS;
    default:
      return NO_GETSETS;
  }
}

const NO_METHODS: readonly PyMethodDef[] = Object.freeze([]);
const NO_GETSETS: readonly PyGetSetDef[] = Object.freeze([]);
