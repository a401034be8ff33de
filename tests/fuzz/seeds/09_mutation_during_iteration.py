# Mutating containers while iterating them.
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print('RuntimeError', e)
l = [1, 2, 3]
n = 0
for v in l:
    if n < 5:
        l.append(v)
    n += 1
print(l, n)
try:
    l2 = [3, 1, 2]
    l2.sort(key=lambda v: l2.append(v) or v)
except ValueError as e:
    print('ValueError', e)
d2 = {i: i for i in range(5)}
try:
    for k in d2:
        del d2[k]
except RuntimeError as e:
    print('RuntimeError', e, d2)
