// The runtime state: CPython's `_PyRuntimeState` (Include/internal/pycore_runtime.h, PEP 684
// step 1) — the one place for process-wide state. It lives in the runtime heap (a growable
// SharedArrayBuffer), laid out by runtime-state.layout.ts: lifecycle status, the immortal
// objects and static types, the interned-string table, the interpreter registry, the GIL
// shared by legacy interpreters and the cross-interpreter-data registry's slot. A thread
// that has the buffer attaches with RuntimeState.attach and sees the same runtime.
//
// Everything process-wide hangs off a RuntimeState object, conventionally called `runtime`;
// nothing here lives in a module-level variable.

import { AllocatorState, Heap, mutexLock, mutexUnlock, PYMEM_DOMAIN_RAW } from '@pergil/allocator';
import type { Allocator } from '@pergil/allocator';
import { AtomicsGil } from '@pergil/gil';
import { RuntimeStateError } from './errors.js';
import { NULL_HANDLE, runtimeOffset } from './handle.js';
import { makeHeapViews } from './heap-views.js';
import type { HeapViews } from './heap-views.js';
import {
  INTERNED_TABLE,
  INTERPRETER_ENTRY,
  LATIN1_CHAR_COUNT,
  RUNTIME_STATE,
  RUNTIME_STATE_MAGIC,
  RUNTIME_STATE_VERSION,
  RUNTIME_STATUS_FINALIZING,
  RUNTIME_STATUS_INITIALIZED,
  RUNTIME_STATUS_STARTING,
  SMALL_INT_MAX,
  SMALL_INT_MIN,
} from './runtime-state.layout.js';
import { layStaticObjects, staticObjectsSizeBytes } from './static-objects.js';
import { staticTypeIndex } from './static-types.js';
import { internHashString, unicodeEqualsString } from './unicodeobject.js';

const RS = RUNTIME_STATE.offsetBytes;
const IE = INTERPRETER_ENTRY.offsetBytes;
const IT = INTERNED_TABLE.offsetBytes;

/** Which allocator serves the runtime heap: pymalloc, or pymalloc under the debug hooks. @public */
export type RuntimeAllocatorKind = 'pymalloc' | 'debug';

/** Options of {@link RuntimeState.create}. @public */
export interface RuntimeStateOptions {
  /** The most bytes the runtime heap may grow to; default 64 MiB. */
  readonly maxHeapBytes?: number;
  /** The runtime heap's allocator; default 'pymalloc'. */
  readonly allocator?: RuntimeAllocatorKind;
  /** Size of the interpreter registry: the most interpreters alive at once; default 1024. */
  readonly maxInterpreters?: number;
  /** Switch interval of the shared GIL in microseconds; default CPython's 5000. */
  readonly switchIntervalMicroseconds?: number;
}

/** Options of {@link RuntimeState.registerInterpreter}. @public */
export interface RegisterInterpreterOptions {
  /** Bits the interpreter layer records about the interpreter (its config); default 0. */
  readonly flags?: number;
  /** A word the interpreter layer owns (e.g. where the interpreter's state lives); default 0. */
  readonly data?: number;
}

/** One live interpreter, as listed by {@link RuntimeState.listInterpreters}. @public */
export interface InterpreterEntryInfo {
  /** The interpreter's id (never reused). */
  readonly id: number;
  /** True for the main interpreter. */
  readonly isMain: boolean;
  /** The flags given at registration. */
  readonly flags: number;
  /** The data word given at registration. */
  readonly data: number;
}

/** The interpreter id the debug hooks record on blocks the runtime itself allocates. @public */
export const RUNTIME_OWNER_ID = -1;

const DEFAULT_MAX_HEAP_BYTES = 64 << 20;
const DEFAULT_MAX_INTERPRETERS = 1024;
const ALLOCATOR_KIND_CODES: Readonly<Record<RuntimeAllocatorKind, number>> = Object.freeze({ pymalloc: 0, debug: 1 });

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

function callocOrThrow(raw: Allocator, sizeBytes: number, what: string): number {
  const p = raw.calloc(1, sizeBytes);
  if (p === 0) throw new RuntimeStateError('out-of-memory', `no room for ${what} (${sizeBytes} bytes) in the runtime heap`);
  return p;
}

