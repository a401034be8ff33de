# __len__, __getitem__, __setitem__, __delitem__, __contains__, __bool__ on a custom class.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('cell out of range')
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __bool__(self):
        return bool(self.cells)
g = Grid(3, 2)
print(len(g), bool(g), 'x' in g)
g[1, 1] = 'x'
g[(0, 0)] = 'o'
print(g[1, 1], g[0, 0], g[2, 1], 'x' in g, 'z' not in g, bool(g))
del g[1, 1]
print('x' in g, g[1, 1])
try:
    g[5, 5]
except IndexError as e:
    print('IndexError', e)
try:
    del g[2, 2]
except KeyError as e:
    print('KeyError', e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
s = Seq()
print(list(s), 9 in s, 5 in s, [x for x in s], s[2])
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), len(Sized()), 'falsy' if not Sized() else 'truthy')
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError', e)
class Slicer:
    def __getitem__(self, k):
        return repr(k)
sl = Slicer()
print(sl[1], sl[1:2], sl[::3], sl[1, 2:3], sl['key'], sl[...])
