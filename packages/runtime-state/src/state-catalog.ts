// The catalog of pergil's state: PEP 684's "State To Be Moved" made into a table in code —
// every piece of state, where it lives (runtime, interpreter, thread) and what protects it.
// This package provides the runtime part, one entry per field of the RuntimeState layout
// (state-catalog.test.ts keeps them in step); the interpreter layer appends its own entries
// with the same type, and renderCatalogMarkdown draws any list of them for the docs.

import { RUNTIME_STATE } from './runtime-state.layout.js';

/** Where a piece of state lives: process-wide, per interpreter, or per thread. @public */
export type StateHome = 'runtime' | 'interpreter' | 'thread';

/**
 * What makes concurrent access to a piece of state safe:
 * `immutable` — a constant of the layout, the same in every runtime;
 * `set-once-at-start` — chosen while the runtime (or interpreter) starts, before any other
 * thread can see it, and never written again;
 * `gil` — written only by the thread holding the owning interpreter's GIL;
 * `lock` — written only under a named mutex;
 * `atomic` — read and written with Atomics, by any thread.
 * @public
 */
export type StateProtection = 'immutable' | 'set-once-at-start' | 'gil' | 'lock' | 'atomic';

/** One piece of state in the catalog. @public */
export interface StateCatalogEntry {
  /** The field's name in its state struct's layout (for the runtime: a RuntimeState field). */
  readonly name: string;
  /** Where it lives. */
  readonly home: StateHome;
  /** What protects it. */
  readonly protection: StateProtection;
  /** Where CPython 3.12 keeps the same state, for a reader comparing the two. */
  readonly cpython: string;
  /** One line saying what it is. */
  readonly description: string;
}

function runtime(name: string, protection: StateProtection, cpython: string, description: string): StateCatalogEntry {
  return Object.freeze({ name, home: 'runtime', protection, cpython, description });
}

/**
 * The runtime's entries: every field of the RuntimeState struct, in layout order.
 * @public
 */
export const RUNTIME_STATE_CATALOG: readonly StateCatalogEntry[] = Object.freeze([
  runtime('magic', 'immutable', '—', 'marks the struct; published last, so an attacher sees a complete runtime'),
  runtime('version', 'immutable', '—', 'layout version; attach refuses another'),
  runtime('self_offset', 'set-once-at-start', '`&_PyRuntime`', 'where the struct is in the runtime heap'),
  runtime('status', 'atomic', '`_PyRuntime.initialized`, `_finalizing`', 'starting, initialized or finalizing'),
  runtime('allocator_kind', 'set-once-at-start', '`_PyRuntime.allocators`', 'pymalloc, or pymalloc under the debug hooks'),
  runtime('block_offset', 'set-once-at-start', '—', 'the allocator block the struct was carved from'),
  runtime('static_objects_start', 'set-once-at-start', '`_PyRuntime.static_objects`', 'start of the immortal objects block'),
  runtime('static_objects_end', 'set-once-at-start', '`_PyRuntime.static_objects`', 'end of the immortal objects block'),
  runtime('none', 'set-once-at-start', '`_Py_NoneStruct`', 'the handle of None'),
  runtime('true_', 'set-once-at-start', '`_Py_TrueStruct`', 'the handle of True'),
  runtime('false_', 'set-once-at-start', '`_Py_FalseStruct`', 'the handle of False'),
  runtime('ellipsis', 'set-once-at-start', '`_Py_EllipsisObject`', 'the handle of Ellipsis'),
  runtime('not_implemented', 'set-once-at-start', '`_Py_NotImplementedStruct`', 'the handle of NotImplemented'),
  runtime('empty_tuple', 'set-once-at-start', '`_Py_SINGLETON(tuple_empty)`', 'the handle of ()'),
  runtime('empty_str', 'set-once-at-start', '`_Py_STR(empty)`', "the handle of ''"),
  runtime('empty_bytes', 'set-once-at-start', '`_Py_SINGLETON(bytes_empty)`', "the handle of b''"),
  runtime('small_ints', 'set-once-at-start', '`_Py_SINGLETON(small_ints)`', 'handles of the ints -5..256'),
  runtime('latin1_chars', 'set-once-at-start', '`_Py_LATIN1_CHR(c)`', 'handles of the one-character strs U+0000..U+00FF'),
  runtime('interned', 'set-once-at-start', '`_Py_ID(name)`, `_PyRuntime.cached_objects.interned_strings`', 'the interned-string table of immortal strs; read-only, probed without a lock'),
  runtime('static_type_count', 'immutable', '`_Py_MAX_STATIC_BUILTIN_TYPES`', 'number of static builtin types'),
  runtime('static_types', 'set-once-at-start', '`PyLong_Type` … (static `PyTypeObject`s)', 'immutable parts of the static builtin types, by static index'),
  runtime('interpreters_mutex', 'atomic', '`_PyRuntime.interpreters.mutex`', 'the registry lock'),
  runtime('interpreters_next_id', 'lock', '`_PyRuntime.interpreters.next_id`', 'the next interpreter id; ids are never reused'),
  runtime('interpreters_main_id', 'lock', '`_PyRuntime.interpreters.main`', 'id of the main interpreter (the first registered)'),
  runtime('interpreters_count', 'lock', '— (CPython walks its list)', 'number of live interpreters'),
  runtime('interpreters_capacity', 'set-once-at-start', '—', 'size of the registry table (maxInterpreters)'),
  runtime('interpreters_table', 'lock', '`_PyRuntime.interpreters.head`', 'the live interpreters\' entries: id, flags, data'),
  runtime('xidata_registry', 'lock', '`_PyRuntime.xi.registry`', 'the cross-interpreter-data type registry (the channels layer fills it)'),
  runtime('gil', 'atomic', '`_PyRuntime.ceval.gil`', 'the GIL shared by legacy interpreters (`gil: "shared"`)'),
]);

/** The names of the RuntimeState fields the catalog must cover, in layout order. @internal */
export function runtimeStateFieldNames(): string[] {
  return RUNTIME_STATE.fields.map((f) => f.name);
}

/**
 * Draws catalog entries as a Markdown table (the package README embeds the runtime's, and a
 * test checks the README against this function's current output).
 * @public
 */
export function renderCatalogMarkdown(entries: readonly StateCatalogEntry[] = RUNTIME_STATE_CATALOG): string {
  const rows = [
    '| state | lives in | protected by | CPython | what it is |',
    '|---|---|---|---|---|',
    ...entries.map((e) => `| \`${e.name}\` | ${e.home} | ${e.protection} | ${e.cpython} | ${e.description} |`),
  ];
  return rows.join('\n') + '\n';
}
