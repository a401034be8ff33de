// Cross-interpreter data (CPython's `_PyCrossInterpreterData` and its registry of shareable
// classes, Python/crossinterp.c): extract an object into runtime-owned bytes, rebuild a new
// object from them on the other side. The format is declared in xidata.layout.ts.
//
// Encoding runs in two passes — measure (which validates: NotShareableError and OverflowError
// are raised before any memory is touched), then write into one block of exactly that size —
// so a failed send leaves no half-written item and no block behind, and large bytes are
// copied once, straight from the sender's array into runtime memory.
// Hot path (every put and get): keep `measure`, `write` and `read` monomorphic switches.

import { NotShareableError, OverflowError } from './errors.js';
import { XI_TAG, XI_TAG_FIRST_REGISTERED } from './xidata.layout.js';

// NON-CPYTHON: the JS mapping (XIFloat, XIList, Map / plain objects as dicts, numbers as ints
// when they are safe integers) exists only for callers without Python objects.

/**
 * A float that would otherwise be taken for an int: JS numbers that are safe integers
 * (other than -0) encode as Python ints, so `new XIFloat(2)` is how to send `2.0`.
 * @public
 */
export class XIFloat {
  constructor(readonly value: number) {}
}

/**
 * A Python list: JS arrays encode as tuples, so wrap an array to send a list.
 * NON-CPYTHON: lists (and dicts) of shareables are shareable, copied deeply.
 * @public
 */
export class XIList {
  constructor(readonly items: readonly unknown[]) {}
}

/** The values a JS caller sends and receives (see the package README for the mapping). @public */
export type XIValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | XIFloat
  | XIList
  | readonly XIValue[]
  | ReadonlyMap<XIValue, XIValue>
  | { readonly [key: string]: XIValue }
  | object;

/** Where encoded bytes are written and read: views of the runtime heap. @public */
export interface XIDataViews {
  /** Byte view of the heap. */
  readonly u8: Uint8Array;
  /** DataView of the heap (little-endian, unaligned numbers). */
  readonly dv: DataView;
}

/**
 * One registered shareable kind (CPython's `_PyCrossInterpreterData_RegisterClass` pair of
 * "object → data" and "data → new object"): `T` is the sender's object (a JS value here, a
 * handle in the interpreter layer).
 * @public
 */
export interface XIDataClass<T = unknown> {
  /** The Python type name, for NotShareableError messages. */
  readonly name: string;
  /** Bytes of payload `value` needs; throw NotShareableError if this particular value cannot go. */
  sizeOf(value: T): number;
  /** Writes exactly `sizeOf(value)` bytes at `at`; must not fail. */
  write(value: T, views: XIDataViews, at: number): void;
  /** Rebuilds a new object from `sizeBytes` bytes at `at`. */
  read(views: XIDataViews, at: number, sizeBytes: number): unknown;
}

/** Rebuilds and releases queue and channel ends, supplied by whoever owns them (the Channels object). @public */
export interface XIEndHooks {
  /** A new end object for the end encoded with `tag` and `id`; it adopts the reference the data held. */
  adopt(tag: number, id: number): unknown;
  /** The id of the end `value` (one for which endTag is not 0), taking a reference for the data. */
  share(value: unknown): number;
  /** The tag of `value` if it is a queue or channel end, else 0 (no reference taken). */
  endTag(value: unknown): number;
  /** Drops the reference held by data that is freed without being decoded. */
  drop(tag: number, id: number): void;
}

interface RegisteredClass {
  readonly tag: number;
  readonly cls: XIDataClass<never>;
}

const MAX_DEPTH = 512;
/** Decoded bytes shorter than this share a pooled ArrayBuffer of BYTES_POOL_BYTES. */
const BYTES_POOLED_BELOW = 4096;
const BYTES_POOL_BYTES = 64 * 1024;
/** Most padding before a bytes payload, which starts 8-aligned in the heap. */
const BYTES_PAD_MAX = 7;

/**
 * Where the payload of the bytes object tagged at `at` starts: 8-aligned, because copies
 * between a SharedArrayBuffer and an ArrayBuffer run word by word only when both sides are
 * aligned alike (an unaligned 1 MiB copy is ~10× slower).
 */
