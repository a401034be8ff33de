// The sys module (CPython's Python/sysmodule.c): argv, path, modules, exit, stdout/stderr,
// getrefcount, get/setrecursionlimit, intern, exc_info, version_info, implementation and the
// platform constants. sys.stdout and sys.stderr are instances of a small `_io.TextIOWrapper`
// heap type whose write() hands the text to the interpreter's host hooks (`interp.host`).

import { IMMORTAL_REFCNT, PY_BASE_EXCEPTION_OBJECT, PY_OBJECT } from '@pergil/runtime-state';
import { INTERPRETER_STATE } from './interpreter-state.layout.js';
import { THREAD_STATE } from './thread-state.layout.js';
import type { ThreadState } from './thread-state.js';
import { PyDict_GetItemWithError, PyDict_SetItem } from './objects/dictobject.js';
import { PyErr_Clear, PyErr_SetRaisedException, raise } from './objects/exceptions.js';
import { exceptionFromArgs } from './objects/exceptions-attrs.js';
import { PyList_Append, PyList_New } from './objects/listobject.js';
import { PyLong_AsBigInt, PyLong_FromBigInt, PyLong_FromLong } from './objects/longobject.js';
import type { PyGetSetDef, PyMethodDef } from './objects/methoddef.js';
import { METH_FASTCALL, METH_NOARGS, METH_O } from './objects/methoddef.js';
import { PyLong_Check, PyObject_Repr, PyObject_Str, Py_DECREF, Py_INCREF, Py_REFCNT, Py_TYPE, Py_TYPE_NAME, _PyObject_ReprString, _PyObject_StrString } from './objects/object.js';
import { PyObject_CallNoArgs, PyObject_CallOneArg } from './objects/call.js';
import { PyObject_GetAttrString } from './objects/object-attrs.js';
import { PyTuple_New, PyTuple_Pack, PyTuple_SET_ITEM } from './objects/tupleobject.js';
import { PyUnicode_AsString, PyUnicode_FromString, PyUnicode_InternFromString, unicodeLength } from './objects/unicodeobject.js';
import { PY_TEXTIO_OBJECT } from './sysmodule.layout.js';
// H2's modules and heap types
import { PyModule_AddFunctions, PyModule_GetDict, PyModule_New } from './objects/moduleobject.js';
import { PyType_FromSpec, PyType_GenericAlloc, _PyType_GetDict } from './objects/typeobject.js';
import { descrDefIndex } from './objects/methodobject.js';
import { methodDefAt } from './objects/methodtable.js';

const IS = INTERPRETER_STATE.offsetBytes;
const TS = THREAD_STATE.offsetBytes;
const TEXTIO_FD = PY_TEXTIO_OBJECT.offsetBytes.fd;

/** The Python version pergil's compiler and builtins follow (sys.version_info). @public */
export const PY_VERSION_INFO: readonly [number, number, number, string, number] = Object.freeze([3, 11, 7, 'final', 0] as const);
/** sys.hexversion for {@link PY_VERSION_INFO} (CPython's PY_VERSION_HEX). @public */
export const PY_VERSION_HEX = (3 << 24) | (11 << 16) | (7 << 8) | (0xf << 4) | 0;
/** sys.version. @public */
export const PY_VERSION = '3.11.7 (pergil) [TypeScript]';

/** The sys object `name` (borrowed; CPython's PySys_GetObject), or 0 (no exception set) if there is none. @public */
export function PySys_GetObject(tstate: ThreadState, name: string): number {
  const interp = tstate.interp;
  const sys = interp.field(IS.imports_sys);
  if (sys === 0) return 0;
  // the runtime interns the names print and the start-up look up (stdout, stderr): no allocation
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) return 0;
  const v = PyDict_GetItemWithError(tstate, PyModule_GetDict(interp, sys), key);
  Py_DECREF(interp, key);
  return v;
}

// ---- writing to file objects (CPython's Objects/fileobject.c) ------------------------------

