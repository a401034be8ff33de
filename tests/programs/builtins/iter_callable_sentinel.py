# iter(callable, sentinel), next() on builtin iterators, StopIteration handling.
state = {'n': 0}
def counter():
    state['n'] += 1
    return state['n']
print(list(iter(counter, 5)))
data = ['line1', 'line2', '', 'after blank']
pos = [0]
def readline():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(readline, '')), pos[0])
it = iter(counter, 100)
print(next(it), next(it), iter(it) is it)
class Stop:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(iter(Stop(), None)))
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError', e)
blocks = []
chunks = iter([b'ab', b'cd', b''])
for b in iter(lambda: next(chunks), b''):
    blocks.append(b)
print(blocks)
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', e.args, e.value)
print(next(iter([]), 'default'), next(iter('x'), 'default'))
e = iter(enumerate('ab'))
print(list(e), next(e, 'exhausted'))
