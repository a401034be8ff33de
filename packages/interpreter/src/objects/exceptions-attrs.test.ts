// The exception types' Python surface against one batched python3 run: construction of every
// kind (args, keywords, the errno → subclass mapping, exception groups' checks), str() and
// repr(), the attributes and their setters' messages, add_note/with_traceback, split/subgroup,
// implicit chaining with its cycle cut, and refcounts (blocks in use back to the start).
import { STATIC_TYPES, TUPLE_OB_ITEM } from '@pergil/runtime-state';
import { describe, expect, it } from 'vitest';
import type { ThreadState } from '../thread-state.js';
import { blocksInUse, describeResult, differentialMismatches, makeTestWorld, python3Reprs } from '../testing/fixtures.js';
import type { DifferentialCase } from '../testing/fixtures.js';
import { lastLine, runPergil, runPython3 } from '../testing/run-main.js';
import { PyBytes_FromBytes } from './bytesobject.js';
import { PyException_GetContext, _PyErr_ChainExceptions } from './exceptions.js';
import { exceptionGetSetsOf, exceptionInit, exceptionMethodsOf, exceptionNew } from './exceptions-attrs.js';
import { PyList_Append, PyList_New } from './listobject.js';
import { PyLong_FromBigInt } from './longobject.js';
import { PyObject_Repr, PyObject_Str, Py_DECREF, Py_TYPE_NAME } from './object.js';
import { PyTuple_New, PyTuple_SET_ITEM } from './tupleobject.js';
import { PyUnicode_FromString } from './unicodeobject.js';

/** A JS description of an argument: ints, strs, None, bools, bytes, lists, tuples, exceptions. */
type V = number | bigint | string | null | boolean | { b: number[] } | V[] | { t: V[] } | { e: string; args?: V[]; kw?: [string, V][] } | { type: string };

function py(tstate: ThreadState, v: V): number {
  const interp = tstate.interp;
  const rt = interp.runtime;
  if (v === null) return rt.immortalNone;
  if (v === true) return rt.immortalTrue;
  if (v === false) return rt.immortalFalse;
  if (typeof v === 'number' || typeof v === 'bigint') return PyLong_FromBigInt(tstate, BigInt(v));
  if (typeof v === 'string') return PyUnicode_FromString(tstate, v);
  if (Array.isArray(v)) {
    const l = PyList_New(tstate, 0);
    for (const x of v) {
      const h = py(tstate, x);
      PyList_Append(tstate, l, h);
      Py_DECREF(interp, h);
    }
    return l;
  }
  if ('b' in v) return PyBytes_FromBytes(tstate, Uint8Array.from(v.b));
  if ('t' in v) return tupleOf(tstate, v.t.map((x) => py(tstate, x)));
  if ('type' in v) return rt.staticType(v.type);
  return make(tstate, v.e, v.args ?? [], v.kw ?? []);
}

function tupleOf(tstate: ThreadState, items: number[]): number {
  const t = PyTuple_New(tstate, items.length);
  items.forEach((h, i) => PyTuple_SET_ITEM(tstate.interp, t, i, h));
  return t;
}

/** `Type(*args, **kw)` through tp_new + tp_init: a new exception, or 0 with the error set. */
function make(tstate: ThreadState, type: string, args: V[], kw: [string, V][]): number {
  const interp = tstate.interp;
  const all = tupleOf(tstate, [...args, ...kw.map(([, v]) => v)].map((v) => py(tstate, v)));
  const kwnames = kw.length === 0 ? 0 : tupleOf(tstate, kw.map(([k]) => PyUnicode_FromString(tstate, k)));
  const word = args.length + kw.length === 0 ? 0 : (all + TUPLE_OB_ITEM) >> 2;
  let exc = exceptionNew(tstate, interp.runtime.staticType(type), word, args.length, kwnames);
  if (exc !== 0 && exceptionInit(tstate, exc, word, args.length, kwnames) < 0) {
    Py_DECREF(interp, exc);
    exc = 0;
  }
  Py_DECREF(interp, all);
  Py_DECREF(interp, kwnames);
  return exc;
}

/** The type on `exc`'s MRO whose tables define `name` (where CPython would find the descriptor). */
function owner(tstate: ThreadState, exc: number, name: string): string {
  const mro = STATIC_TYPES.find((t) => t.name === Py_TYPE_NAME(tstate.interp, exc))!.mro;
  return mro.find((t) => exceptionGetSetsOf(t).some((g) => g.name === name) || exceptionMethodsOf(t).some((m) => m.name === name)) ?? 'BaseException';
}

