# Every list method.
l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.extend(range(2)); l.extend('ab'); l.extend((7,)); print(l)
l.insert(0, 'first'); l.insert(100, 'last'); l.insert(-1, 'penult'); l.insert(-100, 'zero'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(2)); print(l)
l.remove(1); print(l)
print(l.index(1), l.index(9), l.index(5, 2), l.count(1), l.count('a'), l.count(42))
c = l.copy(); c.append('copy'); print(l, c)
l.clear(); print(l, c)
n = [5, 2, 8, 1, 9]
n.reverse(); print(n)
n.sort(); print(n)
n.sort(reverse=True); print(n)
print(n.sort(), n.reverse(), n.append(0), n.extend([]), n.insert(0, -1), n)
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(2, 0, 1)]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    [].append()
except TypeError as e:
    print('TypeError', e)
try:
    [1, 'a'].sort()
except TypeError as e:
    print('TypeError', e)
x = [1, 2]
x.extend(x); print(x)
x.append(x); print(x, len(x))
print([1, 2] * 2, [0] * 0, [[0]] * 2, 2 * ['a'], [1] + [2], [] == [], [1, 2] < [1, 3])
m = [1, 2, 3]
m *= 2; print(m)
m += 'ab'; print(m)
print(list(), list('xyz'), list((1, 2)), list(range(3)), list({'k': 1}), list([[]]))
