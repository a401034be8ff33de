# Functions as values: passing, returning, storing, composing, partial application by hand.
def apply(f, *args):
    return f(*args)
def compose(f, g):
    return lambda x: f(g(x))
def partial(f, *pre, **kpre):
    def run(*a, **k):
        kw = dict(kpre)
        kw.update(k)
        return f(*pre, *a, **kw)
    return run
def power(base, exp=2):
    return base ** exp
print(apply(power, 3), apply(power, 2, 10), apply(len, 'four'))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(cube(3), two_to(8), two_to(exp=5))
pipeline = [inc, dbl, str, lambda s: s + '!']
v = 1
for f in pipeline:
    v = f(v)
print(v)
def fold(f, seq, acc):
    for x in seq:
        acc = f(acc, x)
    return acc
print(fold(lambda a, b: a + b, range(10), 0), fold(lambda a, b: b + a, 'abc', ''), fold(max, [3, 9, 2], 0))
table = {'sq': power, 'len': len, 'rev': lambda s: s[::-1]}
print([table[k]('abc' if k != 'sq' else 4) for k in ['sq', 'len', 'rev']])
def counter_factory():
    def counter():
        counter.count += 1
        return counter.count
    counter.count = 0
    return counter
c = counter_factory()
c(); c()
print(c(), c.count)
print(callable(c), callable(5), callable(power), callable(len), callable(type))
def memoize(f):
    cache = {}
    def w(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    return w
@memoize
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))
