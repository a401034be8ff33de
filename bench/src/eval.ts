// The `eval` benchmark (issue 4's "Speed"): each CPU-bound program in bench/programs/*.py
// under pergil and under python3 in the same run, median of several repetitions each, the
// time ratio per program and the geometric mean (target for issue 4: at most 3x).
//
// Both sides are timed in-process, from source text to the end of the program, so neither
// pays for its process start-up: python3 compiles and exec's the source in a driver process
// (fresh globals each repetition, stdout captured in a StringIO); pergil runs it with
// @pergil/cli's runPython, which also creates and finalizes a runtime and an interpreter each
// time (a few milliseconds). No warm-up repetition on either side; the median absorbs the
// first, cold, run. Both outputs must match, else the program is reported and left out of
// the geometric mean.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPython } from '@pergil/cli';
import type { Benchmark, BenchOptions, BenchResult, BenchRow } from './harness.js';
import { median, timeRepeated } from './harness.js';

const PROGRAMS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'programs');

/** python3's side: times exec(compile(source)) for each program, `reps` times, capturing stdout once. */
const CPYTHON_TIMER = `
import builtins, io, json, os, sys, time
paths = json.load(sys.stdin)
reps = int(sys.argv[1])
out = {}
real_stdout = sys.stdout
for path in paths:
    with open(path, encoding='utf-8') as fh:
        code = compile(fh.read(), path, 'exec')
    os.chdir(os.path.dirname(path))
    sys.argv = [os.path.basename(path)]
    times, first = [], None
    for _ in range(reps):
        g = {'__name__': '__main__', '__builtins__': builtins, '__file__': path}
        sys.stdout = buf = io.StringIO()
        t0 = time.perf_counter_ns()
        try:
            exec(code, g)
        except SystemExit:
            pass
        times.append(time.perf_counter_ns() - t0)
        sys.stdout = real_stdout
        if first is None:
            first = buf.getvalue()
        del g
    out[path] = {'times_ns': times, 'stdout': first}
json.dump(out, real_stdout)
`;

function benchPrograms(): string[] {
  if (!existsSync(PROGRAMS_DIR)) return [];
  return readdirSync(PROGRAMS_DIR)
    .filter((n) => n.endsWith('.py'))
    .sort()
    .map((n) => join(PROGRAMS_DIR, n));
}

async function run(options: BenchOptions): Promise<BenchResult> {
  const programs = benchPrograms();
  if (programs.length === 0) throw new Error(`no programs in ${PROGRAMS_DIR}`);
  const reps = options.quick ? 3 : 5;
  const py = spawnSync('python3', ['-c', CPYTHON_TIMER, String(reps)], {
    input: JSON.stringify(programs),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONHASHSEED: '0' },
  });
  if (py.status !== 0) throw new Error(`python3 failed: ${py.stderr}`);
  const cpython = JSON.parse(py.stdout) as Record<string, { times_ns: number[]; stdout: string }>;

  const rows: BenchRow[] = [];
  const ratios: number[] = [];
  for (const path of programs) {
    const name = basename(path, '.py');
    let stdout = '';
    let status = 0;
    let first = true;
    let failure: string | undefined;
    let ours: number[] = [];
    try {
      ours = timeRepeated(reps, () => {
        const chunks: string[] = [];
        const result = runPython({ file: path, argv: [basename(path)], stdout: (t) => chunks.push(t) });
        if (first) {
          stdout = chunks.join('');
          status = result.status;
          first = false;
        }
      });
    } catch (e) {
      failure = `pergil threw ${e instanceof Error ? e.message : String(e)}`;
    }
    const pythonS = median(cpython[path].times_ns) / 1e9;
    const pergilS = failure === undefined ? median(ours) / 1e9 : Number.NaN;
    const matches = failure === undefined && status === 0 && stdout === cpython[path].stdout;
    const ratio = pergilS / pythonS;
    if (matches) ratios.push(ratio);
    rows.push({
      figure: `ratio_${name}`,
      value: matches ? ratio : Number.NaN,
      unit: 'x',
      note: matches ? `python3 ${pythonS.toFixed(3)} s, pergil ${pergilS.toFixed(3)} s` : `${failure ?? `OUTPUT DIFFERS from python3 (pergil status ${status})`}; left out`,
    });
  }
  const geomean = ratios.length === 0 ? Number.NaN : Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  rows.push({ figure: 'geomean_ratio_vs_python3', value: geomean, unit: 'x', note: `pergil time / python3 time, over ${ratios.length} of ${programs.length} programs; target <= 3` });
  rows.push({ figure: 'programs_mismatched', value: programs.length - ratios.length, unit: 'programs', note: 'output differs from python3' });
  return { name: 'eval', rows };
}

/** The eval-loop benchmark against python3. */
export const evalBenchmark: Benchmark = Object.freeze({ name: 'eval', run });
