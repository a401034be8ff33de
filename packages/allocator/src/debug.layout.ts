// The bytes the debug hooks put around every block (CPython's PYMEM_DEBUG_EXTRA_BYTES in
// Objects/obmalloc.c: size, api id, PYMEM_FORBIDDENBYTE guards before and after the data).
// debug.layout.test.ts checks the diagram against the derived offsets.
//
//   inner block ──► ┌──────────────────────────────┐
//                   │ DEBUG_HEADER (32 bytes)      │
//   data ─────────► ├──────────────────────────────┤  offset returned to the caller
//                   │ sizeBytes of data            │  0xCD when allocated, 0xDD when freed
//                   ├──────────────────────────────┤
//                   │ 16 guard bytes 0xFD          │  trailing guard (overrun check)
//                   └──────────────────────────────┘

import { defineLayout } from './layout.js';

/** Filled into new blocks (CPython's PYMEM_CLEANBYTE). @public */
export const PYMEM_CLEANBYTE = 0xcd;
/** Filled into freed blocks (CPython's PYMEM_DEADBYTE). @public */
export const PYMEM_DEADBYTE = 0xdd;
/** Guard bytes around every block (CPython's PYMEM_FORBIDDENBYTE). @public */
export const PYMEM_FORBIDDENBYTE = 0xfd;
/** Guard bytes after the data. @internal */
export const DEBUG_TRAILER_BYTES = 16;
/** Status byte of a live block. @internal */
export const DEBUG_ALIVE = 0xa1;
/** Status byte of a block freed through the debug hooks. @internal */
export const DEBUG_FREED = 0xf7;

/** Diagram of the debug header; checked against DEBUG_HEADER by a test. @internal */
export const DEBUG_HEADER_DIAGRAM = `
  ┌──────┬──────────────────────────────────────────────────────────┐
  │ byte │ field                                                    │
  ├──────┼──────────────────────────────────────────────────────────┤
  │    0 │ reserved            the inner allocator's free list link │
  │    4 │ sizeBytes           bytes requested                      │
  │    8 │ owner               interpreter id                       │
  │   12 │ tags                domain | status << 8                 │
  │   16 │ guard[4]            16 × PYMEM_FORBIDDENBYTE             │
  │   32 │ (end)               the data follows                     │
  └──────┴──────────────────────────────────────────────────────────┘`;

/** The header the debug hooks put in front of every block. @internal */
export const DEBUG_HEADER = defineLayout([
  { name: 'reserved', doc: 'left alone: the inner allocator links freed blocks through it' },
  { name: 'sizeBytes', doc: 'bytes the caller asked for' },
  { name: 'owner', doc: 'id of the interpreter that allocated the block' },
  { name: 'tags', doc: 'the domain (byte 0) and DEBUG_ALIVE or DEBUG_FREED (byte 1)' },
  { name: 'guard', words: 4, doc: 'PYMEM_FORBIDDENBYTE × 16, checked for underruns' },
]);
