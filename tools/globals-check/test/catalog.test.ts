// The catalog: parsing, and the comparison that gates CI (missing, stale, empty reason, ...).
import { describe, expect, it } from 'vitest';
import {
  CATALOG_HEADER,
  compareWithCatalog,
  formatCatalog,
  formatCatalogLine,
  parseCatalog,
} from '../src/index.js';
import type { GlobalFinding } from '../src/index.js';

function finding(file: string, name: string, over: Partial<GlobalFinding> = {}): GlobalFinding {
  return { file, name, line: 3, kind: 'let', detail: 'module-level let', writtenBy: [], ...over };
}

function catalog(...lines: string[]) {
  return parseCatalog([CATALOG_HEADER, ...lines].join('\n'), 'tools/globals-check/globals.tsv');
}

describe('parseCatalog', () => {
  it('reads tab-separated lines, skipping the header, blank lines and comments', () => {
    const c = catalog('', '# a comment', 'packages/a/src/x.ts\tcount\tmutable\tnot moved yet');
    expect(c.entries).toEqual([{ file: 'packages/a/src/x.ts', name: 'count', class: 'mutable', reason: 'not moved yet', line: 4 }]);
    expect(c.malformed).toEqual([]);
  });

  it('reports a line without four columns', () => {
    expect(catalog('packages/a/src/x.ts count mutable spaces not tabs').malformed).toEqual([
      'line 2: expected 4 tab-separated columns (file, name, class, reason), found 1',
    ]);
  });

  it('round-trips through formatCatalog, sorted by file and name', () => {
    const text = formatCatalog([
      { file: 'b.ts', name: 'x', class: 'mutable', reason: 'r1' },
      { file: 'a.ts', name: 'y', class: 'immutable', reason: 'has\ttab' },
    ]);
    expect(text).toBe(`${CATALOG_HEADER}\na.ts\ty\timmutable\thas tab\nb.ts\tx\tmutable\tr1\n`);
    expect(parseCatalog(text, 'c.tsv').entries.map((e) => e.name)).toEqual(['y', 'x']);
  });
});

describe('compareWithCatalog', () => {
  it('passes when every finding has a line with a class and a reason', () => {
    const r = compareWithCatalog([finding('a.ts', 'x')], catalog('a.ts\tx\tper-thread\tthe thread’s own scratch'));
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.perInterpreterGilSafe).toBe(true);
  });

  it('fails on a finding missing from the catalog and gives the exact line to add', () => {
    const r = compareWithCatalog([finding('a.ts', 'x', { writtenBy: ['bump'] })], catalog());
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p.kind).toBe('missing');
    expect(p.message).toBe('a.ts:3: let x (module-level let; written by bump) is not in tools/globals-check/globals.tsv');
    expect(p.fix).toContain('add this line to tools/globals-check/globals.tsv');
    expect(p.fix).toContain(formatCatalogLine('a.ts', 'x', 'mutable', '<why it may stay>'));
  });

  it('suggests class immutable for an as-const table', () => {
    const r = compareWithCatalog([finding('a.ts', 'T', { kind: 'const-mutable', detail: "'as const' object literal (readonly type, not frozen)" })], catalog());
    expect(r.problems[0]!.fix).toContain('a.ts\tT\timmutable\t');
  });

  it('fails on a stale line and says which line to remove', () => {
    const r = compareWithCatalog([], catalog('a.ts\tgone\tmutable\twas here'));
    expect(r.problems.map((p) => p.kind)).toEqual(['stale']);
    expect(r.problems[0]!.message).toBe('tools/globals-check/globals.tsv:2: a.ts gone is catalogued but no such global exists any more');
    expect(r.problems[0]!.fix).toBe('remove this stale line 2 from tools/globals-check/globals.tsv:\n    a.ts\tgone\tmutable\twas here');
  });

  it('fails on an empty reason', () => {
    const r = compareWithCatalog([finding('a.ts', 'x')], catalog('a.ts\tx\tinit-once\t'));
    expect(r.problems.map((p) => [p.kind, p.fix])).toEqual([
      ['empty-reason', 'write in the fourth column of line 2 why it may stay at module level'],
    ]);
  });

  it('fails on an unknown class, a repeated line and a malformed line', () => {
    const r = compareWithCatalog(
      [finding('a.ts', 'x')],
      catalog('a.ts\tx\tconstant\tr', 'a.ts\tx\tmutable\tr', 'junk'),
    );
    expect(r.problems.map((p) => p.kind).sort()).toEqual(['bad-class', 'duplicate', 'malformed']);
  });

  it('lists class mutable as still to move without failing, and then the sources are not per-interpreter-GIL safe', () => {
    const r = compareWithCatalog([finding('a.ts', 'x')], catalog('a.ts\tx\tmutable\tshared counter, to move into interp'));
    expect(r.ok).toBe(true);
    expect(r.stillToMove.map((s) => s.entry.name)).toEqual(['x']);
    expect(r.perInterpreterGilSafe).toBe(false);
  });

  it('leaves entries outside the checked scope alone', () => {
    const r = compareWithCatalog([finding('mod/src/a.ts', 'x')], catalog('mod/src/a.ts\tx\tper-thread\tr', 'other/b.ts\ty\tmutable\tr'), {
      inScope: (file) => file.startsWith('mod/'),
    });
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => e.name)).toEqual(['x']);
  });

  it('treats two findings with the same file and name as one catalog entry', () => {
    const r = compareWithCatalog([finding('a.ts', 'x'), finding('a.ts', 'x', { line: 9 })], catalog());
    expect(r.problems).toHaveLength(1);
  });
});