/** file.write(s) for the JS string `s` (CPython's PyFile_WriteString). 0, or -1 with an exception set. @public */
export function PyFile_WriteString(tstate: ThreadState, s: string, file: number): number {
  const str = PyUnicode_FromString(tstate, s);
  if (str === 0) return -1;
  const r = PyFile_WriteObject(tstate, str, file, true);
  Py_DECREF(tstate.interp, str);
  return r;
}

/** file.write(str(v)) or file.write(repr(v)) (CPython's PyFile_WriteObject, raw = Py_PRINT_RAW). @public */
export function PyFile_WriteObject(tstate: ThreadState, v: number, file: number, raw: boolean): number {
  const interp = tstate.interp;
  const fd = _PySys_HostTextIOFd(tstate, file);
  if (fd !== 0) {
    // sys.stdout's own write(): straight to the host, without a bound method and a call
    const text = raw ? _PyObject_StrString(tstate, v) : _PyObject_ReprString(tstate, v);
    if (text === null) return -1;
    interp.host?.write(fd, text);
    return 0;
  }
  const write = PyObject_GetAttrString(tstate, file, 'write');
  if (write === 0) return -1;
  const text = raw ? PyObject_Str(tstate, v) : PyObject_Repr(tstate, v);
  if (text === 0) {
    Py_DECREF(interp, write);
    return -1;
  }
  const r = PyObject_CallOneArg(tstate, write, text);
  Py_DECREF(interp, text);
  Py_DECREF(interp, write);
  if (r === 0) return -1;
  Py_DECREF(interp, r);
  return 0;
}

/** obj.name() with its result dropped: 0, or -1 with an exception set. @internal */
export function callMethodNoArgs(tstate: ThreadState, obj: number, name: string): number {
  const m = PyObject_GetAttrString(tstate, obj, name);
  if (m === 0) return -1;
  const r = PyObject_CallNoArgs(tstate, m);
  Py_DECREF(tstate.interp, m);
  if (r === 0) return -1;
  Py_DECREF(tstate.interp, r);
  return 0;
}

/** 1 or 2 if `file` is one of sys's TextIOWrappers (its type's write is textio_write), else 0. @internal */
export function _PySys_HostTextIOFd(tstate: ThreadState, file: number): 0 | 1 | 2 {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, file);
  if (type <= 0) return 0;
  // TextIOWrapper cannot be subclassed and its instances have no __dict__: its own dict decides
  const key = PyUnicode_InternFromString(tstate, 'write');
  const dict = key === 0 ? 0 : _PyType_GetDict(tstate, type);
  const write = dict === 0 ? 0 : PyDict_GetItemWithError(tstate, dict, key);
  Py_DECREF(interp, key);
  if (write === 0) {
    PyErr_Clear(tstate);
    return 0;
  }
  if (Py_TYPE(interp, write) !== interp.runtime.staticType('method_descriptor') || methodDefAt(descrDefIndex(interp, write)).meth !== textio_write) return 0;
  return textioFd(tstate, file);
}

// ---- _io.TextIOWrapper: sys.stdout and sys.stderr -------------------------------------------

function textioFd(tstate: ThreadState, self: number): 1 | 2 {
  return tstate.interp.views.i32[(self + TEXTIO_FD) >> 2] === 2 ? 2 : 1;
}

/** TextIOWrapper.write(s): hands `s` to the host, returns its length in characters. */
function textio_write(tstate: ThreadState, self: number, argsWord: number): number {
  const interp = tstate.interp;
  const s = interp.views.i32[argsWord];
  if (Py_TYPE(interp, s) !== interp.types.str) return raise(tstate, 'TypeError', `write() argument must be str, not ${Py_TYPE_NAME(interp, s)}`);
  const n = unicodeLength(interp, s);
  interp.host?.write(textioFd(tstate, self), PyUnicode_AsString(interp, s));
  return PyLong_FromLong(tstate, n);
}

