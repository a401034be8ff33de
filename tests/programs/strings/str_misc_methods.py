# Less common str methods from the list: zfill, expandtabs, casefold, swapcase, count with ranges, splitlines(keepends).
samples = ['Hello World', 'ÉCOLE élève', 'ß and ǅ', 'tab\there', '  mixed Case  ']
for s in samples:
    print(repr(s.swapcase()), repr(s.casefold()), repr(s.title()), s.count('e'), s.count('e', 2, 8))
text = 'first line\nsecond\r\nthird\rfourth'
print(text.splitlines(), text.splitlines(keepends=True))
print('x'.zfill(3), '-x'.zfill(4), '+12'.zfill(6), '1.5'.zfill(6), '😀'.zfill(3))
print('a\tbb\tccc\td'.expandtabs(2), '|' + '\t|'.expandtabs(5) + '|')
print('Title Case Here'.istitle(), 'UPPER'.isupper(), 'lower'.islower(), 'MiXeD'.isupper())
print(''.join(['%02x' % ord(c) for c in 'hex']), 'abc'.encode().hex())
csv = 'name;age;city\nann;30;NY\nbob;25;LA'
rows = [line.split(';') for line in csv.splitlines()]
header, body = rows[0], rows[1:]
print([dict(zip(header, r)) for r in body])
print('-'.join('2024.01.15'.split('.')), '/'.join(reversed('2024-01-15'.split('-'))))
print('ab'.join(['', '']), ''.join(['a']), 'x'.join('') == '', ' '.join('spaced'))
print('%s' % 'a'.ljust(3, '.') + '|', 'abc'.rjust(2), 'abc'.center(4, '_'))
