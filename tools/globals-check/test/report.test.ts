// What the command prints: the report grouped by package and class, the check with its fixes.
import { describe, expect, it } from 'vitest';
import { CATALOG_HEADER, compareWithCatalog, formatCheckResult, formatReport, packageOfFile, parseCatalog } from '../src/index.js';
import type { GlobalFinding } from '../src/index.js';

function finding(file: string, name: string): GlobalFinding {
  return { file, name, line: 7, kind: 'const-mutable', detail: 'new Map', writtenBy: [] };
}

const findings = [
  finding('packages/gil/src/a.ts', 'LOCKS'),
  finding('packages/gil/src/b.ts', 'scratch'),
  finding('packages/gil/src/b.ts', 'TABLE'),
  finding('bench/src/run.ts', 'benchmarks'),
];
const catalog = parseCatalog(
  [
    CATALOG_HEADER,
    'packages/gil/src/a.ts\tLOCKS\tmutable\tprocess-wide lock list; moves to RuntimeState',
    'packages/gil/src/b.ts\tscratch\tper-thread\tscratch view for one call',
    'packages/gil/src/b.ts\tTABLE\timmutable\tnever written',
    'bench/src/run.ts\tbenchmarks\timmutable\tlist of benchmarks, read only',
  ].join('\n'),
  'tools/globals-check/globals.tsv',
);

describe('packageOfFile', () => {
  it('names packages, tools, modules, and the directory above src', () => {
    expect(packageOfFile('packages/gil/src/x/y.ts')).toBe('packages/gil');
    expect(packageOfFile('tools/globals-check/src/cli.ts')).toBe('tools/globals-check');
    expect(packageOfFile('modules/math/src/math.ts')).toBe('modules/math');
    expect(packageOfFile('bench/src/run.ts')).toBe('bench');
    expect(packageOfFile('src/mod.ts')).toBe('.');
  });
});

describe('formatReport', () => {
  it('groups the catalog by package and class with counts, mutable first', () => {
    expect(formatReport(compareWithCatalog(findings, catalog))).toBe(
      [
        'globals catalog tools/globals-check/globals.tsv: 4 globals — 1 mutable (still to move), 1 per-thread, 2 immutable',
        '',
        'bench — 1 global: 1 immutable',
        '  immutable (1)',
        '    src/run.ts  benchmarks (const-mutable)  — list of benchmarks, read only',
        '',
        'packages/gil — 3 globals: 1 mutable (still to move), 1 per-thread, 1 immutable',
        '  mutable — still to move (1)',
        '    src/a.ts  LOCKS (const-mutable)  — process-wide lock list; moves to RuntimeState',
        '  per-thread (1)',
        '    src/b.ts  scratch (const-mutable)  — scratch view for one call',
        '  immutable (1)',
        '    src/b.ts  TABLE (const-mutable)  — never written',
        '',
        'check: passes',
        '',
      ].join('\n'),
    );
  });

  it('marks a catalogued global that no longer exists', () => {
    expect(formatReport(compareWithCatalog(findings.slice(1), catalog))).toContain('    src/a.ts  LOCKS (stale: no such global)  — ');
  });

  it('ends with the failure count when the check fails', () => {
    expect(formatReport(compareWithCatalog([...findings, finding('bench/src/x.ts', 'n')], catalog))).toMatch(
      /check: FAILS with 1 problem \(run globals-check without --report for what to do\)\n$/,
    );
  });
});

describe('formatCheckResult', () => {
  it('prints each problem with its fix, and a summary', () => {
    const text = formatCheckResult(compareWithCatalog([finding('bench/src/x.ts', 'n')], catalog));
    expect(text).toContain('✗ bench/src/x.ts:7: const-mutable n (new Map) is not in tools/globals-check/globals.tsv\n');
    expect(text).toContain('  → add this line to tools/globals-check/globals.tsv with a reason');
    expect(text).toContain('    bench/src/x.ts\tn\tmutable\t<why it may stay>');
    expect(text).toContain('✗ tools/globals-check/globals.tsv:2: packages/gil/src/a.ts LOCKS is catalogued but no such global exists any more');
    expect(text).toContain('globals-check: FAILED — 5 problems (1 module-level global found)');
    expect(text).toContain('`npx globals-check --update` adds the missing lines');
  });

  it('lists what is still to move when the check passes', () => {
    const text = formatCheckResult(compareWithCatalog(findings, catalog));
    expect(text).toBe(
      [
        'still to move (class mutable in tools/globals-check/globals.tsv):',
        '  packages/gil/src/a.ts:7  LOCKS  — process-wide lock list; moves to RuntimeState',
        '',
        'globals-check: ok — 4 module-level globals, all catalogued; 1 still to move',
        '',
      ].join('\n'),
    );
  });

  it('gives the per-interpreter GIL verdict on request, with the reason', () => {
    expect(formatCheckResult(compareWithCatalog(findings, catalog), { verdict: true })).toContain(
      'per-interpreter GIL: NOT safe — 1 global of class mutable;',
    );
    const safe = compareWithCatalog(findings.slice(1), catalog, { inScope: (f) => f !== 'packages/gil/src/a.ts' });
    expect(formatCheckResult(safe, { verdict: true })).toContain('per-interpreter GIL: safe');
  });
});
