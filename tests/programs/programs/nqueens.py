# N-queens: count all solutions with backtracking, print the first board, check symmetry classes.
def solve(n):
    solutions = []
    cols = [False] * n
    d1 = [False] * (2 * n)
    d2 = [False] * (2 * n)
    placement = []

    def place(r):
        if r == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if not cols[c] and not d1[r + c] and not d2[r - c + n]:
                cols[c] = d1[r + c] = d2[r - c + n] = True
                placement.append(c)
                place(r + 1)
                placement.pop()
                cols[c] = d1[r + c] = d2[r - c + n] = False

    place(0)
    return solutions


def board(sol):
    n = len(sol)
    return '\n'.join([''.join(['Q' if sol[r] == c else '.' for c in range(n)]) for r in range(n)])


def rotate(sol):
    n = len(sol)
    out = [0] * n
    for r, c in enumerate(sol):
        out[c] = n - 1 - r
    return out


def mirror(sol):
    n = len(sol)
    return [n - 1 - c for c in sol]


def canonical(sol):
    forms = []
    s = sol
    for _ in range(4):
        forms.append(tuple(s))
        forms.append(tuple(mirror(s)))
        s = rotate(s)
    return min(forms)


for n in range(1, 9):
    sols = solve(n)
    unique = {canonical(s) for s in sols}
    print(n, len(sols), len(unique))
eight = solve(8)
print(eight[0])
print(board(eight[0]))
print(eight[-1], eight[46])


def valid(sol):
    n = len(sol)
    for i in range(n):
        for j in range(i + 1, n):
            if sol[i] == sol[j] or abs(sol[i] - sol[j]) == j - i:
                return False
    return True


print(all([valid(s) for s in eight]), valid([0, 1, 2, 3]))
