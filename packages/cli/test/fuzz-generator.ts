// A seeded, grammar-based generator of small Python programs for the fuzz test: typed
// expressions over declared variables (int, float, str, list of int, dict str→int, bool),
// statements (assignment, augmented assignment, if/elif/else, bounded for and while loops,
// functions with defaults, try/except, list/dict/str methods, comprehensions, small classes,
// prints). Every loop is bounded and recursion is shallow, so every program ends. It avoids
// unspecified behaviour (id(), set iteration order, object reprs with addresses), so python3's
// output is the judge; errors (ZeroDivisionError, IndexError, KeyError, ValueError, TypeError)
// happen on purpose, often inside try.

/** xorshift32: small, fast, and the same sequence on every platform for a seed. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = (seed ^ 0x9e3779b9) >>> 0 || 1;
    for (let i = 0; i < 4; i++) this.next();
  }

  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }

  /** 0 ≤ n < bound. */
  int(bound: number): number {
    return this.next() % bound;
  }

  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() / 0x100000000 < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

type Kind = 'int' | 'float' | 'str' | 'list' | 'dict' | 'bool';

const WORDS: readonly string[] = Object.freeze(['a', 'b', 'ab', 'hello', 'World', 'x y z', '', ' pad ', 'é', 'ß', '😀', 'a,b,c', '12', 'Mixed Case']);
const INT_LITERALS: readonly string[] = Object.freeze(['0', '1', '2', '3', '7', '-1', '-5', '10', '255', '256', '-129', '1000', '2**31', '2**64', '-2**63', '10**20', '0x7f', '0b101']);
const FLOAT_LITERALS: readonly string[] = Object.freeze(['0.0', '1.5', '-2.25', '0.1', '1e10', '3.14159', '-0.0', '1e-7', '2.5', '100.0']);

