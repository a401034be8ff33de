# A recursive-descent parser and evaluator for arithmetic with variables, unary minus, ** and errors.
class ParseError(Exception):
    pass


def lex(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            t = s[i:j]
            toks.append(('num', float(t) if '.' in t else int(t)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            toks.append(('name', s[i:j]))
            i = j
        elif s.startswith('**', i):
            toks.append(('op', '**'))
            i += 2
        elif c in '+-*/%()=':
            toks.append(('op', c))
            i += 1
        else:
            raise ParseError(f'bad character {c!r} at {i}')
    toks.append(('end', None))
    return toks


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self, value=None):
        tok = self.toks[self.pos]
        if value is not None and tok[1] != value:
            raise ParseError(f'expected {value!r}, got {tok[1]!r}')
        self.pos += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek()[1] in ('*', '/', '%'):
            op = self.take()[1]
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek()[1] == '-':
            self.take()
            return ('neg', self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] == '**':
            self.take()
            return ('**', base, self.unary())
        return base

    def atom(self):
        kind, val = self.take()
        if kind == 'num':
            return ('num', val)
        if kind == 'name':
            return ('var', val)
        if val == '(':
            node = self.expr()
            self.take(')')
            return node
        raise ParseError(f'unexpected {val!r}')


def evaluate(node, env):
    kind = node[0]
    if kind == 'num':
        return node[1]
    if kind == 'var':
        if node[1] not in env:
            raise NameError(f'undefined variable {node[1]!r}')
        return env[node[1]]
    if kind == 'neg':
        return -evaluate(node[1], env)
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    ops = {'+': lambda: a + b, '-': lambda: a - b, '*': lambda: a * b,
           '/': lambda: a / b, '%': lambda: a % b, '**': lambda: a ** b}
    return ops[kind]()


def run(line, env):
    toks = lex(line)
    if len(toks) > 2 and toks[0][0] == 'name' and toks[1] == ('op', '='):
        p = Parser(toks[2:])
        value = evaluate(p.expr(), env)
        if p.peek()[0] != 'end':
            raise ParseError(f'trailing {p.peek()[1]!r}')
        env[toks[0][1]] = value
        return f'{toks[0][1]} = {env[toks[0][1]]!r}'
    p = Parser(toks)
    tree = p.expr()
    if p.peek()[0] != 'end':
        raise ParseError(f'trailing {p.peek()[1]!r}')
    return repr(evaluate(tree, env))


env = {}
for line in ['1 + 2 * 3', '(1 + 2) * 3', '-2 ** 2', '2 ** 3 ** 2', '7 % 3 - -1', 'x = 10', 'y = x / 4',
             'x * y - 0.5', '2 ** -1', '-7 % 3', '1 / 0', 'z + 1', '(1 + 2', '3 $ 4', '1 2', '10 ** 30 + 1']:
    try:
        print(f'{line:14} -> {run(line, env)}')
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f'{line:14} !! {type(e).__name__}: {e}')
print(sorted(env.items()))
