# f-strings: expressions, nested fields, method calls, dicts, conversions.
items = {'apple': 1.5, 'kiwi': 0.25, 'melon': 3.0}
for name, price in items.items():
    print(f"{name:<8}{price:>6.2f}{'!' if price > 1 else '':>2}")
width = 10
for align in '<^>':
    print(f"[{'x':{align}{width}}]")
print(f"{len(items)} items, total {sum(items.values()):.2f}")
print(f"{'-'.join([k.upper() for k in items])}")
print(f"{items['apple']}", f"{3 + 4 * 2}", f"{(lambda v: v * 2)(21)}")
val = 42
print(f"{val:{'>' if val > 10 else '<'}{8}}|", f"{val:#{'x'}}", f"{val!r:^8}|")
print(f"{f'{val}'}", f"{f'{val:>4}':*<8}")
nested = [[1, 2], [3, 4]]
print(f"{nested[1][0]} {nested[-1]} {nested!r}")
pi = 3.14159
for prec in range(5):
    print(f"{pi:.{prec}f}", end=' ')
print()
print(f"{'a' if True else 'b'}", f"{None}", f"{[]}", f"{()!s}", f"{'q'!a}")
print(f"{'{'}{'}'}", f"{{{val}}}", f"{{val}}")
print(f"""{val:5}
{val:<5}|""")
class V:
    def __format__(self, spec):
        return 'V(' + spec + ')'
    def __str__(self):
        return 'strV'
    def __repr__(self):
        return 'reprV'
v = V()
print(f"{v}", f"{v:abc}", f"{v!s}", f"{v!r}", format(v, 'xy'), "{:q}".format(v))
