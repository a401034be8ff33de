# First matching except clause wins; bare except; tuples of types; except with no name.
def which(exc):
    try:
        raise exc
    except KeyError:
        return 'KeyError clause'
    except LookupError:
        return 'LookupError clause'
    except (TypeError, ValueError) as e:
        return 'tuple clause ' + type(e).__name__
    except Exception:
        return 'Exception clause'
    except:
        return 'bare clause'
for exc in [KeyError('a'), IndexError('b'), TypeError('c'), UnicodeError('d'), RuntimeError('e'), KeyboardInterrupt(), SystemExit(2)]:
    print(type(exc).__name__, '->', which(exc))
types = (ZeroDivisionError, OverflowError)
try:
    1 % 0
except types as e:
    print('dynamic tuple', type(e).__name__)
handlers = [IndexError, ZeroDivisionError]
try:
    [1][2]
except handlers[0]:
    print('expression as handler')
try:
    try:
        raise ValueError('x')
    except 5:
        print('no')
except TypeError as e:
    print('TypeError', e)
try:
    raise ValueError
except ValueError:
    print('class raised, no name bound')
try:
    1 / 0
except ArithmeticError or ValueError:
    print('or picks first operand')
