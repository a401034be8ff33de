# Subclassing list, dict and Exception: extra methods, overriding, super calls.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1] if self else None
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[::-1], sorted(Stack([3, 1, 2])))
class CountingDict(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1
cd = CountingDict()
for w in 'abracadabra':
    cd.add(w)
print(cd, cd['z'], len(cd), isinstance(cd, dict), sorted(cd.items()))
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
ld = LowerDict()
ld['KEY'] = 1
ld['Other'] = 2
print(ld, ld['key'], ld['OTHER'], 'key' in ld, list(ld.keys()))
class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(f'{status} {reason}')
        self.status = status
try:
    raise HTTPError(404, 'Not Found')
except Exception as e:
    print(type(e).__name__, e, e.status, e.args)
class Tagged(list):
    def __init__(self, tag, items=()):
        super().__init__(items)
        self.tag = tag
    def __repr__(self):
        return self.tag + super().__repr__()
t = Tagged('nums', [3, 1, 2])
t.sort()
print(t, t.tag, len(t), t == [1, 2, 3])
