// `pergil-compile --dis FILE...`: each file parsed, compiled and disassembled, as
// CPython's `python -m dis FILE`.

import { readFileSync } from 'node:fs';
import { compileAst } from './compile.js';
import { disassemble } from './dis.js';
import { PySyntaxError } from './errors.js';
import { parse } from './parse.js';

/** Prints `== FILE` and the disassembly (or the SyntaxError) of each file; returns the exit status. @internal */
export function disCommand(files: readonly string[], write: (line: string) => void): number {
  let status = 0;
  for (const file of files) {
    write(`== ${file}`);
    try {
      const tree = parse(readFileSync(file), { filename: file });
      write(disassemble(compileAst(tree, { filename: file })).trimEnd());
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      write(`${e.kind}: ${e.msg} (line ${e.lineno}, column ${e.offset})`);
      status = 1;
    }
  }
  return status;
}
