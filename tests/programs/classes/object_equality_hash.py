# __eq__ with __hash__: instances as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f'Key({self.a}, {self.b})'
d = {Key(1, 2): 'first'}
d[Key(1, 2)] = 'overwritten'
d[Key(2, 1)] = 'second'
print(d, len(d), d[Key(2, 1)], Key(1, 2) in d)
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), Key(0, 1) in s)
print(hash(Key(1, 2)) == hash((1, 2)))
class Identity:
    pass
i1, i2 = Identity(), Identity()
ds = {i1: 1, i2: 2}
print(ds[i1], ds[i2], len(ds), i1 == i2, i1 != i2)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError', e)
class HashConst:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.v == other.v
hs = set()
for v in [1, 2, 1, 3, 2]:
    hs.add(HashConst(v))
print(len(hs), sorted([h.v for h in hs]))
class Ne:
    def __eq__(self, other):
        return 'eq-result'
print(Ne() == 1, Ne() != 1)
