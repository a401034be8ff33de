import { checkHeap, Heap } from '@pergil/allocator';
import { GilThread } from '@pergil/gil';
import { describe, expect, it } from 'vitest';
import { RuntimeStateError } from './errors.js';
import { isImmortal, runtimeOffset } from './handle.js';
import { RUNTIME_IDENTIFIERS } from './identifiers.js';
import { readLong } from './longobject.js';
import { Py_REFCNT, Py_SIZE, Py_TYPE } from './object.js';
import { GC_HEAD_SIZE_BYTES, IMMORTAL_REFCNT, TP_BASE, TP_BASICSIZE, TP_FLAGS, TP_MRO, TP_NAME, TP_STATIC_INDEX, UNICODE_INTERNED } from './object.layout.js';
import { RUNTIME_STATUS_FINALIZING, RUNTIME_STATUS_INITIALIZED, SMALL_INT_MAX, SMALL_INT_MIN } from './runtime-state.layout.js';
import { RuntimeState } from './runtime-state.js';
import { STATIC_TYPES } from './static-types.js';
import { readTupleItems } from './tupleobject.js';
import { readBytes } from './bytesobject.js';
import { PyUnicode_KIND, readUnicode } from './unicodeobject.js';
import { SSTATE_INTERNED_IMMORTAL_STATIC } from './object.layout.js';

const runtime = RuntimeState.create({ maxHeapBytes: 8 << 20 });
const v = runtime.views;
const at = runtimeOffset;
const i32At = (h: number, field: number): number => v.i32[(at(h) + field) >> 2];
const typeName = (type: number): string => readUnicode(v, at(i32At(type, TP_NAME)));
const typeOf = (h: number): string => typeName(Py_TYPE(v, at(h)));

describe('RuntimeState.create', () => {
  it('leaves a heap that passes checkHeap, with the runtime initialized', () => {
    expect(() => checkHeap(runtime.heap)).not.toThrow();
    expect(runtime.status).toBe(RUNTIME_STATUS_INITIALIZED);
    expect(runtime.stateOffset % 64).toBe(0);
    expect(runtime.allocatorKind).toBe('pymalloc');
  });

  it('also builds over the debug allocator, and an attacher sees the same runtime', () => {
    const debug = RuntimeState.create({ maxHeapBytes: 8 << 20, allocator: 'debug' });
    expect(() => checkHeap(debug.heap)).not.toThrow();
    const again = RuntimeState.attach(debug.buffer);
    expect(again.allocatorKind).toBe('debug');
    expect(again.stateOffset).toBe(debug.stateOffset);
    expect(again.immortalNone).toBe(debug.immortalNone);
    expect(again.staticType('int')).toBe(debug.staticType('int'));
  });

  it('refuses a heap with no runtime in it, and bad options', () => {
    const plainHeap = Heap.create({ maxBytes: 1 << 20 });
    expect(() => RuntimeState.attach(plainHeap.buffer)).toThrow(expect.objectContaining({ kind: 'not-a-runtime' }));
    expect(() => RuntimeState.attach(new SharedArrayBuffer(1 << 16, { maxByteLength: 1 << 20 }))).toThrow();
    expect(() => RuntimeState.create({ maxInterpreters: 0 })).toThrow(RuntimeStateError);
  });
});

