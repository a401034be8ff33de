// PyInterpreterState (CPython's Include/internal/pycore_interp.h, Python/pystate.c): one
// interpreter — its heap, its allocators, its state struct (the heap's root), its GIL (own or
// the runtime's), and the JS-side handles a thread keeps to reach them.
//
// Views: an interpreter heap is a growable SharedArrayBuffer read through fixed-length views
// (see @pergil/allocator's Heap). `interp.views` is replaced whenever the heap has grown;
// object code reads `interp.views` again after any allocation (allocate first, then hoist the
// views into a local for the rest of the function), and a thread that takes the GIL calls
// `interp.refreshViews()` since another thread may have grown the heap while it waited.

import { AllocatorState, Heap, PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ, PYMEM_DOMAIN_RAW } from '@pergil/allocator';
import type { Allocator } from '@pergil/allocator';
import { AtomicsGil } from '@pergil/gil';
import { GC_HEAD_SIZE_BYTES, PY_BASE_EXCEPTION_OBJECT, RUNTIME_STATE, SMALL_INT_MAX, SMALL_INT_MIN, STATIC_TYPES, initObjectHeader, makeHeapViews } from '@pergil/runtime-state';
import type { HeapViews, RuntimeState } from '@pergil/runtime-state';
import { InterpreterError } from './errors.js';
import { PyInterpreterConfig_ISOLATED, validateInterpreterConfig } from './interpreter-config.js';
import type { PyInterpreterConfig } from './interpreter-config.js';
import {
  GC_DEFAULT_THRESHOLDS,
  INTERPRETER_STATE,
  INTERPRETER_STATE_MAGIC,
  NUM_GENERATIONS,
  PyInterpreterConfig_OWN_GIL,
  PyInterpreterConfig_SHARED_GIL,
  Py_DEFAULT_RECURSION_LIMIT,
  STATIC_TYPE_STATE,
} from './interpreter-state.layout.js';
import { readStaticTypeHandles } from './static-type-handles.js';
import type { StaticTypeHandles } from './static-type-handles.js';

const IS = INTERPRETER_STATE.offsetBytes;

/** Registry flag: the interpreter has its own GIL. @public */
export const INTERP_FLAG_OWN_GIL = 1;
/** Registry flag: the interpreter allocates in the main interpreter's heap. @public */
export const INTERP_FLAG_USE_MAIN_OBMALLOC = 2;

/** Options of {@link InterpreterState.create} beyond the config. @public */
export interface CreateInterpreterOptions {
  /**
   * The main interpreter, as this thread sees it: required for `use_main_obmalloc` (the new
   * interpreter allocates in its heap and shares its allocator state).
   */
  readonly main?: InterpreterState;
  /** Wrap the allocators in the debug hooks (PYTHONMALLOC=debug), owner = the interpreter id. */
  readonly debugAllocator?: boolean;
}

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/**
 * What the host gives an interpreter to talk to the outside world: where sys.stdout/stderr
 * write, where tracebacks read source lines and input() reads. A JS object per thread (the
 * CLI passes fs.writeSync-based hooks; tests pass string collectors).
 * @public
 */
export interface InterpreterHost {
  /** Writes `text` to file descriptor 1 (stdout) or 2 (stderr). */
  write(fd: 1 | 2, text: string): void;
  /** The text of a source file (for traceback lines), or undefined if it cannot be read. */
  readSource?(filename: string): string | undefined;
  /** Flushes whatever `write` buffered for `fd`. */
  flush?(fd: 1 | 2): void;
  /** One line of standard input without its newline, or undefined at end of file (input()). */
  readLine?(): string | undefined;
}

/**
 * One interpreter as seen from one thread (CPython's PyInterpreterState). Create with
 * {@link InterpreterState.create}; another thread given `heap.buffer` calls
 * {@link InterpreterState.attach}.
 * @public
 */
