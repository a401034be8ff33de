# Floor division and modulo of floats: sign of divisor, -0.0 results.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3),
         (1.0, 0.1), (-1.0, 0.1), (5, 0.5), (5.5, 1.5), (-5.5, 1.5),
         (1e300, 3.0), (-3.0, 1e300), (3.0, -1e300), (0.0, -2.0)]
for a, b in pairs:
    print(repr(a), repr(b), repr(a // b), repr(a % b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(-0.0, 1.0), divmod(0.0, -1.0))
print(6.0 % 3.0, -6.0 % 3.0, 6.0 % -3.0)
print(2.5 // 0.5, 2.5 % 0.5)
print(10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0)
print(1 % 0.3, -1 % 0.3)
inf = float('inf')
print(5.0 % inf, -5.0 % inf, 5.0 % -inf)
print(5.0 // inf, -5.0 // inf)
x = 9.75
x //= 2
print(x)
x %= 3
print(x)
for k in [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]:
    print(k, k // 1, k % 1, k // -1, k % -1)
