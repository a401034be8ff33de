# Float repr: shortest round-trip, exponent thresholds, special values.
vals = [0.1 + 0.2, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 1e-7, 0.0001234, 1.5e-10, 1e22, 1e23, 1.0, 100.0, -0.0,
        float('inf'), float('-inf'), float('nan'), 5e-324, 1.7976931348623157e308,
        2.5, 1234.5678, 9007199254740993.0, 0.1 * 3, 1.1 * 1.1, 3.0 * 1.1]
for v in vals:
    print(repr(v), str(v))
for v in vals[:10]:
    print(float(repr(v)) == v)
print(1e16, 1e15 + 0.3, 12345678901234567.0)
print(-1e-7, 1e-7 * 10, 1e100, 1.0e+100 / 3)
print(0.1 + 0.7, 4.35 * 100, 1.15 * 100)
print(2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 63, 2.0 ** 64)
print([0.5, 0.25, 1e-300], (1.0, -2.5))
print(float(1 << 53), float((1 << 53) + 1))
print(round(2.675, 2), 2.675)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
print(-0.0 == 0.0, repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0))
