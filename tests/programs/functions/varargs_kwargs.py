# *args and **kwargs: collecting, forwarding, unpacking at call sites.
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, c=3))
print(collect(*[1, 2], *(3,), x=1, **{'y': 2}))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10), start=100))
def forward(*a, **k):
    return collect(*a, **k)
print(forward(1, 'two', key='v'))
def describe(name, **attrs):
    parts = [name]
    for k in sorted(attrs):
        parts.append(f'{k}={attrs[k]!r}')
    return ' '.join(parts)
print(describe('box', w=3, h=4, color='red'), describe('empty'))
opts = {'sep': '-', 'end': '!\n'}
print('a', 'b', 'c', **opts)
args = ('x', 'y')
print(*args)
print(*args, sep='')
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(1, *[2, 3]), f(*[1], **{'c': 3, 'b': 2}), f(**dict(a=7, b=8, c=9)))
try:
    f(*[1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    f(**{'a': 1, 'b': 2, 'c': 3, 'd': 4})
except TypeError as e:
    print('TypeError', e)
try:
    f(1, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    collect(**{1: 2})
except TypeError as e:
    print('TypeError', e)
def kwtype(**kw):
    return type(kw).__name__, list(kw)
print(kwtype(z=1, a=2), type(collect(1)[0]).__name__)
