# iter() and next() over builtin iterables: exhaustion, default, sharing an iterator.
it = iter([1, 2, 3, 4, 5, 6])
pairs = list(zip(it, it))
print(pairs)
it = iter('abc')
print(next(it), list(it), next(it, 'exhausted'))
d = {'x': 1, 'y': 2}
ki = iter(d)
print(next(ki), next(ki), next(ki, None))
vi = iter(d.values())
ii = iter(d.items())
print(next(vi), next(ii))
ri = iter(range(0, 10, 4))
print(list(ri), list(ri))
ti = iter((9, 8))
print(next(ti), next(ti), next(ti, 'x'))
si = iter({7})
print(next(si), next(si, 'empty'))
bi = iter(b'hi')
print(next(bi), next(bi))
def take(n, iterator):
    out = []
    for _ in range(n):
        v = next(iterator, None)
        if v is None:
            break
        out.append(v)
    return out
src = iter(range(10))
print(take(3, src), take(3, src), take(10, src), take(2, src))
lines = iter(['header', 'a', 'b'])
header = next(lines)
body = [ln.upper() for ln in lines]
print(header, body)
e = iter(enumerate('xy'))
print(next(e), next(e), next(e, 'stop'))
m = map(str.upper, 'ab')
print(iter(m) is m, next(m), list(m))
print(type(iter([])).__name__, type(iter('')).__name__, type(iter(())).__name__, type(iter(range(1))).__name__)
print(type(iter({})).__name__, type(iter(set())).__name__, type(iter({}.values())).__name__)
