// The builtins module (CPython's Python/bltinmodule.c): the builtin functions as a PyMethodDef
// table, `__build_class__` and `__import__`, and `_PyBuiltin_Init`, which makes the module and
// binds the builtin type names (int, str, list, …, every exception class) and the constants.
//
// Every function takes CPython's vectorcall arguments (objects/methoddef.ts) and raises with
// CPython 3.11's messages, checked against python3 by src/bltinmodule.test.ts.

import { Py_TPFLAGS_BASE_EXC_SUBCLASS, STATIC_TYPES } from '@pergil/runtime-state';
import type { ThreadState } from './thread-state.js';
import { PyNumber_BinaryOp, PyNumber_Divmod, PyNumber_Power, PyNumber_UnaryOp, PyObject_Size } from './objects/abstract.js';
import { PyBool_FromLong } from './objects/boolobject.js';
import { PyBytes_AsUint8Array, bytesLength } from './objects/bytesobject.js';
import { PyCell_Check, PyCell_GET, PyCell_Set } from './objects/cellobject.js';
import { PyCode_Check } from './objects/codeobject.js';
import { PyDict_GetItemWithError, PyDict_New, PyDict_Next, PyDict_SetItem, dictEntryKey } from './objects/dictobject.js';
import { PyErr_Clear, PyErr_ExceptionMatches, PyErr_Occurred, PyErr_SetObject, raise } from './objects/exceptions.js';
import { PyFloat_AS_DOUBLE, PyFloat_FromDouble } from './objects/floatobject.js';
import { PyFunction_Check } from './objects/funcobject.js';
import { PyList_Append, PyList_New } from './objects/listobject.js';
import { PyLong_AsBigInt, PyLong_FromBigInt, PyLong_FromLong, longSmallValue } from './objects/longobject.js';
import type { PyMethodDef } from './objects/methoddef.js';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O } from './objects/methoddef.js';
import {
  PyLong_Check,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_Repr,
  PyObject_RichCompareBool,
  Py_DECREF,
  Py_GT,
  Py_INCREF,
  Py_LT,
  Py_TYPE,
  Py_TYPE_NAME,
  _PyObject_HashExact,
  _PyObject_ReprString,
  _PyObject_StrString,
} from './objects/object.js';
import { PyTuple_GET_ITEM, PyTuple_New, PyTuple_SET_ITEM, tupleLength } from './objects/tupleobject.js';
import { PyUnicode_AsString, PyUnicode_FromString, PyUnicode_InternFromString, unicodeLength, unicodeReprOf } from './objects/unicodeobject.js';
import { INTERPRETER_STATE } from './interpreter-state.layout.js';
// the other helpers' pieces (H2: calls, attributes, types, modules; H7: iteration; H3: format; H1: eval)
import { PyCallable_Check, PyObject_Call, PyObject_CallOneArg, PyObject_Vectorcall } from './objects/call.js';
import { PyObject_Dir, PyObject_GetAttr, PyObject_GetAttrString, PyObject_SetAttr } from './objects/object-attrs.js';
import { PyObject_IsInstance, PyObject_IsSubclass, _PyType_FromClassBody, _PyType_LookupString } from './objects/typeobject.js';
import { PyModule_AddFunctions, PyModule_GetDict, PyModule_New } from './objects/moduleobject.js';
import { PyCallIter_New, PyIter_Check, PyIter_Next, PyObject_GetIter } from './objects/iterobject.js';
import { PyObject_Format } from './objects/format.js';
import { PyEval_EvalCode, PyEval_GetBuiltins, PyEval_GetGlobals, PyEval_GetLocals, _PyEval_Vector } from './ceval.js';
import { PyRun_String, Py_CompileString } from './pythonrun.js';
import { PyFile_WriteObject, PyFile_WriteString, PySys_GetObject, _PySys_HostTextIOFd, callMethodNoArgs } from './sysmodule.js';

const IMPORTS_BUILTINS_FIELD = INTERPRETER_STATE.offsetBytes.imports_builtins;
const IMPORTS_MODULES_FIELD = INTERPRETER_STATE.offsetBytes.imports_modules;

// ---- argument helpers -----------------------------------------------------------------------

/** The `i`th argument (borrowed); re-reads the views, so it is safe after an allocation. */
function arg(tstate: ThreadState, argsWord: number, i: number): number {
  return tstate.interp.views.i32[argsWord + i];
}

function kwCount(tstate: ThreadState, kwnames: number): number {
  return kwnames === 0 ? 0 : tupleLength(tstate.interp, kwnames);
}

function kwName(tstate: ThreadState, kwnames: number, i: number): string {
  return PyUnicode_AsString(tstate.interp, PyTuple_GET_ITEM(tstate.interp, kwnames, i));
}

