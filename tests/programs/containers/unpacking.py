# Tuple/list unpacking, starred targets, nested targets, starred expressions.
a, b, c = 1, 2, 3
print(a, b, c)
(a, b), c = (10, 20), 30
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y = [1]
print(x, y)
[p, q] = 'pq'
print(p, q)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
for a, *bs in [(1, 2, 3), (4,), (5, 6)]:
    print(a, bs)
print(*[1, 2, 3], *'ab', sep='-')
print([*range(3), *'xy', 9], (*[1, 2],), {*[1, 1, 2]}, {**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{'k': 1}, **{'j': 2}))
m, n = n, m = 5, 6
print(m, n)
for bad in [[1, 2, 3], [1], 5]:
    try:
        u, v = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u, v, *w = [1]
except ValueError as e:
    print('ValueError', e)
lst = [0, 0, 0]
lst[0], lst[2] = 'x', 'z'
print(lst)
d = {}
d['a'], d['b'] = 1, 2
print(d)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
(((deep,),),) = (((7,),),)
print(deep)
