// Differential tests of heap types' dunders in the generic operations (objects/typeslots.ts's
// slot functions called from object.ts and abstract.ts), isinstance/issubclass and module reprs:
// each program's output must equal python3's, and the run must free every block it made.

import { describe, expect, it } from 'vitest';
import { runPergil, runPython3 } from '../testing/run-main.js';

function same(source: string): void {
  const want = runPython3(source);
  const got = runPergil(source);
  expect(got.stderr).toBe(want.stderr);
  expect(got.stdout).toBe(want.stdout);
  expect(got.status).toBe(want.status);
  expect(got.leakedBlocks).toBe(0);
}

describe('heap types in the generic operations', () => {
  it('calls __init__, __repr__ and __str__', () => {
    same(`
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'P(%d, %d)' % (self.x, self.y) if False else 'P(' + str(self.x) + ', ' + str(self.y) + ')'
class Q(P):
    def __str__(self):
        return 'Q!'
print(repr(P(1, 2)), str(P(3, 4)), [P(5, 6)], str(Q(1, 1)), repr(Q(7, 8)))
`);
  });

  it('shows the default repr with module and qualname', () => {
    same(`
class C:
    pass
r = repr(C())
print(r.startswith('<__main__.C object at 0x'), r.endswith('>'))
print(repr(C))
`);
  });

  it('rejects a __repr__ that returns a non-string', () => {
    same(`
class D:
    def __repr__(self):
        return 1
try:
    repr(D())
except TypeError as e:
    print(e)
`);
  });

  it('compares with __eq__, __lt__ and reflected operations', () => {
    same(`
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) == V(1), V(1) != V(1), V(1) == V(2), V(1) != V(2))
print(V(1) < V(2), V(2) > V(1), V(3) > V(1), V(1) == 1)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
try:
    hash(V(1))
except TypeError as e:
    print(e)
print(min([V(3), V(1), V(2)]).v, max([V(3), V(1), V(2)]).v)
`);
  });

  it('asks each side once when both return NotImplemented', () => {
    same(`
class A:
    def __lt__(self, o):
        print('A.__lt__')
        return NotImplemented
    def __gt__(self, o):
        print('A.__gt__')
        return NotImplemented
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
try:
    A() < A()
except TypeError as e:
    print(e)
a = A()
print(a == a, A() == 1)
class R:
    def __eq__(self, o):
        return 'yes'
print(R() == 1, R() != 1)
`);
  });

  it('hashes through __hash__', () => {
    same(`
class H:
    def __hash__(self):
        return 42
print(hash(H()))
class Bad:
    def __hash__(self):
        return 'x'
try:
    hash(Bad())
except TypeError as e:
    print(e)
`);
  });

  it('does arithmetic through __add__, __radd__, __iadd__ and unary dunders', () => {
    same(`
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        return N(o + self.v)
    def __neg__(self):
        return N(-self.v)
    def __abs__(self):
        return N(abs(self.v))
    def __repr__(self):
        return 'N(' + repr(self.v) + ')'
class M(N):
    def __iadd__(self, o):
        self.v += 100
        return self
print(N(1) + N(2), N(1) + 5, 5 + N(1), -N(3), abs(N(-4)))
m = M(1)
m += 1
print(m)
n = N(1)
n += 1
print(n)
try:
    N(1) - 1
except TypeError as e:
    print(e)
try:
    ~N(1)
except TypeError as e:
    print(e)
`);
  });

  it('measures, indexes and tests membership through __len__, __getitem__, __setitem__, __delitem__, __contains__', () => {
    same(`
class S:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
s = S()
s['a'] = 1
s['b'] = 2
print(len(s), s['a'], 'a' in s, 'z' in s, 'z' not in s)
del s['a']
print(len(s), 'a' in s, bool(s))
try:
    s['a']
except KeyError as e:
    print(repr(e))
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
`);
  });

  it('decides truth through __bool__, then __len__', () => {
    same(`
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class E:
    def __bool__(self):
        return 1
print(bool(T()), bool(L()), bool(object()), 'yes' if T() else 'no')
try:
    bool(E())
except TypeError as e:
    print(e)
`);
  });

  it('keeps the builtin behaviour of a builtin subclass where no dunder is overridden', () => {
    same(`
class X(list):
    def first(self):
        return self[0]
x = X()
print(len(x), bool(x), x == [], repr(x), 3 in x)
y = x
x += [3, 4]
x += (5,)
x += x
print(type(x).__name__, x is y, len(x), x[1], x.first(), 3 in x, bool(x), x == [3, 4, 5, 3, 4, 5])
x[0] = 9
del x[1]
print(x, repr(x))
l = [1]
l += 'ab'
print(l)
try:
    l += 5
except TypeError as e:
    print(e)
class D(dict):
    pass
d = D()
d['k'] = 1
print(d['k'], 'k' in d, len(d), d)
del d['k']
print(d, bool(d))
`);
  });

  it('answers isinstance and issubclass with classes and tuples', () => {
    same(`
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(1, (str, (bytes, int))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int))
for args in [(1, 1), (1, (int, 1))]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(e)
for args in [(1, int), (int, 1)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(e)
`);
  });

  it('shows modules as CPython does', () => {
    same(`
import sys
import builtins
print(sys, builtins, type(sys).__name__, repr(sys))
`);
  });
});
