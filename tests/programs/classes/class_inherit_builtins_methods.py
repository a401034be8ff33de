# Overriding some methods of a list subclass while inherited ones keep working; super() in dunders.
class History(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.dropped = 0
    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]
            self.dropped += 1
    def __repr__(self):
        return f'History({list.__repr__(self)}, dropped={self.dropped})'
    def __getitem__(self, i):
        if isinstance(i, int) and i >= len(self):
            return None
        return super().__getitem__(i)
h = History(3)
for cmd in ['ls', 'cd /', 'pwd', 'echo hi', 'exit']:
    h.append(cmd)
print(h, len(h), h[0], h[10], h[-1], h[1:])
print('pwd' in h, h.index('exit'), h.count('ls'), sorted(h), list(reversed(h)))
h.extend(['a', 'b'])
print(h, len(h))
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
groups = DefaultDict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups, len(groups), groups.get('z'), 'z' in groups, groups['z'], 'z' in groups)
