# globals() and locals(): reading, writing globals through the dict.
alpha = 1
beta = 'two'
g = globals()
print(g['alpha'], g['beta'], g['__name__'], '__builtins__' in g, 'g' in g)
g['gamma'] = 'via dict'
print(gamma)
del g['gamma']
print('gamma' in globals())
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g2():
    x = 1
    l = locals()
    l['x'] = 99
    return x
print(g2())
def with_closure():
    free = 'free'
    def inner():
        bound = free
        return sorted(locals())
    return inner()
print(with_closure())
print(globals() is g, locals() is globals())
class C:
    attr = 1
    snapshot = sorted([k for k in locals() if not k.startswith('__')])
print(C.snapshot)
keys = [k for k in globals() if not k.startswith('__')]
print(keys)
print(type(globals()).__name__, type(f(0)).__name__)
