// PyInterpreterConfig (CPython's Include/cpython/pylifecycle.h) and the rules
// Py_NewInterpreterFromConfig applies to it (Python/pylifecycle.c init_interp_settings).

import { HEAP_MAX_BYTES_LIMIT } from '@pergil/allocator';
import { InterpreterError } from './errors.js';

/** The `gil` setting: the interpreter's own GIL, or the runtime's shared one. @public */
export type InterpreterGilKind = 'own' | 'shared';

/**
 * How a new interpreter is isolated (CPython's PyInterpreterConfig), plus pergil's heap limit.
 * @public
 */
export interface PyInterpreterConfig {
  /** `'own'`: a GIL of its own (PEP 684); `'shared'`: the runtime's GIL (legacy). */
  readonly gil: InterpreterGilKind;
  /** Allocate in the main interpreter's heap rather than a heap of its own. */
  readonly use_main_obmalloc: boolean;
  /** Refuse extension modules that do not support multiple interpreters. */
  readonly check_multi_interp_extensions: boolean;
  /** Whether threads may be started. */
  readonly allow_threads: boolean;
  /** Whether daemon threads may be started. */
  readonly allow_daemon_threads: boolean;
  /** Whether os.fork() is allowed. */
  readonly allow_fork: boolean;
  /** Whether os.exec*() is allowed. */
  readonly allow_exec: boolean;
  /** Maximum bytes of the interpreter's own heap (ignored with use_main_obmalloc). NON-CPYTHON. */
  readonly max_heap_bytes: number;
}

/** Default maximum of an interpreter heap: 256 MiB. @public */
export const DEFAULT_INTERPRETER_HEAP_MAX_BYTES = 256 << 20;

/**
 * CPython's `_PyInterpreterConfig_INIT`: an isolated interpreter with its own GIL and heap.
 * @public
 */
export const PyInterpreterConfig_ISOLATED: PyInterpreterConfig = Object.freeze({
  gil: 'own',
  use_main_obmalloc: false,
  check_multi_interp_extensions: true,
  allow_threads: true,
  allow_daemon_threads: false,
  allow_fork: false,
  allow_exec: false,
  max_heap_bytes: DEFAULT_INTERPRETER_HEAP_MAX_BYTES,
});

/**
 * CPython's `_PyInterpreterConfig_LEGACY_INIT`: shares the main interpreter's GIL and heap.
 * @public
 */
export const PyInterpreterConfig_LEGACY: PyInterpreterConfig = Object.freeze({
  gil: 'shared',
  use_main_obmalloc: true,
  check_multi_interp_extensions: false,
  allow_threads: true,
  allow_daemon_threads: true,
  allow_fork: true,
  allow_exec: true,
  max_heap_bytes: DEFAULT_INTERPRETER_HEAP_MAX_BYTES,
});

/**
 * Checks a config as Py_NewInterpreterFromConfig does and returns it complete (missing fields
 * from the isolated preset); throws InterpreterError('bad-config', CPython's message).
 * @public
 */
export function validateInterpreterConfig(config: Partial<PyInterpreterConfig>): PyInterpreterConfig {
  const c: PyInterpreterConfig = Object.freeze({ ...PyInterpreterConfig_ISOLATED, ...config });
  if (c.gil !== 'own' && c.gil !== 'shared') {
    throw new InterpreterError('bad-config', "invalid interpreter config 'gil' value");
  }
  if (!c.use_main_obmalloc && !c.check_multi_interp_extensions) {
    throw new InterpreterError('bad-config', 'per-interpreter obmalloc does not support single-phase init extension modules');
  }
  // NON-CPYTHON: pergil refuses an own GIL over the main obmalloc (the message was not found in
  // CPython's sources; CPython's docs only warn against the combination): a heap's allocators
  // are guarded by the GIL of the heap's interpreter, so two GILs over one heap would race.
  if (c.gil === 'own' && c.use_main_obmalloc) {
    throw new InterpreterError('bad-config', 'per-interpreter GIL requires use_main_obmalloc=0');
  }
  if (!Number.isInteger(c.max_heap_bytes) || c.max_heap_bytes < 1 << 20 || c.max_heap_bytes > HEAP_MAX_BYTES_LIMIT) {
    throw new InterpreterError('bad-config', `max_heap_bytes must be an integer in ${1 << 20}..${HEAP_MAX_BYTES_LIMIT}, got ${c.max_heap_bytes}`);
  }
  return c;
}
