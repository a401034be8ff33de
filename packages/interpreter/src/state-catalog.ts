// The interpreter's and the thread's part of pergil's state catalog (PEP 684's "State To Be
// Moved" as a table): one entry per field of the InterpreterState and ThreadState layouts,
// with the runtime-state package's StateCatalogEntry type. state-catalog.test.ts keeps them in
// step with the layouts.

import type { StateCatalogEntry, StateProtection } from '@pergil/runtime-state';

function interp(name: string, protection: StateProtection, cpython: string, description: string): StateCatalogEntry {
  return Object.freeze({ name, home: 'interpreter', protection, cpython, description });
}

function thread(name: string, protection: StateProtection, cpython: string, description: string): StateCatalogEntry {
  return Object.freeze({ name, home: 'thread', protection, cpython, description });
}

/** Every field of the InterpreterState struct, in layout order. @public */
export const INTERPRETER_STATE_CATALOG: readonly StateCatalogEntry[] = Object.freeze([
  interp('magic', 'atomic', '—', 'marks a complete struct; published last'),
  interp('id', 'set-once-at-start', '`interp->id`', 'the registry id'),
  interp('self_offset', 'set-once-at-start', '—', 'where the struct is in its heap'),
  interp('block_offset', 'set-once-at-start', '—', 'the allocator block the struct was carved from'),
  interp('config_gil', 'set-once-at-start', '`PyInterpreterConfig.gil`', 'own or shared GIL'),
  interp('config_use_main_obmalloc', 'set-once-at-start', '`Py_RTFLAGS_USE_MAIN_OBMALLOC`', 'objects in the main interpreter\'s heap'),
  interp('config_check_multi_interp_extensions', 'set-once-at-start', '`Py_RTFLAGS_MULTI_INTERP_EXTENSIONS`', 'refuse single-phase-init extensions'),
  interp('config_allow_threads', 'set-once-at-start', '`Py_RTFLAGS_THREADS`', 'threads may be started'),
  interp('config_allow_daemon_threads', 'set-once-at-start', '`Py_RTFLAGS_DAEMON_THREADS`', 'daemon threads allowed'),
  interp('config_allow_fork', 'set-once-at-start', '`Py_RTFLAGS_FORK`', 'os.fork allowed'),
  interp('config_allow_exec', 'set-once-at-start', '`Py_RTFLAGS_EXEC`', 'os.exec* allowed'),
  interp('config_max_heap_bytes', 'set-once-at-start', '—', 'the heap\'s maximum size'),
  interp('ceval_eval_breaker', 'atomic', '`interp->ceval.eval_breaker`', 'eval breaker of a shared-GIL interpreter'),
  interp('ceval_recursion_limit', 'gil', '`interp->ceval.recursion_limit`', 'sys.getrecursionlimit()'),
  interp('ceval_gil', 'set-once-at-start', '`interp->ceval.gil`', 'where the GIL this interpreter takes is'),
  interp('gil', 'atomic', '`interp->_gil`', 'the own GIL'),
  interp('gc_heads', 'gil', '`interp->gc.generations[i].head`', 'GC generation list heads'),
  interp('gc_counts', 'gil', '`interp->gc.generations[i].count`', 'GC counts per generation'),
  interp('gc_thresholds', 'gil', '`interp->gc.generations[i].threshold`', 'gc.get_threshold()'),
  interp('gc_enabled', 'gil', '`interp->gc.enabled`', 'gc.isenabled()'),
  interp('imports_modules', 'gil', '`interp->imports.modules`', 'sys.modules'),
  interp('imports_sys', 'gil', '`interp->sysdict`', 'the sys module'),
  interp('imports_builtins', 'gil', '`interp->builtins`', 'the builtins module'),
  interp('types_static_count', 'set-once-at-start', '`_Py_MAX_STATIC_BUILTIN_TYPES`', 'entries in the static type state table'),
  interp('types_static_state', 'set-once-at-start', '`interp->types.builtins`', 'the static types\' mutable part: tp_dict, tp_subclasses, version tag'),
  interp('types_next_version_tag', 'gil', '`interp->types.next_version_tag`', 'next type version tag'),
  interp('atexit_callbacks', 'gil', '`interp->atexit.callbacks`', 'registered atexit callbacks'),
  interp('threads_count', 'gil', '`interp->threads.count`', 'live thread states'),
  interp('threads_head', 'gil', '`interp->threads.head`', 'the thread state list'),
  interp('threads_next_unique_id', 'gil', '`interp->threads.next_unique_id`', 'next thread state id'),
  interp('memory_error', 'set-once-at-start', '`interp->static_objects.last_resort_memory_error`', 'the preallocated MemoryError'),
  interp('finalizing', 'atomic', '`interp->finalizing`', 'finalization has begun'),
]);

/** Every field of the ThreadState struct, in layout order. @public */
export const THREAD_STATE_CATALOG: readonly StateCatalogEntry[] = Object.freeze([
  thread('magic', 'gil', '—', 'marks a live thread state'),
  thread('id', 'set-once-at-start', '`tstate->id`', 'unique within the interpreter'),
  thread('interp_id', 'set-once-at-start', '`tstate->interp`', 'the owning interpreter'),
  thread('block_offset', 'set-once-at-start', '—', 'the allocator block of the struct'),
  thread('next', 'gil', '`tstate->next`', 'next thread state of the interpreter'),
  thread('prev', 'gil', '`tstate->prev`', 'previous thread state'),
  thread('curexc', 'gil', '`tstate->current_exception`', 'the raised exception'),
  thread('recursion_depth', 'gil', '`tstate->py_recursion_remaining`', 'Python call depth'),
  thread('recursion_limit', 'gil', '`tstate->py_recursion_limit`', 'the recursion limit'),
  thread('datastack_offset', 'gil', '`tstate->datastack_chunk`', 'the frame data stack'),
  thread('datastack_size_bytes', 'gil', '`tstate->datastack_limit`', 'its size'),
  thread('datastack_top', 'gil', '`tstate->datastack_top`', 'its first free byte'),
  thread('gil_thread_id', 'set-once-at-start', '`tstate->thread_id`', 'the GilThread id'),
  thread('exc_info', 'gil', '`tstate->exc_info->exc_value`', 'the exception being handled'),
  thread('current_frame', 'gil', '`tstate->cframe->current_frame`', 'the executing frame'),
  thread('c_recursion_depth', 'gil', '`tstate->c_recursion_remaining`', 'eval loops nested on the JS stack'),
]);
