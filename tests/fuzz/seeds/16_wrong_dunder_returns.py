# Dunder methods returning values of the wrong type.
class W:
    def __len__(self): return 'x'
    def __bool__(self): return 2
    def __int__(self): return 1.5
    def __float__(self): return 'f'
    def __index__(self): return None
    def __str__(self): return 5
    def __repr__(self): return b'r'
    def __hash__(self): return 1.5
    def __iter__(self): return 7
    def __format__(self, spec): return 0
    def __contains__(self, x): return []
w = W()
for expr in ['len(w)', 'bool(w)', 'int(w)', 'float(w)', 'hex(w)', 'str(w)', 'repr(w)', 'hash(w)', 'iter(w)',
             'format(w)', '1 in w', '[1][w]', 'f"{w}"', 'print(w)', 'range(w)', 'not w']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
