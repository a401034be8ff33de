// The fuzz test (issue 4: "generated programs, bounded in count and time, find no JavaScript
// exception escaping the interpreter"; design in tests/fuzz/README.md): first the hand-written
// seed programs of tests/fuzz/seeds (the regression set, unchanged), then programs from
// test/fuzz-generator.ts for seeds SEED..SEED+COUNT-1, all run under pergil on the worker pool
// with the debug allocator and the heap checked. Every run must end as a Python program ends —
// status 0, or 1 with a CPython exception type on the last line of stderr — never with a
// JavaScript exception, a crash, a hang or a corrupt heap, and must leave no leaked block. The
// same programs run under python3 too, and stdout, status and exception type must match: the
// programs avoid unspecified behaviour, so python3 is the judge.
//
// Reproduce a failure: PERGIL_FUZZ_SEED=<seed> PERGIL_FUZZ_COUNT=1 npx vitest run test/fuzz.test.ts
// (the failure message prints the seed and the program).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgramOutcome } from './differential.js';
import { REPO_ROOT, compareOutcomes, runUnderPython3 } from './differential.js';
import { generateProgram } from './fuzz-generator.js';
import { NOT_STARTED, PergilPool } from './pergil-pool.js';

const SEED = Number(process.env.PERGIL_FUZZ_SEED ?? 20261125);
const COUNT = Number(process.env.PERGIL_FUZZ_COUNT ?? 200);
/** Programs are handed out until this budget is spent; the ones started still finish. */
const BUDGET_MS = 20_000;
const PROGRAM_TIMEOUT_MS = 10_000;
const POOL_SIZE = 2;
/** Fewer programs than this in the budget means pergil is too slow for the fuzz test to mean anything. */
const MIN_PROGRAMS = Math.min(COUNT, 20);
const SHOWN_FAILURES = 5;

const SEEDS_DIR = join(REPO_ROOT, 'tests', 'fuzz', 'seeds');

interface FuzzCase {
  /** The generator seed, or the seed file's name for a hand-written seed program. */
  readonly seed: number | string;
  readonly file: string;
  readonly source: string;
  pergil?: ProgramOutcome;
  python3?: ProgramOutcome;
}

const dir = mkdtempSync(join(tmpdir(), 'pergil-fuzz-'));
const cases: FuzzCase[] = [];
const exceptionNames = new Set<string>();

beforeAll(async () => {
  const names = spawnSync('python3', ['-c', 'import builtins\nfor n in dir(builtins):\n    v = getattr(builtins, n)\n    if isinstance(v, type) and issubclass(v, BaseException): print(n)'], { encoding: 'utf8' });
  for (const n of names.stdout.split('\n')) if (n !== '') exceptionNames.add(n);
  for (const name of readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.py')).sort()) {
    const file = join(SEEDS_DIR, name);
    cases.push({ seed: name, file, source: readFileSync(file, 'utf8') });
  }
  for (let i = 0; i < COUNT; i++) {
    const seed = SEED + i;
    const source = generateProgram(seed);
    const file = join(dir, `fuzz_${seed}.py`);
    writeFileSync(file, source);
    cases.push({ seed, file, source });
  }
  const python3 = runUnderPython3(cases.map((c) => c.file));
  const pool = new PergilPool(POOL_SIZE, PROGRAM_TIMEOUT_MS);
  const deadline = Date.now() + BUDGET_MS;
  try {
    await Promise.all(
      cases.map(async (c) => {
        // the pool queues jobs; a job whose turn comes after the deadline is not started
        const outcome = await pool.run({ file: c.file, argv: [basename(c.file)], malloc: 'debug', checkHeap: true, notAfter: deadline });
        if (outcome.error !== NOT_STARTED) c.pergil = outcome;
      }),
    );
    const py = await python3;
    for (const c of cases) c.python3 = py.get(c.file);
  } finally {
    await pool.close();
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(failures: readonly { readonly c: FuzzCase; readonly problem: string }[]): string {
  const shown = failures.slice(0, SHOWN_FAILURES).map(({ c, problem }) => {
    const how = typeof c.seed === 'string' ? `tests/fuzz/seeds/${c.seed}` : `seed ${c.seed} (PERGIL_FUZZ_SEED=${c.seed} PERGIL_FUZZ_COUNT=1 npx vitest run test/fuzz.test.ts)`;
    return `${how}:\n  ${problem}\n--- program ---\n${c.source}---------------`;
  });
  const more = failures.length > SHOWN_FAILURES ? `\n… and ${failures.length - SHOWN_FAILURES} more: seeds ${failures.slice(SHOWN_FAILURES).map((f) => f.c.seed).join(', ')}` : '';
  return `${failures.length} of ${cases.filter((c) => c.pergil !== undefined).length} programs failed\n${shown.join('\n')}${more}`;
}

describe(`fuzz: the seed programs, then ${COUNT} generated programs from seed ${SEED}, at most ${BUDGET_MS / 1000} s`, () => {
  it('runs enough programs within the time budget', () => {
    expect(cases.filter((c) => c.pergil !== undefined).length).toBeGreaterThanOrEqual(MIN_PROGRAMS);
  });

  // KNOWN FAILURE (issue 4 still open): fails today and must keep failing until fixed; then this
  // goes back to `it`. Found: RangeError (JS stack) from repr/== of deeply nested
  // or self-referencing values, and 'Invalid string length' from a huge str repeat.
  it.fails('never lets a JavaScript exception escape: each run ends with status 0, or 1 and a CPython exception type, and a sound heap', () => {
    const failures: { c: FuzzCase; problem: string }[] = [];
    for (const c of cases) {
      const o = c.pergil;
      if (o === undefined) continue;
      if (o.error !== undefined) {
        failures.push({ c, problem: o.error });
      } else if (o.status !== 0 && o.status !== 1) {
        failures.push({ c, problem: `exit status ${o.status}` });
      } else if (o.status === 1) {
        const last = o.stderr.trimEnd().split('\n').at(-1) ?? '';
        const type = /^([A-Za-z_]\w*)(?::|$)/.exec(last)?.[1];
        if (type === undefined || !exceptionNames.has(type)) failures.push({ c, problem: `status 1 but the last stderr line is not a CPython exception: ${JSON.stringify(last)}` });
      }
    }
    if (failures.length > 0) expect.fail(report(failures));
  });

  // KNOWN FAILURE (issue 4 still open): fails today and must keep failing until fixed; then this
  // goes back to `it`. Programs that build reference cycles leak until the cycle
  // collector (issue 5).
  it.fails('leaves no leaked block (debug allocator)', () => {
    const failures: { c: FuzzCase; problem: string }[] = [];
    for (const c of cases) {
      const leaks = c.pergil?.leaks;
      if (leaks !== undefined && leaks.count > 0) failures.push({ c, problem: `${leaks.count} leaked blocks: ${leaks.first.join('; ')}` });
    }
    if (failures.length > 0) expect.fail(report(failures));
  });

  // KNOWN FAILURE (issue 4 still open): fails today and must keep failing until fixed; then this
  // goes back to `it`. Gaps in the builtin types (dict views, subclass
  // arithmetic) show up here.
  it.fails('prints what python3 prints (stdout, exit status, exception type)', () => {
    const failures: { c: FuzzCase; problem: string }[] = [];
    for (const c of cases) {
      if (c.pergil === undefined || c.pergil.error !== undefined || c.python3 === undefined) continue;
      const mismatch = compareOutcomes(c.python3, c.pergil);
      if (mismatch !== undefined) failures.push({ c, problem: mismatch });
    }
    if (failures.length > 0) expect.fail(report(failures));
  });
});
