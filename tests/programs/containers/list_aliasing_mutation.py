# Mutating lists while iterating over copies; aliasing through function arguments and containers.
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4, 5, 6]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 3 == 0:
        del nums[i]
print(nums)
seen = []
items = [1, 2, 3]
for x in items:
    seen.append(x)
    if x == 1:
        items.append(4)
print(seen, items)
rows = [[]] * 3
rows[0].append('shared')
print(rows)
rows = [[] for _ in range(3)]
rows[0].append('own')
print(rows)
def add_item(lst, item):
    lst.append(item)
    return lst
a = []
b = add_item(a, 1)
print(a is b, a)
d = {'list': [1]}
l = d['list']
l.append(2)
print(d)
t = ([1], [2])
t[0].extend([10, 11])
print(t)
x = [1, 2, 3]
y = x
x[:] = [9]
print(y)
x = x + [10]
print(x, y)
m = [0] * 5
for i in range(5):
    m[i] = i * i
print(m)
