// Every *.layout.ts of the package draws each of its layouts at the top; this test reads the
// pictures out of the source files and holds them against the derived offsets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLayoutDiagram, parseLayoutDiagrams } from './layout.js';
import type { Layout } from './layout.js';
import * as objectLayouts from './object.layout.js';
import * as runtimeLayouts from './runtime-state.layout.js';

function layoutsOf(module: Record<string, unknown>): Layout[] {
  return Object.values(module).filter((x): x is Layout => typeof x === 'object' && x !== null && 'fields' in x && 'offsetBytes' in x);
}

const FILES: [string, Layout[]][] = [
  ['object.layout.ts', layoutsOf(objectLayouts)],
  ['runtime-state.layout.ts', layoutsOf(runtimeLayouts)],
];

describe.each(FILES)('%s', (file, layouts) => {
  const diagrams = parseLayoutDiagrams(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));

  it('draws every layout it exports, once', () => {
    expect(diagrams.map((d) => d.name).sort()).toEqual(layouts.map((l) => l.name).sort());
  });

  for (const layout of layouts) {
    it(`draws ${layout.name} at the offsets derived from its fields`, () => {
      const diagram = diagrams.find((d) => d.name === layout.name)!;
      expect(checkLayoutDiagram(layout, diagram)).toEqual([]);
    });
  }
});

describe('object layouts', () => {
  it('keeps float values 8-aligned and str data 4-aligned', () => {
    expect(objectLayouts.FLOAT_OB_FVAL % 8).toBe(0);
    expect(objectLayouts.UNICODE_DATA % 4).toBe(0);
    expect(objectLayouts.GC_HEAD_SIZE_BYTES).toBe(8);
    expect([objectLayouts.OB_REFCNT, objectLayouts.OB_TYPE, objectLayouts.OB_SIZE]).toEqual([0, 4, 8]);
  });

  it('puts the shared GIL on its own cache line', () => {
    expect(runtimeLayouts.RUNTIME_STATE.offsetBytes.gil % 64).toBe(0);
    expect(runtimeLayouts.RUNTIME_STATE.alignBytes).toBe(64);
  });
});
