# set and frozenset operators, with small ints so the printed order is stable.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, a < a, a <= a, {1, 2} < a, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
f = frozenset([1, 2, 3])
print(f, f | a, a | f, type(f | a).__name__, type(a | f).__name__, f & {2, 9})
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset({3, 2, 1})))
c = set(a)
c |= {10}
print(c)
c &= {1, 2, 10, 11}
print(c)
c -= {1}
print(c)
c ^= {2, 20}
print(c)
print(set(), frozenset(), set([]), set('aaa'), set(range(5)), frozenset(range(3)))
print(len(a), 3 in a, 9 in a, 9 not in a, sorted(a ^ b, reverse=True))
try:
    a + b
except TypeError as e:
    print('TypeError', e)
try:
    a | [1]
except TypeError as e:
    print('TypeError', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
s = {(1, 2), (1, 2), frozenset({1}), frozenset({1})}
print(len(s), (1, 2) in s, frozenset({1}) in s, {1} in s)
print({1: 1}.keys() | {2}, {1, 2} == frozenset({1, 2}), repr(frozenset({5})))
nested = {frozenset({1, 2}): 'pair'}
print(nested[frozenset({2, 1})])
print({x % 4 for x in range(20)}, {-1, -2, 0}, {True, 1, 1.0, 0, False})
