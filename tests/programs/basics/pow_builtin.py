# ** and pow(): negative exponents, floats, three-argument pow with modulus.
print(2 ** 10, 2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** 3, (-2) ** -3, (-8) ** 2)
print(2.0 ** 0.5, 4 ** 0.5, 9 ** 0.5, 0.5 ** 2)
print(pow(2, 10), pow(2, -1), pow(2.5, 2))
print(pow(3, 4, 5), pow(2, 100, 97), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(5, -1, 7), pow(3, -2, 11), pow(38, -1, 97))
print(pow(123456789, 987654321, 1000000007))
print(pow(2, 0, 1), pow(0, 0), 0 ** 0, 0.0 ** 0)
print(pow(10, 20), pow(10, 20) == 10 ** 20)
print(1 ** 1000000, (-1) ** 1000001, (-1) ** 1000000)
print(2 ** 0.0, 1.5 ** 3, (-1.5) ** 3, (-2.0) ** 2)
print(pow(7, 2, 1), pow(-7, 2, 5), pow(7, 3, -5))
x = 3
x **= 4
print(x)
r = 1
for i in range(20):
    r = pow(r * 3 + i, 5, 1009)
print(r)
print(10 ** 2 ** 2, 2 ** -1 ** 2)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(pow(2, 64) - 1, hex(pow(2, 64) - 1))
