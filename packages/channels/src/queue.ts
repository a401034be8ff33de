// A PEP 734 queue in the runtime heap (CPython's Modules/_interpqueuesmodule.c and
// Lib/concurrent/interpreters/_queues.py): a FIFO of cross-interpreter data items with a
// maxsize, blocking put/get with timeouts, and the unbound-items rules applied when the
// interpreter that put an item is destroyed.
//
// NON-CPYTHON: CPython keeps a queue's items on a linked list under a mutex. Here the steady
// state is a ring of slots inline in the queue body (Vyukov's bounded MPMC queue): a put claims
// a position with one compareExchange on `enq_pos`, writes a small item into the slot itself
// and publishes it by storing the slot's `seq`; a get mirrors it on `deq_pos`. No mutex, no
// allocator call, and a putter and a getter share only the slot they hand over. The mutex and
// the list stay for what is rare: an unbounded queue (or one whose maxsize exceeds the ring)
// that overflows its ring, and the unbound-items rules, which move the ring's items onto the
// list before applying them. The README ("The ring") argues why this is correct.
// Hot path (every put and get): no allocation beyond the decoded value, no notify when nobody
// waits, no performance.now() unless a timeout was given.

import { queueLock as mutexLock, queueUnlock as mutexUnlock } from './mutex.js';
import { deadlineOf } from './channels-state.js';
import type { ChannelsState } from './channels-state.js';
import { QueueEmpty, QueueFull, QueueNotFoundError } from './errors.js';
import {
  KIND_QUEUE,
  QUEUE_BODY,
  RING_CLOSED,
  RING_DATA_BYTES,
  RING_META_FLAGS_SHIFT,
  RING_META_SIZE_SHIFT,
  RING_POS_MASK,
  RING_SLOT,
  SPARE_BLOCK_BYTES,
  SPARE_ITEMS_MAX,
  UNBOUND_ERROR,
  UNBOUND_KEEP,
  UNBOUND_REMOVE,
  UNBOUND_REPLACE,
} from './queue.layout.js';
import { ITEM_FLAG_ERROR, ITEM_FLAG_HAS_REFS, ITEM_FLAG_SPARE, ITEM_FLAG_UNBOUND, XIDATA_ITEM } from './xidata.layout.js';

const Q = QUEUE_BODY.offsetBytes;
const I = XIDATA_ITEM.offsetBytes;
const S = RING_SLOT.offsetBytes;
const SLOT_SHIFT = 31 - Math.clz32(RING_SLOT.sizeBytes);
if (1 << SLOT_SHIFT !== RING_SLOT.sizeBytes) throw new Error('RingSlot must be a power of two bytes long');
const SPARE_DATA_BYTES = SPARE_BLOCK_BYTES - I.data;
if (SPARE_DATA_BYTES < RING_DATA_BYTES) throw new Error('a spare block must hold what a ring slot holds');
const META_FLAGS_SHIFT = RING_META_FLAGS_SHIFT;
const META_SIZE_SHIFT = RING_META_SIZE_SHIFT;

/**
 * Looks at the ring a blocked put or get takes before it sleeps (each a few nanoseconds: about
 * ten microseconds in all, a third of a futex sleep and wake-up here, so a peer that is merely
 * busy is caught without the sleep). Measured on the shared 2-core machine: 300 to 4000 were
 * alike; 16000 was clearly slower under load, when the peer may be waiting for this core.
 */
const WAIT_SPINS = 1000;
/** Loads a get makes waiting for a put that claimed the next position to publish it. */
const INFLIGHT_SPINS = 2000;

/** Outcomes of one attempt of a put. */
const PUT_DONE = 0;
const PUT_FULL = 1;
/** The ring is closed to puts (the list holds newer items) or overflowed: take the mutex. */
const PUT_SLOW = 2;
/** What a get attempt returns when there is no item (never a decoded value). */
const EMPTY: unique symbol = Symbol('empty');
/** A get attempt found the ring drained and closed: the next items are on the list. */
const TO_LIST: unique symbol = Symbol('to list');
/** A put claimed the next position but has not published it yet. */
const IN_FLIGHT: unique symbol = Symbol('in flight');

