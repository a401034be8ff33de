# str(int) and int(str) for big values, digit grouping, negative zero, leading zeros.
for n in [0, -0, 7, -7, 10 ** 18, 10 ** 19, -(10 ** 19), 2 ** 63, 2 ** 64 - 1, 3 ** 200, -(7 ** 99)]:
    s = str(n)
    print(len(s), s[:20], s[-5:], int(s) == n, repr(n) == s)
big = int('9' * 500)
print(len(str(big)), big % 997, (big + 1) == 10 ** 500, str(big + 1)[:3], len(str(big * big)))
def group(n):
    s = str(abs(n))
    parts = []
    while s:
        parts.append(s[-3:])
        s = s[:-3]
    return ('-' if n < 0 else '') + ','.join(reversed(parts))
for n in [0, 999, 1000, -1234567, 10 ** 12, -(2 ** 70)]:
    print(group(n), f'{n:,}' == group(n))
print(int('00000000000000000000000000012'), int('-000'), str(int('+99')), int('1' + '0' * 60) // 10 ** 59)
digits = [int(c) for c in str(2 ** 1000)]
print(len(digits), sum(digits), digits[:10], max(digits), digits.count(0))
n = 1
for i in range(1, 40):
    n = n * 10 + i % 10
print(n, n.bit_length(), n % 1000000007)
print(str(-12)[::-1], int(str(12345)[::-1]), int('-' + '5' * 25) + int('5' * 25))