function bytesDataOffset(at: number): number {
  return (at + 5 + BYTES_PAD_MAX) & ~BYTES_PAD_MAX;
}
const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

function typeNameOf(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'function';
  if (typeof value === 'symbol') return 'symbol';
  const ctor = (value as { constructor?: { name?: string } }).constructor;
  return ctor?.name ?? 'object';
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The PEP 393 kind of a JS string: 1 if all code units < 256, 2 if no surrogates, else 4. */
function strKind(s: string): number {
  let kind = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 256) continue;
    if (c >= 0xd800 && c <= 0xdfff) return 4;
    kind = 2;
  }
  return kind;
}

/** Code points of a kind-4 string (a surrogate pair is one code point; a lone surrogate is kept). */
function codePointCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * The registry of shareable kinds and the codec over them (CPython's xidata lookup plus
 * `_PyObject_GetCrossInterpreterData` / `_PyCrossInterpreterData_NewObject`). The built-in
 * kinds are fixed; {@link XIDataRegistry.registerClass} adds a kind by constructor. One
 * registry per Channels object: there is no module-level registry.
 * @public
 */
export class XIDataRegistry {
  // NON-CPYTHON: one registry per Channels object (so per thread, per interpreter layer),
  // where CPython keeps one per interpreter plus one runtime-wide; nothing is module-level.
  private readonly byCtor = new Map<unknown, RegisteredClass>();
  private readonly byTag: (RegisteredClass | undefined)[] = [];
  private nextTag = XI_TAG_FIRST_REGISTERED;
  private readonly ends: XIEndHooks | undefined;
  // Small bytes are carved out of one shared ArrayBuffer, as Node's Buffer pool does: a new
  // 100-byte ArrayBuffer costs more than the rest of a get.
  private pool = new ArrayBuffer(BYTES_POOL_BYTES);
  private poolUsed = 0;

  constructor(ends?: XIEndHooks) {
    this.ends = ends;
  }

  /**
   * Makes instances of `ctor` (exactly that class, not subclasses — CPython looks types up
   * exactly) shareable through `cls`; returns the tag they are encoded with.
   */
  registerClass<T>(ctor: abstract new (...args: never[]) => T, cls: XIDataClass<T>): number {
    if (this.byCtor.has(ctor)) throw new Error(`${cls.name} is already registered`);
    if (this.nextTag > 255) throw new Error('no tag left for another shareable kind');
    const entry: RegisteredClass = { tag: this.nextTag++, cls: cls as XIDataClass<never> };
    this.byCtor.set(ctor, entry);
    this.byTag[entry.tag] = entry;
    return entry.tag;
  }

  /** Removes a registration (CPython's `_PyCrossInterpreterData_UnregisterClass`); true if there was one. */
  unregisterClass(ctor: abstract new (...args: never[]) => unknown): boolean {
    const entry = this.byCtor.get(ctor);
    if (entry === undefined) return false;
    this.byCtor.delete(ctor);
    this.byTag[entry.tag] = undefined;
    return true;
  }

  /** The tags of the registered kinds (what the runtime's registry slot would record). */
  registeredTags(): number[] {
    return [...this.byCtor.values()].map((e) => e.tag);
  }

  /** True if `value` can be sent (CPython's `_PyObject_CheckCrossInterpreterData`). */
  isShareable(value: unknown): boolean {
    try {
      this.measure(value, 0);
      return true;
    } catch (error) {
      if (error instanceof NotShareableError || error instanceof OverflowError) return false;
      throw error;
    }
  }

