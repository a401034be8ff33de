# eval/exec/compile paths with syntax errors and odd code strings.
for src in ['1 +', 'def', '(', ')', 'x = = 1', '\x00', 'return 1', 'yield_ = 1\nyield_', 'break', 'f(**)',
            'a b', '"unterminated', "'''open", '1 if 2', 'lambda: (yield_)', '\t\n  x', 'if 1:\nprint(1)',
            'x = 1; del x; x', '[i for i in range(3)] + 1', 'nonlocal y', 'global g\ng = 1\ng', '@\ndef f(): pass']:
    try:
        r = exec(src, {})
        print(repr(src), 'ok', r)
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', type(e).__name__, e.msg)
    except Exception as e:
        print(repr(src), '!!', type(e).__name__, e)
