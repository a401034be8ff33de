import { describe, expect, it } from 'vitest';
import { Heap } from './heap.js';
import { POOL_SIZE, POOL_SIZE_MASK } from './heap.layout.js';
import { LockedAllocator } from './locked.js';
import { OBMALLOC_RAW, POOL_OVERHEAD, Pymalloc } from './obmalloc.js';
import { checkHeap } from './verify.js';
import { AllocatorError } from './errors.js';
import { heapStats } from './stats.js';

function makeHeap(maxBytes = 8 << 20, arenaSizeBytes = 4 * POOL_SIZE): Heap {
  return Heap.create({ maxBytes, arenaSizeBytes });
}

describe('Heap', () => {
  it('creates a growable shared heap and attaches to it', () => {
    const heap = makeHeap();
    expect(heap.buffer.growable).toBe(true);
    expect(heap.maxBytes).toBe(8 << 20);
    const again = Heap.attach(heap.buffer);
    expect(again.arenaSizeBytes).toBe(4 * POOL_SIZE);
    checkHeap(again);
  });

  it('refuses a buffer without a heap header', () => {
    const buffer = new SharedArrayBuffer(65536, { maxByteLength: 1 << 20 });
    expect(() => Heap.attach(buffer)).toThrow(AllocatorError);
    expect(() => Heap.create({ maxBytes: 8 << 20, arenaSizeBytes: 1000 })).toThrow(/arenaSizeBytes/);
  });

  it('grows on demand and an attached heap sees the growth', () => {
    const heap = makeHeap();
    const other = Heap.attach(heap.buffer);
    const before = heap.sizeBytes;
    const a = new Pymalloc(heap);
    const big = a.malloc(1 << 20);
    expect(big).not.toBe(0);
    expect(heap.sizeBytes).toBeGreaterThan(before);
    const b = new Pymalloc(other);
    b.free(big);
    checkHeap(other);
  });
});

