# Bitwise &, |, ^, ~ on negative and big ints (two's complement semantics).
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40 + 3, -(2 ** 40) - 3, 2 ** 70, -(2 ** 70)]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x0F, a ^ -1)
print(-6 & 3, -6 | 3, -6 ^ 3)
print(-6 & -3, -6 | -3, -6 ^ -3)
print((2 ** 70 - 1) & -(2 ** 35), (2 ** 70) | -1, (2 ** 70) ^ (2 ** 70 - 1))
print(-(2 ** 70) & (2 ** 72 - 1), -(2 ** 70) | 12345)
print(~0, ~~5, ~-(2 ** 100))
print(True & False, True | False, True ^ True, ~True)
print(type(True & True).__name__, type(True & 1).__name__)
x = 0b1011_0110
x &= 0b1111
print(bin(x))
x |= 0b110000
print(bin(x))
x ^= 0xFF
print(bin(x), x)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(popcount(2 ** 100 - 1), popcount(0xF0F0F0F0), (2 ** 100 - 1).bit_count())
print((-1 & 0xFFFFFFFF), hex(-1 & 0xFFFFFFFFFFFFFFFF))
