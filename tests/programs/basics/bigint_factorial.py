# Big integers: factorials, powers, digit sums, conversions.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 10, 20, 21, 25, 30, 50):
    print(n, fact(n))
f100 = fact(100)
print(len(str(f100)), sum([int(c) for c in str(f100)]))
print(f100 % 1000003, f100 // 10 ** 150)
print(2 ** 200)
print(-(2 ** 200))
print(2 ** 200 - 1 == int('1' * 200, 2))
print(3 ** 100 + 7 ** 50)
print((2 ** 64) * (2 ** 64) == 2 ** 128)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b, b - a, a - b, b // a, b % a)
print(abs(-a), -a // 7, -a % 7)
print(int(str(2 ** 300)) == 2 ** 300)
print(str(10 ** 40), 10 ** 40 - 1)
print(fact(30) // fact(28), fact(40) // (fact(20) * fact(20)))
fib = [0, 1]
for i in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150])
print(2 ** 200 > 2 ** 199, -(2 ** 200) < -(2 ** 199), 2 ** 64 == 18446744073709551616)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
