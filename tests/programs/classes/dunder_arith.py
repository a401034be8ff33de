# Arithmetic dunders: __add__, __radd__, __iadd__, __sub__, __mul__, __neg__, __abs__, NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a * 0.5, a == Vec(1, 2))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print('TypeError', e)
try:
    a * 'x'
except TypeError as e:
    print('TypeError', e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __radd__(self, other):
        return 'radd with ' + repr(other)
acc = Acc()
same = acc
acc += 1
acc += 'two'
print(acc.items, acc is same, 5 + Acc(), sum([], Acc()) is not None)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __truediv__(self, n):
        return Money(self.cents // n)
    def __floordiv__(self, n):
        return 'floordiv'
    def __mod__(self, n):
        return Money(self.cents % n)
    def __repr__(self):
        return f'${self.cents // 100}.{self.cents % 100:02d}'
print(sum([Money(150), Money(275), Money(5)]), Money(1000) / 3, Money(1000) // 3, Money(1234) % 100)
