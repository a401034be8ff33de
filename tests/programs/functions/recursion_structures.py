# Recursion over nested data: tree depth, sums, paths, building and printing trees.
tree = ('root', [('a', [('a1', []), ('a2', [('a2x', [])])]), ('b', []), ('c', [('c1', [])])])
def depth(t):
    name, kids = t
    return 1 + max([depth(k) for k in kids], default=0)
def count(t):
    return 1 + sum([count(k) for k in t[1]])
def paths(t, prefix=()):
    name, kids = t
    here = prefix + (name,)
    if not kids:
        return ['/'.join(here)]
    out = []
    for k in kids:
        out.extend(paths(k, here))
    return out
def show(t, indent=0):
    print('  ' * indent + t[0])
    for k in t[1]:
        show(k, indent + 1)
print(depth(tree), count(tree))
print(paths(tree))
show(tree)
def nested_sum(x):
    if isinstance(x, (int, float)):
        return x
    if isinstance(x, dict):
        return sum([nested_sum(v) for v in x.values()])
    return sum([nested_sum(v) for v in x])
print(nested_sum([1, [2, 3], {'a': 4, 'b': [5, {'c': 6.5}]}, ()]))
def insert(node, v):
    if node is None:
        return [v, None, None]
    if v < node[0]:
        node[1] = insert(node[1], v)
    else:
        node[2] = insert(node[2], v)
    return node
def inorder(node):
    return [] if node is None else inorder(node[1]) + [node[0]] + inorder(node[2])
def height(node):
    return 0 if node is None else 1 + max(height(node[1]), height(node[2]))
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)
print(inorder(root), height(root))