/**
 * The process-wide state of a pergil runtime (CPython's `_PyRuntimeState`), as seen from one
 * thread. {@link RuntimeState.create} builds a runtime in a fresh heap; any other thread
 * given `runtime.buffer` calls {@link RuntimeState.attach}.
 * @public
 */
export class RuntimeState {
  /** The runtime heap. */
  readonly heap: Heap;
  /** The runtime heap's allocators (raw: locked, usable from any thread). */
  readonly allocators: AllocatorState;
  /** Byte offset of the RuntimeState struct in the runtime heap. */
  readonly stateOffset: number;
  /** The GIL shared by legacy interpreters (`gil: "shared"`). */
  readonly gil: AtomicsGil;
  /** Handle of None. */
  readonly immortalNone: number;
  /** Handle of True. */
  readonly immortalTrue: number;
  /** Handle of False. */
  readonly immortalFalse: number;
  /** Handle of Ellipsis. */
  readonly immortalEllipsis: number;
  /** Handle of NotImplemented. */
  readonly immortalNotImplemented: number;
  /** Handle of the empty tuple. */
  readonly emptyTuple: number;
  /** Handle of the empty str. */
  readonly emptyStr: number;
  /** Handle of the empty bytes. */
  readonly emptyBytes: number;
  private viewsNow: HeapViews;
  private readonly words: {
    readonly status: number;
    readonly mutex: number;
    readonly nextId: number;
    readonly mainId: number;
    readonly count: number;
    readonly capacity: number;
    readonly table: number;
    readonly smallInts: number;
    readonly latin1: number;
    readonly staticTypes: number;
    readonly interned: number;
  };

  private constructor(heap: Heap, allocators: AllocatorState, stateOffset: number) {
    this.heap = heap;
    this.allocators = allocators;
    this.stateOffset = stateOffset;
    this.viewsNow = makeHeapViews(heap.buffer);
    const w = (field: number): number => (stateOffset + field) >> 2;
    const i32 = this.viewsNow.i32;
    this.words = Object.freeze({
      status: w(RS.status),
      mutex: w(RS.interpreters_mutex),
      nextId: w(RS.interpreters_next_id),
      mainId: w(RS.interpreters_main_id),
      count: w(RS.interpreters_count),
      capacity: w(RS.interpreters_capacity),
      table: i32[w(RS.interpreters_table)] >> 2,
      smallInts: w(RS.small_ints),
      latin1: w(RS.latin1_chars),
      staticTypes: w(RS.static_types),
      interned: i32[w(RS.interned)],
    });
    this.immortalNone = i32[w(RS.none)];
    this.immortalTrue = i32[w(RS.true_)];
    this.immortalFalse = i32[w(RS.false_)];
    this.immortalEllipsis = i32[w(RS.ellipsis)];
    this.immortalNotImplemented = i32[w(RS.not_implemented)];
    this.emptyTuple = i32[w(RS.empty_tuple)];
    this.emptyStr = i32[w(RS.empty_str)];
    this.emptyBytes = i32[w(RS.empty_bytes)];
    this.gil = AtomicsGil.attach(heap.buffer, stateOffset + RS.gil);
  }

