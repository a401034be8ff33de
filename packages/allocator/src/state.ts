// Which allocator serves each domain (CPython's PyMem_GetAllocator / PyMem_SetAllocator /
// PyMem_SetupDebugHooks, whose choice lives in _PyRuntime.allocators). Here it lives in an
// AllocatorState object that its owner (runtime or interpreter state) holds, never in a
// module-level variable.

import { PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ, PYMEM_DOMAIN_RAW } from './allocator.js';
import type { Allocator, PyMemAllocatorDomain } from './allocator.js';
import { DebugAllocator } from './debug.js';
import { AllocatorError } from './errors.js';
import type { Heap } from './heap.js';
import { LockedAllocator } from './locked.js';
import { Pymalloc } from './obmalloc.js';

/** Options of {@link AllocatorState}. @public */
export interface AllocatorStateOptions {
  /** Install the debug hooks on all three domains (PYTHONMALLOC=debug). */
  readonly debug?: boolean;
  /** Interpreter id the debug hooks record as each block's owner. */
  readonly owner?: number;
}

function checkDomain(domain: number): asserts domain is PyMemAllocatorDomain {
  if (domain !== PYMEM_DOMAIN_RAW && domain !== PYMEM_DOMAIN_MEM && domain !== PYMEM_DOMAIN_OBJ) {
    throw new AllocatorError('bad-argument', `no allocator domain ${domain}`);
  }
}

/**
 * The allocators of one heap's three domains. Defaults as in CPython: raw is thread-safe
 * (here a {@link LockedAllocator}), mem and obj share one {@link Pymalloc} used under the GIL.
 * @public
 */
export class AllocatorState {
  /** The heap the default allocators serve. */
  readonly heap: Heap;
  private readonly allocators: Allocator[];

  constructor(heap: Heap, options: AllocatorStateOptions = {}) {
    this.heap = heap;
    const pymalloc = new Pymalloc(heap);
    this.allocators = [new LockedAllocator(heap), pymalloc, pymalloc];
    if (options.debug === true) this.setupDebugHooks(options.owner ?? 0);
  }

  /** The allocator of `domain` (CPython's PyMem_GetAllocator). */
  getAllocator(domain: PyMemAllocatorDomain): Allocator {
    checkDomain(domain);
    return this.allocators[domain];
  }

  /** Makes `allocator` serve `domain` (CPython's PyMem_SetAllocator). Blocks already allocated must be freed by the allocator that made them. */
  setAllocator(domain: PyMemAllocatorDomain, allocator: Allocator): void {
    checkDomain(domain);
    this.allocators[domain] = allocator;
  }

  /**
   * Wraps each domain's allocator in {@link DebugAllocator} unless it is one already
   * (CPython's PyMem_SetupDebugHooks); `owner` is the interpreter id recorded in blocks.
   */
  setupDebugHooks(owner = 0): void {
    for (const domain of [PYMEM_DOMAIN_RAW, PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ] as const) {
      const current = this.allocators[domain];
      if (!(current instanceof DebugAllocator)) this.allocators[domain] = new DebugAllocator(this.heap, current, domain, owner);
    }
  }
}
