# find/rfind/index/rindex/count/startswith/endswith with start and end.
s = "abracadabra"
print(s.find('a'), s.find('a', 1), s.find('a', 1, 3), s.find('z'), s.find(''))
print(s.rfind('a'), s.rfind('a', 0, 10), s.rfind('abra'), s.rfind(''), s.rfind('', 3, 5))
print(s.find('bra', -5), s.find('a', -1), s.find('a', 100), s.find('', 11), s.find('', 12))
print(s.index('c'), s.rindex('b'), s.index('a', 4), s.rindex('a', 0, 5))
print(s.count('a'), s.count('abra'), s.count(''), s.count('a', 3), s.count('a', 3, 8), s.count('zz'))
print("aaaa".count('aa'), "".count(''), "abc".count('', 1), "abc".count('', 5))
print(s.startswith('abra'), s.startswith('bra', 1), s.startswith(('x', 'ab')), s.startswith(''))
print(s.endswith('abra'), s.endswith('cad', 0, 7), s.endswith(('x', 'y')), s.endswith('a', -1))
print(s.startswith('a', 100), s.endswith('', 11), s.endswith('', 12), s.startswith('abra', -11))
try:
    s.index('z')
except ValueError as e:
    print('ValueError', e)
try:
    s.rindex('z')
except ValueError as e:
    print('ValueError', e)
try:
    s.startswith(['a'])
except TypeError as e:
    print('TypeError', e)
print('bra' in s, 'arb' in s, '' in s, 'a' not in s)
u = "x😀y😀z"
print(u.find('😀'), u.rfind('😀'), u.count('😀'), u.index('z'), u.find('y', 2))
print(s.find('a', None, None), s.count('a', None, 5), s.startswith('c', 4, None))
