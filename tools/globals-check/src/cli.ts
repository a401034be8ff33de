// The `globals-check` executable: runs the check in the current process (bin/globals-check.js imports this).

import { runGlobalsCheck } from './run.js';

process.exitCode = runGlobalsCheck(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
