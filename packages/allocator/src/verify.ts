// The heap invariant checker: walks the large blocks, the free bins, the arenas, their
// pools and free lists, usedpools and usableArenas, and checks every count and tag (what
// CPython's debug build asserts piecemeal in Objects/obmalloc.c and what
// _PyObject_DebugMallocStats walks). It also hands every in-use block to a visitor, which
// is how statistics and the leak report are computed. Run it while no thread allocates.

import { AllocatorError } from './errors.js';
import { LARGE_OVERHEAD, largeBinOf } from './general.js';
import type { Heap } from './heap.js';
import {
  ALIGNMENT_SHIFT,
  ARENA_OBJECT,
  HEAP_HEADER,
  HEAP_MAGIC,
  HEAP_VERSION,
  LARGE_BLOCK,
  LARGE_FREE_BINS,
  LARGE_INUSE,
  LARGE_MIN_BLOCK,
  NB_SMALL_SIZE_CLASSES,
  OBMALLOC_STATE,
  OBMALLOC_STATE_COUNT,
  POOL_BITS,
  POOL_HEADER,
  POOL_SIZE,
  POOL_SIZE_MASK,
} from './heap.layout.js';
import { POOL_OVERHEAD } from './obmalloc.js';

const H = HEAP_HEADER.offsetWords;
const S = OBMALLOC_STATE.offsetWords;
const A = ARENA_OBJECT.offsetWords;
const P = POOL_HEADER.offsetWords;
const L = LARGE_BLOCK.offsetWords;

/** Called for every in-use block: its offset, its capacity, its size class (-1 if large). @public */
export type HeapBlockVisitor = (offset: number, capacityBytes: number, sizeClass: number) => void;

/** What checkHeap counted on its walk. @public */
export interface HeapCheckSummary {
  /** Arenas allocated. */
  readonly arenas: number;
  /** Arenas all of whose pools are empty or never used. */
  readonly freeArenas: number;
  /** Pools holding at least one block. */
  readonly poolsInUse: number;
  /** Empty pools on the arenas' freepools lists. */
  readonly freePools: number;
  /** Per size class: blocks allocated. */
  readonly blocksInUse: readonly number[];
  /** Per size class: blocks available in pools in use (freed or never handed out). */
  readonly blocksFree: readonly number[];
  /** Per size class: pools in use. */
  readonly pools: readonly number[];
  /** Large blocks in use (arenas excluded). */
  readonly largeBlocksInUse: number;
  /** Bytes requested by the large blocks in use. */
  readonly largeBytesInUse: number;
  /** Free large blocks on the free bins. */
  readonly largeBlocksFree: number;
  /** Bytes in free large blocks. */
  readonly largeBytesFree: number;
}

function fail(message: string, offset = 0): never {
  throw new AllocatorError('heap-corrupt', message, offset);
}

/**
 * Checks every invariant of the heap and throws an AllocatorError of kind 'heap-corrupt'
 * naming the first one broken. Call it only while no other thread uses the heap (or while
 * holding the heap lock, with no GIL-holding thread allocating).
 * @public
 */
