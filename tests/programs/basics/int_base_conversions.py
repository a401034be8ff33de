# bin/oct/hex, int(str, base) round trips, format specs for bases.
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 64) + 1, 123456789]:
    print(n, bin(n), oct(n), hex(n))
    assert int(bin(n), 0) == n and int(oct(n), 0) == n and int(hex(n), 0) == n
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    if neg:
        out.append('-')
    return ''.join(reversed(out))
for b in (2, 3, 7, 16, 36):
    s = to_base(-987654321, b)
    print(b, s, int(s, b))
print(format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'))
print(format(255, '#b'), format(255, '#o'), format(255, '#x'), format(255, '#X'))
print(format(-255, '#010x'), format(255, '08b'), format(2 ** 20, '_b'))
print(f"{3735928559:_x}", f"{3735928559:,}", f"{-42:+d}", f"{42: d}")
print(int('  0B1010  ', 0), int('0O17', 0), int('0X1F', 0))
