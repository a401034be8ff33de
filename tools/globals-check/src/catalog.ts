// The checked-in catalog of module-level state: one TSV line per global with its class
// and the reason it may stay — CPython's Tools/c-analyzer/cpython/globals-to-fix.tsv and
// ignored.tsv, kept as one table with a class column.

import { existsSync, readFileSync } from 'node:fs';

/**
 * How a catalogued global is allowed to live at module level:
 *
 * - `immutable`: never written after the module is evaluated, and built from constants
 *   only, so every thread's copy is the same (an unfrozen table, a stateless encoder).
 * - `init-once`: written once, lazily, with a value every thread would compute the same
 *   (a cache of something derived from constants); a per-thread copy costs memory, not
 *   correctness.
 * - `per-thread`: deliberately per worker thread (the thread's own state, a thread-local
 *   scratch buffer) — CPython's thread-local `_Py_tss_tstate`.
 * - `mutable`: shared state that is wrong to keep per thread and still has to move into
 *   the runtime, interpreter or thread state (reported as "still to move").
 *
 * @public
 */
export type GlobalClass = 'immutable' | 'init-once' | 'per-thread' | 'mutable';

/**
 * Every {@link GlobalClass}, in report order.
 * @public
 */
export const GLOBAL_CLASSES: readonly GlobalClass[] = Object.freeze([
  'mutable',
  'init-once',
  'per-thread',
  'immutable',
] as GlobalClass[]);

/**
 * The catalog's header line (columns, tab-separated).
 * @public
 */
export const CATALOG_HEADER = 'file\tname\tclass\treason';

/**
 * Where the catalog lives, relative to the repo root.
 * @public
 */
export const DEFAULT_CATALOG_PATH = 'tools/globals-check/globals.tsv';

/**
 * One catalog line.
 * @public
 */
export interface CatalogEntry {
  /** Source file, relative to the root, `/`-separated. */
  readonly file: string;
  /** The global's name as the finder reports it. */
  readonly name: string;
  /** Its class; a value outside {@link GlobalClass} is kept as written and reported as a problem. */
  readonly class: string;
  /** Why it may stay at module level (must not be empty). */
  readonly reason: string;
  /** 1-based line in the catalog file. */
  readonly line: number;
}

/**
 * A parsed catalog.
 * @public
 */
export interface Catalog {
  /** Path of the catalog file as given (used in messages). */
  readonly path: string;
  /** The entries, in file order. */
  readonly entries: readonly CatalogEntry[];
  /** Lines that are not `file<TAB>name<TAB>class<TAB>reason`, as `line N: problem`. */
  readonly malformed: readonly string[];
}

/**
 * Whether `value` is one of the four {@link GlobalClass} names.
 * @public
 */
export function isGlobalClass(value: string): value is GlobalClass {
  return (GLOBAL_CLASSES as readonly string[]).includes(value);
}

/**
 * Parses catalog text: a header line, then `file<TAB>name<TAB>class<TAB>reason` lines;
 * blank lines and lines starting with `#` are skipped.
 * @public
 */
export function parseCatalog(text: string, catalogPath: string): Catalog {
  const entries: CatalogEntry[] = [];
  const malformed: string[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#') || raw === CATALOG_HEADER) continue;
    const cells = raw.split('\t');
    if (cells.length !== 4) {
      malformed.push(`line ${line}: expected 4 tab-separated columns (${CATALOG_HEADER.split('\t').join(', ')}), found ${cells.length}`);
      continue;
    }
    const [file, name, cls, reason] = cells.map((c) => c.trim()) as [string, string, string, string];
    entries.push({ file, name, class: cls, reason, line });
  }
  return { path: catalogPath, entries, malformed };
}

/**
 * Reads and parses the catalog file; a missing file is an empty catalog (every finding
 * then needs a line).
 * @public
 */
export function readCatalog(catalogPath: string): Catalog {
  if (!existsSync(catalogPath)) return { path: catalogPath, entries: [], malformed: [] };
  return parseCatalog(readFileSync(catalogPath, 'utf8'), catalogPath);
}

/**
 * One catalog line for `file`/`name`, tab-separated (tabs and newlines in the reason are
 * replaced by spaces).
 * @public
 */
export function formatCatalogLine(file: string, name: string, cls: string, reason: string): string {
  return [file, name, cls, reason.replace(/[\t\r\n]+/g, ' ')].join('\t');
}

/**
 * The whole catalog text for `entries`, header first, sorted by file then name.
 * @public
 */
export function formatCatalog(entries: readonly Pick<CatalogEntry, 'file' | 'name' | 'class' | 'reason'>[]): string {
  const sorted = [...entries].sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
  return [CATALOG_HEADER, ...sorted.map((e) => formatCatalogLine(e.file, e.name, e.class, e.reason))].join('\n') + '\n';
}
