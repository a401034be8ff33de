import { describe, expect, it } from 'vitest';
import { NULL_HANDLE, isImmortal, runtimeHandle, runtimeOffset } from './handle.js';

describe('handles', () => {
  it('names runtime-heap objects by negated offsets, which are immortal', () => {
    const h = runtimeHandle(4096);
    expect(h).toBe(-4096);
    expect(isImmortal(h)).toBe(true);
    expect(runtimeOffset(h)).toBe(4096);
  });

  it('treats NULL and interpreter-heap handles as not immortal', () => {
    expect(NULL_HANDLE).toBe(0);
    expect(isImmortal(NULL_HANDLE)).toBe(false);
    expect(isImmortal(64)).toBe(false);
  });
});
