// Debug hooks around any allocator (CPython's PYTHONMALLOC=debug, _PyMem_DebugMalloc and
// friends in Objects/obmalloc.c): guard bytes on both sides, fill patterns on allocation and
// free, a domain and owner tag per block, and errors for double free, overrun, underrun and
// free in the wrong domain.
// NON-CPYTHON: the header records the owner (interpreter id) where CPython keeps a serial
// number, and realloc always moves the block (CPython's may resize in place).

import { DOMAIN_NAMES } from './allocator.js';
import type { Allocator, PyMemAllocatorDomain } from './allocator.js';
import {
  DEBUG_ALIVE,
  DEBUG_FREED,
  DEBUG_HEADER,
  DEBUG_TRAILER_BYTES,
  PYMEM_CLEANBYTE,
  PYMEM_DEADBYTE,
  PYMEM_FORBIDDENBYTE,
} from './debug.layout.js';
import { AllocatorError } from './errors.js';
import type { Heap } from './heap.js';
import { fillBytes } from './memfill.js';
import { checkHeap } from './verify.js';

const SIZE_WORD = DEBUG_HEADER.offsetWords.sizeBytes;
const OWNER_WORD = DEBUG_HEADER.offsetWords.owner;
const TAGS_WORD = DEBUG_HEADER.offsetWords.tags;
const GUARD_WORD_AT = DEBUG_HEADER.offsetWords.guard;
const HEADER_BYTES = DEBUG_HEADER.sizeBytes;
const GUARD_AT = GUARD_WORD_AT * 4;
const GUARD_BYTES = HEADER_BYTES - GUARD_AT;
const MAX_REQUEST = 0x7fffffff - HEADER_BYTES - DEBUG_TRAILER_BYTES;
const GUARD_WORD = Math.imul(PYMEM_FORBIDDENBYTE, 0x01010101);

/** Bytes the debug hooks add to every block. @public */
export const DEBUG_EXTRA_BYTES = HEADER_BYTES + DEBUG_TRAILER_BYTES;

/**
 * Wraps an allocator with CPython's debug hooks. Each domain gets its own wrapper (it tags
 * blocks with its domain and refuses blocks of another); `owner` is the interpreter id
 * recorded in every block. Errors are thrown as {@link AllocatorError}.
 * @public
 */
export class DebugAllocator implements Allocator {
  /** The heap the inner allocator serves. */
  readonly heap: Heap;
  /** The allocator being checked. */
  readonly inner: Allocator;
  /** The domain this wrapper serves. */
  readonly domain: PyMemAllocatorDomain;
  /** Interpreter id written into every block allocated here. */
  readonly owner: number;

  constructor(heap: Heap, inner: Allocator, domain: PyMemAllocatorDomain, owner = 0) {
    this.heap = heap;
    this.inner = inner;
    this.domain = domain;
    this.owner = owner;
  }

  /** Allocates `sizeBytes` bytes; returns the offset, or 0 when the heap is full. */
  malloc(sizeBytes: number): number {
    if (!(sizeBytes >= 0 && sizeBytes <= MAX_REQUEST)) return 0;
    sizeBytes = Math.ceil(sizeBytes);
    const base = this.inner.malloc(sizeBytes + DEBUG_EXTRA_BYTES);
    if (base === 0) return 0;
    const heap = this.heap;
    const data = base + HEADER_BYTES;
    const end = data + sizeBytes;
    if (end + DEBUG_TRAILER_BYTES > heap.viewBytes) heap.refresh();
    const i32 = heap.i32;
    const w = base >> 2;
    i32[w + SIZE_WORD] = sizeBytes;
    i32[w + OWNER_WORD] = this.owner;
    i32[w + TAGS_WORD] = this.domain | (DEBUG_ALIVE << 8);
    for (let k = 0; k < GUARD_BYTES >> 2; k++) i32[w + GUARD_WORD_AT + k] = GUARD_WORD;
    const u8 = heap.u8;
    fillBytes(u8, i32, PYMEM_CLEANBYTE, data, end);
    for (let at = end; at < end + DEBUG_TRAILER_BYTES; at++) u8[at] = PYMEM_FORBIDDENBYTE;
    return data;
  }

  /** Allocates `nelem * elsize` zeroed bytes; 0 when the heap is full or the size overflows. */
  calloc(nelem: number, elsize: number): number {
    if (!(nelem >= 0 && elsize >= 0) || nelem * elsize > MAX_REQUEST) return 0;
    const sizeBytes = nelem * elsize;
    const data = this.malloc(sizeBytes);
    if (data !== 0) fillBytes(this.heap.u8, this.heap.i32, 0, data, data + sizeBytes);
    return data;
  }

  /** Resizes the block at `offset`, keeping its contents; 0 (old block intact) on failure. */
  realloc(offset: number, sizeBytes: number): number {
    if (offset === 0) return this.malloc(sizeBytes);
    const oldBytes = this.check(offset, 'realloc');
    const moved = this.malloc(sizeBytes);
    if (moved === 0) return 0;
    this.heap.u8.copyWithin(moved, offset, offset + Math.min(oldBytes, sizeBytes));
    this.free(offset);
    return moved;
  }

