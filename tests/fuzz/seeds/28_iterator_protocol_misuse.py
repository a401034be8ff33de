# next/iter misuse, exhausted iterators, zip strict mismatches, reversed on odd types.
it = iter([1])
print(next(it), next(it, 'd'), list(it), list(it))
for expr in ['next([])', 'next(5)', 'iter(5)', 'iter(5, 1)', 'list(zip([1], [1, 2], strict=True))',
             'list(zip([1, 2], [1], strict=True))', 'reversed(5)', 'reversed({1})', 'reversed(iter([1]))',
             'list(map(None, [1]))', 'list(filter(5, [1]))', 'list(enumerate(5))', 'list(map(len, [1]))',
             'sorted([1, None])', 'sum([[1]])', 'max(iter([]))', 'min([], default=1, key=None)', 'list(iter(int, 0))',
             'next(iter({}), "empty")', 'dict(zip("ab", iter([1])))', 'all(5)', 'any([1, 1 / 1, 0])']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
