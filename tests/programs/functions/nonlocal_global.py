# global and nonlocal declarations, UnboundLocalError.
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def make_global():
    global created
    created = 'made inside'
make_global()
print(created)
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'inner changed'
    inner()
    return x
print(outer())
def levels():
    a = 1
    def l2():
        a = 2
        def l3():
            nonlocal a
            a += 10
            return a
        r = l3()
        return r, a
    return l2(), a
print(levels())
y = 'global y'
def shadow():
    y = 'local y'
    return y
print(shadow(), y)
def broken():
    print(y)
    y = 1
try:
    broken()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    step(); step()
    return step(), n
print(counter())
def uses_global_before():
    global total
    old = total
    total = 0
    return old
print(uses_global_before(), total)
print(sorted([k for k in globals() if not k.startswith('__')])[:6])
