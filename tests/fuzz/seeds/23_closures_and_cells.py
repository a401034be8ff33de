# Closures created in loops and comprehensions, cells deleted and rebound, nonlocal errors.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
def make():
    x = 1
    def get():
        return x
    del x
    return get
try:
    make()()
except NameError as e:
    print(type(e).__name__, e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print([c() for _ in range(5)])
try:
    exec('def bad():\n    nonlocal q\n')
except SyntaxError as e:
    print('SyntaxError', e.msg)
def outer():
    v = 'a'
    fns = []
    for v in 'xyz':
        fns.append(lambda: v)
    return [f() for f in fns]
print(outer())