function textio_flush(tstate: ThreadState, self: number): number {
  tstate.interp.host?.flush?.(textioFd(tstate, self));
  return tstate.interp.runtime.immortalNone;
}

function textio_fileno(tstate: ThreadState, self: number): number {
  return PyLong_FromLong(tstate, textioFd(tstate, self));
}

function textio_false(tstate: ThreadState): number {
  return tstate.interp.runtime.immortalFalse;
}

function textio_true(tstate: ThreadState): number {
  return tstate.interp.runtime.immortalTrue;
}

function textio_repr(tstate: ThreadState, self: number): number {
  return PyUnicode_FromString(tstate, `<_io.TextIOWrapper name='<${textioFd(tstate, self) === 1 ? 'stdout' : 'stderr'}>' mode='w' encoding='utf-8'>`);
}

/** The methods of sys.stdout's type (a subset of CPython's _io.TextIOWrapper). @public */
export const TEXTIO_METHODS: readonly PyMethodDef[] = Object.freeze(([
  { name: 'write', meth: textio_write, flags: METH_O, doc: 'Write string s to stream.' },
  { name: 'flush', meth: textio_flush, flags: METH_NOARGS, doc: 'Flush write buffers, if applicable.' },
  { name: 'fileno', meth: textio_fileno, flags: METH_NOARGS, doc: 'Return the underlying file descriptor.' },
  { name: 'isatty', meth: textio_false, flags: METH_NOARGS, doc: 'Return whether this is an interactive stream.' },
  { name: 'readable', meth: textio_false, flags: METH_NOARGS, doc: 'Return whether object was opened for reading.' },
  { name: 'writable', meth: textio_true, flags: METH_NOARGS, doc: 'Return whether object was opened for writing.' },
  { name: '__repr__', meth: textio_repr, flags: METH_NOARGS, doc: 'Return repr(self).' },
] satisfies PyMethodDef[]).map((d) => Object.freeze(d)));

/** The attributes of sys.stdout's type. @public */
export const TEXTIO_GETSETS: readonly PyGetSetDef[] = Object.freeze(([
  { name: 'encoding', get: (tstate: ThreadState) => PyUnicode_FromString(tstate, 'utf-8') },
  { name: 'errors', get: (tstate: ThreadState) => PyUnicode_FromString(tstate, 'strict') },
  { name: 'mode', get: (tstate: ThreadState) => PyUnicode_FromString(tstate, 'w') },
  { name: 'name', get: (tstate: ThreadState, self: number) => PyUnicode_FromString(tstate, textioFd(tstate, self) === 1 ? '<stdout>' : '<stderr>') },
  { name: 'closed', get: (tstate: ThreadState) => tstate.interp.runtime.immortalFalse },
  { name: 'line_buffering', get: (tstate: ThreadState) => tstate.interp.runtime.immortalFalse },
] satisfies PyGetSetDef[]).map((d) => Object.freeze(d)));

/** A new TextIOWrapper of `type` writing to `fd`. */
function textioNew(tstate: ThreadState, type: number, fd: 1 | 2): number {
  const h = PyType_GenericAlloc(tstate, type);
  if (h === 0) return 0;
  tstate.interp.views.i32[(h + TEXTIO_FD) >> 2] = fd;
  return h;
}

// ---- constant namespaces: sys.implementation, sys.flags --------------------------------------

/** repr of sys.implementation (CPython prints a types.SimpleNamespace). */
function implementation_repr(tstate: ThreadState): number {
  const [major, minor, micro, level, serial] = PY_VERSION_INFO;
  const vi = `sys.version_info(major=${major}, minor=${minor}, micro=${micro}, releaselevel='${level}', serial=${serial})`;
  return PyUnicode_FromString(tstate, `namespace(name='pergil', cache_tag=None, version=${vi}, hexversion=${PY_VERSION_HEX})`);
}

