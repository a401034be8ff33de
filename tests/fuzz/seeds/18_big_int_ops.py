# Big-int arithmetic near word boundaries and with mixed signs.
edges = [0, 1, -1, 2 ** 31 - 1, -2 ** 31, 2 ** 32, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -2 ** 64 - 1, 3 ** 80, -7 ** 50]
acc = 0
for a in edges:
    for b in edges:
        for op in ('+', '-', '*', '//', '%', '&', '|', '^'):
            try:
                r = eval('a ' + op + ' b')
                acc = (acc * 31 + r) % 1000000007
            except ZeroDivisionError:
                acc = (acc + 1) % 1000000007
print(acc)
for a in edges:
    print(a.bit_length(), hash(a), -a // 3, -a % 7, abs(a) >> 17, pow(a, 3, 1000003) if a else 0)
print(pow(3, 10 ** 5, 10 ** 9 + 7), (10 ** 1000 + 1) % 998244353, (2 ** 4000 - 1).bit_count())
