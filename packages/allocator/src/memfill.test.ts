import { describe, expect, it } from 'vitest';
import { fillBytes } from './memfill.js';

describe('fillBytes', () => {
  it('fills exactly [from, to) for every alignment of both ends', () => {
    const buffer = new SharedArrayBuffer(64);
    const u8 = new Uint8Array(buffer);
    const i32 = new Int32Array(buffer);
    for (let from = 0; from < 12; from++) {
      for (let to = from; to < 40; to++) {
        u8.fill(0);
        fillBytes(u8, i32, 0xcd, from, to);
        for (let i = 0; i < 64; i++) expect(u8[i], `${from}..${to} byte ${i}`).toBe(i >= from && i < to ? 0xcd : 0);
      }
    }
  });
});
