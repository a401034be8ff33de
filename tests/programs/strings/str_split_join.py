# split, rsplit, splitlines, join.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(' '))
print(s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c,".split(','), "a,b,,c,".split(',', 2), "a,b,,c,".rsplit(',', 2))
print("".split(), "".split(','), "   ".split(), "   ".split(' '))
print("a--b--c".split('--'), "a--b--c".rsplit('--', 1), "abc".split('abc'))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "x y".split(sep=None))
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("line1\nline2\r\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("a\tb\x0bc\x0cd\x1ce  f\u3000g\xa0h".split())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(("1", "2")))
print("".join(["😀", "é"]), ", ".join([str(i) for i in range(5)]))
try:
    ",".join([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    "a".split('')
except ValueError as e:
    print('ValueError', e)
print("k=v=w".split('=', 1), "k=v=w".rsplit('=', 1), "abc".split('x'))
print("  lead".split(' '), "trail  ".rsplit(' ', 1))
print("a b c d e".split(' ', -1), "a b c".split(' ', 0), "a b c".rsplit(' ', 0))
