# Attribute access, assignment and deletion failures on builtin and user objects.
class C:
    __slots_fake__ = ()
objs = [1, 'a', [], {}, None, C(), C, int, len, (lambda: 0), range(1), ValueError()]
for o in objs:
    for name in ['x', '__dict__', 'real', '__class__', 'append']:
        try:
            getattr(o, name)
            r = 'get ok'
        except AttributeError as e:
            r = 'get !! ' + str(e)
        try:
            setattr(o, name, 1)
            r += ' | set ok'
        except (AttributeError, TypeError) as e:
            r += ' | set !! ' + type(e).__name__
        try:
            delattr(o, name)
            r += ' | del ok'
        except (AttributeError, TypeError) as e:
            r += ' | del !! ' + type(e).__name__
        print(type(o).__name__, name, r)
