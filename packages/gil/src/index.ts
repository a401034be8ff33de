/**
 * A global interpreter lock over SharedArrayBuffer and Atomics.
 * @packageDocumentation
 */

/** @public */
export const GIL_PLACEHOLDER = 1;
