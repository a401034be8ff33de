# SystemExit(None) and sys.exit(None) mean status 0; output before exit is kept.
import sys
total = 0
for i in range(10):
    total += i
    if total > 20:
        print('threshold reached at', i, 'total', total)
        break
sys.stdout.write('written before exit\n')
def finish(code):
    print('finishing with', repr(code))
    sys.exit(code)
try:
    finish(None)
except SystemExit as e:
    print('code is None:', e.code is None)
items = ['a', 'b', 'c']
for it in items:
    print('item', it)
    if it == 'b':
        raise SystemExit(None)
print('unreachable')
