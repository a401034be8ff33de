// The general allocator under the small-object allocator: boundary-tagged blocks between
// heapStart and top, free lists binned by size, free neighbours coalesced, and the heap
// grown on demand. It plays the part of the system malloc that CPython's obmalloc gets its
// arenas from and hands requests over 512 bytes to (_PyMem_RawMalloc in Objects/obmalloc.c).
// Every function here expects the caller to hold the heap lock.
// NON-CPYTHON: CPython leaves this to the C library's malloc; a worker thread has none that
// other threads can see, so the heap carries its own.

import { AllocatorError } from './errors.js';
import type { Heap } from './heap.js';
import { HEAP_HEADER, LARGE_BLOCK, LARGE_FREE_BINS, LARGE_INUSE, LARGE_MIN_BLOCK } from './heap.layout.js';

const H = HEAP_HEADER.offsetWords;
const TAG = LARGE_BLOCK.offsetWords.tag;
const REQUESTED = LARGE_BLOCK.offsetWords.requestedBytes;
const NEXT_FREE = LARGE_BLOCK.offsetWords.nextFree;
const PREV_FREE = LARGE_BLOCK.offsetWords.prevFree;
/** Bytes in front of a large block's payload. */
export const LARGE_OVERHEAD = LARGE_BLOCK.sizeBytes;
/** Bytes a large block needs beyond its payload: the header and the footer. */
const TAGS_BYTES = LARGE_OVERHEAD + 4;
const SIZE_MASK = ~15;

/** Size in bytes of the block that holds a request of `n` bytes. */
export function largeBlockSizeFor(n: number): number {
  return Math.max(LARGE_MIN_BLOCK, Math.ceil((n + TAGS_BYTES) / 16) * 16);
}

/** The free bin of a block of `sizeBytes` bytes: [2^(b+5), 2^(b+6)) goes to bin b. */
export function largeBinOf(sizeBytes: number): number {
  return Math.min(LARGE_FREE_BINS - 1, 26 - Math.clz32(sizeBytes));
}

function setTags(i32: Int32Array, block: number, tag: number): void {
  i32[(block >> 2) + TAG] = tag;
  i32[(block + (tag & SIZE_MASK) - 4) >> 2] = tag;
}

function unlinkFree(i32: Int32Array, block: number): void {
  const w = block >> 2;
  const next = i32[w + NEXT_FREE];
  const prev = i32[w + PREV_FREE];
  if (prev !== 0) i32[(prev >> 2) + NEXT_FREE] = next;
  else i32[H.freeBins + largeBinOf(i32[w + TAG] & SIZE_MASK)] = next;
  if (next !== 0) i32[(next >> 2) + PREV_FREE] = prev;
}

function insertFree(i32: Int32Array, block: number, sizeBytes: number): void {
  const w = block >> 2;
  setTags(i32, block, sizeBytes);
  const bin = H.freeBins + largeBinOf(sizeBytes);
  const head = i32[bin];
  i32[w + NEXT_FREE] = head;
  i32[w + PREV_FREE] = 0;
  if (head !== 0) i32[(head >> 2) + PREV_FREE] = block;
  i32[bin] = block;
}

/** Allocates a block of `sizeBytes` (already rounded) and returns its start, or 0. */
function takeBlock(heap: Heap, sizeBytes: number): number {
  const i32 = heap.i32;
  for (let bin = largeBinOf(sizeBytes); bin < LARGE_FREE_BINS; bin++) {
    for (let block = i32[H.freeBins + bin]; block !== 0; block = i32[(block >> 2) + NEXT_FREE]) {
      const have = i32[(block >> 2) + TAG] & SIZE_MASK;
      if (have < sizeBytes) continue;
      unlinkFree(i32, block);
      if (have - sizeBytes >= LARGE_MIN_BLOCK) {
        insertFree(i32, block + sizeBytes, have - sizeBytes);
        setTags(i32, block, sizeBytes | LARGE_INUSE);
      } else {
        setTags(i32, block, have | LARGE_INUSE);
      }
      return block;
    }
  }
  // Nothing free fits: carve from the wilderness, growing the buffer if need be.
  const top = i32[H.top];
  if (top + sizeBytes > i32[H.maxBytes] || !heap.ensureCapacity(top + sizeBytes)) return 0;
  const grown = heap.i32;
  grown[H.top] = top + sizeBytes;
  if (top + sizeBytes > grown[H.topHighWater]) grown[H.topHighWater] = top + sizeBytes;
  setTags(grown, top, sizeBytes | LARGE_INUSE);
  return top;
}

/** Frees the in-use block at `block`, coalescing with free neighbours and the wilderness. */
function releaseBlock(i32: Int32Array, block: number): void {
  let start = block;
  let sizeBytes = i32[(block >> 2) + TAG] & SIZE_MASK;
  const top = i32[H.top];
  const next = start + sizeBytes;
  if (next < top) {
    const nextTag = i32[(next >> 2) + TAG];
    if ((nextTag & LARGE_INUSE) === 0) {
      unlinkFree(i32, next);
      sizeBytes += nextTag & SIZE_MASK;
    }
  }
  if (start > i32[H.heapStart]) {
    const prevTag = i32[(start - 4) >> 2];
    if ((prevTag & LARGE_INUSE) === 0) {
      start -= prevTag & SIZE_MASK;
      unlinkFree(i32, start);
      sizeBytes += prevTag & SIZE_MASK;
    }
  }
  if (start + sizeBytes === top) {
    i32[H.top] = start;
  } else {
    insertFree(i32, start, sizeBytes);
  }
}

