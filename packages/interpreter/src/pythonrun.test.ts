// Programs run as __main__ through Py_RunMain (which uses PyRun_String and PyErr_Display) and
// through python3 from the same file: stdout and the exit status must be equal, and stderr too
// once python3's `^^^^` position-caret lines are dropped (pergil prints none yet; see the
// NON-CPYTHON note in pythonrun.ts). Every run must give the heap's blocks back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RuntimeState } from '@pergil/runtime-state';
import { InterpreterState } from './interpreter-state.js';
import { ThreadState } from './thread-state.js';
import { Py_RunMain } from './main.js';
import { Py_FinalizeInterpreterModules } from './pylifecycle.js';
import { PyErr_Display, PyRun_String } from './pythonrun.js';
import { clearDict, exceptionBuiltins } from './testing/eval-fixtures.js';
import { PyDict_SetItem } from './objects/dictobject.js';
import { PyUnicode_FromString } from './objects/unicodeobject.js';
import { PyErr_GetRaisedException } from './objects/exceptions.js';
import { Py_DECREF, Py_TYPE_NAME } from './objects/object.js';
import { PyDict_New } from './objects/dictobject.js';
import { blocksInUse } from './testing/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'pergil-pythonrun-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

function runPython3(path: string): Outcome {
  const r = spawnSync('python3', [path], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: withoutTracebackCarets(r.stderr), status: r.status ?? -1 };
}

function runPergil(path: string, source: string): Outcome {
  const runtime = RuntimeState.create({ maxHeapBytes: 64 << 20 });
  const interp = InterpreterState.create(runtime);
  const tstate = ThreadState.create(interp);
  let stdout = '';
  let stderr = '';
  const host = {
    write(fd: 1 | 2, text: string): void {
      if (fd === 1) stdout += text;
      else stderr += text;
    },
    readSource: (): string => source,
  };
  const status = Py_RunMain(tstate, { source, filename: path, argv: [path], host });
  Py_FinalizeInterpreterModules(tstate);
  return { stdout, stderr, status };
}

const PROGRAMS: Readonly<Record<string, string>> = {
  uncaught: 'def f(x):\n    return g(x) + 1\n\ndef g(y):\n    return 10 // y\n\nprint("before")\nf(0)\n',
  chained: 'try:\n    {}["k"]\nexcept KeyError:\n    raise ValueError("bad value")\n',
  cause: 'def h():\n    try:\n        [][0]\n    except IndexError as e:\n        raise RuntimeError("wrapped") from e\nh()\n',
  suppressed: 'try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise TypeError("t") from None\n',
  recursion: 'def f(n):\n    return f(n + 1)\nf(0)\n',
  nameError: 'x = 1\nprint(x)\nprint(y)\n',
  syntaxError: 'x = 1\nif x == 1\n    print(x)\n',
  indentation: 'def f():\nreturn 1\n',
  messageless: 'raise ValueError\n',
  finallyRuns: 'try:\n    print("body")\n    raise KeyError(5)\nfinally:\n    print("finally")\n',
  systemExit: 'import sys\nprint("bye")\nsys.exit(3)\n',
  handled: 'for i in range(3):\n    try:\n        print(10 // (i - 1))\n    except ZeroDivisionError as e:\n        print("caught", e)\nprint("done")\n',
  withStatement: 'class CM:\n    def __enter__(self):\n        print("enter")\n        return self\n    def __exit__(self, t, v, tb):\n        print("exit", t.__name__ if t else None)\n        return True\nwith CM() as c:\n    print("inside")\n    raise ValueError("swallowed")\nprint("after")\n',
};

