# String building: += on short strings in loops, join, slicing, str methods (upper, replace, split, find, %).
def run(n):
    lines = []
    line = ''
    digits = 0
    for i in range(n):
        line += str(i % 10)
        if len(line) == 100:
            digits += line.count('7')
            lines.append(line)
            line = ''
    parts = []
    for i in range(n // 4):
        word = 'item' + str(i)
        parts.append(word.upper() if i % 3 == 0 else word.replace('item', 'it'))
    joined = ','.join(parts)
    fields = joined.split(',')
    found = 0
    for f in fields:
        if f.find('7') >= 0:
            found += 1
    out = []
    for i in range(n // 8):
        out.append('%d:%s;' % (i, fields[i % len(fields)][:3]))
    text = ''.join(out)
    return len(lines), digits, len(joined), found, len(text), text[-12:]


print(run(1200000))
