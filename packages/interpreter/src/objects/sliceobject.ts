// Slice index arithmetic (CPython's Objects/sliceobject.c PySlice_Unpack and
// PySlice_AdjustIndices), shared by str, bytes, tuple and list slicing.

/** Python's sys.maxsize for pergil's 32-bit indexes: an omitted stop. @public */
export const PY_SSIZE_T_MAX = 0x7fffffff;
/** The most negative index: an omitted stop with a negative step. @public */
export const PY_SSIZE_T_MIN = -0x80000000;

/** A slice's start, stop and item count after PySlice_AdjustIndices. @public */
export interface AdjustedSlice {
  /** First index taken. */
  readonly start: number;
  /** Index past the last one taken. */
  readonly stop: number;
  /** Items in the slice. */
  readonly sliceLength: number;
}

/**
 * Defaults for omitted parts (CPython's PySlice_Unpack): `null` start is 0 (or the end for a
 * negative step), `null` stop is the end (or before the start), `null` step is 1. The step must
 * not be 0 (the caller raises "slice step cannot be zero").
 * @public
 */
export function PySlice_Unpack(start: number | null, stop: number | null, step: number | null): [number, number, number] {
  const st = step ?? 1;
  return [start ?? (st < 0 ? PY_SSIZE_T_MAX : 0), stop ?? (st < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX), st];
}

/** Clamps start and stop to a sequence of `length` items (CPython's PySlice_AdjustIndices). @public */
export function PySlice_AdjustIndices(length: number, start: number, stop: number, step: number): AdjustedSlice {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let sliceLength = 0;
  if (step < 0) {
    if (stop < start) sliceLength = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    sliceLength = Math.floor((stop - start - 1) / step) + 1;
  }
  return { start, stop, sliceLength };
}
