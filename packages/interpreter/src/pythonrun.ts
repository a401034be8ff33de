// Running source and printing what escapes (CPython's Python/pythonrun.c and the printing half
// of Python/traceback.c): PyRun_String compiles with @pergil/compiler and evaluates the code;
// a compile error becomes a Python SyntaxError; PyErr_Display renders an uncaught exception
// exactly as CPython 3.11 prints it — chained exceptions, "Traceback (most recent call last):",
// one `File "…", line N, in name` entry per frame with its source line, repeated entries
// folded into "[Previous line repeated N more times]", the SyntaxError form with its caret
// line, and the final `Type: message` line.
// NON-CPYTHON (for now): no `^^^^` position carets under traceback source lines — the code
// object keeps one line number per instruction, not the column range they need.

import { PySyntaxError, compileSource } from '@pergil/compiler';
import { PY_BASE_EXCEPTION_OBJECT, Py_TPFLAGS_BASE_EXC_SUBCLASS } from '@pergil/runtime-state';
import type { InterpreterState } from './interpreter-state.js';
import type { ThreadState } from './thread-state.js';
import { PyEval_EvalCode } from './ceval.js';
import { PyCode_FromCompilerCode, PyCode_GetFilename, PyCode_GetName } from './objects/codeobject.js';
import { PyErr_GetRaisedException, PyErr_GivenExceptionMatches, PyErr_SetRaisedException, PyException_GetArgs, raise } from './objects/exceptions.js';
import { PyErr_Occurred } from './objects/exceptions.js';
import { Py_DECREF, Py_TYPE, _PyObject_StrString, typeFlags, typeName } from './objects/object.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './objects/unicodeobject.js';
import { PyLong_FromLong, longToNumber } from './objects/longobject.js';
import { PyTuple_New, PyTuple_SET_ITEM, tupleLength, PyTuple_GET_ITEM } from './objects/tupleobject.js';
import { PyTraceBack_GetCode, PyTraceBack_GetLineno, PyTraceBack_GetNext } from './objects/traceback.js';
import { listLength, PyList_GET_ITEM } from './objects/listobject.js';
import { PyObject_Call } from './objects/call.js';
import { PyObject_GetAttrString } from './objects/object-attrs.js';

const BE = PY_BASE_EXCEPTION_OBJECT.offsetBytes;

/** What PyRun_String compiles: a module, one expression, or one interactive statement. @public */
export type PyRunMode = 'exec' | 'eval' | 'single';

/** CPython's traceback limit (sys.tracebacklimit's default). */
const TRACEBACK_LIMIT = 1000;
/** CPython's TB_RECURSIVE_CUTOFF: identical entries printed before folding. */
const TB_RECURSIVE_CUTOFF = 3;

/**
 * Compiles `source` and runs it in `globals` and `locals` (CPython's PyRun_StringFlags): the
 * module's result (None) for 'exec', the expression's value for 'eval'. A new reference, or 0
 * with an exception set — SyntaxError (IndentationError, TabError) for a compile error.
 * @public
 */
export function PyRun_String(tstate: ThreadState, source: string, filename: string, mode: PyRunMode, globals: number, locals: number): number {
  const code = Py_CompileString(tstate, source, filename, mode);
  if (code === 0) return 0;
  const r = PyEval_EvalCode(tstate, code, globals, locals);
  Py_DECREF(tstate.interp, code);
  return r;
}

/**
 * Compiles `source` into a code object (CPython's Py_CompileStringObject): a new reference, or
 * 0 with SyntaxError set.
 * @public
 */
export function Py_CompileString(tstate: ThreadState, source: string, filename: string, mode: PyRunMode): number {
  let co;
  try {
    co = compileSource(source, { filename, mode });
  } catch (e) {
    if (e instanceof PySyntaxError) {
      _PyErr_RaiseSyntaxError(tstate, e);
      return 0;
    }
    if (e instanceof RangeError) {
      // NON-CPYTHON: the compiler recurses on the JS stack; too deep a nesting is reported the
      // way CPython reports its own compiler's recursion limit.
      raise(tstate, 'RecursionError', 'maximum recursion depth exceeded during compilation');
      return 0;
    }
    throw e;
  }
  return PyCode_FromCompilerCode(tstate, co);
}

