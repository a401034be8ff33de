// The per-interpreter state struct, CPython's `struct _is` (Include/internal/pycore_interp.h):
// one struct in the interpreter's own heap (published as that heap's root), its fields grouped
// by subsystem as CPython groups them (`ceval`, `gc`, `imports`, `types`, `atexit`, `threads`).
// The static types' mutable part (`types_static_state`) is a separate table of
// STATIC_TYPE_STATE entries, one per static builtin type, indexed by static index.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// InterpreterState:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ magic                i32               │ INTERPRETER_STATE_MAGIC once the struct is complete
//     4 ├────────────────────────────────────────┤
//       │ id                   i32               │ the id the runtime registry gave (interp->id)
//     8 ├────────────────────────────────────────┤
//       │ self_offset          i32               │ where this struct is in its heap
//    12 ├────────────────────────────────────────┤
//       │ block_offset         i32               │ the allocator block the struct was carved from
//    16 ├────────────────────────────────────────┤
//       │ config_gil           i32               │ PyInterpreterConfig_SHARED_GIL (1) or _OWN_GIL (2)
//    20 ├────────────────────────────────────────┤
//       │ config_use_main_obmalloc i32               │ 1: objects live in the main interpreter's heap
//    24 ├────────────────────────────────────────┤
//       │ config_check_multi_interp_extensions i32               │ 1: refuse single-phase-init extensions
//    28 ├────────────────────────────────────────┤
//       │ config_allow_threads i32               │ 1: threading may start threads
//    32 ├────────────────────────────────────────┤
//       │ config_allow_daemon_threads i32               │ 1: daemon threads allowed
//    36 ├────────────────────────────────────────┤
//       │ config_allow_fork    i32               │ 1: os.fork allowed
//    40 ├────────────────────────────────────────┤
//       │ config_allow_exec    i32               │ 1: os.exec* allowed
//    44 ├────────────────────────────────────────┤
//       │ config_max_heap_bytes i32               │ the heap's maximum size; past it, MemoryError
//    48 ├────────────────────────────────────────┤
//       │ ceval_eval_breaker   i32               │ eval breaker word of a shared-GIL interpreter (own GIL: the GIL's)
//    52 ├────────────────────────────────────────┤
//       │ ceval_recursion_limit i32               │ sys.getrecursionlimit(), default 1000
//    56 ├────────────────────────────────────────┤
//       │ ceval_gil            i32               │ where the GIL is: > 0 this heap (own), < 0 the runtime heap (shared)
//    64 ├────────────────────────────────────────┤
//       │ gil                  reserved[64]      │ the own GIL (an AtomicsGil)
//   128 ├────────────────────────────────────────┤
//       │ gc_heads             i32[6]            │ per generation: list head next, prev (0 = empty)
//   152 ├────────────────────────────────────────┤
//       │ gc_counts            i32[3]            │ allocations (gen 0) or collections since the last one
//   164 ├────────────────────────────────────────┤
//       │ gc_thresholds        i32[3]            │ gc.get_threshold(): 700, 10, 10
//   176 ├────────────────────────────────────────┤
//       │ gc_enabled           i32               │ gc.isenabled()
//   180 ├────────────────────────────────────────┤
//       │ imports_modules      handle            │ sys.modules, NULL until made
//   184 ├────────────────────────────────────────┤
//       │ imports_sys          handle            │ the sys module, NULL until made
//   188 ├────────────────────────────────────────┤
//       │ imports_builtins     handle            │ the builtins module, NULL until made
//   192 ├────────────────────────────────────────┤
//       │ types_static_count   i32               │ entries in the static types' mutable-part table
//   196 ├────────────────────────────────────────┤
//       │ types_static_state   i32               │ offset of the STATIC_TYPE_STATE table
//   200 ├────────────────────────────────────────┤
//       │ types_next_version_tag i32               │ next type version tag to hand out
//   204 ├────────────────────────────────────────┤
//       │ atexit_callbacks     handle            │ the registered atexit callbacks (a list), NULL if none
//   208 ├────────────────────────────────────────┤
//       │ threads_count        i32               │ live thread states
//   212 ├────────────────────────────────────────┤
//       │ threads_head         i32               │ offset of the most recent ThreadState (list head), 0 if none
//   216 ├────────────────────────────────────────┤
//       │ threads_next_unique_id i32               │ the next thread state id
//   220 ├────────────────────────────────────────┤
//       │ memory_error         handle            │ the preallocated MemoryError instance
//   224 ├────────────────────────────────────────┤
//       │ finalizing           i32               │ 1 once finalization has begun
//   256 └────────────────────────────────────────┘
//
// StaticTypeState:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ tp_dict              handle            │ the type's __dict__, NULL until first use
//     4 ├────────────────────────────────────────┤
//       │ tp_subclasses        handle            │ dict of weak references to subclasses, NULL if none
//     8 ├────────────────────────────────────────┤
//       │ tp_version_tag       i32               │ the attribute cache version tag, 0 = unassigned
//    12 ├────────────────────────────────────────┤
//       │ reserved             i32               │ zero
//    16 └────────────────────────────────────────┘
//
// (end of diagrams)

import { GIL_STATE_ALIGN_BYTES, GIL_STATE_SIZE_BYTES } from '@pergil/gil';
import { defineLayout } from '@pergil/runtime-state';

/** Number of GC generations (CPython's NUM_GENERATIONS). @public */
export const NUM_GENERATIONS = 3;

/**
 * InterpreterState: everything one interpreter owns (CPython's PyInterpreterState).
 * @public
 */