/** A value whose item holds no reference (so it may be written under the queue's mutex). */
function isFlat(value: unknown): boolean {
  return typeof value !== 'object' || value === null || value instanceof Uint8Array;
}

/** `a - b` for ring positions (mod 2^31), as a signed number. */
function posDiff(a: number, b: number): number {
  return ((a - b) << 1) >> 1;
}

/**
 * What happens to an item when the interpreter that put it is destroyed (PEP 734's
 * `unbounditems`): `'unbound'` (get returns {@link UNBOUND}; the default), `'error'` (get
 * raises ItemInterpreterDestroyed), `'remove'` (the item disappears), or `'keep'`
 * (NON-CPYTHON: the data is runtime-owned, so it is still received as sent).
 * @public
 */
export type UnboundItems = 'unbound' | 'error' | 'remove' | 'keep';

/** @internal */
export const UNBOUND_CODES: Readonly<Record<UnboundItems, number>> = Object.freeze({
  unbound: UNBOUND_REPLACE,
  error: UNBOUND_ERROR,
  remove: UNBOUND_REMOVE,
  keep: UNBOUND_KEEP,
});

/** @internal */
export function unboundCode(rule: UnboundItems | undefined, fallback: number): number {
  if (rule === undefined) return fallback;
  const code = UNBOUND_CODES[rule];
  if (code === undefined) throw new RangeError(`unsupported unbounditems '${String(rule)}'`);
  return code;
}

/** Options of {@link Queue.put}. @public */
export interface PutOptions {
  /** Wait while the queue is full (default true). */
  readonly block?: boolean;
  /** Seconds to wait at most (fractions allowed); undefined or null: forever. */
  readonly timeout?: number | null;
  /** The rule for this item; default: the queue's. */
  readonly unbounditems?: UnboundItems;
}

/** Options of {@link Queue.get}. @public */
export interface GetOptions {
  /** Wait while the queue is empty (default true). */
  readonly block?: boolean;
  /** Seconds to wait at most (fractions allowed); undefined or null: forever. */
  readonly timeout?: number | null;
}

/** Appends `item` to a channel, bumps put_seq and wakes one receiver if any waits; the body mutex is held. @internal */
export function appendItemLocked(i32: Int32Array, body: number, item: number): void {
  i32[(item + I.next) >> 2] = 0;
  const tail = i32[(body + Q.tail) >> 2];
  if (tail === 0) i32[(body + Q.head) >> 2] = item;
  else i32[(tail + I.next) >> 2] = item;
  i32[(body + Q.tail) >> 2] = item;
  Atomics.add(i32, (body + Q.count) >> 2, 1);
  // Always bumped: a channel's waiter watches the word while it spins, before it counts itself.
  const seqWord = (body + Q.put_seq) >> 2;
  Atomics.add(i32, seqWord, 1);
  if (Atomics.load(i32, (body + Q.get_waiters) >> 2) > 0) Atomics.notify(i32, seqWord, 1);
}

/** Unlinks and returns a channel's first item (count > 0), bumps get_seq and wakes senders if any wait; the body mutex is held. @internal */
export function shiftItemLocked(i32: Int32Array, body: number, wakeAll: boolean): number {
  const item = i32[(body + Q.head) >> 2];
  const next = i32[(item + I.next) >> 2];
  i32[(body + Q.head) >> 2] = next;
  if (next === 0) i32[(body + Q.tail) >> 2] = 0;
  Atomics.sub(i32, (body + Q.count) >> 2, 1);
  const seqWord = (body + Q.get_seq) >> 2;
  Atomics.add(i32, seqWord, 1);
  if (Atomics.load(i32, (body + Q.put_waiters) >> 2) > 0) Atomics.notify(i32, seqWord, wakeAll ? Infinity : 1);
  return item;
}

/**
 * Wakes everyone asleep on futex word `seqWord` if the flag at `waitersWord` says someone may
 * be: the first waker clears the flag, bumps the word and notifies them all, so one sleep costs
 * one notify however many puts or gets follow before the sleeper runs (a sleeper that wakes to
 * nothing sets the flag again before it re-checks and sleeps). Both sides use SeqCst atomics:
 * a sleeper sets the flag, then reads the word and re-checks the ring; a waker publishes, then
 * reads the flag — one of the two sees the other.
 */
