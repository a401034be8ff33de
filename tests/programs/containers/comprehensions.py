# List, set and dict comprehensions: filters, nesting, scopes.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in 'hello' if c != 'l'])
print({x % 5 for x in range(100)}, {len(w) for w in ['a', 'bb', 'cc', 'ddd']})
print({w: len(w) for w in ['apple', 'fig', 'banana']})
print({v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()})
print({i: [j for j in range(i)] for i in range(4)})
print([x if x % 2 else -x for x in range(6)], [a + b for a, b in zip([1, 2], [10, 20])])
x = 'outer'
r = [x for x in range(3)]
print(x, r)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
m = [[1, 2], [3, 4], [5, 6]]
print([row[1] for row in m], [n for row in m for n in row if n % 2], sum([n for row in m for n in row]))
print([i for i in []], {k: v for k, v in []}, {s for s in ()})
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted({w[0] for w in words}), {w: words.count(w) for w in words if words.count(w) > 1})
print([(i, c) for i, c in enumerate('abc')], [k for k in {'z': 1, 'y': 2}])
def make():
    base = 10
    return [base + k for k in range(3)]
print(make())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
