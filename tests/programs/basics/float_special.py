# inf, nan, -0.0: arithmetic and comparisons.
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf / 2)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 300, -inf < -(10 ** 300))
print(inf == inf, inf == -inf, 1 / inf, -1 / inf)
print(max(1.0, inf), min(-inf, 0), abs(-inf), abs(nan))
print(repr(-0.0), repr(abs(-0.0)), repr(-(0.0)), -0.0 == 0)
print(5 // inf, -5 // inf, 7 % inf, -7 % inf)
l = [nan, 1.0]
print(nan in l, l.count(nan), l.index(nan))
print(float('inf') == float('inf'), [inf] == [inf])
print(int(1e300) > 0, 1e300 * 1e10)
for v in [inf, -inf, nan, 0.0, -0.0, 1.5]:
    print(v, v == v, bool(v), v * 2, -v)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.0) == hash(1))
print(2 * inf > inf, inf - 1e308 == inf)
try:
    print(1.0 / 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print('OverflowError', e)
print(sorted([3.0, -0.0, 0.0, -inf, inf, 2.5]))
