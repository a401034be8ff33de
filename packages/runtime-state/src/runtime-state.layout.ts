// The bytes of the runtime state, declared once as data: CPython's `_PyRuntimeState`
// (Include/internal/pycore_runtime.h) — one struct for all process-wide state, grouped by
// subsystem — plus the tables it points to: the interned-string table and the interpreter
// registry's entries. runtime-state.layout.test.ts checks the diagrams against the fields.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// RuntimeState:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ magic                i32               │ RUNTIME_STATE_MAGIC, written last at start
//     4 ├────────────────────────────────────────┤
//       │ version              i32               │ RUNTIME_STATE_VERSION
//     8 ├────────────────────────────────────────┤
//       │ self_offset          i32               │ byte offset of this struct, so attach can tell it from stray bytes
//    12 ├────────────────────────────────────────┤
//       │ status               i32               │ RUNTIME_STATUS_*: starting, initialized, finalizing
//    16 ├────────────────────────────────────────┤
//       │ allocator_kind       i32               │ 0 pymalloc, 1 pymalloc with debug hooks
//    20 ├────────────────────────────────────────┤
//       │ block_offset         i32               │ the allocator block this struct was carved from
//    24 ├────────────────────────────────────────┤
//       │ static_objects_start i32               │ first byte of the immortal objects block
//    28 ├────────────────────────────────────────┤
//       │ static_objects_end   i32               │ end of the immortal objects block
//    32 ├────────────────────────────────────────┤
//       │ none                 handle            │ None
//    36 ├────────────────────────────────────────┤
//       │ true_                handle            │ True
//    40 ├────────────────────────────────────────┤
//       │ false_               handle            │ False
//    44 ├────────────────────────────────────────┤
//       │ ellipsis             handle            │ Ellipsis
//    48 ├────────────────────────────────────────┤
//       │ not_implemented      handle            │ NotImplemented
//    52 ├────────────────────────────────────────┤
//       │ empty_tuple          handle            │ ()
//    56 ├────────────────────────────────────────┤
//       │ empty_str            handle            │ ''
//    60 ├────────────────────────────────────────┤
//       │ empty_bytes          handle            │ b''
//    64 ├────────────────────────────────────────┤
//       │ small_ints           handle[262]       │ ints -5..256, index n + 5
//  1112 ├────────────────────────────────────────┤
//       │ latin1_chars         handle[256]       │ one-character strs U+0000..U+00FF
//  2136 ├────────────────────────────────────────┤
//       │ interned             i32               │ byte offset of the InternedTable
//  2140 ├────────────────────────────────────────┤
//       │ static_type_count    i32               │ number of static builtin types
//  2144 ├────────────────────────────────────────┤
//       │ static_types         handle[131]       │ type objects by static index
//  2668 ├────────────────────────────────────────┤
//       │ interpreters_mutex   i32               │ guards the fields below: 0 free, 1 locked, 2 contended
//  2672 ├────────────────────────────────────────┤
//       │ interpreters_next_id i32               │ the id the next interpreter gets; ids are never reused
//  2676 ├────────────────────────────────────────┤
//       │ interpreters_main_id i32               │ id of the main interpreter, -1 before the first registers
//  2680 ├────────────────────────────────────────┤
//       │ interpreters_count   i32               │ live interpreters
//  2684 ├────────────────────────────────────────┤
//       │ interpreters_capacity i32               │ entries in the table
//  2688 ├────────────────────────────────────────┤
//       │ interpreters_table   i32               │ byte offset of InterpreterEntry[capacity]
//  2692 ├────────────────────────────────────────┤
//       │ xidata_registry      reserved[32]      │ reserved for the channels layer
//  2752 ├────────────────────────────────────────┤
//       │ gil                  reserved[64]      │ an AtomicsGil, on its own cache line
//  2816 └────────────────────────────────────────┘
//
// InternedTable:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ capacity             i32               │ slots; a power of two, at least twice used
//     4 ├────────────────────────────────────────┤
//       │ used                 i32               │ strings in the table
//     8 └────────────────────────────────────────┘
//       ┆ slots                i32[]             ┆ at 8: capacity × (hash, handle)
//
// InterpreterEntry:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ id                   i32               │ the interpreter's id; -1 = free entry
//     4 ├────────────────────────────────────────┤
//       │ flags                i32               │ INTERPRETER_FLAG_* bits given at registration
//     8 ├────────────────────────────────────────┤
//       │ data                 i32               │ a word the interpreter layer owns (e.g. where its state lives)
//    12 ├────────────────────────────────────────┤
//       │ reserved             i32               │ zero
//    16 └────────────────────────────────────────┘
//
// (end of diagrams)

import { GIL_STATE_ALIGN_BYTES, GIL_STATE_SIZE_BYTES } from '@pergil/gil';
import { defineLayout } from './layout.js';
import { STATIC_TYPES } from './static-types.js';

/** "PGRT": the first word of the runtime state. @internal */
export const RUNTIME_STATE_MAGIC = 0x50475254;
/** Version of this layout; RuntimeState.attach refuses another. @internal */
export const RUNTIME_STATE_VERSION = 1;
/** Smallest cached int (CPython's _PY_NSMALLNEGINTS negated). @public */
export const SMALL_INT_MIN = -5;
/** Largest cached int (CPython's _PY_NSMALLPOSINTS - 1). @public */
export const SMALL_INT_MAX = 256;
/** Number of cached small ints, -5..256. @public */
export const SMALL_INT_COUNT = SMALL_INT_MAX - SMALL_INT_MIN + 1;
/** Number of single-character Latin-1 strings, U+0000..U+00FF. @public */
export const LATIN1_CHAR_COUNT = 256;
/** Bytes reserved for the cross-interpreter-data type registry, which the channels layer defines. @public */
export const XIDATA_REGISTRY_SIZE_BYTES = 32;

