# A hand-written JSON-like serializer and pretty printer, plus a small parser to round-trip it.
def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append('\\u%04x' % ord(ch) if ord(ch) < 0x10000 else ch)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def dumps(v, indent=0, level=0):
    pad = ' ' * (indent * (level + 1))
    end = ' ' * (indent * level)
    nl = '\n' if indent else ''
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return '[]'
        items = [pad + dumps(x, indent, level + 1) for x in v]
        return '[' + nl + (',' + nl).join(items) + nl + end + ']'
    if isinstance(v, dict):
        if not v:
            return '{}'
        sep = ': ' if indent else ':'
        items = [pad + escape(str(k)) + sep + dumps(x, indent, level + 1) for k, x in v.items()]
        return '{' + nl + (',' + nl).join(items) + nl + end + '}'
    raise TypeError(f'cannot serialize {type(v).__name__}')


def loads(s):
    pos = [0]

    def ws():
        while pos[0] < len(s) and s[pos[0]] in ' \n\t':
            pos[0] += 1

    def value():
        ws()
        c = s[pos[0]]
        if c == '{':
            pos[0] += 1
            d = {}
            ws()
            if s[pos[0]] == '}':
                pos[0] += 1
                return d
            while True:
                ws()
                k = value()
                ws()
                pos[0] += 1
                d[k] = value()
                ws()
                c = s[pos[0]]
                pos[0] += 1
                if c == '}':
                    return d
        if c == '[':
            pos[0] += 1
            lst = []
            ws()
            if s[pos[0]] == ']':
                pos[0] += 1
                return lst
            while True:
                lst.append(value())
                ws()
                c = s[pos[0]]
                pos[0] += 1
                if c == ']':
                    return lst
        if c == '"':
            j = pos[0] + 1
            buf = []
            while s[j] != '"':
                if s[j] == '\\':
                    e = s[j + 1]
                    if e == 'u':
                        buf.append(chr(int(s[j + 2:j + 6], 16)))
                        j += 6
                        continue
                    buf.append({'n': '\n', 't': '\t'}.get(e, e))
                    j += 2
                else:
                    buf.append(s[j])
                    j += 1
            pos[0] = j + 1
            return ''.join(buf)
        for word, val in (('null', None), ('true', True), ('false', False)):
            if s.startswith(word, pos[0]):
                pos[0] += len(word)
                return val
        j = pos[0]
        while j < len(s) and s[j] in '+-0123456789.eE':
            j += 1
        text = s[pos[0]:j]
        pos[0] = j
        return float(text) if ('.' in text or 'e' in text or 'E' in text) else int(text)
    return value()


doc = {'name': 'pergil', 'version': [0, 4, 1], 'stable': False, 'license': None,
       'ratio': 0.1 + 0.2, 'big': 2 ** 70, 'tags': ['python', 'typescript', 'shared "memory"'],
       'nested': {'empty_list': [], 'empty_dict': {}, 'text': 'line1\nline2\ttab é ✓'},
       'matrix': [[1, 2], [3, 4]]}
print(dumps(doc))
pretty = dumps(doc, indent=2)
print(pretty)
back = loads(pretty)
print(back == doc, loads(dumps(doc)) == doc)
print(loads('[1, -2.5e3, "x\\"y", {"a": [true, false, null]}]'))
try:
    dumps({'bad': {1, 2}})
except TypeError as e:
    print('TypeError', e)
