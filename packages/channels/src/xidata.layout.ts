// The cross-interpreter data format, declared once as data (CPython's `_PyCrossInterpreterData`,
// Include/internal/pycore_crossinterp.h): a self-describing encoding of the shareable kinds —
// one tag byte, then the kind's payload — written into one block of runtime memory.
//
//   NONE FALSE TRUE                    tag only
//   INT32      tag, i32                 ints in the signed 32-bit range
//   INT64      tag, i64                 other ints up to the signed 64-bit range
//   FLOAT      tag, f64
//   STR1/2/4   tag, u32 length, length × 1/2/4 bytes   PEP 393 kinds (Latin-1, UCS-2, UCS-4)
//   BYTES      tag, u32 length, 0-7 bytes of padding, bytes (the payload starts 8-aligned in the heap)
//   TUPLE/LIST tag, u32 count, count items
//   DICT       tag, u32 count, count × (key item, value item)
//   QUEUE, CHANNEL_SEND, CHANNEL_RECV   tag, i32 id (the item holds one reference)
//   registered tag (≥ XI_TAG_FIRST_REGISTERED), u32 size, size bytes
//
// Multi-byte numbers are little-endian and unaligned (read through a DataView).
//
// (diagrams: scripts/render-diagrams.mjs)
//
// XIDataItem:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ next                 i32               │ next item in its queue; 0 at the tail
//     4 ├────────────────────────────────────────┤
//       │ interpid             i32               │ id of the interpreter that put it (-1: none)
//     8 ├────────────────────────────────────────┤
//       │ unbound              i32               │ UNBOUND_* rule applied if that interpreter is destroyed
//    12 ├────────────────────────────────────────┤
//       │ flags                i32               │ ITEM_FLAG_* bits
//    16 ├────────────────────────────────────────┤
//       │ ticket               i32               │ a channel's send ticket (rendezvous)
//    20 ├────────────────────────────────────────┤
//       │ size_bytes           i32               │ bytes of encoded data that follow
//    24 └────────────────────────────────────────┘
//       ┆ data                 u8[]              ┆ at 24: the encoded object
//
// (end of diagrams)

import { defineLayout } from '@pergil/runtime-state';

/** Tags of the built-in shareable kinds (the first byte of every encoded object). @public */
export const XI_TAG = Object.freeze({
  NONE: 0,
  FALSE: 1,
  TRUE: 2,
  INT32: 3,
  INT64: 4,
  FLOAT: 5,
  STR1: 6,
  STR2: 7,
  STR4: 8,
  BYTES: 9,
  TUPLE: 10,
  LIST: 11,
  DICT: 12,
  QUEUE: 13,
  CHANNEL_SEND: 14,
  CHANNEL_RECV: 15,
});

/** First tag a registered (extension) kind may get; tags go up to 255. @public */
export const XI_TAG_FIRST_REGISTERED = 64;

/** Item flag: the data holds references to queues or channels, released when it is dropped. @internal */
export const ITEM_FLAG_HAS_REFS = 1;
/** Item flag: its interpreter was destroyed under the `'unbound'` rule; get returns UNBOUND. @internal */
export const ITEM_FLAG_UNBOUND = 2;
/** Item flag: its interpreter was destroyed under the `'error'` rule; get raises. @internal */
export const ITEM_FLAG_ERROR = 4;

/** Item flag: the block is SPARE_BLOCK_BYTES long and may be recycled by its queue. @internal */
export const ITEM_FLAG_SPARE = 8;

/** One item of a queue or channel: a header, then the encoded object. @beta */
export const XIDATA_ITEM = defineLayout('XIDataItem', [
  { name: 'next', type: 'i32', doc: 'next item in its queue; 0 at the tail' },
  { name: 'interpid', type: 'i32', doc: 'id of the interpreter that put it (-1: none)' },
  { name: 'unbound', type: 'i32', doc: 'UNBOUND_* rule applied if that interpreter is destroyed' },
  { name: 'flags', type: 'i32', doc: 'ITEM_FLAG_* bits' },
  { name: 'ticket', type: 'i32', doc: "a channel's send ticket (rendezvous)" },
  { name: 'size_bytes', type: 'i32', doc: 'bytes of encoded data that follow' },
  { name: 'data', type: 'u8', count: 0, doc: 'the encoded object' },
]);
