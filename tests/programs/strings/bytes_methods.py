# bytes: literals, indexing, slicing, common methods, decode.
b = b"Hello, World"
print(b, b[0], b[-1], b[1:5], b[::-1], b[::2], len(b), type(b[0]).__name__)
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b', '), b.split(), b"a,b,,c".split(b','), b" x  y ".split(), b"a b c".rsplit(None, 1))
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.find(111), b.count(108))
print(b.startswith(b'Hell'), b.endswith((b'x', b'ld')), b.replace(b'l', b'L'), b.replace(b'l', b'', 2))
print(b"  pad ".strip(), b"xxaxx".strip(b'x'), b"  l".lstrip(), b"r  ".rstrip())
print(b"-".join([b'a', b'b', b'c']), b"".join([]), b"ab" * 3, b"ab" + b"cd")
print(b"key=val".partition(b'='), b"a.b.c".rpartition(b'.'))
print(b"abc".hex(), bytes.fromhex('48 65 6c6c6f'), b"\x00\xff".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", 'utf-8'), bytes())
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b"  ".isspace(), b"AB".isupper(), b"ab".islower())
print(b"abc".center(9, b'*'), b"abc".ljust(5), b"abc".rjust(5, b'0'), b"42".zfill(5))
print(list(b"abc"), 97 in b"abc", b"bc" in b"abc", b"abc" < b"abd", b"abc" == b"abc")
print(b"caf\xc3\xa9".decode(), b"line1\nline2\r\n".splitlines(), b"AbC".lower() == b"abc")
print(repr(b"\t\n\r\x00'\"\\"), b"\x7f\x80", bytes([255]) == b"\xff")
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    b"abc" + "def"
except TypeError as e:
    print('TypeError', e)
print(hash(b"") == hash(b"") , b"%s-%d-%x" % (b"x", 5, 255), b"%5s|%-4d|" % (b"ab", 7))