/** The methods of sys.implementation's type. @public */
export const IMPLEMENTATION_METHODS: readonly PyMethodDef[] = Object.freeze(([
  { name: '__repr__', meth: implementation_repr, flags: METH_NOARGS },
] satisfies PyMethodDef[]).map((d) => Object.freeze(d)));

/**
 * The attributes of sys.implementation (CPython: a types.SimpleNamespace). cache_tag None
 * says "no bytecode cache", as PEP 421 allows.
 * NON-CPYTHON: a read-only object of its own type rather than a SimpleNamespace.
 * @public
 */
export const IMPLEMENTATION_GETSETS: readonly PyGetSetDef[] = Object.freeze(([
  { name: 'name', get: (tstate: ThreadState) => PyUnicode_FromString(tstate, 'pergil') },
  { name: 'cache_tag', get: (tstate: ThreadState) => tstate.interp.runtime.immortalNone },
  { name: 'version', get: (tstate: ThreadState) => versionInfo(tstate) },
  { name: 'hexversion', get: (tstate: ThreadState) => PyLong_FromLong(tstate, PY_VERSION_HEX) },
] satisfies PyGetSetDef[]).map((d) => Object.freeze(d)));

/** sys.flags' fields and values (CPython 3.11's order; dev_mode and safe_path are bools). */
const FLAGS: readonly (readonly [string, number | boolean])[] = Object.freeze([
  ['debug', 0], ['inspect', 0], ['interactive', 0], ['optimize', 0], ['dont_write_bytecode', 1], ['no_user_site', 0],
  ['no_site', 0], ['ignore_environment', 0], ['verbose', 0], ['bytes_warning', 0], ['quiet', 0], ['hash_randomization', 0],
  ['isolated', 0], ['dev_mode', false], ['utf8_mode', 1], ['warn_default_encoding', 0], ['safe_path', false], ['int_max_str_digits', -1],
].map((f) => Object.freeze(f) as readonly [string, number | boolean]));

function flagValue(tstate: ThreadState, v: number | boolean): number {
  const rt = tstate.interp.runtime;
  if (typeof v === 'boolean') return v ? rt.immortalTrue : rt.immortalFalse;
  return PyLong_FromLong(tstate, v);
}

function flags_repr(tstate: ThreadState): number {
  const fields = FLAGS.map(([k, v]) => `${k}=${typeof v === 'boolean' ? (v ? 'True' : 'False') : v}`);
  return PyUnicode_FromString(tstate, `sys.flags(${fields.join(', ')})`);
}

/** The methods of sys.flags' type. @public */
export const FLAGS_METHODS: readonly PyMethodDef[] = Object.freeze(([{ name: '__repr__', meth: flags_repr, flags: METH_NOARGS }] satisfies PyMethodDef[]).map((d) => Object.freeze(d)));

/**
 * sys.flags' attributes. NON-CPYTHON: an object of its own type, not a structseq (no
 * indexing); hash_randomization is 0 (str hashes are not randomized), utf8_mode 1.
 * @public
 */
export const FLAGS_GETSETS: readonly PyGetSetDef[] = Object.freeze(
  FLAGS.map(([name, v]) => Object.freeze({ name, get: (tstate: ThreadState) => flagValue(tstate, v) })),
);

/**
 * sys.version_info. NON-CPYTHON: a plain tuple (3, 11, 7, 'final', 0), not a structseq —
 * comparisons and indexing work, `.major` does not.
 */
function versionInfo(tstate: ThreadState): number {
  const [major, minor, micro, level, serial] = PY_VERSION_INFO;
  const lv = PyUnicode_FromString(tstate, level);
  if (lv === 0) return 0;
  const rt = tstate.interp.runtime;
  const t = PyTuple_Pack(tstate, [rt.smallInt(major), rt.smallInt(minor), rt.smallInt(micro), lv, rt.smallInt(serial)]);
  Py_DECREF(tstate.interp, lv);
  return t;
}

