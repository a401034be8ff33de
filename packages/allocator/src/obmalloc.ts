// HOT PATH. pymalloc, CPython's small-object allocator (Objects/obmalloc.c): 32 size classes
// of 16..512 bytes, pools of one class, arenas of pools; larger requests go to the general
// allocator. malloc and free are written for the JIT: views and indices in fields read into
// locals, the size class by a shift, usedpools read at a fixed index, the pool found by
// masking, no allocation and no try in the fast path, everything else out of line. Keep it so.

import type { Allocator } from './allocator.js';
import { AllocatorError } from './errors.js';
import { generalFree, generalMalloc, generalRealloc } from './general.js';
import type { Heap } from './heap.js';
import { fillBytes } from './memfill.js';
import {
  ALIGNMENT_SHIFT,
  ARENA_OBJECT,
  HEAP_HEADER,
  OBMALLOC_STATE,
  POOL_BITS,
  POOL_HEADER,
  POOL_SIZE,
  POOL_SIZE_MASK,
  SMALL_REQUEST_THRESHOLD,
} from './heap.layout.js';

const H = HEAP_HEADER.offsetWords;
const S = OBMALLOC_STATE.offsetWords;
const A = ARENA_OBJECT.offsetWords;
const ARENA_WORDS = ARENA_OBJECT.sizeWords;
const REF = POOL_HEADER.offsetWords.ref;
const FREEBLOCK = POOL_HEADER.offsetWords.freeblock;
const NEXTPOOL = POOL_HEADER.offsetWords.nextpool;
const PREVPOOL = POOL_HEADER.offsetWords.prevpool;
const ARENAINDEX = POOL_HEADER.offsetWords.arenaindex;
const SZIDX = POOL_HEADER.offsetWords.szidx;
const NEXTOFFSET = POOL_HEADER.offsetWords.nextoffset;
const MAXNEXTOFFSET = POOL_HEADER.offsetWords.maxnextoffset;
/** Bytes at the start of a pool before its first block (CPython's POOL_OVERHEAD). @internal */
export const POOL_OVERHEAD = POOL_HEADER.sizeBytes;
const MAX_REQUEST = 0x7fffffff;

/** The obmalloc state of the mem and obj domains, used under the GIL. @public */
export const OBMALLOC_MAIN = 0;
/** The obmalloc state of the raw domain, used under the heap lock. @public */
export const OBMALLOC_RAW = 1;

/** Options of {@link Pymalloc}. @public */
export interface PymallocOptions {
  /**
   * Which obmalloc state of the heap to use: OBMALLOC_MAIN (default) or OBMALLOC_RAW.
   * Two allocators over one state must never run at the same time.
   */
  readonly state?: number;
  /**
   * True when every call is already made under the heap lock (as LockedAllocator does);
   * otherwise Pymalloc takes the lock itself around the general allocator.
   */
  readonly callerHoldsLock?: boolean;
}

/**
 * pymalloc over a heap. Not thread-safe by itself: its callers hold the interpreter's
 * GIL (or, for {@link LockedAllocator}, the heap lock). Calls into the general allocator
 * (requests over 512 bytes, new arenas) take the heap lock, so it coexists with a
 * LockedAllocator on the same heap.
 * @public
 */
export class Pymalloc implements Allocator {
  /** The heap this allocator serves. */
  readonly heap: Heap;
  /** The obmalloc state it uses (OBMALLOC_MAIN or OBMALLOC_RAW). */
  readonly state: number;
  // The heap's views, copied here so the fast path reads one field; see syncViews().
  private i32: Int32Array;
  private u8: Uint8Array;
  /** Bytes the views cover: blocks at or past it were carved after our last syncViews(). */
  private viewBytes: number;
  /** viewBytes - 1: `(pool - 1) >>> 0 < poolLimit` says "not NULL and inside the views". */
  private poolLimit: number;
  /** Word index of usedpools[0] of this state. */
  private readonly usedpools: number;
  /** Word index of this state's usableArenas. */
  private readonly usableArenas: number;
  /** The heap's pagemap (one byte per pool-sized page); in the header, so never outgrown. */
  private readonly pagemap: Uint8Array;
  /** What the pagemap holds for pages of this state's pools: 1 + state. */
  private readonly pageKind: number;
  private readonly arenasWord: number;
  private readonly takeLock: boolean;