/** CPython's _PyArg_CheckPositional: "name expected at least/most N argument(s), got M". */
function checkPositional(tstate: ThreadState, name: string, nargs: number, min: number, max: number): boolean {
  if (nargs < min) {
    if (min === max) raise(tstate, 'TypeError', `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
    else raise(tstate, 'TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
    return false;
  }
  if (nargs > max) {
    if (min === max) raise(tstate, 'TypeError', `${name} expected ${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
    else raise(tstate, 'TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
    return false;
  }
  return true;
}

/**
 * Argument Clinic's parser (CPython's _PyArg_UnpackKeywords) for `fname(p0, p1, …, /, k0, …, *,
 * kw0, …)`: `names` are every parameter, the first `posOnly` positional-only, the first
 * `maxPos` may be given by position, the first `required` are required. Returns the borrowed
 * values (0 where absent), or null with TypeError set.
 */
function parseArgs(
  tstate: ThreadState,
  fname: string,
  argsWord: number,
  nargs: number,
  kwnames: number,
  names: readonly string[],
  posOnly: number,
  maxPos: number,
  required: number,
): number[] | null {
  const nkw = kwCount(tstate, kwnames);
  if (nargs > maxPos && maxPos < names.length) {
    raise(tstate, 'TypeError', `${fname}() takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${nargs} given)`);
    return null;
  }
  if (nargs + nkw > names.length && maxPos === names.length) {
    raise(tstate, 'TypeError', `${fname}() takes at most ${maxPos} argument${maxPos === 1 ? '' : 's'} (${nargs + nkw} given)`);
    return null;
  }
  const out: number[] = new Array<number>(names.length).fill(0);
  for (let i = 0; i < nargs; i++) out[i] = arg(tstate, argsWord, i);
  for (let k = 0; k < nkw; k++) {
    const name = kwName(tstate, kwnames, k);
    const at = names.indexOf(name);
    if (at < posOnly) {
      raise(tstate, 'TypeError', `'${name}' is an invalid keyword argument for ${fname}()`);
      return null;
    }
    if (at < nargs) {
      raise(tstate, 'TypeError', `argument for ${fname}() given by name ('${name}') and position (${at + 1})`);
      return null;
    }
    out[at] = arg(tstate, argsWord, nargs + k);
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === 0) {
      if (i < posOnly && nargs < posOnly) {
        raise(tstate, 'TypeError', `${fname}() takes at least ${required} positional argument${required === 1 ? '' : 's'} (${nargs} given)`);
      } else {
        raise(tstate, 'TypeError', `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      return null;
    }
  }
  return out;
}

function isNone(tstate: ThreadState, h: number): boolean {
  return h === tstate.interp.runtime.immortalNone;
}

function isStr(tstate: ThreadState, h: number): boolean {
  return Py_TYPE(tstate.interp, h) === tstate.interp.types.str;
}

function none(tstate: ThreadState): number {
  return tstate.interp.runtime.immortalNone;
}

function newRef(tstate: ThreadState, h: number): number {
  Py_INCREF(tstate.interp, h);
  return h;
}

/** The int `h` as a bigint through `__index__` (CPython's PyNumber_Index); null with TypeError set. */
function indexValue(tstate: ThreadState, h: number): bigint | null {
  const interp = tstate.interp;
  if (PyLong_Check(interp, h)) return PyLong_AsBigInt(interp, h);
  const meth = _PyType_LookupString(tstate, Py_TYPE(interp, h), '__index__');
  if (meth !== 0) {
    const r = PyObject_CallOneArg(tstate, meth, h);
    if (r === 0) return null;
    if (!PyLong_Check(interp, r)) {
      raise(tstate, 'TypeError', `__index__ returned non-int (type ${Py_TYPE_NAME(interp, r)})`);
      Py_DECREF(interp, r);
      return null;
    }
    const v = PyLong_AsBigInt(interp, r);
    Py_DECREF(interp, r);
    return v;
  }
  raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, h)}' object cannot be interpreted as an integer`);
  return null;
}

/** A new str holding the JS string `s`, or 0 with MemoryError set. */
function strResult(tstate: ThreadState, s: string): number {
  return PyUnicode_FromString(tstate, s);
}

// ---- simple functions -----------------------------------------------------------------------

function builtin_abs(tstate: ThreadState, _self: number, argsWord: number): number {
  return PyNumber_UnaryOp(tstate, 'abs', arg(tstate, argsWord, 0));
}

/** all() and any(): stop at the first item whose truth is `stopAt`. */
function allAny(tstate: ThreadState, iterable: number, stopAt: number): number {
  const interp = tstate.interp;
  const it = PyObject_GetIter(tstate, iterable);
  if (it === 0) return 0;
  for (;;) {
    const item = PyIter_Next(tstate, it);
    if (item === 0) break;
    const t = PyObject_IsTrue(tstate, item);
    Py_DECREF(interp, item);
    if (t < 0) {
      Py_DECREF(interp, it);
      return 0;
    }
    if (t === stopAt) {
      Py_DECREF(interp, it);
      return PyBool_FromLong(interp, stopAt);
    }
  }
  Py_DECREF(interp, it);
  if (PyErr_Occurred(tstate) !== 0) return 0;
  return PyBool_FromLong(interp, 1 - stopAt);
}

function builtin_all(tstate: ThreadState, _self: number, argsWord: number): number {
  return allAny(tstate, arg(tstate, argsWord, 0), 0);
}

function builtin_any(tstate: ThreadState, _self: number, argsWord: number): number {
  return allAny(tstate, arg(tstate, argsWord, 0), 1);
}

/** repr() with every non-ASCII code point escaped as \xNN, \uNNNN or \UNNNNNNNN (CPython's PyObject_ASCII). */
export function asciiEscape(s: string): string {
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

function builtin_ascii(tstate: ThreadState, _self: number, argsWord: number): number {
  const r = _PyObject_ReprString(tstate, arg(tstate, argsWord, 0));
  return r === null ? 0 : strResult(tstate, asciiEscape(r));
}

/** bin(), oct(), hex(): the `__index__` value with its prefix (CPython's PyNumber_ToBase). */
function toBase(tstate: ThreadState, argsWord: number, radix: number, prefix: string): number {
  const v = indexValue(tstate, arg(tstate, argsWord, 0));
  if (v === null) return 0;
  return strResult(tstate, v < 0n ? `-${prefix}${(-v).toString(radix)}` : `${prefix}${v.toString(radix)}`);
}

function builtin_bin(tstate: ThreadState, _self: number, argsWord: number): number {
  return toBase(tstate, argsWord, 2, '0b');
}

function builtin_oct(tstate: ThreadState, _self: number, argsWord: number): number {
  return toBase(tstate, argsWord, 8, '0o');
}

function builtin_hex(tstate: ThreadState, _self: number, argsWord: number): number {
  return toBase(tstate, argsWord, 16, '0x');
}

function builtin_callable(tstate: ThreadState, _self: number, argsWord: number): number {
  return PyBool_FromLong(tstate.interp, PyCallable_Check(tstate, arg(tstate, argsWord, 0)));
}

function builtin_chr(tstate: ThreadState, _self: number, argsWord: number): number {
  const v = indexValue(tstate, arg(tstate, argsWord, 0));
  if (v === null) return 0;
  if (v > 0x7fffffffn || v < -0x80000000n) return raise(tstate, 'OverflowError', 'Python int too large to convert to C int');
  if (v < 0n || v >= 0x110000n) return raise(tstate, 'ValueError', 'chr() arg not in range(0x110000)');
  return strResult(tstate, String.fromCodePoint(Number(v)));
}

function builtin_ord(tstate: ThreadState, _self: number, argsWord: number): number {
  const interp = tstate.interp;
  const c = arg(tstate, argsWord, 0);
  const t = Py_TYPE(interp, c);
  let size: number;
  if (t === interp.types.str) {
    size = unicodeLength(interp, c);
    if (size === 1) return PyLong_FromLong(tstate, PyUnicode_AsString(interp, c).codePointAt(0)!);
  } else if (t === interp.types.bytes) {
    size = bytesLength(interp, c);
    if (size === 1) return PyLong_FromLong(tstate, PyBytes_AsUint8Array(interp, c)[0]);
  } else {
    return raise(tstate, 'TypeError', `ord() expected string of length 1, but ${Py_TYPE_NAME(interp, c)} found`);
  }
  return raise(tstate, 'TypeError', `ord() expected a character, but string of length ${size} found`);
}

function builtin_divmod(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'divmod', nargs, 2, 2)) return 0;
  return PyNumber_Divmod(tstate, arg(tstate, argsWord, 0), arg(tstate, argsWord, 1));
}

function builtin_format(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'format', nargs, 1, 2)) return 0;
  const interp = tstate.interp;
  let spec = interp.runtime.emptyStr;
  if (nargs === 2) {
    spec = arg(tstate, argsWord, 1);
    if (!isStr(tstate, spec)) return raise(tstate, 'TypeError', `format() argument 2 must be str, not ${Py_TYPE_NAME(interp, spec)}`);
  }
  return PyObject_Format(tstate, arg(tstate, argsWord, 0), spec);
}

function checkAttrName(tstate: ThreadState, name: number): boolean {
  if (isStr(tstate, name)) return true;
  raise(tstate, 'TypeError', `attribute name must be string, not '${Py_TYPE_NAME(tstate.interp, name)}'`);
  return false;
}

function builtin_getattr(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'getattr', nargs, 2, 3)) return 0;
  const name = arg(tstate, argsWord, 1);
  if (!checkAttrName(tstate, name)) return 0;
  const r = PyObject_GetAttr(tstate, arg(tstate, argsWord, 0), name);
  if (r === 0 && nargs === 3 && PyErr_ExceptionMatches(tstate, tstate.interp.runtime.staticType('AttributeError'))) {
    PyErr_Clear(tstate);
    return newRef(tstate, arg(tstate, argsWord, 2));
  }
  return r;
}

function builtin_hasattr(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'hasattr', nargs, 2, 2)) return 0;
  const name = arg(tstate, argsWord, 1);
  if (!checkAttrName(tstate, name)) return 0;
  const r = PyObject_GetAttr(tstate, arg(tstate, argsWord, 0), name);
  if (r === 0) {
    if (!PyErr_ExceptionMatches(tstate, tstate.interp.runtime.staticType('AttributeError'))) return 0;
    PyErr_Clear(tstate);
    return tstate.interp.runtime.immortalFalse;
  }
  Py_DECREF(tstate.interp, r);
  return tstate.interp.runtime.immortalTrue;
}

function builtin_setattr(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'setattr', nargs, 3, 3)) return 0;
  const name = arg(tstate, argsWord, 1);
  if (!checkAttrName(tstate, name)) return 0;
  if (PyObject_SetAttr(tstate, arg(tstate, argsWord, 0), name, arg(tstate, argsWord, 2)) < 0) return 0;
  return none(tstate);
}

