# Unhashable values used where hashing is required.
for key in [[1], {}, set(), ([],), slice(1, 2), {1: 2}]:
    for action in ['d[key] = 1', 'key in d', 's.add(key)', 'key in s', 'hash(key)', 'frozenset([key])', 'd.get(key)']:
        d = {}
        s = set()
        try:
            exec(action)
            print(action, 'ok')
        except TypeError as e:
            print(action, '!!', e)
