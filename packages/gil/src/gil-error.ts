// Errors of the GIL layer: the misuses CPython answers with Py_FatalError in
// Python/ceval_gil.c ("drop_gil: GIL is not locked", "tstate mix-up").

/**
 * What went wrong: `not-held` (dropping a GIL the thread does not hold), `already-held`
 * (taking a GIL the thread already holds), `not-initialized` (attaching where no GIL was
 * laid), `bad-place` (offset misaligned or out of bounds), `bad-argument` (a thread id or
 * interval out of range).
 * @public
 */
export type GilErrorKind = 'not-held' | 'already-held' | 'not-initialized' | 'bad-place' | 'bad-argument';

/**
 * A misuse of the GIL. The message names the thread and the holder.
 * @public
 */
export class GilError extends Error {
  /** What went wrong, for code that handles one misuse differently from another. */
  readonly kind: GilErrorKind;

  constructor(kind: GilErrorKind, message: string) {
    super(message);
    this.name = 'GilError';
    this.kind = kind;
  }
}
