// Test fixtures for the eval loop (not part of the public API): programs run through
// PyRun_String with a builtins dict of the exception classes, and python3's answers for the
// same programs.

import { execFileSync } from 'node:child_process';
import { Py_TPFLAGS_BASE_EXC_SUBCLASS, STATIC_TYPES } from '@pergil/runtime-state';
import type { ThreadState } from '../thread-state.js';
import { PyRun_String } from '../pythonrun.js';
import { PyDict_DelItem, PyDict_GetItemWithError, PyDict_New, PyDict_Next, PyDict_SetItem, dictEntryKey } from '../objects/dictobject.js';
import { PyErr_GetRaisedException } from '../objects/exceptions.js';
import { Py_DECREF, Py_INCREF, Py_TYPE_NAME, _PyObject_ReprString, _PyObject_StrString } from '../objects/object.js';
import { PyUnicode_FromString } from '../objects/unicodeobject.js';
import { Py_InitializeInterpreter } from '../pylifecycle.js';
import { INTERPRETER_STATE } from '../interpreter-state.layout.js';

const PYTHON_RESULTS = `
import sys, json
out = []
for src in json.load(sys.stdin):
    g = {}
    try:
        exec(src, g)
        out.append(repr(g.get('result')))
    except BaseException as ex:
        out.append(type(ex).__name__ + ': ' + str(ex))
json.dump(out, sys.stdout)
`;

/** What python3 gives for each program: repr(result) or `Type: message`. @internal */
export function python3Results(programs: readonly string[]): string[] {
  return JSON.parse(execFileSync('python3', ['-c', PYTHON_RESULTS], { input: JSON.stringify(programs), maxBuffer: 64 << 20 }).toString());
}

/** Deletes every key of the dict `d` (breaks the globals ↔ function cycles no GC collects yet). @internal */
export function clearDict(tstate: ThreadState, d: number): void {
  for (;;) {
    const ix = PyDict_Next(tstate.interp, d, 0);
    if (ix < 0) return;
    const k = dictEntryKey(tstate.interp, d, ix);
    Py_INCREF(tstate.interp, k);
    PyDict_DelItem(tstate, d, k);
    Py_DECREF(tstate.interp, k);
  }
}

/**
 * A builtins dict holding the exception classes (all the builtins this test needs; the
 * builtins module proper is bltinmodule.ts's).
 * @internal
 */
export function exceptionBuiltins(tstate: ThreadState): number {
  const d = PyDict_New(tstate);
  for (const t of STATIC_TYPES) {
    if ((t.flags & Py_TPFLAGS_BASE_EXC_SUBCLASS) === 0) continue;
    const k = PyUnicode_FromString(tstate, t.name);
    PyDict_SetItem(tstate, d, k, tstate.interp.runtime.staticType(t.name));
    Py_DECREF(tstate.interp, k);
  }
  return d;
}

/** Runs `src` as a module and describes `result` (or the exception) like PYTHON_RESULTS. @internal */
export function runProgram(tstate: ThreadState, src: string, builtins = 0): string {
  const interp = tstate.interp;
  const g = PyDict_New(tstate);
  if (builtins !== 0) {
    const k = PyUnicode_FromString(tstate, '__builtins__');
    PyDict_SetItem(tstate, g, k, builtins);
    Py_DECREF(interp, k);
  }
  const r = PyRun_String(tstate, src, '<test>', 'exec', g, g);
  let text: string;
  if (r === 0) {
    const exc = PyErr_GetRaisedException(tstate);
    text = `${Py_TYPE_NAME(interp, exc)}: ${_PyObject_StrString(tstate, exc)}`;
    Py_DECREF(interp, exc);
  } else {
    Py_DECREF(interp, r);
    const key = PyUnicode_FromString(tstate, 'result');
    const v = PyDict_GetItemWithError(tstate, g, key);
    Py_DECREF(interp, key);
    text = v === 0 ? 'None' : (_PyObject_ReprString(tstate, v) ?? '<repr failed>');
  }
  clearDict(tstate, g);
  Py_DECREF(interp, g);
  return text;
}


/**
 * The interpreter's builtins module (borrowed), after Py_InitializeInterpreter (output of print
 * is dropped): what `__builtins__` is in a real program.
 * @internal
 */
export function interpreterBuiltins(tstate: ThreadState): number {
  if (Py_InitializeInterpreter(tstate, { host: { write: () => undefined } }) < 0) throw new Error('Py_InitializeInterpreter failed');
  return tstate.interp.field(INTERPRETER_STATE.offsetBytes.imports_builtins);
}
