# Assignment expressions and conditional expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long', n)
total = 0
i = 0
while (i := i + 1) < 5:
    total += i
print(total, i)
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
vals = [(v, w) for v in range(5) if (w := v * 3) % 2 == 0]
print(vals)
print('big' if n > 4 else 'small', 'yes' if [] else 'no', 1 if 0 else 2 if 0 else 3)
def sign(x):
    return 'pos' if x > 0 else 'neg' if x < 0 else 'zero'
print([sign(x) for x in (-2, 0, 5)])
chunks = []
buf = list(range(10))
while (chunk := buf[:3]):
    chunks.append(chunk)
    buf = buf[3:]
print(chunks)
print((z := 10) + z, z)
m = {}
for word in ['a', 'bb', 'a', 'ccc', 'bb', 'a']:
    m[word] = (c := m.get(word, 0)) + 1
print(m, c)
