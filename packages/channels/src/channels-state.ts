// The runtime-owned state behind queues and channels, as seen from one thread (CPython's
// `_globals.channels` in Modules/_interpchannelsmodule.c and `_globals.queues` in
// Modules/_interpqueuesmodule.c): the registry of queues and channels by id, their reference
// counts, items (encode into / decode out of / drop from runtime memory) and futex waits.
// Everything lives in the runtime heap and is allocated with its locked raw allocator, so any
// thread that attached the runtime uses it without a GIL.

import { mutexLock, mutexUnlock, PYMEM_DOMAIN_RAW } from '@pergil/allocator';
import { queueLock, queueUnlock } from './mutex.js';
import type { Allocator, Heap } from '@pergil/allocator';
import { RUNTIME_STATE } from '@pergil/runtime-state';
import type { RuntimeState } from '@pergil/runtime-state';
import { ItemInterpreterDestroyed, MemoryError } from './errors.js';
import {
  CHANNELS_ROOT,
  KIND_QUEUE,
  QUEUE_BODY,
  REGISTRY_ENTRY,
  RING_META_FLAGS_SHIFT,
  RING_POS_MASK,
  RING_SLOT,
  RING_SLOTS_MAX,
  RING_SLOTS_UNBOUNDED,
} from './queue.layout.js';
import { ITEM_FLAG_ERROR, ITEM_FLAG_HAS_REFS, ITEM_FLAG_UNBOUND, XIDATA_ITEM } from './xidata.layout.js';
import type { XIDataRegistry, XIDataViews } from './xidata.js';

const R = CHANNELS_ROOT.offsetBytes;
const E = REGISTRY_ENTRY.offsetBytes;
const Q = QUEUE_BODY.offsetBytes;
const I = XIDATA_ITEM.offsetBytes;
const S = RING_SLOT.offsetBytes;
/** A queue body starts on a cache line (the raw allocator's blocks are 16-aligned). */
const BODY_ALIGN_BYTES = 64;
const BLOCK_ALIGN_BYTES = 16;

/**
 * Slots of the ring of a new queue body: the next power of two ≥ maxsize, at least 2 (with one
 * slot, "free for the next lap" and "holds an item" would be the same seq), at most
 * RING_SLOTS_MAX; 0 for a channel.
 */
function ringSlotsFor(kind: number, maxsize: number): number {
  if (kind !== KIND_QUEUE) return 0;
  if (maxsize === 0) return RING_SLOTS_UNBOUNDED;
  if (maxsize <= 2) return 2;
  return maxsize >= RING_SLOTS_MAX ? RING_SLOTS_MAX : 1 << (32 - Math.clz32(maxsize - 1));
}
const ITEM_HEADER_BYTES = I.data;
const INITIAL_TABLE_CAPACITY = 16;
/** Loads of a futex word before sleeping on it (a few microseconds). */
const WAIT_SPINS = 2000;

/**
 * The sentinel a get returns for an item whose interpreter was destroyed under the default
 * `'unbound'` rule (PEP 734's `UNBOUND`).
 * @public
 */
export const UNBOUND: Readonly<{ readonly unbound: true }> = Object.freeze({ unbound: true as const });

/** Seconds (Python's unit) to an absolute deadline in `performance.now()` milliseconds. @internal */
export function deadlineOf(timeoutSeconds: number | null | undefined): number {
  if (timeoutSeconds === null || timeoutSeconds === undefined) return Infinity;
  if (!(timeoutSeconds >= 0)) throw new RangeError("'timeout' must be a non-negative number");
  return performance.now() + timeoutSeconds * 1000;
}

/**
 * One thread's view of the channels layer's runtime state.
 * @internal
 */
export class ChannelsState implements XIDataViews {
  readonly runtime: RuntimeState;
  readonly heap: Heap;
  readonly raw: Allocator;
  /** The interpreter whose items this thread puts (-1: none). */
  readonly interpId: number;
  u8: Uint8Array;
  i32: Int32Array;
  dv: DataView;
  /** Byte offset of the ChannelsRoot. */
  readonly root: number;
  registry!: XIDataRegistry;
  private readonly refs = { count: 0 };
  private readonly out = { end: 0 };

  constructor(runtime: RuntimeState, interpId: number) {
    this.runtime = runtime;
    this.heap = runtime.heap;
    this.raw = runtime.allocators.getAllocator(PYMEM_DOMAIN_RAW);
    this.interpId = interpId;
    const buffer = this.heap.buffer;
    this.u8 = new Uint8Array(buffer, 0, buffer.byteLength);
    this.i32 = new Int32Array(buffer, 0, buffer.byteLength >> 2);
    this.dv = new DataView(buffer, 0, buffer.byteLength);
    this.root = runtime.stateOffset + RUNTIME_STATE.offsetBytes.xidata_registry;
    this.initRoot();
  }