  constructor(heap: Heap, options: PymallocOptions = {}) {
    const state = options.state ?? OBMALLOC_MAIN;
    if (state !== OBMALLOC_MAIN && state !== OBMALLOC_RAW) throw new AllocatorError('bad-argument', `no obmalloc state ${state}`);
    this.heap = heap;
    this.state = state;
    heap.refresh();
    this.i32 = heap.i32;
    this.u8 = heap.u8;
    this.viewBytes = heap.viewBytes;
    this.poolLimit = heap.viewBytes - 1;
    const i32 = heap.i32;
    const base = H.obmalloc + state * OBMALLOC_STATE.sizeWords;
    this.usedpools = base + S.usedpools;
    this.usableArenas = base + S.usableArenas;
    this.pagemap = new Uint8Array(heap.buffer, i32[H.pagemapOffset], i32[H.pagemapBytes]);
    this.pageKind = 1 + state;
    this.arenasWord = i32[H.arenasOffset] >> 2;
    this.takeLock = options.callerHoldsLock !== true;
  }

  /** Allocates `sizeBytes` bytes; returns the offset, or 0 when the heap is full. */
  malloc(sizeBytes: number): number {
    if ((sizeBytes - 1) >>> 0 < SMALL_REQUEST_THRESHOLD) {
      const i32 = this.i32;
      const pool = i32[this.usedpools + ((sizeBytes - 1) >> ALIGNMENT_SHIFT)];
      if ((pool - 1) >>> 0 < this.poolLimit) {
        // A pool in usedpools always has a free block (CPython's invariant).
        const pw = pool >> 2;
        const block = i32[pw + FREEBLOCK];
        i32[pw + REF]++;
        const next = i32[block >> 2];
        i32[pw + FREEBLOCK] = next;
        if (next === 0) this.poolExhausted(pool);
        return block;
      }
    }
    return this.mallocSlow(sizeBytes);
  }

  /** Frees the block at `offset` (0 is ignored). */
  free(offset: number): void {
    if (offset < this.viewBytes && this.pagemap[offset >>> POOL_BITS] === this.pageKind) {
      const i32 = this.i32;
      const pw = (offset & ~POOL_SIZE_MASK) >> 2;
      const last = i32[pw + FREEBLOCK];
      i32[offset >> 2] = last;
      i32[pw + FREEBLOCK] = offset;
      const ref = i32[pw + REF] - 1;
      i32[pw + REF] = ref;
      // Was full (now back in usedpools) or is now empty (back to its arena): out of line.
      if (last === 0 || ref === 0) this.poolFreed(offset & ~POOL_SIZE_MASK, last, ref);
      return;
    }
    this.freeSlow(offset);
  }

  /** Allocates `nelem * elsize` zeroed bytes; 0 when the heap is full or the size overflows. */
  calloc(nelem: number, elsize: number): number {
    if (!(nelem >= 0 && elsize >= 0)) return 0;
    const sizeBytes = nelem * elsize;
    if (sizeBytes > MAX_REQUEST) return 0;
    const offset = this.malloc(sizeBytes);
    if (offset !== 0) fillBytes(this.u8, this.i32, 0, offset, offset + sizeBytes);
    return offset;
  }

