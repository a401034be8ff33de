# finally with return/break/continue overrides; return value precedence.
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
def f3():
    try:
        raise ValueError('swallowed')
    finally:
        return 'finally wins over exception'
def f4():
    x = 'initial'
    try:
        return x
    finally:
        x = 'changed'
def f5():
    for i in range(3):
        try:
            if i == 1:
                return 'returned at %d' % i
        finally:
            print('f5 cleanup', i)
def f6():
    result = []
    for i in range(5):
        try:
            if i % 2:
                continue
            result.append(i)
        finally:
            result.append('f')
    return result
def f7():
    while True:
        try:
            raise KeyError('lost')
        finally:
            break
    return 'after break'
def f8():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
def f9():
    items = []
    try:
        items.append(1)
        return items
    finally:
        items.append(2)
print(f1()); print(f2()); print(f3()); print(f4()); print(f5()); print(f6()); print(f7()); print(f8()); print(f9())
