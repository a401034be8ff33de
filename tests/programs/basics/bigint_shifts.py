# Shifts on small and big ints, positive and negative.
print(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 63, 1 << 64, 1 << 100)
print(255 >> 1, 255 >> 8, 255 >> 100, (1 << 100) >> 99)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -256 >> 4, -257 >> 4)
print(-1 << 10, -5 << 3, -(1 << 70) >> 3, -(1 << 70) >> 80)
x = 0xDEADBEEF
print(x << 4, x >> 4, hex(x << 40), hex(x >> 16))
print((12345678901234567890 << 13) >> 13 == 12345678901234567890)
v = 1
for i in range(10):
    v = (v << 7) | i
print(v, bin(v))
print(0 << 1000, 0 >> 1000)
print(True << 3, 5 >> True)
n = -123456789123456789
for s in (1, 7, 31, 32, 33, 63, 64, 65):
    print(s, n >> s, n << s)
y = 3
y <<= 70
print(y)
y >>= 69
print(y)
