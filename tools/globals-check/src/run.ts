// The `globals-check` command: find, compare, print (CPython's
// Tools/c-analyzer/check-c-globals.py and its `check`/`show` subcommands).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CATALOG_PATH, formatCatalog, readCatalog } from './catalog.js';
import type { CatalogEntry } from './catalog.js';
import { compareWithCatalog } from './compare.js';
import type { CheckResult } from './compare.js';
import { formatCheckResult, formatReport } from './report.js';
import { findGlobals, listSourceFiles, relativeSourcePath } from './source-files.js';

/**
 * What to check: which tree, which catalog, which sources.
 * @public
 */
export interface CheckOptions {
  /** The root that file names are relative to (the repo root, or an extension module's root). */
  readonly root: string;
  /** The catalog file (default: `<root>/tools/globals-check/globals.tsv`). */
  readonly catalogPath?: string;
  /** Files or directories to check, relative to `root` or absolute (default: every package's sources). */
  readonly paths?: readonly string[];
}

/**
 * Finds the module-level state under `options.root` and compares it with the catalog.
 * When `paths` are given, only catalog entries for files under them take part.
 * @public
 */
export function checkSources(options: CheckOptions): CheckResult {
  const root = path.resolve(options.root);
  const catalogPath = path.resolve(root, options.catalogPath ?? DEFAULT_CATALOG_PATH);
  const files = listSourceFiles(root, options.paths);
  const findings = findGlobals(files, root);
  const catalog = readCatalog(catalogPath);
  const scopes = (options.paths ?? []).map((p) => relativeSourcePath(root, p));
  const inScope =
    scopes.length === 0 || scopes.includes('')
      ? undefined
      : (file: string) => scopes.some((s) => file === s || file.startsWith(`${s}/`));
  const label = relativeSourcePath(root, catalogPath);
  return compareWithCatalog(findings, catalog, { inScope, catalogLabel: label.startsWith('..') ? catalogPath : label });
}

/**
 * The root of the repository containing `start`: the nearest directory upwards whose
 * package.json declares workspaces; `start` itself if there is none.
 * @public
 */
export function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  while (true) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ('workspaces' in (JSON.parse(readFileSync(pkg, 'utf8')) as object)) return dir;
      } catch {
        // not JSON: keep looking upwards
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}

/**
 * Where the command writes (the CLI passes process.stdout/stderr; tests collect strings).
 * @public
 */
export interface CliIo {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** The directory relative paths on the command line are taken from. */
  readonly cwd: string;
}

const USAGE = `usage: globals-check [--root DIR] [--catalog FILE] [--report | --update] [FILE|DIR ...]

Lists module-level state (let/var, const bound to mutable values, writable static
fields, closures that write them) and checks it against the catalog
(default: <root>/${DEFAULT_CATALOG_PATH}). Exit status 1 when a global is missing
from the catalog, a catalog line is stale, or a reason is empty.

  --root DIR      tree to check; file names are relative to it (default: repo root)
  --catalog FILE  catalog to compare with (default: <root>/${DEFAULT_CATALOG_PATH})
  --report        print the catalog grouped by package and class, with counts
  --update        rewrite the catalog: add missing globals with an empty reason
                  (fill it in) and drop stale lines; the file comes out sorted by
                  file and name, without # comments
  FILE|DIR ...    check only these sources and print whether they are safe for a
                  per-interpreter GIL (for extension module authors)
`;

function writeUpdatedCatalog(result: CheckResult, catalogFile: string): { added: number; removed: number } {
  const all = readCatalog(catalogFile).entries;
  const staleKeys = new Set(result.problems.filter((p) => p.kind === 'stale').map((p) => `${p.file}\u0000${p.name}`));
  const kept: Pick<CatalogEntry, 'file' | 'name' | 'class' | 'reason'>[] = all.filter(
    (e) => !staleKeys.has(`${e.file}\u0000${e.name}`),
  );
  const missing = result.problems.filter((p) => p.kind === 'missing');
  for (const p of missing) {
    const finding = result.findings.find((f) => f.file === p.file && f.name === p.name)!;
    kept.push({ file: p.file, name: p.name, class: finding.detail.includes('as const') ? 'immutable' : 'mutable', reason: '' });
  }
  writeFileSync(catalogFile, formatCatalog(kept));
  return { added: missing.length, removed: all.length - (kept.length - missing.length) };
}

/**
 * Runs the command with `args` (without the node and script paths) and returns its exit
 * status: 0 when the check passes, 1 when it fails, 2 on a usage error.
 * @public
 */
export function runGlobalsCheck(args: readonly string[], io: CliIo): number {
  let root: string | undefined;
  let catalog: string | undefined;
  let report = false;
  let update = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--root' || arg === '--catalog') {
      const value = args[++i];
      if (value === undefined) {
        io.err(`globals-check: ${arg} needs a value\n${USAGE}`);
        return 2;
      }
      if (arg === '--root') root = path.resolve(io.cwd, value);
      else catalog = path.resolve(io.cwd, value);
    } else if (arg === '--report') report = true;
    else if (arg === '--update') update = true;
    else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (arg.startsWith('-')) {
      io.err(`globals-check: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else paths.push(path.resolve(io.cwd, arg));
  }
  const checkRoot = root ?? findRepoRoot(io.cwd);
  let result: CheckResult;
  try {
    result = checkSources({ root: checkRoot, catalogPath: catalog, paths });
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
    return 2;
  }
  if (update) {
    const catalogFile = path.resolve(checkRoot, catalog ?? DEFAULT_CATALOG_PATH);
    const { added, removed } = writeUpdatedCatalog(result, catalogFile);
    io.out(`globals-check: updated ${result.catalogPath}: ${added} added, ${removed} removed\n`);
    result = checkSources({ root: checkRoot, catalogPath: catalog, paths });
  }
  io.out(report ? formatReport(result) : formatCheckResult(result, { verdict: paths.length > 0 }));
  if (report) return 0;
  return result.ok ? 0 : 1;
}
