// Randomized malloc/realloc/free sequences checked against a model: contents survive
// realloc, live blocks never overlap, and checkHeap passes after every step.
import { describe, expect, it } from 'vitest';
import type { Allocator } from './allocator.js';
import { DebugAllocator } from './debug.js';
import { Heap } from './heap.js';
import { POOL_SIZE } from './heap.layout.js';
import { LockedAllocator } from './locked.js';
import { Pymalloc } from './obmalloc.js';
import { PYMEM_DOMAIN_OBJ } from './allocator.js';
import { checkHeap } from './verify.js';

/** mulberry32: a small seeded PRNG returning [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ModelBlock {
  offset: number;
  sizeBytes: number;
  fill: number;
}

function randomSize(random: () => number): number {
  const r = random();
  if (r < 0.75) return 1 + Math.floor(random() * 512);
  if (r < 0.95) return 513 + Math.floor(random() * 4000);
  return 1 + Math.floor(random() * 40000);
}

function expectFilled(heap: Heap, block: ModelBlock, upTo: number): void {
  heap.refresh();
  const u8 = heap.u8;
  for (let i = 0; i < upTo; i++) {
    if (u8[block.offset + i] !== ((block.fill + i) & 0xff)) {
      throw new Error(`block at ${block.offset} (size ${block.sizeBytes}) lost byte ${i}`);
    }
  }
}

function fill(heap: Heap, block: ModelBlock, from: number): void {
  heap.refresh();
  for (let i = from; i < block.sizeBytes; i++) heap.u8[block.offset + i] = (block.fill + i) & 0xff;
}

function expectNoOverlap(live: ModelBlock[]): void {
  const sorted = [...live].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (prev.offset + Math.max(prev.sizeBytes, 1) > sorted[i].offset) {
      throw new Error(`blocks at ${prev.offset} (size ${prev.sizeBytes}) and ${sorted[i].offset} overlap`);
    }
  }
}

function runSequence(seed: number, steps: number, makeAllocator: (heap: Heap) => Allocator): void {
  const random = prng(seed);
  const heap = Heap.create({ maxBytes: 4 << 20, initialBytes: 0, arenaSizeBytes: 4 * POOL_SIZE });
  const allocator = makeAllocator(heap);
  const live: ModelBlock[] = [];
  let failures = 0;
  for (let step = 0; step < steps; step++) {
    const r = random();
    const target = live.length < 20 ? 0.7 : live.length > 200 ? 0.3 : 0.5;
    if (r < target * 0.8 || live.length === 0) {
      const sizeBytes = randomSize(random);
      const offset = allocator.malloc(sizeBytes);
      if (offset === 0) {
        failures++;
      } else {
        const block = { offset, sizeBytes, fill: Math.floor(random() * 256) };
        fill(heap, block, 0);
        live.push(block);
      }
    } else if (r < target) {
      const block = live[Math.floor(random() * live.length)];
      const sizeBytes = randomSize(random);
      const offset = allocator.realloc(block.offset, sizeBytes);
      if (offset === 0) {
        failures++;
        expectFilled(heap, block, block.sizeBytes);
      } else {
        const kept = Math.min(block.sizeBytes, sizeBytes);
        block.offset = offset;
        expectFilled(heap, block, kept);
        block.sizeBytes = sizeBytes;
        fill(heap, block, kept);
      }
    } else {
      const index = Math.floor(random() * live.length);
      const block = live[index];
      expectFilled(heap, block, block.sizeBytes);
      allocator.free(block.offset);
      live[index] = live[live.length - 1];
      live.pop();
    }
    expectNoOverlap(live);
    checkHeap(heap);
  }
  for (const block of live) {
    expectFilled(heap, block, block.sizeBytes);
    allocator.free(block.offset);
  }
  const summary = checkHeap(heap);
  expect(summary.blocksInUse.every((n) => n === 0)).toBe(true);
  expect(summary.largeBlocksInUse).toBe(0);
  expect(failures).toBeLessThan(steps / 4);
}

describe('random malloc/realloc/free against a model', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`keeps contents and the heap consistent under pymalloc (seed ${seed})`, () => {
      runSequence(seed, 3000, (heap) => new Pymalloc(heap));
    });
  }
  it('keeps contents and the heap consistent under the locked allocator (seed 5)', () => {
    runSequence(5, 2000, (heap) => new LockedAllocator(heap));
  });
  it('keeps the heap consistent when two attachments take turns, as threads do under one GIL (seed 7)', () => {
    // Each attachment has its own views; one grows the heap while the other's views are stale.
    runSequence(7, 3000, (heap) => {
      const one = new Pymalloc(Heap.attach(heap.buffer));
      const two = new Pymalloc(Heap.attach(heap.buffer));
      let turn = 0;
      const next = () => ((turn++ >> 2) & 1 ? one : two);
      return {
        malloc: (n) => next().malloc(n),
        calloc: (n, e) => next().calloc(n, e),
        realloc: (p, n) => next().realloc(p, n),
        free: (p) => next().free(p),
      };
    });
  });
  it('keeps contents and the heap consistent under the debug hooks (seed 6)', () => {
    runSequence(6, 2000, (heap) => new DebugAllocator(heap, new Pymalloc(heap), PYMEM_DOMAIN_OBJ, 1));
  });
});
