import { leakReport } from '@pergil/allocator';
import { RUNTIME_STATE, RuntimeState } from '@pergil/runtime-state';
import { describe, expect, it } from 'vitest';
import { InterpreterError } from './errors.js';
import { PyInterpreterConfig_LEGACY, validateInterpreterConfig } from './interpreter-config.js';
import { INTERPRETER_STATE, PyInterpreterConfig_OWN_GIL } from './interpreter-state.layout.js';
import { InterpreterState } from './interpreter-state.js';
import { ThreadState } from './thread-state.js';
import { THREAD_STATE } from './thread-state.layout.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './objects/unicodeobject.js';
import { Py_DECREF } from './objects/object.js';
import { PyErr_NoMemory, PyErr_Occurred, PyErr_Clear } from './objects/exceptions.js';
import { PyList_Append, PyList_New } from './objects/listobject.js';
import { blocksInUse } from './testing/fixtures.js';
import { _PyStaticType_GetDict, _PyStaticType_PeekDict, PyType_GetVersionTag, _PyStaticTypes_FiniInterp } from './objects/typeobject.js';

function newRuntime(): RuntimeState {
  return RuntimeState.create({ maxHeapBytes: 16 << 20 });
}

describe('InterpreterState', () => {
  it('creates interpreters with their own heaps, ids and GILs', () => {
    const runtime = newRuntime();
    const a = InterpreterState.create(runtime);
    const b = InterpreterState.create(runtime);
    expect(a.id).toBe(0);
    expect(b.id).toBe(1);
    expect(a.heap.buffer).not.toBe(b.heap.buffer);
    expect(a.gil).not.toBe(runtime.gil);
    expect(a.heap.root).toBe(a.stateOffset);
    expect(a.field(INTERPRETER_STATE.offsetBytes.config_gil)).toBe(PyInterpreterConfig_OWN_GIL);
    expect(a.recursionLimit).toBe(1000);
    expect(runtime.listInterpreters().map((e) => e.id)).toEqual([0, 1]);
    b.finalize();
    a.finalize();
    expect(runtime.interpreterCount).toBe(0);
  });

  it('keeps objects of one interpreter out of the other', () => {
    const runtime = newRuntime();
    const a = InterpreterState.create(runtime);
    const b = InterpreterState.create(runtime);
    const ta = ThreadState.create(a);
    const tb = ThreadState.create(b);
    const s = PyUnicode_FromString(ta, 'only in a');
    expect(s).toBeGreaterThan(0);
    expect(PyUnicode_AsString(a, s)).toBe('only in a');
    // the same handle names different bytes in b's heap
    expect(b.views.i32[(s + 4) >> 2]).not.toBe(a.views.i32[(s + 4) >> 2]);
    const t = PyUnicode_FromString(tb, 'in b');
    expect(PyUnicode_AsString(b, t)).toBe('in b');
    Py_DECREF(a, s);
    Py_DECREF(b, t);
    ta.clear();
    tb.clear();
    b.finalize();
    a.finalize();
  });

  it('attaches to an interpreter through its heap root', () => {
    const runtime = newRuntime();
    const a = InterpreterState.create(runtime, { allow_threads: false });
    const again = InterpreterState.attach(runtime, a.heap.buffer);
    expect(again.id).toBe(a.id);
    expect(again.config).toEqual(a.config);
    expect(again.config.allow_threads).toBe(false);
    expect(() => InterpreterState.attach(runtime, newRuntime().heap.buffer)).toThrow(InterpreterError);
    a.finalize();
  });

  it('finalize unregisters and refuses a second time', () => {
    const runtime = newRuntime();
    const a = InterpreterState.create(runtime);
    a.finalize();
    expect(a.isFinalized).toBe(true);
    expect(runtime.interpreterCount).toBe(0);
    expect(() => a.finalize()).toThrow(/already finalized/);
    expect(() => ThreadState.create(a)).toThrow(InterpreterError);
  });

  it('puts a legacy interpreter in the main heap, under the shared GIL, and frees its blocks', () => {
    const runtime = newRuntime();
    const main = InterpreterState.create(runtime);
    const before = blocksInUse(main.heap);
    const legacy = InterpreterState.create(runtime, PyInterpreterConfig_LEGACY, { main });
    expect(legacy.heap).toBe(main.heap);
    expect(legacy.gil).toBe(runtime.gil);
    expect(legacy.config.use_main_obmalloc).toBe(true);
    expect(-legacy.field(INTERPRETER_STATE.offsetBytes.ceval_gil)).toBe(runtime.stateOffset + RUNTIME_STATE.offsetBytes.gil);
    expect(main.field(INTERPRETER_STATE.offsetBytes.ceval_gil)).toBe(main.stateOffset + INTERPRETER_STATE.offsetBytes.gil);
    expect(main.heap.root).toBe(main.stateOffset);
    expect(() => InterpreterState.create(runtime, PyInterpreterConfig_LEGACY)).toThrow(/options.main/);
    legacy.finalize();
    expect(blocksInUse(main.heap)).toBe(before);
    main.finalize();
  });

  it('validates configs with CPython\'s messages', () => {
    expect(() => validateInterpreterConfig({ use_main_obmalloc: false, check_multi_interp_extensions: false })).toThrow(
      'per-interpreter obmalloc does not support single-phase init extension modules',
    );
    expect(() => validateInterpreterConfig({ gil: 'mine' as never })).toThrow("invalid interpreter config 'gil' value");
    expect(() => validateInterpreterConfig({ gil: 'own', use_main_obmalloc: true })).toThrow('per-interpreter GIL requires use_main_obmalloc=0');
    expect(() => validateInterpreterConfig({ max_heap_bytes: 12 })).toThrow(/max_heap_bytes/);
    expect(validateInterpreterConfig(PyInterpreterConfig_LEGACY).gil).toBe('shared');
    const runtime = newRuntime();
    expect(() => InterpreterState.create(runtime, { check_multi_interp_extensions: false })).toThrow(InterpreterError);
    expect(runtime.interpreterCount).toBe(0);
  });

  it('raises MemoryError in the interpreter whose heap is full, and recovers', () => {
    const runtime = newRuntime();
    const a = InterpreterState.create(runtime, { max_heap_bytes: 1 << 20 });
    const t = ThreadState.create(a);
    const list = PyList_New(t, 0);
    let failed = false;
    for (let i = 0; i < 200_000 && !failed; i++) {
      const s = PyUnicode_FromString(t, `string number ${i} padded to be a bit longer`);
      if (s === 0) failed = true;
      else {
        if (PyList_Append(t, list, s) < 0) failed = true;
        Py_DECREF(a, s);
      }
    }
    expect(failed).toBe(true);
    expect(PyErr_Occurred(t)).toBe(runtime.staticType('MemoryError'));
    PyErr_Clear(t);
    Py_DECREF(a, list);
    const s = PyUnicode_FromString(t, 'room again');
    expect(s).toBeGreaterThan(0);
    Py_DECREF(a, s);
    PyErr_NoMemory(t);
    PyErr_Clear(t);
    t.clear();
    a.finalize();
  });

  it('materialises a static type\'s mutable part per interpreter, lazily', () => {
    const runtime = newRuntime();
    const a = InterpreterState.create(runtime);
    const b = InterpreterState.create(runtime);
    const ta = ThreadState.create(a);
    const int = runtime.staticType('int');
    expect(_PyStaticType_PeekDict(a, int)).toBe(0);
    const d = _PyStaticType_GetDict(ta, int);
    expect(d).toBeGreaterThan(0);
    expect(_PyStaticType_GetDict(ta, int)).toBe(d);
    expect(_PyStaticType_PeekDict(b, int)).toBe(0);
    const tag = PyType_GetVersionTag(a, int);
    expect(tag).toBeGreaterThan(0);
    expect(PyType_GetVersionTag(a, int)).toBe(tag);
    _PyStaticTypes_FiniInterp(a);
    expect(_PyStaticType_PeekDict(a, int)).toBe(0);
    ta.clear();
    b.finalize();
    a.finalize();
  });
});