  /** Frees the block at `offset` (0 is ignored). */
  free(offset: number): void {
    if (offset === 0) return;
    const sizeBytes = this.check(offset, 'free');
    const heap = this.heap;
    const base = offset - HEADER_BYTES;
    heap.i32[(base >> 2) + TAGS_WORD] = this.domain | (DEBUG_FREED << 8);
    fillBytes(heap.u8, heap.i32, PYMEM_DEADBYTE, offset, offset + sizeBytes);
    this.inner.free(base);
  }

  /** cpython: _PyMem_DebugCheckAddress(): checks a block and returns its size. */
  private check(offset: number, what: string): number {
    const heap = this.heap;
    if (offset > heap.viewBytes - DEBUG_TRAILER_BYTES) heap.refresh();
    const base = offset - HEADER_BYTES;
    if ((offset & 15) !== 0 || base <= 0 || offset > heap.viewBytes - DEBUG_TRAILER_BYTES) {
      throw new AllocatorError('invalid-pointer', `${what} of offset ${offset}, which is not a block of this heap`, offset);
    }
    const i32 = heap.i32;
    const u8 = heap.u8;
    const w = base >> 2;
    const sizeBytes = i32[w + SIZE_WORD];
    const tags = i32[w + TAGS_WORD];
    const status = (tags >> 8) & 0xff;
    const domain = tags & 0xff;
    if (status === DEBUG_FREED) {
      throw new AllocatorError('double-free', `${what} of an already freed ${describeBlock(i32, offset)}`, offset, sizeBytes);
    }
    for (let at = base + GUARD_AT; at < offset; at++) {
      if (u8[at] !== PYMEM_FORBIDDENBYTE) {
        throw new AllocatorError('underrun', `${what} of ${describeBlock(i32, offset)}: guard byte at offset ${at}, ${offset - at} before the data, was overwritten`, offset, sizeBytes);
      }
    }
    if (status !== DEBUG_ALIVE || sizeBytes < 0 || offset + sizeBytes + DEBUG_TRAILER_BYTES > heap.viewBytes) {
      heap.refresh();
    }
    if (status !== DEBUG_ALIVE || sizeBytes < 0 || offset + sizeBytes + DEBUG_TRAILER_BYTES > heap.viewBytes) {
      throw new AllocatorError('invalid-pointer', `${what} of offset ${offset}, which was not allocated through the debug hooks`, offset);
    }
    if (domain !== this.domain) {
      throw new AllocatorError(
        'wrong-domain',
        `${what} in domain ${DOMAIN_NAMES[this.domain]} of ${describeBlock(i32, offset)}, allocated in domain ${DOMAIN_NAMES[domain] ?? domain}`,
        offset,
        sizeBytes,
      );
    }
    const end = offset + sizeBytes;
    for (let at = end; at < end + DEBUG_TRAILER_BYTES; at++) {
      if (u8[at] !== PYMEM_FORBIDDENBYTE) {
        throw new AllocatorError('overrun', `${what} of ${describeBlock(i32, offset)}: guard byte at offset ${at}, ${at - end} past the end, was overwritten`, offset, sizeBytes);
      }
    }
    return sizeBytes;
  }
}

function describeBlock(i32: Int32Array, offset: number): string {
  const w = (offset - HEADER_BYTES) >> 2;
  const domain = i32[w + TAGS_WORD] & 0xff;
  return `block at offset ${offset} (size ${i32[w + SIZE_WORD]} bytes, domain ${DOMAIN_NAMES[domain] ?? domain}, owner ${i32[w + OWNER_WORD]})`;
}

/** A live block found by {@link leakReport}. @public */
export interface LiveBlock {
  /** Offset of the data, as malloc returned it. */
  readonly offset: number;
  /** Bytes requested. */
  readonly sizeBytes: number;
  /** Domain it was allocated in. */
  readonly domain: PyMemAllocatorDomain;
  /** Interpreter id of its owner. */
  readonly owner: number;
}

/**
 * Reads the debug header of the in-use inner block at `base` whose capacity is
 * `capacityBytes`; returns the live block it describes, or undefined if it holds none.
 * @internal
 */
export function debugBlockAt(heap: Heap, base: number, capacityBytes: number): LiveBlock | undefined {
  const i32 = heap.i32;
  const u8 = heap.u8;
  const w = base >> 2;
  const tags = i32[w + TAGS_WORD];
  const sizeBytes = i32[w + SIZE_WORD];
  const domain = tags & 0xff;
  if (((tags >> 8) & 0xff) !== DEBUG_ALIVE || domain > 2 || sizeBytes < 0 || sizeBytes + DEBUG_EXTRA_BYTES > capacityBytes) return undefined;
  for (let at = base + GUARD_AT; at < base + GUARD_AT + GUARD_BYTES; at++) if (u8[at] !== PYMEM_FORBIDDENBYTE) return undefined;
  return { offset: base + HEADER_BYTES, sizeBytes, domain: domain as PyMemAllocatorDomain, owner: i32[w + OWNER_WORD] };
}

/**
 * Lists the blocks allocated through debug hooks and not yet freed (CPython's leak
 * reports from tracemalloc / -X dev): offset, size, domain and owner of each. Call it
 * while no other thread allocates.
 * @public
 */
export function leakReport(heap: Heap): LiveBlock[] {
  const live: LiveBlock[] = [];
  checkHeap(heap, (offset, capacityBytes) => {
    const block = debugBlockAt(heap, offset, capacityBytes);
    if (block !== undefined) live.push(block);
  });
  return live.sort((a, b) => a.offset - b.offset);
}
