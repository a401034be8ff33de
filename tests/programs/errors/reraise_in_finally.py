# Ends with an exception whose __context__ chain has three links.
def a():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise KeyError('second')
        finally:
            print('finally in a')
try:
    a()
except KeyError:
    raise TypeError('third')
