# Function calls: positional, default, keyword and *args calls of small functions, plus a closure.
def add(a, b):
    return a + b


def scale(x, factor=2, offset=0):
    return x * factor + offset


def pick(*args):
    return args[len(args) // 2]


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


def run(n):
    total = 0
    inc = make_counter()
    for i in range(n):
        total = add(total, i)
        total = scale(total, offset=1) % 1000003
        total += scale(i, 3)
        total += pick(i, 1, 2)
        inc(1)
    return total, inc(0)


print(run(1200000))
