# An LRU cache built on a dict (insertion order) with hit/miss statistics and a decorator form.
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError('capacity must be positive')
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evicted.append(oldest)
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f'LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})'


c = LRUCache(3)
for k in 'abc':
    c.put(k, k.upper())
print(c)
print(c.get('a'), c.get('z', '?'))
c.put('d', 'D')
print(c, c.evicted, 'b' in c, 'a' in c)
c.put('c', 'C2')
c.put('e', 'E')
print(c, c.evicted, len(c))
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError', e)


def lru(capacity):
    def deco(f):
        cache = LRUCache(capacity)
        missing = object()

        def wrapper(*args):
            v = cache.get(args, missing)
            if v is missing:
                v = f(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco


@lru(64)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(12, 12), grid_paths.cache.hits, grid_paths.cache.misses, len(grid_paths.cache))
small = LRUCache(2)
trace = []
for key in [1, 2, 1, 3, 2, 4, 1, 3, 3, 4]:
    if small.get(key) is None:
        trace.append(f'miss{key}')
        small.put(key, key * key)
    else:
        trace.append(f'hit{key}')
print(' '.join(trace))
print(small, small.evicted)
