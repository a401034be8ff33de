# sorted() over every iterable type; reversed() over sequences and __reversed__.
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted('cab'), sorted({3: 0, 1: 0}), sorted({5, 4}), sorted(range(3, 0, -1)))
print(sorted({'b': 1, 'a': 2}.items()), sorted(frozenset([9, 8])), sorted(b'cab'), sorted([], reverse=True))
print(sorted([1, -4, 3], key=abs, reverse=True), sorted(['B', 'a', 'C'], key=str.lower))
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is not orig)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('ab')), list(reversed(range(3))), list(reversed(b'xy')))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), list(reversed([])))
class Custom:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Custom())))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(SeqOnly())))
for bad in [5, {1, 2}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sorted([1, 2], reverse='yes') and sorted()
except TypeError as e:
    print('TypeError', e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, 'b'), (1, 'a')], reverse=True))
