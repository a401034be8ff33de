# hash() of hashable values (deterministic ones printed), id() compared, never printed.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(1.5), hash(-0.5), hash(True), hash(None) == hash(None))
print(hash((1, 2, 3)), hash(()), hash((1,)), hash(((1, 2), 3)), hash(frozenset()) == hash(frozenset()))
print(hash('abc') == hash('abc'), hash(b'ab') == hash(b'ab'), hash(1) == hash(1.0), hash(range(3)) == hash(range(3)))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
x = object()
print(id(x) == id(x), isinstance(id(x), int), hash(x) == hash(x))
def f():
    pass
print(hash(f) == hash(f), id(f) == id(f))
for bad in [[], {}, set(), ([],), {1: 2}]:
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
class H:
    def __hash__(self):
        return 12345
class BadHash:
    def __hash__(self):
        return 'str'
print(hash(H()))
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()))
