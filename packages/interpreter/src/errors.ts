// Errors of the interpreter layer's host-facing API (creating, attaching, finalizing
// interpreters and thread states). A Python-visible error is never one of these: it is a
// Python exception set on the thread state (see objects/exceptions.ts).

/** What went wrong in an {@link InterpreterError}. @public */
export type InterpreterErrorKind =
  | 'bad-config'
  | 'not-an-interpreter'
  | 'out-of-memory'
  | 'finalized'
  | 'bad-argument';

/** An error of the host-facing interpreter API (never visible to Python as such). @public */
export class InterpreterError extends Error {
  /** What went wrong. */
  readonly kind: InterpreterErrorKind;

  constructor(kind: InterpreterErrorKind, message: string) {
    super(`${kind}: ${message}`);
    this.name = 'InterpreterError';
    this.kind = kind;
  }
}
