# Slices with zero, huge, negative, float and None parts on every sequence type.
seqs = [[1, 2, 3], (1, 2, 3), 'abc', b'abc', range(3)]
parts = [None, 0, 1, -1, 2**70, -(2**70), 1.5, 'x']
bad = good = 0
for s in seqs:
    for a in parts:
        for b in parts:
            for c in parts:
                try:
                    s[a:b:c]
                    good += 1
                except (TypeError, ValueError) as e:
                    bad += 1
print(good, bad)
lst = [0, 1, 2, 3, 4]
for target in [slice(None, None, 2), slice(1, 2), slice(None, None, -1), slice(0, 0), slice(10, 20)]:
    for value in [[], [9], [9, 9, 9], 'ab', 5]:
        l = lst[:]
        try:
            l[target] = value
            print(target, value, l)
        except Exception as e:
            print(target, value, '!!', type(e).__name__, e)
