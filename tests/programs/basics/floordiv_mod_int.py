# Floor division and modulo of ints follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3),
         (1, 5), (-1, 5), (1, -5), (-1, -5), (10, 10), (-10, 10),
         (123456789, 1000), (-123456789, 1000), (123456789, -1000)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
big = 2 ** 100 + 7
print(big // 3, big % 3)
print(-big // 3, -big % 3)
print(big // -3, big % -3)
print(-big // -(2 ** 50), -big % -(2 ** 50))
print((-(2 ** 64)) // 7, (-(2 ** 64)) % 7)
x = -17
x //= 5
print(x)
y = -17
y %= 5
print(y)
for k in range(-6, 7):
    print(k, k // 4, k % 4, k // -4, k % -4)
