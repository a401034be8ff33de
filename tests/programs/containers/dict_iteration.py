# Iterating dicts: keys, values, items, sorted, reversed, while mutating a copy.
prices = {'pear': 0.5, 'apple': 0.3, 'fig': 1.2, 'kiwi': 0.25}
for k in prices:
    print(k, prices[k])
for k, v in sorted(prices.items()):
    print(f'{k:>6}: {v:.2f}')
for k in reversed(prices):
    print('rev', k)
for v in sorted(prices.values(), reverse=True):
    print('val', v)
for k in list(prices):
    if prices[k] < 0.4:
        del prices[k]
print(prices)
cheap = {k: v for k, v in prices.items() if v < 1}
print(cheap)
inverted = dict([(v, k) for k, v in prices.items()])
print(inverted)
merged = {**prices, 'plum': 0.8}
for i, (k, v) in enumerate(merged.items()):
    print(i, k, v)
print(list(zip(merged, merged.values())), dict(zip('abc', [1, 2, 3])))
it = iter({'x': 1, 'y': 2})
print(next(it), next(it), next(it, 'done'))
d = dict.fromkeys(range(5), 0)
for k in d:
    d[k] = k * k
print(d)
