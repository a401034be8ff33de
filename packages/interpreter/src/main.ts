// Running a program as __main__ (CPython's Modules/main.c pymain_run_python and Py_RunMain,
// Python/pythonrun.c _PyRun_SimpleFileObject / PyRun_SimpleStringFlags, and
// _Py_HandleSystemExit): run a file or a `-c` command in __main__'s namespace, turn SystemExit
// into an exit status, print any other uncaught exception as CPython's traceback on stderr.

import type { ThreadState } from './thread-state.js';
import { PY_BASE_EXCEPTION_OBJECT } from '@pergil/runtime-state';
import { PyImport_GetMainModule, Py_InitializeInterpreter, Py_IsInterpreterInitialized } from './pylifecycle.js';
import type { InterpreterHost } from './interpreter-state.js';
import { PyFile_WriteObject, PyFile_WriteString, PySys_GetObject, callMethodNoArgs } from './sysmodule.js';
import { PyDict_SetItem } from './objects/dictobject.js';
import { PyErr_Clear, PyErr_GetRaisedException, PyErr_GivenExceptionMatches } from './objects/exceptions.js';
import { PyLong_AsBigInt } from './objects/longobject.js';
import { PyLong_Check, Py_DECREF, Py_INCREF } from './objects/object.js';
import { PyTuple_GET_ITEM, tupleLength } from './objects/tupleobject.js';
import { PyUnicode_FromString, PyUnicode_InternFromString } from './objects/unicodeobject.js';
import { PyModule_GetDict } from './objects/moduleobject.js';
import { PyErr_Display, PyRun_String } from './pythonrun.js';
import { PyObject_GetAttrString } from './objects/object-attrs.js';

/** What {@link Py_RunMain} runs. @public */
export interface RunMainOptions {
  /** The program text. */
  readonly source: string;
  /**
   * The name the program is compiled under (tracebacks): the script's path, or `<string>` for
   * `-c` (the default). A name not in angle brackets is also `__main__.__file__`.
   */
  readonly filename?: string;
  /** sys.argv, used only when Py_RunMain has to initialize the interpreter itself. */
  readonly argv?: readonly string[];
  /** The host hooks, used only when Py_RunMain has to initialize the interpreter itself. */
  readonly host?: InterpreterHost;
}

function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : at === 0 ? '/' : path.slice(0, at);
}

/**
 * Runs a program as `__main__` (CPython's Py_RunMain → pymain_run_python, minus the
 * interactive loop and the finalization, which is {@link Py_FinalizeInterpreterModules}):
 * initializes the interpreter first if {@link Py_InitializeInterpreter} has not run, runs the
 * program in __main__'s namespace, flushes sys.stdout and sys.stderr, and returns the exit
 * status — 0; SystemExit(None) 0, SystemExit(n) n, another SystemExit code printed to stderr
 * and 1; any other uncaught exception's traceback on stderr (H1's PyErr_Display) and 1.
 * @public
 */
export function Py_RunMain(tstate: ThreadState, options: RunMainOptions): number {
  const filename = options.filename ?? '<string>';
  const isFile = !filename.startsWith('<');
  let status: number;
  if (!Py_IsInterpreterInitialized(tstate) && Py_InitializeInterpreter(tstate, { argv: options.argv ?? [isFile ? filename : '-c'], path0: isFile ? dirname(filename) : '', host: options.host }) < 0) {
    status = printUncaught(tstate);
  } else {
    status = runMain(tstate, options.source, filename, isFile);
  }
  flushStdFiles(tstate);
  return status;
}

function runMain(tstate: ThreadState, source: string, filename: string, isFile: boolean): number {
  const interp = tstate.interp;
  const main = PyImport_GetMainModule(tstate);
  if (main === 0) return printUncaught(tstate);
  const d = PyModule_GetDict(interp, main);
  if (isFile) {
    const key = PyUnicode_InternFromString(tstate, '__file__');
    const value = PyUnicode_FromString(tstate, filename);
    const r = key === 0 || value === 0 ? -1 : PyDict_SetItem(tstate, d, key, value);
    Py_DECREF(interp, key);
    Py_DECREF(interp, value);
    if (r < 0) return printUncaught(tstate);
  }
  const result = PyRun_String(tstate, source, filename, 'exec', d, d);
  if (result !== 0) {
    Py_DECREF(interp, result);
    return 0;
  }
  return printUncaught(tstate);
}

