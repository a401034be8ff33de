# Sequence repetition with negative, zero, bool, float and huge counts.
for expr in ["'ab' * -1", "'ab' * 0", "[1] * -5", "(1,) * True", "b'x' * -2", "'a' * 2.0", "[0] * 'x'",
             "'a' * (2**63)", "[None] * (2**62)", "-3 * 'xy'", "[[]] * 3", "'' * (10**30)", "() * 5"]:
    try:
        r = eval(expr)
        print(expr, '->', repr(r)[:30])
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
x = [1, 2]
x *= -1
print(x)
