// The `parse` benchmark: @pergil/compiler's parse() over CPython's standard library,
// against CPython 3.11's own ast.parse on the same files, measured in the same run; and
// parse+compile (compileSource) over the same files beside it.
// File reading is excluded from both timings; only files CPython parses are used.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource, parse } from '@pergil/compiler';
import type { Benchmark, BenchOptions, BenchResult } from './harness.js';
import { median, timeRepeated } from './harness.js';

/** CPython's side, run once: decodes nothing, times ast.parse over the kept files. */
const CPYTHON_TIMER = `
import ast, json, sys, time, warnings
warnings.simplefilter('ignore')
paths = sys.stdin.read().split('\\n')
sources, kept = [], []
for i, p in enumerate(paths):
    if not p:
        continue
    with open(p, 'rb') as fh:
        data = fh.read()
    try:
        ast.parse(data)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        continue
    sources.append(data)
    kept.append(i)
reps = int(sys.argv[1])
times = []
for _ in range(reps):
    t0 = time.perf_counter_ns()
    for s in sources:
        ast.parse(s)
    times.append(time.perf_counter_ns() - t0)
json.dump({'kept': kept, 'times_ns': times}, sys.stdout)
`;

function stdlibFiles(): string[] {
  const r = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' });
  const root = r.stdout.trim();
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, ent.name);
      if (ent.isDirectory()) {
        if (ent.name !== 'site-packages' && ent.name !== 'dist-packages' && ent.name !== '__pycache__') walk(p);
      } else if (ent.name.endsWith('.py')) {
        out.push(p);
      }
    }
  };
  walk(root);
  return out.sort();
}

async function run(options: BenchOptions): Promise<BenchResult> {
  const all = stdlibFiles();
  // quick: every 8th file of the sorted tree.
  const files = options.quick ? all.filter((_, k) => k % 8 === 0) : all;
  const reps = options.quick ? 3 : 5;
  const py = spawnSync('python3', ['-c', CPYTHON_TIMER, String(reps)], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (py.status !== 0) throw new Error(`python3 failed: ${py.stderr}`);
  const cpython = JSON.parse(py.stdout) as { kept: number[]; times_ns: number[] };
  const sources = cpython.kept.map((i) => readFileSync(files[i]));
  let bytes = 0;
  for (const s of sources) bytes += s.length;
  // Warm up the JIT, then time whole passes.
  for (const s of sources) parse(s);
  const ours = timeRepeated(reps, () => {
    for (const s of sources) parse(s);
  });
  // A few files parse but do not compile, in CPython too (a misplaced `from __future__`).
  const compilable = sources.filter((s) => {
    try {
      compileSource(s);
      return true;
    } catch {
      return false;
    }
  });
  let compilableBytes = 0;
  for (const s of compilable) compilableBytes += s.length;
  const compiled = timeRepeated(reps, () => {
    for (const s of compilable) compileSource(s);
  });
  const mb = bytes / 1e6;
  const oursMbPerS = mb / (median(ours) / 1e9);
  const cpythonMbPerS = mb / (median(cpython.times_ns) / 1e9);
  return {
    name: 'parse',
    rows: [
      { figure: 'parse_mb_per_s', value: oursMbPerS, unit: 'MB/s', note: `${sources.length} stdlib files, ${mb.toFixed(1)} MB, median of ${reps}` },
      { figure: 'cpython_parse_mb_per_s', value: cpythonMbPerS, unit: 'MB/s', note: 'CPython 3.11 ast.parse, same files, same run' },
      { figure: 'compile_mb_per_s', value: compilableBytes / 1e6 / (median(compiled) / 1e9), unit: 'MB/s', note: `parse + symtable + bytecode, ${compilable.length} of the files` },
      { figure: 'parse_vs_cpython', value: oursMbPerS / cpythonMbPerS, unit: 'x', note: 'higher is better' },
      { figure: 'corpus_bytes', value: bytes, unit: 'B' },
    ],
  };
}

/** @internal */
export const parseBenchmark: Benchmark = Object.freeze({ name: 'parse', run });
