# staticmethod and classmethod: calls via class and instance, alternate constructors, inheritance.
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = [int(p) for p in s.split('-')]
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
d = Date.from_string('2024-02-29')
md = MyDate.from_string('1999-12-31')
print(d, md, Date.count, type(md).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), MyDate.is_leap(2023))
print(Date.kind(), MyDate.kind(), md.kind(), d.kind())
sm = Date.__dict__['is_leap']
cm = Date.__dict__['kind']
print(type(sm).__name__, type(cm).__name__, sm.__func__(2004), callable(Date.is_leap))
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
    @staticmethod
    def helper(*a):
        return len(a)
Registry.add(1).add(2)
print(Registry.items, Registry.helper(1, 2, 3), Registry().helper())
def plain(x):
    return x * 2
class Holder:
    f = staticmethod(plain)
    g = classmethod(lambda cls, y: (cls.__name__, y))
print(Holder.f(4), Holder().f(5), Holder.g(1), Holder().g(2))