  /** Re-derives the views if any thread has grown the runtime heap. */
  sync(): void {
    const buffer = this.heap.buffer;
    if (buffer.byteLength === this.u8.byteLength) return;
    this.heap.refresh();
    this.u8 = new Uint8Array(buffer, 0, buffer.byteLength);
    this.i32 = new Int32Array(buffer, 0, buffer.byteLength >> 2);
    this.dv = new DataView(buffer, 0, buffer.byteLength);
  }

  private initRoot(): void {
    const i32 = this.i32;
    const w = (this.root + R.init) >> 2;
    if (Atomics.compareExchange(i32, w, 0, 1) === 0) {
      const table = this.mallocOrThrow(INITIAL_TABLE_CAPACITY * REGISTRY_ENTRY.sizeBytes, 'the queue registry');
      this.i32[(this.root + R.table) >> 2] = table;
      this.i32[(this.root + R.capacity) >> 2] = INITIAL_TABLE_CAPACITY;
      this.i32[(this.root + R.count) >> 2] = 0;
      this.i32[(this.root + R.next_id) >> 2] = 1;
      Atomics.store(this.i32, w, 2);
      Atomics.notify(this.i32, w);
      return;
    }
    while (Atomics.load(i32, w) !== 2) Atomics.wait(i32, w, 1, 10);
  }

  /** malloc from the runtime's raw allocator, or MemoryError; views are current afterwards. */
  mallocOrThrow(sizeBytes: number, what: string): number {
    const p = this.raw.malloc(sizeBytes);
    if (p === 0) throw new MemoryError(`no room for ${what} (${sizeBytes} bytes) in the runtime heap`);
    this.sync();
    return p;
  }

  // ---- the registry of queues and channels ----

  private lockRoot(): void {
    mutexLock(this.i32, (this.root + R.mutex) >> 2);
  }

  private unlockRoot(): void {
    mutexUnlock(this.i32, (this.root + R.mutex) >> 2);
  }

  /** A new queue or channel body with one reference; returns its offset (its id is in the body). */
  createBody(kind: number, maxsize: number, unbounditems: number): number {
    const slots = ringSlotsFor(kind, maxsize);
    const sizeBytes = QUEUE_BODY.sizeBytes + slots * RING_SLOT.sizeBytes;
    const block = this.mallocOrThrow(sizeBytes + BODY_ALIGN_BYTES - BLOCK_ALIGN_BYTES, 'a queue');
    const body = (block + BODY_ALIGN_BYTES - 1) & -BODY_ALIGN_BYTES;
    this.u8.fill(0, body, body + QUEUE_BODY.sizeBytes);
    const i32 = this.i32;
    i32[(body + Q.block) >> 2] = block;
    i32[(body + Q.kind) >> 2] = kind;
    i32[(body + Q.refcount) >> 2] = 1;
    i32[(body + Q.maxsize) >> 2] = maxsize;
    i32[(body + Q.unbounditems) >> 2] = unbounditems;
    i32[(body + Q.ring_slots) >> 2] = slots;
    // Slot k is free for the put that claims position k (Vyukov's initial state).
    for (let k = 0; k < slots; k++) i32[(body + Q.slots + k * RING_SLOT.sizeBytes + S.seq) >> 2] = k;
    this.lockRoot();
    try {
      const rw = (f: number): number => (this.root + f) >> 2;
      let capacity = this.i32[rw(R.capacity)];
      const count = this.i32[rw(R.count)];
      if (count === capacity) {
        capacity *= 2;
        const table = this.raw.realloc(this.i32[rw(R.table)], capacity * REGISTRY_ENTRY.sizeBytes);
        if (table === 0) {
          this.raw.free(block);
          throw new MemoryError('no room to grow the queue registry');
        }
        this.sync();
        this.i32[rw(R.table)] = table;
        this.i32[rw(R.capacity)] = capacity;
      }
      const id = this.i32[rw(R.next_id)];
      this.i32[rw(R.next_id)] = id + 1;
      const entry = this.i32[rw(R.table)] + count * REGISTRY_ENTRY.sizeBytes;
      this.i32[(entry + E.id) >> 2] = id;
      this.i32[(entry + E.kind) >> 2] = kind;
      this.i32[(entry + E.body) >> 2] = body;
      this.i32[rw(R.count)] = count + 1;
      this.i32[(body + Q.id) >> 2] = id;
      return body;
    } finally {
      this.unlockRoot();
    }
  }

