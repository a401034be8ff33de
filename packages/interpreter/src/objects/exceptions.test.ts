import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeResult, makeTestWorld } from '../testing/fixtures.js';
import type { TestWorld } from '../testing/fixtures.js';
import {
  PyErr_Clear,
  PyErr_ExceptionMatches,
  PyErr_Fetch,
  PyErr_GetRaisedException,
  PyErr_GivenExceptionMatches,
  PyErr_Occurred,
  PyErr_Restore,
  PyErr_SetString,
  PyException_GetArgs,
  PyType_IsSubtype,
} from './exceptions.js';
import { PyObject_Repr, Py_DECREF, Py_REFCNT } from './object.js';
import { blocksInUse } from '../testing/fixtures.js';
import { PyUnicode_AsString } from './unicodeobject.js';

describe('exceptions and the error indicator', () => {
  let w: TestWorld;
  beforeEach(() => {
    w = makeTestWorld();
  });
  afterEach(() => {
    w.tstate.clear();
    w.interp.finalize();
  });

  it('sets, fetches, restores and clears the raised exception', () => {
    const { tstate, runtime, interp } = w;
    const before = blocksInUse(interp.heap);
    expect(PyErr_Occurred(tstate)).toBe(0);
    PyErr_SetString(tstate, runtime.staticType('ValueError'), 'bad value');
    expect(PyErr_Occurred(tstate)).toBe(runtime.staticType('ValueError'));
    expect(PyErr_ExceptionMatches(tstate, runtime.staticType('Exception'))).toBe(true);
    expect(PyErr_ExceptionMatches(tstate, runtime.staticType('BaseException'))).toBe(true);
    expect(PyErr_ExceptionMatches(tstate, runtime.staticType('TypeError'))).toBe(false);
    const [type, value, tb] = PyErr_Fetch(tstate);
    expect(type).toBe(runtime.staticType('ValueError'));
    expect(tb).toBe(0);
    expect(PyErr_Occurred(tstate)).toBe(0);
    const args = PyException_GetArgs(interp, value);
    expect(Py_REFCNT(interp, args)).toBe(1);
    PyErr_Restore(tstate, type, value, tb);
    const exc = PyErr_GetRaisedException(tstate);
    const r = PyObject_Repr(tstate, exc);
    expect(PyUnicode_AsString(interp, r)).toBe("ValueError('bad value')");
    Py_DECREF(interp, r);
    Py_DECREF(interp, exc);
    // setting over a raised exception drops the old one
    PyErr_SetString(tstate, runtime.staticType('KeyError'), 'a');
    PyErr_SetString(tstate, runtime.staticType('IndexError'), 'b');
    expect(describeResult(tstate, 0)).toBe('IndexError: b');
    PyErr_Clear(tstate);
    expect(blocksInUse(interp.heap)).toBe(before);
  });

  it('matches along the static MRO', () => {
    const { interp, runtime } = w;
    const t = (n: string): number => runtime.staticType(n);
    expect(PyType_IsSubtype(interp, t('ZeroDivisionError'), t('ArithmeticError'))).toBe(true);
    expect(PyType_IsSubtype(interp, t('KeyError'), t('LookupError'))).toBe(true);
    expect(PyType_IsSubtype(interp, t('KeyError'), t('ValueError'))).toBe(false);
    expect(PyErr_GivenExceptionMatches(interp, t('ModuleNotFoundError'), t('ImportError'))).toBe(true);
    expect(PyErr_GivenExceptionMatches(interp, 0, t('ImportError'))).toBe(false);
  });

  it('refuses a non-exception type with SystemError', () => {
    const { tstate, runtime } = w;
    PyErr_SetString(tstate, runtime.staticType('int'), 'no');
    expect(describeResult(tstate, 0)).toBe('SystemError: exception is not a BaseException subclass');
  });
});
