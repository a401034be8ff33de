# format() builtin and __format__ across types.
print(format(12), format(12, 'd'), format(12, '5'), format(12, '<5') + '|', format(12, 'x'), format(12, '#o'))
print(format(3.14159, '.3f'), format(3.14159, '10.2e'), format(0.5, '%'), format(1e-10), format(2.0, 'g'))
print(format('text'), format('text', '>8'), format('text', '*^10'), format('text', '.2'))
print(format(True), format(True, 'd'), format(False, '>6'), format(None), format([1, 2]))
print(format(1234567.891, ',.2f'), format(-42, '+08d'), format(42, ' d'), format(255, '08b'))
print(format(float('nan'), '.2f'), format(float('inf'), '+'), format(-0.0, ''), format(1e300, ',.0f')[:10])
for spec in ['', 'e', 'f', 'g', '.0e', '.1g', '020.5f', '<+12.3', 'n']:
    print(repr(spec), format(123.456789, spec))
for bad in [(1, 'q'), ('s', 'd'), (1.5, 'd'), (1, '.2s'), ('s', '='), (1, ',,')]:
    try:
        print(format(*bad))
    except ValueError as e:
        print('ValueError', e)
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return f'${self.v:,.2f}'
        return format(self.v, spec)
m = Money(1234.5)
print(format(m, 'usd'), format(m, '.1f'), f'{m:usd}', '{:usd}'.format(m))
class NoFormat:
    pass
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print('TypeError', e)
print(format(NoFormat(), '')[:10])