export class InterpreterState {
  /** The runtime this interpreter belongs to. */
  readonly runtime: RuntimeState;
  /** The heap holding this interpreter's objects (the main interpreter's with use_main_obmalloc). */
  readonly heap: Heap;
  /** The allocator domains over {@link InterpreterState.heap}. */
  readonly allocators: AllocatorState;
  /** The obj domain (objects): PyObject_Malloc. Callers hold the GIL. */
  readonly obj: Allocator;
  /** The mem domain (item arrays, dict keys): PyMem_Malloc. Callers hold the GIL. */
  readonly mem: Allocator;
  /** Byte offset of the InterpreterState struct in {@link InterpreterState.heap}. */
  readonly stateOffset: number;
  /** The interpreter id (`interp->id`). */
  readonly id: number;
  /** The GIL this interpreter's threads take: its own, or the runtime's shared one. */
  readonly gil: AtomicsGil;
  /** The static types the object model dispatches on. */
  readonly types: StaticTypeHandles;
  /** The validated config. */
  readonly config: PyInterpreterConfig;
  /**
   * The immortal small ints' handles, -5..256 at index n + 5: a thread-local copy of the
   * runtime's read-only table, so the int fast paths index one array.
   */
  readonly smallInts: Int32Array;
  /**
   * Views of the runtime heap as of creation or attach: they cover every immortal object and
   * static type, which is all object code reads there, so they never need refreshing.
   */
  readonly runtimeViews: HeapViews;
  /** Current views of {@link InterpreterState.heap}; replaced (not mutated) when the heap grows. */
  views: HeapViews;
  /** Bumped each time {@link InterpreterState.views} is replaced. */
  viewsGeneration: number;
  /** The host's I/O hooks as this thread sees them (sys.stdout, sys.stderr, input()); undefined: output is dropped. */
  host: InterpreterHost | undefined;
  private finalized: boolean;
  private readonly ownsHeap: boolean;

  private constructor(runtime: RuntimeState, heap: Heap, allocators: AllocatorState, stateOffset: number, ownsHeap: boolean) {
    this.runtime = runtime;
    this.heap = heap;
    this.allocators = allocators;
    this.obj = allocators.getAllocator(PYMEM_DOMAIN_OBJ);
    this.mem = allocators.getAllocator(PYMEM_DOMAIN_MEM);
    this.stateOffset = stateOffset;
    this.ownsHeap = ownsHeap;
    heap.refresh();
    this.views = makeHeapViews(heap.buffer, heap.viewBytes);
    this.viewsGeneration = 0;
    this.host = undefined;
    this.finalized = false;
    const i32 = this.views.i32;
    const w = (field: number): number => i32[(stateOffset + field) >> 2];
    this.id = w(IS.id);
    this.config = Object.freeze({
      gil: w(IS.config_gil) === PyInterpreterConfig_OWN_GIL ? 'own' : 'shared',
      use_main_obmalloc: w(IS.config_use_main_obmalloc) === 1,
      check_multi_interp_extensions: w(IS.config_check_multi_interp_extensions) === 1,
      allow_threads: w(IS.config_allow_threads) === 1,
      allow_daemon_threads: w(IS.config_allow_daemon_threads) === 1,
      allow_fork: w(IS.config_allow_fork) === 1,
      allow_exec: w(IS.config_allow_exec) === 1,
      max_heap_bytes: w(IS.config_max_heap_bytes),
    });
    this.gil = this.config.gil === 'own' ? AtomicsGil.attach(heap.buffer, stateOffset + IS.gil) : runtime.gil;
    this.types = readStaticTypeHandles(runtime);
    this.runtimeViews = runtime.views;
    this.smallInts = Int32Array.from({ length: SMALL_INT_MAX - SMALL_INT_MIN + 1 }, (_, i) => runtime.smallIntUnchecked(i + SMALL_INT_MIN));
  }

