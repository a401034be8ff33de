# Shifts by huge, negative and big-int counts.
for expr in ['1 << 100000', '0 << 2**100', '1 >> 2**100', '-1 >> 2**100', '-5 >> 70', '1 << -1',
             '(2**200) >> 199', '-(2**200) >> 1000', '1 << 2**62', 'True << 3', '1 << 1.0', '1.0 << 1']:
    try:
        r = eval(expr)
        print(expr, '->', r if r.bit_length() < 64 else r.bit_length())
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
