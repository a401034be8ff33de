# Nested try blocks: inner handlers, re-raise, propagation through calls.
def level3(kind):
    if kind == 'value':
        raise ValueError('from level3')
    if kind == 'key':
        raise KeyError('k3')
    if kind == 'zero':
        return 1 // 0
    return 'fine'
def level2(kind):
    try:
        return level3(kind)
    except KeyError as e:
        return 'level2 handled ' + repr(e)
def level1(kind):
    try:
        return level2(kind)
    except ValueError:
        raise
    except ArithmeticError as e:
        return 'level1 handled ' + type(e).__name__
for kind in ['ok', 'key', 'zero', 'value']:
    try:
        print(kind, level1(kind))
    except ValueError as e:
        print(kind, 'top caught', e)
def deep():
    try:
        try:
            try:
                raise IndexError('deepest')
            except KeyError:
                print('wrong handler')
        except (TypeError, ValueError):
            print('wrong again')
        finally:
            print('middle finally')
    except LookupError as e:
        print('LookupError caught', repr(e))
deep()
def reraise_modified():
    try:
        raise ValueError('original')
    except ValueError as e:
        e.args = ('modified',)
        raise
try:
    reraise_modified()
except ValueError as e:
    print(e)
results = []
for v in [1, 0, 'a', None, 2]:
    try:
        try:
            results.append(10 // v)
        except ZeroDivisionError:
            results.append('inf')
            raise RuntimeError('escalated')
    except RuntimeError as e:
        results.append(str(e))
    except TypeError:
        results.append('type')
print(results)