export const INTERPRETER_STATE = defineLayout('InterpreterState', [
  // identity
  { name: 'magic', type: 'i32', doc: 'INTERPRETER_STATE_MAGIC once the struct is complete' },
  { name: 'id', type: 'i32', doc: 'the id the runtime registry gave (interp->id)' },
  { name: 'self_offset', type: 'i32', doc: 'where this struct is in its heap' },
  { name: 'block_offset', type: 'i32', doc: 'the allocator block the struct was carved from' },
  // config (PyInterpreterConfig, set once at creation)
  { name: 'config_gil', type: 'i32', doc: 'PyInterpreterConfig_SHARED_GIL (1) or _OWN_GIL (2)' },
  { name: 'config_use_main_obmalloc', type: 'i32', doc: '1: objects live in the main interpreter\'s heap' },
  { name: 'config_check_multi_interp_extensions', type: 'i32', doc: '1: refuse single-phase-init extensions' },
  { name: 'config_allow_threads', type: 'i32', doc: '1: threading may start threads' },
  { name: 'config_allow_daemon_threads', type: 'i32', doc: '1: daemon threads allowed' },
  { name: 'config_allow_fork', type: 'i32', doc: '1: os.fork allowed' },
  { name: 'config_allow_exec', type: 'i32', doc: '1: os.exec* allowed' },
  { name: 'config_max_heap_bytes', type: 'i32', doc: 'the heap\'s maximum size; past it, MemoryError' },
  // ceval
  { name: 'ceval_eval_breaker', type: 'i32', doc: 'eval breaker word of a shared-GIL interpreter (own GIL: the GIL\'s)' },
  { name: 'ceval_recursion_limit', type: 'i32', doc: 'sys.getrecursionlimit(), default 1000' },
  { name: 'ceval_gil', type: 'i32', doc: 'where the GIL is: > 0 this heap (own), < 0 the runtime heap (shared)' },
  // the own GIL (unused, zero, for gil: shared)
  { name: 'gil', type: 'reserved', count: GIL_STATE_SIZE_BYTES, alignBytes: GIL_STATE_ALIGN_BYTES, doc: 'the own GIL (an AtomicsGil)' },
  // gc
  { name: 'gc_heads', type: 'i32', count: 2 * NUM_GENERATIONS, doc: 'per generation: list head next, prev (0 = empty)' },
  { name: 'gc_counts', type: 'i32', count: NUM_GENERATIONS, doc: 'allocations (gen 0) or collections since the last one' },
  { name: 'gc_thresholds', type: 'i32', count: NUM_GENERATIONS, doc: 'gc.get_threshold(): 700, 10, 10' },
  { name: 'gc_enabled', type: 'i32', doc: 'gc.isenabled()' },
  // imports
  { name: 'imports_modules', type: 'handle', doc: 'sys.modules, NULL until made' },
  { name: 'imports_sys', type: 'handle', doc: 'the sys module, NULL until made' },
  { name: 'imports_builtins', type: 'handle', doc: 'the builtins module, NULL until made' },
  // types
  { name: 'types_static_count', type: 'i32', doc: 'entries in the static types\' mutable-part table' },
  { name: 'types_static_state', type: 'i32', doc: 'offset of the STATIC_TYPE_STATE table' },
  { name: 'types_next_version_tag', type: 'i32', doc: 'next type version tag to hand out' },
  // atexit
  { name: 'atexit_callbacks', type: 'handle', doc: 'the registered atexit callbacks (a list), NULL if none' },
  // threads
  { name: 'threads_count', type: 'i32', doc: 'live thread states' },
  { name: 'threads_head', type: 'i32', doc: 'offset of the most recent ThreadState (list head), 0 if none' },
  { name: 'threads_next_unique_id', type: 'i32', doc: 'the next thread state id' },
  // preallocated
  { name: 'memory_error', type: 'handle', doc: 'the preallocated MemoryError instance' },
  // lifecycle
  { name: 'finalizing', type: 'i32', doc: '1 once finalization has begun' },
]);

/**
 * One entry of the static types' mutable part (CPython 3.12's `static_builtin_state`): what an
 * interpreter may change about a static builtin type, at the type's static index.
 * @public
 */
export const STATIC_TYPE_STATE = defineLayout('StaticTypeState', [
  { name: 'tp_dict', type: 'handle', doc: 'the type\'s __dict__, NULL until first use' },
  { name: 'tp_subclasses', type: 'handle', doc: 'dict of weak references to subclasses, NULL if none' },
  { name: 'tp_version_tag', type: 'i32', doc: 'the attribute cache version tag, 0 = unassigned' },
  { name: 'reserved', type: 'i32', doc: 'zero' },
]);

/** `magic` of a complete InterpreterState ('PIS1'). @public */
export const INTERPRETER_STATE_MAGIC = 0x50495331;
/** CPython's PyInterpreterConfig_SHARED_GIL. @public */
export const PyInterpreterConfig_SHARED_GIL = 1;
/** CPython's PyInterpreterConfig_OWN_GIL. @public */
export const PyInterpreterConfig_OWN_GIL = 2;
/** The default recursion limit (CPython's Py_DEFAULT_RECURSION_LIMIT). @public */
export const Py_DEFAULT_RECURSION_LIMIT = 1000;
/** gc.get_threshold()'s defaults. @public */
export const GC_DEFAULT_THRESHOLDS: readonly [number, number, number] = Object.freeze([700, 10, 10]) as readonly [number, number, number];
