# sys.stdout.write returns the count, mixes with print; sys.stdout/stderr exist.
import sys
n = sys.stdout.write('hello')
sys.stdout.write(' world\n')
print(n)
print(sys.stdout.write(''), sys.stdout.write('é😀\n'))
sys.stdout.write('no newline then print: ')
print('ok')
for i in range(3):
    sys.stdout.write(str(i) + ',')
sys.stdout.write('\n')
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
print(hasattr(sys.stdout, 'write'), hasattr(sys.stderr, 'write'), hasattr(sys.stdout, 'flush'))
sys.stdout.flush()
out = sys.stdout
out.write('via alias\n')
print('to', 'stdout', file=sys.stdout, sep='-')
lines = ['alpha', 'beta', 'gamma']
sys.stdout.write('\n'.join(lines) + '\n')
print(sys.stdout is sys.__stdout__ if hasattr(sys, '__stdout__') else True)
