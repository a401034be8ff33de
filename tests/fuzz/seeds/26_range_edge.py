# range with huge, negative and zero parameters; indexing and slicing at the edges.
for args in [(0,), (-5,), (2 ** 70,), (0, 10, -1), (10, 0, 3), (1, 2, 0), (0, 2 ** 100, 2 ** 90), (1.5,), ('a',),
             (-(2 ** 63), 2 ** 63), (5, 1, -2)]:
    try:
        r = range(*args)
        try:
            n = len(r)
        except OverflowError as e:
            n = 'OverflowError'
        print(args, n, r[0] if r else None, r[-1] if r else None, r[::2 ** 80], 3 in r, r.count(4))
    except Exception as e:
        print(args, '!!', type(e).__name__, e)
r = range(10)
for idx in [10, -11, 2 ** 70, 'a', 1.0, slice(None, None, 0)]:
    try:
        print(idx, r[idx])
    except Exception as e:
        print(repr(idx), '!!', type(e).__name__, e)
