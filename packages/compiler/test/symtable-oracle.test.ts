// The symbol table against CPython 3.11's `symtable` module on a fixed sample of the
// stdlib (every 8th .py file in sorted order; one python3 process for the batch).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Mod } from '../src/ast-nodes.js';
import { buildSymbolTable } from '../src/symtable.js';
import { diffSymtableDumps, dumpSymbolTable } from '../src/symtable-dump.js';
import type { SymtableDump } from '../src/symtable-dump.js';
import { decodeNode } from './ast-from-python.js';

const PY = fileURLToPath(new URL('../scripts/symtable-oracle.py', import.meta.url));

interface Rec { path?: string; ast?: unknown; symtable?: SymtableDump; error?: unknown }

describe('symtable oracle (stdlib sample)', () => {
  it('matches CPython on every sampled file', () => {
    const r = spawnSync('python3', [PY, '--sample', '8'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.status, r.stderr).toBe(0);
    const recs = JSON.parse(r.stdout) as Rec[];
    const compared = recs.filter((x) => x.ast !== undefined);
    expect(compared.length).toBeGreaterThanOrEqual(200);
    const mismatches: string[] = [];
    for (const rec of compared) {
      const st = buildSymbolTable(decodeNode(rec.ast) as Mod, { filename: rec.path });
      const d = diffSymtableDumps(dumpSymbolTable(st.top), rec.symtable!);
      if (d !== null) mismatches.push(`${rec.path}: ${d}`);
    }
    expect(mismatches).toEqual([]);
  }, 60_000);
});
