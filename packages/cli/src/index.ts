/**
 * The `pergil` command (CPython's `python` executable): run a file or `-c` code as `__main__` in
 * an isolated interpreter, with CPython's exit statuses and tracebacks — and the same as a host
 * API, {@link runPython}, for tests and benchmarks that run programs in-process.
 * @packageDocumentation
 */

export { HELP_TEXT, USAGE_TEXT, parseCommandLine } from './args.js';
export type { CommandLine, ProgramSource } from './args.js';
export { writeFd } from './stdio.js';
export { formatLeakReport, runPython } from './run.js';
export type { PergilMalloc, RunPythonOptions, RunPythonResult } from './run.js';
