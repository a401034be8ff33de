# int() and float() on bad strings and bases, including the 4300-digit limit.
for args in [('x',), ('',), (' ',), ('1_',), ('_1',), ('0x1g', 16), ('10', 1), ('10', 37), ('z', 36), ('-',),
             ('+-1',), ('1e3',), ('0b102', 0), ('٣',), ('1' * 4300,), ('1' * 4301,), (b'12',), (b'x',), (3.5, 10)]:
    try:
        r = int(*args)
        print(repr(args)[:30], '->', r if r < 10 ** 20 else len(str(r)))
    except Exception as e:
        print(repr(args)[:30], '!!', type(e).__name__, str(e)[:60])
for s in ['x', '1e400', '-1e400', 'nan', '1e', '.', '..1', '1.5e-400', '0x10']:
    try:
        print(s, float(s))
    except ValueError as e:
        print(s, '!!', e)
try:
    str(10 ** 5000)
except ValueError as e:
    print('str limit', str(e)[:40])
