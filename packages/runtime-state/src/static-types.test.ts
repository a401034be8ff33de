// The static types table against the live python3: names, bases and MROs must be CPython's.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PY_BASE_EXCEPTION_OBJECT, PY_LONG_OBJECT, PY_OBJECT, PY_TYPE_OBJECT } from './object.layout.js';
import { STATIC_TYPES, staticTypeIndex } from './static-types.js';
import {
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BASE_EXC_SUBCLASS,
  Py_TPFLAGS_HAVE_GC,
  Py_TPFLAGS_HEAPTYPE,
  Py_TPFLAGS_IMMUTABLETYPE,
  Py_TPFLAGS_LONG_SUBCLASS,
  Py_TPFLAGS_TUPLE_SUBCLASS,
  Py_TPFLAGS_TYPE_SUBCLASS,
  Py_TPFLAGS_UNICODE_SUBCLASS,
} from './type-flags.js';

// Finds each named type among builtins or, failing that, among all subclasses of object
// defined in C (module 'builtins', else any: SimpleNamespace), and prints "name base mro..." per line.
const PYTHON = `
import builtins, sys
names = sys.stdin.read().split()
seen, stack, by_name, by_any = set(), [object], {}, {}
while stack:
    t = stack.pop()
    if t in seen: continue
    seen.add(t)
    if t.__module__ == 'builtins': by_name.setdefault(t.__name__, t)
    by_any.setdefault(t.__name__, t)
    stack.extend(type.__subclasses__(t))
for n in names:
    t = getattr(builtins, n, None)
    if not isinstance(t, type): t = by_name.get(n) or by_any[n]
    print(n, t.__base__.__name__ if t.__base__ else '-', *[b.__name__ for b in t.__mro__])
`;

describe('static builtin types', () => {
  it('have the names, bases and MROs the live python3 reports', () => {
    const out = execFileSync('python3', ['-c', PYTHON], { input: STATIC_TYPES.map((t) => t.name).join('\n'), encoding: 'utf8' });
    const expected = out.trim().split('\n');
    const ours = STATIC_TYPES.map((t) => [t.name, t.base ?? '-', ...t.mro].join(' '));
    expect(ours).toEqual(expected);
  });

  it('cover the types the runtime needs and the whole exception hierarchy', () => {
    for (const name of ['object', 'type', 'NoneType', 'NotImplementedType', 'ellipsis', 'bool', 'int', 'float', 'complex', 'str',
      'bytes', 'bytearray', 'tuple', 'list', 'dict', 'set', 'frozenset', 'range', 'slice', 'function', 'builtin_function_or_method',
      'method', 'code', 'module', 'cell', 'generator', 'property', 'classmethod', 'staticmethod', 'super', 'dict_keys',
      'dict_values', 'dict_items', 'dict_keyiterator', 'BaseException', 'Exception', 'ValueError', 'KeyError', 'StopIteration',
      'ExceptionGroup', 'BaseExceptionGroup', 'EncodingWarning', 'ModuleNotFoundError', 'UnicodeDecodeError', 'KeyboardInterrupt']) {
      expect(staticTypeIndex(name), name).toBeGreaterThanOrEqual(0);
    }
    const exceptions = STATIC_TYPES.filter((t) => t.mro.includes('BaseException'));
    expect(exceptions.length).toBeGreaterThanOrEqual(60);
  });

  it('number static indexes 0..N-1 and list every base before its subclasses', () => {
    STATIC_TYPES.forEach((t, i) => {
      expect(t.staticIndex).toBe(i);
      for (const ancestor of t.mro.slice(1)) expect(staticTypeIndex(ancestor), `${ancestor} before ${t.name}`).toBeLessThan(i);
    });
    expect(STATIC_TYPES[0].name).toBe('object');
    expect(STATIC_TYPES[0].base).toBeNull();
    expect(staticTypeIndex('no such type')).toBe(-1);
  });

  it('carry CPython\'s flags: fast subclass bits, GC, subclassable, immutable, never heap types', () => {
    const flags = (name: string): number => STATIC_TYPES[staticTypeIndex(name)].flags;
    expect(flags('int') & Py_TPFLAGS_LONG_SUBCLASS).not.toBe(0);
    expect(flags('bool') & Py_TPFLAGS_LONG_SUBCLASS).not.toBe(0);
    expect(flags('bool') & Py_TPFLAGS_BASETYPE).toBe(0);
    expect(flags('tuple') & (Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_HAVE_GC)).toBe(Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_HAVE_GC);
    expect(flags('str') & Py_TPFLAGS_UNICODE_SUBCLASS).not.toBe(0);
    expect((flags('type') & Py_TPFLAGS_TYPE_SUBCLASS) >>> 0).toBe(Py_TPFLAGS_TYPE_SUBCLASS);
    expect(flags('object') & Py_TPFLAGS_HAVE_GC).toBe(0);
    for (const t of STATIC_TYPES) {
      expect(t.flags & Py_TPFLAGS_HEAPTYPE, t.name).toBe(0);
      expect(t.flags & Py_TPFLAGS_IMMUTABLETYPE, t.name).not.toBe(0);
      expect((t.flags & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0, t.name).toBe(t.mro.includes('BaseException'));
    }
  });

  it('take instance sizes from pergil\'s layouts, sharing an ancestor\'s where CPython does', () => {
    const spec = (name: string) => STATIC_TYPES[staticTypeIndex(name)];
    expect(spec('object').basicsizeBytes).toBe(PY_OBJECT.sizeBytes);
    expect(spec('type').basicsizeBytes).toBe(PY_TYPE_OBJECT.sizeBytes);
    expect(spec('bool').instanceLayout).toBe(PY_LONG_OBJECT);
    expect([spec('int').basicsizeBytes, spec('int').itemsizeBytes]).toEqual([PY_LONG_OBJECT.sizeBytes, 4]);
    expect(spec('ValueError').instanceLayout).toBe(PY_BASE_EXCEPTION_OBJECT);
    expect(spec('NoneType').instanceLayout).toBe(PY_OBJECT);
    expect(spec('OSError').instanceLayout).toBeNull(); // more fields than BaseException: not declared yet
    expect(spec('list').basicsizeBytes).toBe(0);
  });
});
