# Ends with SystemExit(3): exit status 3, nothing on stderr.
import sys
print('exiting with 3')
sys.stdout.write('flushed first\n')
raise SystemExit(3)
