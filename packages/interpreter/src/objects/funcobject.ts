// function (CPython's Objects/funcobject.c): a code object bound to its globals, builtins,
// defaults and closure — what MAKE_FUNCTION builds and CALL runs. GC-tracked. Layout in
// funcobject.layout.ts.

import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PyErr_Occurred, raise } from './exceptions.js';
import { PyObject_GC_Del, Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME, _PyObject_GC_New } from './object.js';
import { PyUnicode_AsString, PyUnicode_InternFromString } from './unicodeobject.js';
import { PyDict_GetItemWithError } from './dictobject.js';
import { PyTuple_GET_ITEM, tupleLength } from './tupleobject.js';
import { PY_FUNCTION_OBJECT } from './funcobject.layout.js';
import { PyCode_GetConsts, PyCode_GetName, PyCode_GetQualname, objectAddress } from './codeobject.js';
import { _PyEval_Vector } from '../ceval.js';
import { PY_VECTORCALL_ARGUMENTS_OFFSET } from './call.js';

const O = PY_FUNCTION_OBJECT.offsetBytes;

/** The handle fields of a function, dropped by its dealloc. */
const FUNC_HANDLE_FIELDS: readonly number[] = Object.freeze([
  O.func_globals, O.func_builtins, O.func_name, O.func_qualname, O.func_code, O.func_defaults,
  O.func_kwdefaults, O.func_closure, O.func_doc, O.func_dict, O.func_module, O.func_annotations,
]);

/** True if `h` is a function (CPython's PyFunction_Check). @public */
export function PyFunction_Check(interp: InterpreterState, h: number): boolean {
  return h !== 0 && Py_TYPE(interp, h) === interp.runtime.staticType('function');
}

/** globals[name] (borrowed; NULL if absent, NULL with an exception set on error). */
function lookupGlobal(tstate: ThreadState, globals: number, name: string): number {
  const key = PyUnicode_InternFromString(tstate, name);
  if (key === 0) return 0;
  const v = PyDict_GetItemWithError(tstate, globals, key);
  Py_DECREF(tstate.interp, key);
  return v;
}

/**
 * A new function running `code` in `globals` (a dict), with `qualname` (a str, or NULL for
 * co_qualname) (CPython's PyFunction_NewWithQualName). __name__ is co_name, __doc__ the first
 * constant if it is a str (else None), __module__ globals['__name__'] if present, builtins
 * globals['__builtins__'] if it is a dict. NULL with an exception set.
 * NON-CPYTHON (for now): with no `__builtins__` dict in globals, func_builtins is globals
 * itself until the interpreter has a builtins module to fall back to.
 * @public
 */
export function PyFunction_New(tstate: ThreadState, code: number, globals: number, qualname: number): number {
  const interp = tstate.interp;
  if (Py_TYPE(interp, globals) !== interp.types.dict) return raise(tstate, 'SystemError', 'bad argument to internal function');
  const module = lookupGlobal(tstate, globals, '__name__');
  if (module === 0 && PyErr_Occurred(tstate) !== 0) return 0;
  let builtins = lookupGlobal(tstate, globals, '__builtins__');
  if (builtins === 0 && PyErr_Occurred(tstate) !== 0) return 0;
  if (builtins === 0 || Py_TYPE(interp, builtins) !== interp.types.dict) builtins = globals;
  const consts = PyCode_GetConsts(interp, code);
  let doc = interp.runtime.immortalNone;
  if (tupleLength(interp, consts) > 0) {
    const first = PyTuple_GET_ITEM(interp, consts, 0);
    if (Py_TYPE(interp, first) === interp.types.str) doc = first;
  }
  const name = PyCode_GetName(interp, code);
  if (qualname === 0) qualname = PyCode_GetQualname(interp, code);
  const f = _PyObject_GC_New(tstate, interp.runtime.staticType('function'), PY_FUNCTION_OBJECT.sizeBytes);
  if (f === 0) return 0;
  const i32 = interp.views.i32;
  for (const off of FUNC_HANDLE_FIELDS) i32[(f + off) >> 2] = 0;
  i32[(f + O.func_version) >> 2] = 0;
  const set = (off: number, v: number): void => {
    Py_INCREF(interp, v);
    interp.views.i32[(f + off) >> 2] = v;
  };
  set(O.func_globals, globals);
  set(O.func_builtins, builtins);
  set(O.func_name, name);
  set(O.func_qualname, qualname);
  set(O.func_code, code);
  set(O.func_doc, doc);
  set(O.func_module, module);
  return f;
}

/** tp_dealloc of function: drops every field, frees the block. @internal */
export function funcDealloc(interp: InterpreterState, h: number): void {
  for (const off of FUNC_HANDLE_FIELDS) {
    const x = interp.views.i32[(h + off) >> 2];
    interp.views.i32[(h + off) >> 2] = 0;
    Py_DECREF(interp, x);
  }
  PyObject_GC_Del(interp, h);
}

