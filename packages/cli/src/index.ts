/**
 * The `pergil` command (CPython's `python` executable): run a file or `-c` code as `__main__` in
 * an isolated interpreter, with CPython's exit statuses and tracebacks.
 * @packageDocumentation
 */

export {};
