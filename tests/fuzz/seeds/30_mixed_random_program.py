# A generated-style program: random mix of every statement kind, each wrapped in try/except.
v0 = [3, 'x', 2.5, None, (1, 2), {'k': 1}]
v1 = 0
def fn0(a, b=2, *c, d=None, **e):
    for i in range(3):
        a = a * b if isinstance(a, int) else a
    return (a, len(c), d, sorted(e))
for i in range(len(v0)):
    try:
        v1 = v1 + v0[i]
    except TypeError as e:
        print('E1', type(e).__name__, e)
    try:
        print('R', fn0(v0[i], i, *v0[:i], d=i, z=1))
    except Exception as e:
        print('E2', type(e).__name__, e)
    try:
        print('S', v0[i:i - 7:-1], str(v0[i])[::2], v0[i] in v0, v0.index(v0[i]))
    except Exception as e:
        print('E3', type(e).__name__, e)
    try:
        v2 = {repr(x): x for x in v0 if x}[repr(v0[i])]
        print('D', v2, divmod(len(str(v2)), i), -i ** 2 % 5, (i << 70) >> 69)
    except Exception as e:
        print('E4', type(e).__name__, e)
print(v1)
