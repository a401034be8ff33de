# hash() of numbers is deterministic: equal numbers hash equal.
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), 1.0, 1.5, -1.5, 0.1, 1e100, 0.0, -0.0]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((1.5, -1)))
print(hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
try:
    hash([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    hash({})
except TypeError as e:
    print('TypeError', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
print(hash(-1), hash(-2), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(float('inf')), hash(float('-inf')), hash(0.5), hash(2.5))
