// The immortal objects the runtime creates once at start, in one block of the runtime heap
// (CPython 3.12's `_PyRuntime.static_objects`, Include/internal/pycore_global_objects.h:
// the singletons, small ints, the empty tuple/str/bytes, one-character strings, the
// `_Py_ID` identifiers), plus the immutable part of every static builtin type and the
// interned-string table. After start the block is read-only: every interpreter reads it,
// none writes it, so parallel interpreters never contend for its cache lines.
//
// Laying happens in two passes: plan (every object's place in the block, from its size),
// then write, so the block is allocated once at its exact size.

import { bytesSizeBytes, writeBytes } from './bytesobject.js';
import { NULL_HANDLE, runtimeHandle } from './handle.js';
import type { HeapViews } from './heap-views.js';
import { RUNTIME_IDENTIFIERS } from './identifiers.js';
import { longDigitCount, longSizeBytes, writeLong } from './longobject.js';
import { initObjectHeader } from './object.js';
import { GC_HEAD_SIZE_BYTES, IMMORTAL_REFCNT, PY_OBJECT, PY_TYPE_OBJECT, SSTATE_INTERNED_IMMORTAL_STATIC } from './object.layout.js';
import { INTERNED_TABLE, LATIN1_CHAR_COUNT, RUNTIME_STATE, SMALL_INT_MAX, SMALL_INT_MIN } from './runtime-state.layout.js';
import { STATIC_TYPES, staticTypeIndex } from './static-types.js';
import { tupleSizeBytes, writeTuple } from './tupleobject.js';
import { writeTypeObject } from './typeobject.js';
import { internHashString, unicodeShape, unicodeSizeBytes, writeUnicode } from './unicodeobject.js';

/** Every object starts 8-aligned (a float's value must be). */
const OBJECT_ALIGN_BYTES = 8;
const RS = RUNTIME_STATE.offsetBytes;
const IT = INTERNED_TABLE.offsetBytes;

