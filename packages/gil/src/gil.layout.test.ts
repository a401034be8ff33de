import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GIL_STATE_ALIGN_BYTES,
  GIL_STATE_FIELDS,
  GIL_STATE_OFFSET_BYTES,
  GIL_STATE_OFFSET_WORDS,
  GIL_STATE_SIZE_BYTES,
} from './gil.layout.js';
import type { GilStateFieldName } from './gil.layout.js';

/** Reads the box diagram at the top of gil.layout.ts: each field's offset, name and type. */
function parseDiagram(): { boundaries: number[]; fields: { name: string; type: string }[] } {
  const source = readFileSync(new URL('./gil.layout.ts', import.meta.url), 'utf8');
  const boundaries: number[] = [];
  const fields: { name: string; type: string }[] = [];
  for (const line of source.split('\n')) {
    const boundary = /^\/\/\s+(\d+) [┌├└]/.exec(line);
    if (boundary) boundaries.push(Number(boundary[1]));
    const cell = /^\/\/\s+│ (\w+)\s+(\w+(?:\[\d+\])?)\s+│/.exec(line);
    if (cell) fields.push({ name: cell[1], type: cell[2] });
  }
  return { boundaries, fields };
}

describe('GIL state layout', () => {
  it('matches the box diagram: every field at the drawn offset, in the drawn order', () => {
    const { boundaries, fields } = parseDiagram();
    expect(fields.map((f) => f.name)).toEqual(GIL_STATE_FIELDS.map((f) => f.name));
    expect(boundaries).toHaveLength(fields.length + 1);
    fields.forEach((f, i) => {
      expect(GIL_STATE_OFFSET_BYTES[f.name as GilStateFieldName], f.name).toBe(boundaries[i]);
      const declared = GIL_STATE_FIELDS[i];
      expect(f.type).toBe(declared.countWords === 1 ? declared.type : `${declared.type}[${declared.countWords}]`);
    });
    expect(boundaries[boundaries.length - 1]).toBe(GIL_STATE_SIZE_BYTES);
  });

  it('fills exactly one cache line and derives word offsets from byte offsets', () => {
    expect(GIL_STATE_SIZE_BYTES).toBe(GIL_STATE_ALIGN_BYTES);
    for (const f of GIL_STATE_FIELDS) {
      const name = f.name as GilStateFieldName;
      expect(GIL_STATE_OFFSET_WORDS[name] * 4).toBe(GIL_STATE_OFFSET_BYTES[name]);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(GIL_STATE_FIELDS)).toBe(true);
    expect(Object.isFrozen(GIL_STATE_OFFSET_BYTES)).toBe(true);
    expect(Object.isFrozen(GIL_STATE_OFFSET_WORDS)).toBe(true);
  });
});