/** Checks that `payload` is the payload of an in-use large block; returns the block start. */
function blockOf(heap: Heap, payload: number, what: string): number {
  const i32 = heap.i32;
  const block = payload - LARGE_OVERHEAD;
  if ((payload & 15) !== 0 || block < i32[H.heapStart] || block >= i32[H.top]) {
    throw new AllocatorError('invalid-pointer', `${what} of offset ${payload}, which is not a block of this heap`, payload);
  }
  const tag = i32[(block >> 2) + TAG];
  const sizeBytes = tag & SIZE_MASK;
  if ((tag & LARGE_INUSE) === 0 || sizeBytes < LARGE_MIN_BLOCK || block + sizeBytes > i32[H.top] || i32[(block + sizeBytes - 4) >> 2] !== tag) {
    throw new AllocatorError('invalid-pointer', `${what} of offset ${payload}, which is not a live block (freed twice, or never allocated)`, payload);
  }
  return block;
}

/**
 * Allocates a block whose payload holds `n` bytes; returns the payload offset, or 0 when the
 * heap is at its maximum. `counted` blocks are user blocks (not arenas) and enter the statistics.
 */
export function generalMalloc(heap: Heap, n: number, counted: boolean): number {
  heap.refresh();
  if (n > heap.i32[H.maxBytes]) return 0;
  const block = takeBlock(heap, largeBlockSizeFor(n));
  if (block === 0) return 0;
  const i32 = heap.i32;
  i32[(block >> 2) + REQUESTED] = n;
  if (counted) {
    i32[H.largeBlocks]++;
    i32[H.largeBytes] += n;
  }
  return block + LARGE_OVERHEAD;
}

/** Frees the large block whose payload is at `payload`. */
export function generalFree(heap: Heap, payload: number, counted: boolean): void {
  heap.refresh();
  const block = blockOf(heap, payload, 'free');
  const i32 = heap.i32;
  if (counted) {
    i32[H.largeBlocks]--;
    i32[H.largeBytes] -= i32[(block >> 2) + REQUESTED];
  }
  releaseBlock(i32, block);
}

/** Bytes requested for the large block at `payload`. */
export function generalRequestedBytes(heap: Heap, payload: number): number {
  heap.refresh();
  return heap.i32[((payload - LARGE_OVERHEAD) >> 2) + REQUESTED];
}

/**
 * Resizes the large block at `payload` to hold `n` bytes: in place when it shrinks, when
 * the next block is free and big enough, or when the block ends at top; otherwise moves it.
 * Returns the new payload, or 0 (and the old block untouched) when the heap is full.
 */
export function generalRealloc(heap: Heap, payload: number, n: number): number {
  heap.refresh();
  let i32 = heap.i32;
  const block = blockOf(heap, payload, 'realloc');
  const w = block >> 2;
  const oldRequested = i32[w + REQUESTED];
  if (n > i32[H.maxBytes]) return 0;
  const need = largeBlockSizeFor(n);
  let have = i32[w + TAG] & SIZE_MASK;
  const next = block + have;
  const top = i32[H.top];
  if (need > have && next === top) {
    if (block + need > i32[H.maxBytes] || !heap.ensureCapacity(block + need)) return moveBlock(heap, payload, n, oldRequested);
    i32 = heap.i32;
    i32[H.top] = block + need;
    if (block + need > i32[H.topHighWater]) i32[H.topHighWater] = block + need;
    have = need;
    setTags(i32, block, have | LARGE_INUSE);
  } else if (need > have) {
    const nextTag = next < top ? i32[(next >> 2) + TAG] : LARGE_INUSE;
    if ((nextTag & LARGE_INUSE) !== 0 || have + (nextTag & SIZE_MASK) < need) return moveBlock(heap, payload, n, oldRequested);
    unlinkFree(i32, next);
    have += nextTag & SIZE_MASK;
    setTags(i32, block, have | LARGE_INUSE);
  }
  // The block is now big enough; give back a tail worth keeping.
  if (have - need >= LARGE_MIN_BLOCK) {
    setTags(i32, block, need | LARGE_INUSE);
    setTags(i32, block + need, (have - need) | LARGE_INUSE);
    releaseBlock(i32, block + need);
  }
  i32[w + REQUESTED] = n;
  i32[H.largeBytes] += n - oldRequested;
  return payload;
}

function moveBlock(heap: Heap, payload: number, n: number, oldRequested: number): number {
  const moved = generalMalloc(heap, n, true);
  if (moved === 0) return 0;
  heap.u8.copyWithin(moved, payload, payload + Math.min(n, oldRequested));
  generalFree(heap, payload, true);
  return moved;
}
