# len() over every sized type, __len__ results, errors.
print(len(''), len('abc'), len('😀é'), len(b'\x00\x01'), len([]), len([[], []]), len(()), len((1,)))
print(len({}), len({1: 2, 3: 4}), len(set()), len({1, 1, 2}), len(frozenset('aab')), len(range(10)), len(range(5, 0, -2)))
d = {'a': 1, 'b': 2}
print(len(d.keys()), len(d.values()), len(d.items()), len(range(0, 100, 7)))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(0)), len(L(7)), len(L(True)))
for bad in [5, 1.5, None, len, iter([1])]:
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)
class Neg:
    def __len__(self):
        return -5
class Flt:
    def __len__(self):
        return 2.0
class Huge:
    def __len__(self):
        return 2 ** 70
for obj in [Neg(), Flt(), Huge()]:
    try:
        len(obj)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print('TypeError', e)
try:
    len([], [])
except TypeError as e:
    print('TypeError', e)
