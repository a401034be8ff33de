// A heap: one growable SharedArrayBuffer holding its own allocator state, so that any
// thread that attaches to it can allocate (the role of the arenas CPython's obmalloc gets
// from mmap, plus `_PyRuntime.obmalloc` / `interp->obmalloc`, here stored in the heap).
// NON-CPYTHON: all allocator state lives inside the buffer, not in process memory, because
// worker threads share nothing else.

import { AllocatorError } from './errors.js';
import {
  ALIGNMENT,
  ARENA_OBJECT,
  DEFAULT_ARENA_SIZE,
  HEAP_HEADER,
  HEAP_MAGIC,
  HEAP_VERSION,
  POOL_SIZE,
} from './heap.layout.js';
import { mutexLock, mutexUnlock } from './mutex.js';

const H = HEAP_HEADER.offsetWords;

/** Largest maxBytes a heap may have: offsets are positive int32s. @public */
export const HEAP_MAX_BYTES_LIMIT = 0x7fff0000;

/** The buffer's size is always a multiple of this, and so is maxBytes (rounded down). @public */
export const GROW_STEP_BYTES = 1 << 16;

/** Options of Heap.create. @public */
export interface HeapOptions {
  /** The most bytes the heap may ever hold (the buffer's maxByteLength). */
  readonly maxBytes: number;
  /** Bytes allocated up front (at least the header; rounded up to GROW_STEP_BYTES); the heap grows on demand. Defaults to the header plus 64 KiB. */
  readonly initialBytes?: number;
  /** Size of each small-object arena: a multiple of POOL_SIZE, at least 2 pools. Defaults to 1 MiB. */
  readonly arenaSizeBytes?: number;
}

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/**
 * A growable SharedArrayBuffer and the allocator state inside it. Create one with
 * {@link Heap.create}; give its `buffer` to another thread, which calls {@link Heap.attach}.
 * @public
 */
export class Heap {
  /** The shared buffer; post it to a worker and attach there. */
  readonly buffer: SharedArrayBuffer;
  // Fixed-length views, not length-tracking ones: V8 (Node 20) runs code over length-tracking
  // views of a growable buffer several times slower, so views are re-derived by refresh()
  // when any thread has grown the heap.
  private u8View: Uint8Array;
  private i32View: Int32Array;
  private viewLength: number;

  private constructor(buffer: SharedArrayBuffer) {
    this.buffer = buffer;
    this.viewLength = buffer.byteLength;
    this.u8View = new Uint8Array(buffer, 0, this.viewLength);
    this.i32View = new Int32Array(buffer, 0, this.viewLength >> 2);
  }

  /** Byte view of the heap as of the last {@link Heap.refresh}; call refresh() after another thread may have grown it. */
  get u8(): Uint8Array {
    return this.u8View;
  }

  /** Int32 view of the heap as of the last refresh; word i is at byte offset 4 * i. */
  get i32(): Int32Array {
    return this.i32View;
  }

  /** Bytes the views cover (a multiple of GROW_STEP_BYTES, so a pool is wholly in or out). */
  get viewBytes(): number {
    return this.viewLength;
  }

  /** Re-derives the views if the buffer has grown (here or in another thread); true if it had. */
  refresh(): boolean {
    const bytes = this.buffer.byteLength;
    if (bytes === this.viewLength) return false;
    this.viewLength = bytes;
    this.u8View = new Uint8Array(this.buffer, 0, bytes);
    this.i32View = new Int32Array(this.buffer, 0, bytes >> 2);
    return true;
  }

