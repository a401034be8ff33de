# Closures in loops bind late; default arguments and factories bind early.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make(i):
    return lambda: i * 10
print([make(i)() for i in range(4)])
fs = [lambda x: x + k for k in range(3)]
print([f(100) for f in fs])
def loop_closures():
    out = []
    for j in range(3):
        def show():
            return j
        out.append(show)
    j = 'changed'
    return out
print([f() for f in loop_closures()])
i = 'global i'
print(funcs[0](), [f() for f in [lambda: i]])
acts = {}
for name in ['a', 'b', 'c']:
    acts[name] = lambda name=name: name.upper()
print([acts[k]() for k in acts])
def counter_list():
    cells = []
    n = 0
    while n < 3:
        cells.append(lambda: n)
        n += 1
    return [c() for c in cells]
print(counter_list())
x = 1
def read_global():
    return x
x = 2
print(read_global())
gens = [(lambda m: (lambda: m))(q) for q in 'xyz']
print([g() for g in gens])
