# __eq__, __lt__ and friends; sorting objects; NotImplemented fallback; __hash__ = None.
class Version:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split('.')]
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __repr__(self):
        return 'V' + '.'.join([str(p) for p in self.parts])
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9', '1.2']]
print(sorted(vs), min(vs), max(vs))
print(Version('1.0') == Version('1.0'), Version('1.0') != Version('1.1'), Version('1') == '1')
print(Version('1') < Version('2'), Version('3') > Version('2'), Version('2') >= Version('2'))
print(Version('1.2') in vs, vs.count(Version('1.2')), vs.index(Version('0.9')))
print(Version.__hash__ is None)
try:
    hash(Version('1'))
except TypeError as e:
    print('TypeError', e)
try:
    Version('1') < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a))
try:
    a < b
except TypeError as e:
    print('TypeError', e)
class Reflect:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print('Reflect.__gt__ called')
        return self.v > other
print(5 < Reflect(10))
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print(AlwaysEqual() == 1, 1 == AlwaysEqual(), AlwaysEqual() in [None], [AlwaysEqual()] == [2])
