# Memoized recursion with dicts: fibonacci, partitions, binomials, edit distance, coin change.
fib_cache = {0: 0, 1: 1}


def fib(n):
    if n not in fib_cache:
        fib_cache[n] = fib(n - 1) + fib(n - 2)
    return fib_cache[n]


def memoize(f):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


def edit_distance(a, b):
    memo = {}

    def d(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == 0:
            r = j
        elif j == 0:
            r = i
        elif a[i - 1] == b[j - 1]:
            r = d(i - 1, j - 1)
        else:
            r = 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
        memo[(i, j)] = r
        return r
    return d(len(a), len(b))


def coin_ways(amount, coins):
    ways = {0: 1}
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] = ways.get(v, 0) + ways.get(v - c, 0)
    return ways.get(amount, 0)


print([fib(i) for i in range(20)])
print(fib(300))
print(len(fib_cache))
print([partitions(n, n) for n in range(1, 20)], partitions(100, 100))
print(binom(60, 30), [binom(8, k) for k in range(9)], len(binom.cache))
for a, b in [('kitten', 'sitting'), ('flaw', 'lawn'), ('', 'abc'), ('pergil', 'pergil'), ('intention', 'execution')]:
    print(a, b, edit_distance(a, b))
print(coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(1000, [1, 2, 5, 10, 20, 50, 100, 200]))
print(sum([fib(i) for i in range(0, 100, 3)]) % 1000000007)
collatz = {1: 0}


def steps(n):
    if n not in collatz:
        collatz[n] = 1 + steps(n // 2 if n % 2 == 0 else 3 * n + 1)
    return collatz[n]


best = max(range(1, 3000), key=steps)
print(best, steps(best), len(collatz))
