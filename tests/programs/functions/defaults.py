# Default arguments: evaluated once, mutable default pitfall, None sentinel.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(a=0), f(1, 2, 3))
print(f.__defaults__, greet.__defaults__, safe_append.__defaults__)
print(f.__name__, f.__code__.co_argcount, f.__code__.co_varnames[:3])
def g(x, y=[]):
    y = y + [x]
    return y
print(g(1), g(2))
try:
    f()
except TypeError as e:
    print('TypeError', e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    f(1, a=2)
except TypeError as e:
    print('TypeError', e)
try:
    f(1, d=4)
except TypeError as e:
    print('TypeError', e)
