# __iter__ returning a class-based iterator with __next__; iterating twice; for/list/sum.
class CountDown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountDownIter(self.start)
class CountDownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = CountDown(4)
print(list(cd), list(cd), sum(cd), max(cd), sorted(cd), 3 in cd)
for v in CountDown(3):
    print('tick', v)
it = iter(CountDown(2))
print(next(it), next(it), next(it, 'done'))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(100)
print(list(f), list(f))
print(list(zip(CountDown(3), Fib(10))), list(enumerate(CountDown(2))), dict(zip('abc', CountDown(3))))
print([x * 2 for x in CountDown(3)], list(map(str, CountDown(2))), tuple(CountDown(2)))
a, b, c = CountDown(3)
print(a, b, c)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
