// The gate itself: the real pergil tree against the real catalog, as `npm test` runs it.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSources, formatCheckResult } from '../src/index.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('the pergil tree', () => {
  it('has every module-level global in tools/globals-check/globals.tsv with a class and a reason', () => {
    const result = checkSources({ root: repoRoot });
    expect(result.findings.length).toBeGreaterThan(0); // the walk did reach the sources
    // On failure the message is the command's own output: what to add, what to remove.
    expect(result.ok, `globals-check failed on the real tree:\n${formatCheckResult(result)}`).toBe(true);
  });
});
