# Digits of pi and e with big-integer arithmetic only (Machin's formula and a series), plus sqrt(2).
def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)


def e_digits(digits):
    scale = 10 ** (digits + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)


def isqrt(n):
    if n < 0:
        raise ValueError('negative')
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def sqrt2_digits(digits):
    return str(isqrt(2 * 10 ** (2 * digits)))


p = pi_digits(300)
print(p[0] + '.' + p[1:61])
for i in range(1, 301, 60):
    print(p[i:i + 60])
print('digit counts', [p.count(str(d)) for d in range(10)])
print('first 999999 at', p.find('999999'))
e = e_digits(120)
print(e[0] + '.' + e[1:])
s = sqrt2_digits(100)
print(s[0] + '.' + s[1:])
print(isqrt(10 ** 40), isqrt(2 ** 127 - 1), isqrt(0), isqrt(15), isqrt(16))
print(isqrt(2 ** 200) == 2 ** 100, all([isqrt(k * k) == k and isqrt(k * k - 1) == k - 1 for k in range(1, 2000)]))
try:
    isqrt(-1)
except ValueError as err:
    print('ValueError', err)
