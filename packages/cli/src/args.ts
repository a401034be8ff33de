// The command line of `pergil`, parsed the way CPython's Modules/main.c and Python/getopt.c do
// it: short options that may be bundled (`-uc CODE`), `-c` taking the rest of its word or the
// next word, the first non-option word naming the script, everything after it belonging to
// the program (sys.argv[1:]).
// cpython: Python/getopt.c, _PyOS_GetOpt(); Python/initconfig.c, config_parse_cmdline()

/** What the command line asks for. @public */
export type CommandLine =
  /** Run a program: from a file, from `-c` code, or from standard input (`-` or no script). */
  | { readonly kind: 'run'; readonly source: ProgramSource; readonly argv: readonly string[] }
  /** Print the version (`-V`, `--version`) and exit 0. */
  | { readonly kind: 'version' }
  /** Print the help text (`-h`, `-?`, `--help`) and exit 0. */
  | { readonly kind: 'help' }
  /** A usage error: print the message and the usage lines on stderr and exit 2. */
  | { readonly kind: 'usage-error'; readonly message: string };

/** Where the program comes from. @public */
export type ProgramSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'stdin' };

/**
 * Options that CPython accepts and whose effect pergil already has, so they are taken and
 * ignored: -u (unbuffered: pergil writes synchronously), -B (no .pyc: pergil writes none),
 * -E / -s / -S / -I (environment, user site, site: pergil reads none of them), -q (quiet
 * start-up: pergil has no REPL banner).
 */
const NO_OP_FLAGS = 'uBEsSIq';

/** Parses the words after the command name (`process.argv.slice(2)`). @public */
export function parseCommandLine(words: readonly string[]): CommandLine {
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (word === '--') {
      i++;
      break;
    }
    if (word === '-' || !word.startsWith('-')) break;
    if (word.startsWith('--')) {
      if (word === '--version') return { kind: 'version' };
      if (word === '--help') return { kind: 'help' };
      return { kind: 'usage-error', message: `unknown option ${word}` };
    }
    // a bundle of short options: -uBc CODE
    for (let k = 1; k < word.length; k++) {
      const flag = word[k];
      if (flag === 'c') {
        const attached = word.slice(k + 1);
        if (attached !== '') return { kind: 'run', source: { kind: 'code', code: attached }, argv: ['-c', ...words.slice(i + 1)] };
        if (i + 1 >= words.length) return { kind: 'usage-error', message: 'Argument expected for the -c option' };
        return { kind: 'run', source: { kind: 'code', code: words[i + 1] }, argv: ['-c', ...words.slice(i + 2)] };
      }
      if (flag === 'V') return { kind: 'version' };
      if (flag === 'h' || flag === '?') return { kind: 'help' };
      if (!NO_OP_FLAGS.includes(flag)) return { kind: 'usage-error', message: `Unknown option: -${flag}` };
    }
    i++;
  }
  if (i >= words.length) return { kind: 'run', source: { kind: 'stdin' }, argv: [''] };
  const script = words[i];
  if (script === '-') return { kind: 'run', source: { kind: 'stdin' }, argv: ['-', ...words.slice(i + 1)] };
  return { kind: 'run', source: { kind: 'file', path: script }, argv: [script, ...words.slice(i + 1)] };
}

/** The usage lines printed after a usage error (CPython's usage(1, program)). @public */
export const USAGE_TEXT = "usage: pergil [option] ... [-c cmd | file | -] [arg] ...\nTry `pergil -h' for more information.\n";

/** The help text of `pergil -h`. @public */
export const HELP_TEXT = `usage: pergil [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
-u -B -E -s -S -I -q : accepted for compatibility with python3; no effect
file   : program read from script file
-      : program read from stdin (default; no interactive mode)
arg ...: arguments passed to program in sys.argv[1:]

Environment variables:
PERGIL_MALLOC : 'debug' runs with the allocator's debug hooks and reports leaked
                blocks at exit; 'pymalloc' (the default) does not
`;