/**
 * Raises the compiler's error as a Python exception of its kind with CPython's args:
 * `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
 * @public
 */
export function _PyErr_RaiseSyntaxError(tstate: ThreadState, e: PySyntaxError): void {
  const interp = tstate.interp;
  const none = interp.runtime.immortalNone;
  const items: number[] = [];
  const free = (): void => {
    for (const h of items) Py_DECREF(interp, h);
  };
  const push = (h: number): boolean => {
    if (h === 0) return false;
    items.push(h);
    return true;
  };
  const ok =
    push(PyUnicode_FromString(tstate, e.filename)) &&
    push(PyLong_FromLong(tstate, e.lineno)) &&
    push(PyLong_FromLong(tstate, e.offset)) &&
    push(e.text === null ? none : PyUnicode_FromString(tstate, e.text)) &&
    push(e.end_lineno === null ? none : PyLong_FromLong(tstate, e.end_lineno)) &&
    push(e.end_offset === null ? none : PyLong_FromLong(tstate, e.end_offset));
  if (!ok) {
    free();
    return;
  }
  const details = PyTuple_New(tstate, 6);
  if (details === 0) {
    free();
    return;
  }
  items.forEach((h, i) => PyTuple_SET_ITEM(interp, details, i, h));
  const msg = PyUnicode_FromString(tstate, e.msg);
  const args = msg === 0 ? 0 : PyTuple_New(tstate, 2);
  if (args === 0) {
    Py_DECREF(interp, msg);
    Py_DECREF(interp, details);
    return;
  }
  PyTuple_SET_ITEM(interp, args, 0, msg);
  PyTuple_SET_ITEM(interp, args, 1, details);
  // The type's own constructor fills SyntaxError's fields from the args.
  const exc = PyObject_Call(tstate, interp.runtime.staticType(e.kind), args, 0);
  Py_DECREF(interp, args);
  if (exc !== 0) PyErr_SetRaisedException(tstate, exc);
}

// ---- printing ---------------------------------------------------------------------------------

function sourceLine(interp: InterpreterState, filename: string, lineno: number): string | null {
  const readSource = interp.host?.readSource;
  if (readSource === undefined || lineno < 1) return null;
  let text: string | undefined;
  try {
    text = readSource.call(interp.host, filename);
  } catch {
    return null;
  }
  if (text === undefined) return null;
  const lines = text.split(/\r\n|\r|\n/);
  return lineno <= lines.length ? lines[lineno - 1] : null;
}

/** The traceback entries of `tb`, outermost first: [filename, lineno, name]. */
function tracebackEntries(interp: InterpreterState, tb: number): [string, number, string][] {
  const entries: [string, number, string][] = [];
  for (let t = tb; t !== 0; t = PyTraceBack_GetNext(interp, t)) {
    const code = PyTraceBack_GetCode(interp, t);
    entries.push([PyUnicode_AsString(interp, PyCode_GetFilename(interp, code)), PyTraceBack_GetLineno(interp, t), PyUnicode_AsString(interp, PyCode_GetName(interp, code))]);
  }
  return entries;
}

/** CPython's tb_print_internal: the last TRACEBACK_LIMIT entries, with recursive repeats folded. */
function formatTraceback(interp: InterpreterState, tb: number): string {
  let entries = tracebackEntries(interp, tb);
  if (entries.length > TRACEBACK_LIMIT) entries = entries.slice(entries.length - TRACEBACK_LIMIT);
  let out = 'Traceback (most recent call last):\n';
  let last: [string, number, string] | null = null;
  let count = 0;
  const flushRepeats = (): void => {
    if (count > TB_RECURSIVE_CUTOFF) {
      const n = count - TB_RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    }
  };
  for (const e of entries) {
    if (last === null || e[0] !== last[0] || e[1] !== last[1] || e[2] !== last[2]) {
      flushRepeats();
      last = e;
      count = 0;
    }
    count++;
    if (count > TB_RECURSIVE_CUTOFF) continue;
    out += `  File "${e[0]}", line ${e[1]}, in ${e[2]}\n`;
    const line = sourceLine(interp, e[0], e[1]);
    if (line !== null) {
      const stripped = line.trim();
      if (stripped !== '') out += `    ${stripped}\n`;
    }
  }
  flushRepeats();
  return out;
}

