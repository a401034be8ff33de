# round(): banker's rounding for ints and floats, ndigits, negative ndigits.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 0.5001, 2.675, 1.005]:
    print(v, round(v), type(round(v)).__name__)
for v in [2.675, 1.005, 0.125, 0.375, 3.14159, -3.14159, 1234.5678]:
    print(v, round(v, 2), round(v, 1), round(v, 0), round(v, -1), round(v, -2))
for v in [15, 25, 35, 45, -15, -25, 1234, 1250, 1350, 123456789]:
    print(v, round(v, -1), round(v, -2), round(v, 1), type(round(v, -1)).__name__)
print(round(2 ** 70 + 5, -1), round(5, -1), round(15, -1), round(-5, -1))
print(round(0.0), round(-0.0), repr(round(-0.4, 0)), repr(round(-0.0, 2)))
print(round(1e20), round(1.23e20, -18), round(123.456, 10))
print(round(True), round(7), round(-7))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(round(float('inf'), 2), round(float('nan'), 2))
