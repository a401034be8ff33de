# A tiny stack virtual machine: assembler with labels, arithmetic, jumps, calls, and error handling.
class VMError(Exception):
    pass


def assemble(src):
    program = []
    labels = {}
    for line in src.strip().splitlines():
        line = line.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(program)
            continue
        parts = line.split()
        op = parts[0].upper()
        arg = parts[1] if len(parts) > 1 else None
        if arg is not None and (arg.isdigit() or (arg[0] == '-' and arg[1:].isdigit())):
            arg = int(arg)
        program.append((op, arg))
    return [(op, labels.get(arg, arg) if op in ('JMP', 'JZ', 'JNZ', 'CALL') else arg) for op, arg in program]


def run(program, limit=100000):
    stack, calls, out = [], [], []
    regs = {}
    pc = 0
    steps = 0
    while pc < len(program):
        steps += 1
        if steps > limit:
            raise VMError('step limit exceeded')
        op, arg = program[pc]
        pc += 1
        if op == 'PUSH':
            stack.append(arg)
        elif op == 'STORE':
            regs[arg] = stack.pop()
        elif op == 'LOAD':
            if arg not in regs:
                raise VMError(f'unset register {arg!r}')
            stack.append(regs[arg])
        elif op == 'POP':
            stack.pop()
        elif op == 'DUP':
            stack.append(stack[-1])
        elif op == 'SWAP':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == 'OVER':
            stack.append(stack[-2])
        elif op in ('ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'LT', 'EQ'):
            if len(stack) < 2:
                raise VMError(f'stack underflow at {pc - 1} ({op})')
            b, a = stack.pop(), stack.pop()
            if op in ('DIV', 'MOD') and b == 0:
                raise VMError(f'division by zero at {pc - 1}')
            stack.append({'ADD': a + b, 'SUB': a - b, 'MUL': a * b, 'DIV': a // b if b else 0,
                          'MOD': a % b if b else 0, 'LT': int(a < b), 'EQ': int(a == b)}[op])
        elif op == 'JMP':
            pc = arg
        elif op == 'JZ':
            if stack.pop() == 0:
                pc = arg
        elif op == 'JNZ':
            if stack.pop() != 0:
                pc = arg
        elif op == 'CALL':
            calls.append(pc)
            pc = arg
        elif op == 'RET':
            pc = calls.pop()
        elif op == 'PRINT':
            out.append(stack.pop())
        elif op == 'HALT':
            break
        else:
            raise VMError(f'unknown instruction {op!r}')
    return out, stack, steps


FACT = '''
    push 20
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 12
    call square     ; subroutine call
    print
    halt
square:
    dup
    mul
    ret
'''
COUNT = '''
    push 0
top:
    dup
    print
    push 1
    add
    dup
    push 5
    lt
    jnz top
    halt
'''
prog = assemble(COUNT)
print(prog)
print(run(prog))
fp = assemble(FACT)
print(len(fp), run(fp)[0])
for src in ['push 1\nadd', 'load q', 'push 1\npush 0\ndiv', 'frob', 'top:\njmp top']:
    try:
        print(run(assemble(src), limit=1000))
    except VMError as e:
        print('VMError', e)