  /** Builds a runtime in a fresh heap: the state struct, every immortal object, the registry, the shared GIL. */
  static create(options: RuntimeStateOptions = {}): RuntimeState {
    const allocatorKind = options.allocator ?? 'pymalloc';
    if (!(allocatorKind in ALLOCATOR_KIND_CODES)) throw new RuntimeStateError('bad-argument', `no allocator kind '${String(allocatorKind)}'`);
    const capacity = options.maxInterpreters ?? DEFAULT_MAX_INTERPRETERS;
    if (!Number.isInteger(capacity) || capacity < 1) throw new RuntimeStateError('bad-argument', `maxInterpreters must be a positive integer, got ${capacity}`);
    const heap = Heap.create({ maxBytes: options.maxHeapBytes ?? DEFAULT_MAX_HEAP_BYTES });
    const allocators = new AllocatorState(heap, { debug: allocatorKind === 'debug', owner: RUNTIME_OWNER_ID });
    const raw = allocators.getAllocator(PYMEM_DOMAIN_RAW);

    // The struct first, aligned so that its GIL has a cache line of its own.
    const block = callocOrThrow(raw, RUNTIME_STATE.sizeBytes + RUNTIME_STATE.alignBytes, 'the runtime state');
    const state = roundUp(block, RUNTIME_STATE.alignBytes);
    const objects = callocOrThrow(raw, staticObjectsSizeBytes(), 'the immortal objects');
    const table = callocOrThrow(raw, capacity * INTERPRETER_ENTRY.sizeBytes, 'the interpreter registry');

    const v = makeHeapViews(heap.buffer);
    const i32 = v.i32;
    const put = (field: number, value: number): void => {
      i32[(state + field) >> 2] = value;
    };
    put(RS.version, RUNTIME_STATE_VERSION);
    put(RS.self_offset, state);
    put(RS.status, RUNTIME_STATUS_STARTING);
    put(RS.allocator_kind, ALLOCATOR_KIND_CODES[allocatorKind]);
    put(RS.block_offset, block);
    layStaticObjects(v, state, objects);
    put(RS.interpreters_next_id, 0);
    put(RS.interpreters_main_id, -1);
    put(RS.interpreters_count, 0);
    put(RS.interpreters_capacity, capacity);
    put(RS.interpreters_table, table);
    for (let i = 0; i < capacity; i++) i32[((table + i * INTERPRETER_ENTRY.sizeBytes + IE.id) >> 2)] = -1;
    AtomicsGil.initialize(heap.buffer, state + RS.gil, { switchIntervalMicroseconds: options.switchIntervalMicroseconds });
    put(RS.status, RUNTIME_STATUS_INITIALIZED);
    // Published last: a thread that finds the magic finds a complete, initialized runtime.
    Atomics.store(i32, (state + RS.magic) >> 2, RUNTIME_STATE_MAGIC);
    heap.root = state;
    return new RuntimeState(heap, allocators, state);
  }

  /** Attaches to the runtime in `buffer` (a runtime heap made by {@link RuntimeState.create}), from any thread. */
  static attach(buffer: SharedArrayBuffer): RuntimeState {
    const heap = Heap.attach(buffer);
    const i32 = heap.i32;
    // The runtime state is the heap's root struct (CPython finds `_PyRuntime` at a link-time address).
    const state = heap.root === 0 ? -1 : heap.root;
    if (state < 0 || Atomics.load(i32, (state + RS.magic) >> 2) !== RUNTIME_STATE_MAGIC) {
      throw new RuntimeStateError('not-a-runtime', `no runtime state (version ${RUNTIME_STATE_VERSION}) in this heap`);
    }
    const debug = i32[(state + RS.allocator_kind) >> 2] === ALLOCATOR_KIND_CODES.debug;
    return new RuntimeState(heap, new AllocatorState(heap, { debug, owner: RUNTIME_OWNER_ID }), state);
  }

  /** The runtime heap's buffer: post it to a worker, which calls {@link RuntimeState.attach}. */
  get buffer(): SharedArrayBuffer {
    return this.heap.buffer;
  }

  /**
   * Views of the runtime heap, covering at least the state and every immortal object; read a
   * negative handle h at byte offset -h through them. Call {@link RuntimeState.refreshViews}
   * before reading runtime-owned memory allocated after this thread attached.
   */
  get views(): HeapViews {
    return this.viewsNow;
  }

  /** Re-makes {@link RuntimeState.views} if the runtime heap has grown; true if it had. */
  refreshViews(): boolean {
    if (this.heap.buffer.byteLength === this.viewsNow.u8.byteLength) return false;
    this.heap.refresh();
    this.viewsNow = makeHeapViews(this.heap.buffer);
    return true;
  }

  /** The allocator kind the runtime heap was created with. */
  get allocatorKind(): RuntimeAllocatorKind {
    return this.viewsNow.i32[(this.stateOffset + RS.allocator_kind) >> 2] === ALLOCATOR_KIND_CODES.debug ? 'debug' : 'pymalloc';
  }

