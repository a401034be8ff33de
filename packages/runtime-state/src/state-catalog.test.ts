import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUNTIME_STATE } from './runtime-state.layout.js';
import { RUNTIME_STATE_CATALOG, renderCatalogMarkdown, runtimeStateFieldNames } from './state-catalog.js';

describe('the runtime state catalog', () => {
  it('has an entry for every field of the RuntimeState layout, in layout order', () => {
    const runtimeEntries = RUNTIME_STATE_CATALOG.filter((e) => e.home === 'runtime').map((e) => e.name);
    expect(runtimeEntries).toEqual(runtimeStateFieldNames());
  });

  it('names only real RuntimeState fields in its runtime entries, each once', () => {
    const names = RUNTIME_STATE_CATALOG.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of RUNTIME_STATE_CATALOG) expect(entry.name in RUNTIME_STATE.offsetBytes, entry.name).toBe(true);
  });

  it('is rendered into the README exactly as renderCatalogMarkdown draws it now', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(renderCatalogMarkdown());
  });

  it('renders entries of other homes with the same columns (the interpreter layer appends its own)', () => {
    const table = renderCatalogMarkdown([
      { name: 'ceval_gil', home: 'interpreter', protection: 'atomic', cpython: '`interp->ceval.gil`', description: 'its own GIL' },
    ]);
    expect(table).toContain('| `ceval_gil` | interpreter | atomic | `interp->ceval.gil` | its own GIL |');
  });
});
