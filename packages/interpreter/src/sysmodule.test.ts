// The sys module: differentially against python3 where CPython is the judge, and directly for
// what is pergil's own (sys.implementation).
import { RuntimeState } from '@pergil/runtime-state';
import { describe, expect, it } from 'vitest';
import { runPergil, runPython3 } from './testing/run-main.js';

const PRELUDE = `
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
`;

const PROGRAMS: readonly (readonly [string, string])[] = [
  ['argv, path, modules', `
print(sys.argv, type(sys.path).__name__, sys.path[0] == '')
print(sys.modules['sys'] is sys, sys.modules['builtins'] is __import__('builtins'), sys.modules['__main__'].__name__)
import builtins
print(builtins.len is len, __name__)
`],
  ['constants', `
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform, sys.maxunicode)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info < (4,), sys.hexversion >> 16 == 0x30b)
print(sys.getdefaultencoding(), sys.version.startswith('3.11'), isinstance(sys.executable, str))
`],
  ['recursion limit', `
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
t(lambda: sys.setrecursionlimit(0)); t(lambda: sys.setrecursionlimit(-1)); t(lambda: sys.setrecursionlimit(1.5))
t(lambda: sys.setrecursionlimit('a')); t(lambda: sys.setrecursionlimit(2**40)); t(lambda: sys.setrecursionlimit())
sys.setrecursionlimit(1000)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(900))
`],
  ['intern, getrefcount', `
print(sys.intern('abc') == 'abc'); t(lambda: sys.intern(1)); t(lambda: sys.intern())
x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
t(lambda: sys.getrefcount()); t(lambda: sys.getrefcount(1, 2))
`],
  ['stdout, stderr', `
print(sys.stdout.write('hi\\n'), sys.stderr.write('to stderr\\n'))
t(lambda: sys.stdout.write(1)); t(lambda: sys.stdout.write()); t(lambda: sys.stdout.flush(1))
print(repr(sys.stdout), repr(sys.stderr), sys.stdout.encoding, sys.stdout.name, sys.stderr.name)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, type(sys.stdout).__name__)
print(sys.stdout.flush(), sys.stdout.writable(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.write('é😀\\n'))
`],
  ['exc_info, exit', `
print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError:
    tp, v, tb = sys.exc_info()
    print(tp.__name__, v, tb is not None)
print(sys.exc_info())
try:
    sys.exit(3)
except SystemExit as e:
    print('exit', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('exit', e.code, e.args)
t(lambda: sys.exit(1, 2))
`],
];

describe('sys, against python3', () => {
  const runtime = RuntimeState.create({ maxHeapBytes: 64 << 20 });
  it.each(PROGRAMS)('%s', (_name, body) => {
    const program = PRELUDE + body;
    const expected = runPython3(program);
    const got = runPergil(program, { runtime });
    expect(got.stdout).toBe(expected.stdout);
    expect(got.stderr).toBe(expected.stderr);
    expect(got.status).toBe(expected.status);
    expect(got.leakedBlocks).toBe(0);
  });
});

describe("sys, pergil's own", () => {
  it('names the implementation pergil, with no bytecode cache, following 3.11', () => {
    const got = runPergil(PRELUDE + `
i = sys.implementation
print(i.name, i.cache_tag, i.version[:2], i.hexversion == sys.hexversion)
print(repr(i).startswith("namespace(name='pergil'"))
print(sys.flags.optimize, sys.flags.dev_mode)
`);
    expect(got.stdout).toBe('pergil None (3, 11) True\nTrue\n0 False\n');
    expect(got.status).toBe(0);
  });

  it('reports an immortal object with the runtime immortal refcount', () => {
    const got = runPergil('import sys\nprint(sys.getrefcount(None) > 1000000)');
    expect(got.stdout).toBe('True\n');
  });
});
