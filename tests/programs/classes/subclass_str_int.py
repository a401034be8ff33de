# Subclassing str and int: extra methods, __new__ for immutable types, arithmetic returns the base type.
class UpperStr(str):
    def shout(self):
        return self.upper() + '!'
u = UpperStr('hey')
print(u.shout(), u + 'x', len(u), isinstance(u, str), u == 'hey')
class PositiveInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PositiveInt(-5), PositiveInt(-5) + 1, type(PositiveInt(3)).__name__)
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        return super().__new__(cls, v)
    def fahrenheit(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.fahrenheit(), type(c + 1).__name__, isinstance(c, float), repr(c))
try:
    Celsius(-300)
except ValueError as e:
    print('ValueError', e)
class Word(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip().lower())
    def vowels(self):
        return sum([1 for ch in self if ch in 'aeiou'])
w = Word('  HeLLo ')
print(repr(w), w.vowels(), w.upper(), type(w.upper()).__name__, w == 'hello', len(w), w[1:3])
print(sorted([Word('b'), Word('A')]), {Word('k'): 1}['k'])
