// Adds up every vitest JSON report that `npm test` wrote (one per nx project) and prints
// the closing line CI reads: "N passed, N failed". Usage: node .ci/summarize.mjs NPM_TEST_STATUS
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ['packages', 'tools', '.']) {
  const groupDir = join(root, group);
  const dirs = group === '.' ? ['bench'] : readdirSync(groupDir);
  for (const dir of dirs) {
    const report = join(groupDir, dir, '.vitest', 'results.json');
    if (!existsSync(report)) continue;
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    skipped += results.numPendingTests + (results.numTodoTests ?? 0);
    // A suite that failed to load has no tests in it, but it is a failure all the same.
    for (const suite of results.testResults) {
      if (suite.status === 'failed' && suite.assertionResults.length === 0) failed += 1;
    }
  }
}
// A non-zero exit from `npm test` with no failed test means a build, lint or API step
// failed: that counts as one failure, so the line never reads green over a red run.
const npmTestStatus = Number(process.argv[2] ?? 0);
if (npmTestStatus !== 0 && failed === 0) failed = 1;
if (skipped > 0) console.log(`${skipped} skipped (known failures)`);
console.log(`${passed} passed, ${failed} failed`);
