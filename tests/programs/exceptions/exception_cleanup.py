# The `as` name is unbound after except; exceptions keep their state after leaving handlers.
e = 'outer value'
try:
    raise ValueError('inside')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError as err:
    print('NameError', err)
captured = []
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
        captured.append(('ok', i))
    except KeyError as exc:
        captured.append(('err', repr(exc)))
print(captured)
def keep():
    try:
        raise IndexError('kept')
    except IndexError as e:
        kept = e
    return kept
k = keep()
print(repr(k), k.args, type(k).__name__)
try:
    raise OSError('x')
except OSError as oserr:
    pass
print('oserr' in dir())
def ordering():
    out = []
    try:
        out.append(1)
        try:
            out.append(2)
            raise ValueError
        except TypeError:
            out.append('not here')
        finally:
            out.append(3)
    except ValueError:
        out.append(4)
    else:
        out.append('not here either')
    finally:
        out.append(5)
    return out
print(ordering())