describe('InterpreterState with the debug allocator', () => {
  it('tags its blocks with the interpreter id and leaves no object behind', () => {
    const runtime = newRuntime();
    const main = InterpreterState.create(runtime);
    const interp = InterpreterState.create(runtime, {}, { debugAllocator: true });
    const t = ThreadState.create(interp);
    const baseline = leakReport(interp.heap).length;
    expect(leakReport(interp.heap).every((b) => b.owner === interp.id)).toBe(true);
    const list = PyList_New(t, 0);
    for (let i = 0; i < 100; i++) {
      const s = PyUnicode_FromString(t, `item ${i}`);
      PyList_Append(t, list, s);
      Py_DECREF(interp, s);
    }
    expect(leakReport(interp.heap).length).toBeGreaterThan(baseline + 100);
    Py_DECREF(interp, list);
    expect(leakReport(interp.heap).length).toBe(baseline);
    t.clear();
    interp.finalize();
    main.finalize();
  });
});

describe('ThreadState', () => {
  it('links thread states into the interpreter list and unlinks them', () => {
    const runtime = newRuntime();
    const interp = InterpreterState.create(runtime);
    const before = blocksInUse(interp.heap);
    const t1 = ThreadState.create(interp);
    const t2 = ThreadState.create(interp);
    const t3 = ThreadState.create(interp);
    expect([t1.id, t2.id, t3.id]).toEqual([1, 2, 3]);
    expect(interp.field(INTERPRETER_STATE.offsetBytes.threads_head)).toBe(t3.offset);
    expect(interp.field(INTERPRETER_STATE.offsetBytes.threads_count)).toBe(3);
    expect(t3.field(THREAD_STATE.offsetBytes.next)).toBe(t2.offset);
    expect(t1.gilThread.id).not.toBe(t2.gilThread.id);
    expect(t1.field(THREAD_STATE.offsetBytes.recursion_limit)).toBe(1000);
    const stack = t2.dataStack();
    expect(stack.sizeBytes).toBe(16 * 1024);
    t2.clear();
    expect(t3.field(THREAD_STATE.offsetBytes.next)).toBe(t1.offset);
    expect(t1.field(THREAD_STATE.offsetBytes.prev)).toBe(t3.offset);
    t3.clear();
    expect(interp.field(INTERPRETER_STATE.offsetBytes.threads_head)).toBe(t1.offset);
    t1.clear();
    expect(interp.field(INTERPRETER_STATE.offsetBytes.threads_count)).toBe(0);
    expect(blocksInUse(interp.heap)).toBe(before);
    interp.finalize();
  });

  it('takes the interpreter\'s GIL with its GilThread', () => {
    const runtime = newRuntime();
    const interp = InterpreterState.create(runtime);
    const t = ThreadState.create(interp);
    interp.gil.take(t.gilThread);
    expect(interp.gil.isHeldBy(t.gilThread)).toBe(true);
    interp.gil.drop(t.gilThread);
    t.clear();
    interp.finalize();
  });
});