/** Where each immortal object goes, as byte offsets from the start of the block. */
interface StaticObjectsPlan {
  readonly sizeBytes: number;
  readonly none: number;
  readonly notImplemented: number;
  readonly ellipsis: number;
  readonly true_: number;
  readonly false_: number;
  readonly emptyTuple: number;
  readonly emptyBytes: number;
  readonly smallInts: readonly number[];
  readonly strings: ReadonlyMap<string, number>;
  readonly types: readonly number[];
  readonly mros: readonly number[];
  readonly internedTable: number;
  readonly internedCapacity: number;
}

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/** Every string the runtime interns: '', U+0000..U+00FF, the identifiers, the type names. */
function internedStrings(): string[] {
  const all = new Set<string>(['']);
  for (let cp = 0; cp < LATIN1_CHAR_COUNT; cp++) all.add(String.fromCharCode(cp));
  for (const id of RUNTIME_IDENTIFIERS) all.add(id);
  for (const t of STATIC_TYPES) all.add(t.name);
  return [...all];
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

function plan(): StaticObjectsPlan {
  let at = 0;
  const reserve = (sizeBytes: number, gc = false): number => {
    const header = at + (gc ? GC_HEAD_SIZE_BYTES : 0);
    at = roundUp(header + sizeBytes, OBJECT_ALIGN_BYTES);
    return header;
  };
  const none = reserve(PY_OBJECT.sizeBytes);
  const notImplemented = reserve(PY_OBJECT.sizeBytes);
  const ellipsis = reserve(PY_OBJECT.sizeBytes);
  const true_ = reserve(longSizeBytes(1));
  const false_ = reserve(longSizeBytes(0));
  const emptyTuple = reserve(tupleSizeBytes(0), true);
  const emptyBytes = reserve(bytesSizeBytes(0));
  const smallInts: number[] = [];
  for (let n = SMALL_INT_MIN; n <= SMALL_INT_MAX; n++) smallInts.push(reserve(longSizeBytes(longDigitCount(n))));
  const strings = new Map<string, number>();
  for (const s of internedStrings()) {
    const { length, kind } = unicodeShape(s);
    strings.set(s, reserve(unicodeSizeBytes(length, kind)));
  }
  const types = STATIC_TYPES.map(() => reserve(PY_TYPE_OBJECT.sizeBytes, true));
  const mros = STATIC_TYPES.map((t) => reserve(tupleSizeBytes(t.mro.length), true));
  const internedCapacity = nextPowerOfTwo(2 * strings.size);
  const internedTable = reserve(INTERNED_TABLE.sizeBytes + internedCapacity * 8);
  return { sizeBytes: at, none, notImplemented, ellipsis, true_, false_, emptyTuple, emptyBytes, smallInts, strings, types, mros, internedTable, internedCapacity };
}

/** Bytes of the immortal objects block. @internal */
export function staticObjectsSizeBytes(): number {
  return plan().sizeBytes;
}

/**
 * Writes every immortal object into the zeroed block at byte `block` (sized by
 * staticObjectsSizeBytes, 8-aligned) and their handles into the runtime state at byte `state`.
 * @internal
 */
export function layStaticObjects(v: HeapViews, state: number, block: number): void {
  const p = plan();
  const h = (relative: number): number => runtimeHandle(block + relative);
  const at = (relative: number): number => block + relative;
  const typeHandle = (name: string): number => h(p.types[staticTypeIndex(name)]);
  const str = (s: string): number => h(p.strings.get(s)!);
  const i32 = v.i32;
  const R = IMMORTAL_REFCNT;

  initObjectHeader(v, at(p.none), typeHandle('NoneType'), R);
  initObjectHeader(v, at(p.notImplemented), typeHandle('NotImplementedType'), R);
  initObjectHeader(v, at(p.ellipsis), typeHandle('ellipsis'), R);
  writeLong(v, at(p.true_), typeHandle('bool'), R, 1);
  writeLong(v, at(p.false_), typeHandle('bool'), R, 0);
  writeTuple(v, at(p.emptyTuple), typeHandle('tuple'), R, []);
  writeBytes(v, at(p.emptyBytes), typeHandle('bytes'), R, new Uint8Array(0));
  p.smallInts.forEach((relative, i) => writeLong(v, at(relative), typeHandle('int'), R, SMALL_INT_MIN + i));
  for (const [s, relative] of p.strings) writeUnicode(v, at(relative), typeHandle('str'), R, s, SSTATE_INTERNED_IMMORTAL_STATIC);

  STATIC_TYPES.forEach((t, i) => {
    writeTypeObject(v, at(p.types[i]), typeHandle('type'), R, {
      name: str(t.name),
      basicsizeBytes: t.basicsizeBytes,
      itemsizeBytes: t.itemsizeBytes,
      flags: t.flags,
      base: t.base === null ? NULL_HANDLE : typeHandle(t.base),
      mro: h(p.mros[i]),
      staticIndex: t.staticIndex,
    });
    writeTuple(v, at(p.mros[i]), typeHandle('tuple'), R, t.mro.map(typeHandle));
  });

  // The interned table: linear probing from the hash's low bits.
  const table = at(p.internedTable);
  const mask = p.internedCapacity - 1;
  i32[(table + IT.capacity) >> 2] = p.internedCapacity;
  i32[(table + IT.used) >> 2] = p.strings.size;
  const slots = (table + IT.slots) >> 2;
  for (const [s, relative] of p.strings) {
    const hash = internHashString(s);
    let i = hash & mask;
    while (i32[slots + 2 * i + 1] !== 0) i = (i + 1) & mask;
    i32[slots + 2 * i] = hash;
    i32[slots + 2 * i + 1] = h(relative);
  }

  // The handles the runtime state names.
  const put = (field: number, handle: number): void => {
    i32[(state + field) >> 2] = handle;
  };
  put(RS.static_objects_start, block);
  put(RS.static_objects_end, block + p.sizeBytes);
  put(RS.none, h(p.none));
  put(RS.true_, h(p.true_));
  put(RS.false_, h(p.false_));
  put(RS.ellipsis, h(p.ellipsis));
  put(RS.not_implemented, h(p.notImplemented));
  put(RS.empty_tuple, h(p.emptyTuple));
  put(RS.empty_str, str(''));
  put(RS.empty_bytes, h(p.emptyBytes));
  p.smallInts.forEach((relative, i) => put(RS.small_ints + 4 * i, h(relative)));
  for (let cp = 0; cp < LATIN1_CHAR_COUNT; cp++) put(RS.latin1_chars + 4 * cp, str(String.fromCharCode(cp)));
  put(RS.interned, table);
  put(RS.static_type_count, STATIC_TYPES.length);
  p.types.forEach((relative, i) => put(RS.static_types + 4 * i, h(relative)));
}
