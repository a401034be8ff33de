# SystemExit raised deep in calls unwinds through finally blocks; caught and inspected at top.
import sys
trail = []
def level(n):
    try:
        trail.append(f'enter {n}')
        if n == 3:
            sys.exit(n * 10)
        level(n + 1)
    finally:
        trail.append(f'leave {n}')
try:
    level(0)
except SystemExit as e:
    print('exit code', e.code)
print(trail)
def guarded():
    try:
        sys.exit('stop')
    except Exception:
        return 'wrongly caught'
    except SystemExit as e:
        return 'caught SystemExit: ' + str(e)
print(guarded())
codes = []
for code in [0, 1, 255, -1, 'text', None, (1, 2), [3]]:
    try:
        sys.exit(code)
    except SystemExit as e:
        codes.append(e.code)
print(codes)
print('done, exiting normally')
