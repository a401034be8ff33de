# Dict keeps insertion order; deletes and re-inserts move keys to the end.
d = {}
for k in ['c', 'a', 'b', 'e', 'd']:
    d[k] = len(d)
print(d, list(d))
del d['a']
print(d)
d['a'] = 99
print(d)
d['c'] = -1
print(d, list(d.keys()), list(d.values()))
d.pop('b')
d['b'] = 'back'
print(list(d.items()))
for k in list(d):
    if d[k] == 3:
        del d[k]
print(d)
m = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del m[i]
for i in range(0, 10, 4):
    m[i] = 'again'
print(m)
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:8], list(big)[-3:])
for i in range(0, 30, 3):
    big[i] = -i
print(list(big)[-10:])
x = dict(b=1, a=2)
x.update({'c': 3, 'b': 10})
x.update([('z', 0)], y=5)
print(x)
x.setdefault('a', 'ignored')
x.setdefault('new', 'added')
print(x, x.popitem(), x.popitem(), x)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, list({'a': 1, 'b': 2}) == list({'b': 2, 'a': 1}))
