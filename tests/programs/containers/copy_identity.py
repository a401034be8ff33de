# Copies vs aliases: list(), [:], .copy(), dict(), identity with `is`.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
print(b is a, c is a, c == a, d is a, e is a, c[1] is a[1])
a[0] = 'changed'
a[1].append(4)
print(a, b, c, d, e)
m = {'k': [1]}
n = dict(m)
o = m.copy()
n['k'].append(2)
n['new'] = 0
print(m, n, o, o['k'] is m['k'])
t = (1, 2)
print(tuple(t) is t, t[:] is t, t + () == t)
s = 'text'
print(s[:] is s, str(s) is s, s == 'te' + 'xt')
x = None
print(x is None, x is not None, type(None).__name__, None == None)
print([] is [], [] == [], () == (), {} == {}, set() == set())
l1 = [1, 2, 3]
l2 = l1
l1 += [4]
print(l2)
l1 = l1 + [5]
print(l1, l2)
def mutate(lst):
    lst.append('m')
def rebind(lst):
    lst = ['r']
    return lst
z = []
mutate(z)
rebind(z)
print(z)
fs = frozenset({1})
print(frozenset(fs) is fs, fs.copy() is fs)
