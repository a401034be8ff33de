// Filling heap bytes quickly. TypedArray.prototype.fill over a SharedArrayBuffer costs
// ~1 ns per byte in V8 (Node 20), so runs of bytes are filled a word at a time instead.

/** Sets bytes [from, to) of the heap to `value`; `i32` views the same buffer as `u8`. @internal */
export function fillBytes(u8: Uint8Array, i32: Int32Array, value: number, from: number, to: number): void {
  let at = from;
  while (at < to && (at & 3) !== 0) u8[at++] = value;
  const word = Math.imul(value & 0xff, 0x01010101);
  const lastWord = (to >> 2) - 1;
  for (let w = at >> 2; w <= lastWord; w++) i32[w] = word;
  at = Math.max(at, (lastWord + 1) << 2);
  while (at < to) u8[at++] = value;
}