/**
 * Handles the raised exception at the top level (CPython's _PyErr_PrintEx): SystemExit
 * becomes the exit status, anything else is displayed on sys.stderr and gives 1.
 */
function printUncaught(tstate: ThreadState): number {
  const interp = tstate.interp;
  const exc = PyErr_GetRaisedException(tstate);
  if (exc === 0) return 1;
  if (PyErr_GivenExceptionMatches(interp, exc, interp.runtime.staticType('SystemExit'))) {
    const status = handleSystemExit(tstate, exc);
    Py_DECREF(interp, exc);
    return status;
  }
  const text = PyErr_Display(tstate, exc);
  Py_DECREF(interp, exc);
  writeStderr(tstate, text);
  return 1;
}

/** The code of a SystemExit: its `code` attribute (None, an int, or anything else). A new reference. */
function systemExitCode(tstate: ThreadState, exc: number): number {
  const code = PyObject_GetAttrString(tstate, exc, 'code');
  if (code !== 0) return code;
  PyErr_Clear(tstate);
  // cpython: SystemExit_init — no args: None; one: that arg; several: the args tuple
  const interp = tstate.interp;
  const args = interp.views.i32[(exc + PY_BASE_EXCEPTION_OBJECT.offsetBytes.args) >> 2];
  const n = tupleLength(interp, args);
  const c = n === 0 ? interp.runtime.immortalNone : n === 1 ? PyTuple_GET_ITEM(interp, args, 0) : args;
  Py_INCREF(interp, c);
  return c;
}

/** CPython's _Py_HandleSystemExit: the exit status for SystemExit `exc`. */
function handleSystemExit(tstate: ThreadState, exc: number): number {
  const interp = tstate.interp;
  const code = systemExitCode(tstate, exc);
  if (code === interp.runtime.immortalNone) return 0;
  if (PyLong_Check(interp, code)) {
    const v = PyLong_AsBigInt(interp, code);
    Py_DECREF(interp, code);
    // cpython: the C int conversion (PyLong_AsLong, then the process status)
    return Number(BigInt.asIntN(32, v));
  }
  const stderr = PySys_GetObject(tstate, 'stderr');
  let ok = false;
  if (stderr !== 0 && stderr !== interp.runtime.immortalNone) {
    ok = PyFile_WriteObject(tstate, code, stderr, true) === 0 && PyFile_WriteString(tstate, '\n', stderr) === 0;
  }
  if (!ok) PyErr_Clear(tstate);
  Py_DECREF(interp, code);
  return 1;
}

/** Writes `text` to sys.stderr, falling back to the host when sys.stderr is unusable. */
function writeStderr(tstate: ThreadState, text: string): void {
  const interp = tstate.interp;
  const stderr = PySys_GetObject(tstate, 'stderr');
  if (stderr !== 0 && stderr !== interp.runtime.immortalNone && PyFile_WriteString(tstate, text, stderr) === 0) return;
  PyErr_Clear(tstate);
  interp.host?.write(2, text);
}

/** sys.stdout.flush() and sys.stderr.flush(), errors ignored (CPython's flush_std_files). */
function flushStdFiles(tstate: ThreadState): void {
  const interp = tstate.interp;
  for (const name of ['stdout', 'stderr']) {
    const f = PySys_GetObject(tstate, name);
    if (f !== 0 && f !== interp.runtime.immortalNone && callMethodNoArgs(tstate, f, 'flush') < 0) PyErr_Clear(tstate);
  }
  interp.host?.flush?.(1);
  interp.host?.flush?.(2);
}
