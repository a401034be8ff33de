# int methods and attributes.
for n in [0, 1, -1, 7, 255, -256, 2 ** 70, -(2 ** 70) + 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (255).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 9]), 'big'))
print((2 ** 70).to_bytes(9, 'big'), int.from_bytes((2 ** 70).to_bytes(9, 'big'), 'big') == 2 ** 70)
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
print((5).__index__(), int.__name__, (12).__abs__(), (-12).__neg__(), (3).__add__(4))
print((3).__add__(4.0), (3).__eq__(3.0), (3).__lt__(4))
print(int('12').bit_length(), (10 ** 30).bit_length(), (-(10 ** 30)).bit_count())
print(isinstance(5, int), int is type(5), type(2 ** 100) is int)
print((17).__divmod__(5), (17).__floordiv__(-5), (17).__mod__(-5), (2).__pow__(10))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__invert__(), (1).__lshift__(65))
