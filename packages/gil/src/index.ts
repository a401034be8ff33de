/**
 * A global interpreter lock over SharedArrayBuffer and Atomics, with CPython's switching
 * algorithm (Python/ceval_gil.c): switch interval, drop request through the eval breaker,
 * forced switching; and a no-op lock for experiments.
 * @packageDocumentation
 */

export type { Gil, GilStatistics } from './gil.js';
export { AtomicsGil, FORCED_SWITCH_TIMEOUT_MS } from './ceval-gil.js';
export type { GilInitOptions } from './ceval-gil.js';
export { NoopGil } from './noop-gil.js';
export { GilThread, MAX_GIL_THREAD_ID } from './gil-thread.js';
export type { GilThreadOptions, GilThreadStatistics } from './gil-thread.js';
export { GilError } from './gil-error.js';
export type { GilErrorKind } from './gil-error.js';
export {
  EVAL_BREAKER_BIT,
  EVAL_BREAKER_BITS_AVAILABLE,
  GIL_DROP_REQUEST_MASK,
} from './eval-breaker.js';
export type { EvalBreakerBitName } from './eval-breaker.js';
export {
  DEFAULT_SWITCH_INTERVAL_MICROSECONDS,
  GIL_STATE_ALIGN_BYTES,
  GIL_STATE_FIELDS,
  GIL_STATE_MAGIC,
  GIL_STATE_OFFSET_BYTES,
  GIL_STATE_OFFSET_WORDS,
  GIL_STATE_SIZE_BYTES,
} from './gil.layout.js';
export type { GilFieldType, GilLayoutField, GilStateFieldName } from './gil.layout.js';
