# Class definitions with odd bases, missing super calls, and attribute lookups that fail.
for src in ['class A(1): pass', 'class A(int, str): pass', 'class A(object, object): pass',
            'class A:\n    def __init__(self): return 1\nA()', 'class A:\n    x = y\n',
            'class A:\n    def m(self): return super().m()\nA().m()', 'class A: pass\nA.__bases__ = 5',
            'class A:\n    def __new__(cls): return 5\nprint(A())', 'class E(Exception):\n    def __init__(self): pass\nraise E()',
            'class A:\n    @property\n    def p(self): return self.q\nA().p', 'class B(list):\n    pass\nprint(B([1]) + [2])']:
    try:
        exec(src, {})
        print(src.splitlines()[0], 'ok')
    except Exception as e:
        print(src.splitlines()[0], '!!', type(e).__name__, e)
