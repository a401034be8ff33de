# A Brainfuck interpreter with bracket pre-matching, bounded steps, and a few programs.
class BFError(Exception):
    pass


def match_brackets(code):
    stack = []
    jumps = {}
    for i, c in enumerate(code):
        if c == '[':
            stack.append(i)
        elif c == ']':
            if not stack:
                raise BFError(f'unmatched ] at {i}')
            j = stack.pop()
            jumps[i] = j
            jumps[j] = i
    if stack:
        raise BFError(f'unmatched [ at {stack[-1]}')
    return jumps


def run(code, data='', max_steps=200000):
    code = ''.join([c for c in code if c in '+-<>[].,'])
    jumps = match_brackets(code)
    tape = [0] * 300
    ptr = pc = steps = 0
    inp = list(data)
    out = []
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise BFError('too many steps')
        c = code[pc]
        if c == '+':
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == '-':
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == '>':
            ptr += 1
            if ptr >= len(tape):
                raise BFError('tape overflow')
        elif c == '<':
            ptr -= 1
            if ptr < 0:
                raise BFError('tape underflow')
        elif c == '.':
            out.append(chr(tape[ptr]))
        elif c == ',':
            tape[ptr] = ord(inp.pop(0)) if inp else 0
        elif c == '[' and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == ']' and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return ''.join(out), steps


HELLO = ('++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.'
         '--------.>>+.>++.')
REVERSE = '>,[>,]<[.<]'
UPPER = ',[>++++[<-------->-]<.,]'
ADD = ',>,[<+>-]<------------------------------------------------.'
out, steps = run(HELLO)
print(repr(out), steps)
print(run(REVERSE, 'pergil'))
print(run(UPPER, 'shout'))
print(run(ADD, '34'))
for bad in ['[[]', '[]]', '<', '+[]', '+[>+]']:
    try:
        print(run(bad, max_steps=5000))
    except BFError as e:
        print('BFError', e)


def compile_text(text):
    code = []
    cur = 0
    for ch in text:
        diff = ord(ch) - cur
        code.append('+' * diff if diff > 0 else '-' * -diff)
        code.append('.')
        cur = ord(ch)
    return ''.join(code)


prog = compile_text('Round trip!')
print(len(prog), run(prog))
