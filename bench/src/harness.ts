// The benchmark convention (shared/BENCHMARKS.md): every benchmark measures its baseline in
// the same run, reports medians of several repetitions, prints a table and writes
// bench/results/NAME.json with a flat object of named figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How a benchmark is run: `quick` shortens it (under 20 s) but measures the same figures. */
export interface BenchOptions {
  readonly quick: boolean;
}

/** One row of a benchmark's table: a figure, its value, and what it is compared against. */
export interface BenchRow {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

/** What a benchmark returns: its rows; the figures object is derived from them. */
export interface BenchResult {
  readonly name: string;
  readonly rows: readonly BenchRow[];
}

/** A benchmark: a name and a function that runs it. */
export interface Benchmark {
  readonly name: string;
  readonly run: (options: BenchOptions) => Promise<BenchResult>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `repetitions` times and returns each run's duration in nanoseconds. */
export function timeRepeated(repetitions: number, fn: () => void): number[] {
  const durationsNs: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = process.hrtime.bigint();
    fn();
    durationsNs.push(Number(process.hrtime.bigint() - start));
  }
  return durationsNs;
}

export function machineInfo(): Record<string, string | number> {
  const cpu = cpus();
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpuModel: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryBytes: totalmem(),
    date: new Date().toISOString(),
  };
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (abs >= 1e4) return `${(value / 1e3).toFixed(1)} k`;
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

export function printTable(result: BenchResult): void {
  const header = ['figure', 'value', 'unit', 'note'];
  const lines = result.rows.map((row) => [row.figure, formatValue(row.value), row.unit, row.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\n## ${result.name}\n`);
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(fmt(line));
}

export const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

export function writeResult(result: BenchResult): string {
  const figures: Record<string, number> = {};
  for (const row of result.rows) figures[row.figure] = row.value;
  mkdirSync(resultsDir, { recursive: true });
  const path = join(resultsDir, `${result.name}.json`);
  writeFileSync(path, JSON.stringify({ name: result.name, machine: machineInfo(), figures }, null, 2) + '\n');
  return path;
}
