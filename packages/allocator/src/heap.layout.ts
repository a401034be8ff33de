// The bytes of a pergil heap: the heap header, the obmalloc state, arena objects, pool
// headers and large-block tags, each declared once as data (CPython's Objects/obmalloc.c
// and Include/internal/pycore_obmalloc.h: `struct pool_header`, `struct arena_object`,
// `usedpools`). heap.layout.test.ts checks every diagram below against the derived offsets.
//
// The heap as a whole (one growable SharedArrayBuffer; offsets are addresses, 0 is NULL):
//
//   0                 HEAP_HEADER.sizeBytes   pagemapOffset   arenasOffset    heapStart        top          byteLength    maxBytes
//   ┌─────────────────┬──────────────────────┬───────────────┬───────────────┬────────────────┬────────────┬─ ─ ─ ─ ─ ─ ┐
//   │ heap header     │ obmalloc states [2]  │ pagemap (u8   │ arena objects │ blocks: large  │ wilderness │ grow() room │
//   │ (lock, top, …)  │ (usedpools, arenas)  │ per pool page)│ (one per slot)│ blocks, arenas │            │             │
//   └─────────────────┴──────────────────────┴───────────────┴───────────────┴────────────────┴────────────┴─ ─ ─ ─ ─ ─ ┘
//
// The obmalloc states are part of the header (the field `obmalloc`), drawn apart for
// clarity. Arenas are large blocks carved into pools; each pool holds blocks of one size class.
// NON-CPYTHON: a flat pagemap (one byte per 16 KiB page of the maximum heap) says which pages
// are pools, where CPython uses its arena radix tree (or address_in_range) for the same test.

import { defineLayout } from './layout.js';

/** Alignment of every block, in bytes (CPython's ALIGNMENT on 64-bit). @public */
export const ALIGNMENT = 16;
/** log2(ALIGNMENT): a request of n bytes is in size class (n - 1) shifted right by ALIGNMENT_SHIFT. @public */
export const ALIGNMENT_SHIFT = 4;
/** Largest request served from pools; larger ones go to the general allocator (CPython's SMALL_REQUEST_THRESHOLD). @public */
export const SMALL_REQUEST_THRESHOLD = 512;
/** Number of size classes: 16, 32, …, 512 bytes (CPython's NB_SMALL_SIZE_CLASSES). @public */
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD >> ALIGNMENT_SHIFT;
/** log2(POOL_SIZE). @public */
export const POOL_BITS = 14;
/** Size of a pool in bytes; pools are aligned to it, so a block's pool is `offset & ~POOL_SIZE_MASK` (CPython's POOL_SIZE). @public */
export const POOL_SIZE = 1 << POOL_BITS;
/** POOL_SIZE - 1. @public */
export const POOL_SIZE_MASK = POOL_SIZE - 1;
/** Default size of an arena in bytes (CPython's ARENA_SIZE with the radix tree: 1 MiB). @public */
export const DEFAULT_ARENA_SIZE = 1 << 20;
/** Magic word at offset 0 of every heap ("PGHP"). @internal */
export const HEAP_MAGIC = 0x50474850;
/** Version of this layout; a heap of another version is refused by Heap.attach. @internal */
export const HEAP_VERSION = 2;
/** Number of obmalloc states in a heap: MAIN (mem and obj domains, under the GIL) and RAW (locked). @internal */
export const OBMALLOC_STATE_COUNT = 2;
/** Number of free-list bins of the general allocator: bin b holds free blocks of [2^(b+5), 2^(b+6)) bytes. @internal */
export const LARGE_FREE_BINS = 27;
/** Smallest large block, in bytes (tag, footer and the two free-list links fit). @internal */
export const LARGE_MIN_BLOCK = 32;
/** Bit 0 of a large block's tag: the block is in use. @internal */
export const LARGE_INUSE = 1;

/** Diagram of one obmalloc state (CPython's `struct _obmalloc_pools` + `usable_arenas`). @internal */
export const OBMALLOC_STATE_DIAGRAM = `
  ┌──────┬──────────────────────────────────────────────────────────┐
  │ byte │ field                                                    │
  ├──────┼──────────────────────────────────────────────────────────┤
  │    0 │ usedpools[32]       per size class: a pool with a free   │
  │      │                     block (doubly linked list), or 0     │
  │  128 │ usableArenas        arenas with free pools (index + 1)   │
  │  132 │ (end)                                                    │
  └──────┴──────────────────────────────────────────────────────────┘`;

