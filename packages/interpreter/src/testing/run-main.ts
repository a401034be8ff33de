// Test fixtures (not part of the public API): run a Python program under pergil with its output
// collected through the host hooks, and the same program under python3, for differential tests.

import { spawnSync } from 'node:child_process';
import { RuntimeState } from '@pergil/runtime-state';
import { InterpreterState } from '../interpreter-state.js';
import type { InterpreterHost } from '../interpreter-state.js';
import { ThreadState } from '../thread-state.js';
import { Py_RunMain } from '../main.js';
import { Py_FinalizeInterpreterModules } from '../pylifecycle.js';
import { blocksInUse } from './fixtures.js';

/** What one run printed and returned. @internal */
export interface ProgramResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/** A pergil run, with the heap's blocks in use after the run minus before it. @internal */
export interface PergilResult extends ProgramResult {
  readonly leakedBlocks: number;
}

/** A host whose stdout, stderr and stdin are strings. @internal */
export function collectingHost(stdin: readonly string[] = []): InterpreterHost & { readonly out: string[]; readonly err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const lines = [...stdin];
  return {
    out,
    err,
    write(fd: 1 | 2, text: string): void {
      (fd === 1 ? out : err).push(text);
    },
    readLine: () => lines.shift(),
  };
}

/**
 * Runs `source` as `pergil -c source` in a fresh interpreter of `runtime` (or of a new
 * runtime) and finalizes it; `leakedBlocks` counts the interpreter heap's blocks still in use
 * afterwards beyond those of a bare interpreter.
 * @internal
 */
export function runPergil(source: string, options: { readonly runtime?: RuntimeState; readonly stdin?: readonly string[]; readonly argv?: readonly string[] } = {}): PergilResult {
  const runtime = options.runtime ?? RuntimeState.create({ maxHeapBytes: 64 << 20 });
  const interp = InterpreterState.create(runtime);
  try {
    const baseline = blocksInUse(interp.heap);
    const tstate = ThreadState.create(interp);
    const host = collectingHost(options.stdin);
    const status = Py_RunMain(tstate, { source, argv: options.argv ?? ['-c'], host });
    Py_FinalizeInterpreterModules(tstate);
    tstate.clear();
    const leakedBlocks = blocksInUse(interp.heap) - baseline;
    return { stdout: host.out.join(''), stderr: host.err.join(''), status, leakedBlocks };
  } finally {
    interp.finalize();
  }
}

/** Runs `python3 -c source`. @internal */
export function runPython3(source: string, stdin = ''): ProgramResult {
  const r = spawnSync('python3', ['-c', source], { input: stdin, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

/** The last line of a traceback: `Type: message` (or the whole text if it has one line). @internal */
export function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}