/** `Type(*args).attr`. */
function attr(e: V, name: string): (tstate: ThreadState) => number {
  return (tstate) => {
    const exc = py(tstate, e);
    if (exc === 0) return 0;
    const g = exceptionGetSetsOf(owner(tstate, exc, name)).find((x) => x.name === name)!;
    const r = g.get(tstate, exc);
    Py_DECREF(tstate.interp, exc);
    return r;
  };
}

/** `e = Type(*args); e.attr = value; e.attr2` — the setter's result, then a read. */
function setThenGet(e: V, name: string, value: V | 'delete', read: string): (tstate: ThreadState) => number {
  return (tstate) => {
    const interp = tstate.interp;
    const exc = py(tstate, e);
    const g = exceptionGetSetsOf(owner(tstate, exc, name)).find((x) => x.name === name)!;
    const v = value === 'delete' ? 0 : py(tstate, value);
    const ok = g.set!(tstate, exc, v);
    Py_DECREF(interp, v);
    let r = 0;
    if (ok === 0) r = exceptionGetSetsOf(owner(tstate, exc, read)).find((x) => x.name === read)!.get(tstate, exc);
    Py_DECREF(interp, exc);
    return r;
  };
}

/** `e.method(arg)`. */
function method(e: V, name: string, arg: V): (tstate: ThreadState) => number {
  return (tstate) => {
    const interp = tstate.interp;
    const exc = py(tstate, e);
    const a = py(tstate, arg);
    const holder = tupleOf(tstate, [a]);
    const m = exceptionMethodsOf(owner(tstate, exc, name)).find((x) => x.name === name)!;
    const r = m.meth(tstate, exc, (holder + TUPLE_OB_ITEM) >> 2, 1, 0);
    Py_DECREF(interp, holder);
    Py_DECREF(interp, exc);
    return r;
  };
}

function strOf(e: V): (tstate: ThreadState) => number {
  return (tstate) => {
    const exc = py(tstate, e);
    if (exc === 0) return 0;
    const r = PyObject_Str(tstate, exc);
    Py_DECREF(tstate.interp, exc);
    return r;
  };
}

function reprOf(e: V): (tstate: ThreadState) => number {
  return (tstate) => {
    const exc = py(tstate, e);
    if (exc === 0) return 0;
    const r = PyObject_Repr(tstate, exc);
    Py_DECREF(tstate.interp, exc);
    return r;
  };
}

function typeOf(e: V): (tstate: ThreadState) => string {
  return (tstate) => {
    const exc = py(tstate, e);
    if (exc === 0) return describeResult(tstate, 0);
    const name = Py_TYPE_NAME(tstate.interp, exc);
    Py_DECREF(tstate.interp, exc);
    return `'${name}'`;
  };
}

const E = (e: string, args: V[] = [], kw: [string, V][] = []): V => ({ e, args, kw });

