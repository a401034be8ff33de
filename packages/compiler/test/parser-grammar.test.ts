// Tricky grammar, checked against CPython 3.11 itself: every snippet's dump (with
// positions) must equal `ast.dump(ast.parse(src), include_attributes=True)`.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpythonSnippets, oursSnippet } from './cpython-oracle.js';
import type { OracleResult, Snippet } from './cpython-oracle.js';

const SNIPPETS: Record<string, Snippet> = {
  // f-strings (3.11: one STRING token, fields parsed afterwards)
  'f-string conversions and spec': 'x = f"{a!r:>{w}} {b=} {c = !s} {d!a}"',
  'f-string nested quotes': `f'{"a" + f"{b}"}' f"{'c'}"`,
  'f-string debug with spec': 'f"{x=:>10}" f"{x = }" f"{x=!s:^4}"',
  'f-string doubled braces': 'f"{{x}} {{{y}}} }}{{"',
  'f-string empty spec': 'f"{x:}" f"{x!r:}"',
  'f-string nested spec fields': 'f"{x:{w}.{p}f}" f"{x:{w!r}}"',
  'f-string triple quoted multiline': 'x = f"""\n  {a}\n  {\n b}\n  {c:\n}"""',
  'f-string continuation line': 'x = (1,\n     f"{ y }" f"z{w}")',
  'f-string after non-ASCII': 'é = "ü" + f"{ñ}" + f"{ x }é{y}"',
  'f-string with u and rf': 'u"a" f"{x}" rf"\\n{y}" Fr"{z}" fR"\\d"',
  'f-string concatenated literal merge': 'f"a" "b" f"c{x}d" "e" f"" ""',
  'f-string lambda and dict': 'f"{(lambda x: x)(1)} {({1: 2})[1]} {[i for i in y]}"',
  'f-string escapes': 'f"\\t{x}\\N{EM DASH}\\x41\\u00e9" f"\\{x}"',
  'f-string with comparison ops': 'f"{a!=b} {a<=b} {a==b} {a>b}"',
  'f-string only field': 'f"{x}"',
  // strings and bytes
  'string prefixes': 'u"a"; U"b"; r"\\d"; R"\\n"; b"x"; B"y"; rb"\\z"; bR"w"; Rb"v"; BR"q"',
  'string escapes': `"\\a\\b\\f\\n\\r\\t\\v\\0\\101\\x41\\u00e9\\U0001F600\\N{BULLET}\\q\\\n"`,
  'bytes escapes': `b"\\a\\x00\\xff\\777\\q\\'" b'"'`,
  'implicit concatenation positions': 'x = ("a"\n     "b"\n  "c")',
  'triple quoted strings': '"""a\nb""" \'\'\'c\'\'\'',
  'str repr quoting': `x = ["'", '"', "'\\"", "\\x7f\\x80\\xa0\\u2028\\ud800", "é€😀"]`,
  // numbers
  'numbers': 'x = [0, 00, 0_0, 1_000, 0x_ff, 0O17, 0b1_0, 1., .5, 1e10, 1E-5, 1_0.0_1e+1_0, 3j, 1.5J, 0j, 1e400, 10**100]',
  'floats repr': 'x = [1e16, 1e15, 0.0001, 0.00001, 1.5e-7, 123456789012345678.0, 0.1, 2.5e300, 1e22, 5e-324]',
  'big ints': 'x = 123456789012345678901234567890 + 0xffffffffffffffffffff',
  'complex repr': 'x = [1e16j, 1.5j, 0j, 2j, 1e-5j]',
  // statements
  'decorators': '@a\n@b.c(d, e=f)\n@(lambda f: f)\n@x[0]\ndef f(): pass\n@d\nclass C: pass\n@d\nasync def g(): pass',
  'function parameters': 'def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int: pass\ndef g(*, a): pass\ndef h(a, /): pass\ndef i(*a: int, **k: str): pass',
  'lambda parameters': 'lambda: 0; lambda a, b=1, /, c=2, *d, e, f=3, **g: 0; lambda *, k=1: k; lambda a=(1, 2): a',
  'star targets': 'a, *b = c\n[a, *b] = c\n(a, b), c = d\n*a, = b\nfor *a, b in c: pass\na = *b, c',
  'walrus': 'if (n := len(a)) > 10: pass\n[y := f(x), y**2]\nprint(x := 1)\nwhile (c := f()): pass\n{(y := 1): 2}\nx[y := 1]\n[x for x in y if (z := x)]',
  'comprehensions': '[x for x in y if a if b for z in w]\n{k: v for k, v in d}\n{x async for x in y}\n(x for x in y)\nf(x for x in y)\nf((x for x in y), 1)',
  'calls': 'f(a, *b, c=d, *e, **f, g=h)\nf(**a, b=1)\nf(a)(b)[c].d\nf(a,)\n(a)(b)\n(a).b[c]',
  'slices': 'a[1:2, ::3]\na[:]\na[::]\na[1:]\na[:, 1]\na[*b]\na[*b, c]\na[b, *c]\na[(1, 2)]\na[1,]\na[x:=1]',
  'operators': 'a + b * c ** -d // e @ f % g << h >> i & j ^ k | l\nnot a and b or c\na < b <= c == d != e > f >= g in h not in i is j is not k\n-a ** b\n(-a) ** b\n~a\n+a\n2 ** -1',
  'parenthesized positions': '(a) + (b)\n(a).b\n((a)) * 2\n(a)[0]\nx = (yield)\n(a for b in c).d\n((a, b))\n[(a)]',
  'conditional and lambda': 'x = a if b else c if d else e\nf = lambda x: lambda y: x if y else None',
  'assignments': 'a = b = c\na: int\n(a): int = 1\na.b: int = 1\na[0]: int\nx += 1; y -= 2; z **= 3; w //= 4; v @= 5; u >>= 6; t <<= 7; s ^= 8; r |= 9; q &= 0; p %= 1; o /= 2; n *= 3\nx = yield y\nx += yield',
  'imports': 'import a\nimport a.b.c as d, e\nfrom . import x\nfrom .. a import (b as c, d,)\nfrom ...a.b import *\nfrom .... import y\nfrom a import b',
  'global nonlocal del assert raise': 'def f():\n    global a, b\n    nonlocal c\n    del a, (b, c), d[0], e.f\n    assert x, "m"\n    raise\n    raise E\n    raise E from e\n    return\n    return 1, 2\n    return *a, b',
  'try forms': 'try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\ntry:\n    pass\nexcept* E:\n    pass\ntry: pass\nfinally: pass',
  'with forms': 'with a: pass\nwith a as b, c as (d, e): pass\nwith (a, b): pass\nwith (a, b) as c: pass\nwith (a as b, c as d,): pass\nwith (yield): pass\nwith (a): pass\nasync def f():\n    async with a as b: pass\n    async for x in y: pass\n    await z',
  'if elif else while for else': 'if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y\nwhile x:\n    break\nelse:\n    continue\nfor x in y:\n    pass\nelse:\n    pass',
  'trailing semicolons end blocks': 'def f():\n    x = 1; pass; del x;\nif a: b;\nelse: c;',
  'class definitions': 'class A: pass\nclass B(A, metaclass=M, **kw): x = 1\nclass C(): pass\nclass D(*bases): pass',
  'match statement': 'match x:\n    case [1, *r] | {"a": 1, **k} if y:\n        pass\n    case Point(x=0) as p:\n        pass\n    case -1+2j | -1 | 1-2j | "s" "t" | b"b":\n        pass\n    case None | True | False:\n        pass\n    case a.b.c | _:\n        pass\n    case (a, b, *_):\n        pass\n    case [] | () | [a] | (a,) | (a):\n        pass\n    case {1: x, a.b: y, None: z}:\n        pass\n    case C(a, b, c=d) | C():\n        pass\n    case *a, b:\n        pass\n    case x if x > 0:\n        pass',
  'match subjects': 'match a, b:\n    case _: pass\nmatch *a, b:\n    case _: pass\nmatch (x := 1):\n    case _: pass\nmatch -x:\n    case _: pass',
  'soft keywords as names': 'match = 1\nmatch.x = 2\nmatch(x)\ncase = 3\n_ = 4\nmatch[x]: int = 5\nprint(match, case)\nmatch x:\n    case case: pass',
  'non-ASCII positions': 'é = "ü€😀" + ñ\ndef f(ä=1): return ä\n# ünïcödé comment\nx = "😀😀"; y = 1\nz = [ "ä", "😀" ]',
  'backslash continuation and tabs': 'x = 1 + \\\n    2\nif x:\n\ty = 1\n\tif y:\n\t\tz = 2\n',
  'form feed and comments': '\x0cx = 1  # c\n# only comment\n\n  \n\x0cy = 2',
  'CRLF and CR newlines': 'x = 1\r\ny = """a\r\nb"""\rz = 3\r\n',
  'no trailing newline': 'if x:\n    y',
  'empty module': '',
  'only comments': '# a\n# b',
  'yield forms': 'def f():\n    yield\n    yield x\n    yield x, y\n    yield from z\n    x = yield\n    y = yield from z\n    f((yield))\n    await (yield)',
  'dict and set displays': '{}\n{1: 2, **a, 3: 4}\n{1, *a, 2}\n{**a}\n{a: b for a in c}\n{lambda: 1: 2}',
  'starred and ellipsis': 'x = ...\nf(*a, *b)\nprint(*a, sep="")\n[*a, *b]\n{*a}\n(*a,)',
  'keywords and keyword-like names': 'print(True, False, None, ...)\nx.if_ = 1\nnonlocal_ = 2',
  'eval mode': ['a + b, c', 'eval'],
  'single mode': ['x = 1\n', 'single'],
  'single mode compound': ['if x:\n    y\n\n', 'single'],
  'func_type mode': ['(int, *str) -> List[int]', 'func_type'],
  'latin-1 coding cookie': { latin1: '# -*- coding: latin-1 -*-\nx = "\xe9"\n' },
  'utf-8 BOM': { latin1: '\xef\xbb\xbfx = "\xc3\xa9"\n' },
  'cookie on second line': { latin1: '#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\ns = "\xfc"\n' },
};

