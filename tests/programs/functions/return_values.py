# Return values: None by default, multiple values as tuples, early return, return in loops.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, 'two', [3]
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    return -1
def classify(n):
    if n < 0:
        return 'negative'
    if n == 0:
        return 'zero'
    return 'positive'
print(nothing(), bare(), multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print(find('hello', 'l'), find('hello', 'z'), find([], 1))
print([classify(n) for n in (-5, 0, 5)])
def min_max(seq):
    lo = hi = seq[0]
    for v in seq[1:]:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi
print(min_max([3, 9, -1, 4]), min_max([7]))
def nested_loop_return():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return i, j
    return None
print(nested_loop_return())
def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum([(x - mean) ** 2 for x in nums]) / n
    return {'n': n, 'mean': mean, 'var': var}
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))
def returns_func():
    return lambda: 'from lambda'
print(returns_func()())
def while_return(n):
    while True:
        if n <= 1:
            return 'done'
        n //= 2
print(while_return(1000))
