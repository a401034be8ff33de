// The eval breaker's bit layout: CPython's `eval_breaker` word (Include/internal/pycore_ceval.h,
// the _PY_*_BIT flags). Any nonzero value sends the eval loop to its slow path.
//
// NON-CPYTHON: the eval breaker lives in the GIL's state (one per GIL), not in each thread
// state as in CPython 3.13; the interpreter layer sets its own bits in the same word.

/**
 * Bit numbers of the eval breaker word. Bit 0 is owned by the GIL; the others are reserved
 * for the interpreter layer, which sets them with `Gil.setEvalBreakerBit`. The numbering is
 * CPython 3.13's; bits 8..30 are free for pergil's own events.
 * @public
 */
export const EVAL_BREAKER_BIT = Object.freeze({
  /** Another thread waited a whole switch interval: the holder should drop the GIL. */
  GIL_DROP_REQUEST: 0,
  /** A signal arrived and the main thread should run its handlers. */
  SIGNALS_PENDING: 1,
  /** Pending calls (Py_AddPendingCall) are queued. */
  CALLS_TO_DO: 2,
  /** An asynchronous exception (PyThreadState_SetAsyncExc) awaits. */
  ASYNC_EXCEPTION: 3,
  /** The garbage collector should run. */
  GC_SCHEDULED: 4,
  /** Stop-the-world request. */
  EVAL_PLEASE_STOP: 5,
  /** Explicit merge of thread-local state. */
  EVAL_EXPLICIT_MERGE: 6,
  /** The JIT asks to invalidate cold executors. */
  EVAL_JIT_INVALIDATE_COLD: 7,
} as const);

/** The name of an eval breaker bit. @public */
export type EvalBreakerBitName = keyof typeof EVAL_BREAKER_BIT;

/**
 * The mask of the GIL drop request bit (`_PY_GIL_DROP_REQUEST_BIT`).
 * @public
 */
export const GIL_DROP_REQUEST_MASK = 1 << EVAL_BREAKER_BIT.GIL_DROP_REQUEST;

/**
 * Number of bits usable in the eval breaker word (bit 31 is left alone so the word stays
 * a non-negative Int32).
 * @public
 */
export const EVAL_BREAKER_BITS_AVAILABLE = 31;
