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
//       │ mutex                i32               │ guards the list, the spare blocks and the channel fields: 0 free, 1 locked, 2 contended
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
//       │ count                i32               │ items on the list (a queue adds those in its ring)
//    28 ├────────────────────────────────────────┤
//       │ head                 i32               │ first item of the list (taken next); 0 when empty
//    32 ├────────────────────────────────────────┤
//       │ tail                 i32               │ last item of the list; 0 when empty
//    36 ├────────────────────────────────────────┤
//       │ spare_head           i32               │ queue: recycled small item blocks (a list through next)
//    40 ├────────────────────────────────────────┤
//       │ spare_count          i32               │ queue: blocks on the spare list, at most SPARE_ITEMS_MAX
//    44 ├────────────────────────────────────────┤
//       │ status               i32               │ channel: CHANNEL_OPEN, CHANNEL_CLOSING or CHANNEL_CLOSED
//    48 ├────────────────────────────────────────┤
//       │ next_ticket          i32               │ channel: the next send's ticket
//    52 ├────────────────────────────────────────┤
//       │ taken_ticket         i32               │ channel: ticket of the last item received
//    56 ├────────────────────────────────────────┤
//       │ send_ends            i32               │ channel: send ends not yet released
//    60 ├────────────────────────────────────────┤
//       │ recv_ends            i32               │ channel: recv ends not yet released
//    64 ├────────────────────────────────────────┤
//       │ block                i32               │ start of the heap block the body sits in (it is 64-aligned inside it)
//    68 ├────────────────────────────────────────┤
//       │ ring_slots           i32               │ queue: RingSlots in the ring, a power of two; 0 for a channel
//   128 ├────────────────────────────────────────┤
//       │ enq_pos              i32               │ ring: next position a put claims (31 bits), bit 31 RING_CLOSED: puts go to the list
//   132 ├────────────────────────────────────────┤
//       │ put_seq              i32               │ futex word bumped by a put (and a close) when a getter sleeps; getters wait on it
//   192 ├────────────────────────────────────────┤
//       │ deq_pos              i32               │ ring: next position a get claims (31 bits), bit 31 RING_CLOSED: gets take the mutex
//   196 ├────────────────────────────────────────┤
//       │ get_seq              i32               │ futex word bumped by a get (withdrawal, close) when a putter sleeps; putters wait on it
//   256 ├────────────────────────────────────────┤
//       │ get_waiters          i32               │ queue: 1 if a getter may sleep on put_seq (the put that wakes them clears it); channel: receivers waiting
//   260 ├────────────────────────────────────────┤
//       │ put_waiters          i32               │ queue: 1 if a putter may sleep on get_seq (the get that wakes them clears it); channel: senders waiting
//   320 └────────────────────────────────────────┘
//       ┆ slots                u8[]              ┆ at 320: queue: ring_slots RingSlots
//
// RingSlot:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ seq                  i32               │ position this slot is free for (pos) or holds the item of (pos + 1), mod 2^31
//     4 ├────────────────────────────────────────┤
//       │ interpid             i32               │ id of the interpreter that put the item (-1: none)
//     8 ├────────────────────────────────────────┤
//       │ meta                 i32               │ UNBOUND_* rule | ITEM_FLAG_* bits << 8 | bytes of inline data << 16
//    12 ├────────────────────────────────────────┤
//       │ item                 i32               │ an XIDataItem block holding the data; 0: the data is inline
//    16 ├────────────────────────────────────────┤
//       │ data                 u8[112]           │ the encoded object, when it fits (8-aligned in the heap)
//   128 └────────────────────────────────────────┘
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

/**
 * A queue or a channel. Line 0 holds what the mutex guards (the overflow list of XIDataItem,
 * the spare blocks, a channel's state); a queue's ring of RingSlot follows, inline, with its
 * producer cursor, consumer cursor and waiter counts each on a cache line of its own (the
 * body is 64-aligned), so a putter and a getter share only the slot they hand over.
 * @beta
 */
