// Test-only: what the GIL test workers are told (workerData) and the control words they
// share with the test, laid out right after the GIL's state in the same buffer.

import { GIL_STATE_SIZE_BYTES } from '../gil.layout.js';

/** What a test worker does. @internal */
export type GilWorkerMode =
  /** Take once, add 1 to the counter `iterations` times polling the eval breaker, drop. */
  | 'count-poll'
  /** `iterations` times: take, add 1 to the counter, drop. */
  | 'count-take-drop'
  /** The same as count-take-drop over a NoopGil at the same place. */
  | 'count-noop'
  /** Take, then loop polling the eval breaker until the stop word is set, logging each (re)acquisition. */
  | 'spin'
  /** Take once, report how long that took, drop. */
  | 'wait-once'
  /** Drop without holding; report the error. */
  | 'drop-unheld';

/** The workerData of a test worker. @internal */
export interface GilWorkerData {
  readonly buffer: SharedArrayBuffer;
  readonly gilByteOffset: number;
  readonly threadId: number;
  readonly mode: GilWorkerMode;
  readonly iterations?: number;
  /** A spinning worker gives up after this long even if nobody sets the stop word. */
  readonly deadlineMs?: number;
}

/** What a test worker posts back. @internal */
export type GilWorkerMessage =
  | { readonly type: 'started' }
  | { readonly type: 'holding' }
  | { readonly type: 'done'; readonly waitedMs: number; readonly spins: number; readonly stats: Record<string, number> }
  | { readonly type: 'error'; readonly name: string; readonly kind: string; readonly message: string };

/** Word indices of the control area that follows the GIL at byte offset 0. @internal */
export const CONTROL_WORD = Object.freeze({
  /** Set to 1 by the test to stop spinning workers. */
  stop: GIL_STATE_SIZE_BYTES / 4,
  /** The plain (non-atomic) counter the workers increment under the GIL. */
  counter: GIL_STATE_SIZE_BYTES / 4 + 1,
  /** Number of entries in the acquisition log. */
  logLength: GIL_STATE_SIZE_BYTES / 4 + 2,
  /** First entry of the acquisition log (thread ids, in order of acquisition). */
  log: GIL_STATE_SIZE_BYTES / 4 + 3,
});

/** Capacity of the acquisition log, in entries. @internal */
export const LOG_CAPACITY = 4096;

/** Size of a buffer holding a GIL at offset 0 and the control area. @internal */
export const TEST_BUFFER_SIZE_BYTES = (CONTROL_WORD.log + LOG_CAPACITY) * 4;
