# abs, all, any over various types.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(2 ** 100)), abs(float('-inf')))
class Mag:
    def __abs__(self):
        return 'magnitude'
print(abs(Mag()))
print(all([]), all([1, 2]), all([1, 0]), all('abc'), all(['', 'a']), all({}), all({0: 1}), all(range(1, 5)))
print(any([]), any([0, 0.0, '']), any([0, 1]), any('a'), any({0: 1}), any(range(0)), any([[], [0]]))
print(all([x > 0 for x in [1, 2, 3]]), any([x > 2 for x in [1, 2, 3]]), all((None,)), any((None, 'x')))
try:
    abs('x')
except TypeError as e:
    print('TypeError', e)
try:
    all(5)
except TypeError as e:
    print('TypeError', e)
try:
    any()
except TypeError as e:
    print('TypeError', e)
class It:
    def __init__(self):
        self.seen = []
    def __iter__(self):
        return iter([0, 1, 2, 3])
print(any(It()), all(It()))
evens = [0, 2, 4]
print(all([n % 2 == 0 for n in evens]), any([n > 3 for n in evens]), not any(evens[:1]))