  /** Resizes the block at `offset`, keeping its contents; 0 (old block intact) on failure. */
  realloc(offset: number, sizeBytes: number): number {
    if (offset === 0) return this.malloc(sizeBytes);
    if (!(sizeBytes >= 0 && sizeBytes <= MAX_REQUEST)) return 0;
    if (offset >= this.viewBytes) this.syncViews();
    const kind = offset >= 0 ? (this.pagemap[offset >>> POOL_BITS] ?? 0) : 0;
    if (kind === this.pageKind) {
      // cpython: Objects/obmalloc.c, pymalloc_realloc(): keep the block unless it shrinks below 3/4.
      const blockBytes = (this.i32[((offset & ~POOL_SIZE_MASK) >> 2) + SZIDX] + 1) << ALIGNMENT_SHIFT;
      if (sizeBytes <= blockBytes && 4 * sizeBytes > 3 * blockBytes) return offset;
      const moved = this.malloc(sizeBytes);
      if (moved === 0) return sizeBytes <= blockBytes ? offset : 0;
      this.u8.copyWithin(moved, offset, offset + Math.min(blockBytes, sizeBytes));
      this.free(offset);
      return moved;
    }
    if (kind !== 0) throw this.foreign(offset, 'realloc');
    if (this.takeLock) this.heap.lock();
    try {
      return generalRealloc(this.heap, offset, Math.max(sizeBytes, 1));
    } finally {
      if (this.takeLock) this.heap.unlock();
      this.adoptViews();
    }
  }

  /** Picks up views of a heap grown by this or another thread. */
  private syncViews(): void {
    this.heap.refresh();
    this.adoptViews();
  }

  /** Takes the heap's views (after a general-allocator call, which refreshed them). */
  private adoptViews(): void {
    const heap = this.heap;
    if (heap.viewBytes === this.viewBytes) return;
    this.i32 = heap.i32;
    this.u8 = heap.u8;
    this.viewBytes = heap.viewBytes;
    this.poolLimit = heap.viewBytes - 1;
  }

  /** The pool at the head of usedpools has just handed out its last free block. */
  private poolExhausted(pool: number): void {
    const i32 = this.i32;
    const pw = pool >> 2;
    const nextoffset = i32[pw + NEXTOFFSET];
    const szidx = i32[pw + SZIDX];
    if (nextoffset <= i32[pw + MAXNEXTOFFSET]) {
      // cpython: pymalloc_pool_extend(): carve one more never-used block.
      const block = pool + nextoffset;
      i32[pw + NEXTOFFSET] = nextoffset + ((szidx + 1) << ALIGNMENT_SHIFT);
      i32[block >> 2] = 0;
      i32[pw + FREEBLOCK] = block;
      return;
    }
    // The pool is full: it leaves usedpools (it is the head, malloc takes from the head).
    this.syncViews();
    const views = this.i32;
    const next = views[pw + NEXTPOOL];
    views[this.usedpools + szidx] = next;
    if (next !== 0) views[(next >> 2) + PREVPOOL] = 0;
    views[pw + NEXTPOOL] = 0;
  }

  /** A block was freed in a pool that was full (`last === 0`) or is now empty (`ref === 0`). */
  private poolFreed(pool: number, last: number, ref: number): void {
    // Neighbouring pools may lie past our views if another thread grew the heap.
    this.syncViews();
    const i32 = this.i32;
    const pw = pool >> 2;
    const head = this.usedpools + i32[pw + SZIDX];
    if (ref !== 0) {
      // cpython: insert_to_usedpool(): a full pool with a free block goes to the front.
      const first = i32[head];
      i32[pw + NEXTPOOL] = first;
      i32[pw + PREVPOOL] = 0;
      if (first !== 0) i32[(first >> 2) + PREVPOOL] = pool;
      i32[head] = pool;
      return;
    }
    if (last !== 0) {
      // Leave usedpools (a pool of one block is never in it after its only block went out).
      const next = i32[pw + NEXTPOOL];
      const prev = i32[pw + PREVPOOL];
      if (prev !== 0) i32[(prev >> 2) + NEXTPOOL] = next;
      else i32[head] = next;
      if (next !== 0) i32[(next >> 2) + PREVPOOL] = prev;
    }
    // cpython: insert_to_freepool(): the empty pool goes back to its arena.
    const index = i32[pw + ARENAINDEX];
    const aw = this.arenasWord + index * ARENA_WORDS;
    i32[pw + NEXTPOOL] = i32[aw + A.freepools];
    i32[aw + A.freepools] = pool;
    const nfree = i32[aw + A.nfreepools] + 1;
    i32[aw + A.nfreepools] = nfree;
    if (nfree === 1) {
      // The arena was full, so not in usableArenas: it is now.
      this.linkUsableArena(index);
    } else if (nfree === i32[aw + A.ntotalpools] && (i32[aw + A.nextarena] !== 0 || i32[aw + A.prevarena] !== 0)) {
      // Entirely free and not the only usable arena: give it back (CPython frees it to the OS).
      // NON-CPYTHON: usableArenas is not kept sorted by nfreepools, so "keep the last one"
      // (CPython's guard against thrashing) becomes "keep it if it is the only usable one".
      this.unlinkUsableArena(index);
      this.releaseArena(index);
    }
  }