function builtin_delattr(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'delattr', nargs, 2, 2)) return 0;
  const name = arg(tstate, argsWord, 1);
  if (!checkAttrName(tstate, name)) return 0;
  if (PyObject_SetAttr(tstate, arg(tstate, argsWord, 0), name, 0) < 0) return 0;
  return none(tstate);
}

function builtin_hash(tstate: ThreadState, _self: number, argsWord: number): number {
  const o = arg(tstate, argsWord, 0);
  const h = PyObject_Hash(tstate, o);
  if (h === -1 && PyErr_Occurred(tstate) !== 0) return 0;
  return PyLong_FromBigInt(tstate, _PyObject_HashExact(tstate, o));
}

/**
 * id(o). NON-CPYTHON: the handle, not an address; a runtime-heap (immortal) object's handle is
 * negative, so it is shown as 2**32 + its offset, which no interpreter-heap handle reaches.
 */
function builtin_id(tstate: ThreadState, _self: number, argsWord: number): number {
  const h = arg(tstate, argsWord, 0);
  return PyLong_FromLong(tstate, h > 0 ? h : 0x100000000 - h);
}

function builtin_len(tstate: ThreadState, _self: number, argsWord: number): number {
  const n = PyObject_Size(tstate, arg(tstate, argsWord, 0));
  return n < 0 ? 0 : PyLong_FromLong(tstate, n);
}

function builtin_repr(tstate: ThreadState, _self: number, argsWord: number): number {
  return PyObject_Repr(tstate, arg(tstate, argsWord, 0));
}

function builtin_isinstance(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'isinstance', nargs, 2, 2)) return 0;
  const r = PyObject_IsInstance(tstate, arg(tstate, argsWord, 0), arg(tstate, argsWord, 1));
  return r < 0 ? 0 : PyBool_FromLong(tstate.interp, r);
}

function builtin_issubclass(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'issubclass', nargs, 2, 2)) return 0;
  const r = PyObject_IsSubclass(tstate, arg(tstate, argsWord, 0), arg(tstate, argsWord, 1));
  return r < 0 ? 0 : PyBool_FromLong(tstate.interp, r);
}

function builtin_iter(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'iter', nargs, 1, 2)) return 0;
  const v = arg(tstate, argsWord, 0);
  if (nargs === 1) return PyObject_GetIter(tstate, v);
  if (!PyCallable_Check(tstate, v)) return raise(tstate, 'TypeError', 'iter(v, w): v must be callable');
  return PyCallIter_New(tstate, v, arg(tstate, argsWord, 1));
}

function builtin_next(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'next', nargs, 1, 2)) return 0;
  const interp = tstate.interp;
  const it = arg(tstate, argsWord, 0);
  if (!PyIter_Check(tstate, it)) return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, it)}' object is not an iterator`);
  const r = PyIter_Next(tstate, it);
  if (r !== 0) return r;
  if (PyErr_Occurred(tstate) !== 0) {
    if (nargs < 2 || !PyErr_ExceptionMatches(tstate, interp.runtime.staticType('StopIteration'))) return 0;
    PyErr_Clear(tstate);
  }
  if (nargs === 2) return newRef(tstate, arg(tstate, argsWord, 1));
  PyErr_SetObject(tstate, interp.runtime.staticType('StopIteration'), 0);
  return 0;
}

// ---- globals, locals, vars, dir ---------------------------------------------------------------

function builtin_globals(tstate: ThreadState): number {
  const g = PyEval_GetGlobals(tstate);
  return g === 0 ? none(tstate) : newRef(tstate, g);
}

function builtin_locals(tstate: ThreadState): number {
  const l = PyEval_GetLocals(tstate);
  if (l === 0) return PyErr_Occurred(tstate) !== 0 ? 0 : none(tstate);
  return newRef(tstate, l);
}

function builtin_vars(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'vars', nargs, 0, 1)) return 0;
  if (nargs === 0) return builtin_locals(tstate);
  const d = PyObject_GetAttrString(tstate, arg(tstate, argsWord, 0), '__dict__');
  if (d === 0 && PyErr_ExceptionMatches(tstate, tstate.interp.runtime.staticType('AttributeError'))) {
    PyErr_Clear(tstate);
    return raise(tstate, 'TypeError', 'vars() argument must have __dict__ attribute');
  }
  return d;
}

/** list.sort() of `list` in place, with the keyword arguments at `kwWord` named by `kwnames`. */
function sortList(tstate: ThreadState, list: number, kwWord: number, kwnames: number): number {
  const sort = PyObject_GetAttrString(tstate, list, 'sort');
  if (sort === 0) return -1;
  const r = PyObject_Vectorcall(tstate, sort, kwWord, 0, kwnames);
  Py_DECREF(tstate.interp, sort);
  if (r === 0) return -1;
  Py_DECREF(tstate.interp, r);
  return 0;
}

function builtin_dir(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'dir', nargs, 0, 1)) return 0;
  if (nargs === 1) return PyObject_Dir(tstate, arg(tstate, argsWord, 0));
  const interp = tstate.interp;
  // cpython: Objects/object.c, _dir_locals(): the sorted keys of locals()
  const locals = PyEval_GetLocals(tstate);
  if (locals === 0) return 0;
  const keys = Py_TYPE(interp, locals) === interp.types.dict ? dictKeysList(tstate, locals) : listFromIterable(tstate, locals);
  if (keys === 0) return 0;
  if (sortList(tstate, keys, 0, 0) < 0) {
    Py_DECREF(interp, keys);
    return 0;
  }
  return keys;
}

/** A new list of the dict's keys (CPython's PyDict_Keys). */
function dictKeysList(tstate: ThreadState, d: number): number {
  const interp = tstate.interp;
  const list = PyList_New(tstate, 0);
  if (list === 0) return 0;
  for (let ix = PyDict_Next(interp, d, 0); ix >= 0; ix = PyDict_Next(interp, d, ix + 1)) {
    if (PyList_Append(tstate, list, dictEntryKey(interp, d, ix)) < 0) {
      Py_DECREF(interp, list);
      return 0;
    }
  }
  return list;
}

