# Class vs instance attributes, shadowing, mutable class attributes, __dict__, __class__.
class Config:
    defaults = {'debug': False}
    shared_list = []
    version = 1
    def __init__(self, name):
        self.name = name
c1, c2 = Config('a'), Config('b')
c1.shared_list.append('from c1')
print(c2.shared_list, Config.shared_list is c1.shared_list)
c1.version = 2
print(c1.version, c2.version, Config.version, 'version' in c1.__dict__, 'version' in c2.__dict__)
del c1.version
print(c1.version)
Config.version = 3
print(c1.version, c2.version)
print(sorted([k for k in Config.__dict__ if not k.startswith('__')]))
print(c1.__class__.__name__, c1.__class__.defaults, type(c1).version)
Config.new_method = lambda self: 'added ' + self.name
print(c2.new_method())
class Counter:
    n = 0
    def bump(self):
        self.n += 1
        return self.n
k = Counter()
print(k.bump(), k.bump(), Counter.n, k.n)
class Meta:
    __slots_like__ = ('x',)
    x = property(lambda self: 'prop')
print(Meta().x, getattr(Meta, '__slots_like__'))
print(hasattr(Config, 'name'), hasattr(c1, 'name'), getattr(Config, 'missing', 'dflt'))
class Outer:
    class Inner:
        val = 'inner'
    ref = Inner.val
print(Outer.Inner.val, Outer.ref, Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Config.__module__, Config.__doc__, type(Config.__dict__).__name__)
