// The channels layer as one thread sees it: queues and channels of one runtime, and the
// cross-interpreter data registry their items are encoded with (CPython keeps these in the
// `_interpqueues` / `_interpchannels` module globals; here they are runtime state reached
// through this object, which any worker that attached the runtime creates for itself).

import type { RuntimeState } from '@pergil/runtime-state';
import { ChannelsState } from './channels-state.js';
import { closeChannel, openEnd, RecvChannel, releaseEnd, SendChannel } from './channel.js';
import type { ChannelEndKind } from './channel.js';
import { ChannelNotFoundError, QueueNotFoundError } from './errors.js';
import { KIND_CHANNEL, KIND_QUEUE, QUEUE_BODY, UNBOUND_REPLACE } from './queue.layout.js';
import { clearInterpreter, Queue, unboundCode } from './queue.js';
import type { UnboundItems } from './queue.js';
import { XI_TAG } from './xidata.layout.js';
import { XIDataRegistry } from './xidata.js';
import type { XIEndHooks } from './xidata.js';

const Q = QUEUE_BODY.offsetBytes;

/** Options of {@link Channels.attach}. @public */
export interface ChannelsOptions {
  /** The interpreter this thread's items are put by (for the unbound-items rules); default -1, none. */
  readonly interpId?: number;
}

/** Options of {@link Channels.createQueue}. @public */
export interface CreateQueueOptions {
  /** The default rule of the queue's items (PEP 734's `unbounditems`); default `'unbound'`. */
  readonly unbounditems?: UnboundItems;
}

/**
 * Queues and channels of one runtime, from one thread: `Channels.attach(runtime)` in every
 * worker that called `RuntimeState.attach(buffer)`; what one creates, the others find by id
 * or receive through a queue.
 * @public
 */
export class Channels {
  /** The runtime whose heap holds the queues and channels. */
  readonly runtime: RuntimeState;
  /** The shareable kinds items are encoded with; register extension kinds here. */
  readonly registry: XIDataRegistry;
  private readonly state: ChannelsState;

  private constructor(runtime: RuntimeState, options: ChannelsOptions) {
    this.runtime = runtime;
    this.state = new ChannelsState(runtime, options.interpId ?? -1);
    this.registry = new XIDataRegistry(this.endHooks());
    this.state.registry = this.registry;
  }

  /** The channels layer of `runtime` for this thread (the first call in the runtime sets up its registry). */
  static attach(runtime: RuntimeState, options: ChannelsOptions = {}): Channels {
    return new Channels(runtime, options);
  }

  /** The interpreter this thread's items are put by (-1: none). */
  get interpId(): number {
    return this.state.interpId;
  }

  /** Queues and channels alive in the runtime. */
  get liveCount(): number {
    return this.state.liveCount;
  }

  /** A new queue (PEP 734's `create(maxsize)`); `maxsize` 0 means unbounded. */
  createQueue(maxsize = 0, options: CreateQueueOptions = {}): Queue {
    if (!Number.isInteger(maxsize) || maxsize < 0 || maxsize > 0x7fffffff) throw new RangeError(`maxsize must be a non-negative int32, got ${maxsize}`);
    const body = this.state.createBody(KIND_QUEUE, maxsize, unboundCode(options.unbounditems, UNBOUND_REPLACE));
    return new Queue(this.state, body);
  }

  /** Another holder of queue `id` (one more reference); QueueNotFoundError if there is none. */
  queue(id: number): Queue {
    const body = this.state.lookupAndIncref(id, KIND_QUEUE);
    if (body === 0) throw new QueueNotFoundError(`queue ${id} not found`);
    return new Queue(this.state, body);
  }

  /** A new channel: its recv end and its send end (PEP 554's `create_channel()`). */
  createChannel(): [RecvChannel, SendChannel] {
    const body = this.state.createBody(KIND_CHANNEL, 0, UNBOUND_REPLACE);
    // One reference and one open end for each end object.
    this.state.incref(body);
    openEnd(this.state, body, 'send');
    openEnd(this.state, body, 'recv');
    return [new RecvChannel(this.state, body), new SendChannel(this.state, body)];
  }

  /** Another recv end of channel `id`; ChannelNotFoundError if there is none. */
  recvChannel(id: number): RecvChannel {
    return new RecvChannel(this.state, this.openChannelEnd(id, 'recv'));
  }