// ---- functions --------------------------------------------------------------------------------

/** sys.exit(status=None): raises SystemExit(status) (a tuple status becomes the args). */
function sys_exit(tstate: ThreadState, _self: number, argsWord: number, nargs: number): number {
  const interp = tstate.interp;
  if (nargs > 1) return raise(tstate, 'TypeError', `exit expected at most 1 argument, got ${nargs}`);
  const status = nargs === 1 ? interp.views.i32[argsWord] : interp.runtime.immortalNone;
  let args: number;
  if (status === interp.runtime.immortalNone) {
    args = interp.runtime.emptyTuple;
  } else if (Py_TYPE(interp, status) === interp.types.tuple) {
    args = status;
    Py_INCREF(interp, args);
  } else {
    args = PyTuple_New(tstate, 1);
    if (args === 0) return 0;
    Py_INCREF(interp, status);
    PyTuple_SET_ITEM(interp, args, 0, status);
  }
  const exc = exceptionFromArgs(tstate, interp.runtime.staticType('SystemExit'), args);
  Py_DECREF(interp, args);
  if (exc === 0) return 0;
  PyErr_SetRaisedException(tstate, exc);
  return 0;
}

/**
 * sys.getrefcount(o). The argument sits on the caller's eval stack, which holds a reference,
 * so the count already includes it as CPython's does.
 * NON-CPYTHON: an immortal object (None, small ints, …: they live in the runtime heap and are
 * never counted) reports IMMORTAL_REFCNT; CPython 3.11 has no immortal objects.
 */
function sys_getrefcount(tstate: ThreadState, _self: number, argsWord: number): number {
  const o = tstate.interp.views.i32[argsWord];
  return PyLong_FromLong(tstate, o < 0 ? IMMORTAL_REFCNT : Py_REFCNT(tstate.interp, o));
}

function sys_getrecursionlimit(tstate: ThreadState): number {
  return PyLong_FromLong(tstate, tstate.interp.recursionLimit);
}

/** sys.setrecursionlimit(n): the interpreter's limit and every thread state's copy (CPython's Py_SetRecursionLimit). */
function sys_setrecursionlimit(tstate: ThreadState, _self: number, argsWord: number): number {
  const interp = tstate.interp;
  const o = interp.views.i32[argsWord];
  if (!PyLong_Check(interp, o)) return raise(tstate, 'TypeError', `'${Py_TYPE_NAME(interp, o)}' object cannot be interpreted as an integer`);
  const big = PyLong_AsBigInt(interp, o);
  if (big > 0x7fffffffn || big < -0x80000000n) return raise(tstate, 'OverflowError', 'Python int too large to convert to C int');
  const limit = Number(big);
  if (limit < 1) return raise(tstate, 'ValueError', 'recursion limit must be greater or equal than 1');
  const depth = tstate.field(TS.recursion_depth);
  if (depth >= limit) {
    return raise(tstate, 'RecursionError', `cannot set the recursion limit to ${limit} at the recursion depth ${depth}: the limit is too low`);
  }
  interp.setField(IS.ceval_recursion_limit, limit);
  const i32 = interp.views.i32;
  for (let t = interp.field(IS.threads_head); t !== 0; t = i32[(t + TS.next) >> 2]) i32[(t + TS.recursion_limit) >> 2] = limit;
  return interp.runtime.immortalNone;
}

/** sys.intern(s). NON-CPYTHON (for now): the runtime's interned str when it has one, else `s` itself. */
function sys_intern(tstate: ThreadState, _self: number, argsWord: number): number {
  const interp = tstate.interp;
  const s = interp.views.i32[argsWord];
  if (Py_TYPE(interp, s) !== interp.types.str) return raise(tstate, 'TypeError', `intern() argument must be str, not ${Py_TYPE_NAME(interp, s)}`);
  const interned = interp.runtime.internedString(PyUnicode_AsString(interp, s));
  const r = interned !== 0 ? interned : s;
  Py_INCREF(interp, r);
  return r;
}