/** list(iterable) (CPython's PySequence_List). */
export function listFromIterable(tstate: ThreadState, iterable: number): number {
  const interp = tstate.interp;
  const it = PyObject_GetIter(tstate, iterable);
  if (it === 0) return 0;
  const list = PyList_New(tstate, 0);
  if (list === 0) {
    Py_DECREF(interp, it);
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
  return list;
}

// ---- min, max, sum, sorted ------------------------------------------------------------------

/** min() and max() (CPython's min_max): `op` is Py_LT for min, Py_GT for max. */
function minMax(tstate: ThreadState, argsWord: number, nargs: number, kwnames: number, op: number): number {
  const interp = tstate.interp;
  const name = op === Py_LT ? 'min' : 'max';
  let key = 0;
  let dflt = 0;
  const nkw = kwCount(tstate, kwnames);
  if (nkw > 2) return raise(tstate, 'TypeError', `${name}() takes at most 2 keyword arguments (${nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    const kw = kwName(tstate, kwnames, k);
    if (kw === 'key') key = arg(tstate, argsWord, nargs + k);
    else if (kw === 'default') dflt = arg(tstate, argsWord, nargs + k);
    else return raise(tstate, 'TypeError', `'${kw}' is an invalid keyword argument for ${name}()`);
  }
  if (nargs === 0) return raise(tstate, 'TypeError', `${name} expected at least 1 argument, got 0`);
  if (nargs > 1 && dflt !== 0) return raise(tstate, 'TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
  if (isNone(tstate, key)) key = 0;
  let it = 0;
  if (nargs === 1) {
    it = PyObject_GetIter(tstate, arg(tstate, argsWord, 0));
    if (it === 0) return 0;
  }
  let maxItem = 0;
  let maxVal = 0;
  let failed = false;
  for (let i = 0; ; i++) {
    let item: number;
    if (it !== 0) {
      item = PyIter_Next(tstate, it);
      if (item === 0) {
        failed = PyErr_Occurred(tstate) !== 0;
        break;
      }
    } else {
      if (i >= nargs) break;
      item = newRef(tstate, arg(tstate, argsWord, i));
    }
    let val = item;
    if (key !== 0) {
      val = PyObject_CallOneArg(tstate, key, item);
      if (val === 0) {
        Py_DECREF(interp, item);
        failed = true;
        break;
      }
    } else {
      Py_INCREF(interp, val);
    }
    if (maxVal === 0) {
      maxItem = item;
      maxVal = val;
      continue;
    }
    const cmp = PyObject_RichCompareBool(tstate, val, maxVal, op);
    if (cmp < 0) {
      Py_DECREF(interp, item);
      Py_DECREF(interp, val);
      failed = true;
      break;
    }
    if (cmp > 0) {
      Py_DECREF(interp, maxVal);
      Py_DECREF(interp, maxItem);
      maxVal = val;
      maxItem = item;
    } else {
      Py_DECREF(interp, item);
      Py_DECREF(interp, val);
    }
  }
  Py_DECREF(interp, it);
  Py_DECREF(interp, maxVal);
  if (failed) {
    Py_DECREF(interp, maxItem);
    return 0;
  }
  if (maxItem !== 0) return maxItem;
  if (dflt !== 0) return newRef(tstate, dflt);
  return raise(tstate, 'ValueError', `${name}() arg is an empty sequence`);
}

function builtin_min(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  return minMax(tstate, argsWord, nargs, kwnames, Py_LT);
}

function builtin_max(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  return minMax(tstate, argsWord, nargs, kwnames, Py_GT);
}

const SUM_PARAMS: readonly string[] = Object.freeze(['iterable', 'start']);

/**
 * sum(iterable, /, start=0) (CPython's builtin_sum_impl): exact int and float fast paths
 * (plain double addition, as 3.11 — 3.12's compensated summation is not 3.11's), then `+`.
 */
function builtin_sum(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  const a = parseArgs(tstate, 'sum', argsWord, nargs, kwnames, SUM_PARAMS, 1, 2, 1);
  if (a === null) return 0;
  const interp = tstate.interp;
  const T = interp.types;
  let result = a[1];
  if (result === 0) {
    result = interp.smallInts[5]; // 0
  } else {
    const t = Py_TYPE(interp, result);
    if (t === T.str) return raise(tstate, 'TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    if (t === T.bytes) return raise(tstate, 'TypeError', "sum() can't sum bytes [use b''.join(seq) instead]");
    if (t === interp.runtime.staticType('bytearray')) return raise(tstate, 'TypeError', "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = PyObject_GetIter(tstate, a[0]);
  if (it === 0) return 0;
  Py_INCREF(interp, result);
  let item = 0;
  // int fast path: a JS number while the total stays a safe integer
  if (Py_TYPE(interp, result) === T.int) {
    let total = longSmallValue(interp, result);
    if (total === total) {
      for (;;) {
        item = PyIter_Next(tstate, it);
        if (item === 0) break;
        const t = Py_TYPE(interp, item);
        const x = t === T.int || t === T.bool ? longSmallValue(interp, item) : Number.NaN;
        if (x !== x || Math.abs(total + x) > Number.MAX_SAFE_INTEGER) break;
        Py_DECREF(interp, item);
        total += x;
      }
      Py_DECREF(interp, result);
      result = PyLong_FromLong(tstate, total);
      if (result === 0 || item === 0) return sumDone(tstate, it, item, result);
      // cpython: the item that left the int path is added generically; a float result goes on below
      const r = PyNumber_BinaryOp(tstate, '+', result, item);
      Py_DECREF(interp, result);
      Py_DECREF(interp, item);
      item = 0;
      result = r;
      if (r === 0) return sumDone(tstate, it, 0, 0);
    }
  }
  // float fast path: plain double addition while the items are floats or ints
  if (Py_TYPE(interp, result) === T.float) {
    let total = PyFloat_AS_DOUBLE(interp, result);
    if (item === 0) item = PyIter_Next(tstate, it);
    while (item !== 0) {
      const t = Py_TYPE(interp, item);
      if (t === T.float) total += PyFloat_AS_DOUBLE(interp, item);
      else if ((t === T.int || t === T.bool) && longSmallValue(interp, item) === longSmallValue(interp, item)) total += longSmallValue(interp, item);
      else break;
      Py_DECREF(interp, item);
      item = PyIter_Next(tstate, it);
    }
    Py_DECREF(interp, result);
    result = PyFloat_FromDouble(tstate, total);
    if (result === 0 || item === 0) return sumDone(tstate, it, item, result);
  }
  // the general case: result = result + item
  for (;;) {
    if (item === 0) {
      item = PyIter_Next(tstate, it);
      if (item === 0) break;
    }
    const r = PyNumber_BinaryOp(tstate, '+', result, item);
    Py_DECREF(interp, result);
    Py_DECREF(interp, item);
    item = 0;
    result = r;
    if (r === 0) break;
  }
  return sumDone(tstate, it, 0, result);
}

function sumDone(tstate: ThreadState, it: number, item: number, result: number): number {
  const interp = tstate.interp;
  Py_DECREF(interp, it);
  Py_DECREF(interp, item);
  if (result !== 0 && PyErr_Occurred(tstate) !== 0) {
    Py_DECREF(interp, result);
    return 0;
  }
  return result;
}

function builtin_sorted(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  if (nargs !== 1) return raise(tstate, 'TypeError', `sorted expected 1 argument, got ${nargs}`);
  const list = listFromIterable(tstate, arg(tstate, argsWord, 0));
  if (list === 0) return 0;
  if (sortList(tstate, list, argsWord + 1, kwnames) < 0) {
    Py_DECREF(tstate.interp, list);
    return 0;
  }
  return list;
}

// ---- pow, round -----------------------------------------------------------------------------

const POW_PARAMS: readonly string[] = Object.freeze(['base', 'exp', 'mod']);

function builtin_pow(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  const a = parseArgs(tstate, 'pow', argsWord, nargs, kwnames, POW_PARAMS, 0, 3, 2);
  if (a === null) return 0;
  return PyNumber_Power(tstate, a[0], a[1], a[2]);
}

/** Rounds the exact rational num/den to an integer, ties to even. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  let q = num / den;
  let r = num % den;
  if (r < 0n) {
    r += den;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** The finite double `x` as an exact fraction num / den (den a power of two). */
function exactFraction(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) {
    e = -1074;
  } else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  if (hi >>> 31) mant = -mant;
  return e >= 0 ? [mant << BigInt(e), 1n] : [mant, 1n << BigInt(-e)];
}

/** CPython's NDIGITS_MAX and NDIGITS_MIN (Objects/floatobject.c): beyond them round() is the identity or ±0. */
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x, ndigits) for a finite double (CPython's double_round: the decimal digits rounded
 * half-even at `ndigits`, correctly, then read back correctly rounded). NaN for overflow.
 */
export function doubleRound(x: number, ndigits: number): number {
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  let [num, den] = exactFraction(x);
  if (ndigits >= 0) num *= 10n ** BigInt(ndigits);
  else den *= 10n ** BigInt(-ndigits);
  const q = roundHalfEven(num, den);
  const digits = q < 0n ? -q : q;
  const y = Number(`${digits}e${-ndigits}`);
  if (!Number.isFinite(y)) return Number.NaN;
  return x < 0 || Object.is(x, -0) ? -y : y;
}

const ROUND_PARAMS: readonly string[] = Object.freeze(['number', 'ndigits']);

function builtin_round(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  const a = parseArgs(tstate, 'round', argsWord, nargs, kwnames, ROUND_PARAMS, 0, 2, 1);
  if (a === null) return 0;
  const interp = tstate.interp;
  const number = a[0];
  const ndigitsObj = a[1] !== 0 && !isNone(tstate, a[1]) ? a[1] : 0;
  const t = Py_TYPE(interp, number);
  if (t === interp.types.float) {
    const x = PyFloat_AS_DOUBLE(interp, number);
    if (ndigitsObj === 0) {
      if (x !== x) return raise(tstate, 'ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(x)) return raise(tstate, 'OverflowError', 'cannot convert float infinity to integer');
      const [num, den] = exactFraction(x);
      return PyLong_FromBigInt(tstate, roundHalfEven(num, den));
    }
    const nd = indexValue(tstate, ndigitsObj);
    if (nd === null) return 0;
    if (!Number.isFinite(x)) return PyFloat_FromDouble(tstate, x);
    const clamped = nd > 0x7fffffffn ? 0x7fffffff : nd < -0x80000000n ? -0x80000000 : Number(nd);
    const y = doubleRound(x, clamped);
    if (y !== y) return raise(tstate, 'OverflowError', 'rounded value too large to represent');
    return PyFloat_FromDouble(tstate, y);
  }
  if (t === interp.types.int || t === interp.types.bool) {
    const v = PyLong_AsBigInt(interp, number);
    if (ndigitsObj === 0) return PyLong_FromBigInt(tstate, v);
    const nd = indexValue(tstate, ndigitsObj);
    if (nd === null) return 0;
    if (nd >= 0n) return PyLong_FromBigInt(tstate, v);
    // cpython: Objects/longobject.c, int___round___impl (via _PyLong_DivmodNear)
    const pow10 = 10n ** -nd;
    return PyLong_FromBigInt(tstate, roundHalfEven(v, pow10) * pow10);
  }
  const meth = _PyType_LookupString(tstate, t, '__round__');
  if (meth === 0) {
    if (PyErr_Occurred(tstate) !== 0) return 0;
    return raise(tstate, 'TypeError', `type ${Py_TYPE_NAME(interp, number)} doesn't define __round__ method`);
  }
  const args = ndigitsObj === 0 ? PyTuple_New(tstate, 1) : PyTuple_New(tstate, 2);
  if (args === 0) return 0;
  Py_INCREF(interp, number);
  PyTuple_SET_ITEM(interp, args, 0, number);
  if (ndigitsObj !== 0) {
    Py_INCREF(interp, ndigitsObj);
    PyTuple_SET_ITEM(interp, args, 1, ndigitsObj);
  }
  const r = PyObject_Call(tstate, meth, args, 0);
  Py_DECREF(interp, args);
  return r;
}

// ---- print, input ---------------------------------------------------------------------------

const PRINT_PARAMS: readonly string[] = Object.freeze(['sep', 'end', 'file', 'flush']);

function checkSepEnd(tstate: ThreadState, which: string, h: number): boolean {
  if (h === 0 || isNone(tstate, h) || isStr(tstate, h)) return true;
  raise(tstate, 'TypeError', `${which} must be None or a string, not ${Py_TYPE_NAME(tstate.interp, h)}`);
  return false;
}

/** print(*objects, sep=' ', end='\n', file=None, flush=False) (CPython's builtin_print_impl). */
function builtin_print(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  let sep = 0;
  let end = 0;
  let file = 0;
  let flush = 0;
  const nkw = kwCount(tstate, kwnames);
  for (let k = 0; k < nkw; k++) {
    const kw = kwName(tstate, kwnames, k);
    const at = PRINT_PARAMS.indexOf(kw);
    const v = arg(tstate, argsWord, nargs + k);
    if (at === 0) sep = v;
    else if (at === 1) end = v;
    else if (at === 2) file = v;
    else if (at === 3) flush = v;
    else return raise(tstate, 'TypeError', `'${kw}' is an invalid keyword argument for print()`);
  }
  if (file === 0 || isNone(tstate, file)) {
    file = PySys_GetObject(tstate, 'stdout');
    if (file === 0) return raise(tstate, 'RuntimeError', 'lost sys.stdout');
    // sys.stdout is None when the program runs without a console: print is a no-op
    if (isNone(tstate, file)) return none(tstate);
  }
  if (!checkSepEnd(tstate, 'sep', sep) || !checkSepEnd(tstate, 'end', end)) return 0;
  const fd = _PySys_HostTextIOFd(tstate, file);
  if (fd !== 0) {
    // sys.stdout's own write(): the whole line in one piece, straight to the host
    const sepText = sep === 0 || isNone(tstate, sep) ? ' ' : PyUnicode_AsString(interp, sep);
    let line = '';
    for (let i = 0; i < nargs; i++) {
      const s = _PyObject_StrString(tstate, arg(tstate, argsWord, i));
      if (s === null) return 0;
      line = i === 0 ? s : line + sepText + s;
    }
    line += end === 0 || isNone(tstate, end) ? '\n' : PyUnicode_AsString(interp, end);
    interp.host?.write(fd, line);
    if (flush !== 0) {
      const t = PyObject_IsTrue(tstate, flush);
      if (t < 0) return 0;
      if (t === 1) interp.host?.flush?.(fd);
    }
    return none(tstate);
  }
  Py_INCREF(interp, file);
  let ok = true;
  for (let i = 0; i < nargs && ok; i++) {
    if (i > 0) {
      ok = (sep === 0 || isNone(tstate, sep) ? PyFile_WriteString(tstate, ' ', file) : PyFile_WriteObject(tstate, sep, file, true)) === 0;
      if (!ok) break;
    }
    ok = PyFile_WriteObject(tstate, arg(tstate, argsWord, i), file, true) === 0;
  }
  if (ok) ok = (end === 0 || isNone(tstate, end) ? PyFile_WriteString(tstate, '\n', file) : PyFile_WriteObject(tstate, end, file, true)) === 0;
  if (ok && flush !== 0) {
    const t = PyObject_IsTrue(tstate, flush);
    if (t < 0) ok = false;
    else if (t === 1) ok = callMethodNoArgs(tstate, file, 'flush') === 0;
  }
  Py_DECREF(interp, file);
  return ok ? none(tstate) : 0;
}

/** input(prompt=None): the prompt through sys.stdout, the line from the host (CPython's builtin_input_impl). */
function builtin_input(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'input', nargs, 0, 1)) return 0;
  const interp = tstate.interp;
  const stderr = PySys_GetObject(tstate, 'stderr');
  if (stderr !== 0 && !isNone(tstate, stderr) && callMethodNoArgs(tstate, stderr, 'flush') < 0) PyErr_Clear(tstate);
  if (nargs === 1) {
    const stdout = PySys_GetObject(tstate, 'stdout');
    if (stdout === 0 || isNone(tstate, stdout)) return raise(tstate, 'RuntimeError', 'input(): lost sys.stdout');
    Py_INCREF(interp, stdout);
    const ok = PyFile_WriteObject(tstate, arg(tstate, argsWord, 0), stdout, true) === 0 && callMethodNoArgs(tstate, stdout, 'flush') === 0;
    Py_DECREF(interp, stdout);
    if (!ok) return 0;
  }
  // NON-CPYTHON: standard input is the host's readLine hook (no sys.stdin object yet)
  const line = interp.host?.readLine?.();
  if (line === undefined) return raise(tstate, 'EOFError', 'EOF when reading a line');
  return strResult(tstate, line);
}

