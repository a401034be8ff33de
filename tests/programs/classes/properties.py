# property with getter, setter, deleter; computed attributes; read-only errors.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print('AttributeError', e)
del t.celsius
print(hasattr(t, '_c'))
class Lazy:
    def __init__(self):
        self.computed = 0
    def _get(self):
        self.computed += 1
        return 'value'
    value = property(_get, doc='a lazily computed value')
l = Lazy()
print(l.value, l.value, l.computed, type(Lazy.value).__name__, Lazy.value.__doc__)
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
r = Rect(3, 4)
print(r.area)
r.w = 10
print(r.area)
try:
    del r.area
except AttributeError as e:
    print('AttributeError', e)
