# Name resolution: local, enclosing, global, builtin (LEGB); shadowing builtins.
x = 'global'
def f():
    return x
def g():
    x = 'local'
    def h():
        return x
    return h()
print(f(), g())
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
max = lambda *a: 'global max'
print(max(1, 2))
del max
print(max(1, 2))
def class_scope():
    y = 'func'
    class C:
        y = 'class'
        z = y
        def m(self):
            return y
    return C.z, C().m()
print(class_scope())
def comp_scope():
    n = 10
    return [n * i for i in range(3)]
print(comp_scope())
for loopvar in range(3):
    pass
print(loopvar)
if True:
    block = 'no block scope'
print(block)
try:
    raise ValueError('x')
except ValueError as err:
    saved = err
print('err' in dir(), repr(saved))
def locals_demo(a, b=2):
    c = a + b
    return sorted(locals().items())
print(locals_demo(1))
def nested_read():
    def inner():
        return outer_val
    outer_val = 'assigned after def'
    return inner()
print(nested_read())
