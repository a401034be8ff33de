#!/usr/bin/env node
// Compiles every stdlib file CPython compiles (CPython's AST via scripts/ast_json.py)
// and checks each code object with verifyCode; prints failures and compile speed.
// With --parser, also compiles each file from src/parse.ts's tree and compares the
// disassembly with the one from CPython's tree.
// Usage: node scripts/codegen-check.mjs [--limit N] [--parser]   (after `npx tsc -p tsconfig.json`)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileAst, verifyCode, disassemble, parse, nestedCode } from '../dist/index.js';
import { decodeAstJson } from './ast-json-decode.mjs';

const ORACLE = fileURLToPath(new URL('./symtable-oracle.py', import.meta.url));
const AST = fileURLToPath(new URL('./ast_json.py', import.meta.url));
const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const withParser = args.includes('--parser');
let parserSame = 0;
let parserDiff = 0;
const files = spawnSync('python3', [ORACLE, '--list'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout.split('\n').filter(Boolean).slice(0, limit);
let ok = 0;
let bad = 0;
let metaSame = 0;
let metaOrder = 0;
let metaDiff = 0;
let metaMissing = 0;
let bytes = 0;
let ms = 0;
const BATCH = 100;
for (let i = 0; i < files.length; i += BATCH) {
  const batch = files.slice(i, i + BATCH);
  const r = spawnSync('python3', [AST], { input: JSON.stringify(batch.map((path) => ({ path, compile: true }))), encoding: 'utf8', maxBuffer: 1 << 30 });
  const results = JSON.parse(r.stdout);
  results.forEach((res, j) => {
    if (res.error) return;
    const tree = decodeAstJson(res.ast);
    let problems;
    const t0 = performance.now();
    try {
      const co = compileAst(tree, { filename: batch[j] });
      ms += performance.now() - t0;
      bytes += readFileSync(batch[j]).length;
      problems = verifyCode(co);
      if (res.code) {
        // Code object metadata against CPython's (ours may lack code objects only dead code uses).
        const ours = [];
        const walk = (c) => { ours.push(c); nestedCode(c).forEach(walk); };
        walk(co);
        let k = 0;
        for (const c of ours) {
          while (k < res.code.length && (res.code[k].qualname !== c.qualname || res.code[k].firstlineno !== c.firstlineno)) k++;
          if (k >= res.code.length) { metaMissing++; k = 0; continue; }
          const t = res.code[k++];
          const a = [c.name, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.cellvars, c.freevars];
          const b = [t.name, t.argcount, t.posonlyargcount, t.kwonlyargcount, t.flags, t.cellvars, t.freevars];
          if (JSON.stringify(a) !== JSON.stringify(b) || JSON.stringify([...c.varnames].sort()) !== JSON.stringify([...t.varnames].sort())) {
            metaDiff++;
            if (metaDiff <= 10) console.log(`META DIFF ${batch[j]} ${c.qualname}`);
          } else if (JSON.stringify(c.varnames) !== JSON.stringify(t.varnames)) metaOrder++;
          else metaSame++;
        }
      }
      if (withParser && problems.length === 0) {
        // Our own parser must give a tree that compiles to the same code.
        let ours;
        try {
          ours = disassemble(compileAst(parse(readFileSync(batch[j]), { filename: batch[j] }), { filename: batch[j] }));
        } catch (e) {
          ours = String(e);
        }
        if (ours === disassemble(co)) parserSame++;
        else {
          parserDiff++;
          if (parserDiff <= 10) console.log(`PARSER DIFF ${batch[j]}`);
        }
      }
    } catch (e) {
      problems = [String(e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e)];
    }
    if (problems.length === 0) ok++;
    else {
      bad++;
      if (bad <= 30) console.log(`FAIL ${batch[j]}: ${problems.slice(0, 3).join('; ')}`);
    }
  });
}
if (withParser) console.log(`parser check: ${parserSame}/${parserSame + parserDiff} files compile identically from src/parse.ts's tree`);
console.log(`code object metadata vs CPython: ${metaSame} identical, ${metaOrder} differ only in co_varnames order, ${metaDiff} differ, ${metaMissing} unmatched`);
console.log(`codegen check: ${ok}/${ok + bad} files compile to verified code`);
console.log(`compile speed (fold+symtable+codegen+assemble, from AST): ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s over ${(bytes / 1e6).toFixed(1)} MB`);
process.exitCode = bad === 0 ? 0 : 1;
