# repr() and ascii() of strings with odd characters: quotes, escapes, non-printables.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
           "cr\r", "nul\x00", "bell\x07", "del\x7f", "\x80\x9f", "latin é ñ", "nbsp\xa0",
           "soft\xadhyphen", "zw\u200bsp", "emoji 😀", "line\u2028sep", "bidi\u202e",
           "back\\slash", "\x1b[0m", "日本", "\U0001f600\U000e0001", ""]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(['a', "b'c", 'd"e']), repr({'k': 'v\n'}), repr(('t',)))
print(repr(b"bytes \x00\xff'"), ascii(b'x'), repr(b'"'))
print(str('x'), str("é"), repr(repr('a')), ascii(ascii('é')))
print(repr(1), repr(1.0), repr(None), repr(True), repr([1, [2, (3,)]]), repr({1: {2: 3}}))
print(repr(set()), repr(frozenset()), repr({}), repr(()), repr([]), repr((1,)), repr(''))
print(ascii(["é", 1, "ok"]), ascii({'ü': 'ö'}))
def show(s):
    r = repr(s)
    q = r[0]
    return q + '|' + str(len(s)) + '|' + str(eval(r) == s)
for s in ["'", '"', "'\"", "\\", "\x01\x02", "é\U0001f600"]:
    print(show(s))
print(repr("a" * 3 + "'"), repr('x\'y"z'))
