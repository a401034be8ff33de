# Keyword-only and positional-only parameters, with CPython's error messages.
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(1, c=0, b=2), kw(a=5, b=6))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def mixed(a, /, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6), mixed(1, b=9, c=0))
def only_kw(*, x=1, y=2):
    return x + y
print(only_kw(), only_kw(y=10), only_kw(x=5, y=5))
tests = [
    lambda: kw(1),
    lambda: kw(1, 2),
    lambda: kw(1, b=2, d=4),
    lambda: pos(1, b=2, c=3, d=4),
    lambda: pos(1, 2, 3, 4),
    lambda: only_kw(1),
    lambda: mixed(c=1),
    lambda: kw(1, b=1, **{'b': 2}),
    lambda: pos(1, 2, 3),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError', e)
def pos_kwargs(a, /, **kw):
    return a, kw
print(pos_kwargs(1, a=2))
print(kw.__kwdefaults__, pos.__code__.co_posonlyargcount, pos.__code__.co_kwonlyargcount)
