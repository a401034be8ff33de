# enumerate (start), zip (strict), reversed, iter/next with default.
for i, c in enumerate('abc'):
    print(i, c)
print(list(enumerate(['x', 'y'], 1)), list(enumerate('ab', start=-5)), list(enumerate([])))
e = enumerate('hi', 10)
print(next(e), next(e), next(e, 'end'))
print(list(zip([1, 2, 3], 'abc')), list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip('ab', 'cd', 'ef')), dict(zip(['k1', 'k2'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([], [0])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as err:
        print('ValueError', err)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as err:
    print('ValueError', err)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), next(r), next(r, None))
try:
    reversed({1, 2})
except TypeError as err:
    print('TypeError', err)
it = iter([10, 20])
print(next(it), next(it), next(it, 'default'), next(it, 0))
try:
    next(it)
except StopIteration as err:
    print('StopIteration', repr(err))
try:
    next([1])
except TypeError as err:
    print('TypeError', err)
try:
    iter(5)
except TypeError as err:
    print('TypeError', err)
s = iter('xyz')
print(iter(s) is s, list(s), list(s))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
print([(i, a, b) for i, (a, b) in enumerate(zip('ab', 'cd'))])
