# The is* predicates over a table of samples.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n", "a b",
           "éñ", "٣", "½", "²", "_", "Hello World", "hello_world", "x1", "1x", "\x00",
           "ⅷ", "ⅧⅧ", "ß", "ǅ", "🙂", "\u2003", "0x1F"]
names = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace',
         'isupper', 'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']
print(' '.join([n[2:5] for n in names]))
for s in samples:
    row = []
    for n in names:
        row.append('T' if getattr(s, n)() else '.')
    print(''.join(row), repr(s))
print("class".isidentifier(), "_x9".isidentifier(), "9x".isidentifier(), "é".isidentifier())
print("abc\n".isprintable(), "\u00ad".isprintable(), " ".isprintable())
def kind(s):
    if s.isdigit():
        return 'number'
    if s.isidentifier():
        return 'name'
    if s.isspace():
        return 'space'
    return 'other'
print([kind(t) for t in ["12", "abc", "  ", "+", "a1", "1a"]])
print(all([c.isalnum() for c in "abc123"]), any([c.isspace() for c in "no_spaces"]))
