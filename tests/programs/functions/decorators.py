# Decorators: plain, with arguments, stacked, preserving attributes by hand, on methods.
calls = []
def trace(f):
    def wrapper(*args, **kwargs):
        calls.append(f.__name__)
        return f(*args, **kwargs)
    wrapper.__name__ = f.__name__
    wrapper.__wrapped__ = f
    return wrapper
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
def bold(f):
    return lambda *a: '<b>' + f(*a) + '</b>'
def italic(f):
    return lambda *a: '<i>' + f(*a) + '</i>'
@trace
def add(a, b):
    return a + b
@repeat(3)
def hello(name):
    return 'hi ' + name
@bold
@italic
def text(s):
    return s
print(add(1, 2), add.__name__, add.__wrapped__(5, 5), calls)
print(hello('x'))
print(text('stacked'))
registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco
@register('double')
def dbl(x):
    return 2 * x
@register('neg')
def neg(x):
    return -x
print(sorted(registry), registry['double'](21), dbl is registry['double'])
def count_calls(f):
    def w(*a):
        w.n += 1
        return f(*a)
    w.n = 0
    return w
@count_calls
def noop():
    return None
noop(); noop(); noop()
print(noop.n)
class Greeter:
    @trace
    def greet(self, who):
        return 'hello ' + who
print(Greeter().greet('class'), calls[-1])
def deco_order(tag):
    print('applying', tag)
    return lambda f: f
@deco_order('outer')
@deco_order('inner')
def target():
    return 'done'
print(target())