  /**
   * Creates an interpreter (CPython's Py_NewInterpreterFromConfig, minus running any code):
   * validates the config, registers an id in the runtime, makes its heap (unless
   * use_main_obmalloc), lays and publishes the state struct. The first interpreter of a
   * runtime is the main interpreter and always gets a heap of its own.
   */
  static create(runtime: RuntimeState, config: Partial<PyInterpreterConfig> = PyInterpreterConfig_ISOLATED, options: CreateInterpreterOptions = {}): InterpreterState {
    const c = validateInterpreterConfig(config);
    if (c.use_main_obmalloc && options.main === undefined && runtime.interpreterCount > 0) {
      throw new InterpreterError('bad-argument', 'use_main_obmalloc needs options.main, the main interpreter as this thread sees it');
    }
    const flags = (c.gil === 'own' ? INTERP_FLAG_OWN_GIL : 0) | (c.use_main_obmalloc ? INTERP_FLAG_USE_MAIN_OBMALLOC : 0);
    const id = runtime.registerInterpreter({ flags });
    try {
      const shareMain = c.use_main_obmalloc && options.main !== undefined;
      const heap = shareMain ? options.main!.heap : Heap.create({ maxBytes: c.max_heap_bytes });
      const allocators = shareMain ? options.main!.allocators : new AllocatorState(heap, { debug: options.debugAllocator ?? false, owner: id });
      const raw = allocators.getAllocator(PYMEM_DOMAIN_RAW);
      const block = raw.calloc(1, INTERPRETER_STATE.sizeBytes + INTERPRETER_STATE.alignBytes);
      const table = raw.calloc(STATIC_TYPES.length, STATIC_TYPE_STATE.sizeBytes);
      if (block === 0 || table === 0) throw new InterpreterError('out-of-memory', `no room for interpreter ${id}'s state`);
      heap.refresh();
      const state = roundUp(block, INTERPRETER_STATE.alignBytes);
      const i32 = makeHeapViews(heap.buffer, heap.viewBytes).i32;
      const put = (field: number, value: number): void => {
        i32[(state + field) >> 2] = value;
      };
      put(IS.id, id);
      put(IS.self_offset, state);
      put(IS.block_offset, block);
      put(IS.config_gil, c.gil === 'own' ? PyInterpreterConfig_OWN_GIL : PyInterpreterConfig_SHARED_GIL);
      put(IS.config_use_main_obmalloc, shareMain ? 1 : 0);
      put(IS.config_check_multi_interp_extensions, c.check_multi_interp_extensions ? 1 : 0);
      put(IS.config_allow_threads, c.allow_threads ? 1 : 0);
      put(IS.config_allow_daemon_threads, c.allow_daemon_threads ? 1 : 0);
      put(IS.config_allow_fork, c.allow_fork ? 1 : 0);
      put(IS.config_allow_exec, c.allow_exec ? 1 : 0);
      put(IS.config_max_heap_bytes, shareMain ? options.main!.config.max_heap_bytes : c.max_heap_bytes);
      put(IS.ceval_recursion_limit, Py_DEFAULT_RECURSION_LIMIT);
      // where the GIL is, signed like a handle: > 0 in this heap, < 0 in the runtime heap
      put(IS.ceval_gil, c.gil === 'own' ? state + IS.gil : -(runtime.stateOffset + RUNTIME_STATE.offsetBytes.gil));
      for (let g = 0; g < NUM_GENERATIONS; g++) i32[((state + IS.gc_thresholds) >> 2) + g] = GC_DEFAULT_THRESHOLDS[g];
      put(IS.gc_enabled, 1);
      put(IS.types_static_count, STATIC_TYPES.length);
      put(IS.types_static_state, table);
      put(IS.types_next_version_tag, 1);
      put(IS.threads_next_unique_id, 1);
      // The preallocated MemoryError (CPython's interp->static_objects.last_resort_memory_error):
      // raising MemoryError must not need memory.
      const obj = allocators.getAllocator(PYMEM_DOMAIN_OBJ);
      const memoryErrorBlock = obj.calloc(1, GC_HEAD_SIZE_BYTES + PY_BASE_EXCEPTION_OBJECT.sizeBytes);
      if (memoryErrorBlock === 0) throw new InterpreterError('out-of-memory', `no room for interpreter ${id}'s MemoryError`);
      const memoryError = memoryErrorBlock + GC_HEAD_SIZE_BYTES;
      heap.refresh();
      const v = makeHeapViews(heap.buffer, heap.viewBytes);
      initObjectHeader(v, memoryError, runtime.staticType('MemoryError'), 1);
      v.i32[(memoryError + PY_BASE_EXCEPTION_OBJECT.offsetBytes.args) >> 2] = runtime.emptyTuple;
      v.i32[(state + IS.memory_error) >> 2] = memoryError;
      if (c.gil === 'own') AtomicsGil.initialize(heap.buffer, state + IS.gil, {});
      Atomics.store(v.i32, (state + IS.magic) >> 2, INTERPRETER_STATE_MAGIC);
      if (!shareMain) heap.root = state;
      return new InterpreterState(runtime, heap, allocators, state, !shareMain);
    } catch (e) {
      runtime.unregisterInterpreter(id);
      throw e;
    }
  }

