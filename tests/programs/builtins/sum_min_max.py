# sum with start, min/max with several args, key, default; ties return the first.
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum((0.1, 0.2, 0.3)), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(range(101)), sum([10 ** 20, 1, -(10 ** 20)]))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([], 0.0), sum([1], start=5))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print('TypeError', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError', e)
print(min(3, 1, 2), max(3, 1, 2), min([5]), max('abc'), min((2, 'b'), (2, 'a')), max([], default='d'))
print(max([1, 3, 3.0, 2]), min([1, 1.0, True]), max([True, 1, 1.0]), max(['b', 'a', 'b'], key=str.upper))
words = ['aa', 'b', 'cc', 'd']
print(max(words, key=len), min(words, key=len), max(words), min(words))
print(min([], key=len, default=None), max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: -n))
for bad in [lambda: min(), lambda: max([]), lambda: min(1, 2, default=0), lambda: max(1), lambda: min([1, 'a'])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get), min({3, 1, 2}))