function wake(i32: Int32Array, seqWord: number, waitersWord: number): void {
  if (Atomics.load(i32, waitersWord) === 0 || Atomics.exchange(i32, waitersWord, 0) === 0) return;
  Atomics.add(i32, seqWord, 1);
  Atomics.notify(i32, seqWord);
}

/** Links `item` at the end of a queue's list and wakes getters; the mutex is held. */
function pushListLocked(i32: Int32Array, body: number, item: number): void {
  i32[(item + I.next) >> 2] = 0;
  const tail = i32[(body + Q.tail) >> 2];
  if (tail === 0) i32[(body + Q.head) >> 2] = item;
  else i32[(tail + I.next) >> 2] = item;
  i32[(body + Q.tail) >> 2] = item;
  Atomics.add(i32, (body + Q.count) >> 2, 1);
  wake(i32, (body + Q.put_seq) >> 2, (body + Q.get_waiters) >> 2);
}

/** Unlinks the first item of a queue's list (count > 0) and wakes putters; the mutex is held. */
function shiftListLocked(i32: Int32Array, body: number): number {
  const item = i32[(body + Q.head) >> 2];
  const next = i32[(item + I.next) >> 2];
  i32[(body + Q.head) >> 2] = next;
  if (next === 0) i32[(body + Q.tail) >> 2] = 0;
  Atomics.sub(i32, (body + Q.count) >> 2, 1);
  wake(i32, (body + Q.get_seq) >> 2, (body + Q.put_waiters) >> 2);
  return item;
}

/** Reopens the ring to puts once the list is empty (the mutex is held; the ring is drained). */
function reopenIfListEmptyLocked(i32: Int32Array, body: number): void {
  const ew = (body + Q.enq_pos) >> 2;
  const e = Atomics.load(i32, ew);
  if (e < 0 && Atomics.load(i32, (body + Q.count) >> 2) === 0) Atomics.store(i32, ew, e & RING_POS_MASK);
}

/**
 * Moves the items of a queue's ring, in order, to the front of its list (the mutex is held):
 * closes the ring to gets and puts, waits for puts that claimed a position to publish it,
 * copies inline items into blocks of their own, frees the slots and leaves the ring closed to
 * puts (list mode) until the list drains. Does nothing, and returns false, if no item of the
 * ring was put by `interpId` under a rule other than 'keep'.
 */
