# type() with one argument and three arguments; type names of builtins; type attributes.
for v in [1, 1.0, 'x', b'x', [], (), {}, set(), frozenset(), None, True, range(1), slice(1), len, type, object(), ValueError()]:
    print(type(v).__name__, type(v) is v.__class__)
Point = type('Point', (), {'x': 0, 'y': 0, 'norm': lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point.__name__, p.norm(), type(p) is Point, isinstance(p, Point), Point.__bases__[0].__name__)
Base = type('Base', (), {'hello': lambda self: 'base hello'})
Child = type('Child', (Base,), {'extra': 1})
c = Child()
print(c.hello(), c.extra, [k.__name__ for k in Child.__mro__], issubclass(Child, Base))
print(type(type), type(int).__name__, type(Point).__name__, type(type(1)) is type)
print(int.__name__, str.__qualname__, dict.__name__, type(None).__name__)
try:
    type('X', 1, {})
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)
print(type(1) == int, type(1) != float, type(True) == int, type([]) in (list, tuple))
class Custom:
    pass
print(type(Custom).__name__, type(Custom()).__name__, Custom.__name__, Custom().__class__.__name__)
Dyn = type('Dyn', (Custom,), {})
print(Dyn.__mro__[1] is Custom, Dyn().__class__.__bases__[0].__name__)
