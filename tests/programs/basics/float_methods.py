# float methods and attributes.
for v in [0.0, 1.0, -2.5, 0.1, 1e100, 3.75, -0.0, 2.0 ** -20]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), v.real, v.imag, v.conjugate())
print(float.fromhex('0x1p-2'), float.fromhex('-0x1.fp3'), float.fromhex('0x0p0'))
print(float.fromhex((0.1).hex()) == 0.1, float.fromhex('inf'), float.fromhex('-0x1p+1'))
print((7.5).__trunc__(), (-7.5).__trunc__(), int(7.5), int(-7.5))
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (-2.5).__round__())
print((1.5).__add__(2), (1.5).__mul__(2), (1.5).__truediv__(0.5), (7.0).__mod__(-2))
print((3.0).__eq__(3), (3.0).__lt__(4), (0.5).__neg__(), abs(-0.5).__abs__())
try:
    (1.5).as_integer_ratio() and float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError', e)
print(float('inf').is_integer(), float('nan').is_integer())
print(float.__name__, type(1.0) is float, isinstance(1.0, float), isinstance(1, float))
x = 12.0
print(int(x) if x.is_integer() else x, (100.0).hex(), float.fromhex('0x1.91eb851eb851fp+1'))
print(sum([0.1] * 10), 0.1 * 10, sum([0.5, 0.25, 0.125]))
print((1e-320).hex(), float.fromhex('0x1p-1074'), 5e-324 / 2)