// ---- eval, exec -----------------------------------------------------------------------------

/** The globals and locals eval()/exec() run with, defaulted from the caller's frame; null with an exception set. */
function evalNamespaces(tstate: ThreadState, globalsArg: number, localsArg: number): [number, number] | null {
  const interp = tstate.interp;
  let globals = globalsArg !== 0 && !isNone(tstate, globalsArg) ? globalsArg : 0;
  let locals = localsArg !== 0 && !isNone(tstate, localsArg) ? localsArg : 0;
  if (globals !== 0 && Py_TYPE(interp, globals) !== interp.types.dict) {
    raise(tstate, 'TypeError', 'globals must be a dict');
    return null;
  }
  if (locals !== 0 && Py_TYPE(interp, locals) !== interp.types.dict && _PyType_LookupString(tstate, Py_TYPE(interp, locals), '__getitem__') === 0) {
    raise(tstate, 'TypeError', 'locals must be a mapping');
    return null;
  }
  if (globals === 0) {
    globals = PyEval_GetGlobals(tstate);
    if (locals === 0) {
      locals = PyEval_GetLocals(tstate);
      if (locals === 0 && PyErr_Occurred(tstate) !== 0) return null;
    }
    if (globals === 0 || locals === 0) {
      raise(tstate, 'SystemError', 'globals and locals cannot be NULL');
      return null;
    }
  } else if (locals === 0) {
    locals = globals;
  }
  // cpython: builtin_eval_impl — a globals dict without __builtins__ gets the current ones
  const key = PyUnicode_FromString(tstate, '__builtins__');
  if (key === 0) return null;
  const has = PyDict_GetItemWithError(tstate, globals, key);
  let r = 0;
  if (has === 0 && PyErr_Occurred(tstate) === 0) {
    const frameBuiltins = PyEval_GetBuiltins(tstate);
    const builtins = frameBuiltins !== 0 ? frameBuiltins : interp.field(IMPORTS_BUILTINS_FIELD);
    r = builtins === 0 ? 0 : PyDict_SetItem(tstate, globals, key, builtins);
  }
  Py_DECREF(interp, key);
  if (PyErr_Occurred(tstate) !== 0 || r < 0) return null;
  return [globals, locals];
}

