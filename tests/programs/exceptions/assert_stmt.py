# assert with and without messages; AssertionError args.
def check(x):
    assert isinstance(x, int), 'expected int, got ' + type(x).__name__
    assert x >= 0
    return x * 2
for v in [3, 'a', -1, 0]:
    try:
        print(check(v))
    except AssertionError as e:
        print('AssertionError', repr(e), e.args, str(e) == '')
try:
    assert False, ('tuple', 'message')
except AssertionError as e:
    print(e.args, e)
try:
    assert [], 42
except AssertionError as e:
    print(repr(e), e.args[0] + 1)
assert True
assert 1, 'never shown'
assert [0]
print('asserts passed')
def lazy_message():
    print('message evaluated')
    return 'lazy'
assert 1 == 1, lazy_message()
try:
    assert 1 == 2, lazy_message()
except AssertionError as e:
    print('got', e)
class Custom(AssertionError):
    pass
try:
    raise Custom('subclass')
except AssertionError as e:
    print(type(e).__name__, e)
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
