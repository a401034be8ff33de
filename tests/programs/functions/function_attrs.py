# Function objects: __name__, __qualname__, __doc__, __defaults__, __dict__, __module__, repr-free checks.
def documented(a, b=1, *args, c, d=2, **kw):
    """Docstring here."""
    x = a + b
    return x
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__module__)
code = documented.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames)
print(code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), type(nodoc).__name__)
class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__, K.method.__name__)
documented.custom = 'attr'
print(documented.custom, documented.__dict__)
documented.__name__ = 'renamed'
print(documented.__name__)
f = lambda: None
print(f.__name__, f.__qualname__, f.__defaults__)
def g(a, b=[]):
    return b
g.__defaults__ = ([1],)
print(g(0))
print(callable(documented), documented(1, c=3), isinstance(documented, object))
