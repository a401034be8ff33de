import { describe, expect, it } from 'vitest';
import { PYMEM_DOMAIN_OBJ } from './allocator.js';
import { DebugAllocator } from './debug.js';
import { Heap } from './heap.js';
import { POOL_SIZE } from './heap.layout.js';
import { LockedAllocator } from './locked.js';
import { Pymalloc } from './obmalloc.js';
import type { Allocator } from './allocator.js';
import { checkHeap } from './verify.js';
import { heapStats } from './stats.js';

function exhaust(allocator: Allocator, sizeBytes: number): number[] {
  const blocks: number[] = [];
  for (;;) {
    const p = allocator.malloc(sizeBytes);
    if (p === 0) return blocks;
    blocks.push(p);
  }
}

describe('out of memory', () => {
  const cases: [string, (heap: Heap) => Allocator][] = [
    ['pymalloc', (heap) => new Pymalloc(heap)],
    ['the locked allocator', (heap) => new LockedAllocator(heap)],
    ['the debug hooks', (heap) => new DebugAllocator(heap, new Pymalloc(heap), PYMEM_DOMAIN_OBJ)],
  ];
  for (const [name, make] of cases) {
    it(`returns 0 from ${name} at the heap's maximum, stays consistent, and recovers`, () => {
      const heap = Heap.create({ maxBytes: 1 << 20, arenaSizeBytes: 4 * POOL_SIZE });
      const allocator = make(heap);
      const large = exhaust(allocator, 3000);
      expect(large.length).toBeGreaterThan(10);
      const small = exhaust(allocator, 64);
      expect(heap.sizeBytes).toBe(heap.maxBytes);
      checkHeap(heap);
      expect(allocator.malloc(100000)).toBe(0);
      expect(allocator.calloc(1000, 1000)).toBe(0);
      // realloc that cannot grow leaves the old block alone.
      expect(allocator.realloc(large[0], 500000)).toBe(0);
      checkHeap(heap);
      for (const p of large) allocator.free(p);
      for (const p of small) allocator.free(p);
      checkHeap(heap);
      expect(heapStats(heap).bytesInUse).toBe(0);
      const again = exhaust(allocator, 3000);
      expect(again.length).toBe(large.length);
      for (const p of again) allocator.free(p);
      checkHeap(heap);
    });
  }

  it('falls back to large blocks for small requests when no arena fits', () => {
    const heap = Heap.create({ maxBytes: 1 << 20, arenaSizeBytes: 512 << 10 });
    const a = new Pymalloc(heap);
    const hog = a.malloc(600 << 10);
    expect(hog).not.toBe(0);
    const p = a.malloc(32);
    expect(p).not.toBe(0);
    expect(heapStats(heap).arenas).toBe(0);
    expect(heapStats(heap).largeBlocksInUse).toBe(2);
    a.free(p);
    a.free(hog);
    checkHeap(heap);
  });
});
