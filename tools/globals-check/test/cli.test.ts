// The command: file selection, an extension module checked on its own, --update, --report, exit codes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG_HEADER, findRepoRoot, isExcludedSource, listSourceFiles, runGlobalsCheck } from '../src/index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const extension = path.join(fixtures, 'extension');

function run(args: string[], cwd = extension): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runGlobalsCheck(args, { out: (t) => (out += t), err: (t) => (err += t), cwd });
  return { code, out, err };
}

const temps: string[] = [];
function tempCopyOfExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'globals-check-'));
  temps.push(dir);
  cpSync(extension, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('source file selection', () => {
  it('excludes tests, declarations, dist, node_modules and test/fixtures', () => {
    expect(isExcludedSource('packages/a/src/x.test.ts')).toBe(true);
    expect(isExcludedSource('packages/a/src/x.d.ts')).toBe(true);
    expect(isExcludedSource('packages/a/dist/x.ts')).toBe(true);
    expect(isExcludedSource('node_modules/a/src/x.ts')).toBe(true);
    expect(isExcludedSource('tools/globals-check/test/fixtures/kinds.ts')).toBe(true);
    expect(isExcludedSource('packages/a/src/x.js')).toBe(true);
    expect(isExcludedSource('packages/a/src/testing/worker.ts')).toBe(false);
  });

  it('walks a directory in a stable order, skipping excluded files', () => {
    expect(listSourceFiles(extension, ['src']).map((f) => path.relative(extension, f))).toEqual([path.join('src', 'mod.ts')]);
  });
});

describe('findRepoRoot', () => {
  it('finds the workspace root above a package directory', () => {
    const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
    expect(findRepoRoot(fixtures)).toBe(path.resolve(repoRoot));
  });
});

describe('runGlobalsCheck pointed at an extension module', () => {
  it('fails and says the module is not safe for a per-interpreter GIL, naming the uncatalogued globals', () => {
    const { code, out } = run(['--root', '.', '--catalog', 'globals.tsv', 'src']);
    expect(code).toBe(1);
    expect(out).toContain('✗ src/mod.ts:4: let callCount (module-level let; written by call) is not in globals.tsv');
    expect(out).toContain('    src/mod.ts\tcallCount\tmutable\t<why it may stay>');
    expect(out).toContain('✗ src/mod.ts:7: closure call (writes callCount, scratch) is not in globals.tsv');
    expect(out).toMatch(/per-interpreter GIL: NOT safe — 2 globals not catalogued/);
  });

  it('passes and says safe once every global is catalogued with a safe class', () => {
    const dir = tempCopyOfExtension();
    writeFileSync(
      path.join(dir, 'globals.tsv'),
      [
        CATALOG_HEADER,
        'src/mod.ts\tscratch\tper-thread\tscratch buffer for one call',
        'src/mod.ts\tcallCount\tper-thread\ta per-thread call counter, for statistics only',
        'src/mod.ts\tcall\tper-thread\twrites the two per-thread globals above',
        '',
      ].join('\n'),
    );
    const { code, out } = run(['--root', dir, '--catalog', path.join(dir, 'globals.tsv'), path.join(dir, 'src')]);
    expect(code).toBe(0);
    expect(out).toContain('per-interpreter GIL: safe');
  });

  it('--update adds the missing lines with empty reasons, which then fail until filled in', () => {
    const dir = tempCopyOfExtension();
    const { code, out } = run(['--root', dir, '--catalog', 'globals.tsv', '--update', 'src'], dir);
    expect(out).toContain('updated globals.tsv: 2 added, 0 removed');
    expect(code).toBe(1);
    expect(readFileSync(path.join(dir, 'globals.tsv'), 'utf8')).toBe(
      [
        CATALOG_HEADER,
        'src/mod.ts\tcall\tmutable\t',
        'src/mod.ts\tcallCount\tmutable\t',
        'src/mod.ts\tscratch\tper-thread\tscratch buffer used only within one call; a per-thread copy is what we want',
        '',
      ].join('\n'),
    );
    expect(out).toContain('has no reason');
  });

  it('--update drops a stale line', () => {
    const dir = tempCopyOfExtension();
    writeFileSync(path.join(dir, 'globals.tsv'), `${CATALOG_HEADER}\nsrc/mod.ts\tgone\tmutable\told\n`);
    const { out } = run(['--root', dir, '--catalog', 'globals.tsv', '--update', 'src'], dir);
    expect(out).toContain('3 added, 1 removed');
    expect(readFileSync(path.join(dir, 'globals.tsv'), 'utf8')).not.toContain('gone');
  });

  it('--report prints the catalog grouped by package and class', () => {
    const { code, out } = run(['--root', '.', '--catalog', 'globals.tsv', '--report', 'src']);
    expect(code).toBe(0);
    expect(out).toContain('globals catalog globals.tsv: 1 global — 1 per-thread');
    expect(out).toContain('  per-thread (1)\n    src/mod.ts  scratch (const-mutable)  — ');
  });

  it('refuses an unknown option or a missing path with a usage error', () => {
    expect(run(['--frobnicate']).code).toBe(2);
    expect(run(['--root']).code).toBe(2);
    const missing = run(['--root', '.', 'no-such-dir']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file or directory: ');
  });
});

describe('the globals-check executable', () => {
  it('runs the built CLI and exits 1 when the check fails', () => {
    const bin = fileURLToPath(new URL('../bin/globals-check.js', import.meta.url));
    const child = spawnSync(process.execPath, [bin, '--root', '.', '--catalog', 'globals.tsv', 'src'], { cwd: extension, encoding: 'utf8' });
    expect(child.status).toBe(1);
    expect(child.stdout).toContain('per-interpreter GIL: NOT safe');
  });
});
