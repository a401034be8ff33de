// The gate: findings against the catalog — every global listed with a class and a reason,
// every line still naming a global (CPython's `make check-c-globals`,
// Tools/c-analyzer/check-c-globals.py).

import { DEFAULT_CATALOG_PATH, formatCatalogLine, GLOBAL_CLASSES, isGlobalClass } from './catalog.js';
import type { Catalog, CatalogEntry } from './catalog.js';
import type { GlobalFinding } from './finding.js';

/**
 * What is wrong with the catalog relative to the sources.
 * @public
 */
export type CheckProblemKind = 'missing' | 'stale' | 'empty-reason' | 'bad-class' | 'duplicate' | 'malformed';

/**
 * One reason the check fails, with what to do about it.
 * @public
 */
export interface CheckProblem {
  /** What is wrong. */
  readonly kind: CheckProblemKind;
  /** Source file concerned (empty for a malformed catalog line). */
  readonly file: string;
  /** Global concerned (empty for a malformed catalog line). */
  readonly name: string;
  /** What is wrong, naming the file, line and global. */
  readonly message: string;
  /** Exactly what to do, e.g. the TSV line to add or the line to remove. */
  readonly fix: string;
}

/**
 * A catalogued global of class `mutable`: allowed for now, but still to move into
 * runtime, interpreter or thread state.
 * @public
 */
export interface StillToMove {
  /** The catalog line. */
  readonly entry: CatalogEntry;
  /** What the finder reports for it. */
  readonly finding: GlobalFinding;
}

/**
 * The outcome of {@link compareWithCatalog}.
 * @public
 */
export interface CheckResult {
  /** Path of the catalog, as given. */
  readonly catalogPath: string;
  /** Everything the finder reported. */
  readonly findings: readonly GlobalFinding[];
  /** Catalog entries in scope (those compared with the findings). */
  readonly entries: readonly CatalogEntry[];
  /** Why the check fails; empty when it passes. */
  readonly problems: readonly CheckProblem[];
  /** Catalogued `mutable` globals (not failures). */
  readonly stillToMove: readonly StillToMove[];
  /** True when there are no problems. */
  readonly ok: boolean;
  /**
   * True when the checked sources are safe for a per-interpreter GIL: the check passes and
   * no global is of class `mutable`.
   */
  readonly perInterpreterGilSafe: boolean;
}

/**
 * Options for {@link compareWithCatalog}.
 * @public
 */
export interface CompareOptions {
  /**
   * Which catalog entries were in reach of this check (default: all). When only some
   * sources were checked, entries for the other files are neither matched nor stale.
   */
  readonly inScope?: (file: string) => boolean;
  /** How to name the catalog in messages (default: the catalog's path). */
  readonly catalogLabel?: string;
}

function keyOf(file: string, name: string): string {
  return `${file}\u0000${name}`;
}

/** The class a new entry is suggested with: `mutable` until someone argues otherwise. */
function suggestedClass(finding: GlobalFinding): string {
  return finding.detail.includes('as const') ? 'immutable' : 'mutable';
}

/**
 * Compares findings with the catalog. Fails on a finding with no catalog line, a line
 * whose global no longer exists, an empty reason, an unknown class, a repeated or a
 * malformed line; lists `mutable` entries as still to move.
 * @public
 */
export function compareWithCatalog(
  findings: readonly GlobalFinding[],
  catalog: Catalog,
  options: CompareOptions = {},
): CheckResult {
  const label = options.catalogLabel ?? (catalog.path === '' ? DEFAULT_CATALOG_PATH : catalog.path);
  const inScope = options.inScope ?? (() => true);
  const problems: CheckProblem[] = [];
  const classes = GLOBAL_CLASSES.join(' | ');

  for (const m of catalog.malformed) {
    problems.push({
      kind: 'malformed',
      file: '',
      name: '',
      message: `${label} ${m}`,
      fix: `fix that line: file, name, class and reason separated by single tabs`,
    });
  }

  const entries = catalog.entries.filter((e) => inScope(e.file));
  const byKey = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    const key = keyOf(entry.file, entry.name);
    const first = byKey.get(key);
    if (first !== undefined) {
      problems.push({
        kind: 'duplicate',
        file: entry.file,
        name: entry.name,
        message: `${label}:${entry.line} repeats line ${first.line} (${entry.file} ${entry.name})`,
        fix: `remove line ${entry.line} of ${label}`,
      });
      continue;
    }
    byKey.set(key, entry);
    if (!isGlobalClass(entry.class)) {
      problems.push({
        kind: 'bad-class',
        file: entry.file,
        name: entry.name,
        message: `${label}:${entry.line}: ${entry.file} ${entry.name} has class '${entry.class}'`,
        fix: `use one of ${classes} in the third column of line ${entry.line}`,
      });
    }
    if (entry.reason === '') {
      problems.push({
        kind: 'empty-reason',
        file: entry.file,
        name: entry.name,
        message: `${label}:${entry.line}: ${entry.file} ${entry.name} has no reason`,
        fix: `write in the fourth column of line ${entry.line} why it may stay at module level`,
      });
    }
  }

  const found = new Map<string, GlobalFinding>();
  const stillToMove: StillToMove[] = [];
  for (const finding of findings) {
    const key = keyOf(finding.file, finding.name);
    if (found.has(key)) continue;
    found.set(key, finding);
    const entry = byKey.get(key);
    if (entry === undefined) {
      const writers = finding.writtenBy.length > 0 ? `; written by ${finding.writtenBy.join(', ')}` : '';
      problems.push({
        kind: 'missing',
        file: finding.file,
        name: finding.name,
        message: `${finding.file}:${finding.line}: ${finding.kind} ${finding.name} (${finding.detail}${writers}) is not in ${label}`,
        fix:
          `add this line to ${label} with a reason (tab-separated; class one of ${classes}):\n` +
          `    ${formatCatalogLine(finding.file, finding.name, suggestedClass(finding), '<why it may stay>')}`,
      });
    } else if (entry.class === 'mutable') {
      stillToMove.push({ entry, finding });
    }
  }

  for (const entry of byKey.values()) {
    if (!found.has(keyOf(entry.file, entry.name))) {
      problems.push({
        kind: 'stale',
        file: entry.file,
        name: entry.name,
        message: `${label}:${entry.line}: ${entry.file} ${entry.name} is catalogued but no such global exists any more`,
        fix: `remove this stale line ${entry.line} from ${label}:\n    ${formatCatalogLine(entry.file, entry.name, entry.class, entry.reason)}`,
      });
    }
  }

  const ok = problems.length === 0;
  return {
    catalogPath: label,
    findings,
    entries,
    problems,
    stillToMove,
    ok,
    perInterpreterGilSafe: ok && stillToMove.length === 0,
  };
}
