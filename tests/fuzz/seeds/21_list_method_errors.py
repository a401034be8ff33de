# list methods with bad indices, missing values, wrong types and self-reference.
l = [3, 1, 2]
for expr in ['l.pop(10)', 'l.pop(-10)', 'l.pop("0")', 'l.insert("a", 1)', 'l.insert(10**30, 9)', 'l.index(99)',
             'l.index(1, 5)', 'l.index(1, -10**30, 10**30)', 'l.remove(99)', 'l.count()', 'l.sort(key=len)',
             'l.sort(reverse=None)', 'l.sort(1)', 'l.extend(5)', 'l.extend(l)', 'l.append(l)', 'l[1.5]', 'l[None]',
             'del l[10]', 'l.__setitem__(0)', 'l + 1', 'l * l', 'l < [1, "a"]', 'l.copy(1)']:
    try:
        r = eval(expr)
        print(expr, '->', repr(r)[:50], len(l))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
