# Class-level state: instance counting, registries via __init_subclass__-free inheritance, class methods.
class Plugin:
    registry = {}
    created = 0
    def __init__(self, name):
        self.name = name
        Plugin.created += 1
        type(self).instances = getattr(type(self), 'instances', 0) + 1
    @classmethod
    def register(cls, plugin_cls):
        cls.registry[plugin_cls.__name__.lower()] = plugin_cls
        return plugin_cls
    @classmethod
    def create(cls, kind, name):
        if kind not in cls.registry:
            raise KeyError(f'unknown plugin kind {kind!r}')
        return cls.registry[kind](name)
    def run(self, data):
        raise NotImplementedError
@Plugin.register
class Upper(Plugin):
    def run(self, data):
        return data.upper()
@Plugin.register
class Reverse(Plugin):
    def run(self, data):
        return data[::-1]
@Plugin.register
class Count(Plugin):
    def run(self, data):
        return len(data)
print(sorted(Plugin.registry))
chain = [Plugin.create(k, k + '1') for k in ['upper', 'reverse', 'upper']]
data = 'hello plugins'
for p in chain:
    data = p.run(data)
    print(p.name, type(p).__name__, data)
print(Plugin.created, Upper.instances, Reverse.instances, getattr(Count, 'instances', 0))
print(Plugin.create('count', 'c').run('abc'), Count.instances)
try:
    Plugin.create('missing', 'x')
except KeyError as e:
    print('KeyError', e)
try:
    Plugin('base').run('x')
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
