# Comparison chains, mixed numeric comparisons, evaluation order.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(0) < v(5))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) <= v(1) >= v(0) != v(2))
print(calls)
print(1 == 1.0, 1 == True, 0 == False, 2 == 2.0000000001, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 > 1e19, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float('inf'))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, 2] == [1, 2], [3] > [2, 9])
print('abc' < 'abd', 'Z' < 'a', '' < 'a', 'a' < 'aa', 'é' > 'z')
print(1 in [1, 2] in [[1, 2]], not 1 in [2], 1 not in [2], None is None is not False)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 > 4)
print(1 < 2 and 2 < 3, 1 < 2 or 1 / 0)
print((1 < 2) < 3, True < 2, False >= 0)
for a, b in [(1, 1), (1, 2), (2, 1)]:
    print(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
