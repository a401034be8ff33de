# range objects: attributes, indexing, slicing, len, membership, count/index, equality.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:4], r[::-1], r[::2], list(r[1:4]), list(r[::-1]), r[10:], list(r[-2:]))
print(5 in r, 6 in r, 20 in r, r.index(11), r.count(14), r.count(15), 5.0 in r)
print(range(5), range(0), range(-5), list(range(-5)), list(range(5, 0, -1)), list(range(0, -10, -3)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(0)), len(range(5, 5)), range(10 ** 20).stop)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1), range(1) != range(2))
print(range(10 ** 20)[-1], range(10 ** 20)[10 ** 19], 10 ** 19 in range(10 ** 20))
print(list(reversed(range(5))), sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(range(-3, 3)), list(range(3, -3, -2)), bool(range(0)), bool(range(1)))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(5)[5]
except IndexError as e:
    print('IndexError', e)
try:
    range(5).index(7)
except ValueError as e:
    print('ValueError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
print(hash(range(3)) == hash(range(0, 3)), repr(range(1, 5, 2)), range(0, 7, 2)[1:])
print(list(range(True, 5)), range(3).__len__(), range(3).__contains__(2), type(range(1)).__name__)
