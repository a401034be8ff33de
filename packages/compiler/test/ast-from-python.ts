// Test-side loader for CPython's own ASTs: runs scripts/ast_json.py once per batch and
// decodes its JSON into src/ast-nodes.ts / src/constants.ts values.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Mod } from '../src/ast-nodes.js';
import type { Constant } from '../src/constants.js';
import { ELLIPSIS } from '../src/constants.js';

const SCRIPT = fileURLToPath(new URL('../scripts/ast_json.py', import.meta.url));

/** One job for the batch: source text or a file path. */
export interface AstJob {
  source?: string;
  path?: string;
  mode?: 'exec' | 'eval' | 'single';
  filename?: string;
  /** Also compile with CPython and report `compileError` when it refuses. */
  compile?: boolean;
}

/** A SyntaxError as CPython's ast.parse reported it. */
export interface PyErrorRecord {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

/** CPython's code object metadata (one per code object, depth first). */
export interface CodeMeta {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
}

/** The result of one job. */
export type AstResult = { ast: Mod; error?: undefined; compileError?: PyErrorRecord; code?: CodeMeta[] } | { ast?: undefined; error: PyErrorRecord };

function decodeFloat(v: number | string): number {
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  if (v === 'nan') return NaN;
  return v as number;
}

function decodeConst(v: unknown): Constant {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  const o = v as Record<string, unknown>;
  switch (o.$) {
    case 'int': return BigInt(o.v as string);
    case 'float': return decodeFloat(o.v as number | string);
    case 'complex': return { kind: 'complex', real: decodeFloat(o.real as number), imag: decodeFloat(o.imag as number) };
    case 'bytes': return { kind: 'bytes', value: Uint8Array.from(Buffer.from(o.hex as string, 'hex')) };
    case 'ellipsis': return ELLIPSIS;
    case 'str': return { kind: 'str', codePoints: o.cps as number[] };
    case 'tuple': case 'frozenset':
      return { kind: o.$, items: (o.items as unknown[]).map(decodeConst) };
    default: throw new Error(`bad constant ${JSON.stringify(v)}`);
  }
}

/** Decodes one scripts/ast_json.py node (in place). */
export function decodeNode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeNode);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (o._type === 'Constant') o.value = decodeConst(o.value);
  for (const k of Object.keys(o)) {
    if (k !== 'value' || o._type !== 'Constant') {
      const f = o[k];
      if (f !== null && typeof f === 'object') o[k] = decodeNode(f);
    }
  }
  return o;
}

/** Parses every job with CPython in one python3 process. */
export function astsFromPython(jobs: readonly AstJob[]): AstResult[] {
  const r = spawnSync('python3', [SCRIPT], { input: JSON.stringify(jobs), maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ast_json.py failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as Array<{ ast?: unknown; error?: PyErrorRecord; compile_error?: PyErrorRecord; code?: CodeMeta[] }>;
  return out.map((x) => (x.error ? { error: x.error } : { ast: decodeNode(x.ast) as Mod, compileError: x.compile_error, code: x.code }));
}

/** Parses one source with CPython (convenience for small tests). */
export function astFromPython(source: string, mode: 'exec' | 'eval' | 'single' = 'exec'): Mod {
  const [r] = astsFromPython([{ source, mode }]);
  if (r.error) throw new Error(`CPython rejected the source: ${r.error.msg}`);
  return r.ast;
}
