#!/usr/bin/env node
// Regenerates packages/cli/test/known-failures.txt and known-leaks.txt from a run of the
// differential test (test/programs.test.ts with PERGIL_UPDATE_KNOWN_FAILURES=1): every
// program that differs from python3 is listed with its first mismatch, every passing program
// that leaks under the debug allocator is listed with its leak count. Build first
// (`npm run build`, or at least @pergil/interpreter and @pergil/cli).
// Usage: node packages/cli/scripts/update-known-failures.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cliRoot = fileURLToPath(new URL('..', import.meta.url));
const lists = ['test/known-failures.txt', 'test/known-leaks.txt'];
const count = (file) => {
  try {
    return readFileSync(new URL(`../${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).length;
  } catch {
    return 0;
  }
};
const before = lists.map(count);
const run = spawnSync('npx', ['vitest', 'run', 'test/programs.test.ts', '--reporter=dot'], {
  cwd: cliRoot,
  stdio: 'inherit',
  env: { ...process.env, PERGIL_UPDATE_KNOWN_FAILURES: '1' },
});
if (run.status !== 0) {
  console.error(`vitest failed (status ${run.status}); the lists may not have been rewritten`);
  process.exit(1);
}
lists.forEach((file, i) => console.log(`${file}: ${before[i]} -> ${count(file)} programs`));
