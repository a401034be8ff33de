// Which files are checked: every package's TypeScript sources under the repo root (what
// CPython's c-analyzer takes from Tools/c-analyzer/cpython/_files.py: the dirs to walk
// and the files to exclude).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findGlobalsInSource } from './find-globals.js';
import type { GlobalFinding } from './finding.js';

/**
 * The source directories checked by default, relative to the repo root; `*` matches one
 * directory name. Extension module packages live under `packages/` or `modules/`.
 * @public
 */
export const DEFAULT_SOURCE_DIRS: readonly string[] = Object.freeze([
  'packages/*/src',
  'modules/*/src',
  'tools/*/src',
  'bench/src',
]);

/** Directory names never entered. */
const EXCLUDED_DIRS: readonly string[] = Object.freeze(['node_modules', 'dist', '.git', 'temp', '.vitest']);

/**
 * Whether a path (relative or absolute, any separator) is excluded from the check: test
 * files, declaration files, and anything under `dist`, `node_modules` or `test/fixtures`.
 * @public
 */
export function isExcludedSource(file: string): boolean {
  const normal = file.split(path.sep).join('/');
  if (!normal.endsWith('.ts') && !normal.endsWith('.mts') && !normal.endsWith('.cts')) return true;
  if (/\.d\.[mc]?ts$/.test(normal) || /\.test\.[mc]?ts$/.test(normal)) return true;
  const parts = normal.split('/');
  if (parts.some((part) => EXCLUDED_DIRS.includes(part))) return true;
  return parts.some((part, i) => part === 'test' && parts[i + 1] === 'fixtures');
}

function walkDir(dir: string, root: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!EXCLUDED_DIRS.includes(entry.name)) walkDir(full, root, out);
    } else if (entry.isFile() && !isExcludedSource(path.relative(root, full))) {
      out.push(full);
    }
  }
}

function expandPattern(root: string, pattern: string): string[] {
  let dirs = [root];
  for (const part of pattern.split('/')) {
    const next: string[] = [];
    for (const dir of dirs) {
      if (part === '*') {
        if (!existsSync(dir)) continue;
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory() && !EXCLUDED_DIRS.includes(entry.name)) next.push(path.join(dir, entry.name));
        }
      } else {
        next.push(path.join(dir, part));
      }
    }
    dirs = next;
  }
  return dirs.filter((dir) => existsSync(dir) && statSync(dir).isDirectory());
}

/**
 * The TypeScript sources to check, as absolute paths in a stable order. With `paths`
 * (files or directories, relative to `root` or absolute), exactly those; without, the
 * {@link DEFAULT_SOURCE_DIRS} under `root`. Excluded files ({@link isExcludedSource}) are
 * left out of directories (judged by their path relative to `root`) but kept when named
 * explicitly.
 * @public
 */
export function listSourceFiles(root: string, paths?: readonly string[]): string[] {
  const files: string[] = [];
  if (paths === undefined || paths.length === 0) {
    for (const pattern of DEFAULT_SOURCE_DIRS) for (const dir of expandPattern(root, pattern)) walkDir(dir, root, files);
  } else {
    for (const p of paths) {
      const full = path.resolve(root, p);
      if (!existsSync(full)) throw new Error(`globals-check: no such file or directory: ${p}`);
      if (statSync(full).isDirectory()) walkDir(full, root, files);
      else files.push(full);
    }
  }
  return [...new Set(files)];
}

/**
 * Path of `file` relative to `root`, with `/` separators: how files are named in findings
 * and in the catalog.
 * @public
 */
export function relativeSourcePath(root: string, file: string): string {
  return path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
}

/**
 * Reads each file and lists its module-level state ({@link findGlobalsInSource}), naming
 * files relative to `root`.
 * @public
 */
export function findGlobals(files: readonly string[], root: string): GlobalFinding[] {
  const findings: GlobalFinding[] = [];
  for (const file of files) {
    findings.push(...findGlobalsInSource(readFileSync(path.resolve(root, file), 'utf8'), relativeSourcePath(root, file)));
  }
  return findings;
}
