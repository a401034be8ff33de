# Conway's Game of Life on a small torus: glider, blinker, population history, period detection.
W, H = 12, 10


def parse(rows):
    cells = set()
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == '#':
                cells.add((x, y))
    return cells


def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def render(cells):
    return '\n'.join([''.join(['#' if (x, y) in cells else '.' for x in range(W)]) for y in range(H)])


def signature(cells):
    return tuple(sorted(cells))


glider = parse(['.#.', '..#', '###'])
world = set(glider)
for gen in range(4):
    world = step(world)
print(render(world))
print(sorted(world))
shifted = {((x + 1) % W, (y + 1) % H) for x, y in glider}
print('glider moved by (1,1):', world == shifted)
blinker = parse(['', '', '.###'])
b1 = step(blinker)
print(sorted(b1), step(b1) == blinker)
acorn = parse(['', '..#', '....#', '.##..###'])
world = acorn
seen = {}
history = []
for gen in range(60):
    sig = signature(world)
    if sig in seen:
        print('cycle: generation', gen, 'repeats', seen[sig], 'period', gen - seen[sig])
        break
    seen[sig] = gen
    history.append(len(world))
    world = step(world)
print('population', history[:20])
print(render(world))
print('max population', max(history), 'at generation', history.index(max(history)))
