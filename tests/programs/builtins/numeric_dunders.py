# Numeric builtins calling dunders: __int__, __float__, __index__, __round__, __abs__, __pow__, __divmod__.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, nd=None):
        return 'rounded(%r, %r)' % (self.v, nd)
    def __abs__(self):
        return Num(abs(self.v))
    def __pow__(self, e, mod=None):
        return ('pow', self.v, e, mod)
    def __rpow__(self, b):
        return ('rpow', b, self.v)
    def __divmod__(self, o):
        return ('divmod', self.v, o)
    def __repr__(self):
        return 'Num(%r)' % self.v
n = Num(-7.6)
print(int(n), float(n), round(n), round(n, 2), abs(n), pow(n, 2), pow(n, 2, 5), 2 ** n, divmod(n, 3))
m = Num(5)
print([10, 20, 30, 40, 50, 60][m], 'abcdefg'[m], bin(m), hex(m), list(range(m)), [1] * m)
class OnlyFloat:
    def __float__(self):
        return 2.5
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print('TypeError', e)
class BadInt:
    def __int__(self):
        return 'nope'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2][Num(1.5)]
except TypeError as e:
    print('TypeError', e)
try:
    round(object())
except TypeError as e:
    print('TypeError', e)
print(round(Num(1)), int(True), float(False), int(-0.9), int(2.5e10))
