import { describe, expect, it } from 'vitest';
import type { Allocator } from './allocator.js';
import { PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ, PYMEM_DOMAIN_RAW } from './allocator.js';
import { DebugAllocator } from './debug.js';
import { Heap } from './heap.js';
import { LockedAllocator } from './locked.js';
import { Pymalloc } from './obmalloc.js';
import { AllocatorState } from './state.js';

describe('AllocatorState', () => {
  it('defaults to a locked raw allocator and one pymalloc for mem and obj', () => {
    const state = new AllocatorState(Heap.create({ maxBytes: 1 << 20 }));
    expect(state.getAllocator(PYMEM_DOMAIN_RAW)).toBeInstanceOf(LockedAllocator);
    expect(state.getAllocator(PYMEM_DOMAIN_MEM)).toBeInstanceOf(Pymalloc);
    expect(state.getAllocator(PYMEM_DOMAIN_OBJ)).toBe(state.getAllocator(PYMEM_DOMAIN_MEM));
  });

  it('lets each domain be given its own allocator, per state object', () => {
    const heap = Heap.create({ maxBytes: 1 << 20 });
    const one = new AllocatorState(heap);
    const two = new AllocatorState(heap);
    const calls: string[] = [];
    const inner = one.getAllocator(PYMEM_DOMAIN_OBJ);
    const counting: Allocator = {
      malloc: (n) => (calls.push(`malloc ${n}`), inner.malloc(n)),
      calloc: (n, e) => inner.calloc(n, e),
      realloc: (p, n) => inner.realloc(p, n),
      free: (p) => (calls.push(`free ${p}`), inner.free(p)),
    };
    one.setAllocator(PYMEM_DOMAIN_OBJ, counting);
    const p = one.getAllocator(PYMEM_DOMAIN_OBJ).malloc(10);
    one.getAllocator(PYMEM_DOMAIN_OBJ).free(p);
    expect(calls).toEqual(['malloc 10', `free ${p}`]);
    expect(two.getAllocator(PYMEM_DOMAIN_OBJ)).not.toBe(counting);
    expect(() => one.getAllocator(5 as never)).toThrow(/domain 5/);
  });

  it('installs the debug hooks once per domain', () => {
    const state = new AllocatorState(Heap.create({ maxBytes: 1 << 20 }));
    state.setupDebugHooks(2);
    const obj = state.getAllocator(PYMEM_DOMAIN_OBJ);
    state.setupDebugHooks(2);
    expect(state.getAllocator(PYMEM_DOMAIN_OBJ)).toBe(obj);
    expect(obj).toBeInstanceOf(DebugAllocator);
    expect((obj as DebugAllocator).inner).toBeInstanceOf(Pymalloc);
    expect((state.getAllocator(PYMEM_DOMAIN_RAW) as DebugAllocator).owner).toBe(2);
  });
});
