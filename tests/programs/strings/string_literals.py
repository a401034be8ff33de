# String literal forms: quotes, escapes, raw, triple-quoted, implicit concatenation.
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple "double" with 'quotes'"""
print(a, b, c, d, sep=' | ')
print('tab:\t|', 'nl:\\n', 'quote:\'', "dq:\"", 'bs:\\', 'oct:\101\102', 'hex:\x41')
print('\u00e9\u20ac', '\U0001F600', '\N{BLACK STAR}', len('\N{SNOWMAN}'))
print(r'raw \n stays', R'\t', r'C:\path\to', len(r'\\'), r'\'')
print('implicit' ' ' "concatenation" '''!''')
long = ('part one, '
        'part two, '
        'part three')
print(long, len(long))
print("line \
continued")
print('a\
b')
print("""first
  second
    third""".splitlines())
print(len("\0"), len("\x00\x00"), ord("\a"), ord("\b"), ord("\f"), ord("\v"), ord("\r"))
print(f'{"inner double"}', f"{'inner single'}", rf"raw\t{1+1}", fr"{2*2}\n")
print('no unknown escapes here', "\\q")
x = "multi" \
    "line"
print(x)