/** The name CPython prints for an exception's type: `module.qualname` unless builtins or __main__. */
function exceptionTypeName(tstate: ThreadState, type: number): string {
  const interp = tstate.interp;
  if (type < 0) return typeName(interp, type);
  // cpython: Python/pythonrun.c print_exception — __module__ then _PyType_GetQualName
  const module = PyObject_GetAttrString(tstate, type, '__module__');
  let prefix: string;
  if (module === 0 || Py_TYPE(interp, module) !== interp.types.str) {
    PyErr_SetRaisedException(tstate, 0);
    prefix = '<unknown>.';
  } else {
    const m = PyUnicode_AsString(interp, module);
    prefix = m === 'builtins' || m === '__main__' ? '' : `${m}.`;
  }
  Py_DECREF(interp, module);
  const qualname = PyObject_GetAttrString(tstate, type, '__qualname__');
  let name: string;
  if (qualname === 0 || Py_TYPE(interp, qualname) !== interp.types.str) {
    PyErr_SetRaisedException(tstate, 0);
    name = '<unknown>';
  } else {
    name = PyUnicode_AsString(interp, qualname);
  }
  Py_DECREF(interp, qualname);
  return prefix + name;
}

function tupleItemStr(interp: InterpreterState, t: number, i: number): string | null {
  const v = PyTuple_GET_ITEM(interp, t, i);
  return v !== 0 && Py_TYPE(interp, v) === interp.types.str ? PyUnicode_AsString(interp, v) : null;
}

function tupleItemInt(interp: InterpreterState, t: number, i: number): number | null {
  const v = PyTuple_GET_ITEM(interp, t, i);
  return v !== 0 && (Py_TYPE(interp, v) === interp.types.int) ? longToNumber(interp, v) : null;
}

/** CPython's print_error_text: the source line (left-stripped) and its caret line. */
function formatErrorText(offset: number, endOffset: number, text: string): string {
  const caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let off = offset - 1;
  let t = text;
  while (t.length > 0 && (t[0] === ' ' || t[0] === '\t' || t[0] === '\f')) {
    t = t.slice(1);
    off--;
  }
  let len = t.length;
  if (len > 0 && t[len - 1] === '\n') len--;
  if (off > len) off = len;
  for (;;) {
    const nl = t.indexOf('\n');
    if (nl < 0 || nl >= off) break;
    t = t.slice(nl + 1);
    len -= nl + 1;
    off -= nl + 1;
  }
  let out = `    ${t}`;
  if (t[len] !== '\n') out += '\n';
  if (off < 0) return out;
  return `${out}    ${' '.repeat(off)}${'^'.repeat(caretRepetitions)}\n`;
}

