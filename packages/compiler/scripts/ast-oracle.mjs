#!/usr/bin/env node
// The AST oracle: compares our parse + dump with CPython 3.11's ast.parse + ast.dump
// (include_attributes=True) on the standard library, file by file.
//   node packages/compiler/scripts/ast-oracle.mjs [--all | --sample N | FILE...] [--verbose]
// Needs the package built (dist/). Exit status 1 when any file differs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { parse } = await import(join(here, '../dist/parse.js'));
const { dump } = await import(join(here, '../dist/ast-dump.js'));
const { PySyntaxError } = await import(join(here, '../dist/errors.js'));
const PY = join(here, 'ast-oracle.py');

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
let files;
if (argv.includes('--all') || argv.includes('--sample')) {
  const all = execFileSync('python3', [PY, '--list'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter(Boolean);
  const i = argv.indexOf('--sample');
  if (i >= 0) {
    const n = Number(argv[i + 1] ?? 200);
    const step = Math.max(1, Math.floor(all.length / n));
    files = all.filter((_, k) => k % step === 0).slice(0, n);
  } else {
    files = all;
  }
} else {
  files = argv.filter((a) => !a.startsWith('--'));
}

function ours(path) {
  try {
    return { dump: dump(parse(readFileSync(path), { filename: path }), { includeAttributes: true }) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: [e.kind, e.msg, e.lineno, e.offset] };
    return { crash: String(e && e.stack || e) };
  }
}

function firstDiff(a, b) {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

let same = 0;
const diffs = [];
let ourSeconds = 0;
const BATCH = 100;
for (let b = 0; b < files.length; b += BATCH) {
  const batch = files.slice(b, b + BATCH);
  const out = execFileSync('python3', [PY, '--files'], { input: batch.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  for (const line of out.split('\n')) {
    if (!line) continue;
    const want = JSON.parse(line);
    const t0 = process.hrtime.bigint();
    const got = ours(want.path);
    ourSeconds += Number(process.hrtime.bigint() - t0) / 1e9;
    const w = want.dump ?? JSON.stringify(want.error);
    const g = got.dump ?? (got.error ? JSON.stringify(got.error) : got.crash);
    if (w === g) { same++; continue; }
    const k = firstDiff(w, g);
    diffs.push({ path: want.path, at: k, want: w.slice(Math.max(0, k - 80), k + 120), got: g.slice(Math.max(0, k - 80), k + 120) });
  }
}
for (const d of diffs) {
  console.log(`DIFF ${d.path} at char ${d.at}`);
  if (verbose) console.log(`  cpython: ${d.want}\n  ours:    ${d.got}`);
}
console.log(`${same}/${files.length} files identical, ${diffs.length} differ (our parse+dump ${ourSeconds.toFixed(2)} s)`);
process.exitCode = diffs.length > 0 ? 1 : 0;
