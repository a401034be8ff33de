# Constructors: dict, list, tuple, set, frozenset, str, int, float from many sources.
print(dict(), dict(a=1, b=2), dict([('x', 1), ['y', 2]]), dict({'k': 0}, extra=True), dict(zip('ab', 'cd')))
print(list(), list('ab'), list((1, 2)), list({3: 'x'}), list({4}), list(range(3)), list(map(abs, [-1])), list(b'ab'))
print(tuple(), tuple([1]), tuple('xy'), tuple({'k': 'v'}.items()), tuple(range(2, 5)))
print(set(), sorted(set('mississippi')), set([1, 1, 2]), set(range(4)), set({1: 2}))
print(frozenset(), frozenset([3, 3, 1]), frozenset('a'))
print(str(), str(1), str(1.5), str([1]), str((1,)), str({'a': 1}), str(b'x'), str(None), str(str))
print(int(), int(7.9), int('12'), int(' -3 '), int(True), float(), float('1e3'), float(5))
try:
    dict([('a',)])
except ValueError as e:
    print('ValueError', e)
try:
    list(5)
except TypeError as e:
    print('TypeError', e)
try:
    tuple(None)
except TypeError as e:
    print('TypeError', e)
try:
    set([[]])
except TypeError as e:
    print('TypeError', e)
try:
    dict(1, 2)
except TypeError as e:
    print('TypeError', e)
class Pairs:
    def __iter__(self):
        return iter([('p', 1), ('q', 2)])
print(dict(Pairs()), list(Pairs()), tuple(Pairs()))
class Mapping:
    def keys(self):
        return ['m', 'n']
    def __getitem__(self, k):
        return k * 2
print(dict(Mapping()))