  /**
   * Bytes `value` encodes to, validating it: throws NotShareableError (or OverflowError for an
   * int beyond 64 bits) without touching memory.
   */
  measure(value: unknown, depth: number): number {
    switch (typeof value) {
      case 'number':
        if (Number.isSafeInteger(value) && !Object.is(value, -0)) return value >= INT32_MIN && value <= INT32_MAX ? 5 : 9;
        return 9;
      case 'boolean':
        return 1;
      case 'string': {
        const kind = strKind(value);
        return 5 + (kind === 4 ? 4 * codePointCount(value) : kind * value.length);
      }
      case 'bigint':
        if (value < INT64_MIN || value > INT64_MAX) throw new OverflowError('try sending as bytes');
        return value >= INT32_MIN && value <= INT32_MAX ? 5 : 9;
      case 'object':
        break;
      default:
        throw new NotShareableError(typeNameOf(value));
    }
    if (value === null) return 1;
    if (depth > MAX_DEPTH) throw new NotShareableError(typeNameOf(value), 'object nested too deeply to share (a cycle?)');
    if (value instanceof Uint8Array) return 5 + BYTES_PAD_MAX + value.byteLength;
    if (value instanceof XIFloat) return 9;
    if (Array.isArray(value)) return this.measureItems(value, depth);
    if (value instanceof XIList) return this.measureItems(value.items, depth);
    if (value instanceof Map) {
      let n = 5;
      for (const [k, v] of value) n += this.measure(k, depth + 1) + this.measure(v, depth + 1);
      return n;
    }
    const endTag = this.ends?.endTag(value) ?? 0;
    if (endTag !== 0) return 5;
    const registered = this.byCtor.get(value.constructor);
    if (registered !== undefined) return 5 + registered.cls.sizeOf(value as never);
    if (isPlainObject(value)) {
      let n = 5;
      for (const k of Object.keys(value)) n += this.measure(k, depth + 1) + this.measure((value as Record<string, unknown>)[k], depth + 1);
      return n;
    }
    throw new NotShareableError(typeNameOf(value));
  }

  private measureItems(items: readonly unknown[], depth: number): number {
    let n = 5;
    for (let i = 0; i < items.length; i++) n += this.measure(items[i], depth + 1);
    return n;
  }

