// Shared vitest settings for every package: where tests live, how long one may take, and
// the JSON results file that .ci/run adds up into its "N passed, N failed" line.
import { defineConfig } from 'vitest/config';

export function packageTestConfig(overrides: { testTimeout?: number; include?: string[] } = {}) {
  return defineConfig({
    test: {
      include: overrides.include ?? ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: overrides.testTimeout ?? 30_000,
      hookTimeout: 30_000,
      reporters: ['default', 'json'],
      outputFile: { json: '.vitest/results.json' },
    },
  });
}
