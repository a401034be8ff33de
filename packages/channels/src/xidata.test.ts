// The cross-interpreter data format: round trips of every kind, the JS ↔ Python mapping,
// OverflowError, NotShareableError leaving nothing behind, and registered kinds.
import { describe, expect, it } from 'vitest';
import { Channels } from './channels.js';
import { NotShareableError, OverflowError } from './errors.js';
import { heapUse, smallRuntime } from './testing/helpers.js';
import { XIFloat, XIList } from './xidata.js';
import type { XIDataViews } from './xidata.js';

function roundTrip(ch: Channels, value: unknown): unknown {
  return ch.decode(ch.encode(value));
}

describe('xidata', () => {
  const runtime = smallRuntime();
  const ch = Channels.attach(runtime);

  it('round-trips None, bools, ints and floats with their Python types', () => {
    for (const v of [null, true, false, 0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 53) + 1, 2 ** 53 - 1, 1.5, -0.25, Infinity, -Infinity]) {
      expect(roundTrip(ch, v)).toBe(v);
    }
    expect(Object.is(roundTrip(ch, -0), -0)).toBe(true);
    expect(Number.isNaN(roundTrip(ch, NaN))).toBe(true);
    // An integral float keeps its type in the XIFloat wrapper; 2 ** 60 as a number is a float.
    expect(roundTrip(ch, new XIFloat(2))).toEqual(new XIFloat(2));
    expect(roundTrip(ch, 2 ** 60)).toBe(2 ** 60);
  });

  it('round-trips ints up to the signed 64-bit range as bigints', () => {
    for (const v of [(1n << 63n) - 1n, -(1n << 63n), 1n << 60n]) expect(roundTrip(ch, v)).toBe(v);
    expect(roundTrip(ch, 5n)).toBe(5); // small ints come back as numbers
  });

  it('raises OverflowError for ints beyond 64 bits, leaving nothing allocated', () => {
    const before = heapUse(runtime);
    expect(() => ch.encode(1n << 63n)).toThrow(OverflowError);
    expect(() => ch.encode([1, -(1n << 63n) - 1n])).toThrow('try sending as bytes');
    expect(heapUse(runtime)).toEqual(before);
  });

  it('round-trips strs of every PEP 393 kind, lone surrogates included', () => {
    for (const s of ['', 'abc', 'ÿé', 'x'.repeat(10_000), '€uro', '中文'.repeat(5000), 'a😀b', '\ud800x', '😀'.repeat(3000)]) {
      expect(roundTrip(ch, s)).toBe(s);
    }
  });

  it('round-trips bytes, small and large (≥ 64 KiB)', () => {
    for (const n of [0, 1, 100, 65_536, 1 << 20]) {
      const b = new Uint8Array(n);
      for (let i = 0; i < n; i++) b[i] = (i * 31) & 0xff;
      const out = roundTrip(ch, b) as Uint8Array;
      expect(out).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(out).equals(Buffer.from(b))).toBe(true);
    }
  });

  it('round-trips nested tuples, lists and dicts', () => {
    const value = [1, 'two', [3.5, [null, true]], new XIList([new Uint8Array([9]), [1, 2]]), new Map<unknown, unknown>([[1, 'a'], ['k', [2, 3]]])];
    expect(roundTrip(ch, value)).toEqual(value);
    expect(roundTrip(ch, { a: 1, b: [2] })).toEqual(new Map<unknown, unknown>([['a', 1], ['b', [2]]]));
    expect(roundTrip(ch, [])).toEqual([]);
  });

  it('refuses unshareable values with CPython\'s message and leaks no block', () => {
    const before = heapUse(runtime);
    expect(() => ch.encode(() => 1)).toThrow("<class 'function'> does not support cross-interpreter data");
    expect(() => ch.encode(undefined)).toThrow(NotShareableError);
    expect(() => ch.encode([1, 'x', new Date()])).toThrow("<class 'Date'> does not support cross-interpreter data");
    expect(() => ch.encode(new Map([[1, Symbol('s')]]))).toThrow(NotShareableError);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(() => ch.encode(cyclic)).toThrow(NotShareableError);
    expect(heapUse(runtime)).toEqual(before);
    expect(ch.registry.isShareable([1, 'a'])).toBe(true);
    expect(ch.registry.isShareable(new Set())).toBe(false);
  });

  it('frees every block it decodes or discards', () => {
    const before = heapUse(runtime);
    for (let i = 0; i < 1000; i++) ch.decode(ch.encode([i, 'x'.repeat(i), new Uint8Array(i * 70)]));
    ch.discard(ch.encode('dropped'));
    expect(heapUse(runtime)).toEqual(before);
  });

  it('encodes a registered class with the functions given to the registry', () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
    }
    const other = Channels.attach(runtime);
    const tag = other.registry.registerClass(Point, {
      name: 'Point',
      sizeOf: () => 16,
      write: (p: Point, v: XIDataViews, at: number) => {
        v.dv.setFloat64(at, p.x, true);
        v.dv.setFloat64(at + 8, p.y, true);
      },
      read: (v: XIDataViews, at: number) => new Point(v.dv.getFloat64(at, true), v.dv.getFloat64(at + 8, true)),
    });
    expect(tag).toBeGreaterThanOrEqual(64);
    expect(other.registry.registeredTags()).toEqual([tag]);
    expect(other.decode(other.encode([new Point(1, 2)]))).toEqual([new Point(1, 2)]);
    // Registries are per Channels object: this one does not know Point.
    expect(() => ch.encode(new Point(1, 2))).toThrow("<class 'Point'> does not support cross-interpreter data");
    expect(other.registry.unregisterClass(Point)).toBe(true);
    expect(() => other.encode(new Point(1, 2))).toThrow(NotShareableError);
  });
});
