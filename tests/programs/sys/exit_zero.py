# sys.exit(0) and sys.exit() end the program with status 0; finally blocks still run.
import sys
print('start')
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e), e.args)
try:
    sys.exit('a message')
except SystemExit as e:
    print('caught', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('no-arg exit code', e.code)
try:
    raise SystemExit(2, 'extra')
except SystemExit as e:
    print('tuple code', e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(7)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', e.code)
def cleanup():
    try:
        print('in try')
        sys.exit(0)
    finally:
        print('finally runs before exit')
cleanup()
print('never printed')