  private findEntry(id: number): number {
    const table = this.i32[(this.root + R.table) >> 2];
    const count = this.i32[(this.root + R.count) >> 2];
    for (let k = 0; k < count; k++) {
      const entry = table + k * REGISTRY_ENTRY.sizeBytes;
      if (this.i32[(entry + E.id) >> 2] === id) return entry;
    }
    return 0;
  }

  /** The body of queue or channel `id` of `kind`, with a new reference taken; 0 if there is none. */
  lookupAndIncref(id: number, kind: number): number {
    this.lockRoot();
    try {
      this.sync();
      const entry = this.findEntry(id);
      if (entry === 0 || this.i32[(entry + E.kind) >> 2] !== kind) return 0;
      const body = this.i32[(entry + E.body) >> 2];
      this.i32[(body + Q.refcount) >> 2]++;
      return body;
    } finally {
      this.unlockRoot();
    }
  }

  /** Every live body of `kind` with a reference taken on each (release with decref). */
  listAndIncref(): number[] {
    this.lockRoot();
    try {
      this.sync();
      const table = this.i32[(this.root + R.table) >> 2];
      const count = this.i32[(this.root + R.count) >> 2];
      const bodies: number[] = [];
      for (let k = 0; k < count; k++) {
        const body = this.i32[(table + k * REGISTRY_ENTRY.sizeBytes + E.body) >> 2];
        this.i32[(body + Q.refcount) >> 2]++;
        bodies.push(body);
      }
      return bodies;
    } finally {
      this.unlockRoot();
    }
  }

  /** Live queues and channels in the registry. */
  get liveCount(): number {
    return Atomics.load(this.i32, (this.root + R.count) >> 2);
  }

  /** Takes one more reference to `body`. */
  incref(body: number): void {
    this.lockRoot();
    this.i32[(body + Q.refcount) >> 2]++;
    this.unlockRoot();
  }

  /** Drops a reference to `body`; the last one removes it from the registry and frees it with its items. */
  decref(body: number): void {
    this.lockRoot();
    let last = false;
    try {
      this.sync();
      const rc = --this.i32[(body + Q.refcount) >> 2];
      if (rc === 0) {
        last = true;
        const entry = this.findEntry(this.i32[(body + Q.id) >> 2]);
        const count = --this.i32[(this.root + R.count) >> 2];
        const lastEntry = this.i32[(this.root + R.table) >> 2] + count * REGISTRY_ENTRY.sizeBytes;
        this.u8.copyWithin(entry, lastEntry, lastEntry + REGISTRY_ENTRY.sizeBytes);
      }
    } finally {
      this.unlockRoot();
    }
    if (!last) return;
    // Nobody else can reach it now; its items may hold references to other queues, so they are
    // dropped outside the registry mutex: first the ring's, then the list's.
    this.dropRingItems(body);
    let item = this.i32[(body + Q.head) >> 2];
    while (item !== 0) {
      const next = this.i32[(item + I.next) >> 2];
      this.dropItem(item);
      this.sync();
      item = next;
    }
    let spare = this.i32[(body + Q.spare_head) >> 2];
    while (spare !== 0) {
      const next = this.i32[(spare + I.next) >> 2];
      this.raw.free(spare);
      spare = next;
    }
    this.raw.free(this.i32[(body + Q.block) >> 2]);
  }

  /** Drops the items still in the ring of a queue body being freed. */
  private dropRingItems(body: number): void {
    const slots = this.i32[(body + Q.ring_slots) >> 2];
    if (slots === 0) return;
    const d = this.i32[(body + Q.deq_pos) >> 2] & RING_POS_MASK;
    const n = (this.i32[(body + Q.enq_pos) >> 2] - d) & RING_POS_MASK;
    for (let k = 0; k < n; k++) {
      const slot = body + Q.slots + (((d + k) & (slots - 1)) * RING_SLOT.sizeBytes);
      const item = this.i32[(slot + S.item) >> 2];
      if (item !== 0) this.dropItem(item);
      else if (((this.i32[(slot + S.meta) >> 2] >>> RING_META_FLAGS_SHIFT) & ITEM_FLAG_HAS_REFS) !== 0) this.registry.release(this, slot + S.data);
      this.sync();
    }
  }

  /** Looks up `id` of `kind` without taking a reference, for messages: true if it exists. */
  exists(id: number, kind: number): boolean {
    this.lockRoot();
    try {
      this.sync();
      const entry = this.findEntry(id);
      return entry !== 0 && this.i32[(entry + E.kind) >> 2] === kind;
    } finally {
      this.unlockRoot();
    }
  }

