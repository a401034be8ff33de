# Nested lists/dicts/tuples: building, aliasing, deep access, equality.
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
print(grid)
alias = [[0] * 4] * 3
alias[1][2] = 5
print(alias, alias[0] is alias[2])
tree = {'name': 'root', 'children': [{'name': 'a', 'children': []}, {'name': 'b', 'children': [{'name': 'c', 'children': []}]}]}
def names(node, depth=0):
    out = ['  ' * depth + node['name']]
    for ch in node['children']:
        out.extend(names(ch, depth + 1))
    return out
print('\n'.join(names(tree)))
tree['children'][1]['children'][0]['children'].append({'name': 'd', 'children': []})
print(names(tree))
inv = {}
for k, vals in {'x': [1, 2], 'y': [2, 3], 'z': [1]}.items():
    for v in vals:
        inv.setdefault(v, []).append(k)
print(inv)
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(3)]
print(t, [x for row in m for x in row], sum([sum(r) for r in m]))
print([[1, [2]], (3, {4: [5]})] == [[1, [2]], (3, {4: [5]})], [[1]] == [[1.0]], [(1, 2)] != [[1, 2]])
shallow = m[:]
shallow[0][0] = 'changed'
shallow.append('new')
print(m, shallow)
deep = [row[:] for row in m]
deep[1][1] = 'deep'
print(m, deep)
cyc = [1]
cyc.append(cyc)
d = {'self': None}
d['self'] = d
print(cyc, d, cyc[1][1][1][0])
print({'k': [1, {'j': (2, [3])}]}['k'][1]['j'][1][0])
