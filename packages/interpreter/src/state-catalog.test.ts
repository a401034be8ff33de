// The interpreter's and thread's catalog entries name exactly the fields of their layouts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCatalogMarkdown } from '@pergil/runtime-state';
import { INTERPRETER_STATE } from './interpreter-state.layout.js';
import { THREAD_STATE } from './thread-state.layout.js';
import { INTERPRETER_STATE_CATALOG, THREAD_STATE_CATALOG } from './state-catalog.js';

describe('state catalog', () => {
  it('has one interpreter entry per InterpreterState field, in layout order', () => {
    expect(INTERPRETER_STATE_CATALOG.map((e) => e.name)).toEqual(INTERPRETER_STATE.fields.map((f) => f.name));
    expect(new Set(INTERPRETER_STATE_CATALOG.map((e) => e.home))).toEqual(new Set(['interpreter']));
  });

  it('has one thread entry per ThreadState field, in layout order', () => {
    expect(THREAD_STATE_CATALOG.map((e) => e.name)).toEqual(THREAD_STATE.fields.map((f) => f.name));
    expect(new Set(THREAD_STATE_CATALOG.map((e) => e.home))).toEqual(new Set(['thread']));
  });

  it('renders with the runtime catalog renderer', () => {
    const md = renderCatalogMarkdown([...INTERPRETER_STATE_CATALOG, ...THREAD_STATE_CATALOG]);
    expect(md).toContain('`curexc`');
    expect(md).toContain('`gil`');
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(md.trimEnd());
  });
});
