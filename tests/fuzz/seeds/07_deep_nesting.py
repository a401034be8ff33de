# Deeply nested containers: building, repr, equality and recursion limits.
x = []
for i in range(200):
    x = [x]
print(len(repr(x)), x == x)
d = {}
cur = d
for i in range(200):
    cur['k'] = {}
    cur = cur['k']
print(len(str(d)))
t = ()
for i in range(300):
    t = (t, i)
print(t[1], len(repr(t)) > 300)
deep = []
for i in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print('RecursionError', e)
try:
    deep == [deep[0]]
except RecursionError as e:
    print('RecursionError in ==')
