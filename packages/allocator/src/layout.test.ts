import { describe, expect, it } from 'vitest';
import { DEBUG_HEADER, DEBUG_HEADER_DIAGRAM } from './debug.layout.js';
import {
  ARENA_OBJECT,
  ARENA_OBJECT_DIAGRAM,
  HEAP_HEADER,
  HEAP_HEADER_DIAGRAM,
  LARGE_BLOCK,
  LARGE_BLOCK_DIAGRAM,
  OBMALLOC_STATE,
  OBMALLOC_STATE_DIAGRAM,
  POOL_HEADER,
  POOL_HEADER_DIAGRAM,
} from './heap.layout.js';
import type { Layout } from './layout.js';

/** Reads `│ byte │ name[count] …` rows off a diagram. */
function parseDiagram(diagram: string): { byte: number; name: string; words: number }[] {
  const rows: { byte: number; name: string; words: number }[] = [];
  for (const line of diagram.split('\n')) {
    const match = /│\s*(\d+)\s*│\s*([A-Za-z(][\w)]*)(?:\[(\d+)\])?/.exec(line);
    if (match) rows.push({ byte: Number(match[1]), name: match[2], words: match[3] === undefined ? 1 : Number(match[3]) });
  }
  return rows;
}

function checkAgainst(layout: Layout<string>, diagram: string): void {
  const rows = parseDiagram(diagram);
  const fields = rows.filter((r) => r.name !== '(end)');
  expect(fields.map((r) => r.name)).toEqual(layout.fields.map((f) => f.name));
  for (const row of fields) {
    expect(row.byte, row.name).toBe(layout.offsetWords[row.name] * 4);
    const field = layout.fields.find((f) => f.name === row.name)!;
    expect(row.words, row.name).toBe(field.words ?? 1);
  }
  expect(rows.at(-1)).toEqual({ byte: layout.sizeBytes, name: '(end)', words: 1 });
}

describe('layouts match their diagrams', () => {
  const cases: [string, Layout<string>, string][] = [
    ['heap header', HEAP_HEADER, HEAP_HEADER_DIAGRAM],
    ['obmalloc state', OBMALLOC_STATE, OBMALLOC_STATE_DIAGRAM],
    ['arena object', ARENA_OBJECT, ARENA_OBJECT_DIAGRAM],
    ['pool header', POOL_HEADER, POOL_HEADER_DIAGRAM],
    ['large block', LARGE_BLOCK, LARGE_BLOCK_DIAGRAM],
    ['debug header', DEBUG_HEADER, DEBUG_HEADER_DIAGRAM],
  ];
  for (const [name, layout, diagram] of cases) {
    it(`draws the ${name} at the offsets derived from its fields`, () => checkAgainst(layout, diagram));
  }

  it('keeps blocks 16-byte aligned after the pool header and the large-block tag', () => {
    expect(POOL_HEADER.sizeBytes % 16).toBe(0);
    expect(LARGE_BLOCK.sizeBytes % 16).toBe(0);
    expect(DEBUG_HEADER.sizeBytes % 16).toBe(0);
  });
});