export const QUEUE_BODY = defineLayout('QueueBody', [
  { name: 'mutex', type: 'i32', doc: 'guards the list, the spare blocks and the channel fields: 0 free, 1 locked, 2 contended' },
  { name: 'kind', type: 'i32', doc: 'KIND_QUEUE or KIND_CHANNEL' },
  { name: 'id', type: 'i32', doc: 'its id in the registry' },
  { name: 'refcount', type: 'i32', doc: 'holders: end objects and items in flight that name it' },
  { name: 'maxsize', type: 'i32', doc: 'queue: most items held, 0 unbounded' },
  { name: 'unbounditems', type: 'i32', doc: 'default UNBOUND_* rule of items put without one' },
  { name: 'count', type: 'i32', doc: 'items on the list (a queue adds those in its ring)' },
  { name: 'head', type: 'i32', doc: 'first item of the list (taken next); 0 when empty' },
  { name: 'tail', type: 'i32', doc: 'last item of the list; 0 when empty' },
  { name: 'spare_head', type: 'i32', doc: 'queue: recycled small item blocks (a list through next)' },
  { name: 'spare_count', type: 'i32', doc: 'queue: blocks on the spare list, at most SPARE_ITEMS_MAX' },
  { name: 'status', type: 'i32', doc: 'channel: CHANNEL_OPEN, CHANNEL_CLOSING or CHANNEL_CLOSED' },
  { name: 'next_ticket', type: 'i32', doc: "channel: the next send's ticket" },
  { name: 'taken_ticket', type: 'i32', doc: 'channel: ticket of the last item received' },
  { name: 'send_ends', type: 'i32', doc: 'channel: send ends not yet released' },
  { name: 'recv_ends', type: 'i32', doc: 'channel: recv ends not yet released' },
  { name: 'block', type: 'i32', doc: 'start of the heap block the body sits in (it is 64-aligned inside it)' },
  { name: 'ring_slots', type: 'i32', doc: 'queue: RingSlots in the ring, a power of two; 0 for a channel' },
  { name: 'enq_pos', type: 'i32', alignBytes: 64, doc: 'ring: next position a put claims (31 bits), bit 31 RING_CLOSED: puts go to the list' },
  { name: 'put_seq', type: 'i32', doc: 'futex word bumped by a put (and a close) when a getter sleeps; getters wait on it' },
  { name: 'deq_pos', type: 'i32', alignBytes: 64, doc: 'ring: next position a get claims (31 bits), bit 31 RING_CLOSED: gets take the mutex' },
  { name: 'get_seq', type: 'i32', doc: 'futex word bumped by a get (withdrawal, close) when a putter sleeps; putters wait on it' },
  { name: 'get_waiters', type: 'i32', alignBytes: 64, doc: 'queue: 1 if a getter may sleep on put_seq (the put that wakes them clears it); channel: receivers waiting' },
  { name: 'put_waiters', type: 'i32', doc: 'queue: 1 if a putter may sleep on get_seq (the get that wakes them clears it); channel: senders waiting' },
  { name: 'slots', type: 'u8', count: 0, alignBytes: 64, doc: 'queue: ring_slots RingSlots' },
]);

/**
 * One slot of a queue's ring (Vyukov's bounded MPMC queue): `seq` says whose turn it is —
 * `pos` free for the put claiming position pos, `pos + 1` holding that put's item, `pos +
 * ring_slots` free again for the lap after; an item of up to RING_DATA_BYTES is written into
 * the slot, a larger one into its own XIDataItem block that `item` points to.
 * @internal
 */
export const RING_SLOT = defineLayout('RingSlot', [
  { name: 'seq', type: 'i32', doc: 'position this slot is free for (pos) or holds the item of (pos + 1), mod 2^31' },
  { name: 'interpid', type: 'i32', doc: 'id of the interpreter that put the item (-1: none)' },
  { name: 'meta', type: 'i32', doc: 'UNBOUND_* rule | ITEM_FLAG_* bits << 8 | bytes of inline data << 16' },
  { name: 'item', type: 'i32', doc: 'an XIDataItem block holding the data; 0: the data is inline' },
  { name: 'data', type: 'u8', count: 112, doc: 'the encoded object, when it fits (8-aligned in the heap)' },
]);

/** Bytes of encoded data a ring slot holds inline (a 100-byte bytes object fits). @internal */
export const RING_DATA_BYTES = RING_SLOT.fields[4].sizeBytes;
/** RingSlot.meta: the unbound rule in bits 0-7, ITEM_FLAG_* bits from here, inline data bytes from RING_META_SIZE_SHIFT. @internal */
export const RING_META_FLAGS_SHIFT = 8;
/** RingSlot.meta: bytes of inline data from this bit. @internal */
export const RING_META_SIZE_SHIFT = 16;
/** Bit 31 of enq_pos / deq_pos: the ring is closed to puts (list mode) / to gets (being drained into the list). @internal */
export const RING_CLOSED = 0x80000000 | 0;
/** Ring positions run modulo 2^31. @internal */
export const RING_POS_MASK = 0x7fffffff;
/** Slots of a bounded queue's ring: the next power of two ≥ maxsize, at most this. @internal */
export const RING_SLOTS_MAX = 1024;
/** Slots of an unbounded queue's ring; beyond them, items overflow to the list. @internal */
export const RING_SLOTS_UNBOUNDED = 256;

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
