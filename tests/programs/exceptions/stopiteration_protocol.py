# StopIteration from __next__ ends loops; raised by next() without default; value attribute.
class Limited:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration('done', 42)
        self.n -= 1
        return self.n
l = Limited(3)
print([x for x in l])
try:
    next(l)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
print(next(Limited(0), 'fallback'))
class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('iteration failed')
try:
    for x in Broken():
        pass
except ValueError as e:
    print('ValueError', e)
try:
    list(Broken())
except ValueError as e:
    print('ValueError from list()', e)
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print('exhausted list iterator', repr(e), e.value)
def first(iterable):
    for x in iterable:
        return x
    raise LookupError('empty iterable')
print(first('xyz'), first(Limited(5)))
try:
    first([])
except LookupError as e:
    print('LookupError', e)
print(StopIteration(5).value, StopIteration().value, issubclass(StopIteration, Exception))
