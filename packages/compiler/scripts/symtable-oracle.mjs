#!/usr/bin/env node
// Symbol-table oracle over the whole CPython stdlib: `node scripts/symtable-oracle.mjs`
// (after `npx tsc -p tsconfig.json`). CPython's ast + symtable come from
// scripts/symtable-oracle.py (one python3 process per batch of files); our
// buildSymbolTable runs on CPython's AST and the trees are compared flag for flag.
// Options: --limit N (first N files), --verbose (print every mismatch).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSymbolTable, dumpSymbolTable, diffSymtableDumps } from '../dist/index.js';
import { decodeAstJson } from './ast-json-decode.mjs';

const PY = fileURLToPath(new URL('./symtable-oracle.py', import.meta.url));
const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const verbose = args.includes('--verbose');

const list = spawnSync('python3', [PY, '--list'], { encoding: 'utf8', maxBuffer: 1 << 28 });
const files = list.stdout.split('\n').filter(Boolean).slice(0, limit);
let ok = 0;
let bad = 0;
const BATCH = 100;
for (let i = 0; i < files.length; i += BATCH) {
  const batch = files.slice(i, i + BATCH);
  const r = spawnSync('python3', [PY, '--dump'], { input: JSON.stringify(batch.map((path) => ({ path }))), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(r.stderr);
  const results = JSON.parse(r.stdout);
  results.forEach((res, j) => {
    if (res.error) return;
    let diff;
    try {
      diff = diffSymtableDumps(dumpSymbolTable(buildSymbolTable(decodeAstJson(res.ast), { filename: batch[j] }).top), res.symtable);
    } catch (e) {
      diff = `threw ${e}`;
    }
    if (diff === null) ok++;
    else {
      bad++;
      if (verbose || bad <= 20) console.log(`MISMATCH ${batch[j]}: ${diff}`);
    }
  });
}
console.log(`symtable oracle: ${ok}/${ok + bad} files match CPython 3.11`);
process.exitCode = bad === 0 ? 0 : 1;