describe('immortal objects', () => {
  it('are the singletons, with the right types, in the runtime heap, with the immortal refcount', () => {
    const cases: [number, string][] = [
      [runtime.immortalNone, 'NoneType'],
      [runtime.immortalNotImplemented, 'NotImplementedType'],
      [runtime.immortalEllipsis, 'ellipsis'],
      [runtime.immortalTrue, 'bool'],
      [runtime.immortalFalse, 'bool'],
      [runtime.emptyTuple, 'tuple'],
      [runtime.emptyStr, 'str'],
      [runtime.emptyBytes, 'bytes'],
    ];
    for (const [h, type] of cases) {
      expect(isImmortal(h)).toBe(true);
      expect(typeOf(h)).toBe(type);
      expect(Py_REFCNT(v, at(h))).toBe(IMMORTAL_REFCNT);
    }
    expect(new Set(cases.map(([h]) => h)).size).toBe(cases.length);
    expect(readLong(v, at(runtime.immortalTrue))).toBe(1n);
    expect(readLong(v, at(runtime.immortalFalse))).toBe(0n);
    expect(Py_SIZE(v, at(runtime.emptyTuple))).toBe(0);
    expect(readUnicode(v, at(runtime.emptyStr))).toBe('');
    expect(readBytes(v, at(runtime.emptyBytes))).toEqual(new Uint8Array(0));
  });

  it('include the small ints -5..256 as distinct ints with their values', () => {
    const seen = new Set<number>();
    for (let n = SMALL_INT_MIN; n <= SMALL_INT_MAX; n++) {
      const h = runtime.smallInt(n);
      expect(typeOf(h)).toBe('int');
      expect(readLong(v, at(h))).toBe(BigInt(n));
      expect(runtime.smallIntUnchecked(n)).toBe(h);
      seen.add(h);
    }
    expect(seen.size).toBe(SMALL_INT_MAX - SMALL_INT_MIN + 1);
    expect(seen.has(runtime.immortalTrue)).toBe(false);
    expect(() => runtime.smallInt(257)).toThrow(RuntimeStateError);
    expect(() => runtime.smallInt(-6)).toThrow(RuntimeStateError);
  });

  it('include every one-character Latin-1 str, interned and found by the interned table', () => {
    for (let cp = 0; cp < 256; cp++) {
      const h = runtime.latin1Char(cp);
      const s = String.fromCharCode(cp);
      expect(typeOf(h)).toBe('str');
      expect(readUnicode(v, at(h))).toBe(s);
      expect(PyUnicode_KIND(v, at(h))).toBe(1);
      expect(runtime.internedString(s)).toBe(h);
    }
    expect(() => runtime.latin1Char(256)).toThrow(RuntimeStateError);
  });

  it('intern every runtime identifier and type name, once, as static immortal strs', () => {
    expect(new Set(RUNTIME_IDENTIFIERS).size).toBe(RUNTIME_IDENTIFIERS.length);
    const handles = new Set<number>();
    for (const name of [...RUNTIME_IDENTIFIERS, ...STATIC_TYPES.map((t) => t.name)]) {
      const h = runtime.internedString(name);
      expect(isImmortal(h), name).toBe(true);
      expect(readUnicode(v, at(h))).toBe(name);
      expect(v.u8[at(h) + UNICODE_INTERNED]).toBe(SSTATE_INTERNED_IMMORTAL_STATIC);
      handles.add(h);
    }
    expect(runtime.internedString('')).toBe(runtime.emptyStr);
    expect(runtime.internedString('__init__')).toBe(runtime.internedString('__init__'));
    expect(runtime.internedCount).toBeGreaterThanOrEqual(handles.size + 256);
  });

  it('answer NULL for strings the runtime did not intern', () => {
    for (const name of ['__nope__', '__init_', '__init__x', 'ab', '\u{1F600}', '\u0100']) expect(runtime.internedString(name)).toBe(0);
  });
});

describe('static builtin types', () => {
  it('are type objects with their name, base, flags, size, MRO and static index', () => {
    const typeType = runtime.staticType('type');
    for (const spec of STATIC_TYPES) {
      const h = runtime.staticType(spec.name);
      expect(runtime.staticTypeByIndex(spec.staticIndex)).toBe(h);
      expect(Py_TYPE(v, at(h))).toBe(typeType);
      expect(Py_REFCNT(v, at(h))).toBe(IMMORTAL_REFCNT);
      expect(typeName(h)).toBe(spec.name);
      expect(i32At(h, TP_NAME)).toBe(runtime.internedString(spec.name));
      expect(i32At(h, TP_BASE)).toBe(spec.base === null ? 0 : runtime.staticType(spec.base));
      expect(i32At(h, TP_FLAGS) >>> 0).toBe(spec.flags);
      expect(i32At(h, TP_BASICSIZE)).toBe(spec.basicsizeBytes);
      expect(i32At(h, TP_STATIC_INDEX)).toBe(spec.staticIndex);
      const mro = i32At(h, TP_MRO);
      expect(typeOf(mro)).toBe('tuple');
      expect(readTupleItems(v, at(mro)).map(typeName)).toEqual(spec.mro);
    }
    expect(() => runtime.staticType('nope')).toThrow(RuntimeStateError);
  });

  it('give GC types a zeroed GC prefix before the header', () => {
    const h = runtime.staticType('int');
    expect(v.i32[(at(h) - GC_HEAD_SIZE_BYTES) >> 2]).toBe(0);
    expect(v.i32[(at(runtime.emptyTuple) - GC_HEAD_SIZE_BYTES + 4) >> 2]).toBe(0);
  });

  it('live inside the immortal objects block, as do all the other immortals', () => {
    const { startBytes, endBytes } = runtime.staticObjectsRange;
    const inside = (h: number): boolean => at(h) >= startBytes && at(h) < endBytes;
    expect(STATIC_TYPES.every((t) => inside(runtime.staticType(t.name)))).toBe(true);
    expect([runtime.immortalNone, runtime.emptyStr, runtime.smallInt(256), runtime.latin1Char(255)].every(inside)).toBe(true);
  });
});

