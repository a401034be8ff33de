# sys.maxsize, sys.intern, sys.modules, sys.path, sys.implementation, sys.version_info shapes.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.maxsize + 1, -sys.maxsize - 1, len(range(sys.maxsize)) == sys.maxsize)
a = sys.intern('hello world ' * 2)
b = sys.intern('hello world hello world ')
print(a is b, a == b, sys.intern('x') is sys.intern('x'))
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError', e)
print('sys' in sys.modules, sys.modules['sys'] is sys, '__main__' in sys.modules)
print(type(sys.path).__name__, all([isinstance(p, str) for p in sys.path]))
print(type(sys.implementation.name).__name__, sys.version_info[0], sys.version_info.major)
print(len(sys.version_info) >= 3, isinstance(sys.version_info[1], int), sys.version_info >= (3,))
print(type(sys.getrecursionlimit()).__name__, callable(sys.exit))
try:
    sys.no_such_attribute
except AttributeError as e:
    print('AttributeError', e)
big = [0] * 3
try:
    big[sys.maxsize]
except IndexError as e:
    print('IndexError', e)
try:
    big[sys.maxsize + 1]
except IndexError as e:
    print('IndexError', e)
print(sys.__name__, type(sys).__name__)
