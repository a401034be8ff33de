# raise ... from ..., __cause__, __context__, __suppress_context__.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('bad input ' + repr(s)) from e
try:
    convert('x')
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('during handling')
except KeyError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise ValueError('hidden') from None
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError('no chain')
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError('x') from KeyError('cause instance')
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise ValueError('y') from IndexError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError', e)
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise OSError('first')
    except OSError as first:
        try:
            raise LookupError('second')
        except LookupError:
            raise EOFError('third')
except EOFError as third:
    chain = []
    cur = third
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(' <- '.join(chain))
