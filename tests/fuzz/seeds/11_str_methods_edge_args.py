# str methods with edge-case arguments: empty separators, huge widths, negative counts, wrong types.
s = 'abcabc'
tests = [lambda: s.split(''), lambda: s.split('b', -5), lambda: s.replace('', '-', -1), lambda: s.center(-5),
         lambda: s.center(12, ''), lambda: s.zfill(-1), lambda: s.find('', 100), lambda: s.count('', -100, 100),
         lambda: s.index('c', -1), lambda: s.startswith(('a', 1)), lambda: s.expandtabs(-3), lambda: s.strip(None),
         lambda: s.partition(''), lambda: s.splitlines(5), lambda: s.encode('nope'), lambda: s.ljust(2 ** 70),
         lambda: s[2 ** 70], lambda: s[-2 ** 70:2 ** 70], lambda: s.rsplit(None, 0), lambda: s.join([s, 1]),
         lambda: s.format(), lambda: '{0}{1}'.format(1), lambda: '{:>{}}'.format('x', -1), lambda: '%s %s' % 1,
         lambda: '%(a)s' % [1], lambda: '%c' % 0x110000, lambda: '%.*f' % ('x', 1), lambda: s.removeprefix(1)]
for t in tests:
    try:
        print(repr(t())[:40])
    except Exception as e:
        print(type(e).__name__, e)
