# Matrix operations on lists of lists: multiply, transpose, power, determinant, identity checks.
def zeros(r, c):
    return [[0] * c for _ in range(r)]


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def transpose(a):
    return [[a[r][c] for r in range(len(a))] for c in range(len(a[0]))]


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f'shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}')
    bt = transpose(b)
    return [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]


def matpow(m, k):
    result = identity(len(m))
    base = m
    while k:
        if k & 1:
            result = matmul(result, base)
        base = matmul(base, base)
        k >>= 1
    return result


def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        sign = -1 if c % 2 else 1
        total += sign * m[0][c] * det(minor)
    return total


def show(m):
    width = max([len(str(v)) for row in m for v in row])
    for row in m:
        print(' '.join([str(v).rjust(width) for v in row]))
    print()


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(matmul(b, a))
show(transpose(a))
fib = matpow([[1, 1], [1, 0]], 90)
print('fib(90) =', fib[0][1])
print(det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), det(identity(4)), det([[1, 2], [2, 4]]))
m = [[(i * 7 + j * 3) % 10 for j in range(5)] for i in range(5)]
show(m)
print('det', det(m))
print(matmul(m, identity(5)) == m, matmul(identity(5), m) == m)
f = [[0.5, 1.25], [-2.0, 0.1]]
show(matmul(f, f))
try:
    matmul(a, a)
except ValueError as e:
    print('ValueError', e)
