// What the command prints: the check's failures with their fixes, and the catalog grouped
// by package and class with counts (CPython's c-analyzer `check` and `show` commands).

import { GLOBAL_CLASSES } from './catalog.js';
import type { CatalogEntry } from './catalog.js';
import type { CheckResult } from './compare.js';

/**
 * The package a repo-relative file belongs to: `packages/<name>`, `tools/<name>`,
 * `modules/<name>`, or the path before its `src/` directory (`bench`).
 * @public
 */
export function packageOfFile(file: string): string {
  const parts = file.split('/');
  if (parts.length > 2 && (parts[0] === 'packages' || parts[0] === 'tools' || parts[0] === 'modules')) {
    return `${parts[0]}/${parts[1]}`;
  }
  const src = parts.indexOf('src');
  if (src >= 0) return src === 0 ? '.' : parts.slice(0, src).join('/');
  return parts.length > 1 ? parts[0]! : '.';
}

function countLine(entries: readonly CatalogEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.class, (counts.get(e.class) ?? 0) + 1);
  const order = [...GLOBAL_CLASSES, ...[...counts.keys()].filter((c) => !(GLOBAL_CLASSES as readonly string[]).includes(c))];
  return order
    .filter((c) => counts.has(c))
    .map((c) => `${counts.get(c)} ${c}${c === 'mutable' ? ' (still to move)' : ''}`)
    .join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The catalog grouped by package and then by class (`mutable` first), with counts, so what
 * still has to move is visible at a glance; ends with the check's status.
 * @public
 */
export function formatReport(result: CheckResult): string {
  const lines: string[] = [];
  const entries = result.entries;
  lines.push(`globals catalog ${result.catalogPath}: ${plural(entries.length, 'global')}${entries.length > 0 ? ` — ${countLine(entries)}` : ''}`);
  const kinds = new Map(result.findings.map((f) => [`${f.file}\u0000${f.name}`, f.kind]));
  const byPackage = new Map<string, CatalogEntry[]>();
  for (const e of entries) {
    const pkg = packageOfFile(e.file);
    byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), e]);
  }
  for (const pkg of [...byPackage.keys()].sort()) {
    const pkgEntries = byPackage.get(pkg)!;
    lines.push('', `${pkg} — ${plural(pkgEntries.length, 'global')}: ${countLine(pkgEntries)}`);
    const classes = [...new Set([...GLOBAL_CLASSES, ...pkgEntries.map((e) => e.class)])];
    for (const cls of classes) {
      const group = pkgEntries.filter((e) => e.class === cls);
      if (group.length === 0) continue;
      lines.push(`  ${cls}${cls === 'mutable' ? ' — still to move' : ''} (${group.length})`);
      const prefix = pkg === '.' ? '' : `${pkg}/`;
      for (const e of group.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name))) {
        const file = e.file.startsWith(prefix) ? e.file.slice(prefix.length) : e.file;
        const kind = kinds.get(`${e.file}\u0000${e.name}`) ?? 'stale: no such global';
        lines.push(`    ${file}  ${e.name} (${kind})  — ${e.reason === '' ? '(no reason given)' : e.reason}`);
      }
    }
  }
  lines.push('', result.ok ? 'check: passes' : `check: FAILS with ${plural(result.problems.length, 'problem')} (run globals-check without --report for what to do)`);
  return lines.join('\n') + '\n';
}

/**
 * The check's outcome as text: each problem with its fix, then the globals still to move,
 * then a summary line. With `verdict`, also whether the sources are safe for a
 * per-interpreter GIL (how an extension module author reads it).
 * @public
 */
export function formatCheckResult(result: CheckResult, options: { readonly verdict?: boolean } = {}): string {
  const lines: string[] = [];
  for (const p of result.problems) lines.push(`✗ ${p.message}`, `  → ${p.fix}`);
  if (result.stillToMove.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(`still to move (class mutable in ${result.catalogPath}):`);
    for (const { entry, finding } of result.stillToMove) {
      lines.push(`  ${entry.file}:${finding.line}  ${entry.name}  — ${entry.reason}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const globals = new Set(result.findings.map((f) => `${f.file}\u0000${f.name}`)).size;
  lines.push(
    result.ok
      ? `globals-check: ok — ${plural(globals, 'module-level global')}, all catalogued; ${result.stillToMove.length} still to move`
      : `globals-check: FAILED — ${plural(result.problems.length, 'problem')} (${plural(globals, 'module-level global')} found)`,
  );
  if (result.problems.some((p) => p.kind === 'missing' || p.kind === 'stale')) {
    lines.push(
      'hint: better still, move the state into runtime, interpreter, thread or module state and drop its line;',
      '      `npx globals-check --update` adds the missing lines with an empty reason (fill it in) and drops the stale ones',
    );
  }
  if (options.verdict === true) {
    if (result.perInterpreterGilSafe) {
      lines.push('per-interpreter GIL: safe — every module-level global is catalogued as immutable, init-once or per-thread');
    } else {
      const why: string[] = [];
      const missing = result.problems.filter((p) => p.kind === 'missing').length;
      if (missing > 0) why.push(`${plural(missing, 'global')} not catalogued`);
      if (result.problems.length > missing) why.push(`${plural(result.problems.length - missing, 'catalog problem')}`);
      if (result.stillToMove.length > 0) why.push(`${plural(result.stillToMove.length, 'global')} of class mutable`);
      lines.push(
        `per-interpreter GIL: NOT safe — ${why.join(', ')}; a module-level variable is per worker thread, ` +
          `so state kept there splits between threads of one interpreter: move it into module state (PyModule_GetState)`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
