# Integer arithmetic: + - * / // % ** and unary operators.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a, +a, ~a, abs(-a))
print(a ** 2, b ** 3, 2 ** 0, 0 ** 0)
print(10 / 4, 10 / 5, 1 / 3)
print(7 // 1, 0 // 7, 0 % 7)
x = 0
for i in range(1, 11):
    x = x * 3 + i
print(x)
total = 0
for i in range(100):
    total += i * i - i
print(total)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * (3 - 4) // 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(100 - -3, 5 - +2, - - 4)
n = 123456789
digits = []
while n:
    digits.append(n % 10)
    n //= 10
print(digits)
print(sum(digits))
print(type(7 / 7).__name__, type(7 // 7).__name__)
print(1_000_000 + 0x10 + 0o10 + 0b10)
