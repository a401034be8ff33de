# slice objects: construction, attributes, indices(), use in subscripts, repr, equality.
s = slice(5)
print(s, s.start, s.stop, s.step, repr(slice(1, 2, 3)), slice(None, None, None))
data = list(range(10))
print(data[slice(2, 8, 2)], data[slice(None, None, -3)], 'abcdef'[slice(1, -1)], (1, 2, 3)[slice(1, None)])
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(1, 100, 3), slice(-100, -5, 2), slice(8, 2, -2)]:
    print(sl, sl.indices(10), data[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    hash(slice(1, 2))
except TypeError as e:
    print('TypeError', e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
try:
    slice()
except TypeError as e:
    print('TypeError', e)
d = {}
class Capture:
    def __getitem__(self, k):
        return k
cap = Capture()
print(cap[1:2], cap[::], cap[:5:-1], cap[1:2, 3], cap['a':'b'])
sl = slice('a', [1], 2.5)
print(sl.start, sl.stop, sl.step)
lst = list(range(8))
lst[slice(0, 4)] = ['x']
print(lst)
del lst[slice(None, None, 2)]
print(lst)
print(slice(3, 7).indices(5), slice(-1, -10, -1).indices(4), slice(None, None, 2).indices(0))
