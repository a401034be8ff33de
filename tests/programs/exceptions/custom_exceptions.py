# Custom exception classes: hierarchy, extra attributes, __str__, args.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f'{self.field}: {self.message}'
class NotFound(AppError):
    code = 404
class Quiet(AppError):
    def __init__(self):
        pass
def check(data):
    if 'name' not in data:
        raise NotFound('name')
    if len(data['name']) < 2:
        raise ValidationError('name', 'too short')
    return 'ok'
for data in [{}, {'name': 'x'}, {'name': 'xyz'}]:
    try:
        print(check(data))
    except ValidationError as e:
        print('ValidationError', e, e.args, e.field, repr(e))
    except AppError as e:
        print(type(e).__name__, e, e.args, getattr(e, 'code', None), repr(e))
q = Quiet()
print(repr(q), str(q), q.args, isinstance(q, AppError), isinstance(q, Exception))
print(issubclass(ValidationError, AppError), issubclass(NotFound, Exception), issubclass(AppError, BaseException))
print(ValidationError.__mro__[1:3] == (AppError, Exception), ValidationError.__name__, ValidationError.__bases__[0].__name__)
try:
    raise NotFound
except NotFound as e:
    print('class raised', repr(e), e.args)
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault()
except WithDefault as e:
    print(e, repr(e))
try:
    raise WithDefault('custom')
except Exception as e:
    print(e, type(e).__name__)
class Multi(ValueError, AppError):
    pass
try:
    raise Multi('both')
except AppError as e:
    print('caught via AppError', repr(e), isinstance(e, ValueError))
