# int(), float(), str() builtins with dunder fallbacks and odd inputs.
class WithIndex:
    def __index__(self):
        return 7
class WithStr:
    def __str__(self):
        return 'custom str'
class WithRepr:
    def __repr__(self):
        return 'custom repr'
print(int(WithIndex()), float(WithIndex()), str(WithStr()), str(WithRepr()), repr(WithRepr()))
print(int('  42\n'), int('-0'), int('+0010'), int(' 0b11 ', 0), int('1' * 30), int(-7.999), int(7.999))
print(float(' 1_5.2_5 '), float('-.5'), float('+1E+2'), float('infinity'), float(' -nAn '), float(True))
print(str(12.0), str(1e21), str(1e-5), str(0.1), str(-0.0), str(10 ** 21), str(2 ** 0.5))
print(str(), str(''), str('x'), str(b'x'), str(b'x', 'ascii'), str([None]), str({'a': WithRepr()}))
print(int(str(-123)), float(str(0.1)) == 0.1, str(int('077')), int(float('1e3')), float(int(2 ** 53)))
for args in [('12', 2), ('z', 37), ('', 10), (' ', 10), ('0x', 16), ('1e5',), ('١٠',), ('12.0',)]:
    try:
        print(args, int(*args))
    except ValueError as e:
        print('ValueError', e)
for bad in [[1], {}, None, WithStr()]:
    try:
        int(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        float(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    int(3.5, 10)
except TypeError as e:
    print('TypeError', e)
