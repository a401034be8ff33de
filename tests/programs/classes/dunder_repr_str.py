# __repr__ and __str__: print, str(), repr(), containers use repr, format falls back to str.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
class Named:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return 'Named ' + self.n
class Both:
    def __repr__(self):
        return 'Both-repr'
    def __str__(self):
        return 'Both-str'
p = Point(1, 'a')
print(p, str(p), repr(p), [p], (p,), {'k': p})
n = Named('x')
print(n, str(n), f'{n}', '%s' % n)
print(repr(n).startswith('<__main__.Named object at '), [n][0] is n)
b = Both()
print(b, repr(b), [b], f'{b}', f'{b!r}', '%r %s' % (b, b), str([b]), format(b))
class Inherit(Point):
    pass
print(Inherit(3, 4), [Inherit(0, 0)])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
class StrOnly:
    def __str__(self):
        return 'only str'
print(str(StrOnly()), f'{StrOnly()!s}', repr(StrOnly())[:20] == '<__main__.StrOnly ob')
