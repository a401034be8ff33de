# Catching by base classes: LookupError, ArithmeticError, Exception vs BaseException.
cases = [
    ('IndexError', lambda: [][0]),
    ('KeyError', lambda: {}[0]),
    ('ZeroDivisionError', lambda: 1 / 0),
    ('OverflowError', lambda: 2.0 ** 10000),
    ('UnboundLocalError', None),
    ('UnicodeDecodeError', lambda: b'\xff'.decode()),
    ('RecursionError', None),
    ('NotImplementedError', None),
    ('ModuleNotFoundError', None),
    ('FileNotFoundError', None),
]
bases = [LookupError, ArithmeticError, NameError, ValueError, RuntimeError, ImportError, OSError, Exception]
for name, f in cases:
    cls = None
    for b in [IndexError, KeyError, ZeroDivisionError, OverflowError, UnboundLocalError, UnicodeDecodeError,
              RecursionError, NotImplementedError, ModuleNotFoundError, FileNotFoundError]:
        if b.__name__ == name:
            cls = b
    print(name, [b.__name__ for b in bases if issubclass(cls, b)], cls.__mro__[1].__name__)
for name, f in cases:
    if f is None:
        continue
    try:
        f()
    except LookupError as e:
        print('LookupError caught', type(e).__name__)
    except ArithmeticError as e:
        print('ArithmeticError caught', type(e).__name__)
    except ValueError as e:
        print('ValueError caught', type(e).__name__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print(issubclass(StopIteration, Exception), issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning))
print(issubclass(TimeoutError, OSError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(UnicodeError, ValueError), issubclass(BufferError, Exception), issubclass(EOFError, Exception))
try:
    raise SystemExit(0)
except Exception:
    print('not reached')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)
print(IOError is OSError, EnvironmentError is OSError)
