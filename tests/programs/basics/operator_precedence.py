# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 ** 2 ** 3)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, (5 ^ 3) & 1)
print(1 | 2 ^ 3 & 4, ~1 + 1, -~5, ~-5, not 1 == 2, (not 1) == 2)
print(1 < 2 == True, (1 < 2) == True, 3 if 1 > 2 else 4 if 0 else 5)
print(True or False and False, (True or False) and False)
print(not True or True, not (True or True))
print(7 % 3 * 2, 7 % (3 * 2), 2 * 7 // 3, 2 * (7 // 3), -7 // 2 * 2)
print(1 + -2, 1 - -2, 2 * -3, 2 ** -1, -2 ** -1)
print([1, 2] + [3] * 2, 'a' + 'b' * 3, ('a' + 'b') * 3)
print(3 in [1, 2, 3] == True, (3 in [1, 2, 3]) == True)
x = 5
print(x > 3 and x < 10 or x == 0, (lambda: 0 if x < 0 else 1)())
print((lambda a: a * 2)(3) + 1, [i * 2 for i in range(3)][1:][0])
y = z = 7
print(y, z)
a, b = b, a = 1, 2
print(a, b)
print(2 * 3 % 4, 2 + 3 % 4, 2 ** 3 % 5, -2 ** 2 % 3)
print(1 if True else 2 + 10, (1 if False else 2) + 10)
