# float() parsing of strings, ints, special values.
for s in ['1', '1.5', '-2.25', '  3.0  ', '1e3', '1E-3', '.5', '5.', '+.5e+2',
          'inf', '-inf', 'Infinity', '-INFINITY', 'nan', 'NaN', '-nan', '1_000.5',
          '16', '1e308', '1e309', '-1e309', '2.5e-324', '1e-400']:
    print(repr(s), repr(float(s)))
print(float(3), float(-3), float(True), float(), float(2 ** 60))
print(float(10 ** 20), float(123456789012345678901234567890))
for s in ['', 'abc', '1.2.3', '1e', 'e5', '1 2', '_1', '1_', '0x10']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    float([])
except TypeError as e:
    print('TypeError', e)
print(float('  -0.0 '), float('-0'), 1 / float('inf'))
print(float.fromhex('0x1.8p1'), (3.0).hex(), (0.1).hex())
print(float('3.14159') * 2, float('1e-5') * 1e5)
