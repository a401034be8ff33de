// Errors of the runtime-state layer: one class with a `kind`, messages naming the offset,
// the interpreter id or the name concerned.

/** What went wrong in a {@link RuntimeStateError}. @public */
export type RuntimeStateErrorKind =
  | 'bad-argument'
  | 'not-a-runtime'
  | 'out-of-memory'
  | 'registry-full'
  | 'no-such-interpreter'
  | 'main-interpreter-busy'
  | 'finalizing'
  | 'unknown-type';

/** An error raised by the runtime state (never visible to Python as such). @public */
export class RuntimeStateError extends Error {
  /** What went wrong. */
  readonly kind: RuntimeStateErrorKind;

  constructor(kind: RuntimeStateErrorKind, message: string) {
    super(`${kind}: ${message}`);
    this.name = 'RuntimeStateError';
    this.kind = kind;
  }
}
