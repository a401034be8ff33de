# Exceptions inside loops, comprehensions and called functions; state after errors.
def parse_all(items):
    good, bad = [], []
    for item in items:
        try:
            good.append(int(item))
        except ValueError as e:
            bad.append(str(e))
        except TypeError as e:
            bad.append('TypeError: ' + str(e))
    return good, bad
print(parse_all(['1', 'x', '3', None, '-4', '5.5']))
def safe_div(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a / b)
        except ZeroDivisionError:
            out.append(None)
        else:
            out[-1] = round(out[-1], 3)
    return out
print(safe_div([(1, 2), (1, 0), (2, 3), (0, 0)]))
lst = [1, 2, 3]
try:
    [x / (x - 2) for x in lst]
except ZeroDivisionError as e:
    print('comprehension raised', e)
d = {}
try:
    for i in range(5):
        d[i] = 10 // (3 - i)
except ZeroDivisionError:
    print('partial dict', d)
count = 0
while True:
    try:
        count += 1
        if count > 3:
            raise StopIteration('stop loop')
    except StopIteration as e:
        print('stopped at', count, e)
        break
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError('try again %d' % attempts)
    return 'success after %d' % attempts
for _ in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print('retry:', e)