describe('Pymalloc', () => {
  it('hands out 16-byte aligned small blocks of the right class from one pool', () => {
    const heap = makeHeap();
    const a = new Pymalloc(heap);
    const p = a.malloc(1);
    const q = a.malloc(16);
    const r = a.malloc(17);
    expect(p % 16).toBe(0);
    expect(q - p).toBe(16);
    expect(p & ~POOL_SIZE_MASK).toBe(q & ~POOL_SIZE_MASK);
    expect(p - (p & ~POOL_SIZE_MASK)).toBe(POOL_OVERHEAD);
    expect(r & ~POOL_SIZE_MASK).not.toBe(p & ~POOL_SIZE_MASK);
    const stats = heapStats(heap);
    expect(stats.sizeClasses[0].blocksInUse).toBe(2);
    expect(stats.sizeClasses[1].blocksInUse).toBe(1);
    a.free(p);
    a.free(q);
    a.free(r);
    checkHeap(heap);
  });

  it('reuses a freed block first (LIFO free list)', () => {
    const a = new Pymalloc(makeHeap());
    const p = a.malloc(64);
    a.malloc(64);
    a.free(p);
    expect(a.malloc(64)).toBe(p);
  });

  it('fills a pool, moves to a new one, and puts the full pool back when a block is freed', () => {
    const heap = makeHeap();
    const a = new Pymalloc(heap);
    const perPool = Math.floor((POOL_SIZE - POOL_OVERHEAD) / 512);
    const blocks: number[] = [];
    for (let i = 0; i < perPool + 1; i++) blocks.push(a.malloc(512));
    expect(blocks[perPool] & ~POOL_SIZE_MASK).not.toBe(blocks[0] & ~POOL_SIZE_MASK);
    checkHeap(heap);
    a.free(blocks[3]);
    checkHeap(heap);
    expect(a.malloc(500)).toBe(blocks[3]);
    for (const b of blocks) a.free(b);
    checkHeap(heap);
  });

  it('gives an empty pool to another size class', () => {
    const heap = makeHeap();
    const a = new Pymalloc(heap);
    const p = a.malloc(32);
    const pool = p & ~POOL_SIZE_MASK;
    a.free(p);
    const q = a.malloc(256);
    expect(q & ~POOL_SIZE_MASK).toBe(pool);
    expect(heapStats(heap).sizeClasses[15].blocksInUse).toBe(1);
    a.free(q);
    checkHeap(heap);
  });

  it('releases an empty arena when another arena is usable, and reuses arena slots', () => {
    const heap = makeHeap();
    const a = new Pymalloc(heap);
    const blocks: number[] = [];
    // Three arenas' worth of 512-byte blocks (each 64 KiB arena holds 3 or 4 pools).
    for (let i = 0; i < 31 * 12; i++) blocks.push(a.malloc(512));
    const full = heapStats(heap);
    expect(full.arenas).toBeGreaterThanOrEqual(3);
    for (const b of blocks) a.free(b);
    const empty = heapStats(heap);
    expect(empty.arenas).toBe(1);
    expect(empty.arenasHighWater).toBe(full.arenas);
    expect(empty.bytesInUse).toBe(0);
    for (let i = 0; i < 31 * 12; i++) blocks[i] = a.malloc(512);
    expect(heapStats(heap).arenas).toBe(full.arenas);
    for (const b of blocks) a.free(b);
    checkHeap(heap);
  });

  it('serves requests over 512 bytes from coalescing large blocks', () => {
    const heap = makeHeap();
    const a = new Pymalloc(heap);
    const x = a.malloc(1000);
    const y = a.malloc(2000);
    const z = a.malloc(3000);
    const guard = a.malloc(600);
    expect(heapStats(heap).largeBlocksInUse).toBe(4);
    a.free(x);
    a.free(z);
    a.free(y);
    const stats = checkHeap(heap);
    expect(stats.largeBlocksFree).toBe(1);
    // The coalesced block serves a request as big as the three together.
    expect(a.malloc(5900)).toBe(x);
    a.free(guard);
    checkHeap(heap);
  });

  it('returns the last large block to the wilderness', () => {
    const heap = makeHeap();
    const a = new Pymalloc(heap);
    const before = heapStats(heap).topBytes;
    const x = a.malloc(4096);
    expect(heapStats(heap).topBytes).toBeGreaterThan(before);
    a.free(x);
    expect(checkHeap(heap).largeBlocksFree).toBe(0);
    expect(heapStats(heap).topBytes).toBe(before);
  });

  it('reallocs in place when it can and moves when it must, keeping the contents', () => {
    const heap = makeHeap();
    const a = new Pymalloc(heap);
    const p = a.malloc(100);
    heap.u8.fill(7, p, p + 100);
    expect(a.realloc(p, 110)).toBe(p);
    const q = a.realloc(p, 300);
    expect(q).not.toBe(p);
    expect([...heap.u8.subarray(q, q + 100)].every((b) => b === 7)).toBe(true);
    const r = a.realloc(q, 2000);
    heap.u8.fill(9, r + 100, r + 2000);
    const s = a.realloc(r, 8000); // the last block: grows in place at top
    expect(s).toBe(r);
    const t = a.realloc(s, 1000);
    expect(t).toBe(s);
    expect(heap.u8[t + 99]).toBe(7);
    expect(heap.u8[t + 999]).toBe(9);
    a.free(t);
    checkHeap(heap);
  });

  it('treats malloc(0) as malloc(1), zeroes calloc, refuses negative and huge sizes', () => {
    const heap = makeHeap();
    const a = new Pymalloc(heap);
    expect(a.malloc(0)).not.toBe(0);
    const p = a.malloc(64);
    heap.u8.fill(0xff, p, p + 64);
    a.free(p);
    const c = a.calloc(8, 8);
    expect(c).toBe(p);
    expect([...heap.u8.subarray(c, c + 64)].every((b) => b === 0)).toBe(true);
    expect(a.malloc(-1)).toBe(0);
    expect(a.malloc(2 ** 40)).toBe(0);
    expect(a.calloc(1 << 20, 1 << 20)).toBe(0);
    a.free(0);
    checkHeap(heap);
  });

  it('refuses to free a pool block of the other obmalloc state', () => {
    const heap = makeHeap();
    const main = new Pymalloc(heap);
    const raw = new Pymalloc(heap, { state: OBMALLOC_RAW });
    const p = main.malloc(32);
    expect(() => raw.free(p)).toThrow(expect.objectContaining({ kind: 'foreign-block' }));
    main.free(p);
    checkHeap(heap);
  });

  it('refuses to free a large block twice', () => {
    const a = new Pymalloc(makeHeap());
    const x = a.malloc(1000);
    a.malloc(1000);
    a.free(x);
    expect(() => a.free(x)).toThrow(expect.objectContaining({ kind: 'invalid-pointer' }));
  });

  it('links pools correctly when another attachment grew the heap past its views', () => {
    const heap = Heap.create({ maxBytes: 8 << 20, initialBytes: 0, arenaSizeBytes: 2 * POOL_SIZE });
    const one = new Pymalloc(Heap.attach(heap.buffer));
    const two = new Pymalloc(Heap.attach(heap.buffer));
    const perPool = Math.floor((POOL_SIZE - POOL_OVERHEAD) / 512);
    const first: number[] = [];
    for (let i = 0; i < perPool; i++) first.push(one.malloc(512)); // pool 1 is now full
    const sizeBefore = heap.sizeBytes;
    const grown: number[] = [];
    // The other attachment fills arenas until the heap grows; its last pool lies past one's views.
    while (grown.length === 0 || (grown[grown.length - 1] & ~POOL_SIZE_MASK) < sizeBefore) grown.push(two.malloc(512));
    expect(heap.sizeBytes).toBeGreaterThan(sizeBefore);
    one.free(first[0]); // pool 1 goes back to usedpools, in front of a pool one has never seen
    checkHeap(heap);
    for (const p of grown) one.free(p);
    for (const p of first.slice(1)) two.free(p);
    checkHeap(heap);
    expect(heapStats(heap).bytesInUse).toBe(0);
  });

  it('lets a locked allocator and a GIL-side pymalloc share one heap', () => {
    const heap = makeHeap();
    const main = new Pymalloc(heap);
    const raw = new LockedAllocator(heap);
    const ps = [main.malloc(24), raw.malloc(24), main.malloc(4000), raw.malloc(4000)];
    expect(ps[0] & ~POOL_SIZE_MASK).not.toBe(ps[1] & ~POOL_SIZE_MASK);
    checkHeap(heap);
    main.free(ps[0]);
    raw.free(ps[1]);
    raw.free(ps[2]); // large blocks belong to no state
    main.free(ps[3]);
    expect(heapStats(heap).bytesInUse).toBe(0);
  });
});
