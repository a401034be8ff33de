// Encoding and decoding objects through plain views: the helpers work on any heap.
import { describe, expect, it } from 'vitest';
import { bytesSizeBytes, readBytes, writeBytes } from './bytesobject.js';
import { readFloat, writeFloat } from './floatobject.js';
import { makeHeapViews } from './heap-views.js';
import { longDigitCount, longSizeBytes, readLong, readSmallLong, writeLong } from './longobject.js';
import { Py_REFCNT, Py_SIZE, Py_TYPE } from './object.js';
import { LONG_DIGITS, PYLONG_BASE } from './object.layout.js';
import { PyTuple_GET_ITEM, readTupleItems, writeTuple } from './tupleobject.js';
import { PyType_GetFlags, readTypeObject, writeTypeObject } from './typeobject.js';
import {
  PyUnicode_GET_LENGTH,
  PyUnicode_KIND,
  internHashString,
  internHashUnicode,
  readUnicode,
  unicodeEqualsString,
  unicodeShape,
  unicodeSizeBytes,
  writeUnicode,
} from './unicodeobject.js';

const v = makeHeapViews(new SharedArrayBuffer(1 << 16));
const AT = 256; // every test writes its object here
const TYPE = 12345;

describe('int objects', () => {
  const values = [0n, 1n, -1n, 5n, -5n, 256n, BigInt(PYLONG_BASE - 1), BigInt(PYLONG_BASE), -(2n ** 100n) + 7n, 3n ** 200n];
  it.each(values.map((x) => [x]))('round-trips %s', (x) => {
    writeLong(v, AT, TYPE, 1, x);
    expect(readLong(v, AT)).toBe(x);
    expect(Py_TYPE(v, AT)).toBe(TYPE);
    expect(Math.abs(Py_SIZE(v, AT))).toBe(longDigitCount(x));
    expect(Math.sign(Py_SIZE(v, AT))).toBe(x === 0n ? 0 : x < 0n ? -1 : 1);
  });

  it('stores 30-bit digits least significant first', () => {
    writeLong(v, AT, TYPE, 1, 2 ** 30 + 3);
    expect(Py_SIZE(v, AT)).toBe(2);
    expect(v.i32[(AT + LONG_DIGITS) >> 2]).toBe(3);
    expect(v.i32[((AT + LONG_DIGITS) >> 2) + 1]).toBe(1);
    expect(longSizeBytes(2)).toBe(LONG_DIGITS + 8);
  });

  it('reads one-digit ints as numbers and refuses wider ones on the fast path', () => {
    writeLong(v, AT, TYPE, 1, -42);
    expect(readSmallLong(v, AT)).toBe(-42);
    writeLong(v, AT, TYPE, 1, 2 ** 40);
    expect(readSmallLong(v, AT)).toBeUndefined();
  });

  it('refuses a non-integral number', () => {
    expect(() => writeLong(v, AT, TYPE, 1, 1.5)).toThrow(RangeError);
  });
});

describe('float objects', () => {
  it.each([[0], [-0], [1.5], [-1e308], [Number.NaN], [Number.POSITIVE_INFINITY]])('round-trips %s', (x) => {
    writeFloat(v, AT, TYPE, 7, x);
    expect(Object.is(readFloat(v, AT), x)).toBe(true);
    expect(Py_REFCNT(v, AT)).toBe(7);
  });
});

describe('str objects', () => {
  const cases: [string, 1 | 2 | 4, number][] = [
    ['', 1, 0],
    ['abc', 1, 3],
    ['caf\u00e9', 1, 4],
    ['\u0100x', 2, 2],
    ['\u20ac', 2, 1],
    ['a\u{1F600}b', 4, 3],
    ['\ud800', 2, 1], // a lone surrogate stays one code point, as in Python
  ];
  it.each(cases)('writes %j in the narrowest kind and reads it back', (s, kind, length) => {
    expect(unicodeShape(s)).toMatchObject({ kind, length });
    writeUnicode(v, AT, TYPE, 1, s, 0);
    expect(PyUnicode_KIND(v, AT)).toBe(kind);
    expect(PyUnicode_GET_LENGTH(v, AT)).toBe(length);
    expect(readUnicode(v, AT)).toBe(s);
    expect(unicodeEqualsString(v, AT, s)).toBe(true);
    expect(internHashUnicode(v, AT)).toBe(internHashString(s));
    expect(unicodeSizeBytes(length, kind)).toBeGreaterThanOrEqual(20 + length * kind);
  });

  it('compares unequal strings as unequal without making objects', () => {
    writeUnicode(v, AT, TYPE, 1, 'abc', 0);
    for (const other of ['ab', 'abcd', 'abd', 'ABC', '', 'a\u{1F600}']) expect(unicodeEqualsString(v, AT, other)).toBe(false);
  });
});

describe('bytes and tuple objects', () => {
  it('round-trips bytes', () => {
    const data = new Uint8Array([0, 1, 255, 128]);
    writeBytes(v, AT, TYPE, 1, data);
    expect(Py_SIZE(v, AT)).toBe(4);
    expect(readBytes(v, AT)).toEqual(data);
    expect(bytesSizeBytes(4)).toBe(24);
  });

  it('round-trips tuple items', () => {
    writeTuple(v, AT, TYPE, 1, [-8, 16, 0]);
    expect(Py_SIZE(v, AT)).toBe(3);
    expect(readTupleItems(v, AT)).toEqual([-8, 16, 0]);
    expect(PyTuple_GET_ITEM(v, AT, 1)).toBe(16);
  });
});

describe('type objects', () => {
  it('round-trips the immutable fields, with tp_flags read unsigned', () => {
    const fields = { name: -100, basicsizeBytes: 24, itemsizeBytes: 4, flags: 2 ** 31 + (1 << 10), base: -200, mro: -300, staticIndex: -1 };
    writeTypeObject(v, AT, TYPE, 1, fields);
    expect(readTypeObject(v, AT)).toEqual(fields);
    expect(PyType_GetFlags(v, AT)).toBe(fields.flags);
    expect(Py_TYPE(v, AT)).toBe(TYPE);
  });
});
