# A class with __init__, methods, instance and class attributes.
class Counter:
    total = 0
    label = 'counter'
    def __init__(self, start=0):
        self.value = start
        Counter.total += 1
    def inc(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
a = Counter()
b = Counter(10)
a.inc().inc().inc(5)
b.inc(-3)
print(a.get(), b.get(), Counter.total, a.total, b.label)
a.label = 'own'
print(a.label, b.label, Counter.label)
Counter.label = 'changed'
print(a.label, b.label)
print(type(a).__name__, type(a) is Counter, isinstance(a, Counter), isinstance(a, object))
print(sorted(a.__dict__), a.__dict__['value'], Counter.__name__)
a.new_attr = [1, 2]
print(a.new_attr, hasattr(b, 'new_attr'), getattr(b, 'new_attr', 'missing'))
setattr(b, 'dyn', 'set')
print(b.dyn, vars(b) == b.__dict__)
m = a.inc
print(m.__self__ is a, m.__func__ is Counter.inc, m(100).get())
print(Counter.inc(b, 1000).get())
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__[0].__name__, e.__class__ is Empty)
try:
    e.missing
except AttributeError as err:
    print('AttributeError', err)
try:
    Counter.nope
except AttributeError as err:
    print('AttributeError', err)
try:
    Counter(1, 2)
except TypeError as err:
    print('TypeError', err)
