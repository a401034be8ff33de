# del on names, list items, slices, dict keys, attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
l = list(range(8))
del l[0]
del l[-1]
del l[1:3]
del l[::2]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a, b, c = 1, 2, 3
del a, b
print(c)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, 'attr'), o.other)
try:
    del o.attr
except AttributeError as e:
    print('AttributeError', e)
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
m = {'k': {'inner': 1, 'keep': 2}}
del m['k']['inner']
print(m)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
for i in range(3):
    pass
del i
print('i' in globals())