function moveRingToListLocked(st: ChannelsState, body: number, interpId: number): boolean {
  const slots = st.i32[(body + Q.ring_slots) >> 2];
  if (slots === 0) return false;
  const ew = (body + Q.enq_pos) >> 2;
  const dw = (body + Q.deq_pos) >> 2;
  const mask = slots - 1;
  const ring = body + Q.slots;
  const oldEnq = Atomics.or(st.i32, ew, RING_CLOSED);
  const oldDeq = Atomics.or(st.i32, dw, RING_CLOSED);
  const e = oldEnq & RING_POS_MASK;
  const d = oldDeq & RING_POS_MASK;
  const n = posDiff(e, d);
  let wanted = false;
  for (let k = 0; k < n; k++) {
    const pos = (d + k) & RING_POS_MASK;
    const slot = ring + ((pos & mask) << SLOT_SHIFT);
    // A put that claimed pos before the ring closed is writing it: wait until it publishes.
    while (Atomics.load(st.i32, (slot + S.seq) >> 2) !== ((pos + 1) & RING_POS_MASK));
    if (st.i32[(slot + S.interpid) >> 2] === interpId && (st.i32[(slot + S.meta) >> 2] & 0xff) !== UNBOUND_KEEP) wanted = true;
  }
  if (!wanted) {
    Atomics.store(st.i32, dw, d);
    Atomics.store(st.i32, ew, oldEnq);
    return false;
  }
  // Blocks for the inline items first, so a MemoryError leaves the ring as it was.
  const blocks: number[] = [];
  try {
    for (let k = 0; k < n; k++) {
      const slot = ring + ((((d + k) & RING_POS_MASK) & mask) << SLOT_SHIFT);
      if (st.i32[(slot + S.item) >> 2] === 0) {
        blocks.push(st.mallocOrThrow(I.data + (st.i32[(slot + S.meta) >> 2] >>> META_SIZE_SHIFT), 'an item'));
      }
    }
  } catch (error) {
    for (const b of blocks) st.raw.free(b);
    Atomics.store(st.i32, dw, d);
    Atomics.store(st.i32, ew, oldEnq);
    throw error;
  }
  const i32 = st.i32;
  let first = 0;
  let last = 0;
  let b = 0;
  for (let k = 0; k < n; k++) {
    const pos = (d + k) & RING_POS_MASK;
    const slot = ring + ((pos & mask) << SLOT_SHIFT);
    let item = i32[(slot + S.item) >> 2];
    if (item === 0) {
      // Both data areas are 8-aligned in the heap, so bytes payloads stay aligned as encoded.
      item = blocks[b++];
      const meta = i32[(slot + S.meta) >> 2];
      const size = meta >>> META_SIZE_SHIFT;
      i32[(item + I.interpid) >> 2] = i32[(slot + S.interpid) >> 2];
      i32[(item + I.unbound) >> 2] = meta & 0xff;
      i32[(item + I.flags) >> 2] = (meta >>> META_FLAGS_SHIFT) & 0xff;
      i32[(item + I.ticket) >> 2] = 0;
      i32[(item + I.size_bytes) >> 2] = size;
      st.u8.copyWithin(item + I.data, slot + S.data, slot + S.data + size);
    }
    i32[(item + I.next) >> 2] = 0;
    if (first === 0) first = item;
    else i32[(last + I.next) >> 2] = item;
    last = item;
    Atomics.store(i32, (slot + S.seq) >> 2, (pos + slots) & RING_POS_MASK);
  }
  // The ring's items are older than any on the list.
  const head = i32[(body + Q.head) >> 2];
  i32[(last + I.next) >> 2] = head;
  if (head === 0) i32[(body + Q.tail) >> 2] = last;
  i32[(body + Q.head) >> 2] = first;
  Atomics.add(i32, (body + Q.count) >> 2, n);
  // Drained at e; puts stay on the list (closed) until it empties.
  Atomics.store(i32, dw, e);
  return true;
}

/**
 * Applies the unbound-items rules to the items of `body` put by interpreter `interpId`
 * (CPython's `_queue_clear_interpreter`); returns how many items it touched.
 * @internal
 */
export function clearInterpreter(st: ChannelsState, body: number, interpId: number): number {
  const dropped: number[] = [];
  let touched = 0;
  const mw = (body + Q.mutex) >> 2;
  mutexLock(st.i32, mw);
  try {
    st.sync();
    moveRingToListLocked(st, body, interpId);
    const i32 = st.i32;
    let prev = 0;
    let item = i32[(body + Q.head) >> 2];
    while (item !== 0) {
      const next = i32[(item + I.next) >> 2];
      const rule = i32[(item + I.unbound) >> 2];
      if (i32[(item + I.interpid) >> 2] === interpId && rule !== UNBOUND_KEEP) {
        touched++;
        if (rule === UNBOUND_REMOVE) {
          if (prev === 0) i32[(body + Q.head) >> 2] = next;
          else i32[(prev + I.next) >> 2] = next;
          if (next === 0) i32[(body + Q.tail) >> 2] = prev;
          Atomics.sub(i32, (body + Q.count) >> 2, 1);
          dropped.push(item);
          item = next;
          continue;
        }
        i32[(item + I.interpid) >> 2] = -1;
        i32[(item + I.flags) >> 2] |= rule === UNBOUND_ERROR ? ITEM_FLAG_ERROR : ITEM_FLAG_UNBOUND;
      }
      prev = item;
      item = next;
    }
    if (i32[(body + Q.kind) >> 2] === KIND_QUEUE) reopenIfListEmptyLocked(i32, body);
    if (dropped.length > 0) {
      const seqWord = (body + Q.get_seq) >> 2;
      Atomics.add(i32, seqWord, 1);
      Atomics.notify(i32, seqWord);
    }
  } finally {
    mutexUnlock(st.i32, mw);
  }
  // Data of unbound/error items is released too: nobody will read it.
  for (const item of dropped) st.dropItem(item);
  return touched;
}

/**
 * A PEP 734 queue in runtime memory, usable from any thread that attached the runtime. Each
 * Queue object holds one reference; {@link Queue.release} drops it, and the queue (with any
 * items left) is freed when the last reference goes. Get one from `Channels.createQueue`,
 * `Channels.queue(id)`, or by receiving it through another queue or channel.
 * @public
 */