describe('grammar vs CPython 3.11', () => {
  const names = Object.keys(SNIPPETS);
  let want: OracleResult[] = [];
  beforeAll(() => {
    want = cpythonSnippets(names.map((n) => SNIPPETS[n]));
  });
  it.each(names)('%s', (name) => {
    const w = want[names.indexOf(name)];
    expect(w.error).toBeUndefined();
    expect(oursSnippet(SNIPPETS[name])).toEqual(w);
  });
});

describe('modes (eval, single, func_type) vs CPython 3.11, errors included', () => {
  const MODE_SNIPPETS: Snippet[] = [
    ['*a', 'eval'], ['*a, b', 'eval'], ['a\n\n', 'eval'], ['', 'eval'], ['x = 1', 'eval'], ['yield x', 'eval'], ['a, b,', 'eval'],
    ['x = 1\ny = 2\n', 'single'], ['x = 1; y = 2\n', 'single'], ['', 'single'], ['\n', 'single'], ['if x:\n  y\n', 'single'],
    ['() -> int', 'func_type'], ['(a, **b) -> None', 'func_type'], ['(a, *b, **c) -> x', 'func_type'], ['a -> b', 'func_type'],
    ['(a, b,) -> c', 'func_type'],
  ];
  let want: OracleResult[] = [];
  beforeAll(() => {
    want = cpythonSnippets(MODE_SNIPPETS);
  });
  it.each(MODE_SNIPPETS.map((s, i) => [i, JSON.stringify(s)] as const))('#%i %s', (i) => {
    expect(oursSnippet(MODE_SNIPPETS[i])).toEqual(want[i]);
  });
});
