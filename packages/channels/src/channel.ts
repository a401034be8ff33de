// PEP 554 channels in the runtime heap (CPython's Modules/_interpchannelsmodule.c): a send
// end and a recv end over one queue body; `send` is a rendezvous — it returns only once the
// item was received — `send(timeout)` withdraws an item nobody took; `close` and `release`
// follow `_channels_close` / `_channel_release_interpreter`: a send side closed with items
// left lets receivers drain them first; closing with items left needs `force`.

import { queueLock as mutexLock, queueUnlock as mutexUnlock } from './mutex.js';
import { deadlineOf } from './channels-state.js';
import type { ChannelsState } from './channels-state.js';
import { ChannelClosedError, ChannelEmptyError, ChannelNotEmptyError, TimeoutError } from './errors.js';
import { CHANNEL_CLOSED, CHANNEL_CLOSING, CHANNEL_OPEN, QUEUE_BODY } from './queue.layout.js';
import { appendItemLocked, shiftItemLocked, unboundCode } from './queue.js';
import type { UnboundItems } from './queue.js';
import { XIDATA_ITEM } from './xidata.layout.js';

const Q = QUEUE_BODY.offsetBytes;
const I = XIDATA_ITEM.offsetBytes;

/** Which end(s) of a channel an operation applies to. @public */
export type ChannelEndKind = 'send' | 'recv' | 'both';

/** Options of {@link SendChannel.send}. @public */
export interface SendOptions {
  /** Seconds to wait for a receiver at most (fractions allowed); undefined or null: forever. */
  readonly timeout?: number | null;
  /** The rule applied to this item if this interpreter is destroyed before it is received. */
  readonly unbounditems?: UnboundItems;
}

function closedError(id: number): ChannelClosedError {
  return new ChannelClosedError(`channel ${id} is closed`);
}

/** Marks the channel closed and wakes everyone waiting on it; the body mutex is held. */
function markClosedLocked(i32: Int32Array, body: number): void {
  i32[(body + Q.status) >> 2] = CHANNEL_CLOSED;
  for (const field of [Q.put_seq, Q.get_seq]) {
    Atomics.add(i32, (body + field) >> 2, 1);
    Atomics.notify(i32, (body + field) >> 2);
  }
}

/**
 * Closes a channel (CPython's `_channels_close`): ChannelClosedError if it already is;
 * with items left and no `force`, closing the send side lets receivers drain them first,
 * while closing the recv side (or both) raises ChannelNotEmptyError; `force` discards them.
 * @internal
 */
export function closeChannel(st: ChannelsState, body: number, end: ChannelEndKind, force: boolean): void {
  const id = st.i32[(body + Q.id) >> 2];
  const mw = (body + Q.mutex) >> 2;
  const dropped: number[] = [];
  mutexLock(st.i32, mw);
  try {
    st.sync();
    const i32 = st.i32;
    const status = i32[(body + Q.status) >> 2];
    if (status === CHANNEL_CLOSED || (status === CHANNEL_CLOSING && !force)) throw closedError(id);
    if (i32[(body + Q.count) >> 2] > 0) {
      if (!force) {
        if (end === 'send') {
          i32[(body + Q.status) >> 2] = CHANNEL_CLOSING;
          return;
        }
        throw new ChannelNotEmptyError(`channel ${id} may not be closed if not empty (try force=True)`);
      }
      for (let item = i32[(body + Q.head) >> 2]; item !== 0; item = i32[(item + I.next) >> 2]) dropped.push(item);
      i32[(body + Q.head) >> 2] = 0;
      i32[(body + Q.tail) >> 2] = 0;
      i32[(body + Q.count) >> 2] = 0;
    }
    markClosedLocked(i32, body);
  } finally {
    mutexUnlock(st.i32, mw);
  }
  for (const item of dropped) st.dropItem(item);
}

/** Counts one more open end of `end`'s side (a new end object, or one in flight). @internal */
export function openEnd(st: ChannelsState, body: number, end: 'send' | 'recv'): void {
  const mw = (body + Q.mutex) >> 2;
  mutexLock(st.i32, mw);
  st.i32[(body + (end === 'send' ? Q.send_ends : Q.recv_ends)) >> 2]++;
  mutexUnlock(st.i32, mw);
}

/**
 * Releases one end (CPython's `_channel_release_interpreter`): when no end of either side
 * is left, the channel is closed.
 * @internal
 */
