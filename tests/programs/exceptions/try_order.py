# try/except/else/finally execution order in every combination.
log = []
def run(raise_in_try, handle=True):
    try:
        log.append('try')
        if raise_in_try:
            raise ValueError('boom')
        log.append('try-end')
    except ValueError if handle else TypeError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
run(False); print(log); log.clear()
run(True); print(log); log.clear()
try:
    run(True, handle=False)
except ValueError as e:
    log.append('outer ' + str(e))
print(log); log.clear()
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append('body%d' % i)
        finally:
            out.append('fin%d' % i)
    return out
print(loop_finally())
def else_raises():
    try:
        pass
    except Exception:
        return 'handler'
    else:
        raise KeyError('from else')
    finally:
        log.append('fin-else')
try:
    else_raises()
except KeyError as e:
    print('KeyError', e, log)
def multi_except(v):
    try:
        return 10 // v if not isinstance(v, str) else int(v)
    except ZeroDivisionError:
        return 'zde'
    except (ValueError, TypeError) as e:
        return type(e).__name__
    except Exception:
        return 'other'
print([multi_except(v) for v in [2, 0, 'x', '5', None]])
try:
    try:
        raise IndexError('inner')
    finally:
        print('inner finally runs first')
except IndexError as e:
    print('caught', e)