function get(interp: InterpreterState, f: number, off: number): number {
  return interp.views.i32[(f + off) >> 2];
}

/** Replaces a field with `v` (a new reference is taken; NULL clears it). */
function replace(interp: InterpreterState, f: number, off: number, v: number): void {
  Py_INCREF(interp, v);
  const old = interp.views.i32[(f + off) >> 2];
  interp.views.i32[(f + off) >> 2] = v;
  Py_DECREF(interp, old);
}

/** func_code (borrowed) (CPython's PyFunction_GetCode). @public */
export function PyFunction_GetCode(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_code);
}
/** func_globals (borrowed). @public */
export function PyFunction_GetGlobals(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_globals);
}
/** func_builtins (borrowed). @public */
export function PyFunction_GetBuiltins(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_builtins);
}
/** func_name (borrowed). @public */
export function PyFunction_GetName(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_name);
}
/** func_qualname (borrowed). @public */
export function PyFunction_GetQualname(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_qualname);
}
/** func_module (borrowed; NULL if none). @public */
export function PyFunction_GetModule(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_module);
}
/** func_doc (borrowed). @public */
export function PyFunction_GetDoc(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_doc);
}
/** func_defaults (borrowed; NULL if none). @public */
export function PyFunction_GetDefaults(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_defaults);
}
/** func_kwdefaults (borrowed; NULL if none). @public */
export function PyFunction_GetKwDefaults(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_kwdefaults);
}
/** func_closure (borrowed; NULL if none). @public */
export function PyFunction_GetClosure(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_closure);
}
/** func_annotations (borrowed; NULL if none). @public */
export function PyFunction_GetAnnotations(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_annotations);
}
/** func_dict (borrowed; NULL until made). @public */
export function PyFunction_GetDict(interp: InterpreterState, f: number): number {
  return get(interp, f, O.func_dict);
}

function setChecked(tstate: ThreadState, f: number, off: number, v: number, type: number, message: string): number {
  const interp = tstate.interp;
  if (!PyFunction_Check(interp, f)) {
    raise(tstate, 'SystemError', 'bad argument to internal function');
    return -1;
  }
  if (v === interp.runtime.immortalNone) v = 0;
  if (v !== 0 && Py_TYPE(interp, v) !== type) {
    raise(tstate, 'SystemError', off === O.func_closure ? `${message}, got '${Py_TYPE_NAME(interp, v)}'` : message);
    return -1;
  }
  replace(interp, f, off, v);
  interp.views.i32[(f + O.func_version) >> 2] = 0;
  return 0;
}

/** Sets func_defaults to the tuple `defaults` (None or NULL clears); 0, or -1 with SystemError (CPython's PyFunction_SetDefaults). @public */
export function PyFunction_SetDefaults(tstate: ThreadState, f: number, defaults: number): number {
  return setChecked(tstate, f, O.func_defaults, defaults, tstate.interp.types.tuple, 'non-tuple default args');
}
/** Sets func_kwdefaults to the dict `kwdefaults` (None or NULL clears) (CPython's PyFunction_SetKwDefaults). @public */
export function PyFunction_SetKwDefaults(tstate: ThreadState, f: number, kwdefaults: number): number {
  return setChecked(tstate, f, O.func_kwdefaults, kwdefaults, tstate.interp.types.dict, 'non-dict keyword only default args');
}
/** Sets func_closure to the tuple of cells `closure` (None or NULL clears) (CPython's PyFunction_SetClosure). @public */
export function PyFunction_SetClosure(tstate: ThreadState, f: number, closure: number): number {
  return setChecked(tstate, f, O.func_closure, closure, tstate.interp.types.tuple, 'expected tuple for closure');
}
/** Sets func_annotations to the dict `annotations` (None or NULL clears) (CPython's PyFunction_SetAnnotations). @public */
export function PyFunction_SetAnnotations(tstate: ThreadState, f: number, annotations: number): number {
  return setChecked(tstate, f, O.func_annotations, annotations, tstate.interp.types.dict, 'non-dict annotations');
}

/** repr() of a function: `<function outer.<locals>.inner at 0x...>`. @internal */
export function funcRepr(interp: InterpreterState, f: number): string {
  return `<function ${PyUnicode_AsString(interp, PyFunction_GetQualname(interp, f))} at ${objectAddress(f)}>`;
}

/**
 * Calls the Python function `func` through the vectorcall protocol (CPython's
 * _PyFunction_Vectorcall): `nargs` borrowed arguments at word `argsWord` of the heap, then the
 * keyword values named by `kwnames`; binds them to the parameters with CPython's TypeErrors and
 * runs the code in a new eval loop invocation (ceval.ts's _PyEval_Vector). A new reference, or
 * 0 with an exception set.
 * @public
 */
export function _PyFunction_Vectorcall(tstate: ThreadState, func: number, argsWord: number, nargsf: number, kwnames: number): number {
  return _PyEval_Vector(tstate, func, 0, argsWord, nargsf & ~PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
}