export function releaseEnd(st: ChannelsState, body: number, end: 'send' | 'recv'): void {
  const mw = (body + Q.mutex) >> 2;
  mutexLock(st.i32, mw);
  const i32 = st.i32;
  const left = --i32[(body + (end === 'send' ? Q.send_ends : Q.recv_ends)) >> 2];
  if (left === 0 && i32[(body + Q.send_ends) >> 2] + i32[(body + Q.recv_ends) >> 2] === 0 && i32[(body + Q.status) >> 2] !== CHANNEL_CLOSED) {
    markClosedLocked(i32, body);
  }
  mutexUnlock(i32, mw);
}

/** What both channel ends share: the id, the body reference, release. @public */
export abstract class ChannelEnd {
  /** The channel's id, the same in every thread (CPython's `ChannelID`). */
  readonly id: number;
  /** @internal */
  protected readonly state: ChannelsState;
  /** @internal */
  protected body: number;
  /** @internal */
  protected abstract readonly side: 'send' | 'recv';

  /** @internal — adopts one reference and one open end. */
  constructor(state: ChannelsState, body: number) {
    this.state = state;
    this.body = body;
    this.id = state.i32[(body + Q.id) >> 2];
  }

  /** @internal */
  get bodyOffset(): number {
    return this.live();
  }

  /** @internal */
  protected live(): number {
    if (this.body === 0) throw closedError(this.id);
    return this.body;
  }

  /** True until {@link ChannelEnd.release}. */
  get isLive(): boolean {
    return this.body !== 0;
  }

  /** True if the channel is closed (or this end was released). */
  get isClosed(): boolean {
    return this.body === 0 || Atomics.load(this.state.i32, (this.body + Q.status) >> 2) === CHANNEL_CLOSED;
  }

  /** Items waiting in the channel. */
  get pending(): number {
    return Atomics.load(this.state.i32, (this.live() + Q.count) >> 2);
  }

  /**
   * Releases this end (CPython's `channel_release`): this object can no longer be used, and
   * the channel closes when no end of either side is left. Idempotent.
   */
  release(): void {
    if (this.body === 0) return;
    const body = this.body;
    this.body = 0;
    releaseEnd(this.state, body, this.side);
    this.state.decref(body);
  }
}

/**
 * The receiving end of a PEP 554 channel.
 * @public
 */
export class RecvChannel extends ChannelEnd {
  /** @internal */
  protected readonly side = 'recv' as const;

  /**
   * Takes the next item, waiting for one (no polling) for up to `timeout` seconds
   * (TimeoutError). ChannelClosedError once the channel is closed, or closing and drained.
   */
  recv(timeout?: number | null): unknown {
    return this.recvImpl(deadlineOf(timeout), false, undefined, false);
  }

  /**
   * Takes the next item without waiting; when there is none, returns `defaultValue` if one
   * was given, else raises ChannelEmptyError.
   */
  recvNowait(...defaultValue: [unknown?]): unknown {
    return this.recvImpl(0, true, defaultValue[0], defaultValue.length > 0);
  }

  private recvImpl(deadline: number, nowait: boolean, defaultValue: unknown, hasDefault: boolean): unknown {
    const body = this.live();
    const st = this.state;
    const mw = (body + Q.mutex) >> 2;
    mutexLock(st.i32, mw);
    let timedOut = nowait;
    for (;;) {
      st.sync();
      const i32 = st.i32;
      if (i32[(body + Q.count) >> 2] > 0) {
        const item = shiftItemLocked(i32, body, true);
        i32[(body + Q.taken_ticket) >> 2] = i32[(item + I.ticket) >> 2];
        if (i32[(body + Q.count) >> 2] === 0 && i32[(body + Q.status) >> 2] === CHANNEL_CLOSING) markClosedLocked(i32, body);
        mutexUnlock(i32, mw);
        return st.decodeItem(item);
      }
      if (i32[(body + Q.status) >> 2] !== CHANNEL_OPEN) {
        mutexUnlock(i32, mw);
        throw closedError(this.id);
      }
      if (timedOut) {
        mutexUnlock(i32, mw);
        if (!nowait) throw new TimeoutError(`timed out waiting for channel ${this.id}`);
        if (hasDefault) return defaultValue;
        throw new ChannelEmptyError(`channel ${this.id} is empty`);
      }
      timedOut = !st.waitLocked(mw, (body + Q.put_seq) >> 2, (body + Q.get_waiters) >> 2, deadline);
    }
  }