  private linkUsableArena(index: number): void {
    const i32 = this.i32;
    const aw = this.arenasWord + index * ARENA_WORDS;
    const first = i32[this.usableArenas];
    i32[aw + A.nextarena] = first;
    i32[aw + A.prevarena] = 0;
    if (first !== 0) i32[this.arenasWord + (first - 1) * ARENA_WORDS + A.prevarena] = index + 1;
    i32[this.usableArenas] = index + 1;
  }

  private unlinkUsableArena(index: number): void {
    const i32 = this.i32;
    const aw = this.arenasWord + index * ARENA_WORDS;
    const next = i32[aw + A.nextarena];
    const prev = i32[aw + A.prevarena];
    if (prev !== 0) i32[this.arenasWord + (prev - 1) * ARENA_WORDS + A.nextarena] = next;
    else i32[this.usableArenas] = next;
    if (next !== 0) i32[this.arenasWord + (next - 1) * ARENA_WORDS + A.prevarena] = prev;
    i32[aw + A.nextarena] = 0;
    i32[aw + A.prevarena] = 0;
  }

  private mallocSlow(sizeBytes: number): number {
    if (!(sizeBytes >= 0 && sizeBytes <= MAX_REQUEST)) return 0;
    // cpython: _PyMem_RawMalloc() turns 0 into 1 so that malloc(0) is a distinct block.
    sizeBytes = sizeBytes < 1 ? 1 : Math.ceil(sizeBytes);
    if (sizeBytes <= SMALL_REQUEST_THRESHOLD) {
      // Another thread may have grown the heap and put a pool of ours past our old views.
      this.syncViews();
      if (this.i32[this.usedpools + ((sizeBytes - 1) >> ALIGNMENT_SHIFT)] !== 0) return this.malloc(sizeBytes);
      const block = this.allocateFromNewPool((sizeBytes - 1) >> ALIGNMENT_SHIFT);
      if (block !== 0) return block;
      // No arena to be had: like CPython, fall back to the general allocator.
    }
    if (this.takeLock) this.heap.lock();
    try {
      return generalMalloc(this.heap, sizeBytes, true);
    } finally {
      if (this.takeLock) this.heap.unlock();
      this.adoptViews();
    }
  }

  /** cpython: allocate_from_new_pool(): an empty pool of a usable arena, set up for `szidx`. */
  private allocateFromNewPool(szidx: number): number {
    let usable = this.i32[this.usableArenas];
    if (usable === 0) {
      usable = this.newArena();
      if (usable === 0) return 0;
    }
    const i32 = this.i32;
    const aw = this.arenasWord + (usable - 1) * ARENA_WORDS;
    let pool = i32[aw + A.freepools];
    if (pool !== 0) {
      i32[aw + A.freepools] = i32[(pool >> 2) + NEXTPOOL];
    } else {
      pool = i32[aw + A.poolAddress];
      i32[aw + A.poolAddress] = pool + POOL_SIZE;
    }
    const nfree = i32[aw + A.nfreepools] - 1;
    i32[aw + A.nfreepools] = nfree;
    if (nfree === 0) this.unlinkUsableArena(usable - 1);
    // The pool may have held another size class before: CPython re-initialises it too.
    const pw = pool >> 2;
    const blockBytes = (szidx + 1) << ALIGNMENT_SHIFT;
    const first = pool + POOL_OVERHEAD;
    const second = first + blockBytes;
    i32[pw + REF] = 1;
    i32[pw + ARENAINDEX] = usable - 1;
    i32[pw + SZIDX] = szidx;
    i32[pw + FREEBLOCK] = second;
    i32[second >> 2] = 0;
    i32[pw + NEXTOFFSET] = POOL_OVERHEAD + 2 * blockBytes;
    i32[pw + MAXNEXTOFFSET] = POOL_SIZE - blockBytes;
    const head = this.usedpools + szidx;
    const old = i32[head];
    i32[pw + NEXTPOOL] = old;
    i32[pw + PREVPOOL] = 0;
    if (old !== 0) i32[(old >> 2) + PREVPOOL] = pool;
    i32[head] = pool;
    return first;
  }

