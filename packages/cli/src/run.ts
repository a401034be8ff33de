// Running one Python program in a fresh runtime and interpreter, in-process: what the `pergil`
// command does (CPython's Modules/main.c, pymain_run_python(), from Py_InitializeFromConfig to
// Py_FinalizeEx) and what the tests and the eval benchmark call directly.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMAIN_NAMES, checkHeap, leakReport } from '@pergil/allocator';
import type { LiveBlock } from '@pergil/allocator';
import { RuntimeState } from '@pergil/runtime-state';
import { InterpreterState, Py_FinalizeInterpreterModules, Py_RunMain, ThreadState } from '@pergil/interpreter';
import type { InterpreterHost } from '@pergil/interpreter';

/** Which allocator the interpreter's heap uses: pymalloc, or pymalloc under the debug hooks (PYTHONMALLOC=debug). @public */
export type PergilMalloc = 'pymalloc' | 'debug';

/** What {@link runPython} runs, and where its output goes. @public */
export interface RunPythonOptions {
  /** The program's file (relative to the process's cwd or absolute); exactly one of `file` and `code`. */
  readonly file?: string;
  /** The program's source text (`-c CODE`, standard input, generated programs). */
  readonly code?: string;
  /** The file name `code` is compiled under: `<string>` by default (`-c`), `<stdin>` for standard input. */
  readonly filename?: string;
  /** sys.argv: by default `[file]` or `['-c']`. */
  readonly argv?: readonly string[];
  /** Receives everything written to sys.stdout, as it is written. Default: dropped. */
  readonly stdout?: (text: string) => void;
  /** Receives everything written to sys.stderr (tracebacks too), as it is written. Default: dropped. */
  readonly stderr?: (text: string) => void;
  /** input()'s source: the next line without its newline, or undefined at end of file. Default: always end of file. */
  readonly stdin?: () => string | undefined;
  /** The allocator: 'debug' adds the debug hooks and a leak report in the result. Default 'pymalloc'. */
  readonly malloc?: PergilMalloc;
  /**
   * Walk the interpreter heap with the allocator's checkHeap after the program and after
   * finalization; a corrupt heap throws the allocator's error. Default false.
   */
  readonly checkHeap?: boolean;
}

/** How a program ended. @public */
export interface RunPythonResult {
  /**
   * The exit status, as python3's: 0; the SystemExit code; 1 after an uncaught exception
   * (its traceback went to `stderr`); 2 if the file could not be read.
   */
  readonly status: number;
  /**
   * With `malloc: 'debug'`: the blocks still allocated in the interpreter heap after the
   * interpreter's modules and thread state were finalized, beyond those the empty
   * interpreter itself holds (a leak each). Undefined with pymalloc.
   */
  readonly leaks?: readonly LiveBlock[];
}

/** How large the runtime heap may grow; one interpreter's immortal objects need little. */
const RUNTIME_HEAP_MAX_BYTES = 64 << 20;

/** The source of the program, or the message CPython prints when it cannot open the file. */
function readProgram(options: RunPythonOptions): { source: string; filename: string; argv0: string } | { error: string; status: number } {
  if (options.file !== undefined) {
    // CPython compiles the script under its absolute path (__file__, tracebacks) and keeps
    // sys.argv[0] as given.
    const filename = resolve(options.file);
    try {
      return { source: readFileSync(filename, 'utf8'), filename, argv0: options.file };
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EISDIR') return { error: `pergil: can't find '__main__' module in '${filename}'\n`, status: 1 };
      const errno = err.code === 'ENOENT' ? '[Errno 2] No such file or directory' : err.code === 'EACCES' ? '[Errno 13] Permission denied' : `[Errno ${-(err.errno ?? 0)}] ${err.message}`;
      return { error: `pergil: can't open file '${filename}': ${errno}\n`, status: 2 };
    }
  }
  if (options.code === undefined) throw new TypeError('runPython needs a file or code');
  return { source: options.code, filename: options.filename ?? '<string>', argv0: '-c' };
}