  /**
   * Writes `value` (already measured) at `at`; returns the end offset and whether it took
   * references to queue or channel ends (bit 31 of the result is never set: offsets are
   * positive int32s, so the flag is returned through `refs`).
   */
  write(value: unknown, v: XIDataViews, at: number, refs: { count: number }): number {
    const u8 = v.u8;
    const dv = v.dv;
    switch (typeof value) {
      case 'number':
        if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
          if (value >= INT32_MIN && value <= INT32_MAX) {
            u8[at] = XI_TAG.INT32;
            dv.setInt32(at + 1, value, true);
            return at + 5;
          }
          u8[at] = XI_TAG.INT64;
          dv.setBigInt64(at + 1, BigInt(value), true);
          return at + 9;
        }
        u8[at] = XI_TAG.FLOAT;
        dv.setFloat64(at + 1, value, true);
        return at + 9;
      case 'boolean':
        u8[at] = value ? XI_TAG.TRUE : XI_TAG.FALSE;
        return at + 1;
      case 'string':
        return writeStr(value, u8, dv, at);
      case 'bigint':
        if (value >= INT32_MIN && value <= INT32_MAX) {
          u8[at] = XI_TAG.INT32;
          dv.setInt32(at + 1, Number(value), true);
          return at + 5;
        }
        u8[at] = XI_TAG.INT64;
        dv.setBigInt64(at + 1, value, true);
        return at + 9;
      default:
        break;
    }
    if (value === null) {
      u8[at] = XI_TAG.NONE;
      return at + 1;
    }
    const obj = value as object;
    if (obj instanceof Uint8Array) {
      u8[at] = XI_TAG.BYTES;
      dv.setUint32(at + 1, obj.byteLength, true);
      const data = bytesDataOffset(at);
      u8.set(obj, data);
      return data + obj.byteLength;
    }
    if (obj instanceof XIFloat) {
      u8[at] = XI_TAG.FLOAT;
      dv.setFloat64(at + 1, obj.value, true);
      return at + 9;
    }
    if (Array.isArray(obj)) return this.writeItems(XI_TAG.TUPLE, obj, v, at, refs);
    if (obj instanceof XIList) return this.writeItems(XI_TAG.LIST, obj.items, v, at, refs);
    if (obj instanceof Map) {
      u8[at] = XI_TAG.DICT;
      dv.setUint32(at + 1, obj.size, true);
      let p = at + 5;
      for (const [k, val] of obj) {
        p = this.write(k, v, p, refs);
        p = this.write(val, v, p, refs);
      }
      return p;
    }
    if (this.ends !== undefined && this.ends.endTag(obj) !== 0) {
      u8[at] = this.ends.endTag(obj);
      dv.setInt32(at + 1, this.ends.share(obj), true);
      refs.count++;
      return at + 5;
    }
    const registered = this.byCtor.get(obj.constructor);
    if (registered !== undefined) {
      const size = registered.cls.sizeOf(obj as never);
      u8[at] = registered.tag;
      dv.setUint32(at + 1, size, true);
      registered.cls.write(obj as never, v, at + 5);
      return at + 5 + size;
    }
    const keys = Object.keys(obj);
    u8[at] = XI_TAG.DICT;
    dv.setUint32(at + 1, keys.length, true);
    let p = at + 5;
    for (const k of keys) {
      p = writeStr(k, u8, dv, p);
      p = this.write((obj as Record<string, unknown>)[k], v, p, refs);
    }
    return p;
  }

  private writeItems(tag: number, items: readonly unknown[], v: XIDataViews, at: number, refs: { count: number }): number {
    v.u8[at] = tag;
    v.dv.setUint32(at + 1, items.length, true);
    let p = at + 5;
    for (let i = 0; i < items.length; i++) p = this.write(items[i], v, p, refs);
    return p;
  }

  private newBytes(n: number): Uint8Array {
    if (n >= BYTES_POOLED_BELOW) return new Uint8Array(n);
    if (this.poolUsed + n > BYTES_POOL_BYTES) {
      this.pool = new ArrayBuffer(BYTES_POOL_BYTES);
      this.poolUsed = 0;
    }
    const bytes = new Uint8Array(this.pool, this.poolUsed, n);
    this.poolUsed = (this.poolUsed + n + 7) & ~7;
    return bytes;
  }

  /** Rebuilds the object encoded at `at`; `out.end` receives the offset after it. */
  read(v: XIDataViews, at: number, out: { end: number }): unknown {
    const u8 = v.u8;
    const dv = v.dv;
    const tag = u8[at];
    switch (tag) {
      case XI_TAG.NONE:
        out.end = at + 1;
        return null;
      case XI_TAG.FALSE:
        out.end = at + 1;
        return false;
      case XI_TAG.TRUE:
        out.end = at + 1;
        return true;
      case XI_TAG.INT32:
        out.end = at + 5;
        return dv.getInt32(at + 1, true);
      case XI_TAG.INT64: {
        out.end = at + 9;
        const n = dv.getBigInt64(at + 1, true);
        return n >= -0x1fffffffffffffn && n <= 0x1fffffffffffffn ? Number(n) : n;
      }
      case XI_TAG.FLOAT: {
        out.end = at + 9;
        const f = dv.getFloat64(at + 1, true);
        // A float that JS would re-send as an int keeps its type in a wrapper.
        return Number.isSafeInteger(f) && !Object.is(f, -0) ? new XIFloat(f) : f;
      }
      case XI_TAG.STR1:
      case XI_TAG.STR2:
      case XI_TAG.STR4:
        return readStr(tag, u8, dv, at, out);
      case XI_TAG.BYTES: {
        const n = dv.getUint32(at + 1, true);
        const data = bytesDataOffset(at);
        out.end = data + n;
        const bytes = this.newBytes(n);
        bytes.set(u8.subarray(data, data + n));
        return bytes;
      }
      case XI_TAG.TUPLE:
      case XI_TAG.LIST: {
        const n = dv.getUint32(at + 1, true);
        const items = new Array<unknown>(n);
        let p = at + 5;
        for (let i = 0; i < n; i++) {
          items[i] = this.read(v, p, out);
          p = out.end;
        }
        out.end = p;
        return tag === XI_TAG.LIST ? new XIList(items) : items;
      }
      case XI_TAG.DICT: {
        const n = dv.getUint32(at + 1, true);
        const map = new Map<unknown, unknown>();
        let p = at + 5;
        for (let i = 0; i < n; i++) {
          const k = this.read(v, p, out);
          const val = this.read(v, out.end, out);
          p = out.end;
          map.set(k, val);
        }
        out.end = p;
        return map;
      }
      case XI_TAG.QUEUE:
      case XI_TAG.CHANNEL_SEND:
      case XI_TAG.CHANNEL_RECV:
        out.end = at + 5;
        if (this.ends === undefined) throw new Error('no channels to rebuild a queue or channel end in');
        return this.ends.adopt(tag, dv.getInt32(at + 1, true));
      default: {
        const entry = this.byTag[tag];
        const size = dv.getUint32(at + 1, true);
        out.end = at + 5 + size;
        if (entry === undefined) throw new NotShareableError(`tag ${tag}`, `no shareable kind registered with tag ${tag}`);
        return entry.cls.read(v, at + 5, size);
      }
    }
  }

  /** Releases the references held by encoded data at `at` that is dropped without being read; returns its end. */
  release(v: XIDataViews, at: number): number {
    const u8 = v.u8;
    const dv = v.dv;
    const tag = u8[at];
    switch (tag) {
      case XI_TAG.NONE:
      case XI_TAG.FALSE:
      case XI_TAG.TRUE:
        return at + 1;
      case XI_TAG.INT32:
        return at + 5;
      case XI_TAG.INT64:
      case XI_TAG.FLOAT:
        return at + 9;
      case XI_TAG.STR1:
        return at + 5 + dv.getUint32(at + 1, true);
      case XI_TAG.STR2:
        return at + 5 + 2 * dv.getUint32(at + 1, true);
      case XI_TAG.STR4:
        return at + 5 + 4 * dv.getUint32(at + 1, true);
      case XI_TAG.TUPLE:
      case XI_TAG.LIST: {
        const n = dv.getUint32(at + 1, true);
        let p = at + 5;
        for (let i = 0; i < n; i++) p = this.release(v, p);
        return p;
      }
      case XI_TAG.DICT: {
        const n = dv.getUint32(at + 1, true);
        let p = at + 5;
        for (let i = 0; i < 2 * n; i++) p = this.release(v, p);
        return p;
      }
      case XI_TAG.QUEUE:
      case XI_TAG.CHANNEL_SEND:
      case XI_TAG.CHANNEL_RECV:
        this.ends?.drop(tag, dv.getInt32(at + 1, true));
        return at + 5;
      case XI_TAG.BYTES:
        return bytesDataOffset(at) + dv.getUint32(at + 1, true);
      default:
        // Registered kinds: a u32 size, then opaque bytes.
        return at + 5 + dv.getUint32(at + 1, true);
    }
  }
}

