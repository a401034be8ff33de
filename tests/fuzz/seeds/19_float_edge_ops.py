# Float edge values through every operator and conversion.
vals = [0.0, -0.0, 1e-320, 5e-324, 1e308, -1e308, float('inf'), float('-inf'), float('nan'), 0.1, 2 ** 53 + 0.0]
for a in vals:
    row = []
    for op in ('+', '-', '*', '/', '//', '%', '**'):
        try:
            row.append(repr(eval('a ' + op + ' 3.0')))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(a), row)
for a in vals:
    for conv in (int, round, lambda v: round(v, 2), lambda v: v.as_integer_ratio(), lambda v: v.hex(), str):
        try:
            r = conv(a)
        except Exception as e:
            r = type(e).__name__
        print(repr(a), repr(r)[:30])
