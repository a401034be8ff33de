// A PEP 734 queue in the runtime heap (CPython's Modules/_interpqueuesmodule.c and
// Lib/concurrent/interpreters/_queues.py): a FIFO of cross-interpreter data items with a
// maxsize, blocking put/get with timeouts, and the unbound-items rules applied when the
// interpreter that put an item is destroyed.
// Hot path (every put and get): no allocation beyond the item, no notify when nobody waits.

import { queueLock as mutexLock, queueUnlock as mutexUnlock } from './mutex.js';
import { deadlineOf } from './channels-state.js';
import type { ChannelsState } from './channels-state.js';
import { QueueEmpty, QueueFull, QueueNotFoundError } from './errors.js';
import {
  KIND_CHANNEL,
  QUEUE_BODY,
  SPARE_BLOCK_BYTES,
  SPARE_ITEMS_MAX,
  UNBOUND_ERROR,
  UNBOUND_KEEP,
  UNBOUND_REMOVE,
  UNBOUND_REPLACE,
} from './queue.layout.js';
import { ITEM_FLAG_ERROR, ITEM_FLAG_SPARE, ITEM_FLAG_UNBOUND, XIDATA_ITEM } from './xidata.layout.js';

const Q = QUEUE_BODY.offsetBytes;
const I = XIDATA_ITEM.offsetBytes;
const SPARE_DATA_BYTES = SPARE_BLOCK_BYTES - I.data;

/** A value whose item holds no reference (so it may be written and read under the queue's mutex). */
function isFlat(value: unknown): boolean {
  return typeof value !== 'object' || value === null || value instanceof Uint8Array;
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

/** Appends `item`, bumps put_seq and wakes one getter if any waits; the body mutex is held. @internal */
export function appendItemLocked(i32: Int32Array, body: number, item: number): void {
  i32[(item + I.next) >> 2] = 0;
  const tail = i32[(body + Q.tail) >> 2];
  if (tail === 0) i32[(body + Q.head) >> 2] = item;
  else i32[(tail + I.next) >> 2] = item;
  i32[(body + Q.tail) >> 2] = item;
  i32[(body + Q.count) >> 2]++;
  const seqWord = (body + Q.put_seq) >> 2;
  Atomics.add(i32, seqWord, 1);
  if (i32[(body + Q.get_waiters) >> 2] > 0) Atomics.notify(i32, seqWord, 1);
}

/** Unlinks and returns the first item (count > 0), bumps get_seq and wakes putters if any wait; the body mutex is held. @internal */
export function shiftItemLocked(i32: Int32Array, body: number, wakeAll: boolean): number {
  const item = i32[(body + Q.head) >> 2];
  const next = i32[(item + I.next) >> 2];
  i32[(body + Q.head) >> 2] = next;
  if (next === 0) i32[(body + Q.tail) >> 2] = 0;
  i32[(body + Q.count) >> 2]--;
  const seqWord = (body + Q.get_seq) >> 2;
  Atomics.add(i32, seqWord, 1);
  if (i32[(body + Q.put_waiters) >> 2] > 0) Atomics.notify(i32, seqWord, wakeAll ? Infinity : 1);
  return item;
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
          i32[(body + Q.count) >> 2]--;
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

  /** @internal — adopts one reference to `body`. */
  constructor(state: ChannelsState, body: number) {
    this.state = state;
    this.body = body;
    this.id = state.i32[(body + Q.id) >> 2];
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
    return this.state.i32[(this.live() + Q.maxsize) >> 2];
  }

  /** Items held now (a snapshot). */
  qsize(): number {
    return Atomics.load(this.state.i32, (this.live() + Q.count) >> 2);
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
    const unbound = unboundCode(options?.unbounditems, st.i32[(body + Q.unbounditems) >> 2]);
    const size = st.registry.measure(value, 0);
    // A small flat item goes into a block its queue recycled, written under the mutex: no
    // allocator call (and no contention on the heap lock) per item in the steady state.
    const small = size <= SPARE_DATA_BYTES && isFlat(value);
    let item = 0;
    if (!small) {
      item = st.mallocOrThrow(I.data + size, 'an item');
      st.writeItem(item, value, size, unbound, 0);
    }
    const mw = (body + Q.mutex) >> 2;
    mutexLock(st.i32, mw);
    if (small) {
      const i32 = st.i32;
      item = i32[(body + Q.spare_head) >> 2];
      if (item !== 0) {
        i32[(body + Q.spare_head) >> 2] = i32[(item + I.next) >> 2];
        i32[(body + Q.spare_count) >> 2]--;
      } else {
        mutexUnlock(i32, mw);
        item = st.mallocOrThrow(SPARE_BLOCK_BYTES, 'an item');
        mutexLock(st.i32, mw);
      }
      st.writeItem(item, value, size, unbound, ITEM_FLAG_SPARE);
    }
    let timedOut = !block;
    for (;;) {
      const i32 = st.i32;
      const maxsize = i32[(body + Q.maxsize) >> 2];
      if (maxsize === 0 || i32[(body + Q.count) >> 2] < maxsize) {
        appendItemLocked(i32, body, item);
        mutexUnlock(i32, mw);
        return;
      }
      if (timedOut) {
        mutexUnlock(i32, mw);
        st.dropItem(item);
        throw new QueueFull(`queue ${this.id} is full`);
      }
      timedOut = !st.waitLocked(mw, (body + Q.get_seq) >> 2, (body + Q.put_waiters) >> 2, deadline);
    }
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
    const body = this.live();
    const st = this.state;
    const block = options?.block ?? true;
    const deadline = block ? deadlineOf(options?.timeout) : 0;
    const mw = (body + Q.mutex) >> 2;
    mutexLock(st.i32, mw);
    let timedOut = !block;
    for (;;) {
      st.sync();
      const i32 = st.i32;
      if (i32[(body + Q.count) >> 2] > 0) {
        const item = shiftItemLocked(i32, body, i32[(body + Q.kind) >> 2] === KIND_CHANNEL);
        if (i32[(item + I.flags) >> 2] === ITEM_FLAG_SPARE) {
          // Read under the mutex, then give the block back to the queue's spare list.
          const value = st.readItemValue(item);
          let spare = item;
          if (i32[(body + Q.spare_count) >> 2] < SPARE_ITEMS_MAX) {
            i32[(item + I.next) >> 2] = i32[(body + Q.spare_head) >> 2];
            i32[(body + Q.spare_head) >> 2] = item;
            i32[(body + Q.spare_count) >> 2]++;
            spare = 0;
          }
          mutexUnlock(i32, mw);
          if (spare !== 0) st.raw.free(spare);
          return value;
        }
        mutexUnlock(i32, mw);
        return st.decodeItem(item);
      }
      if (timedOut) {
        mutexUnlock(i32, mw);
        throw new QueueEmpty(`queue ${this.id} is empty`);
      }
      timedOut = !st.waitLocked(mw, (body + Q.put_seq) >> 2, (body + Q.get_waiters) >> 2, deadline);
    }
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
