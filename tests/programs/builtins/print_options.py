# print: sep, end, file, flush, many arguments, non-str objects.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ', end='.\n')
print('no newline', end='')
print(' -> continued')
print(1, 2.5, None, True, [1, 'x'], {'k': (1,)}, sep=' | ')
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
print(*range(5))
print(*'abc', sep='-', end='!\n')
print('x', sep=None, end=None)
print('multi\nline')
print('tab\tsep', 'end', sep='\t')
sys.stdout.write('direct write\n')
n = sys.stdout.write('abc\n')
print(n)
for bad in [dict(sep=1), dict(end=2), dict(file=5)]:
    try:
        print('x', **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('into', 'custom', sep='_', end='$', file=w)
print(w.parts)
print(''.join(w.parts))
print('', '', sep='x')