  /** cpython: new_arena(): an arena from the general allocator; returns its index + 1, or 0. */
  private newArena(): number {
    const heap = this.heap;
    if (this.takeLock) heap.lock();
    let slot = 0;
    try {
      slot = heap.i32[H.unusedArenas];
      if (slot === 0) return 0;
      const address = generalMalloc(heap, heap.i32[H.arenaSizeBytes], false);
      if (address === 0) return 0;
      this.adoptViews();
      const i32 = this.i32;
      const arenaSizeBytes = i32[H.arenaSizeBytes];
      const aw = this.arenasWord + (slot - 1) * ARENA_WORDS;
      i32[H.unusedArenas] = i32[aw + A.nextarena];
      const firstPool = (address + POOL_SIZE_MASK) & ~POOL_SIZE_MASK;
      const npools = Math.floor((address + arenaSizeBytes - firstPool) / POOL_SIZE);
      i32[aw + A.address] = address;
      i32[aw + A.poolAddress] = firstPool;
      i32[aw + A.nfreepools] = npools;
      i32[aw + A.ntotalpools] = npools;
      i32[aw + A.freepools] = 0;
      i32[aw + A.nextarena] = 0;
      i32[aw + A.prevarena] = 0;
      i32[aw + A.owner] = this.state;
      const firstPage = firstPool >>> POOL_BITS;
      this.pagemap.fill(this.pageKind, firstPage, firstPage + npools);
      const narenas = i32[H.narenas] + 1;
      i32[H.narenas] = narenas;
      if (narenas > i32[H.narenasHighWater]) i32[H.narenasHighWater] = narenas;
    } finally {
      if (this.takeLock) heap.unlock();
    }
    this.i32[this.usableArenas] = slot;
    return slot;
  }

  /** Gives an entirely free arena back to the general allocator. */
  private releaseArena(index: number): void {
    const heap = this.heap;
    const i32 = this.i32;
    const aw = this.arenasWord + index * ARENA_WORDS;
    const address = i32[aw + A.address];
    const firstPool = (address + POOL_SIZE_MASK) & ~POOL_SIZE_MASK;
    const firstPage = firstPool >>> POOL_BITS;
    if (this.takeLock) heap.lock();
    try {
      this.pagemap.fill(0, firstPage, firstPage + i32[aw + A.ntotalpools]);
      generalFree(heap, address, false);
      i32[aw + A.address] = 0;
      i32[aw + A.freepools] = 0;
      i32[aw + A.nextarena] = i32[H.unusedArenas];
      i32[H.unusedArenas] = index + 1;
      i32[H.narenas]--;
    } finally {
      if (this.takeLock) heap.unlock();
    }
  }

  private freeSlow(offset: number): void {
    if (offset === 0) return;
    if (offset >= this.viewBytes && this.heap.buffer.byteLength !== this.viewBytes) {
      // A block carved after our views were made: look again with fresh views.
      this.syncViews();
      this.free(offset);
      return;
    }
    if (offset > 0 && (this.pagemap[offset >>> POOL_BITS] ?? 0) !== 0) throw this.foreign(offset, 'free');
    if (this.takeLock) this.heap.lock();
    try {
      generalFree(this.heap, offset, true);
    } finally {
      if (this.takeLock) this.heap.unlock();
    }
  }

  private foreign(offset: number, what: string): AllocatorError {
    return new AllocatorError('foreign-block', `${what} of offset ${offset}, a pool block of the other obmalloc state (raw vs mem/obj)`, offset);
  }
}