export class Queue {
  /** The queue's id, the same in every thread (CPython's `Queue.id`). */
  readonly id: number;
  private readonly state: ChannelsState;
  private body: number;
  // The ring's geometry, fixed for the queue's life, kept here so a put or get reads none of
  // the body's cold fields.
  private readonly max: number;
  private readonly ring: number;
  private readonly slots: number;
  private readonly mask: number;
  /** maxsize when it is below the ring's slots (a put also checks the item maxsize back was taken), else 0. */
  private readonly bound: number;
  /** True if a full ring does not mean a full queue (unbounded, or maxsize beyond the ring): overflow to the list. */
  private readonly overflows: boolean;
  private readonly enqWord: number;
  private readonly deqWord: number;
  private readonly putSeqWord: number;
  private readonly getSeqWord: number;
  private readonly getWaitersWord: number;
  private readonly putWaitersWord: number;
  private readonly countWord: number;
  private readonly refs = { count: 0 };
  private readonly out = { end: 0 };

  /** @internal — adopts one reference to `body`. */
  constructor(state: ChannelsState, body: number) {
    this.state = state;
    this.body = body;
    const i32 = state.i32;
    this.id = i32[(body + Q.id) >> 2];
    this.max = i32[(body + Q.maxsize) >> 2];
    this.slots = i32[(body + Q.ring_slots) >> 2];
    this.mask = this.slots - 1;
    this.ring = body + Q.slots;
    this.bound = this.max > 0 && this.max < this.slots ? this.max : 0;
    this.overflows = this.max === 0 || this.max > this.slots;
    this.enqWord = (body + Q.enq_pos) >> 2;
    this.deqWord = (body + Q.deq_pos) >> 2;
    this.putSeqWord = (body + Q.put_seq) >> 2;
    this.getSeqWord = (body + Q.get_seq) >> 2;
    this.getWaitersWord = (body + Q.get_waiters) >> 2;
    this.putWaitersWord = (body + Q.put_waiters) >> 2;
    this.countWord = (body + Q.count) >> 2;
  }

  /** @internal */
  get bodyOffset(): number {
    return this.live();
  }

  private live(): number {
    if (this.body === 0) throw new QueueNotFoundError(`queue ${this.id} was released by this holder`);
    return this.body;
  }

  /** Most items held; 0 means unbounded. */
  get maxsize(): number {
    this.live();
    return this.max;
  }

  /** Items held now (a snapshot). */
  qsize(): number {
    this.live();
    const i32 = this.state.i32;
    const d = Atomics.load(i32, this.deqWord) & RING_POS_MASK;
    const e = Atomics.load(i32, this.enqWord) & RING_POS_MASK;
    const inRing = Math.min(Math.max(posDiff(e, d), 0), this.slots);
    return inRing + Atomics.load(i32, this.countWord);
  }

  /** True if no item is held now. */
  empty(): boolean {
    return this.qsize() === 0;
  }

  /** True if maxsize items are held now. */
  full(): boolean {
    const max = this.maxsize;
    return max > 0 && this.qsize() >= max;
  }

  /**
   * Adds `value` at the end (PEP 734's `put`): waits while the queue is full, unless
   * `block` is false; QueueFull when not blocking or when `timeout` seconds pass. The value
   * is encoded first, so NotShareableError leaves the queue unchanged.
   */
  put(value: unknown, options?: PutOptions): void {
    const body = this.live();
    const st = this.state;
    const block = options?.block ?? true;
    const deadline = block ? deadlineOf(options?.timeout) : 0;
    const rule = options?.unbounditems;
    const unbound = rule === undefined ? st.i32[(body + Q.unbounditems) >> 2] : unboundCode(rule, 0);
    const size = st.registry.measure(value, 0);
    // An item that fits a slot is written into it; a larger one goes into a block of its own,
    // encoded before anything is claimed (so a MemoryError leaves the queue unchanged).
    let item = 0;
    if (size > RING_DATA_BYTES) {
      item = st.mallocOrThrow(I.data + size, 'an item');
      st.writeItem(item, value, size, unbound, 0);
    }
    let timedOut = !block;
    for (;;) {
      let r = this.tryPutRing(value, size, unbound, item);
      if (r === PUT_SLOW || (r === PUT_FULL && this.overflows)) {
        if (item === 0 && !isFlat(value)) {
          // Not written under the mutex: encoding a queue or channel end takes other locks.
          item = st.mallocOrThrow(I.data + size, 'an item');
          st.writeItem(item, value, size, unbound, 0);
        }
        r = this.putSlow(value, size, unbound, item);
      }
      if (r === PUT_DONE) return;
      if (timedOut) {
        if (item !== 0) st.dropItem(item);
        throw new QueueFull(`queue ${this.id} is full`);
      }
      timedOut = !this.awaitSpace(deadline);
    }
  }

