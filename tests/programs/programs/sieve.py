# Sieve of Eratosthenes, prime factorisation, twin primes, a segmented sieve and Goldbach checks.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def segmented(lo, hi, base):
    mark = [True] * (hi - lo)
    for p in base:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            mark[m - lo] = False
    return [lo + i for i in range(hi - lo) if mark[i] and lo + i > 1]


primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:])
print('sum', sum(primes), 'max gap', max([b - a for a, b in zip(primes, primes[1:])]))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:6], twins[-2:])
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143, 9999991]:
    f = factorize(n)
    text = ' * '.join([f'{p}^{e}' if e > 1 else str(p) for p, e in sorted(f.items())])
    print(n, '=', text)
seg = segmented(1000000, 1000200, primes)
print(len(seg), seg)
pset = set(primes)
for even in [4, 28, 100, 998, 9998]:
    for p in primes:
        if even - p in pset:
            print(even, '=', p, '+', even - p)
            break
counts = [0] * 10
for p in primes:
    counts[p % 10] += 1
print('last digits', counts)