function writeStr(s: string, u8: Uint8Array, dv: DataView, at: number): number {
  const kind = strKind(s);
  const n = s.length;
  if (kind === 1) {
    u8[at] = XI_TAG.STR1;
    dv.setUint32(at + 1, n, true);
    const p = at + 5;
    for (let i = 0; i < n; i++) u8[p + i] = s.charCodeAt(i);
    return p + n;
  }
  if (kind === 2) {
    u8[at] = XI_TAG.STR2;
    dv.setUint32(at + 1, n, true);
    const p = at + 5;
    for (let i = 0; i < n; i++) dv.setUint16(p + 2 * i, s.charCodeAt(i), true);
    return p + 2 * n;
  }
  u8[at] = XI_TAG.STR4;
  let p = at + 5;
  let count = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    dv.setUint32(p, c, true);
    p += 4;
    count++;
  }
  dv.setUint32(at + 1, count, true);
  return p;
}

const CHUNK = 8192;

function readStr(tag: number, u8: Uint8Array, dv: DataView, at: number, out: { end: number }): string {
  const n = dv.getUint32(at + 1, true);
  const p = at + 5;
  if (tag === XI_TAG.STR1) {
    out.end = p + n;
    if (n <= 64) {
      let s = '';
      for (let i = 0; i < n; i++) s += String.fromCharCode(u8[p + i]);
      return s;
    }
    let s = '';
    for (let i = 0; i < n; i += CHUNK) s += String.fromCharCode(...u8.subarray(p + i, p + Math.min(n, i + CHUNK)));
    return s;
  }
  if (tag === XI_TAG.STR2) {
    out.end = p + 2 * n;
    const units = new Array<number>(Math.min(n, CHUNK));
    let s = '';
    for (let i = 0; i < n; i += CHUNK) {
      const m = Math.min(CHUNK, n - i);
      units.length = m;
      for (let j = 0; j < m; j++) units[j] = dv.getUint16(p + 2 * (i + j), true);
      s += String.fromCharCode(...units);
    }
    return s;
  }
  out.end = p + 4 * n;
  let s = '';
  for (let i = 0; i < n; i++) {
    const c = dv.getUint32(p + 4 * i, true);
    s += c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c);
  }
  return s;
}
