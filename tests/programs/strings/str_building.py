# Building strings: +=, join, repetition, formatting in loops.
parts = []
for i in range(1, 6):
    parts.append('*' * i)
print('\n'.join(parts))
acc = ''
for word in ['alpha', 'beta', 'gamma']:
    if acc:
        acc += ', '
    acc += word.upper()
print(acc)
table = ''
for r in range(1, 5):
    row = ''
    for c in range(1, 5):
        row += f'{r * c:4d}'
    table += row + '\n'
print(table, end='')
print('-'.join([str(i) for i in range(10)]))
s = 'x'
for _ in range(10):
    s = s + s
print(len(s), s[:5], s.count('x'))
def caesar(text, k):
    out = []
    for ch in text:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
def rle(s):
    out = ''
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += s[i] + str(j - i)
        i = j
    return out
print(rle('aaabccddddde'), rle(''), rle('z'))
print(''.join(sorted('pergil', reverse=True)), 'ab'.join('123'))
