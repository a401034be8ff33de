# 2-D lists: transpose, rotate, identity, spiral order, row/column sums.
def make(r, c):
    return [[r * 10 + c for c in range(c)] for r in range(r)]
m = [[i * 4 + j for j in range(4)] for i in range(3)]
for row in m:
    print(row)
t = [list(col) for col in zip(*m)]
print(t)
rot = [list(row) for row in zip(*m[::-1])]
print(rot)
ident = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(ident)
print([sum(row) for row in m], [sum(col) for col in zip(*m)])
def spiral(g):
    out = []
    g = [row[:] for row in g]
    while g:
        out.extend(g.pop(0))
        g = [list(r) for r in zip(*g)][::-1]
    return out
print(spiral(m))
diag = [m[i][i] for i in range(min(len(m), len(m[0])))]
print(diag, [m[i][-1 - i] for i in range(3)])
flat = [x for row in m for x in row]
print(flat, [flat[i:i + 3] for i in range(0, len(flat), 3)])
m[1][1:3] = ['a', 'b']
print(m)
board = [['.'] * 5 for _ in range(3)]
board[1][2] = '#'
board[0][4] = '@'
print('\n'.join([''.join(r) for r in board]))
