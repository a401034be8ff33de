# Every dict method and the error messages.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d['b'], len(d), 'a' in d, 1 in d)
print(d.keys(), d.values(), d.items())
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('c'), d.pop('zz', 'dflt'), d)
d.update(x=10)
d.update({'y': 20})
d.update([('w', 30)])
print(d)
print(d.popitem(), d)
c = d.copy()
c['new'] = 1
print(d, c, c is d)
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys(range(3), []))
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({'k': 'v'}, k2='v2'), dict(zip('ab', range(2))))
print(d | {'a': 'new', 'q': 0}, {'q': 0} | d)
d |= {'z': 26}
print(d)
d.clear()
print(d, len(d))
for call in [lambda: {}['missing'], lambda: {}.pop('k'), lambda: {}.popitem(), lambda: {1: 2}[(1,)]]:
    try:
        call()
    except KeyError as e:
        print('KeyError', e, repr(e), e.args)
try:
    {[]: 1}
except TypeError as e:
    print('TypeError', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
try:
    dict([1])
except TypeError as e:
    print('TypeError', e)
e = {1: 'one'}
del e[1]
try:
    del e[1]
except KeyError as ex:
    print('KeyError', ex)
print({1: 'a', 1.0: 'b', True: 'c'}, {(1, 2): 'tuple key', None: 'none key', -1: 'neg'})
print(repr({'nested': {'x': [1, 2]}, 'empty': {}}), str({}))
