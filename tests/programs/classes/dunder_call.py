# __call__ makes instances callable; callable(); objects as function-like values.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x * self.k + sum(rest)) * scale
triple = Multiplier(3)
print(triple(2), triple(2, 1, 1), triple(1, scale=10), triple.calls)
print(callable(triple), callable(Multiplier), callable(Multiplier(1).k))
print(list(map(triple, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def slow_square(n):
    return n * n
print(slow_square(12), slow_square(12), len(slow_square.cache), type(slow_square).__name__)
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
class Pipeline:
    def __init__(self, *steps):
        self.steps = steps
    def __call__(self, value):
        for s in self.steps:
            value = s(value)
        return value
p = Pipeline(str.strip, str.lower, len, Multiplier(2))
print(p('  HeLLo '))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError', e)