describe('the interpreter registry', () => {
  it('hands out monotonic ids, never reused; the first is the main interpreter', () => {
    const r = RuntimeState.create({ maxHeapBytes: 1 << 20, maxInterpreters: 4 });
    expect(r.mainInterpreterId).toBe(-1);
    const main = r.registerInterpreter({ flags: 1, data: 99 });
    expect(main).toBe(0);
    expect(r.mainInterpreterId).toBe(0);
    const a = r.registerInterpreter();
    const b = r.registerInterpreter();
    expect([a, b]).toEqual([1, 2]);
    r.unregisterInterpreter(a);
    const c = r.registerInterpreter();
    expect(c).toBe(3);
    expect(r.listInterpreters()).toEqual([
      { id: 0, isMain: true, flags: 1, data: 99 },
      { id: 2, isMain: false, flags: 0, data: 0 },
      { id: 3, isMain: false, flags: 0, data: 0 },
    ]);
    expect(r.interpreterCount).toBe(3);
  });

  it('refuses to unregister an unknown id or the main interpreter while others live', () => {
    const r = RuntimeState.create({ maxHeapBytes: 1 << 20, maxInterpreters: 4 });
    const main = r.registerInterpreter();
    const sub = r.registerInterpreter();
    expect(() => r.unregisterInterpreter(42)).toThrow(expect.objectContaining({ kind: 'no-such-interpreter' }));
    expect(() => r.unregisterInterpreter(-1)).toThrow(expect.objectContaining({ kind: 'no-such-interpreter' }));
    expect(() => r.unregisterInterpreter(main)).toThrow(expect.objectContaining({ kind: 'main-interpreter-busy' }));
    r.unregisterInterpreter(sub);
    expect(() => r.unregisterInterpreter(sub)).toThrow(expect.objectContaining({ kind: 'no-such-interpreter' }));
    r.unregisterInterpreter(main);
    expect(r.mainInterpreterId).toBe(-1);
    expect(r.listInterpreters()).toEqual([]);
  });

  it('is bounded by maxInterpreters and closed once the runtime is finalizing', () => {
    const r = RuntimeState.create({ maxHeapBytes: 1 << 20, maxInterpreters: 2 });
    r.registerInterpreter();
    r.registerInterpreter();
    expect(() => r.registerInterpreter()).toThrow(expect.objectContaining({ kind: 'registry-full' }));
    r.setFinalizing();
    expect(r.status).toBe(RUNTIME_STATUS_FINALIZING);
    expect(r.finalizing).toBe(true);
    r.unregisterInterpreter(1);
    expect(() => r.registerInterpreter()).toThrow(expect.objectContaining({ kind: 'finalizing' }));
  });

  it('is shared with an attached RuntimeState', () => {
    const r = RuntimeState.create({ maxHeapBytes: 1 << 20 });
    const other = RuntimeState.attach(r.buffer);
    expect(r.registerInterpreter()).toBe(0);
    expect(other.registerInterpreter()).toBe(1);
    expect(r.listInterpreters().map((e) => e.id)).toEqual([0, 1]);
    expect(other.mainInterpreterId).toBe(0);
  });
});

describe('the shared GIL', () => {
  it('is a working GIL inside the runtime state, seen by attachers', () => {
    const other = RuntimeState.attach(runtime.buffer);
    const t = new GilThread(5);
    runtime.gil.take(t);
    expect(other.gil.isHeldBy(t)).toBe(true);
    runtime.gil.drop(t);
    expect(other.gil.isHeldBy(t)).toBe(false);
  });
});
