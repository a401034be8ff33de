# isinstance/issubclass with tuples, builtin types, user classes, bool/int relations.
class A: pass
class B(A): pass
class C: pass
objs = [1, True, 1.5, 'x', b'y', [1], (1,), {1: 2}, {1}, frozenset(), None, A(), B(), C(), len, range(1)]
types = [int, bool, float, str, bytes, list, tuple, dict, set, frozenset, type(None), A, B, object]
for o in objs:
    print(type(o).__name__.ljust(22), ''.join(['1' if isinstance(o, t) else '0' for t in types]))
print(isinstance(B(), (C, A)), isinstance(1, (str, (float, int))), isinstance('x', ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(issubclass(A, A), issubclass(type, object), isinstance(A, type), isinstance(int, type), isinstance(type, type))
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
print(type(B()) is B, type(B()) == A, type(True) is bool, type(type) is type, type(A) is type)
print(B.__bases__ == (A,), A.__bases__ == (object,), object.__bases__, bool.__mro__ == (bool, int, object))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), isinstance(KeyError, type))
