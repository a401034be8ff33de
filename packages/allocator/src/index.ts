/**
 * Growable SharedArrayBuffer heaps and a pymalloc-style allocator that any worker thread can use.
 * @packageDocumentation
 */

export { PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ, PYMEM_DOMAIN_RAW, DOMAIN_NAMES } from './allocator.js';
export type { Allocator, PyMemAllocatorDomain } from './allocator.js';
export { DebugAllocator, DEBUG_EXTRA_BYTES, leakReport } from './debug.js';
export type { LiveBlock } from './debug.js';
export { PYMEM_CLEANBYTE, PYMEM_DEADBYTE, PYMEM_FORBIDDENBYTE } from './debug.layout.js';
export { AllocatorError } from './errors.js';
export type { AllocatorErrorKind } from './errors.js';
export { Heap, HEAP_MAX_BYTES_LIMIT, GROW_STEP_BYTES } from './heap.js';
export type { HeapOptions } from './heap.js';
export {
  ALIGNMENT,
  ALIGNMENT_SHIFT,
  DEFAULT_ARENA_SIZE,
  NB_SMALL_SIZE_CLASSES,
  POOL_BITS,
  POOL_SIZE,
  POOL_SIZE_MASK,
  SMALL_REQUEST_THRESHOLD,
} from './heap.layout.js';
export { LockedAllocator } from './locked.js';
export { mutexLock, mutexUnlock } from './mutex.js';
export { OBMALLOC_MAIN, OBMALLOC_RAW, Pymalloc } from './obmalloc.js';
export type { PymallocOptions } from './obmalloc.js';
export { AllocatorState } from './state.js';
export type { AllocatorStateOptions } from './state.js';
export { heapStats } from './stats.js';
export type { HeapStats, SizeClassStats } from './stats.js';
export { checkHeap } from './verify.js';
export type { HeapBlockVisitor, HeapCheckSummary } from './verify.js';
