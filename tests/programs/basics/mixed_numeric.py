# Mixed int/float/bool arithmetic and type promotion.
vals = [3, -2, 2.5, -0.5, True, False, 2 ** 60]
for a in vals:
    out = []
    for b in vals:
        r = a + b
        out.append(f"{r!r}:{type(r).__name__[0]}")
    print(repr(a), ' '.join(out))
for a in vals:
    out = []
    for b in vals:
        try:
            out.append(repr(a / b))
        except ZeroDivisionError:
            out.append('ZDE')
    print(repr(a), out)
print(2 ** 60 * 1.0, 2 ** 60 + 0.5, (2 ** 60 + 1) * 1.0 == 2 ** 60)
print(3 * 1.5, 10 - 0.5, 7 // 2.0, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5)
print(1 + True + 0.5, True * 2.5, False * -1.0)
print(10 ** 20 / 10 ** 10, 10 ** 30 // 10 ** 10, 2 ** 1000 / 2 ** 999)
print(7 / 2 == 3.5, 1 / 2 + 1 / 2 == 1, 3 * 0.1 == 0.3)
print(sum([1, 2.5, True]), sum([0.1, 0.2, 0.3]), max(1, 1.0), max(1.0, 1), min(0, -0.0))
try:
    print(2 ** 10000 / 3)
except OverflowError as e:
    print('OverflowError', e)
print(2 ** 10000 // 3 % 1000, 2 ** 1000 % 7)
