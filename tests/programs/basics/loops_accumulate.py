# Loop patterns: accumulation, nested loops with early exit, counting, while with conditions.
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print('multiples of 3 or 5:', total)
a, b = 0, 1
fibs = []
while a < 1000:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
triples = []
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)
n = 27
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print('collatz 27:', steps, peak)
perfect = []
for k in range(2, 10000):
    s = 1
    d = 2
    while d * d <= k:
        if k % d == 0:
            s += d
            if d != k // d:
                s += k // d
        d += 1
    if s == k:
        perfect.append(k)
print('perfect numbers:', perfect)
product = 1
for x in [3, 5, 7, 11]:
    product *= x
print(product, product % 13)
count = 0
for x in range(1000):
    if str(x) == str(x)[::-1]:
        count += 1
print('palindromes below 1000:', count)
