# ExceptionGroup basics: construction, message, exceptions, repr, catching as a whole.
eg = ExceptionGroup('many errors', [ValueError('v'), TypeError('t'), KeyError('k')])
print(eg.message, eg.exceptions, len(eg.exceptions), repr(eg))
print(str(eg), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise eg
except ExceptionGroup as caught:
    print('caught group', [type(e).__name__ for e in caught.exceptions])
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [KeyError(2)])])
print(repr(nested), nested.exceptions[1].message)
def walk(g, depth=0):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            print('  ' * depth + 'group ' + e.message)
            walk(e, depth + 1)
        else:
            print('  ' * depth + type(e).__name__ + ' ' + repr(e.args))
walk(nested)
for bad in [lambda: ExceptionGroup('m', []), lambda: ExceptionGroup('m', [1]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    raise ExceptionGroup('x', [ValueError('a')])
except Exception as e:
    print(type(e).__name__, e.args[0], len(e.args[1]))
print(ExceptionGroup.__mro__[1].__name__, BaseExceptionGroup.__mro__[1].__name__)
