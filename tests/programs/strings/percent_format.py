# printf-style % formatting for str: conversions and flags.
print("%s %s %s" % ('a', 1, [2]), "%r %a" % ('é', 'é'), "%s" % (('tuple',),))
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %+.1f %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, 12345.678, 0.00012, 1e-10, 1e20))
print("%c%c%c" % (72, 'i', 0x263A), "%%", "100%%" % (), "%s%%" % 50)
print("%(name)s is %(age)d years" % {'name': 'Bob', 'age': 42})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%5s|%-5s|%.2s|%5.1s|" % ('abc', 'abc', 'abc', 'abc'))
print("%d" % 3.99, "%d" % True, "%x" % -255, "%o" % -8, "%.0f" % 2.5, "%.0f" % 3.5)
print("%s" % None, "%r" % None, "%s and %s" % (1, 2), "%s" % 'single')
print("%08.3f|%-8.3f|%+08d|% 08d" % (-3.14159, 2.5, 42, 42))
print("%i items" % 10 ** 20, "%x" % 2 ** 70, "%e" % 10 ** 20)
for fmt, args in [("%d", 'x'), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", {}), ("%z", 1), ("%d", [])]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%.3s|%5.2f%%|%-6r|" % ('abcdef', 99.567, 'x'))
print("%s %s" % (float('inf'), float('nan')), "%f" % float('-inf'), "%5.1f" % -0.0)
