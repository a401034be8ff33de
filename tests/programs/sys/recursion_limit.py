# getrecursionlimit/setrecursionlimit and a caught RecursionError.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print('RecursionError at lower limit', str(e).startswith('maximum recursion depth exceeded'))
print(depth(100))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2000))
for bad in [0, -1]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError', e)
sys.setrecursionlimit(1000)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion stopped')
print('still running')