/** eval() and exec(): run a str, bytes or code object. */
function evalOrExec(tstate: ThreadState, which: 'eval' | 'exec', source: number, globalsArg: number, localsArg: number): number {
  const interp = tstate.interp;
  const ns = evalNamespaces(tstate, globalsArg, localsArg);
  if (ns === null) return 0;
  const [globals, locals] = ns;
  if (PyCode_Check(interp, source)) return PyEval_EvalCode(tstate, source, globals, locals);
  let text: string;
  if (isStr(tstate, source)) text = PyUnicode_AsString(interp, source);
  else if (Py_TYPE(interp, source) === interp.types.bytes) text = new TextDecoder().decode(PyBytes_AsUint8Array(interp, source));
  else return raise(tstate, 'TypeError', `${which}() arg 1 must be a string, bytes or code object`);
  if (which === 'eval') {
    // cpython: builtin_eval_impl strips leading spaces and tabs
    text = text.replace(/^[ \t]+/, '');
    if (text.includes('\0')) return raise(tstate, 'SyntaxError', 'source code string cannot contain null bytes');
  }
  return PyRun_String(tstate, text, '<string>', which, globals, locals);
}

function builtin_eval(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  if (!checkPositional(tstate, 'eval', nargs, 1, 3)) return 0;
  return evalOrExec(tstate, 'eval', arg(tstate, argsWord, 0), nargs > 1 ? arg(tstate, argsWord, 1) : 0, nargs > 2 ? arg(tstate, argsWord, 2) : 0);
}

const EXEC_PARAMS: readonly string[] = Object.freeze(['source', 'globals', 'locals', 'closure']);

function builtin_exec(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  if (nargs === 0) return raise(tstate, 'TypeError', 'exec() takes at least 1 positional argument (0 given)');
  const a = parseArgs(tstate, 'exec', argsWord, nargs, kwnames, EXEC_PARAMS, 3, 3, 1);
  if (a === null) return 0;
  if (a[3] !== 0 && !isNone(tstate, a[3])) return raise(tstate, 'TypeError', 'closure can only be used when source is a code object');
  const r = evalOrExec(tstate, 'exec', a[0], a[1], a[2]);
  if (r === 0) return 0;
  Py_DECREF(tstate.interp, r);
  return none(tstate);
}

const COMPILE_PARAMS: readonly string[] = Object.freeze(['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version']);

/**
 * compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code object.
 * NON-CPYTHON (for now): flags, dont_inherit and optimize are accepted and ignored; no AST input.
 */
