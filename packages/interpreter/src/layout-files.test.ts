// Every *.layout.ts of the package draws each of its layouts at the top; this test reads the
// pictures out of the source files and holds them against the derived offsets.
import { readFileSync } from 'node:fs';
import { checkLayoutDiagram, parseLayoutDiagrams } from '@pergil/runtime-state';
import type { Layout } from '@pergil/runtime-state';
import { GIL_STATE_ALIGN_BYTES } from '@pergil/gil';
import { describe, expect, it } from 'vitest';
import * as interpLayouts from './interpreter-state.layout.js';
import * as threadLayouts from './thread-state.layout.js';
import * as listLayouts from './objects/listobject.layout.js';
import * as dictLayouts from './objects/dictobject.layout.js';
import * as setLayouts from './objects/setobject.layout.js';
import * as rangeLayouts from './objects/rangeobject.layout.js';
import * as codeLayouts from './objects/codeobject.layout.js';
import * as funcLayouts from './objects/funcobject.layout.js';
import * as cellLayouts from './objects/cellobject.layout.js';
import * as sliceLayouts from './objects/sliceobject.layout.js';
import * as sysLayouts from './sysmodule.layout.js';
import * as iterLayouts from './objects/iterobject.layout.js';
import * as excLayouts from './objects/exceptions.layout.js';
import * as frameLayouts from './frame.layout.js';
import * as tracebackLayouts from './objects/traceback.layout.js';

function layoutsOf(module: Record<string, unknown>): Layout[] {
  return Object.values(module).filter((x): x is Layout => typeof x === 'object' && x !== null && 'fields' in x && 'offsetBytes' in x);
}

const FILES: [string, Layout[]][] = [
  ['interpreter-state.layout.ts', layoutsOf(interpLayouts)],
  ['thread-state.layout.ts', layoutsOf(threadLayouts)],
  ['objects/listobject.layout.ts', layoutsOf(listLayouts)],
  ['objects/dictobject.layout.ts', layoutsOf(dictLayouts)],
  ['objects/setobject.layout.ts', layoutsOf(setLayouts)],
  ['objects/rangeobject.layout.ts', layoutsOf(rangeLayouts)],
  ['objects/codeobject.layout.ts', layoutsOf(codeLayouts)],
  ['objects/funcobject.layout.ts', layoutsOf(funcLayouts)],
  ['objects/cellobject.layout.ts', layoutsOf(cellLayouts)],
  ['objects/sliceobject.layout.ts', layoutsOf(sliceLayouts)],
  ['sysmodule.layout.ts', layoutsOf(sysLayouts)],
  ['objects/iterobject.layout.ts', layoutsOf(iterLayouts)],
  ['objects/exceptions.layout.ts', layoutsOf(excLayouts)],
  ['frame.layout.ts', layoutsOf(frameLayouts)],
  ['objects/traceback.layout.ts', layoutsOf(tracebackLayouts)],
];

describe.each(FILES)('%s', (file, layouts) => {
  const diagrams = parseLayoutDiagrams(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));

  it('draws every layout it exports, once', () => {
    expect(layouts.length).toBeGreaterThan(0);
    expect(diagrams.map((d) => d.name).sort()).toEqual(layouts.map((l) => l.name).sort());
  });

  for (const layout of layouts) {
    it(`draws ${layout.name} at the offsets derived from its fields`, () => {
      const diagram = diagrams.find((d) => d.name === layout.name)!;
      expect(checkLayoutDiagram(layout, diagram)).toEqual([]);
    });
  }
});

describe('interpreter layouts', () => {
  it('puts the own GIL on its own cache line', () => {
    expect(interpLayouts.INTERPRETER_STATE.offsetBytes.gil % GIL_STATE_ALIGN_BYTES).toBe(0);
    expect(interpLayouts.INTERPRETER_STATE.alignBytes).toBe(GIL_STATE_ALIGN_BYTES);
  });

  it('keeps dict entries and list headers word-aligned', () => {
    expect(dictLayouts.PY_DICT_KEY_ENTRY.sizeBytes).toBe(12);
    expect(dictLayouts.PY_DICT_KEYS_OBJECT.offsetBytes.dk_indices % 4).toBe(0);
    expect(listLayouts.LIST_OB_ITEM).toBe(12);
  });
});
