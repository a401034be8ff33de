// The `pergil` command line (CPython's Programs/python.c + Modules/main.c, pymain_main()):
// parses the options, runs the program through runPython with output written synchronously to
// fds 1 and 2, and exits with the program's status. bin/pergil.js imports this file.
import { readFileSync } from 'node:fs';
import { parseCommandLine, HELP_TEXT, USAGE_TEXT } from './args.js';
import { writeFd } from './stdio.js';
import type { RunPythonOptions } from './run.js';

/** The exit status of an internal failure (a JavaScript exception escaping the interpreter): BSD's EX_SOFTWARE. */
const EXIT_INTERNAL_ERROR = 70;

function pergilVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(words: readonly string[]): Promise<number> {
  const command = parseCommandLine(words);
  switch (command.kind) {
    case 'version':
      // NON-CPYTHON: the language level (3.11) without a micro version, and pergil's own version.
      writeFd(1, `Python 3.11 (pergil ${pergilVersion()})\n`);
      return 0;
    case 'help':
      writeFd(1, HELP_TEXT);
      return 0;
    case 'usage-error':
      writeFd(2, `${command.message}\n${USAGE_TEXT}`);
      return 2;
    case 'run':
      break;
  }
  const malloc = process.env.PERGIL_MALLOC ?? 'pymalloc';
  if (malloc !== 'pymalloc' && malloc !== 'debug') {
    writeFd(2, `pergil: PERGIL_MALLOC must be 'pymalloc' or 'debug', not '${malloc}'\n`);
    return 2;
  }
  // The interpreter is loaded only to run a program: --version and usage errors stay instant.
  const { formatLeakReport, runPython } = await import('./run.js');
  const source = command.source;
  const options: RunPythonOptions = {
    argv: command.argv,
    malloc,
    stdout: (text) => writeFd(1, text),
    stderr: (text) => writeFd(2, text),
    ...(source.kind === 'file' ? { file: source.path } : source.kind === 'code' ? { code: source.code } : { code: readFileSync(0, 'utf8'), filename: '<stdin>' }),
  };
  try {
    const result = runPython(options);
    if (result.leaks !== undefined && result.leaks.length > 0) writeFd(2, formatLeakReport(result.leaks));
    return result.status;
  } catch (e) {
    writeFd(2, `pergil: internal error (a bug in pergil, not in your program):\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_INTERNAL_ERROR;
  }
}

process.exitCode = await main(process.argv.slice(2));
