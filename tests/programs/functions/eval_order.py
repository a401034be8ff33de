# Evaluation order of arguments, operands, subscripts and assignments.
log = []
def t(name, value=None):
    log.append(name)
    return name if value is None else value
def f(*a, **k):
    return len(a) + len(k)
f(t('a'), t('b'), c=t('c'), d=t('d'))
print(log); log.clear()
x = t('left', 1) + t('right', 2) * t('mul', 3)
print(x, log); log.clear()
d = {}
d[t('key')] = t('value')
print(log); log.clear()
l = [0, 0]
l[t('i', 0)], l[t('j', 1)] = t('v1'), t('v2')
print(l, log); log.clear()
r = t('cond', False) and t('never')
r = t('c2', 0) or t('fallback')
print(r, log); log.clear()
y = t('then') if t('test', True) else t('else')
print(y, log); log.clear()
z = {t('k1'): t('v1'), t('k2'): t('v2')}
print(log); log.clear()
w = [t('e1'), t('e2')][t('idx', 1)]
print(w, log); log.clear()
t('obj', [1, 2, 3])[t('lo', 0):t('hi', 2)]
print(log); log.clear()
print(t('p1'), t('p2'), sep=t('sep', ' '))
print(log); log.clear()
def default_time(v=t('default evaluated at def')):
    return v
print(log, default_time()); log.clear()
u = t('a', 1) < t('b', 2) < t('c', 0) < t('d', 9)
print(u, log); log.clear()
