// Functions and cells: PyFunction_New's fields, the setters' checks, closures of cells, refcounts
// back to baseline after dealloc, and CPython's repr shapes.
import { compileSource } from '@pergil/compiler';
import { describe, expect, it } from 'vitest';
import { blocksInUse, describeResult, makeTestWorld } from '../testing/fixtures.js';
import { PyErr_GetRaisedException, PyErr_Occurred } from './exceptions.js';
import { Py_DECREF, Py_REFCNT, _PyObject_ReprString } from './object.js';
import { PyLong_FromLong } from './longobject.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './unicodeobject.js';
import { PyDict_New, PyDict_SetItem } from './dictobject.js';
import { PyTuple_GET_ITEM, PyTuple_New, PyTuple_SET_ITEM, tupleLength } from './tupleobject.js';
import { PyFloat_FromDouble } from './floatobject.js';
import { PyCode_Check, PyCode_FromCompilerCode, PyCode_GetConsts } from './codeobject.js';
import {
  PyFunction_Check,
  PyFunction_GetBuiltins,
  PyFunction_GetClosure,
  PyFunction_GetCode,
  PyFunction_GetDefaults,
  PyFunction_GetDoc,
  PyFunction_GetGlobals,
  PyFunction_GetKwDefaults,
  PyFunction_GetModule,
  PyFunction_GetName,
  PyFunction_GetQualname,
  PyFunction_New,
  PyFunction_SetAnnotations,
  PyFunction_SetClosure,
  PyFunction_SetDefaults,
  PyFunction_SetKwDefaults,
  funcRepr,
} from './funcobject.js';
import { PyCell_Check, PyCell_GET, PyCell_Get, PyCell_New, PyCell_Set, cellRepr } from './cellobject.js';

const SOURCE = `
def outer(x):
    def inner(y=1):
        "inner's doc"
        return x + y
    return inner
`;

