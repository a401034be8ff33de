# Hashable keys of many types in dicts and sets: ints, floats, tuples, frozensets, None, bools.
d = {}
d[1] = 'int one'
d[2.5] = 'float'
d[(1, 2)] = 'tuple'
d[frozenset({1, 2})] = 'frozenset'
d[None] = 'none'
d[-1] = 'neg'
d[10 ** 30] = 'big'
d[(1, (2, 3))] = 'nested tuple'
print(d)
print(d[1.0], d[True], d[(1, 2)], d[frozenset({2, 1})], d[None], d[10 ** 30], d[(1, (2, 3))])
s = {1, 1.0, True, 2, (1, 2), (1, 2), frozenset(), frozenset(), None}
print(len(s), None in s, frozenset() in s, (1, 2) in s)
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], sorted(grid)[:4], len(grid))
neighbors = [(1 + dx, 1 + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]
print(sum([grid[p] for p in neighbors]))
edges = {frozenset({'a', 'b'}): 1, frozenset({'b', 'c'}): 2}
print(edges[frozenset({'b', 'a'})], frozenset({'c', 'b'}) in edges)
memo = {}
memo[(3, 'x', None)] = 'composite'
print(memo[(3, 'x', None)], (3, 'x', None) in memo)
nums = {0, -1, 5, 3, 100, -50}
print(sorted(nums), min(nums), max(nums), sorted(nums, key=abs))
