# sort/sorted are stable, with key and reverse (reverse keeps equal items in order).
records = [('bob', 3), ('amy', 1), ('cat', 3), ('dan', 2), ('eve', 1), ('fay', 2), ('gus', 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
r2 = records[:]
r2.sort(key=lambda r: r[0], reverse=True)
r2.sort(key=lambda r: r[1])
print(r2)
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'plum', 'lime', 'banana']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -2, 3, -5, 0, 2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(sorted(nums, key=lambda n: n % 3))
data = [1.0, 1, True, 0, False, 0.0]
print(sorted(data), sorted(data, reverse=True))
mixed = [[2, 'b'], [1, 'z'], [2, 'a'], [1, 'a']]
mixed.sort()
print(mixed)
print(sorted([]), sorted([1]), sorted((3, 1, 2)), sorted('cba'), sorted({3: 'a', 1: 'b'}))
big = [(i * 7919) % 101 for i in range(200)]
s = sorted(big)
print(s[:10], s[-5:], s == sorted(s), sorted(big, reverse=True)[:5])
idx = sorted(range(len(big)), key=lambda i: big[i])
ok = True
for j in range(1, len(idx)):
    if big[idx[j - 1]] == big[idx[j]] and idx[j - 1] > idx[j]:
        ok = False
print('stable', ok)
try:
    sorted([1, 2], key=lambda x: 'a' if x == 1 else 0)
except TypeError as e:
    print('TypeError', e)
try:
    sorted([3, 1], 1)
except TypeError as e:
    print('TypeError', e)
