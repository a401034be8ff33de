# List work: append, indexing, slicing, sort with and without key, reverse, comprehensions, membership.
def run(n):
    data = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        data.append(x % 100000)
    s = sorted(data)
    s2 = sorted(data, key=lambda v: (v % 100, v))
    chunk_sums = [sum(data[i:i + 100]) for i in range(0, n, 100)]
    rev = data[::-1]
    evens = [v for v in data if v % 2 == 0]
    hits = 0
    small = data[:400]
    for v in range(0, 2000, 7):
        if v in small:
            hits += 1
    for i in range(len(rev) - 1):
        if rev[i] > rev[i + 1]:
            rev[i], rev[i + 1] = rev[i + 1], rev[i]
    return s[n // 2], s2[0], max(chunk_sums), len(evens), hits, rev[-1]


print(run(280000))