  // ---- items ----

  /**
   * Encodes `value` into a new item block (measure first: NotShareableError/OverflowError leave
   * nothing behind); returns the item's offset.
   */
  encodeItem(value: unknown, unbound: number): number {
    const size = this.registry.measure(value, 0);
    const item = this.mallocOrThrow(ITEM_HEADER_BYTES + size, 'an item');
    this.writeItem(item, value, size, unbound, 0);
    return item;
  }

  /** Writes the header and the (measured) data of an item into the block at `item`. */
  writeItem(item: number, value: unknown, size: number, unbound: number, flags: number): void {
    const i32 = this.i32;
    const w = item >> 2;
    i32[w + (I.next >> 2)] = 0;
    i32[w + (I.interpid >> 2)] = this.interpId;
    i32[w + (I.unbound >> 2)] = unbound;
    i32[w + (I.ticket >> 2)] = 0;
    i32[w + (I.size_bytes >> 2)] = size;
    const refs = this.refs;
    refs.count = 0;
    this.registry.write(value, this, item + ITEM_HEADER_BYTES, refs);
    i32[w + (I.flags >> 2)] = refs.count > 0 ? flags | ITEM_FLAG_HAS_REFS : flags;
  }

  /** Rebuilds the value of an item without freeing it (the caller recycles the block). */
  readItemValue(item: number): unknown {
    return this.registry.read(this, item + ITEM_HEADER_BYTES, this.out);
  }

  /** Rebuilds the object of an item that was taken off its queue, then frees the item. */
  decodeItem(item: number): unknown {
    this.sync();
    const flags = this.i32[(item + I.flags) >> 2];
    if ((flags & (ITEM_FLAG_UNBOUND | ITEM_FLAG_ERROR)) !== 0) {
      this.raw.free(item);
      if ((flags & ITEM_FLAG_UNBOUND) !== 0) return UNBOUND;
      throw new ItemInterpreterDestroyed('item\'s original interpreter destroyed');
    }
    let value: unknown;
    try {
      value = this.registry.read(this, item + ITEM_HEADER_BYTES, this.out);
    } finally {
      this.raw.free(item);
    }
    return value;
  }

  /** Frees an item that will never be read, releasing the references its data holds. */
  dropItem(item: number): void {
    this.sync();
    this.releaseData(item);
    this.raw.free(item);
  }

  /** Releases the references an item's data holds (once: the flag is cleared). */
  releaseData(item: number): void {
    const fw = (item + I.flags) >> 2;
    if ((this.i32[fw] & ITEM_FLAG_HAS_REFS) === 0) return;
    this.i32[fw] &= ~ITEM_FLAG_HAS_REFS;
    this.registry.release(this, item + ITEM_HEADER_BYTES);
  }

  // ---- waiting ----

  /**
   * Waits, with the body mutex at word `mutexWord` held, until futex word `word` changes
   * (a put or get bumped it) or `deadline` (performance.now() ms) passes; returns with the
   * mutex held again, false if the deadline passed. It spins first without registering, so
   * the other side pays no notify while this one only spins; then it counts itself in
   * `waitersWord` and sleeps.
   */
  waitLocked(mutexWord: number, word: number, waitersWord: number, deadline: number): boolean {
    let i32 = this.i32;
    const seq = i32[word];
    queueUnlock(i32, mutexWord);
    // NON-CPYTHON: a blocked get/recv/send sleeps on Atomics.wait (woken by the put or get that
    // changes its word), where CPython's interpreters.queues polls with short sleeps.
    // Spin briefly first: the other side is usually well under a microsecond from its put or
    // get, and a futex sleep + wake costs tens of microseconds.
    for (let spin = 0; spin < WAIT_SPINS; spin++) {
      if (Atomics.load(i32, word) !== seq) {
        queueLock(i32, mutexWord);
        return deadline === Infinity || performance.now() < deadline;
      }
    }
    queueLock(i32, mutexWord);
    if (i32[word] !== seq) return deadline === Infinity || performance.now() < deadline;
    i32[waitersWord]++;
    queueUnlock(i32, mutexWord);
    let inTime = true;
    if (deadline === Infinity) {
      Atomics.wait(i32, word, seq);
    } else {
      const ms = deadline - performance.now();
      if (ms > 0) Atomics.wait(i32, word, seq, ms);
      else inTime = false;
    }
    queueLock(i32, mutexWord);
    this.sync();
    i32 = this.i32;
    i32[waitersWord]--;
    return inTime;
  }
}
