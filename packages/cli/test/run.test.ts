// runPython, the in-process host API: output through callbacks, statuses as a process reports
// them, input() from the stdin callback, the debug allocator's leak list, the heap check.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatLeakReport, runPython } from '../src/index.js';
import type { RunPythonOptions } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'pergil-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(options: RunPythonOptions): { stdout: string; stderr: string; status: number; leaks?: number } {
  const out: string[] = [];
  const err: string[] = [];
  const r = runPython({ ...options, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { stdout: out.join(''), stderr: err.join(''), status: r.status, ...(r.leaks === undefined ? {} : { leaks: r.leaks.length }) };
}

describe('runPython', () => {
  it('runs code and hands its output to the callbacks', () => {
    expect(run({ code: 'import sys\nprint("out")\nprint("err", file=sys.stderr)' })).toEqual({ stdout: 'out\n', stderr: 'err\n', status: 0 });
  });

  it('runs a file under its absolute path with sys.argv as given', () => {
    const path = join(dir, 'p.py');
    writeFileSync(path, 'import sys\nprint(sys.argv, __file__ == %r)\n'.replace('%r', JSON.stringify(path)));
    expect(run({ file: path, argv: ['p.py', 'x'] })).toEqual({ stdout: "['p.py', 'x'] True\n", stderr: '', status: 0 });
  });

  it('reports an unreadable file as python3 does, status 2', () => {
    const path = join(dir, 'nope.py');
    expect(run({ file: path })).toEqual({ stdout: '', stderr: `pergil: can't open file '${path}': [Errno 2] No such file or directory\n`, status: 2 });
  });

  it('returns the low byte of a SystemExit code, as a process exit status', () => {
    expect(run({ code: 'raise SystemExit(256)' }).status).toBe(0);
    expect(run({ code: 'raise SystemExit(-1)' }).status).toBe(255);
    expect(run({ code: 'raise SystemExit(7)' }).status).toBe(7);
  });

  it('feeds input() from the stdin callback, EOFError at its end', () => {
    const lines = ['first', 'second'];
    const r = run({ code: 'print(input() + "!")\nprint(input())\ninput()', stdin: () => lines.shift() });
    expect(r.stdout).toBe('first!\nsecond\n');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('EOFError: EOF when reading a line');
    expect(r.status).toBe(1);
  });

  it('lists no leaked block for a program without cycles under the debug allocator', () => {
    const r = run({ code: 'd = {str(i): [i] * 3 for i in range(50)}\nprint(len(d))', malloc: 'debug', checkHeap: true });
    expect(r).toEqual({ stdout: '50\n', stderr: '', status: 0, leaks: 0 });
  });

  it('gives no leak list with pymalloc', () => {
    expect(run({ code: 'pass' }).leaks).toBeUndefined();
  });
});

describe('formatLeakReport', () => {
  it('starts with a machine-readable count line and lists the first blocks', () => {
    const text = formatLeakReport([
      { offset: 64, sizeBytes: 24, domain: 2, owner: 1 },
      { offset: 128, sizeBytes: 8, domain: 1, owner: 1 },
    ]);
    expect(text).toBe('pergil: 2 leaked blocks\npergil:   offset 64: 24 bytes, domain obj, owner interpreter 1\npergil:   offset 128: 8 bytes, domain mem, owner interpreter 1\n');
  });
});