function pyLiteral(v: V): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(pyLiteral).join(', ')}]`;
  if ('b' in v) return `bytes([${v.b.join(', ')}])`;
  if ('t' in v) return `(${v.t.map(pyLiteral).join(', ')}${v.t.length === 1 ? ',' : ''})`;
  if ('type' in v) return v.type;
  const kw = (v.kw ?? []).map(([k, x]) => `${k}=${pyLiteral(x)}`);
  return `${v.e}(${[...(v.args ?? []).map(pyLiteral), ...kw].join(', ')})`;
}

function cases(): DifferentialCase[] {
  const c: DifferentialCase[] = [];
  const add = (py: string, run: DifferentialCase['run']): void => {
    c.push({ py, run });
  };
  const strCases: V[] = [
    E('ValueError'),
    E('ValueError', ['x']),
    E('ValueError', ['a', 'b']),
    E('ValueError', [1]),
    E('KeyError', ['a']),
    E('KeyError', ['a', 'b']),
    E('KeyError'),
    E('StopIteration', [3]),
    E('ImportError', ['m'], [['name', 'n']]),
    E('ImportError'),
    E('ImportError', [1, 2]),
    E('OSError', [2, 'x']),
    E('OSError', [2, 'x', 'f']),
    E('OSError', [2, 'x', 'f', 'g']),
    E('OSError', [2, 'x', 'f', 0, 'g']),
    E('OSError', ['a']),
    E('OSError', [2]),
    E('OSError', [null, 'x']),
    E('OSError', [2, 'x', null]),
    E('OSError', [1, 2, 3, 4, 5, 6]),
    E('FileNotFoundError', [13, 'x']),
    E('SyntaxError', ['invalid syntax', { t: ['x.py', 1, 2, 'text', 1, 3] }]),
    E('SyntaxError', ['m']),
    E('SyntaxError'),
    E('SyntaxError', ['m', { t: [null, 1, 2, 't'] }]),
    E('SyntaxError', ['m', { t: ['f', null, 2, 't'] }]),
    E('SyntaxError', ['m', { t: ['dir/f.py', 5, 2, 't'] }]),
    E('SyntaxError', ['m', ['f', 7, 2, 't']]),
    E('SyntaxError', ['m', { t: ['f', 1] }]),
    E('IndentationError', ['unexpected indent', { t: ['<string>', 2, 4, '    x\n'] }]),
    E('UnicodeDecodeError', ['utf-8', { b: [0xff] }, 0, 1, 'invalid start byte']),
    E('UnicodeDecodeError', ['utf-8', { b: [0xff, 0xfe] }, 0, 2, 'bad']),
    E('UnicodeDecodeError', ['utf-8', { b: [0xff] }, 5, 9, 'r']),
    E('UnicodeEncodeError', ['ascii', 'é', 0, 1, 'ordinal not in range(128)']),
    E('UnicodeEncodeError', ['ascii', 'éa', 0, 2, 'r']),
    E('UnicodeEncodeError', ['ascii', '\u1234', 0, 1, 'r']),
    E('UnicodeEncodeError', ['ascii', '😀', 0, 1, 'r']),
    E('UnicodeTranslateError', ['é', 0, 1, 'r']),
    E('UnicodeDecodeError', ['a']),
    E('UnicodeDecodeError', [1, { b: [] }, 0, 1, 'r']),
    E('UnicodeDecodeError', ['u', 's', 0, 1, 'r']),
    E('UnicodeEncodeError', ['u', { b: [] }, 0, 1, 'r']),
    E('UnicodeTranslateError', ['a']),
    E('ExceptionGroup', ['m', [E('ValueError', [1])]]),
    E('ExceptionGroup', ['m', [E('ValueError', [1]), E('TypeError', [2])]]),
    E('ExceptionGroup', ['m', { t: [E('ValueError')] }]),
    E('ExceptionGroup', ['m', []]),
    E('ExceptionGroup', ['m', 1]),
    E('ExceptionGroup', [1, [E('ValueError')]]),
    E('ExceptionGroup', ['m', [1]]),
    E('ExceptionGroup', ['m', [E('KeyboardInterrupt')]]),
    E('ExceptionGroup', ['m']),
    E('ExceptionGroup', ['m', [E('ValueError')], 3]),
    E('BaseExceptionGroup', ['m', [E('KeyboardInterrupt')]]),
    E('BaseException', [], [['a', 1]]),
    E('ValueError', [1], [['x', 2]]),
    E('OSError', [1], [['x', 2]]),
    E('OSError', [2, 'x'], [['y', 1]]),
    E('ImportError', [], [['x', 1]]),
    E('NameError', [], [['x', 1]]),
    E('AttributeError', [], [['obj', 1]]),
  ];
  for (const e of strCases) {
    add(`str(${pyLiteral(e)})`, strOf(e));
    add(`repr(${pyLiteral(e)})`, reprOf(e));
  }
  for (const e of [E('OSError', [2, 'x']), E('OSError', [13, 'x']), E('OSError', [17, 'e']), E('OSError', [99, 'x']), E('OSError', [2]), E('BaseExceptionGroup', ['m', [E('ValueError')]])]) {
    add(`type(${pyLiteral(e)}).__name__`, typeOf(e));
  }
  const attrCases: [V, string][] = [
    [E('ValueError', [1, 2]), 'args'],
    [E('ValueError'), '__traceback__'],
    [E('ValueError'), '__context__'],
    [E('ValueError'), '__cause__'],
    [E('ValueError'), '__suppress_context__'],
    [E('StopIteration'), 'value'],
    [E('StopIteration', [1, 2]), 'value'],
    [E('SystemExit'), 'code'],
    [E('SystemExit', [1, 2]), 'code'],
    [E('SystemExit', [3]), 'code'],
    [E('ImportError', ['m'], [['name', 'n'], ['path', 'p']]), 'name'],
    [E('ImportError', ['m'], [['name', 'n'], ['path', 'p']]), 'path'],
    [E('ImportError', ['m'], [['name', 'n']]), 'msg'],
    [E('ImportError', [], [['name', 'n']]), 'msg'],
    [E('ImportError', [1, 2]), 'msg'],
    [E('ModuleNotFoundError', ['x']), 'name'],
    [E('OSError', [2, 'x']), 'errno'],
    [E('OSError', [2, 'x']), 'strerror'],
    [E('OSError', [2, 'x']), 'filename'],
    [E('OSError', ['a']), 'errno'],
    [E('OSError', [2, 'x', 'f']), 'args'],
    [E('OSError', [2, 'x', 'f', 0, 'g']), 'filename2'],
    [E('TimeoutError', [2, 'x']), 'errno'],
    [E('SyntaxError', ['m', { t: ['x.py', 1, 2, 'text', 1, 3] }]), 'offset'],
    [E('SyntaxError', ['m', { t: ['x.py', 1, 2, 'text', 1, 3] }]), 'end_offset'],
    [E('SyntaxError', ['m', { t: ['x.py', 1, 2, 'text'] }]), 'end_lineno'],
    [E('SyntaxError', ['m', { t: ['x.py', 1, 2, 'text'] }]), 'text'],
    [E('SyntaxError', ['m', 1, 2]), 'msg'],
    [E('SyntaxError', ['m', { t: ['f', 1, 2, 't'] }]), 'print_file_and_line'],
    [E('SyntaxError'), 'msg'],
    [E('UnicodeDecodeError', ['utf-8', { b: [0xff] }, 0, 1, 'r']), 'object'],
    [E('UnicodeDecodeError', ['utf-8', { b: [0xff] }, 0, 1, 'r']), 'encoding'],
    [E('UnicodeEncodeError', ['ascii', 'é', 0, 1, 'r']), 'end'],
    [E('UnicodeTranslateError', ['é', 0, 1, 'r']), 'encoding'],
    [E('NameError', ['x'], [['name', 'y']]), 'name'],
    [E('NameError', ['x']), 'name'],
    [E('AttributeError', ['x'], [['name', 'n'], ['obj', 1]]), 'obj'],
    [E('AttributeError', ['x'], [['name', 'n'], ['obj', 1]]), 'name'],
    [E('ExceptionGroup', ['m', [E('ValueError')]]), 'message'],
    [E('ExceptionGroup', ['m', [E('ValueError', [1])]]), 'exceptions'],
    [E('ExceptionGroup', ['m', { t: [E('ValueError')] }]), 'args'],
  ];
  for (const [e, name] of attrCases) add(`${pyLiteral(e)}.${name}`, attr(e, name));
  const run = (src: string): string => `(exec(${JSON.stringify(src)}, g := {}), g['r'])[1]`;
  const setCases: [string, V, string, V | 'delete', string][] = [
    ["e = ValueError(); e.__cause__ = 1; r = e.__cause__", E('ValueError'), '__cause__', 1, '__cause__'],
    ["e = ValueError(); e.__context__ = 1; r = e.__context__", E('ValueError'), '__context__', 1, '__context__'],
    ["e = ValueError(); e.__cause__ = KeyError(1); r = e.__suppress_context__", E('ValueError'), '__cause__', E('KeyError', [1]), '__suppress_context__'],
    ["e = ValueError(); e.__cause__ = None; r = e.__suppress_context__", E('ValueError'), '__cause__', null, '__suppress_context__'],
    ["e = ValueError(); e.__cause__ = KeyError(1); r = e.__cause__", E('ValueError'), '__cause__', E('KeyError', [1]), '__cause__'],
    ["e = ValueError(); e.__context__ = KeyError(2); r = e.__context__", E('ValueError'), '__context__', E('KeyError', [2]), '__context__'],
    ["e = ValueError(); e.__traceback__ = 1; r = 0", E('ValueError'), '__traceback__', 1, 'args'],
    ["e = ValueError(); e.__traceback__ = None; r = e.__traceback__", E('ValueError'), '__traceback__', null, '__traceback__'],
    ["e = ValueError(); e.args = [1, 2]; r = e.args", E('ValueError'), 'args', [1, 2], 'args'],
    ["e = ValueError(); e.args = 'ab'; r = e.args", E('ValueError'), 'args', 'ab', 'args'],
    ["e = ValueError(); e.args = 1; r = 0", E('ValueError'), 'args', 1, 'args'],
    ["e = ValueError(); del e.args; r = 0", E('ValueError'), 'args', 'delete', 'args'],
    ["e = ValueError(); del e.__cause__; r = 0", E('ValueError'), '__cause__', 'delete', 'args'],
    ["e = ValueError(); e.__suppress_context__ = 5; r = 0", E('ValueError'), '__suppress_context__', 5, 'args'],
    ["e = ValueError(); e.__suppress_context__ = True; r = e.__suppress_context__", E('ValueError'), '__suppress_context__', true, '__suppress_context__'],
    ["e = StopIteration(1); e.value = 2; r = e.args", E('StopIteration', [1]), 'value', 2, 'args'],
    ["e = OSError(2, 'x'); e.errno = 5; r = e.errno", E('OSError', [2, 'x']), 'errno', 5, 'errno'],
  ];
  for (const [src, e, name, value, read] of setCases) add(run(src), setThenGet(e, name, value, read));
  add('ValueError().with_traceback(1)', method(E('ValueError'), 'with_traceback', 1));
  add('ValueError().with_traceback(None)', method(E('ValueError'), 'with_traceback', null));
  add('ValueError().add_note(1)', method(E('ValueError'), 'add_note', 1));
  add("ValueError().add_note('n')", method(E('ValueError'), 'add_note', 'n'));
  const eg = E('ExceptionGroup', ['m', [E('ValueError', [1]), E('TypeError', [2])]]);
  const nested = E('ExceptionGroup', ['m', [E('ValueError', [1]), E('ExceptionGroup', ['n', [E('TypeError', [2]), E('ValueError', [3])]])]]);
  add(`${pyLiteral(eg)}.subgroup(ValueError)`, method(eg, 'subgroup', { type: 'ValueError' }));
  add(`${pyLiteral(eg)}.subgroup(KeyError)`, method(eg, 'subgroup', { type: 'KeyError' }));
  add(`${pyLiteral(eg)}.subgroup(Exception)`, method(eg, 'subgroup', { type: 'Exception' }));
  add(`${pyLiteral(eg)}.split(ValueError)`, method(eg, 'split', { type: 'ValueError' }));
  add(`${pyLiteral(eg)}.split((ValueError, TypeError))`, method(eg, 'split', { t: [{ type: 'ValueError' }, { type: 'TypeError' }] }));
  add(`${pyLiteral(nested)}.split(TypeError)`, method(nested, 'split', { type: 'TypeError' }));
  add(`${pyLiteral(eg)}.split(1)`, method(eg, 'split', 1));
  add(`${pyLiteral(eg)}.derive([KeyError(5)])`, method(eg, 'derive', [E('KeyError', [5])]));
  add("BaseExceptionGroup('m', [KeyboardInterrupt()]).derive([ValueError()])", method(E('BaseExceptionGroup', ['m', [E('KeyboardInterrupt')]]), 'derive', [E('ValueError')]));
  return c;
}

describe('exceptions against python3', () => {
  it('agrees on every case and leaks nothing (type dicts made by the first run are kept)', () => {
    const { tstate, interp } = makeTestWorld();
    const all = cases();
    const expected = python3Reprs(all.map((c) => c.py));
    differentialMismatches(tstate, all, expected); // the first run makes the static types' dicts it looks up in
    const before = blocksInUse(interp.heap);
    const mismatches = differentialMismatches(tstate, all, expected);
    expect(`${mismatches.length} mismatches\n${mismatches.slice(0, 40).join('\n')}`).toBe('0 mismatches\n');
    expect(all.length).toBeGreaterThan(190);
    expect(blocksInUse(interp.heap)).toBe(before);
  });
});

describe('exception chaining', () => {
  it('sets __context__ and cuts the link that would close a cycle (as raising `a` while handling `b`, whose context is `a`)', () => {
    // python3: try: raise ValueError(1) / except as a: try: raise TypeError(2) / except as b: raise a
    // leaves a.__context__ is b and b.__context__ is None.
    const { tstate, interp } = makeTestWorld();
    const before = blocksInUse(interp.heap);
    const a = py(tstate, E('ValueError', [1]));
    const b = py(tstate, E('TypeError', [2]));
    _PyErr_ChainExceptions(tstate, b, a);
    expect(PyException_GetContext(interp, b)).toBe(a);
    Py_DECREF(interp, a);
    _PyErr_ChainExceptions(tstate, a, b);
    const ctx = PyException_GetContext(interp, a);
    expect(ctx).toBe(b);
    Py_DECREF(interp, ctx);
    expect(PyException_GetContext(interp, b)).toBe(0);
    _PyErr_ChainExceptions(tstate, a, a);
    Py_DECREF(interp, a);
    Py_DECREF(interp, b);
    expect(blocksInUse(interp.heap)).toBe(before);
  });

  it('frees every field a kind adds', () => {
    const { tstate, interp } = makeTestWorld();
    const before = blocksInUse(interp.heap);
    for (const e of [E('SyntaxError', ['m', { t: ['x.py', 1, 2, 'text', 1, 3] }]), E('OSError', [2, 'x', 'f', 0, 'g']), E('ExceptionGroup', ['m', [E('ValueError', ['v'])]])]) {
      const h = py(tstate, e);
      expect(h).not.toBe(0);
      Py_DECREF(interp, h);
    }
    expect(blocksInUse(interp.heap)).toBe(before);
  });
});

// ---- whole programs, against python3 ----------------------------------------------------------

const PROGRAMS: readonly [string, string][] = [
  ['construction, attributes, str/repr, notes, chaining, subclasses, exception groups', `def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

