# bool is an int subclass: arithmetic, repr, and/or/not returning operands.
print(True + True, True * 10, False - True, True / 2, True // 2, -True, ~False)
print(True == 1, False == 0, True is True, bool(2) is True)
print(repr(True), str(False), int(True), float(True), type(True + 0).__name__)
print(sum([True, True, False, True]), max(True, 0), min(False, -1))
print(isinstance(True, int), issubclass(bool, int), type(True).__name__)
print(0 or 'x', '' or [] or None, 1 and 2, 0 and 1 / 0, None and 1)
print(not 0, not 1, not '', not 'a', not [], not [0], not None)
print([] or {}, [0] and 'yes', 'a' and 'b' or 'c', '' and 'b' or 'c')
for v in [0, 1, -1, 0.0, -0.0, 0.1, '', ' ', 'False', [], [[]], (), (0,), {}, {0: 0}, set(), None, range(0), range(1)]:
    print(repr(v), bool(v))
print(True & True, True | False, True ^ True, type(True ^ True).__name__)
print(hash(True), hash(False), {True: 'a', 1: 'b', 1.0: 'c'})
d = {0: 'zero', False: 'false'}
print(d)
print(True.real, True.bit_length(), (True).numerator, True.denominator)
print(bool.__name__, bool(bool), bool(bool()))
print(str(True).upper(), f"{True}", f"{True:d}", f"{True!r}", "%s %d" % (True, True))
