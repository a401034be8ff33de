# Unpacking with wrong counts, non-iterables, starred targets and dict unpacking.
for src in ['a, b = 1', 'a, b = [1]', 'a, b = [1, 2, 3]', 'a, *b = []', '*a, b, c = (1,)', 'a, b = "xy"',
            'a, b = {1: 2, 3: 4}', '[a, [b, c]] = [1, [2]]', 'a, b = None', 'print(*1)', 'print(**[])',
            'd = {**{1: 2}, **[]}', 'l = [*None]', 'a, *b, c = range(2)', 'f = lambda *, a: a; f(1)',
            '(a, b), c = [1, 2], 3', 'a, b = iter([1, 2, 3])', '{**{"a": 1}, "a": 2}']:
    try:
        exec(src, {})
        print(src, 'ok')
    except Exception as e:
        print(src, '!!', type(e).__name__, e)
