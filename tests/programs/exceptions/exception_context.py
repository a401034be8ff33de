# Implicit chaining sets __context__; a handled exception is cleared after except.
try:
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as inner:
            print(repr(inner.__context__))
            raise
except TypeError as outer:
    print(repr(outer), repr(outer.__context__))
def handler():
    try:
        raise KeyError('k')
    except KeyError:
        return 'handled'
    finally:
        print('handler finally')
print(handler())
try:
    raise IndexError('i')
except IndexError:
    try:
        raise ZeroDivisionError('z')
    except ZeroDivisionError as z:
        print(repr(z.__context__))
    print('still handling')
try:
    try:
        raise ValueError('same')
    except ValueError as e:
        raise e
except ValueError as e2:
    print(repr(e2.__context__))
try:
    err = None
    try:
        raise KeyError('finally-context')
    finally:
        err = 'finally ran'
except KeyError as e:
    print(err, repr(e))
try:
    try:
        raise ValueError('in try')
    finally:
        raise TypeError('in finally')
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise ValueError('outer')
except ValueError as e:
    name_bound = True
try:
    print(e)
except NameError as ne:
    print('NameError', ne)
