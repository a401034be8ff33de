# object(): plain instances, default __eq__/__hash__/__repr__ shape, attribute errors.
o = object()
p = object()
print(type(o).__name__, o == o, o == p, o != p, isinstance(o, object), repr(o).startswith('<object object at 0x'))
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    o.missing
except AttributeError as e:
    print('AttributeError', e)
sentinel = object()
def lookup(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        if default is sentinel:
            return 'no default'
        return default
    return v
print(lookup({'a': 1}, 'a'), lookup({}, 'a'), lookup({}, 'a', None))
print(object.__name__, object.__bases__, type(object).__name__, issubclass(int, object))
print(str(o) == repr(o), format(o, '') == str(o), hash(o) == hash(o))
class Sub(object):
    pass
s = Sub()
s.x = 5
print(s.x, vars(s), Sub.__mro__ == (Sub, object))
print(object.__eq__(o, o), object.__eq__(o, p), object.__ne__(o, p))
print(o.__class__ is object, '__init__' in dir(o), '__dict__' in dir(o))
try:
    object(1)
except TypeError as e:
    print('TypeError', e)
try:
    o < p
except TypeError as e:
    print('TypeError', e)
