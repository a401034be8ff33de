# str.format: positional, keyword, index, attribute fields, conversions, nesting.
print("{} {} {}".format(1, 'two', 3.0))
print("{0} {1} {0}".format('a', 'b'), "{1}{0}".format('x', 'y'))
print("{name} is {age}".format(name='Ann', age=30), "{0[1]} {0[0]}".format(['p', 'q']))
print("{d[key]} {d[2]}".format(d={'key': 'v', 2: 'two'}))
class P:
    def __init__(self):
        self.x = 4
        self.y = [5, 6]
p = P()
print("{0.x} {0.y[1]} {p.x}".format(p, p=p))
print("{!r} {!s} {!a}".format('q', 'q', 'é'), "{0!r:>6}".format('z'))
print("{:>{width}}|{:^{}}|{:.{prec}f}".format('r', 'c', 7, 3.14159, width=5, prec=2))
print("{{}} {{{0}}} }}{{".format('in'))
print("{:,} {:_b} {:+.2e} {:%}".format(10 ** 7, 255, 12345.678, 0.25))
print("{0:*^9}|{1:#x}|{2:08.3f}".format('mid', 255, -3.5))
print("{:s}".format('str'), "{}".format(None), "{}".format([1, 'a']), "{0}".format((1, 2)))
print("{a}{b}".format(**{'a': 1, 'b': 2}), "{}{}".format(*'xy'))
for bad in ["{", "}", "{0} {}", "{x}", "{0}{1}", "{:d}", "{0!z}"]:
    try:
        print(bad.format('s'))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print(format(3.5, '>8.2f'), format('s', '^5'), format(42), format(1.0), format(12, ''))
print("{:c}{:c}{:c}".format(80, 121, 0x1F600))
print("{0[0]}{0[1]}".format("ab"), "{.real}".format(5), "{:10.4}|".format('truncated'))
