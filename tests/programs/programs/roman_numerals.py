# Roman numeral conversion both ways, validation, and arithmetic on numerals.
VALUES = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
          (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
SYMBOLS = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f'expected int, got {type(n).__name__}')
    if not 0 < n < 4000:
        raise ValueError(f'{n} is out of range 1..3999')
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return ''.join(out)


def from_roman(s):
    if not s:
        raise ValueError('empty numeral')
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in SYMBOLS:
            raise ValueError(f'invalid symbol {ch!r}')
        v = SYMBOLS[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise ValueError(f'non-canonical numeral {s!r}')
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f'{n:5d} {r:>15} {from_roman(r)}')
print(all([from_roman(to_roman(n)) == n for n in range(1, 4000)]))
lengths = {}
for n in range(1, 4000):
    L = len(to_roman(n))
    lengths[L] = lengths.get(L, 0) + 1
print(sorted(lengths.items()))
longest = max(range(1, 4000), key=lambda n: (len(to_roman(n)), n))
print(longest, to_roman(longest))
for bad in [0, 4000, -5, 2.5, True, 'XII']:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ['', 'IIII', 'VX', 'ABC', 'mcmxciv', 'IC', 'MMMM']:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print('ValueError', e)


def add(a, b):
    return to_roman(from_roman(a) + from_roman(b))


print(add('XIV', 'XXVIII'), add('MCM', 'XCIX'), add('I', 'I'))