  /** One lock-free attempt to put into the ring: PUT_DONE, PUT_FULL, or PUT_SLOW (closed to puts). */
  private tryPutRing(value: unknown, size: number, unbound: number, item: number): number {
    const st = this.state;
    const i32 = st.i32;
    for (;;) {
      const e = Atomics.load(i32, this.enqWord);
      if (e < 0) return PUT_SLOW; // RING_CLOSED
      const slot = this.ring + ((e & this.mask) << SLOT_SHIFT);
      const dif = posDiff(Atomics.load(i32, slot >> 2), e);
      if (dif > 0) continue; // another put claimed e: look again
      if (dif < 0) return PUT_FULL; // the item a lap back is not taken yet
      if (this.bound !== 0) {
        // maxsize below the ring's slots: the item maxsize positions back must be taken too.
        const back = (e - this.bound) & RING_POS_MASK;
        const backSlot = this.ring + ((back & this.mask) << SLOT_SHIFT);
        if (Atomics.load(i32, backSlot >> 2) !== ((back + this.slots) & RING_POS_MASK)) return PUT_FULL;
      }
      if (Atomics.compareExchange(i32, this.enqWord, e, (e + 1) & RING_POS_MASK) !== e) continue;
      // Position e is this put's: nobody else reads or writes the slot until seq says so.
      const w = slot >> 2;
      i32[w + (S.interpid >> 2)] = st.interpId;
      if (item !== 0) {
        i32[w + (S.meta >> 2)] = unbound;
        i32[w + (S.item >> 2)] = item;
      } else {
        const refs = this.refs;
        refs.count = 0;
        st.registry.write(value, st, slot + S.data, refs);
        i32[w + (S.meta >> 2)] = unbound | ((refs.count > 0 ? ITEM_FLAG_HAS_REFS : 0) << META_FLAGS_SHIFT) | (size << META_SIZE_SHIFT);
        i32[w + (S.item >> 2)] = 0;
      }
      Atomics.store(i32, w, (e + 1) & RING_POS_MASK); // publish
      wake(i32, this.putSeqWord, this.getWaitersWord);
      return PUT_DONE;
    }
  }

  /** A put under the mutex: into the ring if it reopened, else onto the list (closing the ring if it overflowed). */
  private putSlow(value: unknown, size: number, unbound: number, item: number): number {
    const st = this.state;
    const body = this.body;
    const mw = (body + Q.mutex) >> 2;
    mutexLock(st.i32, mw);
    try {
      st.sync();
      let i32 = st.i32;
      if (Atomics.load(i32, this.enqWord) >= 0) {
        const r = this.tryPutRing(value, size, unbound, item);
        if (r === PUT_DONE || !this.overflows) return r;
        // The ring is full and the queue may hold more: later puts join the list, behind this one.
        Atomics.or(i32, this.enqWord, RING_CLOSED);
      }
      if (this.max > 0) {
        const d = Atomics.load(i32, this.deqWord) & RING_POS_MASK;
        const e = Atomics.load(i32, this.enqWord) & RING_POS_MASK;
        if (posDiff(e, d) + i32[this.countWord] >= this.max) {
          reopenIfListEmptyLocked(i32, body);
          return PUT_FULL;
        }
      }
      if (item === 0) {
        // A small flat item goes into a block the queue recycled.
        item = i32[(body + Q.spare_head) >> 2];
        if (item !== 0) {
          i32[(body + Q.spare_head) >> 2] = i32[(item + I.next) >> 2];
          i32[(body + Q.spare_count) >> 2]--;
        } else {
          item = st.mallocOrThrow(SPARE_BLOCK_BYTES, 'an item');
          i32 = st.i32;
        }
        st.writeItem(item, value, size, unbound, ITEM_FLAG_SPARE);
      }
      pushListLocked(i32, body, item);
      return PUT_DONE;
    } finally {
      mutexUnlock(st.i32, mw);
    }
  }