function sys_getdefaultencoding(tstate: ThreadState): number {
  return PyUnicode_FromString(tstate, 'utf-8');
}

/** sys.exc_info(): (type, value, traceback) of the exception being handled, or three Nones. */
function sys_exc_info(tstate: ThreadState): number {
  const interp = tstate.interp;
  const exc = tstate.field(TS.exc_info);
  const none = interp.runtime.immortalNone;
  if (exc === 0 || exc === none) return PyTuple_Pack(tstate, [none, none, none]);
  const tb = interp.views.i32[(exc + PY_BASE_EXCEPTION_OBJECT.offsetBytes.traceback) >> 2];
  return PyTuple_Pack(tstate, [Py_TYPE(interp, exc), exc, tb === 0 ? none : tb]);
}

/** The sys module's functions (CPython's sys_methods). @public */
export const SYS_METHODS: readonly PyMethodDef[] = Object.freeze(([
  { name: 'exc_info', meth: sys_exc_info, flags: METH_NOARGS, doc: 'Return current exception information: (type, value, traceback).' },
  { name: 'exit', meth: sys_exit, flags: METH_FASTCALL, doc: 'Exit the interpreter by raising SystemExit(status).' },
  { name: 'getdefaultencoding', meth: sys_getdefaultencoding, flags: METH_NOARGS, doc: 'Return the current default encoding used by the Unicode implementation.' },
  { name: 'getrecursionlimit', meth: sys_getrecursionlimit, flags: METH_NOARGS, doc: 'Return the current value of the recursion limit.' },
  { name: 'getrefcount', meth: sys_getrefcount, flags: METH_O, doc: 'Return the reference count of object.' },
  { name: 'intern', meth: sys_intern, flags: METH_O, doc: "``Intern'' the given string." },
  { name: 'setrecursionlimit', meth: sys_setrecursionlimit, flags: METH_O, doc: 'Set the maximum depth of the Python interpreter stack to n.' },
] satisfies PyMethodDef[]).map((d) => Object.freeze(d)));

// ---- the module -------------------------------------------------------------------------------

/** What sys needs from the host at start-up. @public */
export interface SysConfig {
  /** sys.argv (argv[0] is the script path, '-c' for a command, '' for none). */
  readonly argv: readonly string[];
  /** sys.path[0]: the script's directory, '' for -c. */
  readonly path0: string;
  /** sys.executable. */
  readonly executable: string;
}

function strList(tstate: ThreadState, items: readonly string[]): number {
  const interp = tstate.interp;
  const list = PyList_New(tstate, 0);
  if (list === 0) return 0;
  for (const s of items) {
    const h = PyUnicode_FromString(tstate, s);
    const r = h === 0 ? -1 : PyList_Append(tstate, list, h);
    Py_DECREF(interp, h);
    if (r < 0) {
      Py_DECREF(interp, list);
      return 0;
    }
  }
  return list;
}

/** d[name] = value, `value` a new reference that is consumed (0 means the call that made it failed). */
function setStolen(tstate: ThreadState, d: number, name: string, value: number): boolean {
  if (value === 0) return false;
  const key = PyUnicode_InternFromString(tstate, name);
  const r = key === 0 ? -1 : PyDict_SetItem(tstate, d, key, value);
  Py_DECREF(tstate.interp, key);
  Py_DECREF(tstate.interp, value);
  return r === 0;
}

/** An instance of a new heap type made from (name, methods, getsets) with no fields of its own. */
function constantObject(tstate: ThreadState, name: string, methods: readonly PyMethodDef[], getsets: readonly PyGetSetDef[]): number {
  const type = PyType_FromSpec(tstate, { name, methods, getsets, basicsizeBytes: PY_OBJECT.sizeBytes });
  if (type === 0) return 0;
  const h = PyType_GenericAlloc(tstate, type);
  Py_DECREF(tstate.interp, type); // the instance holds its own reference
  return h;
}

