# Closures: counters, adders, shared cells, cell contents.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2(), c1())
def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
print(add5(1), adder(-1)(1), [adder(i)(10) for i in range(3)])
def pair():
    value = [0]
    def get():
        return value[0]
    def put(v):
        value[0] = v
    return get, put
g, p = pair()
p(42)
print(g())
def shared():
    x = 1
    def read():
        return x
    def write(v):
        nonlocal x
        x = v
    return read, write
r, w = shared()
w('updated')
print(r())
print(add5.__closure__[0].cell_contents, len(c1.__closure__), add5.__code__.co_freevars)
def outer():
    a = 'a'
    def middle():
        b = 'b'
        def inner():
            return a + b
        return inner
    return middle()
print(outer()())
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, adder(1), adder(10))(0))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
