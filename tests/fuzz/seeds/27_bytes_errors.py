# bytes construction, decoding and methods with bad inputs.
for expr in ['bytes(-1)', 'bytes([256])', 'bytes([-1])', 'bytes("x")', 'bytes(1.5)', 'bytes(["a"])', 'b"a" + "b"',
             'b"abc"[5]', 'b"abc".decode("nope")', 'b"\\xff".decode()', 'b"\\xff".decode("ascii")', 'bytes.fromhex("zz")',
             'bytes.fromhex("a")', 'b"x".join(["y"])', 'b"a".split("a")', 'b"%d" % b"x"', 'b"%s" % "str"',
             '"x".encode("ascii", "nope")', '"\\ud800".encode()', 'b"a".center(3, "x")', 'b"abc".replace(b"", b"-")',
             'b"a" < "a"', 'b"a" == "a"', 'int.from_bytes("ab", "big")', '(1).to_bytes(1, "middle")']:
    try:
        print(expr, '->', repr(eval(expr))[:40])
    except Exception as e:
        print(expr, '!!', type(e).__name__, str(e)[:70])
