// Queues and channels in the runtime heap, declared once as data: the body shared by a PEP 734
// queue and a PEP 554 channel (CPython's `_queue` in Modules/_interpqueuesmodule.c and
// `_channel_state` in Modules/_interpchannelsmodule.c), the registry of them by id, and the
// channels layer's root in the RuntimeState's reserved `xidata_registry` slot.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// ChannelsRoot:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ init                 i32               │ 0 untouched, 1 being initialized, 2 ready
//     4 ├────────────────────────────────────────┤
//       │ mutex                i32               │ guards the fields below and the registry table
//     8 ├────────────────────────────────────────┤
//       │ next_id              i32               │ the id the next queue or channel gets; never reused
//    12 ├────────────────────────────────────────┤
//       │ table                i32               │ byte offset of RegistryEntry[capacity]
//    16 ├────────────────────────────────────────┤
//       │ capacity             i32               │ entries the table holds
//    20 ├────────────────────────────────────────┤
//       │ count                i32               │ live queues and channels
//    24 ├────────────────────────────────────────┤
//       │ reserved             i32[2]            │ zero
//    32 └────────────────────────────────────────┘
//
// RegistryEntry:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ id                   i32               │ the queue or channel id
//     4 ├────────────────────────────────────────┤
//       │ kind                 i32               │ KIND_QUEUE or KIND_CHANNEL
//     8 ├────────────────────────────────────────┤
//       │ body                 i32               │ byte offset of its QueueBody
//    12 ├────────────────────────────────────────┤
//       │ reserved             i32               │ zero
//    16 └────────────────────────────────────────┘
//
// QueueBody:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ mutex                i32               │ guards every field but the futex words: 0 free, 1 locked, 2 contended
//     4 ├────────────────────────────────────────┤
//       │ kind                 i32               │ KIND_QUEUE or KIND_CHANNEL
//     8 ├────────────────────────────────────────┤
//       │ id                   i32               │ its id in the registry
//    12 ├────────────────────────────────────────┤
//       │ refcount             i32               │ holders: end objects and items in flight that name it
//    16 ├────────────────────────────────────────┤
//       │ maxsize              i32               │ queue: most items held, 0 unbounded
//    20 ├────────────────────────────────────────┤
//       │ unbounditems         i32               │ default UNBOUND_* rule of items put without one
//    24 ├────────────────────────────────────────┤
//       │ count                i32               │ items held
//    28 ├────────────────────────────────────────┤
//       │ head                 i32               │ first item (taken next); 0 when empty
//    32 ├────────────────────────────────────────┤
//       │ tail                 i32               │ last item; 0 when empty
//    36 ├────────────────────────────────────────┤
//       │ spare_head           i32               │ queue: recycled small item blocks (a list through next)
//    40 ├────────────────────────────────────────┤
//       │ spare_count          i32               │ queue: blocks on the spare list, at most SPARE_ITEMS_MAX
//    44 ├────────────────────────────────────────┤
//       │ put_seq              i32               │ futex word bumped by every put and close; getters wait on it
//    48 ├────────────────────────────────────────┤
//       │ get_seq              i32               │ futex word bumped by every get, withdrawal and close; putters wait on it
//    52 ├────────────────────────────────────────┤
//       │ get_waiters          i32               │ threads waiting on put_seq (no notify when 0)
//    56 ├────────────────────────────────────────┤
//       │ put_waiters          i32               │ threads waiting on get_seq (no notify when 0)
//    60 ├────────────────────────────────────────┤
//       │ status               i32               │ channel: CHANNEL_OPEN, CHANNEL_CLOSING or CHANNEL_CLOSED
//    64 ├────────────────────────────────────────┤
//       │ next_ticket          i32               │ channel: the next send's ticket
//    68 ├────────────────────────────────────────┤
//       │ taken_ticket         i32               │ channel: ticket of the last item received
//    72 ├────────────────────────────────────────┤
//       │ send_ends            i32               │ channel: send ends not yet released
//    76 ├────────────────────────────────────────┤
//       │ recv_ends            i32               │ channel: recv ends not yet released
//    80 └────────────────────────────────────────┘
//
// (end of diagrams)

import { defineLayout, XIDATA_REGISTRY_SIZE_BYTES } from '@pergil/runtime-state';

/** Kind of a registry entry / queue body: a PEP 734 queue. @internal */
export const KIND_QUEUE = 1;
/** Kind of a registry entry / queue body: a PEP 554 channel. @internal */
export const KIND_CHANNEL = 2;

/** Channel status: open. @internal */
export const CHANNEL_OPEN = 0;
/** Channel status: its send side closed with items left; receivers drain it, then it closes. @internal */
export const CHANNEL_CLOSING = 1;
/** Channel status: closed. @internal */
export const CHANNEL_CLOSED = 2;

