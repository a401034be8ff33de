// The differential runner's pieces: finding the corpus, running it under python3 (one driver
// process, each program in a fresh subprocess), comparing an outcome with python3's, and the
// known-failure lists that may only shrink (STYLE.md's test262-style expectation files).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in packages/cli/test. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The corpus of programs. */
export const PROGRAMS_ROOT = join(REPO_ROOT, 'tests', 'programs');
const DRIVER = fileURLToPath(new URL('./python3-driver.py', import.meta.url));

/** How one run of a program ended (either interpreter). */
export interface ProgramOutcome {
  readonly stdout: string;
  readonly stderr: string;
  /** Exit status; null if it did not finish (timeout) or the host failed. */
  readonly status: number | null;
  /** A JavaScript exception that escaped, a crash or a timeout: always a pergil bug. */
  readonly error?: string;
  /** Leaked blocks (debug allocator only): how many, and a description of the first few. */
  readonly leaks?: { readonly count: number; readonly first: readonly string[] };
}

/** Every `*.py` under `root`, as paths relative to it, sorted; directories and files starting with `_` are helpers, not programs. */
export function listPrograms(root: string = PROGRAMS_ROOT): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      if (ent.name.startsWith('_') || ent.name.startsWith('.')) continue;
      const p = join(dir, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (ent.name.endsWith('.py')) out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

/** Runs every program (absolute paths) under python3 through the driver; resolves to outcomes by path. */
export function runUnderPython3(paths: readonly string[]): Promise<Map<string, ProgramOutcome>> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [DRIVER], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`python3 driver failed (status ${code}): ${Buffer.concat(err).toString()}`));
        return;
      }
      const parsed = JSON.parse(Buffer.concat(out).toString()) as Record<string, ProgramOutcome>;
      resolve(new Map(Object.entries(parsed)));
    });
    child.stdin.end(JSON.stringify(paths));
  });
}

/** The last non-empty line of a stream. */
function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trimEnd());
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i] !== '') return lines[i];
  return '';
}

/** True if `stderr` holds a traceback or a SyntaxError report (their last line is `Type: message`). */
function endsInTraceback(stderr: string): boolean {
  return /^Traceback \(most recent call last\):$|^ {2}File "/m.test(stderr);
}

/**
 * What is compared of stderr: after a traceback, the exception type of the last line
 * (`TypeError: ...` → `TypeError`, `__main__.MyError` stays qualified); otherwise (SystemExit
 * with a message, a program writing to sys.stderr) the whole last line. Which form applies is
 * decided by python3's stderr, so pergil cannot pass by printing something else.
 */
export function stderrKey(stderr: string, traceback: boolean): string {
  const line = lastLine(stderr);
  if (!traceback) return line;
  const m = /^([A-Za-z_][\w.]*)(?::|$)/.exec(line);
  return m === null ? line : m[1];
}

function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (s: string | undefined): string => (s === undefined ? '<end of output>' : JSON.stringify(s));
      return `stdout line ${i + 1}:\n    python3: ${show(e[i])}\n    pergil:  ${show(a[i])}`;
    }
  }
  return 'stdout differs';
}

function tail(text: string, lines: number): string {
  return text.split('\n').slice(-lines - 1).join('\n');
}

/**
 * python3's stderr without its compile-time warnings (`file.py:19: SyntaxWarning: …` and the
 * source line under it): pergil has no warnings module yet (issue 4), so a warning is not part
 * of what the corpus compares.
 */
export function withoutWarnings(stderr: string): string {
  return stderr.replace(/^[^\n]*:\d+: [A-Za-z]*Warning: [^\n]*\n(?: {2}[^\n]*\n)?/gm, '');
}

/** Compares pergil's outcome with python3's; returns why they differ, or undefined if they agree. */
export function compareOutcomes(python3Raw: ProgramOutcome, pergil: ProgramOutcome): string | undefined {
  const python3 = { ...python3Raw, stderr: withoutWarnings(python3Raw.stderr) };
  if (python3.status === null) return `python3 did not finish: ${python3.stderr.trim()}`;
  if (pergil.error !== undefined) return `pergil failed: ${pergil.error}\n  stdout so far:\n${tail(pergil.stdout, 5)}`;
  const problems: string[] = [];
  if (python3.stdout !== pergil.stdout) problems.push(firstDifference(python3.stdout, pergil.stdout));
  if (python3.status !== pergil.status) problems.push(`exit status: python3 ${python3.status}, pergil ${pergil.status}`);
  const traceback = endsInTraceback(python3.stderr);
  const want = stderrKey(python3.stderr, traceback);
  const got = stderrKey(pergil.stderr, traceback);
  if (want !== got) problems.push(`last stderr line${traceback ? ' (exception type)' : ''}: python3 ${JSON.stringify(want)}, pergil ${JSON.stringify(got)}`);
  if (problems.length === 0) return undefined;
  if (pergil.stderr !== '') problems.push(`pergil's stderr ends:\n${tail(pergil.stderr, 8)}`);
  return problems.join('\n  ');
}

/** Reads a known-failure list: one program path a line, `#` starts a comment. Path → the note after it. */
export function readKnownList(file: string): Map<string, string> {
  const entries = new Map<string, string>();
  if (!existsSync(file)) return entries;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const hash = raw.indexOf('#');
    const path = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (path !== '') entries.set(path, hash < 0 ? '' : raw.slice(hash + 1).trim());
  }
  return entries;
}

/** Writes a known-failure list: the header comment, then one `path  # note` line per entry, sorted. */
export function writeKnownList(file: string, header: string, entries: ReadonlyMap<string, string>): void {
  const lines = header
    .trim()
    .split('\n')
    .map((l) => `# ${l}`.trimEnd());
  for (const path of [...entries.keys()].sort()) {
    const note = (entries.get(path) ?? '').split('\n')[0].slice(0, 120);
    lines.push(note === '' ? path : `${path}  # ${note}`);
  }
  writeFileSync(file, lines.join('\n') + '\n');
}