  /**
   * Attaches to the interpreter whose own heap is `buffer`, from any thread that has attached
   * the runtime (the state struct is the heap's root).
   */
  static attach(runtime: RuntimeState, buffer: SharedArrayBuffer): InterpreterState {
    const heap = Heap.attach(buffer);
    const state = heap.root;
    if (state === 0 || Atomics.load(heap.i32, (state + IS.magic) >> 2) !== INTERPRETER_STATE_MAGIC) {
      throw new InterpreterError('not-an-interpreter', 'no interpreter state in this heap');
    }
    const id = heap.i32[(state + IS.id) >> 2];
    return new InterpreterState(runtime, heap, new AllocatorState(heap, { owner: id }), state, true);
  }

  /** Re-derives {@link InterpreterState.views} if the heap has grown (here or in another thread); true if it had. */
  refreshViews(): boolean {
    this.heap.refresh();
    if (this.heap.viewBytes === this.views.u8.byteLength) return false;
    this.views = makeHeapViews(this.heap.buffer, this.heap.viewBytes);
    this.viewsGeneration++;
    return true;
  }

  /**
   * The cheap check after an allocation in this thread: re-derives the views only if this
   * thread's allocator grew the heap (the heap's view length moved). Hot paths call this;
   * {@link InterpreterState.refreshViews} also asks the buffer, for growth by other threads.
   */
  syncViews(): void {
    if (this.heap.viewBytes !== this.views.u8.length) {
      this.views = makeHeapViews(this.heap.buffer, this.heap.viewBytes);
      this.viewsGeneration++;
    }
  }

  /** True once {@link InterpreterState.finalize} has run. */
  get isFinalized(): boolean {
    return this.finalized;
  }

  /** Reads an i32 field of the state struct (by its layout byte offset). @internal */
  field(offsetBytes: number): number {
    return this.views.i32[(this.stateOffset + offsetBytes) >> 2];
  }

  /** Writes an i32 field of the state struct. @internal */
  setField(offsetBytes: number, value: number): void {
    this.views.i32[(this.stateOffset + offsetBytes) >> 2] = value;
  }

  /** sys.getrecursionlimit(). */
  get recursionLimit(): number {
    return this.field(IS.ceval_recursion_limit);
  }

  /** Byte offset of the static types' mutable-part table. @internal */
  get staticTypeStateOffset(): number {
    return this.field(IS.types_static_state);
  }

  /**
   * Ends the interpreter (CPython's Py_EndInterpreter, after its threads, atexit callbacks
   * and GC have run — those come with the eval loop): drops its heap (an own heap goes with
   * everything in it; with use_main_obmalloc the struct's blocks are freed) and unregisters
   * its id. The object is unusable afterwards.
   */
  finalize(): void {
    if (this.finalized) throw new InterpreterError('finalized', `interpreter ${this.id} is already finalized`);
    this.setField(IS.finalizing, 1);
    if (!this.ownsHeap) {
      const raw = this.allocators.getAllocator(PYMEM_DOMAIN_RAW);
      const table = this.field(IS.types_static_state);
      const block = this.field(IS.block_offset);
      this.setField(IS.magic, 0);
      this.obj.free(this.field(IS.memory_error) - GC_HEAD_SIZE_BYTES);
      raw.free(table);
      raw.free(block);
    } else {
      this.setField(IS.magic, 0);
    }
    this.finalized = true;
    this.runtime.unregisterInterpreter(this.id);
  }
}
