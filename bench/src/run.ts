// `npm run bench [-- NAME…] [--quick]`: runs the named benchmarks (all by default), prints
// each one's table and writes its JSON.
import type { Benchmark } from './harness.js';
import { printTable, writeResult } from './harness.js';
import { allocatorBenchmark } from './allocator.js';
import { channelsBenchmark } from './channels.js';
import { evalBenchmark } from './eval.js';
import { gilBenchmark } from './gil.js';
import { parseBenchmark } from './parse.js';

const benchmarks: readonly Benchmark[] = Object.freeze([allocatorBenchmark, gilBenchmark, parseBenchmark, channelsBenchmark, evalBenchmark]);

async function main(argv: readonly string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !benchmarks.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  for (const bench of benchmarks) {
    if (names.length > 0 && !names.includes(bench.name)) continue;
    const result = await bench.run({ quick });
    printTable(result);
    console.log(`\nwrote ${writeResult(result)}`);
  }
}

await main(process.argv.slice(2));
