# repr() and str() of builtin values, including nested and recursive containers.
vals = [0, -1, 10 ** 25, 1.0, -0.5, 1e-9, True, None, 'q', "it's", b'b', (), (1,), [1, 'a'], {1: 'one'}, {2}, set(), frozenset({3}), range(2), range(1, 9, 2), slice(None, 2), Ellipsis, NotImplemented]
for v in vals:
    print(repr(v), '|', str(v))
l = [1]
l.append(l)
d = {'self': None}
d['self'] = d
print(repr(l), repr(d), str(l))
print(repr(len), repr(print), repr(int), repr(type), repr(ValueError), repr(object))
class X:
    pass
print(repr(X)[:16], repr(X.__name__))
print(repr([[], [[]], ()]), repr({'a': {'b': {}}}), repr(('a', ('b',))))
print(str(-0.0), repr(1e16), repr(123456789.0), str(1.5e300), repr(2.5e-5))
print(repr(ValueError('x')), repr(KeyError('k')), str(KeyError('k')), repr(Exception()), repr(StopIteration(1)))
