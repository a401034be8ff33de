# range, zip and enumerate used the common ways together with len and indexing.
names = ['ann', 'ben', 'cid', 'dee']
scores = [88, 92, 75]
for i in range(len(names)):
    print(i, names[i])
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(f'{i}. {n:<4}{s:>4}')
print(list(range(3)), list(range(2, 12, 3)), list(range(10, 0, -4)), range(5)[1:3])
print(list(zip(range(3), range(10, 13), 'xyz')), list(zip(names)), list(zip(*zip(names, scores))))
print(dict(enumerate('abc')), {v: i for i, v in enumerate(names)})
print([i * j for i, j in zip(range(1, 4), range(4, 7))], sum([a * b for a, b in zip([1, 2, 3], [4, 5, 6])]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(c) for c in zip(*matrix)], list(map(sum, zip(*matrix))))
evens = list(range(0, 20, 2))
print(evens[::3], len(evens), evens.index(8), 8 in range(0, 20, 2))
for idx, ch in reversed(list(enumerate('xyz'))):
    print(idx, ch, end=' ')
print()
print(list(zip('ab', range(100))), list(enumerate([], 5)), list(zip([], 'abc')))
print(len(list(zip(range(1000), range(500)))), list(enumerate('ab', start=True)))
try:
    enumerate('ab', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    zip(5)
except TypeError as e:
    print('TypeError', e)
