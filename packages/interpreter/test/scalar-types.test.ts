// The builtin scalar types used from Python source: str/bytes/int/float methods with keyword
// arguments, the int/float/str/bool/bytes constructors including the dunder protocols of user
// classes (__int__, __index__, __float__, __bool__, __len__, __str__); each
// program's output is compared with python3's, and the run must not leak heap blocks.
import { describe, expect, it } from 'vitest';
import { runPergil, runPython3 } from '../src/testing/run-main.js';

const PROGRAMS: Readonly<Record<string, string>> = {
  'str methods with keywords and iterables': `
print('a b  c'.split(maxsplit=1), 'a,b,c'.rsplit(',', maxsplit=1), '-'.join(map(str, [0, 1, 2, 3])))
print('x'.center(5, '*'), 'Ab'.swapcase(), 'hello'.find('l', 3), 'hello'.count('l', 0, 3), 'a\\nb'.splitlines(keepends=True))
print('ab'.encode(encoding='ascii'), 'hé'.encode('ascii', errors='replace'), 'x.py'.removesuffix('.py'))
for bad in ["'abc'.index('z')", "'abc'.split('')", "'abc'.strip(1)", "'é'.encode('ascii')"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
`,
  'int and float methods': `
print((1024).to_bytes(2, 'big'), int.from_bytes(b'\\xff\\xfe', 'little', signed=True), (-5).bit_length(), True.bit_length())
print((2.5).as_integer_ratio(), (0.1).hex(), float.fromhex('0x1.8p1'), (3).real, (3).denominator, (1.5).imag, (4.0).is_integer())
print(bytes.fromhex('0a ff'), b'a,b'.split(b','), b'  x '.strip(), b'\\xff'.hex(), b'abc'.upper(), b'abc'.replace(b'b', b'B'))
for bad in ["bytes.fromhex('0g')", "bytes.fromhex('0')", "b'\\\\xff'.decode()"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
`,
  'constructors and dunder protocols': `
class I:
    def __int__(self): return 7
class X:
    def __index__(self): return 3
class F:
    def __float__(self): return 2.5
class B:
    def __len__(self): return 0
class S:
    def __str__(self): return 'S!'
print(int(I()), int(X()), float(F()), float(X()), bool(B()), str(S()), bytes(X()))
print(int('  0x_1f  ', 0), int('1_000'), int(b'12'), int(-2.7), int('z', 36), float(' -1_0.5 '), float('-Infinity'))
print(str(b'h\\xc3\\xa9', 'utf-8'), str(b'h\\xe9', errors='replace'), bytes('é', 'utf-8'), bytes(iter([0, 1, 2])), bool(), str(), int(), float())
for bad in ["int('x')", "int(1.5, 10)", "int(None)", "float('1__0')", "float([])", "bytes('x')", "bytes([300])", "int(float('inf'))", "str(b'\\\\xff', 'utf-8')"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
`,
};

describe('builtin scalar types from Python source', () => {
  for (const [name, src] of Object.entries(PROGRAMS)) {
    it(`${name} print what python3 prints`, () => {
      const want = runPython3(src);
      const got = runPergil(src);
      expect(got.stderr).toBe(want.stderr);
      expect(got.stdout).toBe(want.stdout);
      expect(got.leakedBlocks).toBe(0);
    });
  }
});
