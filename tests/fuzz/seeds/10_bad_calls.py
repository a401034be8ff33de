# Calling builtins and functions with wrong argument counts, names and types.
def f(a, b=1, *, c):
    return a
calls = [lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=1, d=2), lambda: f(1, a=1, c=1),
         lambda: len(), lambda: len(1, 2), lambda: abs(x=1), lambda: [].append(), lambda: {}.get(),
         lambda: 'a'.split(1), lambda: 'a'.join(1), lambda: sorted(1), lambda: min(), lambda: max(1),
         lambda: range(), lambda: range('a'), lambda: int(1, 2), lambda: print(sep=5), lambda: zip(1),
         lambda: enumerate(), lambda: isinstance(1, 'int'), lambda: getattr(1), lambda: divmod(1),
         lambda: (1)(), lambda: None(), lambda: 'x'(), lambda: f(*1), lambda: f(**1), lambda: f(1, **{2: 3})]
for c in calls:
    try:
        c()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
