# map, filter, sorted, min, max with key (and default), sum, any, all.
nums = [5, -2, 9, 0, -7, 3]
print(list(map(abs, nums)), list(map(str, nums)), list(map(lambda a, b: a * b, nums, range(10))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(len, ['a', 'bb', ''])))
print(list(filter(None, [0, 1, '', 'x', [], [0], None])), list(filter(lambda n: n > 0, nums)))
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda n: (n % 2, n)))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs), min(3, 1, 2), max('ab', 'b', key=len))
print(min([], default='empty'), max([], default=None), min([4], default=0), max([1, 5], key=lambda x: -x))
print(min('hello'), max('hello'), min([[3], [1, 2]]), max({'a': 9, 'z': 1}), max({'a': 9, 'z': 1}.items(), key=lambda kv: kv[1]))
print(sum(nums), sum(nums, 100), sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(5), start=10))
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([n > 8 for n in nums]))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(str.isdigit, 'a1b2c3')
print(''.join(f), type(m).__name__, type(f).__name__)
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: sum(['a', 'b']), lambda: sorted([1], key=5)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 19)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]), sorted(people, key=lambda p: -p[1]))
print(list(map(lambda p: p[0].title(), filter(lambda p: p[1] > 20, people))))
