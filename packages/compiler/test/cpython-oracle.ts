// Test helper: runs CPython 3.11 (scripts/ast-oracle.py) once over a batch of snippets or
// files, and our parse + dump over the same input, in the form the oracle compares.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump, parse, PySyntaxError } from '../src/index.js';

const ORACLE = fileURLToPath(new URL('../scripts/ast-oracle.py', import.meta.url));

/** What one source gives: the one-line dump, or the error as [type, msg, lineno, offset]. */
export interface OracleResult {
  readonly dump?: string;
  readonly error?: [string, string, number, number];
}

function runPython(args: string[], input: string): string {
  const r = spawnSync('python3', [ORACLE, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`ast-oracle.py failed: ${r.stderr}`);
  return r.stdout;
}

/** A snippet: source text, [text, mode], or bytes given as a latin-1 string. */
export type Snippet = string | [string, 'exec' | 'eval' | 'single' | 'func_type'] | { latin1: string };

/** CPython's results for each snippet (one python3 process for the whole batch). */
export function cpythonSnippets(sources: readonly Snippet[]): OracleResult[] {
  return JSON.parse(runPython(['--snippets'], JSON.stringify(sources))) as OracleResult[];
}

/** The doctest example sources of a CPython test module's docstring (e.g. test.test_syntax). */
export function cpythonDoctestSources(module: string): string[] {
  return JSON.parse(runPython(['--doctest', module], '')) as string[];
}

/** The distinct short str constants of the given stdlib files (paths relative to the stdlib). */
export function cpythonStringConstants(relPaths: readonly string[]): string[] {
  return JSON.parse(runPython(['--strings', ...relPaths], '')) as string[];
}

/** CPython's results for each file, keyed by path (one python3 process). */
export function cpythonFiles(paths: readonly string[]): Map<string, OracleResult> {
  const out = new Map<string, OracleResult>();
  for (const line of runPython(['--files'], paths.join('\n') + '\n').split('\n')) {
    if (!line) continue;
    const rec = JSON.parse(line) as OracleResult & { path: string };
    out.set(rec.path, rec);
  }
  return out;
}

/** Our result for a snippet (see {@link Snippet}). */
export function oursSnippet(s: Snippet): OracleResult {
  if (typeof s === 'string') return ours(s);
  if (Array.isArray(s)) return ours(s[0], '<unknown>', s[1]);
  return ours(Uint8Array.from(s.latin1, (c) => c.charCodeAt(0)));
}

/** Our result for a source, in the oracle's form. Anything but PySyntaxError propagates. */
export function ours(source: string | Uint8Array, filename = '<unknown>', mode: 'exec' | 'eval' | 'single' | 'func_type' = 'exec'): OracleResult {
  try {
    return { dump: dump(parse(source, { filename, mode }), { includeAttributes: true }) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: [e.kind, e.msg, e.lineno, e.offset] };
    throw e;
  }
}

/** The CPython standard library directory. */
export function stdlibDir(): string {
  const r = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' });
  return r.stdout.trim();
}

/** Every .py file under the stdlib (no site-packages), sorted. */
export function stdlibFiles(root: string): string[] {
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

/** Reads a file as bytes (parse decodes it as CPython does). */
export function readBytes(path: string): Uint8Array {
  return readFileSync(path);
}
