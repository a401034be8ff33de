# Graph algorithms on adjacency dicts: BFS shortest path, DFS order, topological sort, cycles, components.
EDGES = [('a', 'b'), ('a', 'c'), ('b', 'd'), ('c', 'd'), ('d', 'e'), ('e', 'f'), ('c', 'f'),
         ('g', 'h'), ('h', 'i'), ('x', 'x')]


def undirected(edges):
    g = {}
    for u, v in edges:
        g.setdefault(u, []).append(v)
        g.setdefault(v, []).append(u)
    for k in g:
        g[k].sort()
    return g


def directed(edges):
    g = {}
    for u, v in edges:
        g.setdefault(u, []).append(v)
        g.setdefault(v, [])
    return g


def bfs_path(g, start, goal):
    prev = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in g[node]:
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return None


def dfs_order(g, start):
    order = []
    seen = set()

    def visit(n):
        seen.add(n)
        order.append(n)
        for m in g[n]:
            if m not in seen:
                visit(m)
    visit(start)
    return order


def components(g):
    seen = set()
    comps = []
    for node in sorted(g):
        if node not in seen:
            comp = dfs_order(g, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted([n for n in g if indeg[n] == 0])
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(g):
        raise ValueError('graph has a cycle: ' + ','.join(sorted([n for n in g if indeg[n] > 0])))
    return out


ug = undirected(EDGES)
print(sorted(ug.items()))
print(bfs_path(ug, 'a', 'f'), bfs_path(ug, 'a', 'i'), bfs_path(ug, 'g', 'i'))
print(dfs_order(ug, 'a'))
print(components(ug))
dag = directed([e for e in EDGES if e[0] != e[1]])
print(topo(dag))
try:
    topo(directed(EDGES + [('f', 'a')]))
except ValueError as e:
    print('ValueError', e)
grid = ['S.#.....',
        '.##.###.',
        '....#...',
        '.##...#E']
cells = {}
for y, row in enumerate(grid):
    for x, ch in enumerate(row):
        if ch != '#':
            cells[(x, y)] = ch
gg = {c: [] for c in cells}
for (x, y) in cells:
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        if (x + dx, y + dy) in cells:
            gg[(x, y)].append((x + dx, y + dy))
start = [c for c in cells if cells[c] == 'S'][0]
end = [c for c in cells if cells[c] == 'E'][0]
route = bfs_path(gg, start, end)
print(len(route) - 1, route)
drawn = [list(r) for r in grid]
for (x, y) in route[1:-1]:
    drawn[y][x] = '*'
print('\n'.join([''.join(r) for r in drawn]))