/** Programs that need no builtins but the exception classes: run with PyRun_String, shown with PyErr_Display. */
const RAISING: Readonly<Record<string, string>> = {
  nested: 'def f(x):\n    return g(x) + 1\n\ndef g(y):\n    return 10 // y\n\nf(0)\n',
  contextChain: 'try:\n    {}["k"]\nexcept KeyError:\n    raise ValueError("bad value")\n',
  causeChain: 'def h():\n    try:\n        [][0]\n    except IndexError as e:\n        raise RuntimeError("wrapped") from e\nh()\n',
  fromNone: 'try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise TypeError("t") from None\n',
  recursion: 'def f(n):\n    return f(n + 1)\nf(0)\n',
  mutual: 'def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(1)\n',
  unbound: 'def f():\n    print_me = x\n    x = 1\nf()\n',
  keyError: 'd = {"a": 1}\nd["b"]\n',
  syntax: 'x = 1\nif x == 1\n    y = 2\n',
  syntaxRange: 'x = (1 +\n',
  indentation: 'def f():\nreturn 1\n',
  reraise: 'try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise\n',
  finallyReraise: 'def f():\n    try:\n        [][1]\n    finally:\n        z = 2\nf()\n',
  bareClass: 'raise ValueError\n',
  assertion: 'def check(v):\n    assert v > 0, "v must be positive"\ncheck(-1)\n',
};

/**
 * python3's stderr without the position-caret lines under traceback source lines (the
 * SyntaxError caret line, under a `File "…", line N` header with no `, in`, stays).
 */
function withoutTracebackCarets(stderr: string): string {
  let inFrame = false;
  return stderr
    .split('\n')
    .filter((l) => {
      if (/^\s*File ".*", line \d+/.test(l)) inFrame = l.includes(', in ');
      return !(inFrame && /^\s*[~^]+\s*$/.test(l));
    })
    .join('\n');
}

function python3Stderr(path: string): string {
  return withoutTracebackCarets(spawnSync('python3', [path], { encoding: 'utf8' }).stderr);
}

describe('PyErr_Display', () => {
  for (const [name, source] of Object.entries(RAISING)) {
    it(`prints "${name}" the way python3 does`, () => {
      const path = join(dir, `raise_${name}.py`);
      writeFileSync(path, source);
      const want = python3Stderr(path);
      const runtime = RuntimeState.create({ maxHeapBytes: 32 << 20 });
      const interp = InterpreterState.create(runtime);
      const tstate = ThreadState.create(interp);
      interp.host = { write: () => undefined, readSource: () => source };
      const builtins = exceptionBuiltins(tstate);
      const g = PyDict_New(tstate);
      const key = PyUnicode_FromString(tstate, '__builtins__');
      PyDict_SetItem(tstate, g, key, builtins);
      Py_DECREF(interp, key);
      const before = blocksInUse(interp.heap);
      expect(PyRun_String(tstate, source, path, 'exec', g, g)).toBe(0);
      const exc = PyErr_GetRaisedException(tstate);
      const text = PyErr_Display(tstate, exc);
      Py_DECREF(interp, exc);
      clearDict(tstate, g);
      expect(text).toBe(want);
      expect(blocksInUse(interp.heap)).toBeLessThanOrEqual(before);
    });
  }
});

describe('PyRun_String and PyErr_Display', () => {
  for (const [name, source] of Object.entries(PROGRAMS)) {
    it(`runs "${name}" like python3 (stdout, stderr, status)`, () => {
      const path = join(dir, `${name}.py`);
      writeFileSync(path, source);
      const want = runPython3(path);
      const got = runPergil(path, source);
      expect({ stdout: got.stdout, stderr: got.stderr, status: got.status }).toEqual(want);
    });
  }

  it('turns recursion through builtins (type calls __init__) into RecursionError, not a JS stack overflow', () => {
    const source = 'class A:\n    def __init__(self, n):\n        A(n + 1)\nA(0)\n';
    const got = runPergil(join(dir, 'deep_init.py'), source);
    expect(got.status).toBe(1);
    expect(got.stderr.trimEnd().split('\n').at(-1)).toMatch(/^RecursionError: maximum recursion depth exceeded/);
  });

  it('raises SyntaxError with CPython\'s args for bad source', () => {
    const runtime = RuntimeState.create({ maxHeapBytes: 16 << 20 });
    const interp = InterpreterState.create(runtime);
    const tstate = ThreadState.create(interp);
    const g = PyDict_New(tstate);
    expect(PyRun_String(tstate, 'x = (1,\n', '<s>', 'exec', g, g)).toBe(0);
    const exc = PyErr_GetRaisedException(tstate);
    expect(Py_TYPE_NAME(interp, exc)).toBe('SyntaxError');
    Py_DECREF(interp, exc);
    Py_DECREF(interp, g);
  });
});
