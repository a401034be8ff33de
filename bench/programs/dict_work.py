# Dict work: word counting with get/set, membership, iteration over items, dict of lists, deletes.
def run(n):
    words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa']
    counts = {}
    x = 7
    for i in range(n):
        x = (x * 48271) % 2147483647
        w = words[x % 10] + str(x % 97)
        counts[w] = counts.get(w, 0) + 1
    groups = {}
    for k, v in counts.items():
        key = k[0]
        if key in groups:
            groups[key].append(v)
        else:
            groups[key] = [v]
    total = 0
    for k in counts:
        total += counts[k]
    for k in list(counts):
        if counts[k] < 200:
            del counts[k]
    squares = {i: i * i for i in range(n // 10)}
    s = 0
    for i in range(0, n // 10, 3):
        s += squares[i] % 1000
    return len(counts), total, len(groups), s


print(run(1000000))
