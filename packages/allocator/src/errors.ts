// Allocator misuse and heap corruption as errors with a kind (what PYTHONMALLOC=debug
// reports through _PyObject_DebugDumpAddress and Py_FatalError in Objects/obmalloc.c).

/**
 * What went wrong: a misuse caught by the debug hooks (`double-free`, `overrun`,
 * `underrun`, `wrong-domain`), a pointer the allocator does not know (`invalid-pointer`,
 * `foreign-block` for a pool block of the other obmalloc state), a bad heap or option
 * (`heap-corrupt`, `bad-heap`, `bad-argument`).
 * @public
 */
export type AllocatorErrorKind =
  | 'double-free'
  | 'overrun'
  | 'underrun'
  | 'wrong-domain'
  | 'invalid-pointer'
  | 'foreign-block'
  | 'heap-corrupt'
  | 'bad-heap'
  | 'bad-argument';

/** An allocator error; `kind` says what, the message names the offset and the size. @public */
export class AllocatorError extends Error {
  /** What went wrong. */
  readonly kind: AllocatorErrorKind;
  /** Offset of the block concerned (0 if none). */
  readonly offset: number;
  /** Size in bytes of the block concerned, as requested (0 if unknown). */
  readonly sizeBytes: number;

  constructor(kind: AllocatorErrorKind, message: string, offset = 0, sizeBytes = 0) {
    super(`${kind}: ${message}`);
    this.name = 'AllocatorError';
    this.kind = kind;
    this.offset = offset;
    this.sizeBytes = sizeBytes;
  }
}
