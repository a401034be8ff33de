# A tokenizer for a small C-like language, written with a hand-rolled scanner.
KEYWORDS = {'if', 'else', 'while', 'return', 'let', 'fn'}
OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', '<', '>', '=', '!']
PUNCT = '(){};,'


class LexError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    line = 1
    n = len(src)
    while i < n:
        c = src[i]
        if c == '\n':
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == '/' and src[i:i + 2] == '//':
            while i < n and src[i] != '\n':
                i += 1
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            if text.count('.') > 1:
                raise LexError(f'line {line}: bad number {text!r}')
            kind = 'FLOAT' if '.' in text else 'INT'
            tokens.append((kind, float(text) if kind == 'FLOAT' else int(text), line))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < n and (src[j].isalnum() or src[j] == '_'):
                j += 1
            word = src[i:j]
            tokens.append(('KW' if word in KEYWORDS else 'NAME', word, line))
            i = j
        elif c == '"':
            j = i + 1
            buf = []
            while j < n and src[j] != '"':
                if src[j] == '\\' and j + 1 < n:
                    esc = src[j + 1]
                    buf.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\'}.get(esc, esc))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= n:
                raise LexError(f'line {line}: unterminated string')
            tokens.append(('STR', ''.join(buf), line))
            i = j + 1
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    tokens.append(('OP', op, line))
                    i += len(op)
                    break
            else:
                if c in PUNCT:
                    tokens.append(('PUNCT', c, line))
                    i += 1
                else:
                    raise LexError(f'line {line}: unexpected character {c!r}')
    tokens.append(('EOF', None, line))
    return tokens


SOURCE = '''
fn fact(n) {
    // recursive factorial
    if (n <= 1) { return 1; }
    return n * fact(n - 1);
}
let x = 3.25 + fact(5) % 7;
let msg = "tab\\there \\"quoted\\"";
while (x >= 0 && !done) { x = x - 1.5; }
'''

toks = tokenize(SOURCE)
for kind, value, line in toks:
    print(f'{line:3d} {kind:6s} {value!r}')
counts = {}
for kind, _, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
names = sorted({v for k, v, _ in toks if k == 'NAME'})
print(names)
for bad in ['let y = 1.2.3;', 'let s = "open', 'x = 5 @ 3']:
    try:
        tokenize(bad)
    except LexError as e:
        print('LexError', e)