  /** Makes a new heap with an initialised header and no blocks. */
  static create(options: HeapOptions): Heap {
    const maxBytes = Math.floor(options.maxBytes / GROW_STEP_BYTES) * GROW_STEP_BYTES;
    const arenaSizeBytes = options.arenaSizeBytes ?? DEFAULT_ARENA_SIZE;
    if (!(maxBytes > 0 && maxBytes <= HEAP_MAX_BYTES_LIMIT)) {
      throw new AllocatorError('bad-argument', `maxBytes must be in ${GROW_STEP_BYTES}..${HEAP_MAX_BYTES_LIMIT}, got ${options.maxBytes}`);
    }
    if (!Number.isInteger(arenaSizeBytes) || arenaSizeBytes % POOL_SIZE !== 0 || arenaSizeBytes < 2 * POOL_SIZE) {
      throw new AllocatorError('bad-argument', `arenaSizeBytes must be a multiple of ${POOL_SIZE} of at least 2 pools, got ${arenaSizeBytes}`);
    }
    const pagemapOffset = HEAP_HEADER.sizeBytes;
    const pagemapBytes = Math.ceil(maxBytes / POOL_SIZE);
    const arenasOffset = roundUp(pagemapOffset + pagemapBytes, 4);
    const arenaSlots = Math.floor(maxBytes / arenaSizeBytes) + 1;
    const heapStart = roundUp(arenasOffset + arenaSlots * ARENA_OBJECT.sizeBytes, ALIGNMENT);
    if (heapStart > maxBytes) {
      throw new AllocatorError('bad-argument', `maxBytes ${maxBytes} leaves no room after the ${heapStart}-byte header`);
    }
    const requested = options.initialBytes ?? heapStart + GROW_STEP_BYTES;
    if (!(requested >= 0)) throw new AllocatorError('bad-argument', `initialBytes must be a size in bytes, got ${requested}`);
    // Never less than the header; always whole grow steps.
    const initialBytes = Math.min(maxBytes, roundUp(Math.max(requested, heapStart), GROW_STEP_BYTES));
    let buffer: SharedArrayBuffer;
    try {
      buffer = new SharedArrayBuffer(initialBytes, { maxByteLength: maxBytes });
    } catch (error) {
      throw new AllocatorError('bad-argument', `cannot reserve a ${maxBytes}-byte heap: ${String(error)}`);
    }
    const heap = new Heap(buffer);
    const i32 = heap.i32;
    i32[H.version] = HEAP_VERSION;
    i32[H.maxBytes] = maxBytes;
    i32[H.arenaSizeBytes] = arenaSizeBytes;
    i32[H.pagemapOffset] = pagemapOffset;
    i32[H.pagemapBytes] = pagemapBytes;
    i32[H.arenasOffset] = arenasOffset;
    i32[H.arenaSlots] = arenaSlots;
    i32[H.heapStart] = heapStart;
    i32[H.top] = heapStart;
    i32[H.topHighWater] = heapStart;
    // Every arena object starts on the unused list, in index order.
    const A = ARENA_OBJECT.offsetWords;
    for (let index = 0; index < arenaSlots; index++) {
      i32[(arenasOffset >> 2) + index * ARENA_OBJECT.sizeWords + A.nextarena] = index + 1 < arenaSlots ? index + 2 : 0;
    }
    i32[H.unusedArenas] = 1;
    // Publish the magic last: a thread that sees it sees an initialised header.
    Atomics.store(i32, H.magic, HEAP_MAGIC);
    return heap;
  }

  /** Attaches to a heap made by Heap.create, possibly in another thread. */
  static attach(buffer: SharedArrayBuffer): Heap {
    if (!(buffer instanceof SharedArrayBuffer) || !buffer.growable || buffer.byteLength < HEAP_HEADER.sizeBytes) {
      throw new AllocatorError('bad-heap', 'not a growable SharedArrayBuffer holding a heap');
    }
    const heap = new Heap(buffer);
    if (Atomics.load(heap.i32, H.magic) !== HEAP_MAGIC || heap.i32[H.version] !== HEAP_VERSION) {
      throw new AllocatorError('bad-heap', `no heap header (version ${HEAP_VERSION}) at offset 0`);
    }
    return heap;
  }

  /** Bytes the buffer holds now. */
  get sizeBytes(): number {
    return this.buffer.byteLength;
  }

  /** The most bytes the heap may ever hold. */
  get maxBytes(): number {
    return this.i32[H.maxBytes];
  }

  /** Size of each small-object arena in bytes. */
  get arenaSizeBytes(): number {
    return this.i32[H.arenaSizeBytes];
  }

  /**
   * Offset of the heap owner's root struct (the runtime state in the runtime heap, the
   * interpreter state in an interpreter's heap), or 0 before the owner published it. A thread
   * that attaches to the heap finds everything else from here.
   */
  get root(): number {
    return Atomics.load(this.i32, H.root);
  }

  // Publishing the root: set once, after the struct is complete.
  set root(offset: number) {
    if (!Number.isInteger(offset) || offset < 0 || offset >= this.buffer.byteLength) {
      throw new AllocatorError('bad-argument', `root offset ${offset} is outside the heap (${this.buffer.byteLength} bytes)`);
    }
    Atomics.store(this.i32, H.root, offset);
  }

  /** Takes the heap lock (sleeping on Atomics.wait while another thread holds it). Not reentrant. */
  lock(): void {
    mutexLock(this.i32, H.mutex);
  }

  /** Releases the heap lock. */
  unlock(): void {
    mutexUnlock(this.i32, H.mutex);
  }

  /**
   * Grows the buffer so that it holds at least `endBytes` bytes; false if that would pass
   * maxBytes or the buffer cannot grow. Refreshes the views. The caller holds the heap lock.
   * @internal
   */
  ensureCapacity(endBytes: number): boolean {
    const buffer = this.buffer;
    if (endBytes > buffer.byteLength) {
      if (endBytes > buffer.maxByteLength) return false;
      try {
        buffer.grow(Math.min(buffer.maxByteLength, roundUp(endBytes, GROW_STEP_BYTES)));
      } catch {
        // NON-CPYTHON: grow() failing is our "mmap returned NULL"; the caller reports 0.
        return false;
      }
    }
    this.refresh();
    return true;
  }
}