  /**
   * Closes the channel from the receiving side (CPython's `close(recv=True)`):
   * ChannelNotEmptyError if items are left, unless `force` discards them.
   */
  close(force = false): void {
    closeChannel(this.state, this.live(), 'recv', force);
  }
}

/**
 * The sending end of a PEP 554 channel.
 * @public
 */
export class SendChannel extends ChannelEnd {
  /** @internal */
  protected readonly side = 'send' as const;

  /**
   * Sends `value` and waits until a receiver took it (a rendezvous). After `timeout` seconds
   * the item is withdrawn and TimeoutError raised; ChannelClosedError if the channel is (or
   * gets force-) closed. NotShareableError leaves the channel unchanged.
   */
  send(value: unknown, options?: SendOptions): void {
    this.sendImpl(value, deadlineOf(options?.timeout), false, options?.unbounditems);
  }

  /**
   * Queues `value` without waiting for a receiver (PEP 554's `send_nowait`); true if a
   * receiver was waiting at that moment.
   */
  sendNowait(value: unknown, options?: Pick<SendOptions, 'unbounditems'>): boolean {
    return this.sendImpl(value, 0, true, options?.unbounditems);
  }

  private sendImpl(value: unknown, deadline: number, nowait: boolean, unbounditems: UnboundItems | undefined): boolean {
    const body = this.live();
    const st = this.state;
    const item = st.encodeItem(value, unboundCode(unbounditems, st.i32[(body + Q.unbounditems) >> 2]));
    const mw = (body + Q.mutex) >> 2;
    mutexLock(st.i32, mw);
    let i32 = st.i32;
    if (i32[(body + Q.status) >> 2] !== CHANNEL_OPEN) {
      mutexUnlock(i32, mw);
      st.dropItem(item);
      throw closedError(this.id);
    }
    const ticket = (i32[(body + Q.next_ticket) >> 2] + 1) | 0;
    i32[(body + Q.next_ticket) >> 2] = ticket;
    i32[(item + I.ticket) >> 2] = ticket;
    const receiverWaiting = i32[(body + Q.get_waiters) >> 2] > 0;
    appendItemLocked(i32, body, item);
    if (nowait) {
      mutexUnlock(i32, mw);
      return receiverWaiting;
    }
    let timedOut = false;
    for (;;) {
      st.sync();
      i32 = st.i32;
      // Items are taken in order and only this sender withdraws its own, so "taken" is a ticket comparison.
      if (((i32[(body + Q.taken_ticket) >> 2] - ticket) | 0) >= 0) {
        mutexUnlock(i32, mw);
        return true;
      }
      if (i32[(body + Q.status) >> 2] === CHANNEL_CLOSED) {
        // Force-closed: the item was discarded with the others.
        mutexUnlock(i32, mw);
        throw closedError(this.id);
      }
      if (timedOut) {
        withdrawLocked(i32, body, item);
        if (i32[(body + Q.count) >> 2] === 0 && i32[(body + Q.status) >> 2] === CHANNEL_CLOSING) markClosedLocked(i32, body);
        mutexUnlock(i32, mw);
        st.dropItem(item);
        throw new TimeoutError(`timed out waiting for channel ${this.id} to receive`);
      }
      timedOut = !st.waitLocked(mw, (body + Q.get_seq) >> 2, (body + Q.put_waiters) >> 2, deadline);
    }
  }

  /**
   * Closes the channel from the sending side (CPython's `close(send=True)`): with items left
   * and no `force`, no more sends are accepted and the channel closes once they are received.
   */
  close(force = false): void {
    closeChannel(this.state, this.live(), 'send', force);
  }
}

/** Unlinks `item` (still in the list) from the body's list; the body mutex is held. */
function withdrawLocked(i32: Int32Array, body: number, item: number): void {
  let prev = 0;
  let cur = i32[(body + Q.head) >> 2];
  while (cur !== item) {
    prev = cur;
    cur = i32[(cur + I.next) >> 2];
  }
  const next = i32[(item + I.next) >> 2];
  if (prev === 0) i32[(body + Q.head) >> 2] = next;
  else i32[(prev + I.next) >> 2] = next;
  if (next === 0) i32[(body + Q.tail) >> 2] = prev;
  i32[(body + Q.count) >> 2]--;
}
