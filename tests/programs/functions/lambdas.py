# lambda expressions: arguments, defaults, closures, in data structures.
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2: a + b)(1), (lambda *a: a)(1, 2))
print((lambda **k: sorted(k))(b=1, a=2), (lambda a, *, k: a + k)(1, k=2))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), list(map(lambda x: x + 1, [1, 2])))
print(list(filter(lambda x: x % 2, range(10))), max([3, -7, 5], key=lambda v: abs(v)))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry('x')('y')('z'))
print(sq.__name__, type(sq).__name__, (lambda: 0).__name__)
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda s: s + '!', 'hi'), apply_twice(sq, 3))
y = 10
f = lambda x: x + y
y = 20
print(f(1))
cond = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([cond(n) for n in (-1, 0, 1)])
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(20))
pairs = [(1, 'b'), (2, 'a'), (0, 'c')]
pairs.sort(key=lambda p: p[1])
print(pairs)
print((lambda x, y: (y, x))(*'ab'), (lambda: [z for z in range(3)])())
