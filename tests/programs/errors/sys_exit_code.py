# sys.exit(42) after output; finally blocks run first.
import sys
try:
    print('in try')
    sys.exit(42)
finally:
    print('finally before exit')
