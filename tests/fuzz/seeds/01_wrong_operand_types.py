# Every binary operator applied to mismatched types.
vals = [1, 2.5, 'a', b'b', [1], (1,), {1: 2}, {3}, None, True, range(2)]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '<=', '==', '!=', '>', '>=', 'in', '@']
ok = err = 0
for a in vals:
    for b in vals:
        for op in ops:
            try:
                r = eval('a ' + op + ' b')
                ok += 1
            except Exception as e:
                err += 1
                last = type(e).__name__ + ': ' + str(e)
print(ok, err, last)
