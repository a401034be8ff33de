// list, dict, tuple behaviour beyond the differential table, and exact refcounting: building
// and dropping nested containers returns the heap's blocks in use to where they started.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blocksInUse, describeResult, makeTestWorld } from '../testing/fixtures.js';
import type { TestWorld } from '../testing/fixtures.js';
import { PyDict_DelItem, PyDict_GetItemWithError, PyDict_New, PyDict_Next, PyDict_SetItem, dictEntryKey, dictLength } from './dictobject.js';
import { PyErr_Occurred, PyErr_ExceptionMatches } from './exceptions.js';
import { PyFloat_FromDouble } from './floatobject.js';
import { LIST_ALLOCATED } from './listobject.layout.js';
import { PyList_Append, PyList_GET_ITEM, PyList_GetItem, PyList_Insert, PyList_New, PyList_SetItem, listLength, listPop } from './listobject.js';
import { PyLong_FromLong, longToNumber } from './longobject.js';
import { PyObject_Hash, PyObject_IsTrue, Py_DECREF, Py_INCREF, Py_REFCNT, _PyObject_ReprString } from './object.js';
import { PyTuple_Pack } from './tupleobject.js';
import { PyUnicode_FromString } from './unicodeobject.js';

describe('containers', () => {
  let w: TestWorld;
  beforeEach(() => {
    w = makeTestWorld();
  });
  afterEach(() => {
    w.tstate.clear();
    w.interp.finalize();
  });

  it('skips immortal handles and NULL in INCREF/DECREF', () => {
    const { interp, runtime } = w;
    const none = runtime.immortalNone;
    const before = Py_REFCNT(interp, none);
    Py_INCREF(interp, none);
    Py_DECREF(interp, none);
    Py_DECREF(interp, none);
    Py_DECREF(interp, 0);
    Py_INCREF(interp, 0);
    expect(Py_REFCNT(interp, none)).toBe(before);
    expect(PyLong_FromLong(w.tstate, 256)).toBe(runtime.smallInt(256));
    expect(PyLong_FromLong(w.tstate, -5)).toBe(runtime.smallInt(-5));
    expect(PyLong_FromLong(w.tstate, 257)).toBeGreaterThan(0);
  });

  it('grows lists with CPython\'s over-allocation', () => {
    const { interp, tstate } = w;
    const list = PyList_New(tstate, 0);
    const capacities: number[] = [];
    for (let i = 0; i < 20; i++) {
      PyList_Append(tstate, list, interp.runtime.smallInt(i));
      capacities.push(interp.views.i32[(list + LIST_ALLOCATED) >> 2]);
    }
    // CPython 3.11: 4, 8, 16, 24 as a list grows by append
    expect([...new Set(capacities)]).toEqual([4, 8, 16, 24]);
    expect(PyList_GET_ITEM(interp, list, 19)).toBe(interp.runtime.smallInt(19));
    expect(PyList_GetItem(tstate, list, 20)).toBe(0);
    expect(describeResult(tstate, 0)).toBe('IndexError: list index out of range');
    PyList_Insert(tstate, list, 0, interp.runtime.smallInt(-1));
    PyList_Insert(tstate, list, -1, interp.runtime.smallInt(-2));
    PyList_Insert(tstate, list, 1000, interp.runtime.smallInt(-3));
    expect(listLength(interp, list)).toBe(23);
    const popped = listPop(tstate, list, -1);
    expect(longToNumber(interp, popped)).toBe(-3);
    expect(PyList_SetItem(tstate, list, 99, interp.runtime.immortalNone)).toBe(-1);
    expect(describeResult(tstate, 0)).toBe('IndexError: list assignment index out of range');
    expect(_PyObject_ReprString(tstate, list)).toBe('[-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, -2, 19]');
    const empty = PyList_New(tstate, 0);
    expect(describeResult(tstate, listPop(tstate, empty, -1))).toBe('IndexError: pop from empty list');
    Py_DECREF(interp, empty);
    Py_DECREF(interp, list);
  });

  it('repr of a list or dict that contains itself', () => {
    const { interp, tstate } = w;
    const list = PyList_New(tstate, 0);
    PyList_Append(tstate, list, interp.runtime.smallInt(1));
    PyList_Append(tstate, list, list);
    expect(_PyObject_ReprString(tstate, list)).toBe('[1, [...]]');
    const d = PyDict_New(tstate);
    const k = PyUnicode_FromString(tstate, 'me');
    PyDict_SetItem(tstate, d, k, d);
    expect(_PyObject_ReprString(tstate, d)).toBe("{'me': {...}}");
    // break the cycles by hand: there is no cyclic GC yet
    PyList_SetItem(tstate, list, 1, interp.runtime.immortalNone);
    PyDict_DelItem(tstate, d, k);
    Py_DECREF(interp, k);
    Py_DECREF(interp, list);
    Py_DECREF(interp, d);
  });

  it('keeps dict insertion order across deletes and resizes, and finds equal keys', () => {
    const { interp, tstate } = w;
    const d = PyDict_New(tstate);
    const keys: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const k = PyUnicode_FromString(tstate, `key${i}`);
      const v = PyLong_FromLong(tstate, i * 1000);
      expect(PyDict_SetItem(tstate, d, k, v)).toBe(0);
      keys.push(k);
      Py_DECREF(interp, v);
    }
    for (let i = 0; i < 1000; i += 2) expect(PyDict_DelItem(tstate, d, keys[i])).toBe(0);
    expect(dictLength(interp, d)).toBe(500);
    for (let i = 1000; i < 1200; i++) {
      const k = PyUnicode_FromString(tstate, `key${i}`);
      PyDict_SetItem(tstate, d, k, k);
      keys.push(k);
    }
    const order: number[] = [];
    for (let ix = PyDict_Next(interp, d, 0); ix >= 0; ix = PyDict_Next(interp, d, ix + 1)) order.push(dictEntryKey(interp, d, ix));
    const expected = [...keys.slice(0, 1000).filter((_, i) => i % 2 === 1), ...keys.slice(1000)];
    expect(order).toEqual(expected);
    // a different str object with the same code points finds the entry
    const probe = PyUnicode_FromString(tstate, 'key777');
    expect(longToNumber(interp, PyDict_GetItemWithError(tstate, d, probe))).toBe(777000);
    Py_DECREF(interp, probe);
    // 1, 1.0 and True are one key
    const one = PyFloat_FromDouble(tstate, 1.0);
    PyDict_SetItem(tstate, d, interp.runtime.smallInt(1), interp.runtime.immortalNone);
    PyDict_SetItem(tstate, d, one, interp.runtime.immortalTrue);
    expect(PyDict_GetItemWithError(tstate, d, interp.runtime.immortalTrue)).toBe(interp.runtime.immortalTrue);
    expect(PyObject_Hash(tstate, one)).toBe(PyObject_Hash(tstate, interp.runtime.smallInt(1)));
    Py_DECREF(interp, one);
    // an unhashable key
    const l = PyList_New(tstate, 0);
    expect(PyDict_SetItem(tstate, d, l, l)).toBe(-1);
    expect(PyErr_ExceptionMatches(tstate, interp.runtime.staticType('TypeError'))).toBe(true);
    expect(describeResult(tstate, 0)).toBe("TypeError: unhashable type: 'list'");
    expect(PyDict_DelItem(tstate, d, interp.runtime.smallInt(99))).toBe(-1);
    expect(describeResult(tstate, 0)).toBe('KeyError: 99');
    Py_DECREF(interp, l);
    for (const k of keys) Py_DECREF(interp, k);
    Py_DECREF(interp, d);
    expect(PyErr_Occurred(tstate)).toBe(0);
  });

  it('truth values', () => {
    const { interp, tstate } = w;
    const rt = interp.runtime;
    const cases: [number, number][] = [
      [rt.immortalNone, 0], [rt.immortalTrue, 1], [rt.smallInt(0), 0], [rt.smallInt(3), 1], [rt.emptyStr, 0], [rt.emptyTuple, 0], [rt.emptyBytes, 0],
    ];
    for (const [h, want] of cases) expect(PyObject_IsTrue(tstate, h)).toBe(want);
    const d = PyDict_New(tstate);
    expect(PyObject_IsTrue(tstate, d)).toBe(0);
    Py_DECREF(interp, d);
    const f = PyFloat_FromDouble(tstate, -0.0);
    expect(PyObject_IsTrue(tstate, f)).toBe(0);
    Py_DECREF(interp, f);
  });

  it('returns the heap to its blocks in use after building and dropping nested containers', () => {
    const { interp, tstate } = w;
    const before = blocksInUse(interp.heap);
    for (let round = 0; round < 20; round++) {
      const outer = PyList_New(tstate, 0);
      for (let i = 0; i < 200; i++) {
        const d = PyDict_New(tstate);
        const k = PyUnicode_FromString(tstate, `k${i}-${round}`);
        const v = PyLong_FromLong(tstate, 2 ** 40 + i);
        const f = PyFloat_FromDouble(tstate, i + 0.5);
        const t = PyTuple_Pack(tstate, [k, v, f, interp.runtime.immortalNone]);
        const inner = PyList_New(tstate, 0);
        PyList_Append(tstate, inner, t);
        PyList_Append(tstate, inner, d);
        PyDict_SetItem(tstate, d, k, t);
        PyDict_SetItem(tstate, d, v, f);
        PyList_Append(tstate, outer, inner);
        for (const h of [d, k, v, f, t, inner]) Py_DECREF(interp, h);
      }
      expect(PyErr_Occurred(tstate)).toBe(0);
      Py_DECREF(interp, outer);
    }
    expect(blocksInUse(interp.heap)).toBe(before);
  });
});
