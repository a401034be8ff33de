// Allocator statistics (CPython's _PyObject_DebugMallocStats / sys._debugmallocstats):
// blocks in use and free per size class, arenas, bytes in use and high-water marks.

import { ALIGNMENT_SHIFT, HEAP_HEADER } from './heap.layout.js';
import type { Heap } from './heap.js';
import { checkHeap } from './verify.js';

const H = HEAP_HEADER.offsetWords;

/** One size class in {@link HeapStats}. @public */
export interface SizeClassStats {
  /** Block size of the class in bytes. */
  readonly sizeBytes: number;
  /** Pools of this class holding at least one block. */
  readonly pools: number;
  /** Blocks allocated. */
  readonly blocksInUse: number;
  /** Blocks free in those pools (freed, or never handed out). */
  readonly blocksFree: number;
}

/** What {@link heapStats} reports. @public */
export interface HeapStats {
  /** The 32 size classes, 16 to 512 bytes. */
  readonly sizeClasses: readonly SizeClassStats[];
  /** Arenas allocated now. */
  readonly arenas: number;
  /** Arenas with no block in use (kept for reuse). */
  readonly freeArenas: number;
  /** Most arenas ever allocated at once. */
  readonly arenasHighWater: number;
  /** Pools holding at least one block. */
  readonly poolsInUse: number;
  /** Empty pools waiting in their arenas. */
  readonly freePools: number;
  /** Bytes of small blocks in use (block sizes, not requests). */
  readonly smallBytesInUse: number;
  /** Large blocks in use. */
  readonly largeBlocksInUse: number;
  /** Bytes requested by the large blocks in use. */
  readonly largeBytesInUse: number;
  /** smallBytesInUse + largeBytesInUse. */
  readonly bytesInUse: number;
  /** Bytes the buffer holds now. */
  readonly heapBytes: number;
  /** The heap's maximum size. */
  readonly maxBytes: number;
  /** End of the used part of the heap (header, arenas and large blocks). */
  readonly topBytes: number;
  /** Highest topBytes ever: the heap's high-water mark. */
  readonly topHighWaterBytes: number;
}

/**
 * Walks the heap (checking it, see checkHeap) and reports its statistics. Call it while no
 * other thread allocates.
 * @public
 */
export function heapStats(heap: Heap): HeapStats {
  const summary = checkHeap(heap);
  const i32 = heap.i32;
  const sizeClasses: SizeClassStats[] = [];
  let smallBytesInUse = 0;
  for (let szidx = 0; szidx < summary.blocksInUse.length; szidx++) {
    const sizeBytes = (szidx + 1) << ALIGNMENT_SHIFT;
    sizeClasses.push({ sizeBytes, pools: summary.pools[szidx], blocksInUse: summary.blocksInUse[szidx], blocksFree: summary.blocksFree[szidx] });
    smallBytesInUse += sizeBytes * summary.blocksInUse[szidx];
  }
  return {
    sizeClasses,
    arenas: summary.arenas,
    freeArenas: summary.freeArenas,
    arenasHighWater: i32[H.narenasHighWater],
    poolsInUse: summary.poolsInUse,
    freePools: summary.freePools,
    smallBytesInUse,
    largeBlocksInUse: summary.largeBlocksInUse,
    largeBytesInUse: summary.largeBytesInUse,
    bytesInUse: smallBytesInUse + summary.largeBytesInUse,
    heapBytes: heap.sizeBytes,
    maxBytes: heap.maxBytes,
    topBytes: i32[H.top],
    topHighWaterBytes: i32[H.topHighWater],
  };
}
