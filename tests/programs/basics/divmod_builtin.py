# divmod with ints, floats, big ints and bools.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 5), divmod(5, 1), divmod(True, True), divmod(7, True))
print(divmod(2 ** 70, 3), divmod(-(2 ** 70), 3))
print(divmod(2 ** 70, -(2 ** 35)), divmod(3 ** 50, 7 ** 20))
print(divmod(7.0, 2), divmod(7, 2.0), divmod(-7.0, 2.0))
print(divmod(1e20, 7), divmod(0.3, 0.1))
q, r = divmod(1000, 7)
print(q, r, q * 7 + r)
t = divmod(-1, 10 ** 30)
print(t)
print(type(divmod(5, 2)).__name__, type(divmod(5.0, 2)[0]).__name__)
seconds = 987654
m, s = divmod(seconds, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print(f"{d}d {h:02d}:{m:02d}:{s:02d}")
for a in range(-3, 4):
    row = []
    for b in (-2, -1, 1, 2):
        row.append(divmod(a, b))
    print(a, row)
