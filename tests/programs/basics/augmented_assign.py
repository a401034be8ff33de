# Augmented assignment on names, attributes, subscripts; in-place vs rebinding.
x = 10
x += 5; x -= 3; x *= 4; x //= 5; x %= 7; x **= 3; x <<= 2; x >>= 1; x |= 1; x &= 0xFF; x ^= 0x0F
print(x)
f = 1.5
f += 1; f *= 2; f /= 4; f -= 0.25
print(f)
s = 'ab'
s += 'cd'; s *= 2
print(s)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
d = {'k': 1}
d['k'] += 10
d['k'] *= 2
print(d)
l = [1, 2, 3]
l[1] += 100
l[-1] **= 2
print(l)
class Box:
    pass
bx = Box()
bx.v = 3
bx.v += 4
bx.v *= bx.v
print(bx.v)
calls = []
def idx():
    calls.append('idx')
    return 0
m = [[5]]
m[idx()][idx()] += 1
print(m, calls)
st = {1, 2}
st |= {3}; st &= {1, 3, 4}; st ^= {9}; st -= {1}
print(sorted(st))
n = [0]
for i in range(5):
    n[0] += i
print(n)
