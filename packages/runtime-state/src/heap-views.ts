// The typed-array views through which objects in one heap are read and written. Every object
// helper takes (views, offset) rather than a heap, so the same code serves the runtime heap
// (negative handles) and an interpreter's heap (positive handles).

/**
 * Fixed-length views over the first `byteLength` bytes of a heap's buffer. Fixed-length
 * rather than length-tracking because V8 runs code over length-tracking views of a growable
 * buffer several times slower (see the allocator package's Heap); after the heap grows, make new
 * views. Word i of `i32` is at byte 4 × i, element i of `f64` at byte 8 × i.
 * @public
 */
export interface HeapViews {
  /** Bytes: Latin-1 str data, bytes data, u8 fields. */
  readonly u8: Uint8Array;
  /** 16-bit units: UCS-2 str data. */
  readonly u16: Uint16Array;
  /** 32-bit words: headers, handles, int digits (values below 2 ** 30), UCS-4 str data. */
  readonly i32: Int32Array;
  /** Doubles: float values (8-aligned). */
  readonly f64: Float64Array;
}

/**
 * Makes views of `buffer`'s first `byteLength` bytes (default: all of it now; rounded down
 * to a multiple of 8).
 * @public
 */
export function makeHeapViews(buffer: SharedArrayBuffer | ArrayBuffer, byteLength: number = buffer.byteLength): HeapViews {
  const bytes = byteLength & ~7;
  return Object.freeze({
    u8: new Uint8Array(buffer, 0, bytes),
    u16: new Uint16Array(buffer, 0, bytes >> 1),
    i32: new Int32Array(buffer, 0, bytes >> 2),
    f64: new Float64Array(buffer, 0, bytes >> 3),
  });
}