export function checkHeap(heap: Heap, visit?: HeapBlockVisitor): HeapCheckSummary {
  heap.refresh();
  const i32 = heap.i32;
  const u8 = heap.u8;
  if (i32[H.magic] !== HEAP_MAGIC || i32[H.version] !== HEAP_VERSION) fail('no heap header at offset 0');
  const heapStart = i32[H.heapStart];
  const top = i32[H.top];
  if (top < heapStart || top > heap.viewBytes || top > i32[H.topHighWater]) fail(`top ${top} outside [${heapStart}, ${heap.viewBytes}] or above its high-water mark`);

  // Arena addresses, to tell arenas from user blocks on the large-block walk.
  const arenaSlots = i32[H.arenaSlots];
  const arenasWord = i32[H.arenasOffset] >> 2;
  const arenaByAddress = new Map<number, number>();
  for (let index = 0; index < arenaSlots; index++) {
    const address = i32[arenasWord + index * ARENA_OBJECT.sizeWords + A.address];
    if (address !== 0) arenaByAddress.set(address, index);
  }

  // 1. The large blocks tile [heapStart, top), tags match, no two free blocks touch.
  const freeBlocks = new Set<number>();
  let largeBlocksInUse = 0;
  let largeBytesInUse = 0;
  let largeBytesFree = 0;
  let previousFree = false;
  const arenaSizeBytes = i32[H.arenaSizeBytes];
  for (let block = heapStart; block < top; ) {
    const tag = i32[(block >> 2) + L.tag];
    const sizeBytes = tag & ~15;
    if (sizeBytes < LARGE_MIN_BLOCK || block + sizeBytes > top) fail(`large block at ${block}: size ${sizeBytes} runs past top ${top}`, block);
    if (i32[(block + sizeBytes - 4) >> 2] !== tag) fail(`large block at ${block}: footer ${i32[(block + sizeBytes - 4) >> 2]} differs from tag ${tag}`, block);
    if ((tag & LARGE_INUSE) === 0) {
      if (previousFree) fail(`free large block at ${block} follows another free block (not coalesced)`, block);
      freeBlocks.add(block);
      largeBytesFree += sizeBytes;
      previousFree = true;
    } else {
      previousFree = false;
      const payload = block + LARGE_OVERHEAD;
      const requested = i32[(block >> 2) + L.requestedBytes];
      if (requested < 0 || requested > sizeBytes - LARGE_OVERHEAD - 4) fail(`large block at ${block}: requested ${requested} bytes does not fit its ${sizeBytes}`, block);
      if (arenaByAddress.has(payload)) {
        if (requested !== arenaSizeBytes) fail(`arena at ${payload} has size ${requested}, not ${arenaSizeBytes}`, payload);
      } else {
        largeBlocksInUse++;
        largeBytesInUse += requested;
        visit?.(payload, sizeBytes - LARGE_OVERHEAD - 4, -1);
      }
    }
    block += sizeBytes;
  }
  if (previousFree) fail('the last large block is free (it should have gone back to the wilderness)');
  if (largeBlocksInUse !== i32[H.largeBlocks] || largeBytesInUse !== i32[H.largeBytes]) {
    fail(`large-block counters say ${i32[H.largeBlocks]} blocks / ${i32[H.largeBytes]} bytes, the walk found ${largeBlocksInUse} / ${largeBytesInUse}`);
  }

  // 2. The free bins hold exactly the free blocks, each in its bin, doubly linked.
  let binned = 0;
  for (let bin = 0; bin < LARGE_FREE_BINS; bin++) {
    let prev = 0;
    for (let block = i32[H.freeBins + bin]; block !== 0; block = i32[(block >> 2) + L.nextFree]) {
      if (!freeBlocks.has(block)) fail(`free bin ${bin} lists ${block}, which is not a free block`, block);
      if (largeBinOf(i32[(block >> 2) + L.tag] & ~15) !== bin) fail(`free block ${block} is in bin ${bin}, not its own`, block);
      if (i32[(block >> 2) + L.prevFree] !== prev) fail(`free block ${block}: prevFree is ${i32[(block >> 2) + L.prevFree]}, expected ${prev}`, block);
      if (++binned > freeBlocks.size) fail(`free bin ${bin} has a cycle`);
      prev = block;
    }
  }
  if (binned !== freeBlocks.size) fail(`${freeBlocks.size} free large blocks, ${binned} on the free bins`);

  // 3. Arenas: unused slots, pools, pool free lists; the pagemap marks exactly their pools.
  let unused = 0;
  for (let slot = i32[H.unusedArenas]; slot !== 0; slot = i32[arenasWord + (slot - 1) * ARENA_OBJECT.sizeWords + A.nextarena]) {
    if (slot < 1 || slot > arenaSlots) fail(`unusedArenas links to slot ${slot}`);
    if (i32[arenasWord + (slot - 1) * ARENA_OBJECT.sizeWords + A.address] !== 0) fail(`arena slot ${slot - 1} is on the unused list but holds an arena`);
    if (++unused > arenaSlots) fail('unusedArenas has a cycle');
  }
  if (arenaByAddress.size !== i32[H.narenas] || unused + arenaByAddress.size !== arenaSlots) {
    fail(`narenas is ${i32[H.narenas]}; found ${arenaByAddress.size} arenas and ${unused} unused slots of ${arenaSlots}`);
  }
  const pagemapOffset = i32[H.pagemapOffset];
  const pagemapBytes = i32[H.pagemapBytes];
  const expectedPages = new Uint8Array(pagemapBytes);
  const poolsWithFree: Set<number>[] = [];
  const usableExpected: Set<number>[] = [];
  for (let s = 0; s < OBMALLOC_STATE_COUNT; s++) {
    poolsWithFree.push(new Set());
    usableExpected.push(new Set());
  }
  const blocksInUse = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const blocksFree = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const pools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  let freeArenas = 0;
  let poolsInUse = 0;
  let freePools = 0;
  const freeMarks = new Uint8Array(POOL_SIZE >> ALIGNMENT_SHIFT);
  for (const [address, index] of arenaByAddress) {
    const aw = arenasWord + index * ARENA_OBJECT.sizeWords;
    const owner = i32[aw + A.owner];
    if (owner < 0 || owner >= OBMALLOC_STATE_COUNT) fail(`arena ${index} has owner ${owner}`);
    const firstPool = (address + POOL_SIZE_MASK) & ~POOL_SIZE_MASK;
    const ntotal = Math.floor((address + arenaSizeBytes - firstPool) / POOL_SIZE);
    if (i32[aw + A.ntotalpools] !== ntotal) fail(`arena ${index}: ntotalpools ${i32[aw + A.ntotalpools]}, expected ${ntotal}`);
    const poolAddress = i32[aw + A.poolAddress];
    if (poolAddress < firstPool || poolAddress > firstPool + ntotal * POOL_SIZE || (poolAddress & POOL_SIZE_MASK) !== 0) {
      fail(`arena ${index}: poolAddress ${poolAddress} outside its pools`);
    }
    const carved = (poolAddress - firstPool) / POOL_SIZE;
    for (let page = firstPool >>> POOL_BITS, k = 0; k < ntotal; k++, page++) expectedPages[page] = 1 + owner;
    const emptyPools = new Set<number>();
    for (let pool = i32[aw + A.freepools]; pool !== 0; pool = i32[(pool >> 2) + P.nextpool]) {
      if (pool < firstPool || pool >= poolAddress || (pool & POOL_SIZE_MASK) !== 0 || emptyPools.has(pool)) {
        fail(`arena ${index}: freepools lists ${pool}, not a carved pool (or twice)`, pool);
      }
      emptyPools.add(pool);
    }
    const nfree = emptyPools.size + (ntotal - carved);
    if (i32[aw + A.nfreepools] !== nfree) fail(`arena ${index}: nfreepools ${i32[aw + A.nfreepools]}, found ${nfree}`);
    if (nfree === ntotal) freeArenas++;
    if (nfree > 0) usableExpected[owner].add(index);
    freePools += emptyPools.size;
    for (let pool = firstPool; pool < poolAddress; pool += POOL_SIZE) {
      if (emptyPools.has(pool)) continue;
      const pw = pool >> 2;
      const szidx = i32[pw + P.szidx];
      if (i32[pw + P.arenaindex] !== index) fail(`pool ${pool}: arenaindex ${i32[pw + P.arenaindex]}, expected ${index}`, pool);
      if (szidx < 0 || szidx >= NB_SMALL_SIZE_CLASSES) fail(`pool ${pool}: size class ${szidx}`, pool);
      const blockBytes = (szidx + 1) << ALIGNMENT_SHIFT;
      const nextoffset = i32[pw + P.nextoffset];
      if (i32[pw + P.maxnextoffset] !== POOL_SIZE - blockBytes) fail(`pool ${pool}: maxnextoffset ${i32[pw + P.maxnextoffset]}`, pool);
      if (nextoffset < POOL_OVERHEAD || nextoffset > POOL_SIZE || (nextoffset - POOL_OVERHEAD) % blockBytes !== 0) fail(`pool ${pool}: nextoffset ${nextoffset}`, pool);
      const handedOut = (nextoffset - POOL_OVERHEAD) / blockBytes;
      freeMarks.fill(0, 0, handedOut);
      let nfreeBlocks = 0;
      for (let block = i32[pw + P.freeblock]; block !== 0; block = i32[block >> 2]) {
        const k = (block - pool - POOL_OVERHEAD) / blockBytes;
        if (!(k >= 0 && k < handedOut && Number.isInteger(k))) fail(`pool ${pool}: free list holds ${block}, not a handed-out block`, block);
        if (freeMarks[k] !== 0) fail(`pool ${pool}: block ${block} is on the free list twice (double free?)`, block);
        freeMarks[k] = 1;
        nfreeBlocks++;
      }
      const ref = i32[pw + P.ref];
      if (ref + nfreeBlocks !== handedOut || ref <= 0) fail(`pool ${pool}: ref ${ref} + ${nfreeBlocks} free ≠ ${handedOut} blocks handed out`, pool);
      if (i32[pw + P.freeblock] === 0) {
        if (nextoffset <= POOL_SIZE - blockBytes) fail(`pool ${pool}: no free block although it is not full`, pool);
      } else {
        poolsWithFree[owner].add(pool);
      }
      poolsInUse++;
      pools[szidx]++;
      blocksInUse[szidx] += ref;
      blocksFree[szidx] += nfreeBlocks + Math.floor((POOL_SIZE - nextoffset) / blockBytes);
      if (visit !== undefined) {
        for (let k = 0; k < handedOut; k++) if (freeMarks[k] === 0) visit(pool + POOL_OVERHEAD + k * blockBytes, blockBytes, szidx);
      }
    }
  }
  for (let page = 0; page < pagemapBytes; page++) {
    if (u8[pagemapOffset + page] !== expectedPages[page]) fail(`pagemap of page ${page} (offset ${page * POOL_SIZE}) is ${u8[pagemapOffset + page]}, expected ${expectedPages[page]}`);
  }

  // 4. Each state's usedpools holds exactly its pools with a free block; usableArenas its arenas with a free pool.
  for (let s = 0; s < OBMALLOC_STATE_COUNT; s++) {
    const base = H.obmalloc + s * OBMALLOC_STATE.sizeWords;
    let listed = 0;
    for (let szidx = 0; szidx < NB_SMALL_SIZE_CLASSES; szidx++) {
      let prev = 0;
      for (let pool = i32[base + S.usedpools + szidx]; pool !== 0; pool = i32[(pool >> 2) + P.nextpool]) {
        if (!poolsWithFree[s].has(pool)) fail(`usedpools[${szidx}] of state ${s} lists ${pool}, not one of its pools with a free block`, pool);
        if (i32[(pool >> 2) + P.szidx] !== szidx) fail(`usedpools[${szidx}] lists pool ${pool} of class ${i32[(pool >> 2) + P.szidx]}`, pool);
        if (i32[(pool >> 2) + P.prevpool] !== prev) fail(`pool ${pool}: prevpool ${i32[(pool >> 2) + P.prevpool]}, expected ${prev}`, pool);
        if (++listed > poolsWithFree[s].size) fail(`usedpools of state ${s} has a cycle or a pool twice`);
        prev = pool;
      }
    }
    if (listed !== poolsWithFree[s].size) fail(`state ${s}: ${poolsWithFree[s].size} pools have a free block, ${listed} are in usedpools`);
    let usable = 0;
    let prev = 0;
    for (let slot = i32[base + S.usableArenas]; slot !== 0; slot = i32[arenasWord + (slot - 1) * ARENA_OBJECT.sizeWords + A.nextarena]) {
      if (!usableExpected[s].has(slot - 1)) fail(`usableArenas of state ${s} lists arena ${slot - 1}, which is not one of its arenas with a free pool`);
      if (i32[arenasWord + (slot - 1) * ARENA_OBJECT.sizeWords + A.prevarena] !== prev) fail(`arena ${slot - 1}: prevarena is wrong`);
      if (++usable > usableExpected[s].size) fail(`usableArenas of state ${s} has a cycle`);
      prev = slot;
    }
    if (usable !== usableExpected[s].size) fail(`state ${s}: ${usableExpected[s].size} arenas have a free pool, ${usable} are in usableArenas`);
  }

  return {
    arenas: arenaByAddress.size,
    freeArenas,
    poolsInUse,
    freePools,
    blocksInUse,
    blocksFree,
    pools,
    largeBlocksInUse,
    largeBytesInUse,
    largeBlocksFree: freeBlocks.size,
    largeBytesFree,
  };
}
