# Exceptions raised inside methods, __init__, properties and dunders propagate normally.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f'negative value {v}')
        self.v = v
    @property
    def half(self):
        if self.v % 2:
            raise ArithmeticError('odd value has no integer half')
        return self.v // 2
    def __getitem__(self, i):
        if i != 0:
            raise IndexError(f'only index 0, not {i}')
        return self.v
    def __add__(self, other):
        if not isinstance(other, Strict):
            raise TypeError('can only add Strict')
        return Strict(self.v + other.v)
    def __len__(self):
        raise RuntimeError('length unknown')
tests = [
    lambda: Strict(-1),
    lambda: Strict(3).half,
    lambda: Strict(4).half,
    lambda: Strict(1)[1],
    lambda: Strict(1)[0],
    lambda: Strict(1) + 1,
    lambda: (Strict(1) + Strict(2)).v,
    lambda: len(Strict(1)),
    lambda: bool(Strict(0)),
    lambda: list(Strict(5)),
]
for t in tests:
    try:
        print('ok', t())
    except Exception as e:
        print(type(e).__name__, e)
class Resource:
    log = []
    def __init__(self, name):
        self.name = name
        Resource.log.append('open ' + name)
    def close(self):
        Resource.log.append('close ' + self.name)
def use():
    r = Resource('db')
    try:
        raise ConnectionError('lost')
    finally:
        r.close()
try:
    use()
except ConnectionError as e:
    print(repr(e), Resource.log)
