# Integer loop arithmetic: nested for/while loops with + - * // % and comparisons on small ints.
def run(n):
    total = 0
    i = 0
    while i < n:
        j = i % 7
        if j < 3:
            total += i * j
        else:
            total -= i // (j - 2)
        total %= 1000000007
        i += 1
    acc = 0
    for a in range(600):
        for b in range(600):
            acc += (a ^ b) & 15
    return total, acc


print(run(3000000))
