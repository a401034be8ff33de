# String indexing and slicing with steps, negative indices, out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-5:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[2:2]))
print(s[::3], s[::100], s[::-100], s[10::-1], s[-11::1])
print(s[slice(1, 8, 2)], s[slice(None, None, -1)], s[slice(3)])
for step in (1, 2, 3, -1, -2, -4):
    print(step, s[::step], s[1:9:step], s[9:1:step])
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
try:
    s['a']
except TypeError as e:
    print('TypeError', e)
try:
    s[1] = 'x'
except TypeError as e:
    print('TypeError', e)
u = "αβγδε😀"
print(u[::-1], u[1:-1], u[::2], u[-1], u[-2::-2])
print(s[True], s[False:True + 2])
