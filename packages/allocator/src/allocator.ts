// The allocator interface and its three domains (CPython's PyMemAllocatorEx and
// PyMemAllocatorDomain in Include/cpython/pymem.h).

/**
 * An allocator over a heap (CPython's `PyMemAllocatorEx`): sizes in bytes, results are
 * offsets into the heap, 0 (NULL) on failure. `free(0)` does nothing.
 * @public
 */
export interface Allocator {
  /** Allocates `sizeBytes` bytes (uninitialised); 0 if the heap is full. */
  malloc(sizeBytes: number): number;
  /** Allocates `nelem * elsize` zeroed bytes; 0 if the heap is full or the product overflows. */
  calloc(nelem: number, elsize: number): number;
  /** Resizes the block at `offset`, keeping its contents; 0 (and the old block intact) on failure. */
  realloc(offset: number, sizeBytes: number): number;
  /** Frees the block at `offset`. */
  free(offset: number): void;
}

/** The raw domain: called without the GIL, from any thread (CPython's PYMEM_DOMAIN_RAW). @public */
export const PYMEM_DOMAIN_RAW = 0;
/** The mem domain: PyMem_Malloc and friends, under the GIL (CPython's PYMEM_DOMAIN_MEM). @public */
export const PYMEM_DOMAIN_MEM = 1;
/** The object domain: PyObject_Malloc, under the GIL (CPython's PYMEM_DOMAIN_OBJ). @public */
export const PYMEM_DOMAIN_OBJ = 2;

/** One of the three allocator domains (CPython's PyMemAllocatorDomain). @public */
export type PyMemAllocatorDomain = typeof PYMEM_DOMAIN_RAW | typeof PYMEM_DOMAIN_MEM | typeof PYMEM_DOMAIN_OBJ;

/** Domain names as CPython's debug hooks print them ('r', 'm', 'o' there). @public */
export const DOMAIN_NAMES: readonly string[] = Object.freeze(['raw', 'mem', 'obj']);