/** Runtime status: laying out objects; nothing may attach yet. @public */
export const RUNTIME_STATUS_STARTING = 0;
/** Runtime status: initialized; immortals are read-only, interpreters may register. @public */
export const RUNTIME_STATUS_INITIALIZED = 1;
/** Runtime status: finalizing; no new interpreter may register. @public */
export const RUNTIME_STATUS_FINALIZING = 2;

/** The runtime state (CPython's `_PyRuntimeState`), one per runtime heap; add `runtime.stateOffset` to a field's offset. @beta */
export const RUNTIME_STATE = defineLayout('RuntimeState', [
  // identity and lifecycle
  { name: 'magic', type: 'i32', doc: 'RUNTIME_STATE_MAGIC, written last at start' },
  { name: 'version', type: 'i32', doc: 'RUNTIME_STATE_VERSION' },
  { name: 'self_offset', type: 'i32', doc: 'byte offset of this struct, so attach can tell it from stray bytes' },
  { name: 'status', type: 'i32', doc: 'RUNTIME_STATUS_*: starting, initialized, finalizing' },
  { name: 'allocator_kind', type: 'i32', doc: '0 pymalloc, 1 pymalloc with debug hooks' },
  { name: 'block_offset', type: 'i32', doc: 'the allocator block this struct was carved from' },
  // static objects (immortal, read-only after start)
  { name: 'static_objects_start', type: 'i32', doc: 'first byte of the immortal objects block' },
  { name: 'static_objects_end', type: 'i32', doc: 'end of the immortal objects block' },
  { name: 'none', type: 'handle', doc: 'None' },
  { name: 'true_', type: 'handle', doc: 'True' },
  { name: 'false_', type: 'handle', doc: 'False' },
  { name: 'ellipsis', type: 'handle', doc: 'Ellipsis' },
  { name: 'not_implemented', type: 'handle', doc: 'NotImplemented' },
  { name: 'empty_tuple', type: 'handle', doc: '()' },
  { name: 'empty_str', type: 'handle', doc: "''" },
  { name: 'empty_bytes', type: 'handle', doc: "b''" },
  { name: 'small_ints', type: 'handle', count: SMALL_INT_COUNT, doc: 'ints -5..256, index n + 5' },
  { name: 'latin1_chars', type: 'handle', count: LATIN1_CHAR_COUNT, doc: 'one-character strs U+0000..U+00FF' },
  { name: 'interned', type: 'i32', doc: 'byte offset of the InternedTable' },
  // static builtin types (immutable part; each interpreter keeps the mutable part by index)
  { name: 'static_type_count', type: 'i32', doc: 'number of static builtin types' },
  { name: 'static_types', type: 'handle', count: STATIC_TYPES.length, doc: 'type objects by static index' },
  // interpreter registry (CPython's `_PyRuntimeState.interpreters`)
  // NON-CPYTHON: a fixed table of entries allocated at start instead of a linked list of
  // PyInterpreterState, so registering never allocates and a reader never follows a pointer.
  { name: 'interpreters_mutex', type: 'i32', doc: 'guards the fields below: 0 free, 1 locked, 2 contended' },
  { name: 'interpreters_next_id', type: 'i32', doc: 'the id the next interpreter gets; ids are never reused' },
  { name: 'interpreters_main_id', type: 'i32', doc: 'id of the main interpreter, -1 before the first registers' },
  { name: 'interpreters_count', type: 'i32', doc: 'live interpreters' },
  { name: 'interpreters_capacity', type: 'i32', doc: 'entries in the table' },
  { name: 'interpreters_table', type: 'i32', doc: 'byte offset of InterpreterEntry[capacity]' },
  // cross-interpreter data (CPython's `_PyRuntimeState.xi`), filled by the channels layer
  { name: 'xidata_registry', type: 'reserved', count: XIDATA_REGISTRY_SIZE_BYTES, doc: 'reserved for the channels layer' },
  // the GIL shared by legacy interpreters (CPython's `_PyRuntimeState.ceval.gil`)
  { name: 'gil', type: 'reserved', count: GIL_STATE_SIZE_BYTES, alignBytes: GIL_STATE_ALIGN_BYTES, doc: 'an AtomicsGil, on its own cache line' },
]);

/**
 * The interned-string table: open addressing over immortal str handles, built once at start
 * and read-only after, so any thread probes it without a lock. Slot i is two words: the
 * string's internHashString and its handle (0 = empty). Capacity is a power of two.
 * @beta
 */
export const INTERNED_TABLE = defineLayout('InternedTable', [
  { name: 'capacity', type: 'i32', doc: 'slots; a power of two, at least twice used' },
  { name: 'used', type: 'i32', doc: 'strings in the table' },
  { name: 'slots', type: 'i32', count: 0, doc: 'capacity × (hash, handle)' },
]);

/** An entry of the interpreter registry's table. @beta */
export const INTERPRETER_ENTRY = defineLayout('InterpreterEntry', [
  { name: 'id', type: 'i32', doc: 'the interpreter\'s id; -1 = free entry' },
  { name: 'flags', type: 'i32', doc: 'INTERPRETER_FLAG_* bits given at registration' },
  { name: 'data', type: 'i32', doc: 'a word the interpreter layer owns (e.g. where its state lives)' },
  { name: 'reserved', type: 'i32', doc: 'zero' },
]);
