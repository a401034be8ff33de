// Interpreter start-up and module finalization (CPython's Python/pylifecycle.c): make builtins,
// sys, sys.modules and __main__ for a new interpreter (pycore_init_builtins, _PySys_Create,
// add_main_module), and clear them again at the end (finalize_modules) so that, with no
// reference cycles in the program, every block the interpreter allocated is freed.

import type { InterpreterHost } from './interpreter-state.js';
import { INTERPRETER_STATE } from './interpreter-state.layout.js';
import type { ThreadState } from './thread-state.js';
import { _PyBuiltin_Init } from './bltinmodule.js';
import { _PySys_Create } from './sysmodule.js';
import { PyDict_DelItem, PyDict_GetItemWithError, PyDict_New, PyDict_Next, PyDict_SetItem, dictEntryKey, dictEntryValue } from './objects/dictobject.js';
import { PyErr_Clear } from './objects/exceptions.js';
import { Py_DECREF, Py_INCREF, Py_TYPE } from './objects/object.js';
import { _PyStaticTypes_FiniInterp, _PyType_GetDict } from './objects/typeobject.js';
import { PyUnicode_AsString, PyUnicode_FromString, PyUnicode_InternFromString } from './objects/unicodeobject.js';
import { PyModule_GetDict, PyModule_New } from './objects/moduleobject.js';

const IS = INTERPRETER_STATE.offsetBytes;

/** What {@link Py_InitializeInterpreter} needs from the host. @public */
export interface InitializeInterpreterOptions {
  /** sys.argv: the script path (or '-c') and its arguments; [''] when empty. */
  readonly argv?: readonly string[];
  /** sys.path[0]: the script's directory ('' for -c). */
  readonly path0?: string;
  /** sys.executable. */
  readonly executable?: string;
  /** Where sys.stdout/stderr write and input() reads; stays as `interp.host`. */
  readonly host?: InterpreterHost;
}

/** True once {@link Py_InitializeInterpreter} has made the interpreter's modules. @public */
export function Py_IsInterpreterInitialized(tstate: ThreadState): boolean {
  return tstate.interp.field(IS.imports_modules) !== 0;
}

/** d[name] = value (both borrowed): 0, or -1 with an exception set. */
function setItemString(tstate: ThreadState, d: number, name: string, value: number): number {
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) return -1;
  const r = PyDict_SetItem(tstate, d, key, value);
  Py_DECREF(tstate.interp, key);
  return r;
}

/**
 * Makes the interpreter's builtins, sys, sys.modules and __main__ (CPython's
 * pyinit_core + init_interp_main, minus everything that imports): 0, or -1 with an exception
 * set. The interpreter state owns one reference to each of sys.modules, sys and builtins
 * (interp-\>modules, interp-\>sysdict's module, interp-\>builtins); sys.modules owns __main__.
 * Creation runs no Python code: a new interpreter costs the few hundred objects of builtins
 * and sys. The static types' dicts are made lazily, on first use.
 * @public
 */
export function Py_InitializeInterpreter(tstate: ThreadState, options: InitializeInterpreterOptions = {}): number {
  const interp = tstate.interp;
  if (options.host !== undefined) interp.host = options.host;
  if (Py_IsInterpreterInitialized(tstate)) return 0;
  const modules = PyDict_New(tstate);
  if (modules === 0) return -1;
  interp.setField(IS.imports_modules, modules);
  const builtins = _PyBuiltin_Init(tstate);
  if (builtins === 0) return -1;
  interp.setField(IS.imports_builtins, builtins);
  if (setItemString(tstate, modules, 'builtins', builtins) < 0) return -1;
  const argv = options.argv ?? [];
  const sys = _PySys_Create(tstate, modules, {
    argv,
    path0: options.path0 ?? '',
    executable: options.executable ?? 'pergil',
  });
  if (sys === 0) return -1;
  interp.setField(IS.imports_sys, sys);
  if (setItemString(tstate, modules, 'sys', sys) < 0) return -1;
  const main = PyModule_New(tstate, '__main__');
  if (main === 0) return -1;
  const r = setItemString(tstate, modules, '__main__', main);
  // NON-CPYTHON: __main__.__builtins__ is the builtins module's dict, not the module (CPython
  // allows either — other modules get the dict); PyFunction_New takes builtins from a dict only.
  const ok = r === 0 && setItemString(tstate, PyModule_GetDict(interp, main), '__builtins__', PyModule_GetDict(interp, builtins)) === 0;
  Py_DECREF(interp, main);
  return ok ? 0 : -1;
}

/** The __main__ module (borrowed; CPython's PyImport_AddModule("__main__")), or 0 before start-up. @public */
export function PyImport_GetMainModule(tstate: ThreadState): number {
  const modules = tstate.interp.field(IS.imports_modules);
  if (modules === 0) return 0;
  const key = PyUnicode_FromString(tstate, '__main__');
  if (key === 0) return 0;
  const m = PyDict_GetItemWithError(tstate, modules, key);
  Py_DECREF(tstate.interp, key);
  return m;
}