/** One obmalloc state; the heap header holds OBMALLOC_STATE_COUNT of them. @internal */
export const OBMALLOC_STATE = defineLayout([
  { name: 'usedpools', words: NB_SMALL_SIZE_CLASSES, doc: 'per size class, the head of the list of partly used pools (0 = none)' },
  { name: 'usableArenas', doc: 'list of arenas with an empty or never-used pool (index + 1, 0 = none)' },
]);

/** Diagram of the heap header; checked against HEAP_HEADER by a test. @internal */
export const HEAP_HEADER_DIAGRAM = `
  ┌──────┬──────────────────────────────────────────────────────────┐
  │ byte │ field                                                    │
  ├──────┼──────────────────────────────────────────────────────────┤
  │    0 │ magic               "PGHP"                               │
  │    4 │ version                                                  │
  │    8 │ mutex               0 free, 1 locked, 2 locked + waiters │
  │   12 │ maxBytes                                                 │
  │   16 │ arenaSizeBytes                                           │
  │   20 │ pagemapOffset                                            │
  │   24 │ pagemapBytes                                             │
  │   28 │ arenasOffset                                             │
  │   32 │ arenaSlots                                               │
  │   36 │ heapStart                                                │
  │   40 │ top                 end of the block region              │
  │   44 │ topHighWater                                             │
  │   48 │ unusedArenas        free arena-slot list (index + 1)     │
  │   52 │ narenas                                                  │
  │   56 │ narenasHighWater                                         │
  │   60 │ largeBlocks         large blocks in use                  │
  │   64 │ largeBytes          bytes requested by them              │
  │   68 │ freeBins[27]        heads of the large free lists        │
  │  176 │ obmalloc[66]        OBMALLOC_STATE × 2                   │
  │  440 │ root                the owner's root struct, 0 = none    │
  │  444 │ (end)                                                    │
  └──────┴──────────────────────────────────────────────────────────┘`;

/** The heap header at offset 0 of every heap. @internal */
export const HEAP_HEADER = defineLayout([
  { name: 'magic', doc: 'HEAP_MAGIC; Heap.attach refuses anything else' },
  { name: 'version', doc: 'HEAP_VERSION' },
  { name: 'mutex', doc: 'the heap lock (PyMutex-like): 0 free, 1 locked, 2 locked with waiters' },
  { name: 'maxBytes', doc: 'the SharedArrayBuffer\'s maxByteLength' },
  { name: 'arenaSizeBytes', doc: 'size of each arena (a multiple of POOL_SIZE)' },
  { name: 'pagemapOffset', doc: 'byte offset of the pagemap: one u8 per POOL_SIZE page, 0 or 1 + obmalloc state index' },
  { name: 'pagemapBytes', doc: 'length of the pagemap in bytes' },
  { name: 'arenasOffset', doc: 'byte offset of the arena-object table' },
  { name: 'arenaSlots', doc: 'number of arena objects in the table' },
  { name: 'heapStart', doc: 'byte offset of the first large block' },
  { name: 'top', doc: 'end of the block region; [top, byteLength) is unused' },
  { name: 'topHighWater', doc: 'highest value top ever had' },
  { name: 'unusedArenas', doc: 'list of unused arena objects (index + 1, 0 = empty), linked by nextarena' },
  { name: 'narenas', doc: 'arenas currently allocated' },
  { name: 'narenasHighWater', doc: 'most arenas ever allocated at once' },
  { name: 'largeBlocks', doc: 'large blocks in use, arenas excluded' },
  { name: 'largeBytes', doc: 'bytes requested by the large blocks in use' },
  { name: 'freeBins', words: LARGE_FREE_BINS, doc: 'heads of the general allocator\'s free lists, by size' },
  { name: 'obmalloc', words: OBMALLOC_STATE_COUNT * OBMALLOC_STATE.sizeWords, doc: 'the OBMALLOC_STATE of MAIN, then of RAW' },
  { name: 'root', doc: 'offset of the heap owner\'s root struct (a runtime or interpreter state), 0 = none yet' },
]);