/** The channels layer's root, in the RuntimeState's `xidata_registry` slot. @beta */
export const CHANNELS_ROOT = defineLayout('ChannelsRoot', [
  { name: 'init', type: 'i32', doc: '0 untouched, 1 being initialized, 2 ready' },
  { name: 'mutex', type: 'i32', doc: 'guards the fields below and the registry table' },
  { name: 'next_id', type: 'i32', doc: 'the id the next queue or channel gets; never reused' },
  { name: 'table', type: 'i32', doc: 'byte offset of RegistryEntry[capacity]' },
  { name: 'capacity', type: 'i32', doc: 'entries the table holds' },
  { name: 'count', type: 'i32', doc: 'live queues and channels' },
  { name: 'reserved', type: 'i32', count: 2, doc: 'zero' },
]);
if (CHANNELS_ROOT.sizeBytes > XIDATA_REGISTRY_SIZE_BYTES) throw new Error('ChannelsRoot does not fit the runtime slot');

/** One queue or channel in the registry: found by id from any thread. @beta */
export const REGISTRY_ENTRY = defineLayout('RegistryEntry', [
  { name: 'id', type: 'i32', doc: 'the queue or channel id' },
  { name: 'kind', type: 'i32', doc: 'KIND_QUEUE or KIND_CHANNEL' },
  { name: 'body', type: 'i32', doc: 'byte offset of its QueueBody' },
  { name: 'reserved', type: 'i32', doc: 'zero' },
]);

/** A queue or a channel: a mutex, a linked list of XIDataItem, futex words for waiters; the fields every put and get touch come first. @beta */
export const QUEUE_BODY = defineLayout('QueueBody', [
  { name: 'mutex', type: 'i32', doc: 'guards every field but the futex words: 0 free, 1 locked, 2 contended' },
  { name: 'kind', type: 'i32', doc: 'KIND_QUEUE or KIND_CHANNEL' },
  { name: 'id', type: 'i32', doc: 'its id in the registry' },
  { name: 'refcount', type: 'i32', doc: 'holders: end objects and items in flight that name it' },
  { name: 'maxsize', type: 'i32', doc: 'queue: most items held, 0 unbounded' },
  { name: 'unbounditems', type: 'i32', doc: 'default UNBOUND_* rule of items put without one' },
  { name: 'count', type: 'i32', doc: 'items held' },
  { name: 'head', type: 'i32', doc: 'first item (taken next); 0 when empty' },
  { name: 'tail', type: 'i32', doc: 'last item; 0 when empty' },
  { name: 'spare_head', type: 'i32', doc: 'queue: recycled small item blocks (a list through next)' },
  { name: 'spare_count', type: 'i32', doc: 'queue: blocks on the spare list, at most SPARE_ITEMS_MAX' },
  { name: 'put_seq', type: 'i32', doc: 'futex word bumped by every put and close; getters wait on it' },
  { name: 'get_seq', type: 'i32', doc: 'futex word bumped by every get, withdrawal and close; putters wait on it' },
  { name: 'get_waiters', type: 'i32', doc: 'threads waiting on put_seq (no notify when 0)' },
  { name: 'put_waiters', type: 'i32', doc: 'threads waiting on get_seq (no notify when 0)' },
  { name: 'status', type: 'i32', doc: 'channel: CHANNEL_OPEN, CHANNEL_CLOSING or CHANNEL_CLOSED' },
  { name: 'next_ticket', type: 'i32', doc: "channel: the next send's ticket" },
  { name: 'taken_ticket', type: 'i32', doc: 'channel: ticket of the last item received' },
  { name: 'send_ends', type: 'i32', doc: 'channel: send ends not yet released' },
  { name: 'recv_ends', type: 'i32', doc: 'channel: recv ends not yet released' },
]);

/** Bytes of a recyclable small item block (header included). @internal */
export const SPARE_BLOCK_BYTES = 160;
/** Most recycled blocks a queue keeps. @internal */
export const SPARE_ITEMS_MAX = 64;

/** Unbound-items rule: the item stays, and get returns UNBOUND (PEP 734's default). @internal */
export const UNBOUND_REPLACE = 1;
/** Unbound-items rule: the item stays, and get raises ItemInterpreterDestroyed. @internal */
export const UNBOUND_ERROR = 2;
/** Unbound-items rule: the item is removed from its queue. @internal */
export const UNBOUND_REMOVE = 3;
/** Unbound-items rule: nothing happens; the runtime-owned data is still received. @internal */
// NON-CPYTHON: 'keep' — data in runtime memory does not depend on the interpreter that sent it.
export const UNBOUND_KEEP = 4;