/**
 * Runs one program as `__main__` in a new runtime with one interpreter (own heap, own GIL) and
 * one thread state, then finalizes them: the in-process `pergil FILE` / `pergil -c CODE`.
 * Synchronous; output reaches the callbacks as the program writes it. A JavaScript exception
 * thrown from here is a bug in pergil, never a Python error.
 * @public
 */
export function runPython(options: RunPythonOptions): RunPythonResult {
  const stdout = options.stdout ?? (() => {});
  const stderr = options.stderr ?? (() => {});
  const program = readProgram(options);
  if ('error' in program) {
    stderr(program.error);
    return { status: program.status };
  }
  const debug = options.malloc === 'debug';
  const runtime = RuntimeState.create({ maxHeapBytes: RUNTIME_HEAP_MAX_BYTES });
  const interp = InterpreterState.create(runtime, undefined, { debugAllocator: debug });
  // The blocks the empty interpreter holds (its state struct, the static types' table, the
  // preallocated MemoryError): not leaks; finalize() frees them with the heap.
  const baseline = debug ? new Set(leakReport(interp.heap).map((b) => b.offset)) : undefined;
  const tstate = ThreadState.create(interp);
  const mainFile = program.filename;
  const mainSource = program.source;
  const host: InterpreterHost = {
    write(fd: 1 | 2, text: string): void {
      if (fd === 2) stderr(text);
      else stdout(text);
    },
    // Source lines for tracebacks: the main program's from memory, others from disk.
    readSource(filename: string): string | undefined {
      if (filename === mainFile) return mainSource;
      if (filename.startsWith('<')) return undefined;
      try {
        return readFileSync(filename, 'utf8');
      } catch {
        return undefined;
      }
    },
    readLine: options.stdin ?? (() => undefined),
  };
  let status: number;
  let leaks: LiveBlock[] | undefined;
  try {
    // The main thread holds the interpreter's GIL while Python code runs (uncontended here).
    interp.gil.take(tstate.gilThread);
    // Py_RunMain initializes the interpreter (builtins, sys with argv and path[0], __main__).
    status = Py_RunMain(tstate, { source: mainSource, filename: mainFile, argv: options.argv ?? [program.argv0], host });
    if (options.checkHeap === true) checkHeap(interp.heap);
    Py_FinalizeInterpreterModules(tstate);
    interp.gil.drop(tstate.gilThread);
    tstate.clear();
    if (options.checkHeap === true) checkHeap(interp.heap);
    if (baseline !== undefined) leaks = leakReport(interp.heap).filter((b) => !baseline.has(b.offset));
  } finally {
    if (!interp.isFinalized) interp.finalize();
  }
  // The process's exit status is the low byte of the C int (SystemExit(256) exits 0, -1 exits 255).
  status &= 0xff;
  return leaks === undefined ? { status } : { status, leaks };
}

/** How many leaked blocks a report lists one by one. */
const LEAK_REPORT_BLOCKS = 10;

/**
 * The leak report `pergil` prints on stderr at exit under PERGIL_MALLOC=debug: a first line
 * `pergil: N leaked blocks` (machine-readable), then the first few blocks, one a line.
 * @public
 */
export function formatLeakReport(leaks: readonly LiveBlock[]): string {
  const lines = [`pergil: ${leaks.length} leaked block${leaks.length === 1 ? '' : 's'}`];
  for (const b of leaks.slice(0, LEAK_REPORT_BLOCKS)) {
    lines.push(`pergil:   offset ${b.offset}: ${b.sizeBytes} bytes, domain ${DOMAIN_NAMES[b.domain]}, owner interpreter ${b.owner}`);
  }
  if (leaks.length > LEAK_REPORT_BLOCKS) lines.push(`pergil:   … and ${leaks.length - LEAK_REPORT_BLOCKS} more`);
  return lines.join('\n') + '\n';
}
