// The process's standard streams as a program sees them (CPython's sys.stdout/stderr with
// `python3 -u`, and input()'s stdin): written synchronously, in program order between stdout
// and stderr, nothing held back at exit; stdin read a line at a time, synchronously.
import { readSync, writeSync } from 'node:fs';

/** How long to wait before retrying a write to a full non-blocking pipe. */
const RETRY_WAIT_MS = 1;

/**
 * Writes all of `text` (UTF-8) to `fd`. A pipe that node has made non-blocking answers EAGAIN
 * when it is full; the write then waits a moment and goes on, so no output is lost.
 * @public
 */
export function writeFd(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // NON-CPYTHON: a closed pipe (`pergil x.py | head`) drops the rest of the output silently;
      // CPython raises BrokenPipeError in the program.
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_WAIT_MS);
    }
  }
}

/** How many bytes a read of standard input asks for at a time. */
const READ_CHUNK_BYTES = 64 << 10;

/**
 * A reader of standard input's lines (for input()), synchronous like the rest of the program:
 * each call returns the next line without its newline, or undefined at end of file.
 * @public
 */
export function stdinLineReader(fd = 0): () => string | undefined {
  let pending = Buffer.alloc(0);
  let eof = false;
  const chunk = Buffer.alloc(READ_CHUNK_BYTES);
  return () => {
    for (;;) {
      const nl = pending.indexOf(10);
      if (nl >= 0) {
        const line = pending.subarray(0, nl).toString('utf8');
        pending = pending.subarray(nl + 1);
        return line.endsWith('\r') ? line.slice(0, -1) : line;
      }
      if (eof) {
        if (pending.length === 0) return undefined;
        const last = pending.toString('utf8');
        pending = Buffer.alloc(0);
        return last;
      }
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_WAIT_MS);
          continue;
        }
        if (code !== 'EOF') throw e;
        n = 0;
      }
      if (n === 0) eof = true;
      else pending = Buffer.concat([pending, chunk.subarray(0, n)]);
    }
  };
}
