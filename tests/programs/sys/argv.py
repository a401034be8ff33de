# sys.argv: a list of str whose first item is the script path; the runner passes no arguments.
import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith('argv.py'), sys.argv[1:])
print(all([isinstance(a, str) for a in sys.argv]))
args = sys.argv[1:]
name = args[0] if args else 'world'
print('hello', name)
def parse(argv):
    opts = {}
    pos = []
    for a in argv:
        if a.startswith('--') and '=' in a:
            k, v = a[2:].split('=', 1)
            opts[k] = v
        elif a.startswith('-'):
            opts[a.lstrip('-')] = True
        else:
            pos.append(a)
    return opts, pos
print(parse(['--n=3', '-v', 'file.txt', '--mode=fast']))
print(parse(sys.argv[1:]))
sys.argv.append('added')
print(sys.argv[-1], len(sys.argv))
