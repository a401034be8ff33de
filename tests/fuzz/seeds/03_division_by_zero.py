# Division by zero through every numeric path.
for expr in ['1/0', '1//0', '1%0', 'divmod(1, 0)', '1.0/0', '1.0//0.0', '1.0%0.0', 'divmod(1.0, 0.0)',
             '0**-1', '0.0**-1', 'pow(0, -1)', 'pow(5, 1, 0)', '(2**100)//0', '(2**100)%0', 'True/False',
             '1/0.0', '-0.0/0', 'pow(2, -1, 4)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
