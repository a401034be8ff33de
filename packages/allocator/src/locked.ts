// pymalloc behind the heap lock, callable from any thread without a GIL: the default of the
// raw domain (CPython's PyMem_RawMalloc is the thread-safe system malloc).
// NON-CPYTHON: the raw domain is pymalloc over the heap's second obmalloc state, guarded by
// the heap mutex, because a worker thread has no system malloc that other threads can read.

import type { Allocator } from './allocator.js';
import type { Heap } from './heap.js';
import { OBMALLOC_RAW, Pymalloc } from './obmalloc.js';

/**
 * A thread-safe allocator: every call takes the heap lock (a mutex in shared memory) and
 * runs pymalloc over the heap's RAW obmalloc state.
 * @public
 */
export class LockedAllocator implements Allocator {
  /** The heap this allocator serves. */
  readonly heap: Heap;
  private readonly inner: Pymalloc;

  constructor(heap: Heap) {
    this.heap = heap;
    this.inner = new Pymalloc(heap, { state: OBMALLOC_RAW, callerHoldsLock: true });
  }

  /** Allocates `sizeBytes` bytes; returns the offset, or 0 when the heap is full. */
  malloc(sizeBytes: number): number {
    this.heap.lock();
    try {
      return this.inner.malloc(sizeBytes);
    } finally {
      this.heap.unlock();
    }
  }

  /** Allocates `nelem * elsize` zeroed bytes; 0 when the heap is full or the size overflows. */
  calloc(nelem: number, elsize: number): number {
    this.heap.lock();
    try {
      return this.inner.calloc(nelem, elsize);
    } finally {
      this.heap.unlock();
    }
  }

  /** Resizes the block at `offset`, keeping its contents; 0 (old block intact) on failure. */
  realloc(offset: number, sizeBytes: number): number {
    this.heap.lock();
    try {
      return this.inner.realloc(offset, sizeBytes);
    } finally {
      this.heap.unlock();
    }
  }

  /** Frees the block at `offset` (0 is ignored). */
  free(offset: number): void {
    this.heap.lock();
    try {
      this.inner.free(offset);
    } finally {
      this.heap.unlock();
    }
  }
}