/** The lines after the traceback: the SyntaxError location form, then `Type: message` and any notes. */
function formatExceptionOnly(tstate: ThreadState, exc: number): string {
  const interp = tstate.interp;
  const type = Py_TYPE(interp, exc);
  let out = '';
  let message: string | null;
  if (PyErr_GivenExceptionMatches(interp, exc, interp.runtime.staticType('SyntaxError'))) {
    const args = PyException_GetArgs(interp, exc);
    let msg: string | null = null;
    if (tupleLength(interp, args) === 2) {
      msg = tupleItemStr(interp, args, 0);
      const details = PyTuple_GET_ITEM(interp, args, 1);
      if (Py_TYPE(interp, details) === interp.types.tuple && tupleLength(interp, details) >= 4) {
        const filename = tupleItemStr(interp, details, 0) ?? '<string>';
        const lineno = tupleItemInt(interp, details, 1);
        const offset = tupleItemInt(interp, details, 2);
        const text = tupleItemStr(interp, details, 3);
        out += `  File "${filename}", line ${lineno ?? 0}\n`;
        // cpython: Python/pythonrun.c parse_syntax_error + print_exception: only SyntaxError
        // itself reports an end position; its subclasses get one caret.
        const exact = type === interp.runtime.staticType('SyntaxError');
        let endOffset = exact && tupleLength(interp, details) >= 6 ? (tupleItemInt(interp, details, 5) ?? -1) : -1;
        const endLineno = exact && tupleLength(interp, details) >= 6 ? (tupleItemInt(interp, details, 4) ?? lineno) : lineno;
        if (text !== null) {
          const lineSize = text.length;
          if (endLineno !== null && lineno !== null && endLineno > lineno) endOffset = lineSize;
          if (endOffset > lineSize + 1) endOffset = lineSize + 1;
          out += formatErrorText(offset ?? -1, endOffset, text);
        }
      }
    }
    message = msg ?? _PyObject_StrString(tstate, exc);
  } else {
    message = _PyObject_StrString(tstate, exc);
  }
  const name = exceptionTypeName(tstate, type);
  if (message === null) {
    PyErr_SetRaisedException(tstate, 0);
    out += `${name}: <exception str() failed>\n`;
  } else {
    out += message === '' ? `${name}\n` : `${name}: ${message}\n`;
  }
  const notes = interp.views.i32[(exc + BE.notes) >> 2];
  if (notes !== 0 && Py_TYPE(interp, notes) === interp.types.list) {
    const n = listLength(interp, notes);
    for (let i = 0; i < n; i++) {
      const note = PyList_GET_ITEM(interp, notes, i);
      const s = Py_TYPE(interp, note) === interp.types.str ? PyUnicode_AsString(interp, note) : _PyObject_StrString(tstate, note);
      out += `${s ?? '<note str() failed>'}\n`;
    }
  }
  return out;
}

function isException(interp: InterpreterState, h: number): boolean {
  const t = Py_TYPE(interp, h);
  return t < 0 ? (typeFlags(interp, t) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0 : true;
}

/** CPython's print_exception_recursive: causes and contexts first, each exception once. */
function formatExceptionRecursive(tstate: ThreadState, exc: number, seen: Set<number>): string {
  const interp = tstate.interp;
  seen.add(exc);
  let out = '';
  const i32 = interp.views.i32;
  const cause = i32[(exc + BE.cause) >> 2];
  const context = i32[(exc + BE.context) >> 2];
  const suppress = i32[(exc + BE.suppress_context) >> 2] !== 0;
  if (cause !== 0 && cause !== interp.runtime.immortalNone && isException(interp, cause) && !seen.has(cause)) {
    out += formatExceptionRecursive(tstate, cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (context !== 0 && !suppress && isException(interp, context) && !seen.has(context)) {
    out += formatExceptionRecursive(tstate, context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  const tb = interp.views.i32[(exc + BE.traceback) >> 2];
  if (tb !== 0 && tb !== interp.runtime.immortalNone) out += formatTraceback(interp, tb);
  out += formatExceptionOnly(tstate, exc);
  return out;
}

/**
 * The text CPython 3.11 prints to stderr for the uncaught exception `exc` (CPython's
 * PyErr_Display): chained exceptions first, then the traceback and the `Type: message` line.
 * Does not consume `exc`; leaves the error indicator as it was.
 * @public
 */
export function PyErr_Display(tstate: ThreadState, exc: number): string {
  const saved = PyErr_Occurred(tstate) !== 0 ? PyErr_GetRaisedException(tstate) : 0;
  let out: string;
  if (exc === 0 || !isException(tstate.interp, exc)) {
    out = `TypeError: print_exception(): Exception expected for value, ${exc === 0 ? 'NoneType' : typeName(tstate.interp, Py_TYPE(tstate.interp, exc))} found\n`;
  } else {
    out = formatExceptionRecursive(tstate, exc, new Set<number>());
  }
  if (PyErr_Occurred(tstate) !== 0) PyErr_SetRaisedException(tstate, 0);
  if (saved !== 0) PyErr_SetRaisedException(tstate, saved);
  return out;
}