e = ValueError('x', 2)
print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.args = ['a']
print(e.args, str(KeyError('k')), repr(KeyError('k')), str(KeyError()))
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
ie = ImportError('no', name='mod', path='/p')
print(ie.msg, ie.name, ie.path, str(ie), repr(ie))
oe = OSError(2, 'No such file', 'f.txt')
print(type(oe).__name__, oe.errno, oe.strerror, oe.filename, str(oe), oe.args)
print(str(OSError(13, 'denied')), type(OSError(17, 'x')).__name__, str(OSError('plain')))
se = SyntaxError('invalid syntax', ('x.py', 3, 5, 'a b\\n', 3, 6))
print(str(se), se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, se.filename, se.msg)
print(str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')))
print(str(UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')))
print(NameError('n', name='q').name, AttributeError('a', name='b', obj=3).obj)
show('kw', lambda: ValueError(x=1))
show('cause', lambda: setattr(ValueError(), '__cause__', 5))
show('context', lambda: setattr(ValueError(), '__context__', 5))
show('tb', lambda: ValueError().with_traceback(5))
show('note', lambda: ValueError().add_note(5))
n = ValueError('with notes')
n.add_note('first')
n.add_note('second')
print(n.__notes__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError('k') from z
except KeyError as k:
    print(type(k.__cause__).__name__, k.__suppress_context__, type(k.__context__).__name__)

try:
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2)
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)

try:
    try:
        raise ValueError(1)
    except ValueError as a:
        try:
            raise TypeError(2)
        except TypeError as b:
            raise a
except ValueError as v:
    print(repr(v.__context__), repr(v.__context__.__context__))

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] ' + super().__str__()

try:
    raise MyError(7, 'boom')
except Exception as m:
    print(str(m), repr(m), m.args, m.code, isinstance(m, Exception))

class MyOSError(OSError):
    pass
mo = MyOSError(2, 'x', 'f')
print(type(mo).__name__, mo.errno, mo.filename, str(mo))

eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3)])])
print(str(eg), repr(eg), eg.message, eg.exceptions)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(type(BaseExceptionGroup('b', [ValueError()])).__name__)
show('eg empty', lambda: ExceptionGroup('m', []))
show('eg base', lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
`],
];

describe('python programs that raise', () => {
  for (const [title, source] of PROGRAMS) {
    // KNOWN FAILURE (issue 4 still open): 'construction, attributes, str/repr, notes, chaining, subclasses, exception groups' must fail until fixed (super() cycles
    // need the cycle collector; dict views), then the exception is removed.
    (title === 'construction, attributes, str/repr, notes, chaining, subclasses, exception groups' ? it.fails : it)(`print what python3 prints: ${title}`, () => {
      const expected = runPython3(source);
      const got = runPergil(source);
      expect(got.stdout).toBe(expected.stdout);
      expect(lastLine(got.stderr)).toBe(lastLine(expected.stderr));
      expect(got.status).toBe(expected.status);
      expect(got.leakedBlocks).toBe(0);
    });
  }
});
