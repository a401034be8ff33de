# Tuples: packing, indexing, slicing, methods, comparison, immutability, hashing.
t = (1, 'two', 3.0, [4], (5,))
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t[::2])
print(t.count(1), t.index(3.0), (1, 2, 1, 1).count(1), (1, 2, 3).index(3, 1))
e = ()
one = (1,)
notuple = (1)
print(e, one, notuple, type(one).__name__, type(notuple).__name__, len(e))
p = 1, 2, 3
print(p, type(p).__name__)
print((1, 2) + (3,), (0,) * 3, 2 * ('a', 'b'), (1, 2) == (1, 2), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'x': 1}))
t[3].append(44)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError', e)
try:
    (1, 2).index(9)
except ValueError as e:
    print('ValueError', e)
try:
    (1, 2)[5]
except IndexError as e:
    print('IndexError', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)], (1, 2) in {(1, 2)})
x, y = 1, 2
x, y = y, x
print(x, y)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), 3 in nested[1], (4, 5) in nested[1])
print(max((3, 1), (2, 9)), min([(1, 'b'), (1, 'a')]), sorted([(2, 1), (1, 2), (1, 1)]))
print(repr((1,)), repr(((),)), str((None, True)), (1, 2).__len__(), (1, 2).__contains__(2))
