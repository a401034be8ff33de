# Exceptions raised from inside dunder methods called by builtins and operators.
class Bad:
    def __len__(self): raise ValueError('len')
    def __iter__(self): raise KeyError('iter')
    def __eq__(self, o): raise TypeError('eq')
    def __hash__(self): raise IndexError('hash')
    def __repr__(self): raise RuntimeError('repr')
    def __bool__(self): raise ZeroDivisionError('bool')
    def __add__(self, o): raise AttributeError('add')
    def __lt__(self, o): raise OverflowError('lt')
    def __getitem__(self, k): raise LookupError('getitem')
    def __index__(self): raise ArithmeticError('index')
b = Bad()
for expr in ['len(b)', 'list(b)', 'b == 1', '1 == b', 'hash(b)', '{b: 1}', 'repr(b)', 'str(b)', 'print(b)',
             'bool(b)', 'not b', 'b + 1', '1 + b', 'sorted([b, b])', 'b[0]', '[1][b]', 'b in [1]', '[b].index(1)',
             'max(b, b)', 'f"{b}"', '"%s" % b', 'range(b)', 'hex(b)', 'if b: pass', 'while b: break']:
    try:
        exec(expr)
        print(expr, 'ok')
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
