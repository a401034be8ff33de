# Bare raise re-raises the active exception; raise outside a handler is a RuntimeError.
def inner():
    raise KeyError('original')
def middle():
    try:
        inner()
    except KeyError:
        print('middle saw it, re-raising')
        raise
try:
    middle()
except KeyError as e:
    print('outer got', repr(e))
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def handler_then_raise():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    raise saved
try:
    handler_then_raise()
except ZeroDivisionError as e:
    print('re-raised saved', e)
def nested_bare():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise
try:
    nested_bare()
except ValueError as e:
    print('bare raise after inner handled:', repr(e))
def convert_all(items):
    errors = 0
    for it in items:
        try:
            int(it)
        except ValueError:
            errors += 1
            if errors > 2:
                raise
    return errors
print(convert_all(['1', 'x', '2']))
try:
    convert_all(['a', 'b', 'c', 'd'])
except ValueError as e:
    print('too many:', e)
