# List slicing reads, slice assignment with and without steps, slice deletion.
base = list(range(10))
print(base[2:5], base[::3], base[::-1], base[-3:], base[8:2:-2], base[100:], base[-100:2])
a = list(range(10)); a[2:5] = ['x']; print(a)
a = list(range(10)); a[2:5] = []; print(a)
a = list(range(10)); a[2:2] = ['i', 'j']; print(a)
a = list(range(10)); a[:] = 'abc'; print(a)
a = list(range(10)); a[8:] = range(3); print(a)
a = list(range(10)); a[-2:] = [[]]; print(a)
a = list(range(10)); a[::2] = 'abcde'; print(a)
a = list(range(10)); a[1::3] = [None] * 3; print(a)
a = list(range(10)); a[::-3] = [90, 60, 30, 0]; print(a)
a = list(range(10)); a[5:100] = [5]; print(a)
a = list(range(10)); a[7:3] = ['new']; print(a)
a = list(range(10)); del a[::2]; print(a)
a = list(range(10)); del a[1:8:3]; print(a)
a = list(range(10)); del a[::-1]; print(a)
a = list(range(10)); del a[3:6]; print(a)
a = list(range(10)); del a[-1]; del a[0]; print(a)
a = list(range(10)); del a[5:2]; print(a)
a = [1, 2, 3]; a[1:2] = a; print(a)
a = [1, 2, 3]; a[:] = a[::-1]; print(a)
try:
    a = list(range(10)); a[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    a = list(range(10)); a[::-1] = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a = [1]; a[0:1] = 5
except TypeError as e:
    print('TypeError', e)
try:
    a = [1]; a[::0]
except ValueError as e:
    print('ValueError', e)
try:
    a = [1]; a[5] = 0
except IndexError as e:
    print('IndexError', e)
try:
    a = [1]; del a[5]
except IndexError as e:
    print('IndexError', e)
s = slice(1, 9, 2)
print(base[s], s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(10), repr(s))
