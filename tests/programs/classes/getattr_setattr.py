# __getattr__ fallback, __setattr__ override, getattr/setattr/delattr/hasattr builtins.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, '_fields', dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f'no field {name!r}') from None
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError('private')
        self._fields[name] = value
r = Record(a=1, b='two')
print(r.a, r.b, getattr(r, 'a'), getattr(r, 'zz', 'default'), hasattr(r, 'zz'), hasattr(r, 'b'))
r.c = 3
print(r.c, sorted(r._fields))
try:
    r.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    r._hidden = 1
except AttributeError as e:
    print('AttributeError', e)
class Plain:
    pass
p = Plain()
setattr(p, 'x', 10)
setattr(p, 'with space', 'odd name')
print(p.x, getattr(p, 'with space'), sorted(vars(p)))
delattr(p, 'x')
print(hasattr(p, 'x'))
try:
    delattr(p, 'x')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(p, 5)
except TypeError as e:
    print('TypeError', e)
class Logged:
    def __init__(self):
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return len(name)
lg = Logged()
print(lg.abc, lg.hello, lg.log, lg.log is lg.log)
print(getattr(1, 'real'), getattr('s', 'upper')(), getattr([], 'append').__name__)
