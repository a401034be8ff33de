# strip family, replace, removeprefix/removesuffix, expandtabs.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip('x')), repr("xyhiyx".strip('xy')), repr("abc".strip('')))
print(repr("www.example.com".lstrip('cmowz.')), repr("mississippi".rstrip('ipz')))
print(repr("\u3000 spaced\xa0".strip()), repr("".strip()), repr("   ".strip()))
print("aaa".replace('a', 'b'), "aaa".replace('a', 'b', 2), "aaa".replace('a', 'b', 0))
print("abc".replace('', '-'), "abc".replace('', '-', 2), "".replace('', 'x'))
print("hello".replace('l', ''), "hello".replace('xyz', 'q'), "aaaa".replace('aa', 'b'))
print("a.b.c".replace('.', '::'), "😀x😀".replace('😀', 'é'), "abc".replace('abc', ''))
print("aaa".replace('a', 'b', -1), "TestCase".removeprefix('Test'), "TestCase".removesuffix('Case'))
print("abc".removeprefix('x'), "abc".removesuffix(''), "".removeprefix('a'))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("ab\tc\nd\te".expandtabs(3)))
text = "one two three two one"
print(text.replace("two", "2").replace("one", "1"), text.count("o"))
print("...x...".strip('.'), "..x..".lstrip('.'), "..x..".rstrip('.'))
try:
    "a".strip(1)
except TypeError as e:
    print('TypeError', e)
try:
    "a".replace('a')
except TypeError as e:
    print('TypeError', e)
