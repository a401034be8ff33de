// The built `pergil` command, run as a child process the way a user runs it, next to python3
// where python3 is the judge: statuses, sys.argv, tracebacks, usage errors, output order,
// PERGIL_MALLOC=debug.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/pergil.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pergil-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ran {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

function pergil(args: readonly string[], env: Record<string, string> = {}, input?: string): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, input });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function python3(args: readonly string[], input?: string): Ran {
  const r = spawnSync('python3', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' }, input });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

describe('pergil, the command', () => {
  it('runs -c code with sys.argv like python3', () => {
    const args = ['-c', 'import sys; print(sys.argv)', 'a', '-b'];
    expect(pergil(args)).toEqual(python3(args));
  });

  it('runs a file with sys.argv[0] as given', () => {
    const name = file('argv.py', 'import sys\nprint(sys.argv)\n');
    expect(pergil([name, 'x'])).toEqual(python3([name, 'x']));
  });

  it('reads the program from standard input', () => {
    expect(pergil([], {}, 'print(6 * 7)\n')).toEqual(python3([], 'print(6 * 7)\n'));
  });

  it('exits with SystemExit codes as python3 does', () => {
    for (const code of ['3', 'None', 'True', '256', '-1', '"bye"']) {
      const args = ['-c', `raise SystemExit(${code})`];
      expect(pergil(args), code).toEqual(python3(args));
    }
  });

  // KNOWN FAILURE (issue 4 still open): CPython 3.11 underlines the failing expression
  // (`~~^^~~`); pergil's tracebacks do not yet. Goes back to `it` when they do.
  it.fails('prints a traceback for an uncaught exception and exits 1', () => {
    const name = file('boom.py', 'def f(x):\n    return 1 // x\n\nprint("before")\nf(0)\n');
    const ours = pergil([name]);
    const theirs = python3([name]);
    expect(ours.status).toBe(1);
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stderr).toBe(theirs.stderr);
  });

  it('prints a SyntaxError with its caret line', () => {
    const name = file('bad.py', 'x = 1\ndef f(:\n    pass\n');
    const ours = pergil([name]);
    expect(ours.status).toBe(1);
    expect(ours.stderr).toBe(python3([name]).stderr);
  });

  it('keeps stdout and stderr in program order', () => {
    const r = spawnSync(process.execPath, [BIN, '-c', 'import sys\nprint(1)\nprint(2, file=sys.stderr)\nprint(3)'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    expect(r.stdout).toBe('1\n3\n');
    expect(r.stderr).toBe('2\n');
    // both streams into one pipe: the interleaving is the program's
    const both = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" -c 'import sys\nprint(1)\nprint(2, file=sys.stderr)\nprint(3)' 2>&1`], { cwd: dir, encoding: 'utf8' });
    expect(both.stdout).toBe('1\n2\n3\n');
  });

  it("says it can't open a missing file, with its absolute path, and exits 2", () => {
    const r = pergil(['missing.py']);
    expect(r).toEqual({ stdout: '', stderr: `pergil: can't open file '${join(dir, 'missing.py')}': [Errno 2] No such file or directory\n`, status: 2 });
  });

  it('asks for the argument of -c and prints the usage, status 2', () => {
    const r = pergil(['-c']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("Argument expected for the -c option\nusage: pergil [option] ... [-c cmd | file | -] [arg] ...\nTry `pergil -h' for more information.\n");
  });

  it('refuses an unknown option like python3, status 2', () => {
    const r = pergil(['-Q']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(python3(['-Q']).stderr.split('\n')[0]);
  });

  it('prints its version', () => {
    const r = pergil(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Python 3\.11 \(pergil \d+\.\d+\.\d+\)\n$/);
  });

  it('with PERGIL_MALLOC=debug reports no leak for a clean program and keeps its status', () => {
    const r = pergil(['-c', 'x = [str(i) for i in range(100)]\nprint(len(x))\nraise SystemExit(4)'], { PERGIL_MALLOC: 'debug' });
    expect(r.stdout).toBe('100\n');
    expect(r.stderr).not.toMatch(/^pergil: \d+ leaked blocks?$/m);
    expect(r.status).toBe(4);
  });

  it('refuses an unknown PERGIL_MALLOC', () => {
    const r = pergil(['-c', 'pass'], { PERGIL_MALLOC: 'tcmalloc' });
    expect(r.status).toBe(2);
    expect(lastLine(r.stderr)).toBe("pergil: PERGIL_MALLOC must be 'pymalloc' or 'debug', not 'tcmalloc'");
  });
});
