# int() parsing: strings, bases, underscores, whitespace, floats, bools.
print(int('42'), int('-42'), int('+7'), int('  12  '), int('\t-3\n'))
print(int('0'), int('-0'), int('000123'), int('1_000_000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('101', 2), int('0b101', 0))
print(int('z', 36), int('ZZ', 36), int('10', 3), int('-10', 7))
print(int(3.9), int(-3.9), int(0.0), int(-0.5), int(1e20))
print(int(True), int(False), int(), int(2 ** 80))
print(int('123456789012345678901234567890'))
print(int('-0x1f', 16), int('  -0x_1f  ', 16))
print(int('1_0', 0), int('0_7', 10))
for s in ['12a', '', ' ', '1__0', '_1', '1.5', '0x', '08', 'abc']:
    try:
        print(int(s))
    except ValueError as e:
        print('ValueError', e)
for s, b in [('9', 8), ('0b2', 0), ('z', 35), ('10', 1), ('10', 37)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print('ValueError', e)
try:
    int(None)
except TypeError as e:
    print('TypeError', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(int('٣'), int('１２'))