  /** RUNTIME_STATUS_INITIALIZED, or RUNTIME_STATUS_FINALIZING once {@link RuntimeState.setFinalizing} ran. */
  get status(): number {
    return Atomics.load(this.viewsNow.i32, this.words.status);
  }

  /** True once the runtime is finalizing (CPython's _PyRuntimeState_GetFinalizing). */
  get finalizing(): boolean {
    return this.status === RUNTIME_STATUS_FINALIZING;
  }

  /** Marks the runtime as finalizing: no interpreter may register after this. */
  setFinalizing(): void {
    mutexLock(this.viewsNow.i32, this.words.mutex);
    Atomics.store(this.viewsNow.i32, this.words.status, RUNTIME_STATUS_FINALIZING);
    mutexUnlock(this.viewsNow.i32, this.words.mutex);
  }

  /** The byte range [startBytes, endBytes) of the immortal objects block; nothing in it changes after start. */
  get staticObjectsRange(): { readonly startBytes: number; readonly endBytes: number } {
    const i32 = this.viewsNow.i32;
    return { startBytes: i32[(this.stateOffset + RS.static_objects_start) >> 2], endBytes: i32[(this.stateOffset + RS.static_objects_end) >> 2] };
  }

  // ---- immortal objects -------------------------------------------------------------------

  /** The immortal int `n`, -5 ≤ n ≤ 256 (CPython's small ints); throws outside that range. */
  smallInt(n: number): number {
    if (!Number.isInteger(n) || n < SMALL_INT_MIN || n > SMALL_INT_MAX) {
      throw new RuntimeStateError('bad-argument', `no small int ${n} (the cache holds ${SMALL_INT_MIN}..${SMALL_INT_MAX})`);
    }
    return this.viewsNow.i32[this.words.smallInts + n - SMALL_INT_MIN];
  }

  /** The immortal int `n`, unchecked: the caller has checked -5 ≤ n ≤ 256 (CPython's `_PyLong_SMALL_INTS[n]`). */
  smallIntUnchecked(n: number): number {
    return this.viewsNow.i32[this.words.smallInts + n - SMALL_INT_MIN];
  }

  /** The immortal one-character str for code point `cp` ≤ 0xff; throws otherwise (CPython's LATIN1(cp)). */
  latin1Char(cp: number): number {
    if (!Number.isInteger(cp) || cp < 0 || cp >= LATIN1_CHAR_COUNT) throw new RuntimeStateError('bad-argument', `no Latin-1 character ${cp}`);
    return this.viewsNow.i32[this.words.latin1 + cp];
  }

