// Test helpers that look inside a queue's ring: where its cursors are, and moving an empty
// ring's cursors to any position (to cross the 2^31 wrap of positions without 2^31 puts).
import type { RuntimeState } from '@pergil/runtime-state';
import { QUEUE_BODY, RING_CLOSED, RING_POS_MASK, RING_SLOT } from '../queue.layout.js';
import type { Queue } from '../queue.js';

const Q = QUEUE_BODY.offsetBytes;

function words(runtime: RuntimeState): Int32Array {
  return new Int32Array(runtime.heap.buffer);
}

/** The ring's cursors and state: positions (31 bits) and whether puts go to the list. */
export function ringState(runtime: RuntimeState, q: Queue): { slots: number; enq: number; deq: number; closed: boolean; listed: number } {
  const i32 = words(runtime);
  const body = q.bodyOffset;
  const enq = Atomics.load(i32, (body + Q.enq_pos) >> 2);
  return {
    slots: i32[(body + Q.ring_slots) >> 2],
    enq: enq & RING_POS_MASK,
    deq: Atomics.load(i32, (body + Q.deq_pos) >> 2) & RING_POS_MASK,
    closed: (enq & RING_CLOSED) !== 0,
    listed: Atomics.load(i32, (body + Q.count) >> 2),
  };
}

/** Moves the cursors of an empty, open ring to `pos`, with every slot free for its next position. */
export function startRingAt(runtime: RuntimeState, q: Queue, pos: number): void {
  const i32 = words(runtime);
  const body = q.bodyOffset;
  const s = ringState(runtime, q);
  if (s.enq !== s.deq || s.closed || s.listed !== 0) throw new Error('startRingAt needs an empty queue');
  for (let k = 0; k < s.slots; k++) {
    const p = (pos + k) & RING_POS_MASK;
    Atomics.store(i32, (body + Q.slots + (p & (s.slots - 1)) * RING_SLOT.sizeBytes) >> 2, p);
  }
  Atomics.store(i32, (body + Q.enq_pos) >> 2, pos);
  Atomics.store(i32, (body + Q.deq_pos) >> 2, pos);
}
