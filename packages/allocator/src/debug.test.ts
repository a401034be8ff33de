import { describe, expect, it } from 'vitest';
import { PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ, PYMEM_DOMAIN_RAW } from './allocator.js';
import { DebugAllocator, leakReport } from './debug.js';
import { PYMEM_CLEANBYTE, PYMEM_DEADBYTE } from './debug.layout.js';
import { AllocatorError } from './errors.js';
import { Heap } from './heap.js';
import { Pymalloc } from './obmalloc.js';
import { AllocatorState } from './state.js';
import { checkHeap } from './verify.js';

function setup() {
  const heap = Heap.create({ maxBytes: 4 << 20 });
  const pymalloc = new Pymalloc(heap);
  const obj = new DebugAllocator(heap, pymalloc, PYMEM_DOMAIN_OBJ, 7);
  const mem = new DebugAllocator(heap, pymalloc, PYMEM_DOMAIN_MEM, 7);
  return { heap, obj, mem };
}

function caught(fn: () => void): AllocatorError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AllocatorError) return error;
    throw error;
  }
  throw new Error('expected an AllocatorError');
}

describe('debug hooks', () => {
  it('fills new blocks with PYMEM_CLEANBYTE and freed ones with PYMEM_DEADBYTE', () => {
    const { heap, obj } = setup();
    const p = obj.malloc(40);
    expect([...heap.u8.subarray(p, p + 40)].every((b) => b === PYMEM_CLEANBYTE)).toBe(true);
    obj.free(p);
    expect([...heap.u8.subarray(p + 4, p + 40)].every((b) => b === PYMEM_DEADBYTE)).toBe(true);
    checkHeap(heap);
  });

  it('refuses a double free with its offset and size', () => {
    const { obj } = setup();
    const p = obj.malloc(24);
    obj.free(p);
    const error = caught(() => obj.free(p));
    expect(error.kind).toBe('double-free');
    expect(error.offset).toBe(p);
    expect(error.message).toContain(`offset ${p}`);
    expect(error.message).toContain('size 24');
  });

  it('catches an overrun past the end of a block', () => {
    const { heap, obj } = setup();
    const p = obj.malloc(100);
    heap.u8[p + 100] = 0;
    const error = caught(() => obj.free(p));
    expect(error.kind).toBe('overrun');
    expect(error.message).toMatch(new RegExp(`offset ${p} \\(size 100 bytes`));
  });

  it('catches an underrun before the start of a block', () => {
    const { heap, obj } = setup();
    const p = obj.malloc(2000);
    heap.u8[p - 1] = 0x41;
    const error = caught(() => obj.free(p));
    expect(error.kind).toBe('underrun');
    expect(error.sizeBytes).toBe(2000);
    expect(error.message).toContain(`offset ${p}`);
  });

  it('catches a free in the wrong domain', () => {
    const { obj, mem } = setup();
    const p = obj.malloc(8);
    const error = caught(() => mem.free(p));
    expect(error.kind).toBe('wrong-domain');
    expect(error.message).toContain('domain mem');
    expect(error.message).toContain('allocated in domain obj');
    obj.free(p);
  });

  it('checks the block on realloc and keeps its contents', () => {
    const { heap, obj } = setup();
    const p = obj.malloc(10);
    heap.u8.set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p);
    const q = obj.realloc(p, 1000);
    expect([...heap.u8.subarray(q, q + 10)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    heap.u8[q + 1000] = 1;
    expect(caught(() => obj.realloc(q, 5)).kind).toBe('overrun');
  });

  it('lists live blocks with offset, size, domain and owner in the leak report', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const state = new AllocatorState(heap, { debug: true, owner: 3 });
    const raw = state.getAllocator(PYMEM_DOMAIN_RAW);
    const obj = state.getAllocator(PYMEM_DOMAIN_OBJ);
    const a = obj.malloc(48);
    const b = raw.malloc(5000);
    const c = obj.malloc(16);
    obj.free(c);
    expect(leakReport(heap)).toEqual(
      [
        { offset: a, sizeBytes: 48, domain: PYMEM_DOMAIN_OBJ, owner: 3 },
        { offset: b, sizeBytes: 5000, domain: PYMEM_DOMAIN_RAW, owner: 3 },
      ].sort((x, y) => x.offset - y.offset),
    );
    obj.free(a);
    raw.free(b);
    expect(leakReport(heap)).toEqual([]);
  });
});