  /** Waits until a put may succeed (spin, then sleep on get_seq); false once `deadline` passed. */
  private awaitSpace(deadline: number): boolean {
    for (let spin = 0; spin < WAIT_SPINS; spin++) if (this.spaceVisible()) return true;
    return this.sleep(this.getSeqWord, this.putWaitersWord, deadline, false);
  }

  /** Waits until a get may succeed (spin, then sleep on put_seq); false once `deadline` passed. */
  private awaitItem(deadline: number): boolean {
    for (let spin = 0; spin < WAIT_SPINS; spin++) if (this.itemVisible()) return true;
    return this.sleep(this.putSeqWord, this.getWaitersWord, deadline, true);
  }

  /**
   * Sets the flag at `waitersWord`, reads futex word `seqWord`, checks once more, and sleeps
   * on the word until a peer bumps it or `deadline` passes (see `wake`).
   */
  private sleep(seqWord: number, waitersWord: number, deadline: number, forItem: boolean): boolean {
    // NON-CPYTHON: a blocked get or put sleeps on Atomics.wait (woken by the put or get that
    // bumps its word), where CPython's interpreters.queues polls with short sleeps.
    const i32 = this.state.i32;
    Atomics.store(i32, waitersWord, 1);
    const seq = Atomics.load(i32, seqWord);
    if (forItem ? this.itemVisible() : this.spaceVisible()) return true;
    if (deadline === Infinity) {
      Atomics.wait(i32, seqWord, seq);
      return true;
    }
    const ms = deadline - performance.now();
    if (ms <= 0) return false;
    Atomics.wait(i32, seqWord, seq, ms);
    return performance.now() < deadline;
  }

  /** True if a put would find room now (a hint: the put itself decides). */
  private spaceVisible(): boolean {
    const i32 = this.state.i32;
    const e = Atomics.load(i32, this.enqWord);
    if (e < 0 || this.overflows) return this.qsize() < this.max;
    if (Atomics.load(i32, (this.ring + ((e & this.mask) << SLOT_SHIFT)) >> 2) !== e) return false;
    if (this.bound === 0) return true;
    const back = (e - this.bound) & RING_POS_MASK;
    return Atomics.load(i32, (this.ring + ((back & this.mask) << SLOT_SHIFT)) >> 2) === ((back + this.slots) & RING_POS_MASK);
  }

  /** True if a get would find an item now (a hint: the get itself decides). */
  private itemVisible(): boolean {
    const i32 = this.state.i32;
    const d = Atomics.load(i32, this.deqWord);
    if (d < 0) return true; // being moved to the list: the get waits on the mutex
    if (Atomics.load(i32, (this.ring + ((d & this.mask) << SLOT_SHIFT)) >> 2) === ((d + 1) & RING_POS_MASK)) return true;
    // The list's items come after the ring's: they count only once the ring is drained.
    return Atomics.load(i32, this.countWord) > 0 && (Atomics.load(i32, this.enqWord) & RING_POS_MASK) === d;
  }

  /** `put(value, { block: false })` (PEP 734's `put_nowait`). */
  putNowait(value: unknown, options?: Pick<PutOptions, 'unbounditems'>): void {
    this.put(value, { block: false, unbounditems: options?.unbounditems });
  }

