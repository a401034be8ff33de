# Dict and set operators with wrong operand types and views.
d = {1: 'a', 2: 'b'}
s = {1, 2}
for expr in ['d | s', 'd | {3: "c"}', 'd | [(3, 4)]', 's | d', 's | d.keys()', 'd.keys() | s', 'd.keys() & [1]',
             'd.values() | s', 'd.items() - {(1, "a")}', 's - [1]', 's.union([1], "ab", 5)', 'd + d', 's * 2',
             'frozenset(s) | s', 's < d', 'd < d', 'd.keys() < s', 'd.update(5)', 'd.update([1])', 'dict.fromkeys(5)',
             'sorted(d.items() ^ {(9, 9)})', 's ^= d.keys()', 'd |= [("k", "v")]', 'd |= 5']:
    try:
        r = eval(expr) if '=' not in expr.replace('==', '') or '(' in expr.split('=')[0] else exec(expr)
        print(expr, '->', sorted(r, key=repr) if isinstance(r, (set, frozenset)) else r)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
