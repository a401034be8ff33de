# dict_keys/values/items views: live updates, set operations, membership, iteration.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d['d'] = 4
del d['a']
print(list(k), list(v), list(it))
print('b' in k, 'a' in k, 2 in v, 9 in v, ('b', 2) in it, ('b', 3) in it)
print(sorted(k & {'b', 'x'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(k == {'b', 'c', 'd'}, k != {'b'}, k <= {'b', 'c', 'd', 'e'}, k < {'b'}, k.isdisjoint({'x'}))
print(sorted(it & {('b', 2), ('x', 0)}), sorted(it | {('z', 26)}), sorted(it - {('c', 3)}))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
total = 0
for key, val in d.items():
    total += val
print(total, sum(d.values()), max(d), min(d.values()), sorted(d.items(), key=lambda p: -p[1]))
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print('RuntimeError', e)
e = {1: 'x'}
try:
    for key in e:
        del e[key]
except RuntimeError as ex:
    print('RuntimeError', ex)
print(e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print({}.keys(), {}.items() == set(), d.values() == d.values())
n = {1: 'one', 2: 'two'}
print(n.keys() & [1, 5], n.keys() - [1], n.items() ^ [(1, 'one')])
