# eval and exec with default and explicit globals/locals.
print(eval('1 + 2 * 3'), eval('[x * x for x in range(4)]'), eval(' 42 '), eval('"s" * 2'))
x = 10
print(eval('x + 1'), eval('x + y', {'x': 1, 'y': 2}), eval('x', {}, {'x': 'local'}))
g = {}
exec('a = 5\nb = a * 2\ndef f(n):\n    return n + b', g)
print(g['a'], g['b'], g['f'](1), '__builtins__' in g)
ns = {'total': 0}
exec('for i in range(5):\n    total += i', ns)
print(ns['total'])
exec('created_here = "global exec"')
print(created_here)
code = '''
class K:
    def hi(self):
        return "hi from exec"
result = K().hi()
'''
env = {}
exec(code, env)
print(env['result'])
print(exec('1 + 1'), eval('None'), eval('(1, 2)'), eval('{"k": [1]}'))
for bad in ['1 +', 'def', ')']:
    try:
        eval(bad)
    except SyntaxError as e:
        print('SyntaxError', e.msg)
try:
    eval('undefined_thing')
except NameError as e:
    print('NameError', e)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
loc = {'v': 3}
exec('w = v * 2', {}, loc)
print(sorted(loc.items()))
print(eval('len("abc")', {}), eval('abs(-3)', {'abs': lambda v: 'shadowed'}))
def outer():
    z = 'closure var'
    return eval('z')
print(outer())
