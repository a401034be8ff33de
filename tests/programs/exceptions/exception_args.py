# Exception args, str and repr for zero, one and many arguments.
for e in [Exception(), Exception('one'), Exception('a', 2), ValueError(3.5), KeyError('k'), KeyError(),
          KeyError('a', 'b'), IndexError(0), OSError('os'), RuntimeError(None), StopIteration(7),
          ZeroDivisionError('division by zero'), Exception(['list']), Exception(('t',))]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError('x', 'y')
e.args = ('replaced',)
print(e, e.args)
e.args = [1, 2]
print(e.args, type(e.args).__name__)
s = StopIteration('v')
print(s.value, StopIteration().value)
x = SystemExit(3)
print(x.code, SystemExit().code, SystemExit('msg').code, SystemExit(1, 2).code)
k = KeyError('quote\'s')
print(str(k), repr(k))
print(str(KeyError(1)), str(KeyError((1, 2))), str(KeyError(None)))
b = BaseException('base')
print(isinstance(b, Exception), isinstance(ValueError(), BaseException), repr(b))
print(repr(Exception('multi\nline')), str(Exception('')), repr(Exception('')))
try:
    raise ValueError('with args', 42)
except ValueError as err:
    print(err.args[1], str(err))
ex = Exception('noted')
ex.add_note('first note')
ex.add_note('second')
print(ex.__notes__)
print(ValueError('v').with_traceback(None).args, type(ValueError.__new__(ValueError)).__name__)
