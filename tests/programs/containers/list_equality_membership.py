# Membership and equality: __eq__ across types, identity shortcut, nested comparisons.
print(1 in [1.0], 1.0 in [1], True in [1], 'a' in ['a'], [1] in [[1]], (1,) in [[1]])
print([1, 2] == [1, 2.0], [1, 2] == (1, 2), list((1, 2)) == [1, 2])
print({1: 'a'} == {1.0: 'a'}, {1, 2} == {2.0, 1.0}, 'abc' == ['a', 'b', 'c'])
print([1, [2, [3]]] == [1, [2, [3]]], [1, [2, [3]]] == [1, [2, [4]]])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [[1]] < [[2]])
print((1, 'a') < (1, 'b'), (0, 'z') < (1, 'a'))
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print('TypeError', e)
try:
    {1} < [1]
except TypeError as e:
    print('TypeError', e)
try:
    {} < {}
except TypeError as e:
    print('TypeError', e)
nan = float('nan')
l = [nan]
print(nan in l, l == l, [nan] == [nan], l.count(nan), (nan,) == (nan,))
print(None in [0, False, ''], 0 in [False], '' in ['', None], [] in [[], 1])
print(3 in range(5), 3 in {3: 'x'}, 'x' in {3: 'x'}, 'x' in {3: 'x'}.values())
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, 'a'), (1, 'z')]), sorted([[2], [1, 5], [1]]))
print([1, 2].__eq__([1, 2]), [1].__eq__('x'), (1,).__ne__((2,)), [1].__lt__([2]))