/** Diagram of an arena object (CPython's `struct arena_object`). @internal */
export const ARENA_OBJECT_DIAGRAM = `
  ┌──────┬──────────────────────────────────────────────────────────┐
  │ byte │ field                                                    │
  ├──────┼──────────────────────────────────────────────────────────┤
  │    0 │ address             payload of the arena's large block   │
  │    4 │ poolAddress         next never-used pool                 │
  │    8 │ nfreepools                                               │
  │   12 │ ntotalpools                                              │
  │   16 │ freepools           empty pools, linked by nextpool      │
  │   20 │ nextarena           index + 1, 0 = end                   │
  │   24 │ prevarena           index + 1, 0 = start                 │
  │   28 │ owner               obmalloc state index                 │
  │   32 │ (end)                                                    │
  └──────┴──────────────────────────────────────────────────────────┘`;

/** An arena object in the table at arenasOffset. @internal */
export const ARENA_OBJECT = defineLayout([
  { name: 'address', doc: 'payload offset of the arena\'s large block; 0 = slot unused' },
  { name: 'poolAddress', doc: 'offset of the next pool never carved from the arena' },
  { name: 'nfreepools', doc: 'empty pools plus never-used pools' },
  { name: 'ntotalpools', doc: 'pools the arena can hold' },
  { name: 'freepools', doc: 'singly linked list (by nextpool) of empty pools' },
  { name: 'nextarena', doc: 'next arena in usableArenas or unusedArenas (index + 1)' },
  { name: 'prevarena', doc: 'previous arena in usableArenas (index + 1)' },
  { name: 'owner', doc: 'index of the obmalloc state whose pools these are' },
]);

/** Diagram of a pool header (CPython's `struct pool_header`). @internal */
export const POOL_HEADER_DIAGRAM = `
  ┌──────┬──────────────────────────────────────────────────────────┐
  │ byte │ field                                                    │
  ├──────┼──────────────────────────────────────────────────────────┤
  │    0 │ ref                 blocks allocated                     │
  │    4 │ freeblock           head of the free-block list          │
  │    8 │ nextpool                                                 │
  │   12 │ prevpool                                                 │
  │   16 │ arenaindex                                               │
  │   20 │ szidx               size class                           │
  │   24 │ nextoffset          first never-used block               │
  │   28 │ maxnextoffset       last block start that fits           │
  │   32 │ (end)               blocks follow, POOL_OVERHEAD = 32    │
  └──────┴──────────────────────────────────────────────────────────┘`;

/** The header at the start of every pool. @internal */
export const POOL_HEADER = defineLayout([
  { name: 'ref', doc: 'number of allocated blocks' },
  { name: 'freeblock', doc: 'first free block (its first word links to the next), 0 = none' },
  { name: 'nextpool', doc: 'next pool in usedpools[szidx] or in the arena\'s freepools' },
  { name: 'prevpool', doc: 'previous pool in usedpools[szidx]' },
  { name: 'arenaindex', doc: 'index of the arena object' },
  { name: 'szidx', doc: 'size class: blocks are (szidx + 1) * ALIGNMENT bytes' },
  { name: 'nextoffset', doc: 'byte offset (from the pool) of the first block never handed out' },
  { name: 'maxnextoffset', doc: 'largest nextoffset at which a whole block still fits' },
]);

/** Diagram of a large block of the general allocator (boundary tags). @internal */
export const LARGE_BLOCK_DIAGRAM = `
  ┌──────┬──────────────────────────────────────────────────────────┐
  │ byte │ field                                                    │
  ├──────┼──────────────────────────────────────────────────────────┤
  │    0 │ tag                 size in bytes | LARGE_INUSE          │
  │    4 │ requestedBytes      what malloc was asked for            │
  │    8 │ nextFree            free blocks only                     │
  │   12 │ prevFree            free blocks only                     │
  │   16 │ (end)               payload; the last 4 bytes of the     │
  │      │                     block repeat the tag (footer)        │
  └──────┴──────────────────────────────────────────────────────────┘`;

/** The tag in front of every large block's payload. @internal */
export const LARGE_BLOCK = defineLayout([
  { name: 'tag', doc: 'block size in bytes (header, payload, footer; a multiple of 16) | LARGE_INUSE' },
  { name: 'requestedBytes', doc: 'bytes requested by malloc, for realloc and statistics' },
  { name: 'nextFree', doc: 'next block in the same free bin (free blocks only)' },
  { name: 'prevFree', doc: 'previous block in the same free bin (free blocks only)' },
]);
