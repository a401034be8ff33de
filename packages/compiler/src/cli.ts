// The `pergil-compile` command: the compiler's front end on files, as CPython's
// `python -c "import ast; print(ast.dump(ast.parse(open(f).read()), include_attributes=True))"`.
//   pergil-compile --ast FILE...   one `== FILE` line, then the one-line dump or the error
//   pergil-compile --dis FILE...   the disassembly (dis-cli.ts, owned by the bytecode compiler)
// Another view is one more `case` in `main`.

import { readFileSync } from 'node:fs';
import { dump } from './ast-dump.js';
import { disCommand } from './dis-cli.js';
import { PySyntaxError } from './errors.js';
import { parse } from './parse.js';

const USAGE = 'usage: pergil-compile (--ast | --dis) FILE...';

/** Prints `== FILE` and the AST dump (or the SyntaxError) of each file; returns the exit status. */
function astCommand(files: readonly string[], write: (line: string) => void): number {
  let status = 0;
  for (const file of files) {
    write(`== ${file}`);
    try {
      const tree = parse(readFileSync(file), { filename: file });
      write(dump(tree, { includeAttributes: true }));
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      write(`${e.kind}: ${e.msg} (line ${e.lineno}, column ${e.offset})`);
      status = 1;
    }
  }
  return status;
}

/** Runs the command line `argv` (without node and the script); returns the exit status. @internal */
export function main(argv: readonly string[], write: (line: string) => void = (l) => process.stdout.write(l + '\n')): number {
  const [command, ...files] = argv;
  switch (command) {
    case '--ast':
      return astCommand(files, write);
    case '--dis':
      return disCommand(files, write);
    default:
      process.stderr.write(USAGE + '\n');
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