function builtin_compile(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  const a = parseArgs(tstate, 'compile', argsWord, nargs, kwnames, COMPILE_PARAMS, 0, 6, 3);
  if (a === null) return 0;
  const interp = tstate.interp;
  const [source, filename, mode] = a;
  if (!isStr(tstate, filename)) return raise(tstate, 'TypeError', `expected str, bytes or os.PathLike object, not ${Py_TYPE_NAME(interp, filename)}`);
  if (!isStr(tstate, mode)) return raise(tstate, 'TypeError', `compile() argument 'mode' must be str, not ${Py_TYPE_NAME(interp, mode)}`);
  const m = PyUnicode_AsString(interp, mode);
  if (m !== 'exec' && m !== 'eval' && m !== 'single') return raise(tstate, 'ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
  let text: string;
  if (isStr(tstate, source)) text = PyUnicode_AsString(interp, source);
  else if (Py_TYPE(interp, source) === interp.types.bytes) text = new TextDecoder().decode(PyBytes_AsUint8Array(interp, source));
  else return raise(tstate, 'TypeError', 'compile() arg 1 must be a string, bytes or AST object');
  return Py_CompileString(tstate, text, PyUnicode_AsString(interp, filename), m);
}

// ---- __build_class__, __import__ ------------------------------------------------------------

/** The most derived metaclass of `meta` and the bases' types (CPython's _PyType_CalculateMetaclass). */
function calculateMetaclass(tstate: ThreadState, meta: number, bases: number): number {
  const interp = tstate.interp;
  let winner = meta;
  const n = tupleLength(interp, bases);
  for (let i = 0; i < n; i++) {
    const tmp = Py_TYPE(interp, PyTuple_GET_ITEM(interp, bases, i));
    const a = PyObject_IsSubclass(tstate, winner, tmp);
    if (a < 0) return 0;
    if (a === 1) continue;
    const b = PyObject_IsSubclass(tstate, tmp, winner);
    if (b < 0) return 0;
    if (b === 1) {
      winner = tmp;
      continue;
    }
    return raise(
      tstate,
      'TypeError',
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/**
 * __build_class__(func, name, /, *bases, metaclass=None, **kwds) (CPython's
 * builtin___build_class__): the class body runs with a fresh namespace dict as its locals,
 * then the metaclass (type: H2's _PyType_FromClassBody) makes the class, and the `__class__`
 * cell the body returned is bound to it.
 */
function builtin___build_class__(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  const interp = tstate.interp;
  if (nargs < 2) return raise(tstate, 'TypeError', '__build_class__: not enough arguments');
  const func = arg(tstate, argsWord, 0);
  if (!PyFunction_Check(interp, func)) return raise(tstate, 'TypeError', '__build_class__: func must be a function');
  const name = arg(tstate, argsWord, 1);
  if (!isStr(tstate, name)) return raise(tstate, 'TypeError', '__build_class__: name is not a string');
  const bases = PyTuple_New(tstate, nargs - 2);
  if (bases === 0) return 0;
  for (let i = 2; i < nargs; i++) {
    const b = arg(tstate, argsWord, i);
    Py_INCREF(interp, b);
    PyTuple_SET_ITEM(interp, bases, i - 2, b);
  }
  let meta = 0;
  let kwds = 0;
  let ns = 0;
  let cls = 0;
  let cell = 0;
  const fail = (): number => {
    Py_DECREF(interp, bases);
    Py_DECREF(interp, kwds);
    Py_DECREF(interp, ns);
    Py_DECREF(interp, cell);
    Py_DECREF(interp, cls);
    Py_DECREF(interp, meta);
    return 0;
  };
  const nkw = kwCount(tstate, kwnames);
  for (let k = 0; k < nkw; k++) {
    const v = arg(tstate, argsWord, nargs + k);
    if (kwName(tstate, kwnames, k) === 'metaclass') {
      meta = newRef(tstate, v);
      continue;
    }
    if (kwds === 0) {
      kwds = PyDict_New(tstate);
      if (kwds === 0) return fail();
    }
    if (PyDict_SetItem(tstate, kwds, PyTuple_GET_ITEM(interp, kwnames, k), v) < 0) return fail();
  }
  let isClass = true;
  if (meta === 0) {
    meta = newRef(tstate, nargs > 2 ? Py_TYPE(interp, PyTuple_GET_ITEM(interp, bases, 0)) : interp.types.type);
  } else {
    const r = PyObject_IsInstance(tstate, meta, interp.types.type);
    if (r < 0) return fail();
    isClass = r === 1;
  }
  if (isClass) {
    const winner = calculateMetaclass(tstate, meta, bases);
    if (winner === 0) return fail();
    Py_INCREF(interp, winner);
    Py_DECREF(interp, meta);
    meta = winner;
  }
  // __prepare__: type's gives a new dict; a metaclass of the program's may define its own
  if (meta === interp.types.type) {
    ns = PyDict_New(tstate);
  } else {
    const prep = PyObject_GetAttrString(tstate, meta, '__prepare__');
    if (prep === 0) {
      if (!PyErr_ExceptionMatches(tstate, interp.runtime.staticType('AttributeError'))) return fail();
      PyErr_Clear(tstate);
      ns = PyDict_New(tstate);
    } else {
      const pargs = PyTuple_New(tstate, 2);
      if (pargs === 0) {
        Py_DECREF(interp, prep);
        return fail();
      }
      Py_INCREF(interp, name);
      PyTuple_SET_ITEM(interp, pargs, 0, name);
      Py_INCREF(interp, bases);
      PyTuple_SET_ITEM(interp, pargs, 1, bases);
      ns = PyObject_Call(tstate, prep, pargs, kwds);
      Py_DECREF(interp, pargs);
      Py_DECREF(interp, prep);
    }
  }
  if (ns === 0) return fail();
  cell = _PyEval_Vector(tstate, func, ns, 0, 0, 0);
  if (cell === 0) return fail();
  if (meta === interp.types.type) {
    cls = _PyType_FromClassBody(tstate, name, bases, ns, kwds);
  } else {
    const margs = PyTuple_New(tstate, 3);
    if (margs === 0) return fail();
    for (const [i, h] of [name, bases, ns].entries()) {
      Py_INCREF(interp, h);
      PyTuple_SET_ITEM(interp, margs, i, h);
    }
    cls = PyObject_Call(tstate, meta, margs, kwds);
    Py_DECREF(interp, margs);
  }
  if (cls === 0) return fail();
  if (PyCell_Check(interp, cell) && Py_TYPE(interp, cls) !== 0) {
    const cellCls = PyCell_GET(interp, cell);
    // NON-CPYTHON: a cell the metaclass did not fill is filled here (CPython raises
    // RuntimeError "__class__ not set …" when __classcell__ was not passed to type.__new__)
    if (cellCls === 0) {
      if (PyCell_Set(tstate, cell, cls) < 0) return fail();
    } else if (cellCls !== cls) {
      const what = _PyObject_ReprString(tstate, name);
      raise(tstate, 'TypeError', `__class__ set to ${_PyObject_ReprString(tstate, cellCls)} defining ${what} as ${_PyObject_ReprString(tstate, cls)}`);
      return fail();
    }
  }
  const result = cls;
  cls = 0;
  fail();
  return result;
}

const IMPORT_PARAMS: readonly string[] = Object.freeze(['name', 'globals', 'locals', 'fromlist', 'level']);

/**
 * __import__(name, globals=None, locals=None, fromlist=(), level=0) (CPython's
 * PyImport_ImportModuleLevelObject), for the modules already in sys.modules: `import a.b`
 * gives `a` unless there is a fromlist.
 * NON-CPYTHON (for now): no finders or loaders; a module not in sys.modules is not found.
 */
function builtin___import__(tstate: ThreadState, _self: number, argsWord: number, nargs: number, kwnames: number): number {
  const a = parseArgs(tstate, '__import__', argsWord, nargs, kwnames, IMPORT_PARAMS, 0, 5, 1);
  if (a === null) return 0;
  return PyImport_ImportModuleLevelObject(tstate, a[0], a[3], a[4]);
}

/** The import statement's module lookup in sys.modules (a new reference, or 0 with ModuleNotFoundError). @public */
export function PyImport_ImportModuleLevelObject(tstate: ThreadState, name: number, fromlist: number, levelObj: number): number {
  const interp = tstate.interp;
  if (!isStr(tstate, name)) return raise(tstate, 'TypeError', 'module name must be a string');
  let level = 0n;
  if (levelObj !== 0) {
    const l = indexValue(tstate, levelObj);
    if (l === null) return 0;
    level = l;
  }
  if (level < 0n) return raise(tstate, 'ValueError', 'level must be >= 0');
  if (level > 0n) return raise(tstate, 'ImportError', 'attempted relative import with no known parent package');
  const full = PyUnicode_AsString(interp, name);
  if (full.length === 0) return raise(tstate, 'ValueError', 'Empty module name');
  const modules = interp.field(IMPORTS_MODULES_FIELD);
  const mod = modules === 0 ? 0 : lookupModule(tstate, modules, full);
  if (mod === 0) {
    if (PyErr_Occurred(tstate) !== 0) return 0;
    return raiseModuleNotFound(tstate, full);
  }
  const dot = full.indexOf('.');
  const wantTop = dot >= 0 && (fromlist === 0 || isNone(tstate, fromlist) || PyObject_IsTrue(tstate, fromlist) === 0);
  if (!wantTop) return newRef(tstate, mod);
  const top = lookupModule(tstate, modules, full.slice(0, dot));
  if (top === 0) return PyErr_Occurred(tstate) !== 0 ? 0 : raiseModuleNotFound(tstate, full.slice(0, dot));
  return newRef(tstate, top);
}

function lookupModule(tstate: ThreadState, modules: number, name: string): number {
  const key = PyUnicode_FromString(tstate, name);
  if (key === 0) return 0;
  const m = PyDict_GetItemWithError(tstate, modules, key);
  Py_DECREF(tstate.interp, key);
  return m;
}

function raiseModuleNotFound(tstate: ThreadState, name: string): number {
  return raise(tstate, 'ModuleNotFoundError', `No module named ${unicodeReprOf(name)}`);
}

// ---- the table and the module -----------------------------------------------------------------

/** The builtins module's functions (CPython's builtin_methods). @public */
export const BUILTIN_METHODS: readonly PyMethodDef[] = Object.freeze(([
  { name: '__build_class__', meth: builtin___build_class__, flags: METH_FASTCALL | METH_KEYWORDS, doc: '__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class' },
  { name: '__import__', meth: builtin___import__, flags: METH_FASTCALL | METH_KEYWORDS, doc: 'Import a module.' },
  { name: 'abs', meth: builtin_abs, flags: METH_O, doc: 'Return the absolute value of the argument.' },
  { name: 'all', meth: builtin_all, flags: METH_O, doc: 'Return True if bool(x) is True for all values x in the iterable.' },
  { name: 'any', meth: builtin_any, flags: METH_O, doc: 'Return True if bool(x) is True for any x in the iterable.' },
  { name: 'ascii', meth: builtin_ascii, flags: METH_O, doc: 'Return an ASCII-only representation of an object.' },
  { name: 'bin', meth: builtin_bin, flags: METH_O, doc: 'Return the binary representation of an integer.' },
  { name: 'callable', meth: builtin_callable, flags: METH_O, doc: 'Return whether the object is callable.' },
  { name: 'chr', meth: builtin_chr, flags: METH_O, doc: 'Return a Unicode string of one character with ordinal i.' },
  { name: 'compile', meth: builtin_compile, flags: METH_FASTCALL | METH_KEYWORDS, doc: 'Compile source into a code object that can be executed by exec() or eval().' },
  { name: 'delattr', meth: builtin_delattr, flags: METH_FASTCALL, doc: 'Deletes the named attribute from the given object.' },
  { name: 'dir', meth: builtin_dir, flags: METH_FASTCALL, doc: 'Show attributes of an object.' },
  { name: 'divmod', meth: builtin_divmod, flags: METH_FASTCALL, doc: 'Return the tuple (x//y, x%y).' },
  { name: 'eval', meth: builtin_eval, flags: METH_FASTCALL, doc: 'Evaluate the given source in the context of globals and locals.' },
  { name: 'exec', meth: builtin_exec, flags: METH_FASTCALL | METH_KEYWORDS, doc: 'Execute the given source in the context of globals and locals.' },
  { name: 'format', meth: builtin_format, flags: METH_FASTCALL, doc: 'Return value.__format__(format_spec)' },
  { name: 'getattr', meth: builtin_getattr, flags: METH_FASTCALL, doc: 'Get a named attribute from an object.' },
  { name: 'globals', meth: builtin_globals, flags: METH_NOARGS, doc: "Return the dictionary containing the current scope's global variables." },
  { name: 'hasattr', meth: builtin_hasattr, flags: METH_FASTCALL, doc: 'Return whether the object has an attribute with the given name.' },
  { name: 'hash', meth: builtin_hash, flags: METH_O, doc: 'Return the hash value for the given object.' },
  { name: 'hex', meth: builtin_hex, flags: METH_O, doc: 'Return the hexadecimal representation of an integer.' },
  { name: 'id', meth: builtin_id, flags: METH_O, doc: 'Return the identity of an object.' },
  { name: 'input', meth: builtin_input, flags: METH_FASTCALL, doc: 'Read a string from standard input.' },
  { name: 'isinstance', meth: builtin_isinstance, flags: METH_FASTCALL, doc: 'Return whether an object is an instance of a class or of a subclass thereof.' },
  { name: 'issubclass', meth: builtin_issubclass, flags: METH_FASTCALL, doc: "Return whether 'cls' is derived from another class or is the same class." },
  { name: 'iter', meth: builtin_iter, flags: METH_FASTCALL, doc: 'Get an iterator from an object.' },
  { name: 'len', meth: builtin_len, flags: METH_O, doc: 'Return the number of items in a container.' },
  { name: 'locals', meth: builtin_locals, flags: METH_NOARGS, doc: "Return a dictionary containing the current scope's local variables." },
  { name: 'max', meth: builtin_max, flags: METH_FASTCALL | METH_KEYWORDS, doc: 'With a single iterable argument, return its biggest item.' },
  { name: 'min', meth: builtin_min, flags: METH_FASTCALL | METH_KEYWORDS, doc: 'With a single iterable argument, return its smallest item.' },
  { name: 'next', meth: builtin_next, flags: METH_FASTCALL, doc: 'Return the next item from the iterator.' },
  { name: 'oct', meth: builtin_oct, flags: METH_O, doc: 'Return the octal representation of an integer.' },
  { name: 'ord', meth: builtin_ord, flags: METH_O, doc: 'Return the Unicode code point for a one-character string.' },
  { name: 'pow', meth: builtin_pow, flags: METH_FASTCALL | METH_KEYWORDS, doc: 'Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments' },
  { name: 'print', meth: builtin_print, flags: METH_FASTCALL | METH_KEYWORDS, doc: 'Prints the values to a stream, or to sys.stdout by default.' },
  { name: 'repr', meth: builtin_repr, flags: METH_O, doc: 'Return the canonical string representation of the object.' },
  { name: 'round', meth: builtin_round, flags: METH_FASTCALL | METH_KEYWORDS, doc: 'Round a number to a given precision in decimal digits.' },
  { name: 'setattr', meth: builtin_setattr, flags: METH_FASTCALL, doc: 'Sets the named attribute on the given object to the specified value.' },
  { name: 'sorted', meth: builtin_sorted, flags: METH_FASTCALL | METH_KEYWORDS, doc: 'Return a new list containing all items from the iterable in ascending order.' },
  { name: 'sum', meth: builtin_sum, flags: METH_FASTCALL | METH_KEYWORDS, doc: "Return the sum of a 'start' value (default: 0) plus an iterable of numbers" },
  { name: 'vars', meth: builtin_vars, flags: METH_FASTCALL, doc: 'Show vars.' },
] satisfies PyMethodDef[]).map((d) => Object.freeze(d)));

/**
 * The builtin type names the builtins module binds besides the exception classes (CPython's
 * SETBUILTIN list in _PyBuiltin_Init), each a static type of the runtime.
 */
const BUILTIN_TYPE_NAMES: readonly string[] = Object.freeze([
  'bool', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset',
  'property', 'int', 'list', 'map', 'memoryview', 'object', 'range', 'reversed', 'set', 'slice',
  'staticmethod', 'str', 'super', 'tuple', 'type', 'zip',
]);


/** Binds `name` to the borrowed `value` in the dict `d`: 0, or -1 with an exception set. */
function bind(tstate: ThreadState, d: number, name: string, value: number): number {
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) return -1;
  const r = PyDict_SetItem(tstate, d, key, value);
  Py_DECREF(tstate.interp, key);
  return r;
}

/**
 * Makes the builtins module (CPython's _PyBuiltin_Init): the functions of BUILTIN_METHODS, the
 * constants, the builtin types and every exception class (with the EnvironmentError and
 * IOError aliases of OSError). A new reference, or 0 with an exception set.
 * @internal
 */
export function _PyBuiltin_Init(tstate: ThreadState): number {
  const interp = tstate.interp;
  const rt = interp.runtime;
  const mod = PyModule_New(tstate, 'builtins');
  if (mod === 0) return 0;
  if (PyModule_AddFunctions(tstate, mod, BUILTIN_METHODS) < 0) {
    Py_DECREF(interp, mod);
    return 0;
  }
  const d = PyModule_GetDict(interp, mod);
  let ok =
    bind(tstate, d, 'None', rt.immortalNone) === 0 &&
    bind(tstate, d, 'Ellipsis', rt.immortalEllipsis) === 0 &&
    bind(tstate, d, 'NotImplemented', rt.immortalNotImplemented) === 0 &&
    bind(tstate, d, 'False', rt.immortalFalse) === 0 &&
    bind(tstate, d, 'True', rt.immortalTrue) === 0 &&
    bind(tstate, d, '__debug__', rt.immortalTrue) === 0;
  for (let i = 0; ok && i < BUILTIN_TYPE_NAMES.length; i++) ok = bind(tstate, d, BUILTIN_TYPE_NAMES[i], rt.staticType(BUILTIN_TYPE_NAMES[i])) === 0;
  for (let i = 0; ok && i < STATIC_TYPES.length; i++) {
    const t = STATIC_TYPES[i];
    if ((t.flags & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0) ok = bind(tstate, d, t.name, rt.staticType(t.name)) === 0;
  }
  ok = ok && bind(tstate, d, 'EnvironmentError', rt.staticType('OSError')) === 0 && bind(tstate, d, 'IOError', rt.staticType('OSError')) === 0;
  if (!ok) {
    Py_DECREF(interp, mod);
    return 0;
  }
  return mod;
}
