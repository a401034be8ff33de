# sys.getrefcount: relative changes only (absolute counts differ between implementations).
import sys
obj = []
base = sys.getrefcount(obj)
alias = obj
print(sys.getrefcount(obj) - base)
holder = [obj, obj, obj]
print(sys.getrefcount(obj) - base)
del holder
print(sys.getrefcount(obj) - base)
d = {'k': obj}
print(sys.getrefcount(obj) - base)
d.clear()
del alias
print(sys.getrefcount(obj) - base)
def take(x):
    return sys.getrefcount(x)
print(take(obj) - base >= 1)
class Box:
    pass
bx = Box()
b0 = sys.getrefcount(bx)
refs = [bx] * 10
print(sys.getrefcount(bx) - b0)
refs = None
print(sys.getrefcount(bx) - b0)
print(type(sys.getrefcount(None)).__name__, sys.getrefcount(obj) >= 1)
