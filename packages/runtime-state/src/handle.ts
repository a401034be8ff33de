// A handle is pergil's `PyObject*`: a 32-bit integer naming an object in one of two heaps
// (ARCHITECTURE.md §2).
//
//   h < 0   an object in the runtime heap, at byte offset -h. Such objects are immortal
//           and read-only once the runtime has started; every interpreter may read them.
//   h = 0   NULL.
//   h > 0   an object in the *current* interpreter's heap, at byte offset h.
//
// A handle always points at the object header (`ob_refcnt`); a GC-tracked object's two-word
// prefix sits just before it (see object.layout.ts).
// NON-CPYTHON: a pointer is a heap-relative offset, with the sign saying which heap, because
// each heap is its own SharedArrayBuffer and offsets are all a worker thread can share.

/** The NULL handle. @public */
export const NULL_HANDLE = 0;

/** True if `h` names an object in the runtime heap: immortal and read-only. @public */
export function isImmortal(h: number): boolean {
  return h < 0;
}

/** The handle of the runtime-heap object at byte `offset` (offset \> 0). @public */
export function runtimeHandle(offset: number): number {
  return -offset;
}

/** The byte offset in the runtime heap of the object named by the runtime handle `h` (h \< 0). @public */
export function runtimeOffset(h: number): number {
  return -h;
}
