# Keyword arguments: order independence, mixing with positional, defaults, **kwargs collection.
def box(width, height, *, fill='.', border='#'):
    lines = [border * (width + 2)]
    for _ in range(height):
        lines.append(border + fill * width + border)
    lines.append(border * (width + 2))
    return '\n'.join(lines)
print(box(3, 1))
print(box(height=2, width=4, fill=' ', border='*'))
def connect(host, port=80, **options):
    opts = ', '.join([f'{k}={options[k]!r}' for k in sorted(options)])
    return f'{host}:{port} [{opts}]'
print(connect('example.com'))
print(connect('example.com', 443, tls=True, timeout=2.5))
print(connect(port=8080, host='localhost', retries=3))
settings = {'host': 'db', 'port': 5432, 'user': 'admin'}
print(connect(**settings))
def f(a, b, c=3, d=4):
    return a, b, c, d
print(f(1, 2), f(1, 2, d=40), f(b=2, a=1, c=30), f(1, c=3, b=2, d=0))
print(dict(a=1, b=2), sorted(dict(z=1, y=2)), str(b'abc', encoding='ascii'), int('ff', base=16))
print(sorted([3, 1, 2], reverse=True), 'a,b'.split(sep=','), 'abc'.center(7, '-'), round(number=2.567, ndigits=2))
try:
    f(1, 2, e=5)
except TypeError as e:
    print('TypeError', e)
try:
    f(1, 2, 3, c=3)
except TypeError as e:
    print('TypeError', e)
try:
    len(obj=[])
except TypeError as e:
    print('TypeError', e)