/**
 * Makes the sys module (CPython's _PySys_Create): a new reference, or 0 with an exception set.
 * `modules` is sys.modules (borrowed; the module keeps a reference).
 * @internal
 */
export function _PySys_Create(tstate: ThreadState, modules: number, config: SysConfig): number {
  const interp = tstate.interp;
  const sys = PyModule_New(tstate, 'sys');
  if (sys === 0) return 0;
  if (PyModule_AddFunctions(tstate, sys, SYS_METHODS) < 0) {
    Py_DECREF(interp, sys);
    return 0;
  }
  const d = PyModule_GetDict(interp, sys);
  const textio = PyType_FromSpec(tstate, { name: '_io.TextIOWrapper', methods: TEXTIO_METHODS, getsets: TEXTIO_GETSETS, basicsizeBytes: PY_TEXTIO_OBJECT.sizeBytes });
  if (textio === 0) {
    Py_DECREF(interp, sys);
    return 0;
  }
  const stdout = textioNew(tstate, textio, 1);
  const stderr = stdout === 0 ? 0 : textioNew(tstate, textio, 2);
  Py_DECREF(interp, textio); // the two instances hold it
  Py_INCREF(interp, modules);
  if (stdout !== 0) Py_INCREF(interp, stdout);
  if (stderr !== 0) Py_INCREF(interp, stderr);
  const ok =
    setStolen(tstate, d, 'modules', modules) &&
    setStolen(tstate, d, 'stdout', stdout) &&
    setStolen(tstate, d, '__stdout__', stdout) &&
    setStolen(tstate, d, 'stderr', stderr) &&
    setStolen(tstate, d, '__stderr__', stderr) &&
    setStolen(tstate, d, 'argv', strList(tstate, config.argv.length === 0 ? [''] : config.argv)) &&
    setStolen(tstate, d, 'path', strList(tstate, [config.path0])) &&
    setStolen(tstate, d, 'executable', PyUnicode_FromString(tstate, config.executable)) &&
    setStolen(tstate, d, 'platform', PyUnicode_FromString(tstate, 'linux')) &&
    setStolen(tstate, d, 'byteorder', PyUnicode_FromString(tstate, 'little')) &&
    setStolen(tstate, d, 'version', PyUnicode_FromString(tstate, PY_VERSION)) &&
    setStolen(tstate, d, 'version_info', versionInfo(tstate)) &&
    setStolen(tstate, d, 'hexversion', PyLong_FromLong(tstate, PY_VERSION_HEX)) &&
    setStolen(tstate, d, 'api_version', PyLong_FromLong(tstate, 1013)) &&
    setStolen(tstate, d, 'maxsize', PyLong_FromBigInt(tstate, (1n << 63n) - 1n)) &&
    setStolen(tstate, d, 'maxunicode', PyLong_FromLong(tstate, 0x10ffff)) &&
    setStolen(tstate, d, 'implementation', constantObject(tstate, 'types.SimpleNamespace', IMPLEMENTATION_METHODS, IMPLEMENTATION_GETSETS)) &&
    setStolen(tstate, d, 'flags', constantObject(tstate, 'sys.flags', FLAGS_METHODS, FLAGS_GETSETS)) &&
    setStolen(tstate, d, 'builtin_module_names', builtinModuleNames(tstate));
  if (!ok) {
    Py_DECREF(interp, sys);
    return 0;
  }
  return sys;
}

function builtinModuleNames(tstate: ThreadState): number {
  const a = PyUnicode_FromString(tstate, 'builtins');
  const b = PyUnicode_FromString(tstate, 'sys');
  const t = a === 0 || b === 0 ? 0 : PyTuple_Pack(tstate, [a, b]);
  Py_DECREF(tstate.interp, a);
  Py_DECREF(tstate.interp, b);
  return t;
}
