import { describe, expect, it } from 'vitest';
import { Heap } from './heap.js';
import { Pymalloc } from './obmalloc.js';

describe('the heap root', () => {
  it('is 0 until the owner publishes it, and is seen by an attached heap', () => {
    const heap = Heap.create({ initialBytes: 1 << 20, maxBytes: 4 << 20 });
    expect(heap.root).toBe(0);
    const state = new Pymalloc(heap).malloc(64);
    heap.root = state;
    expect(Heap.attach(heap.buffer).root).toBe(state);
  });

  it('refuses a root outside the heap', () => {
    const heap = Heap.create({ initialBytes: 1 << 20, maxBytes: 4 << 20 });
    expect(() => {
      heap.root = heap.sizeBytes + 16;
    }).toThrow(/outside the heap/);
  });
});
