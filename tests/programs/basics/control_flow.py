# if/elif/else, while/else, for/else, break, continue, pass, nested loops.
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n % 2:
        return 'odd'
    else:
        return 'even'
print([classify(n) for n in range(-2, 5)])
for n in [7, 9, 13, 15]:
    for d in range(2, n):
        if n % d == 0:
            print(n, 'divisible by', d)
            break
    else:
        print(n, 'is prime')
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print('i', i)
else:
    print('while finished')
k = 0
while k < 3:
    k += 1
else:
    print('while else ran', k)
for x in []:
    print('never')
else:
    print('empty for else')
pairs = []
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print('count', count)
for _ in range(2):
    pass
print(_)
if []:
    print('no')
elif {}:
    print('no')
else:
    print('falsy containers')
