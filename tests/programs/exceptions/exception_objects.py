# Exceptions as values: stored, compared, re-raised later, traceback presence.
errors = []
for f in [lambda: 1 / 0, lambda: [][0], lambda: {}['x'], lambda: 'ok']:
    try:
        f()
    except Exception as e:
        errors.append(e)
print([type(e).__name__ for e in errors], len(errors))
first = errors[0]
print(first.__traceback__ is not None, type(first.__traceback__).__name__)
try:
    raise first
except ZeroDivisionError as again:
    print(again is first, str(again))
e1 = ValueError('same')
e2 = ValueError('same')
print(e1 == e2, e1 == e1, e1.args == e2.args)
class Tracker(Exception):
    instances = 0
    def __init__(self, *args):
        super().__init__(*args)
        Tracker.instances += 1
for i in range(3):
    try:
        raise Tracker(i)
    except Tracker as t:
        last = t
print(Tracker.instances, last.args)
def make_error(kind, msg):
    return kind(msg)
try:
    raise make_error(KeyError, 'built')
except KeyError as e:
    print(repr(e))
exc_type = IndexError
try:
    raise exc_type
except IndexError as e:
    print(repr(e), e.args)
try:
    raise 'string'
except TypeError as e:
    print('TypeError', e)
try:
    raise int
except TypeError as e:
    print('TypeError', e)
e = RuntimeError('tb')
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except RuntimeError:
    pass
print(e.__traceback__ is not None)
