// The GIL's state in shared memory, declared once as data: CPython's
// `struct _gil_runtime_state` (Include/internal/pycore_gil.h) laid out as Int32 words.
//
// One GIL occupies GIL_STATE_SIZE_BYTES at a caller-chosen byte offset (a multiple of
// GIL_STATE_ALIGN_BYTES) of a SharedArrayBuffer: one in the runtime state (the shared
// GIL) and one in each interpreter's state (its own GIL). Every field is an Int32 word.
//
//  byte
//     0 ┌──────────────────────────────────┐
//       │ magic            i32             │ GIL_STATE_MAGIC once initialized
//     4 ├──────────────────────────────────┤
//       │ locked           i32             │ 0 = free, else the holder's thread id
//     8 ├──────────────────────────────────┤
//       │ last_holder      i32             │ id of the thread that took it last
//    12 ├──────────────────────────────────┤
//       │ switch_number    i32             │ times a different thread took it
//    16 ├──────────────────────────────────┤
//       │ interval_us      i32             │ switch interval, microseconds
//    20 ├──────────────────────────────────┤
//       │ waiters          i32             │ threads blocked in take
//    24 ├──────────────────────────────────┤
//       │ eval_breaker     i32             │ bit flags, see eval-breaker.ts
//    28 ├──────────────────────────────────┤
//       │ forced_switches  i32             │ switches forced by a drop request
//    32 ├──────────────────────────────────┤
//       │ drop_requests    i32             │ times a waiter set the drop request
//    36 ├──────────────────────────────────┤
//       │ reserved         i32[7]          │ pads the GIL to one cache line
//    64 └──────────────────────────────────┘ GIL_STATE_SIZE_BYTES
//
// NON-CPYTHON: `locked` holds the holder's id instead of a boolean, so that dropping a GIL
// the thread does not hold is detected with the same load; CPython's mutex and condition
// variables are replaced by Atomics.wait/notify on `locked` (gil->cond) and on
// `switch_number` (gil->switch_cond).

/** The type of one field of a shared-memory layout. @public */
export type GilFieldType = 'i32';

/** One field of the GIL's shared-memory layout: name, type, word count and meaning. @public */
export interface GilLayoutField {
  /** The field's name, CPython's where it has one. */
  readonly name: string;
  /** The type of each word. */
  readonly type: GilFieldType;
  /** How many words the field takes. */
  readonly countWords: number;
  /** What the field holds. */
  readonly comment: string;
}

/**
 * The GIL's fields in memory order; offsets and size are derived from this list.
 * @public
 */
export const GIL_STATE_FIELDS: readonly GilLayoutField[] = Object.freeze([
  field('magic', 'GIL_STATE_MAGIC once initialized'),
  field('locked', '0 = free, else the holder\'s thread id'),
  field('last_holder', 'id of the thread that took it last'),
  field('switch_number', 'times a different thread took it'),
  field('interval_us', 'switch interval, microseconds'),
  field('waiters', 'threads blocked in take'),
  field('eval_breaker', 'bit flags, see eval-breaker.ts'),
  field('forced_switches', 'switches forced by a drop request'),
  field('drop_requests', 'times a waiter set the drop request'),
  field('reserved', 'pads the GIL to one cache line', 7),
]);

function field(name: string, comment: string, countWords = 1): GilLayoutField {
  return Object.freeze({ name, type: 'i32', countWords, comment });
}

/** The name of a field of the GIL's state. @public */
export type GilStateFieldName =
  | 'magic'
  | 'locked'
  | 'last_holder'
  | 'switch_number'
  | 'interval_us'
  | 'waiters'
  | 'eval_breaker'
  | 'forced_switches'
  | 'drop_requests'
  | 'reserved';

const BYTES_PER_WORD = Int32Array.BYTES_PER_ELEMENT;

function deriveOffsets(): Readonly<Record<GilStateFieldName, number>> {
  const offsets: Partial<Record<GilStateFieldName, number>> = {};
  let offsetBytes = 0;
  for (const f of GIL_STATE_FIELDS) {
    offsets[f.name as GilStateFieldName] = offsetBytes;
    offsetBytes += f.countWords * BYTES_PER_WORD;
  }
  return Object.freeze(offsets as Record<GilStateFieldName, number>);
}

/**
 * Each field's byte offset from the start of a GIL's state.
 * @public
 */
export const GIL_STATE_OFFSET_BYTES: Readonly<Record<GilStateFieldName, number>> = deriveOffsets();

/**
 * Each field's Int32 word index from the start of a GIL's state
 * (add the GIL's base word index to index an `Int32Array` over the whole buffer).
 * @public
 */
export const GIL_STATE_OFFSET_WORDS: Readonly<Record<GilStateFieldName, number>> = Object.freeze(
  Object.fromEntries(
    Object.entries(GIL_STATE_OFFSET_BYTES).map(([name, bytes]) => [name, bytes / BYTES_PER_WORD]),
  ) as Record<GilStateFieldName, number>,
);

/**
 * Size of one GIL's state in bytes.
 * @public
 */
export const GIL_STATE_SIZE_BYTES: number = GIL_STATE_FIELDS.reduce(
  (sum, f) => sum + f.countWords * BYTES_PER_WORD,
  0,
);

/**
 * Required alignment of a GIL's byte offset: one cache line, so that two interpreters' own
 * GILs never share a line (false sharing would serialize them).
 * @public
 */
export const GIL_STATE_ALIGN_BYTES = 64;

/**
 * The value of `magic` in an initialized GIL: the ASCII bytes "GIL1".
 * @public
 */
export const GIL_STATE_MAGIC = 0x47494c31;

/**
 * CPython's default switch interval (sys.getswitchinterval() = 0.005 s), in microseconds.
 * @public
 */
export const DEFAULT_SWITCH_INTERVAL_MICROSECONDS = 5000;
