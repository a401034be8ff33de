# Unbounded recursion through functions, methods, dunders and lambdas.
def f(n):
    return f(n + 1)
class C:
    def __repr__(self):
        return repr(self)
    def __getattr__(self, name):
        return getattr(self, name + 'x')
g = lambda n: g(n + 1)
for call in [lambda: f(0), lambda: repr(C()), lambda: C().attr, lambda: g(0)]:
    try:
        call()
    except RecursionError as e:
        print('RecursionError', str(e)[:40])
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