/** A Python string literal in single quotes (so it can sit inside a double-quoted f-string). */
function pyStr(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

interface Scope {
  readonly vars: Map<string, Kind>;
  /** Functions callable here: name → number of int parameters. */
  readonly funcs: Map<string, number>;
  readonly depth: number;
}

/** Generates one program from `seed`; the same seed always gives the same text. */
export function generateProgram(seed: number): string {
  const gen = new Generator(new Rng(seed));
  return gen.program();
}

class Generator {
  private readonly lines: string[] = [];
  private indent = 0;
  private nextName = 0;

  constructor(private readonly rng: Rng) {}

  program(): string {
    const scope: Scope = { vars: new Map(), funcs: new Map(), depth: 0 };
    this.declare(scope, 'int');
    this.declare(scope, 'str');
    this.declare(scope, 'list');
    this.declare(scope, 'dict');
    if (this.rng.chance(0.5)) this.declare(scope, 'float');
    const n = this.rng.range(6, 16);
    for (let i = 0; i < n; i++) {
      // Most top-level statements run under a guard that prints the error's type and goes on,
      // so one error does not end the program early; the others may end it with a traceback.
      if (this.rng.chance(0.75)) this.guarded(scope);
      else this.statement(scope);
    }
    // a final summary so every program prints something about its state
    for (const [name, kind] of scope.vars) if (kind !== 'dict' || this.rng.chance(0.5)) this.emit(`print(${pyStr(name)}, repr(${name}))`);
    return this.lines.join('\n') + '\n';
  }

  private guarded(scope: Scope): void {
    this.emit('try:');
    this.indent++;
    // a copy: what the statement declares may not exist after an error
    this.statement({ vars: new Map(scope.vars), funcs: new Map(scope.funcs), depth: scope.depth });
    this.indent--;
    this.emit('except Exception as error:');
    this.emit('    print("error", type(error).__name__)');
  }

  private emit(line: string): void {
    this.lines.push('    '.repeat(this.indent) + line);
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.nextName++}`;
  }

  private varOf(scope: Scope, kind: Kind): string | undefined {
    const names = [...scope.vars].filter(([, k]) => k === kind).map(([n]) => n);
    return names.length === 0 ? undefined : this.rng.pick(names);
  }

  private declare(scope: Scope, kind: Kind): void {
    const name = this.fresh(kind[0]);
    this.emit(`${name} = ${this.expr(scope, kind, 2)}`);
    scope.vars.set(name, kind);
  }

  // --- expressions -------------------------------------------------------------------------

  private expr(scope: Scope, kind: Kind, depth: number): string {
    const v = this.varOf(scope, kind);
    if (v !== undefined && this.rng.chance(0.35)) return v;
    if (depth <= 0) return this.literal(kind);
    switch (kind) {
      case 'int':
        return this.intExpr(scope, depth - 1);
      case 'float':
        return this.floatExpr(scope, depth - 1);
      case 'str':
        return this.strExpr(scope, depth - 1);
      case 'list':
        return this.listExpr(scope, depth - 1);
      case 'dict':
        return this.dictExpr(scope, depth - 1);
      case 'bool':
        return this.boolExpr(scope, depth - 1);
    }
  }

  private literal(kind: Kind): string {
    const r = this.rng;
    switch (kind) {
      case 'int':
        return r.pick(INT_LITERALS);
      case 'float':
        return r.pick(FLOAT_LITERALS);
      case 'str':
        return pyStr(r.pick(WORDS));
      case 'list':
        return `[${Array.from({ length: r.int(5) }, () => r.pick(INT_LITERALS)).join(', ')}]`;
      case 'dict':
        return `{${Array.from({ length: r.int(4) }, () => `${pyStr(r.pick(WORDS))}: ${r.pick(INT_LITERALS)}`).join(', ')}}`;
      case 'bool':
        return r.pick(['True', 'False']);
    }
  }

  private intExpr(scope: Scope, d: number): string {
    const r = this.rng;
    const i = (): string => this.expr(scope, 'int', d);
    switch (r.int(14)) {
      case 0:
      case 1:
        return `(${i()} ${r.pick(['+', '-', '*', '//', '%', '&', '|', '^'])} ${i()})`;
      case 2:
        return `(${i()} ${r.pick(['<<', '>>'])} ${r.int(70)})`;
      case 3:
        return `(${i()} ** ${r.int(5)})`;
      case 4:
        return `len(${this.expr(scope, r.pick(['str', 'list', 'dict'] as const), d)})`;
      case 5:
        return `${r.pick(['abs', '-', '~', '+'])}(${i()})`;
      case 6:
        return `sum(${this.expr(scope, 'list', d)})`;
      case 7:
        return `${r.pick(['min', 'max'])}(${i()}, ${i()})`;
      case 8:
        return `int(${r.pick([this.expr(scope, 'float', d), pyStr(String(r.int(1000) - 500)), i()])})`;
      case 9:
        return `${this.expr(scope, 'list', d)}[${this.index(scope, d)}]`;
      case 10:
        return `${this.expr(scope, 'str', d)}.${r.pick(['find', 'count', 'rfind'])}(${pyStr(r.pick(WORDS))})`;
      case 11: {
        const f = scope.funcs.size > 0 ? r.pick([...scope.funcs]) : undefined;
        if (f === undefined) return `round(${this.expr(scope, 'float', d)})`;
        return `${f[0]}(${Array.from({ length: f[1] }, () => i()).join(', ')})`;
      }
      case 12:
        return `${this.expr(scope, 'dict', d)}.get(${pyStr(r.pick(WORDS))}, ${i()})`;
      default:
        return `(${i()} if ${this.expr(scope, 'bool', d)} else ${i()})`;
    }
  }

  /** A subscript: mostly a small literal (an IndexError now and then), sometimes any int. */
  private index(scope: Scope, d: number): string {
    return this.rng.chance(0.8) ? String(this.rng.int(5) - 2) : this.expr(scope, 'int', d);
  }

  private floatExpr(scope: Scope, d: number): string {
    const r = this.rng;
    const f = (): string => this.expr(scope, 'float', d);
    switch (r.int(6)) {
      case 0:
      case 1:
        return `(${f()} ${r.pick(['+', '-', '*', '/', '//', '%'])} ${r.chance(0.5) ? f() : this.expr(scope, 'int', d)})`;
      case 2:
        return `float(${this.expr(scope, 'int', d)})`;
      case 3:
        return `(${this.expr(scope, 'int', d)} / ${this.expr(scope, 'int', d)})`;
      case 4:
        return `abs(${f()})`;
      default:
        return `round(${f()}, ${r.int(4)})`;
    }
  }

  private strExpr(scope: Scope, d: number): string {
    const r = this.rng;
    const s = (): string => this.expr(scope, 'str', d);
    switch (r.int(12)) {
      case 0:
        return `(${s()} + ${s()})`;
      case 1:
        return `(${s()} * ${r.int(4)})`;
      case 2:
        return `${s()}.${r.pick(['upper', 'lower', 'title', 'capitalize', 'swapcase', 'strip', 'lstrip', 'rstrip'])}()`;
      case 3:
        return `${s()}.replace(${pyStr(r.pick(WORDS))}, ${s()})`;
      case 4:
        return `${pyStr(r.pick([',', '-', '', ' ']))}.join(${r.chance(0.5) ? `[str(v) for v in ${this.expr(scope, 'list', d)}]` : `sorted(${this.expr(scope, 'dict', d)})`})`;
      case 5:
        return `str(${this.expr(scope, r.pick(['int', 'float', 'list', 'bool'] as const), d)})`;
      case 6:
        return `repr(${this.expr(scope, r.pick(['str', 'float', 'dict'] as const), d)})`;
      case 7:
        return `${s()}[${r.int(6) - 3}:${r.int(8) - 2}${r.chance(0.3) ? `:${r.pick(['1', '2', '-1', '-2'])}` : ''}]`;
      case 8: {
        // only names and literals inside the braces: 3.11's f-strings cannot nest quotes
        const iv = this.varOf(scope, 'int') ?? r.pick(INT_LITERALS);
        const sv = this.varOf(scope, 'str') ?? pyStr(r.pick(WORDS));
        return `f"{${iv}:${r.pick(['', '>6', '<4', '^7', '08d', ',', 'x', '#b', '+d'])}}|{${sv}!r}"`;
      }
      case 9:
        return `('%s-%d-%r' % (${s()}, ${this.expr(scope, 'int', d)}, ${s()}))`;
      case 10:
        return `${s()}.center(${r.int(12)}, ${pyStr(r.pick(['*', '-', ' ']))})`;
      default:
        return `${s()}[${this.index(scope, d)}]`;
    }
  }

  private listExpr(scope: Scope, d: number): string {
    const r = this.rng;
    const l = (): string => this.expr(scope, 'list', d);
    switch (r.int(8)) {
      case 0:
        return `(${l()} + ${l()})`;
      case 1:
        return `sorted(${l()}${r.chance(0.5) ? ', reverse=True' : ''}${r.chance(0.4) ? `, key=lambda v: v % ${r.range(2, 7)}` : ''})`;
      case 2:
        return `[v ${r.pick(['+', '*', '//', '%', '-'])} ${this.expr(scope, 'int', d)} for v in ${l()}${r.chance(0.5) ? ` if v ${r.pick(['>', '<', '!=', '=='])} ${r.int(10)}` : ''}]`;
      case 3:
        return `list(range(${r.int(6) - 2}, ${r.int(12)}${r.chance(0.4) ? `, ${r.pick(['1', '2', '3', '-1'])}` : ''}))`;
      case 4:
        return `${l()}[${r.int(6) - 3}:${r.int(8) - 2}${r.chance(0.3) ? `:${r.pick(['1', '2', '-1'])}` : ''}]`;
      case 5:
        return `[len(w) for w in ${this.expr(scope, 'str', d)}.split(${r.chance(0.5) ? pyStr(r.pick([',', ' '])) : ''})]`;
      case 6:
        return `list(${this.expr(scope, 'dict', d)}.values())`;
      default:
        return `(${l()} * ${r.int(3)})`;
    }
  }

  private dictExpr(scope: Scope, d: number): string {
    const r = this.rng;
    switch (r.int(4)) {
      case 0:
        return `{w: len(w) for w in ${this.expr(scope, 'str', d)}.split()}`;
      case 1:
        return `dict(zip(${pyStr(r.pick(WORDS))}, ${this.expr(scope, 'list', d)}))`;
      case 2:
        return `{**${this.expr(scope, 'dict', d)}, ${pyStr(r.pick(WORDS))}: ${this.expr(scope, 'int', d)}}`;
      default:
        return `dict.fromkeys(${this.expr(scope, 'str', d)}, ${this.expr(scope, 'int', d)})`;
    }
  }

  private boolExpr(scope: Scope, d: number): string {
    const r = this.rng;
    const k = r.pick(['int', 'str', 'float'] as const);
    switch (r.int(6)) {
      case 0:
        return `(${this.expr(scope, k, d)} ${r.pick(['<', '<=', '==', '!=', '>', '>='])} ${this.expr(scope, k, d)})`;
      case 1:
        return `(${this.expr(scope, 'bool', d)} ${r.pick(['and', 'or'])} ${this.expr(scope, 'bool', d)})`;
      case 2:
        return `(not ${this.expr(scope, 'bool', d)})`;
      case 3:
        return `(${this.expr(scope, 'int', d)} in ${this.expr(scope, 'list', d)})`;
      case 4:
        return `${this.expr(scope, 'str', d)}.${r.pick(['isdigit', 'isalpha', 'isupper', 'islower', 'isspace'])}()`;
      default:
        return `isinstance(${this.expr(scope, k, d)}, ${r.pick(['int', 'str', 'float', '(int, float)', 'bool'])})`;
    }
  }

  /**
   * A scope without variables, for the right side of an update inside a loop: `s += s + s`
   * in nested loops would double s 36 times.
   */
  private constants(scope: Scope): Scope {
    return { vars: new Map(), funcs: new Map(), depth: scope.depth };
  }

  // --- statements --------------------------------------------------------------------------

  private block(scope: Scope, n: number): void {
    this.indent++;
    const inner: Scope = { vars: new Map(scope.vars), funcs: scope.funcs, depth: scope.depth + 1 };
    for (let i = 0; i < n; i++) this.statement(inner);
    this.indent--;
  }

  private statement(scope: Scope): void {
    const r = this.rng;
    const nested = scope.depth < 2;
    const choice = r.int(nested ? 16 : 9);
    const kinds: readonly Kind[] = ['int', 'float', 'str', 'list', 'dict', 'bool'];
    switch (choice) {
      case 0:
      case 1: {
        const kind = r.pick(kinds);
        this.emit(`print(${this.expr(scope, kind, 3)}${r.chance(0.2) ? `, ${this.expr(scope, 'str', 1)}, sep=${pyStr(r.pick(['|', ', ', '']))}` : ''})`);
        return;
      }
      case 2: {
        const v = this.varOf(scope, 'int');
        if (v !== undefined) this.emit(`${v} ${r.pick(['+=', '-=', '*=', '//=', '%=', '|=', '^='])} ${this.expr(this.constants(scope), 'int', 2)}`);
        else this.declare(scope, 'int');
        return;
      }
      case 3:
        this.declare(scope, r.pick(kinds));
        return;
      case 4: {
        const l = this.varOf(scope, 'list');
        if (l === undefined) return this.declare(scope, 'list');
        const op = r.pick([
          `${l}.append(${this.expr(scope, 'int', 2)})`,
          `${l}.insert(${r.int(6) - 2}, ${this.expr(scope, 'int', 1)})`,
          `${l}.extend(${this.literal('list')})`,
          `${l}.sort(${r.chance(0.5) ? 'reverse=True' : ''})`,
          `${l}.reverse()`,
          `print(${l}.pop(${r.chance(0.5) ? r.int(4) - 2 : ''}))`,
          `${l}[${r.int(4) - 1}:${r.int(5)}] = ${this.literal('list')}`,
          `del ${l}[${r.int(4)}]`,
          `print(${l}.index(${this.expr(scope, 'int', 1)}))`,
          `print(${l}.count(${this.expr(scope, 'int', 1)}))`,
        ]);
        this.emit(op);
        return;
      }
      case 5: {
        const dv = this.varOf(scope, 'dict');
        if (dv === undefined) return this.declare(scope, 'dict');
        const key = pyStr(r.pick(WORDS));
        this.emit(
          r.pick([
            `${dv}[${key}] = ${this.expr(scope, 'int', 2)}`,
            `print(${dv}[${key}])`,
            `print(${dv}.pop(${key}, ${this.expr(scope, 'int', 1)}))`,
            `print(${dv}.setdefault(${key}, ${this.expr(scope, 'int', 1)}))`,
            `del ${dv}[${key}]`,
            `print(list(${dv}.items()))`,
            `${dv}.update(${this.expr(scope, 'dict', 1)})`,
            `print(sorted(${dv}, key=lambda k: (${dv}[k], k)))`,
          ]),
        );
        return;
      }
      case 6: {
        const v = this.varOf(scope, 'str');
        if (v !== undefined) this.emit(`${v} += ${this.expr(this.constants(scope), 'str', 2)}`);
        else this.declare(scope, 'str');
        return;
      }
      case 7:
        this.emit(`assert ${this.expr(scope, 'bool', 2)}, ${this.expr(scope, 'str', 1)}`);
        return;
      case 8:
        this.emit(
          r.chance(0.5)
            ? `print(divmod(${this.expr(scope, 'int', 2)}, ${this.expr(scope, 'int', 1)}))`
            : `print(pow(${this.expr(scope, 'int', 2)}, ${r.int(6)}${r.chance(0.4) ? `, ${r.pick(['7', '-3', '1000', '0'])}` : ''}))`,
        );
        return;
      case 9:
        this.emit(`if ${this.expr(scope, 'bool', 2)}:`);
        this.block(scope, r.range(1, 3));
        if (r.chance(0.4)) {
          this.emit(`elif ${this.expr(scope, 'bool', 2)}:`);
          this.block(scope, r.range(1, 2));
        }
        if (r.chance(0.5)) {
          this.emit('else:');
          this.block(scope, r.range(1, 2));
        }
        return;
      case 10: {
        const it = this.fresh('i');
        this.emit(`for ${it} in ${r.chance(0.5) ? `range(${r.int(6)})` : `${this.expr(scope, r.pick(['list', 'str'] as const), 1)}[:6]`}:`);
        this.indent++;
        const inner: Scope = { vars: new Map(scope.vars), funcs: scope.funcs, depth: scope.depth + 1 };
        inner.vars.set(it, 'int');
        // iterating a str binds str items: keep the name out of typed use
        if (!this.lines[this.lines.length - 1].includes('range(')) inner.vars.delete(it);
        const n = r.range(1, 3);
        for (let i = 0; i < n; i++) this.statement(inner);
        if (r.chance(0.3)) this.emit(`if ${this.expr(inner, 'bool', 1)}: ${r.pick(['break', 'continue'])}`);
        this.indent--;
        if (r.chance(0.2)) {
          this.emit('else:');
          this.block(scope, 1);
        }
        return;
      }
      case 11: {
        const c = this.fresh('n');
        this.emit(`${c} = ${r.int(6)}`);
        this.emit(`while ${c} > 0:`);
        this.indent++;
        this.emit(`${c} -= 1`);
        this.indent--;
        this.block(scope, r.range(1, 2));
        scope.vars.set(c, 'int');
        return;
      }
      case 12: {
        const excs = ['ZeroDivisionError', 'IndexError', 'KeyError', 'ValueError', 'TypeError', 'AssertionError', 'OverflowError'];
        this.emit('try:');
        this.block(scope, r.range(1, 3));
        const caught = r.chance(0.7) ? r.pick(excs) : `(${r.pick(excs)}, ${r.pick(excs)})`;
        const e = this.fresh('e');
        this.emit(`except ${r.chance(0.85) ? caught : 'Exception'} as ${e}:`);
        this.indent++;
        this.emit(`print(type(${e}).__name__, ${e}${r.chance(0.3) ? `, ${e}.args` : ''})`);
        this.indent--;
        if (r.chance(0.3)) {
          this.emit('finally:');
          this.indent++;
          this.emit(`print("finally", ${pyStr(r.pick(WORDS))})`);
          this.indent--;
        }
        return;
      }
      case 13: {
        const name = this.fresh('f');
        const nparams = r.range(0, 3);
        const params = Array.from({ length: nparams }, (_, k) => `p${k}`);
        const withDefault = nparams > 0 && r.chance(0.4);
        this.emit(`def ${name}(${params.map((p, k) => (withDefault && k === nparams - 1 ? `${p}=${r.pick(INT_LITERALS)}` : p)).join(', ')}):`);
        this.indent++;
        const inner: Scope = { vars: new Map(scope.vars), funcs: new Map(scope.funcs), depth: scope.depth + 1 };
        for (const p of params) inner.vars.set(p, 'int');
        if (r.chance(0.5)) this.statement(inner);
        this.emit(`return ${this.expr(inner, 'int', 2)}`);
        this.indent--;
        scope.funcs.set(name, nparams);
        this.emit(`print(${name}(${params.map(() => this.expr(scope, 'int', 1)).join(', ')}))`);
        return;
      }
      case 14: {
        const cls = this.fresh('C');
        this.emit(`class ${cls}:`);
        this.indent++;
        this.emit('def __init__(self, v):');
        this.emit('    self.v = v');
        this.emit('def get(self, k=1):');
        this.emit(`    return self.v * k ${r.pick(['+', '-', '//', '%'])} ${r.range(1, 9)}`);
        this.emit('def __repr__(self):');
        this.emit(`    return "${cls}(" + repr(self.v) + ")"`);
        this.indent--;
        const o = this.fresh('o');
        this.emit(`${o} = ${cls}(${this.expr(scope, 'int', 2)})`);
        this.emit(`print(${o}, ${o}.get(${r.int(5)}), ${o}.v)`);
        return;
      }
      default: {
        const l = this.expr(scope, 'list', 2);
        this.emit(`print(${r.pick([`list(enumerate(${l}))`, `list(zip(${l}, ${this.expr(scope, 'str', 1)}))`, `list(map(abs, ${l}))`, `list(filter(None, ${l}))`, `list(reversed(${l}))`, `any(${l})`, `all(${l})`])})`);
        return;
      }
    }
  }
}