/**
 * Empties a module's dict the way CPython's _PyModule_ClearDict does: first the names that
 * start with one underscore, then the others, `__builtins__` last, so that a destructor that
 * runs meanwhile still finds the module's public names and its builtins.
 */
function clearModuleDict(tstate: ThreadState, d: number): void {
  const interp = tstate.interp;
  const keys: number[] = [];
  for (let ix = PyDict_Next(interp, d, 0); ix >= 0; ix = PyDict_Next(interp, d, ix + 1)) {
    const k = dictEntryKey(interp, d, ix);
    Py_INCREF(interp, k);
    keys.push(k);
  }
  const rank = (k: number): number => {
    if (Py_TYPE(interp, k) === interp.types.str) {
      const s = PyUnicode_AsString(interp, k);
      if (s === '__builtins__') return 2;
      if (s.startsWith('_') && !s.startsWith('__')) return 0;
    }
    return 1;
  };
  for (const pass of [0, 1, 2]) {
    for (const k of keys) {
      if (rank(k) !== pass) continue;
      if (PyDict_DelItem(tstate, d, k) < 0) PyErr_Clear(tstate);
    }
  }
  for (const k of keys) Py_DECREF(interp, k);
}

/**
 * Finalizes the interpreter's modules (CPython's finalize_modules): clears __main__'s dict
 * first, then every other module's, then sys.modules, then sys's and builtins' dicts last,
 * and drops the interpreter's references to sys.modules, sys and builtins and the static
 * types' per-interpreter dicts. Afterwards the interpreter can be finalized; a program that
 * made no reference cycles has left no block behind.
 * @public
 */
export function Py_FinalizeInterpreterModules(tstate: ThreadState): void {
  const interp = tstate.interp;
  const modules = interp.field(IS.imports_modules);
  const sys = interp.field(IS.imports_sys);
  const builtins = interp.field(IS.imports_builtins);
  PyErr_Clear(tstate);
  if (modules !== 0) {
    const main = PyImport_GetMainModule(tstate);
    if (main !== 0 && isModule(tstate, main)) clearModuleDict(tstate, PyModule_GetDict(interp, main));
    PyErr_Clear(tstate);
    const others: number[] = [];
    for (let ix = PyDict_Next(interp, modules, 0); ix >= 0; ix = PyDict_Next(interp, modules, ix + 1)) {
      const m = dictEntryValue(interp, modules, ix);
      if (m !== main && m !== sys && m !== builtins) {
        Py_INCREF(interp, m);
        others.push(m);
      }
    }
    for (const m of others.reverse()) {
      if (isModule(tstate, m)) clearModuleDict(tstate, PyModule_GetDict(interp, m));
      Py_DECREF(interp, m);
    }
    clearModuleDict(tstate, modules);
  }
  if (sys !== 0) {
    const types = sysHeapTypes(tstate, PyModule_GetDict(interp, sys));
    clearModuleDict(tstate, PyModule_GetDict(interp, sys));
    // cpython: the GC frees these types with the last collection; without a cycle collector
    // the type → dict → method descriptor → type cycle is broken here, as type_clear() would.
    for (const t of types) {
      const d = _PyType_GetDict(tstate, t);
      if (d !== 0) clearModuleDict(tstate, d);
      Py_DECREF(interp, t);
    }
  }
  if (builtins !== 0) clearModuleDict(tstate, PyModule_GetDict(interp, builtins));
  interp.setField(IS.imports_modules, 0);
  interp.setField(IS.imports_sys, 0);
  interp.setField(IS.imports_builtins, 0);
  Py_DECREF(interp, modules);
  Py_DECREF(interp, sys);
  Py_DECREF(interp, builtins);
  _PyStaticTypes_FiniInterp(interp);
  PyErr_Clear(tstate);
}

function isModule(tstate: ThreadState, h: number): boolean {
  return Py_TYPE(tstate.interp, h) === tstate.interp.runtime.staticType('module');
}

/** The heap types sys made for its own objects (sys.__stdout__'s, sys.implementation's, sys.flags'), each a new reference. */
function sysHeapTypes(tstate: ThreadState, sysDict: number): number[] {
  const interp = tstate.interp;
  const types: number[] = [];
  for (const name of ['__stdout__', 'implementation', 'flags']) {
    const key = PyUnicode_FromString(tstate, name);
    const v = key === 0 ? 0 : PyDict_GetItemWithError(tstate, sysDict, key);
    Py_DECREF(interp, key);
    const t = v === 0 ? 0 : Py_TYPE(interp, v);
    if (t > 0 && !types.includes(t)) {
      Py_INCREF(interp, t);
      types.push(t);
    }
  }
  PyErr_Clear(tstate);
  return types;
}
