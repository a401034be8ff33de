# Exceptions crossing loops, finally blocks with break/continue/return, and nested handlers.
def f(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                if i % 3 == 1:
                    continue
                out.append(1 // (i - 5))
            except ValueError as e:
                out.append('v%s' % e)
                if i > 6:
                    break
            finally:
                out.append('f')
        except ZeroDivisionError:
            out.append('z')
            return out
    return out
print(f(4), f(12))
def g():
    while True:
        try:
            try:
                return 'try'
            finally:
                raise KeyError('finally')
        except KeyError:
            break
    return 'after'
print(g())
