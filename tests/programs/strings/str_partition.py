# partition and rpartition.
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", "", "a=b=c=d"]:
    print(repr(s), s.partition('='), s.rpartition('='))
print("abcabc".partition('bc'), "abcabc".rpartition('bc'), "abc".partition('abc'))
print("😀x😀".partition('x'), "a::b::c".rpartition('::'))
try:
    "abc".partition('')
except ValueError as e:
    print('ValueError', e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print('TypeError', e)
def parse_header(line):
    name, sep, value = line.partition(':')
    if not sep:
        return None
    return name.strip().lower(), value.strip()
for line in ["Content-Type: text/html", "X-Empty:", "garbage", " Host : example.com:8080"]:
    print(parse_header(line))
path = "/usr/local/lib/python3.11/site.py"
head, _, tail = path.rpartition('/')
stem, dot, ext = tail.rpartition('.')
print(head, tail, stem, ext, dot)