  /**
   * Removes and returns the first item, rebuilt as a new value (PEP 734's `get`): waits while
   * the queue is empty unless `block` is false; QueueEmpty when not blocking or when `timeout`
   * seconds pass. An item whose interpreter was destroyed comes back as UNBOUND, raises
   * ItemInterpreterDestroyed, or is gone, by its rule.
   */
  get(options?: GetOptions): unknown {
    this.live();
    const block = options?.block ?? true;
    const deadline = block ? deadlineOf(options?.timeout) : 0;
    let timedOut = !block;
    for (;;) {
      let v = this.tryGetRing();
      if (v === IN_FLIGHT) {
        // A put claimed the next position and is writing it: it is about to land.
        for (let spin = 0; spin < INFLIGHT_SPINS && v === IN_FLIGHT; spin++) v = this.tryGetRing();
      }
      if (v === TO_LIST) {
        v = this.getSlow();
        if (v === EMPTY) v = this.tryGetRing(); // the list drained and the ring reopened meanwhile
      }
      if (v !== EMPTY && v !== IN_FLIGHT && v !== TO_LIST) return v;
      if (timedOut) throw new QueueEmpty(`queue ${this.id} is empty`);
      timedOut = !this.awaitItem(deadline);
    }
  }

  /** One lock-free attempt to take from the ring: the value, EMPTY, IN_FLIGHT, or TO_LIST. */
  private tryGetRing(): unknown {
    const st = this.state;
    const i32 = st.i32;
    for (;;) {
      const d = Atomics.load(i32, this.deqWord);
      if (d < 0) return TO_LIST; // being moved to the list: wait for the mutex
      const slot = this.ring + ((d & this.mask) << SLOT_SHIFT);
      const dif = posDiff(Atomics.load(i32, slot >> 2), (d + 1) & RING_POS_MASK);
      if (dif > 0) continue; // another get took d: look again
      if (dif < 0) {
        const e = Atomics.load(i32, this.enqWord);
        if ((e & RING_POS_MASK) !== d) return IN_FLIGHT;
        return e < 0 ? TO_LIST : EMPTY;
      }
      if (Atomics.compareExchange(i32, this.deqWord, d, (d + 1) & RING_POS_MASK) !== d) continue;
      // Position d is this get's: read the slot, then hand it to the put a lap ahead.
      const w = slot >> 2;
      const item = i32[w + (S.item >> 2)];
      let value: unknown = undefined;
      try {
        if (item === 0) value = st.registry.read(st, slot + S.data, this.out);
      } finally {
        Atomics.store(i32, w, (d + this.slots) & RING_POS_MASK);
        wake(i32, this.getSeqWord, this.putWaitersWord);
      }
      return item === 0 ? value : st.decodeItem(item);
    }
  }

  /** A get under the mutex, once the ring is drained and closed: the first item of the list. */
  private getSlow(): unknown {
    const st = this.state;
    const body = this.body;
    const mw = (body + Q.mutex) >> 2;
    mutexLock(st.i32, mw);
    let i32 = st.i32;
    let item = 0;
    try {
      st.sync();
      i32 = st.i32;
      const e = Atomics.load(i32, this.enqWord);
      const d = Atomics.load(i32, this.deqWord);
      // Reopened meanwhile, or ring items still ahead of the list's: back to the ring.
      if (e >= 0 || (e & RING_POS_MASK) !== d) return EMPTY;
      if (i32[this.countWord] === 0) {
        reopenIfListEmptyLocked(i32, body);
        return EMPTY;
      }
      item = shiftListLocked(i32, body);
      reopenIfListEmptyLocked(i32, body);
      if (i32[(item + I.flags) >> 2] === ITEM_FLAG_SPARE) {
        // Read under the mutex, then give the block back to the queue's spare list.
        const value = st.readItemValue(item);
        if (i32[(body + Q.spare_count) >> 2] < SPARE_ITEMS_MAX) {
          i32[(item + I.next) >> 2] = i32[(body + Q.spare_head) >> 2];
          i32[(body + Q.spare_head) >> 2] = item;
          i32[(body + Q.spare_count) >> 2]++;
          item = 0;
        } else {
          item = -item; // freed below, outside the mutex
        }
        return value;
      }
    } finally {
      mutexUnlock(st.i32, mw);
      if (item < 0) st.raw.free(-item);
    }
    return st.decodeItem(item);
  }

  /** `get({ block: false })` (PEP 734's `get_nowait`). */
  getNowait(): unknown {
    return this.get({ block: false });
  }

  /** Drops this object's reference; the queue is freed when the last one goes. Idempotent. */
  release(): void {
    if (this.body === 0) return;
    const body = this.body;
    this.body = 0;
    this.state.decref(body);
  }

  /** True until {@link Queue.release}. */
  get isLive(): boolean {
    return this.body !== 0;
  }
}
