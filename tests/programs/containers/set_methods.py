# Every set method.
s = {1, 2, 3}
s.add(4); s.add(2); print(s)
s.remove(4); print(s)
s.discard(99); s.discard(3); print(s)
print(s.pop() in {1, 2}, len(s))
s = {1, 2, 3, 4, 5}
print(s.union({6}, [7], range(8, 10)), s.intersection([1, 2, 9], {2, 1}), s.difference({1}, [2]))
print(s.symmetric_difference([4, 5, 6]), s.issubset(range(10)), s.issuperset([1, 5]), s.isdisjoint({0, 9}))
c = s.copy(); c.add(100); print(s, c)
t = set(s)
t.update([10, 11], {12}); print(t)
t.intersection_update({1, 10, 12, 13}); print(t)
t.difference_update([12]); print(t)
t.symmetric_difference_update({1, 2}); print(t)
t.clear(); print(t)
f = frozenset([3, 1, 2])
print(f.union([4]), f.intersection({1}), f.difference([1]), f.symmetric_difference({3, 4}), f.copy() is f)
print(f.issubset({1, 2, 3}), f.issuperset({1}), f.isdisjoint([7]), type(f.union()).__name__)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    {1}.remove(2)
except KeyError as e:
    print('KeyError', e)
try:
    frozenset().add(1)
except AttributeError as e:
    print('AttributeError', e)
u = {5, 3}
print(u.add(7), u.discard(5), u.update(), sorted(u))
print(set.union({1}, {2}), set.intersection({1, 2}, {2}), {1, 2}.__contains__(2), {1}.__len__())