describe('PyFunction_New', () => {
  it('builds a closure over cells and frees everything', () => {
    const { interp, tstate } = makeTestWorld();
    const before = blocksInUse(interp.heap);
    const module = PyCode_FromCompilerCode(tstate, compileSource(SOURCE, { filename: 'm.py' }));
    const firstCode = (code: number): number => {
      const consts = PyCode_GetConsts(interp, code);
      for (let i = 0; i < tupleLength(interp, consts); i++) {
        if (PyCode_Check(interp, PyTuple_GET_ITEM(interp, consts, i))) return PyTuple_GET_ITEM(interp, consts, i);
      }
      throw new Error('no nested code');
    };
    const outerCode = firstCode(module);
    const innerCode = firstCode(outerCode);
    const globals = PyDict_New(tstate);
    const nameKey = PyUnicode_FromString(tstate, '__name__');
    const modName = PyUnicode_FromString(tstate, 'mymod');
    expect(PyDict_SetItem(tstate, globals, nameKey, modName)).toBe(0);

    const outer = PyFunction_New(tstate, outerCode, globals, 0);
    expect(PyFunction_Check(interp, outer)).toBe(true);
    expect(PyUnicode_AsString(interp, PyFunction_GetName(interp, outer))).toBe('outer');
    expect(PyFunction_GetModule(interp, outer)).toBe(modName);
    expect(PyFunction_GetGlobals(interp, outer)).toBe(globals);
    expect(PyFunction_GetBuiltins(interp, outer)).toBe(globals);
    expect(PyFunction_GetCode(interp, outer)).toBe(outerCode);
    expect(PyFunction_GetDoc(interp, outer)).toBe(interp.runtime.immortalNone);
    expect(PyFunction_GetDefaults(interp, outer)).toBe(0);
    expect(funcRepr(interp, outer)).toMatch(/^<function outer at 0x[0-9a-f]{8,}>$/);

    const inner = PyFunction_New(tstate, innerCode, globals, 0);
    expect(PyUnicode_AsString(interp, PyFunction_GetQualname(interp, inner))).toBe('outer.<locals>.inner');
    expect(PyUnicode_AsString(interp, PyFunction_GetDoc(interp, inner))).toBe("inner's doc");
    expect(funcRepr(interp, inner)).toMatch(/^<function outer\.<locals>\.inner at 0x[0-9a-f]{8,}>$/);
    expect(_PyObject_ReprString(tstate, inner)).toBe(funcRepr(interp, inner));

    const x = PyFloat_FromDouble(tstate, 2.5);
    const cell = PyCell_New(tstate, x);
    expect(Py_REFCNT(interp, x)).toBe(2);
    const closure = PyTuple_New(tstate, 1);
    PyTuple_SET_ITEM(interp, closure, 0, cell);
    expect(PyFunction_SetClosure(tstate, inner, closure)).toBe(0);
    expect(PyFunction_GetClosure(interp, inner)).toBe(closure);
    Py_DECREF(interp, closure);
    const defaults = PyTuple_New(tstate, 1);
    PyTuple_SET_ITEM(interp, defaults, 0, PyLong_FromLong(tstate, 1));
    expect(PyFunction_SetDefaults(tstate, inner, defaults)).toBe(0);
    Py_DECREF(interp, defaults);
    const kwdefaults = PyDict_New(tstate);
    expect(PyFunction_SetKwDefaults(tstate, inner, kwdefaults)).toBe(0);
    expect(PyFunction_GetKwDefaults(interp, inner)).toBe(kwdefaults);
    Py_DECREF(interp, kwdefaults);
    expect(PyFunction_SetKwDefaults(tstate, inner, interp.runtime.immortalNone)).toBe(0);
    expect(PyFunction_GetKwDefaults(interp, inner)).toBe(0);

    // Wrong types: SystemError, nothing changed.
    expect(PyFunction_SetDefaults(tstate, inner, globals)).toBe(-1);
    expect(PyErr_Occurred(tstate)).toBe(interp.runtime.staticType('SystemError'));
    Py_DECREF(interp, PyErr_GetRaisedException(tstate));
    expect(PyFunction_GetDefaults(interp, inner)).toBe(defaults);
    expect(PyFunction_SetClosure(tstate, inner, globals)).toBe(-1);
    expect(describeResult(tstate, 0)).toBe("SystemError: expected tuple for closure, got 'dict'");
    expect(PyFunction_SetAnnotations(tstate, inner, defaults)).toBe(-1);
    Py_DECREF(interp, PyErr_GetRaisedException(tstate));

    Py_DECREF(interp, inner);
    expect(Py_REFCNT(interp, x)).toBe(1);
    Py_DECREF(interp, outer);
    Py_DECREF(interp, x);
    Py_DECREF(interp, globals);
    Py_DECREF(interp, nameKey);
    Py_DECREF(interp, modName);
    Py_DECREF(interp, module);
    expect(blocksInUse(interp.heap)).toBe(before);
  });

  it('refuses non-dict globals', () => {
    const { interp, tstate } = makeTestWorld();
    const code = PyCode_FromCompilerCode(tstate, compileSource('pass'));
    expect(PyFunction_New(tstate, code, code, 0)).toBe(0);
    Py_DECREF(interp, PyErr_GetRaisedException(tstate));
    Py_DECREF(interp, code);
  });
});

describe('cells', () => {
  it('get, set, empty and repr', () => {
    const { interp, tstate } = makeTestWorld();
    const before = blocksInUse(interp.heap);
    const cell = PyCell_New(tstate, 0);
    expect(PyCell_Check(interp, cell)).toBe(true);
    expect(PyCell_GET(interp, cell)).toBe(0);
    expect(cellRepr(interp, cell)).toMatch(/^<cell at 0x[0-9a-f]{8,}: empty>$/);
    const v = PyLong_FromLong(tstate, 1 << 20);
    expect(PyCell_Set(tstate, cell, v)).toBe(0);
    expect(Py_REFCNT(interp, v)).toBe(2);
    expect(cellRepr(interp, cell)).toMatch(/^<cell at 0x[0-9a-f]{8,}: int object at 0x[0-9a-f]{8,}>$/);
    expect(_PyObject_ReprString(tstate, cell)).toBe(cellRepr(interp, cell));
    const got = PyCell_Get(tstate, cell);
    expect(got).toBe(v);
    expect(Py_REFCNT(interp, v)).toBe(3);
    Py_DECREF(interp, got);
    expect(PyCell_Set(tstate, cell, 0)).toBe(0);
    expect(Py_REFCNT(interp, v)).toBe(1);
    expect(PyCell_Set(tstate, v, 0)).toBe(-1);
    Py_DECREF(interp, PyErr_GetRaisedException(tstate));
    expect(PyCell_Get(tstate, v)).toBe(0);
    Py_DECREF(interp, PyErr_GetRaisedException(tstate));
    PyCell_Set(tstate, cell, v);
    Py_DECREF(interp, v);
    Py_DECREF(interp, cell);
    expect(blocksInUse(interp.heap)).toBe(before);
  });
});
