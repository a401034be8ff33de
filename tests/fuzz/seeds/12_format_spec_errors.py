# Format specs that are invalid for the value's type.
cases = [(1, 's'), (1, '.2'), (1.5, 'd'), (1.5, 'x'), ('s', 'd'), ('s', '+'), ('s', '='), (1, ',,'), (1, '_,'),
         (1, '10000000000000000000'), (1.5, '.1000000000000000000f'), (1, 'c'), (-1, 'c'), (2 ** 40, 'c'),
         (True, 's'), (None, 'x'), ([1], '>5'), (1, '\x00<5'), (1.0, 'n'), (float('nan'), '=+10.2f'), (1, '#c'),
         ('x', '#'), (1, 'z'), (1.5, 'z.1f'), (-0.0001, 'z.1f')]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), '->', repr(format(v, spec))[:30])
    except Exception as e:
        print(repr(v), repr(spec), '!!', type(e).__name__, e)
