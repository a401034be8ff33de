# sys functions with bad arguments; SystemExit caught with odd codes.
import sys
for expr in ['sys.setrecursionlimit(0)', 'sys.setrecursionlimit(-5)', 'sys.setrecursionlimit("x")', 'sys.setrecursionlimit(2**70)',
             'sys.intern(1)', 'sys.intern(b"x")', 'sys.exit(1, 2)', 'sys.stdout.write(1)', 'sys.stdout.write()',
             'sys.getrefcount()', 'sys.nope', 'sys.argv.append(1) or len(sys.argv) > 0']:
    try:
        print(expr, '->', eval(expr))
    except SystemExit as e:
        print(expr, 'SystemExit', e.code)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for code in [None, 0, 1, -1, 256, 'msg', 1.5, [1], (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), repr(e.code), e.args)
