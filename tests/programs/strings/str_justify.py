# center, ljust, rjust, zfill.
for w in ["", "a", "ab", "abc", "abcd", "😀"]:
    print('[' + w.center(6) + ']', '[' + w.center(7, '*') + ']', '[' + w.ljust(5, '.') + ']', '[' + w.rjust(5, '-') + ']')
print("abc".center(2), "abc".ljust(-1), "abc".rjust(3, 'x'))
print("ab".center(5, 'x'), "abc".center(6, 'x'), "a".center(4, 'x'), "ab".center(4, 'x'))
for n in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5", "123456"]:
    print(repr(n), n.zfill(5), n.zfill(1), n.zfill(0))
print("😀".center(5, '😁'), "é".rjust(3, 'ü'))
try:
    "a".center(5, 'xy')
except TypeError as e:
    print('TypeError', e)
try:
    "a".ljust('5')
except TypeError as e:
    print('TypeError', e)
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("banana", 100, 12.0)]
for name, qty, price in rows:
    print(name.ljust(8) + str(qty).rjust(5) + str(price).rjust(8))
print('=' * 21)
print('TOTAL'.center(21, '~'))
