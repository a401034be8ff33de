# Case mapping and properties of non-ASCII characters.
words = ['hello', 'ÀÉÎÕÜ', 'àéîõü', 'Ωμέγα', 'straße', 'ǳemal', 'İstanbul', 'ﬂour', 'ΣΟΦΟΣ', 'Ⓐⓑ', 'ǰ']
for w in words:
    u, l = w.upper(), w.lower()
    print(w, u, l, len(w), len(u), len(l), w.isupper(), w.islower(), w.isalpha())
print('ß'.upper(), 'ẞ'.lower(), 'ß'.casefold(), 'ﬀ'.casefold(), 'µ'.upper(), 'ÿ'.upper())
print([c for c in 'aÅ1٣_ '.upper()], 'ǲ'.upper(), 'ǲ'.lower(), 'ǲ'.istitle())
print('σς'.upper(), 'ΑΣ'.lower(), 'ΑΣ Α'.lower(), 'ΌΣΟΣ'.lower())
print(sorted(['é', 'e', 'f', 'E', 'É']), 'é'.encode('utf-8'), 'é' == '\u00e9')
print([ord(c) for c in 'ǅ'.upper() + 'ǅ'.lower() + 'ǅ'.title()])
print('ⅷ'.upper(), 'Ⅷ'.lower(), 'ⅷ'.isnumeric(), 'ⅷ'.isalpha())
for ch in ['a', 'Z', '5', '٥', '½', ' ', '\u00a0', '_', 'é', '中', '😀', '\u0301']:
    print(repr(ch), ch.isalpha(), ch.isdigit(), ch.isnumeric(), ch.isspace(), ch.isalnum(), ch.isidentifier(), ch.isprintable())
def count_cases(s):
    up = low = other = 0
    for ch in s:
        if ch.isupper():
            up += 1
        elif ch.islower():
            low += 1
        else:
            other += 1
    return up, low, other
print(count_cases('Ünïcödé TEXT mit Ärger ß'), count_cases('ΑΒΓ αβγ 123'))
