// Differential tests of the builtin containers' methods and constructors (list, tuple, dict,
// set, frozenset, range): each program runs under pergil and under python3; the outputs must
// be equal and the pergil run must leave no blocks behind.
import { describe, expect, it } from 'vitest';
import { runPergil, runPython3 } from '../testing/run-main.js';

function same(source: string): void {
  const p = runPergil(source);
  const c = runPython3(source);
  expect(p.stderr).toBe(c.stderr);
  expect(p.stdout).toBe(c.stdout);
  expect(p.leakedBlocks).toBe(0);
}

const TRY = `
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
`;

describe('list methods', () => {
  it('append, extend, insert, pop, remove, clear, copy, reverse, count, index behave as in CPython', () => {
    same(`${TRY}
a = [3, 1, 2]
a.append(4); a.extend((5, 6)); a.extend(a); a.insert(0, 'x'); a.insert(-1, 'y'); a.insert(100, 'z')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
t(lambda: a.remove(99))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: a.index(2)); t(lambda: a.index(2, 3)); t(lambda: a.index(2, 3, 4)); t(lambda: a.index('q'))
print(a.count(2), a.count('q'))
b = a.copy(); b.reverse(); print(b, a is b)
b.clear(); print(b, len(b))
t(lambda: a.insert(1))
t(lambda: a.pop('1'))
`);
  });

  it('sort is stable, takes key and reverse, and restores the list on errors', () => {
    same(`${TRY}
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana', 'plum']
w = list(words); w.sort(); print(w)
w = list(words); w.sort(key=len); print(w)
w = list(words); w.sort(key=len, reverse=True); print(w)
w = list(words); w.sort(reverse=True); print(w)
n = [5, 3, 9, 1, 3, 7, 2, 8, 0, 6] * 7; n.sort(); print(n)
m = [1, 'a', 2]
t(lambda: m.sort()); print(m)
def bad(x):
    if x == 2: raise KeyError(x)
    return x
q = [3, 2, 1]
t(lambda: q.sort(key=bad)); print(q)
def mutate(x):
    r.append(x)
    return x
r = [2, 1]
t(lambda: r.sort(key=mutate)); print(r)
t(lambda: r.sort(1))
t(lambda: r.sort(cmp=1))
`);
  });
});

describe('container constructors', () => {
  it('list, tuple, set, frozenset, dict and range accept what CPython accepts', () => {
    same(`${TRY}
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1}))
print(tuple(), tuple('ab'), tuple([1, 2]))
print(sorted(set('hello')), sorted(frozenset([3, 1, 3])), set())
print(dict(), dict(a=1, b=2), dict([('x', 1), ['y', 2]]), dict({'k': 1}, z=3))
print(range(5), range(1, 5), range(1, 10, 3), list(range(10, 0, -3)))
t(lambda: list(1)); t(lambda: list(1, 2)); t(lambda: tuple(5)); t(lambda: set(1))
t(lambda: dict([(1,)])); t(lambda: dict([(1, 2, 3)])); t(lambda: dict(1, 2))
t(lambda: range()); t(lambda: range(1, 2, 0)); t(lambda: range('a'))
`);
  });
});

describe('dict methods', () => {
  it('get, setdefault, pop, popitem, update, clear, copy and fromkeys behave as in CPython', () => {
    same(`${TRY}
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('c', 3), d.setdefault('a', 9), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
t(lambda: d.pop('zz'))
print(d.popitem(), d)
d.update({'x': 1}); d.update([('y', 2)]); d.update(z=3); d.update({'a': 0}, w=4); print(d)
e = d.copy(); e['new'] = 1; print(d, e)
e.clear(); print(e)
t(lambda: e.popitem())
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
`);
  });
});

describe('set, tuple and range methods', () => {
  it('set algebra, tuple.count/index and range attributes behave as in CPython', () => {
    same(`${TRY}
s = {1, 2, 3}
s.add(4); s.discard(9); s.remove(1); print(sorted(s))
t(lambda: s.remove(9))
print(sorted(s.union([7], (8,))), sorted(s.intersection({2, 3, 9})), sorted(s.difference([2])), sorted(s.symmetric_difference({3, 10})))
print(s.issubset({2, 3, 4, 5}), s.issuperset([2]), s.isdisjoint([0]))
c = s.copy(); c.update([20], [21]); c.difference_update([20]); c.intersection_update({2, 21, 3}); c.symmetric_difference_update({3, 99}); print(sorted(c))
print(len(s), s.pop() in {2, 3, 4}, len(s)); s.clear(); print(s)
t(lambda: set().pop())
f = frozenset([1, 2]); print(sorted(f.union({3})), f.copy() is f)
tp = (1, 2, 1, 3)
print(tp.count(1), tp.index(3), tp.index(1, 1))
t(lambda: tp.index(7))
r = range(2, 20, 3)
print(r.start, r.stop, r.step, r.count(5), r.count(6), r.index(8))
t(lambda: r.index(6))
`);
  });
});