  /**
   * The immortal interned str equal to `name`, or NULL_HANDLE if the runtime did not intern it
   * (CPython's `_Py_ID(name)`, found by value). Lock-free: the table never changes after start.
   */
  internedString(name: string): number {
    const v = this.viewsNow;
    const i32 = v.i32;
    const table = this.words.interned;
    const mask = i32[(table + IT.capacity) >> 2] - 1;
    const slots = (table + IT.slots) >> 2;
    const hash = internHashString(name);
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const h = i32[slots + 2 * i + 1];
      if (h === NULL_HANDLE) return NULL_HANDLE;
      if (i32[slots + 2 * i] === hash && unicodeEqualsString(v, runtimeOffset(h), name)) return h;
    }
  }

  /** Number of strings in the interned table. */
  get internedCount(): number {
    return this.viewsNow.i32[(this.words.interned + IT.used) >> 2];
  }

  /** The type object of the static builtin type called `name` (`int`, `ValueError`, …); throws if there is none. */
  staticType(name: string): number {
    const index = staticTypeIndex(name);
    if (index < 0) throw new RuntimeStateError('unknown-type', `no static builtin type named '${name}'`);
    return this.viewsNow.i32[this.words.staticTypes + index];
  }

  /** The type object at static index `index` (0 ≤ index \< STATIC_TYPES.length), unchecked. */
  staticTypeByIndex(index: number): number {
    return this.viewsNow.i32[this.words.staticTypes + index];
  }

  // ---- the interpreter registry -----------------------------------------------------------

  /**
   * Registers a new interpreter and returns its id: the next id, never one used before. The
   * first interpreter to register (id 0) is the main interpreter. Any thread may call this.
   */
  registerInterpreter(options: RegisterInterpreterOptions = {}): number {
    const i32 = this.viewsNow.i32;
    const W = this.words;
    mutexLock(i32, W.mutex);
    try {
      if (Atomics.load(i32, W.status) === RUNTIME_STATUS_FINALIZING) {
        throw new RuntimeStateError('finalizing', 'the runtime is finalizing; no new interpreter may register');
      }
      const capacity = i32[W.capacity];
      if (i32[W.count] >= capacity) throw new RuntimeStateError('registry-full', `${capacity} interpreters are alive already (maxInterpreters)`);
      const id = i32[W.nextId];
      if (id === 0x7fffffff) throw new RuntimeStateError('registry-full', 'interpreter ids are exhausted');
      let entry = W.table;
      while (i32[entry + (IE.id >> 2)] !== -1) entry += INTERPRETER_ENTRY.sizeBytes >> 2;
      i32[entry + (IE.flags >> 2)] = options.flags ?? 0;
      i32[entry + (IE.data >> 2)] = options.data ?? 0;
      i32[entry + (IE.id >> 2)] = id;
      i32[W.nextId] = id + 1;
      i32[W.count]++;
      if (i32[W.mainId] === -1) Atomics.store(i32, W.mainId, id);
      return id;
    } finally {
      mutexUnlock(i32, W.mutex);
    }
  }

  /**
   * Removes interpreter `id` from the registry. The main interpreter goes last: unregistering
   * it while others live throws. Its id is never handed out again.
   */
  unregisterInterpreter(id: number): void {
    const i32 = this.viewsNow.i32;
    const W = this.words;
    mutexLock(i32, W.mutex);
    try {
      const entry = Number.isInteger(id) && id >= 0 ? this.findEntry(id) : -1;
      if (entry < 0) throw new RuntimeStateError('no-such-interpreter', `no live interpreter with id ${id}`);
      if (id === i32[W.mainId] && i32[W.count] > 1) {
        throw new RuntimeStateError('main-interpreter-busy', `the main interpreter (id ${id}) must be the last to go; ${i32[W.count] - 1} others are alive`);
      }
      i32[entry + (IE.id >> 2)] = -1;
      i32[entry + (IE.flags >> 2)] = 0;
      i32[entry + (IE.data >> 2)] = 0;
      i32[W.count]--;
      if (id === i32[W.mainId]) Atomics.store(i32, W.mainId, -1);
    } finally {
      mutexUnlock(i32, W.mutex);
    }
  }

  /** The live interpreters, by id (a snapshot taken under the registry's mutex). */
  listInterpreters(): InterpreterEntryInfo[] {
    const i32 = this.viewsNow.i32;
    const W = this.words;
    const list: InterpreterEntryInfo[] = [];
    mutexLock(i32, W.mutex);
    try {
      const capacity = i32[W.capacity];
      const mainId = i32[W.mainId];
      for (let i = 0; i < capacity; i++) {
        const entry = W.table + i * (INTERPRETER_ENTRY.sizeBytes >> 2);
        const id = i32[entry + (IE.id >> 2)];
        if (id !== -1) list.push({ id, isMain: id === mainId, flags: i32[entry + (IE.flags >> 2)], data: i32[entry + (IE.data >> 2)] });
      }
    } finally {
      mutexUnlock(i32, W.mutex);
    }
    return list.sort((a, b) => a.id - b.id);
  }

  /** Id of the main interpreter, -1 if none is registered. */
  get mainInterpreterId(): number {
    return Atomics.load(this.viewsNow.i32, this.words.mainId);
  }

  /** Number of live interpreters. */
  get interpreterCount(): number {
    return Atomics.load(this.viewsNow.i32, this.words.count);
  }

  /** Word index of interpreter `id`'s entry, -1 if it is not alive. The caller holds the mutex. */
  private findEntry(id: number): number {
    const i32 = this.viewsNow.i32;
    const capacity = i32[this.words.capacity];
    for (let i = 0; i < capacity; i++) {
      const entry = this.words.table + i * (INTERPRETER_ENTRY.sizeBytes >> 2);
      if (i32[entry + (IE.id >> 2)] === id) return entry;
    }
    return -1;
  }
}