  /** Another send end of channel `id`; ChannelNotFoundError if there is none. */
  sendChannel(id: number): SendChannel {
    return new SendChannel(this.state, this.openChannelEnd(id, 'send'));
  }

  private openChannelEnd(id: number, end: 'send' | 'recv'): number {
    const body = this.state.lookupAndIncref(id, KIND_CHANNEL);
    if (body === 0) throw new ChannelNotFoundError(`channel ${id} not found`);
    openEnd(this.state, body, end);
    return body;
  }

  /**
   * Closes channel `id` for every holder (CPython's `_interpchannels.close(cid, send, recv, force)`);
   * see {@link SendChannel.close} and {@link RecvChannel.close}.
   */
  closeChannel(id: number, end: ChannelEndKind = 'both', force = false): void {
    const body = this.state.lookupAndIncref(id, KIND_CHANNEL);
    if (body === 0) throw new ChannelNotFoundError(`channel ${id} not found`);
    try {
      closeChannel(this.state, body, end, force);
    } finally {
      this.state.decref(body);
    }
  }

  /**
   * Applies the unbound-items rules of every queued item put by interpreter `interpId`, in
   * every queue and channel (called when that interpreter is destroyed); returns how many
   * items it changed or removed.
   */
  interpreterDestroyed(interpId: number): number {
    let touched = 0;
    for (const body of this.state.listAndIncref()) {
      try {
        touched += clearInterpreter(this.state, body, interpId);
      } finally {
        this.state.decref(body);
      }
    }
    return touched;
  }

  /**
   * Encodes `value` into a new block of runtime memory (CPython's
   * `_PyObject_GetCrossInterpreterData`); returns its offset. Give it to {@link Channels.decode}
   * (once, in any thread) or {@link Channels.discard}.
   */
  encode(value: unknown): number {
    return this.state.encodeItem(value, UNBOUND_REPLACE);
  }

  /** Rebuilds a new value from a block made by {@link Channels.encode}, and frees the block. */
  decode(offset: number): unknown {
    return this.state.decodeItem(offset);
  }

  /** Frees a block made by {@link Channels.encode} without decoding it. */
  discard(offset: number): void {
    this.state.dropItem(offset);
  }

  private endHooks(): XIEndHooks {
    const state = this.state;
    return {
      endTag(value: unknown): number {
        // A released end is not shareable: it no longer holds the queue or channel alive.
        if (value instanceof Queue) return value.isLive ? XI_TAG.QUEUE : 0;
        if (value instanceof SendChannel) return value.isLive ? XI_TAG.CHANNEL_SEND : 0;
        if (value instanceof RecvChannel) return value.isLive ? XI_TAG.CHANNEL_RECV : 0;
        return 0;
      },
      share(value: unknown): number {
        const end = value as Queue | SendChannel | RecvChannel;
        const body = end.bodyOffset;
        state.incref(body);
        if (end instanceof SendChannel) openEnd(state, body, 'send');
        else if (end instanceof RecvChannel) openEnd(state, body, 'recv');
        return end.id;
      },
      adopt(tag: number, id: number): unknown {
        const body = state.lookupAndIncref(id, tag === XI_TAG.QUEUE ? KIND_QUEUE : KIND_CHANNEL);
        if (body === 0) throw new Error(`${tag === XI_TAG.QUEUE ? 'queue' : 'channel'} ${id} vanished while an item named it`);
        state.decref(body); // the data's reference passes to the new object
        if (tag === XI_TAG.QUEUE) return new Queue(state, body);
        return tag === XI_TAG.CHANNEL_SEND ? new SendChannel(state, body) : new RecvChannel(state, body);
      },
      drop(tag: number, id: number): void {
        const body = state.lookupAndIncref(id, tag === XI_TAG.QUEUE ? KIND_QUEUE : KIND_CHANNEL);
        if (body === 0) return;
        if (tag !== XI_TAG.QUEUE) releaseEnd(state, body, tag === XI_TAG.CHANNEL_SEND ? 'send' : 'recv');
        state.decref(body);
        state.decref(body);
      },
    };
  }

  /** @internal — the refcount of queue or channel `id`, for tests; -1 if it is gone. */
  refcountOf(id: number, kind: 'queue' | 'channel'): number {
    const body = this.state.lookupAndIncref(id, kind === 'queue' ? KIND_QUEUE : KIND_CHANNEL);
    if (body === 0) return -1;
    const rc = this.state.i32[(body + Q.refcount) >> 2] - 1;
    this.state.decref(body);
    return rc;
  }
}
