// The box diagrams at the top of the *.layout.ts files match the offsets derived from the field lists.
import { readFileSync } from 'node:fs';
import { checkLayoutDiagram, parseLayoutDiagrams } from '@pergil/runtime-state';
import type { Layout } from '@pergil/runtime-state';
import { describe, expect, it } from 'vitest';
import { CHANNELS_ROOT, QUEUE_BODY, REGISTRY_ENTRY, RING_SLOT } from './queue.layout.js';
import { XIDATA_ITEM } from './xidata.layout.js';

const FILES: [string, Layout[]][] = [
  ['queue.layout.ts', [CHANNELS_ROOT, REGISTRY_ENTRY, QUEUE_BODY, RING_SLOT]],
  ['xidata.layout.ts', [XIDATA_ITEM]],
];

describe('layout diagrams', () => {
  for (const [file, layouts] of FILES) {
    it(`${file} draws every layout it declares`, () => {
      const diagrams = parseLayoutDiagrams(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
      expect(diagrams.map((d) => d.name)).toEqual(layouts.map((l) => l.name));
      layouts.forEach((layout, i) => expect(checkLayoutDiagram(layout, diagrams[i])).toEqual([]));
    });
  }
});
