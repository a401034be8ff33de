// The differential runner's comparison rules, on made-up outcomes.
import { describe, expect, it } from 'vitest';
import { compareOutcomes, stderrKey, withoutWarnings } from './differential.js';

const TRACEBACK = 'Traceback (most recent call last):\n  File "/p/x.py", line 1, in <module>\n    d["a"]\n';

describe('the differential comparison', () => {
  it('drops python3 compile-time warnings and their source lines', () => {
    expect(withoutWarnings('/a/b.py:19: SyntaxWarning: "is not" with a literal. Did you mean "!="?\n  print(1)\n/a/b.py:27: SyntaxWarning: x\n  y\n')).toBe('');
    expect(withoutWarnings(`/a/b.py:2: SyntaxWarning: w\n  print(1)\n${TRACEBACK}KeyError: 'a'\n`)).toBe(`${TRACEBACK}KeyError: 'a'\n`);
  });

  it('compares the exception type after a traceback, the whole line otherwise', () => {
    expect(stderrKey(`${TRACEBACK}KeyError: 'a'\n`, true)).toBe('KeyError');
    expect(stderrKey(`${TRACEBACK}__main__.Oops\n`, true)).toBe('__main__.Oops');
    expect(stderrKey('fatal: could not continue\n', false)).toBe('fatal: could not continue');
  });

  it('agrees when stdout, status and exception type agree, whatever the message', () => {
    const py = { stdout: 'a\n', stderr: `${TRACEBACK}KeyError: 'a'\n`, status: 1 };
    expect(compareOutcomes(py, { stdout: 'a\n', stderr: `${TRACEBACK}KeyError: 'other'\n`, status: 1 })).toBeUndefined();
  });

  it('reports a different stdout line, status, exception type or an escaped JavaScript error', () => {
    const py = { stdout: 'a\nb\n', stderr: `${TRACEBACK}KeyError: 'a'\n`, status: 1 };
    expect(compareOutcomes(py, { stdout: 'a\nc\n', stderr: py.stderr, status: 1 })).toMatch(/stdout line 2/);
    expect(compareOutcomes(py, { stdout: py.stdout, stderr: py.stderr, status: 0 })).toMatch(/exit status: python3 1, pergil 0/);
    expect(compareOutcomes(py, { stdout: py.stdout, stderr: `${TRACEBACK}IndexError: x\n`, status: 1 })).toMatch(/python3 "KeyError", pergil "IndexError"/);
    expect(compareOutcomes(py, { stdout: '', stderr: '', status: null, error: 'JavaScript exception escaped: boom' })).toMatch(/boom/);
  });

  it('holds a SystemExit message to the whole line', () => {
    const py = { stdout: '', stderr: 'bye\n', status: 1 };
    expect(compareOutcomes(py, { stdout: '', stderr: 'bye\n', status: 1 })).toBeUndefined();
    expect(compareOutcomes(py, { stdout: '', stderr: 'by\n', status: 1 })).toMatch(/last stderr line/);
  });
});
