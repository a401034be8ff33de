// The differential suite the object tests share: every case run in one fresh interpreter,
// python3 run once over all of them, outputs compared, and the heap back where it started.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksInUse, differentialMismatches, makeTestWorld, python3Reprs } from '../src/testing/fixtures.js';
import type { DifferentialCase, TestWorld } from '../src/testing/fixtures.js';

export function describeAgainstPython3(title: string, buildCases: () => readonly DifferentialCase[], minCases = 500): void {
  describe(`${title} against python3`, () => {
    let world: TestWorld;
    const cases = buildCases();
    let expected: string[];
    beforeAll(() => {
      world = makeTestWorld();
      expected = python3Reprs(cases.map((c) => c.py));
    });
    afterAll(() => {
      world.tstate.clear();
      world.interp.finalize();
    });

    it(`agrees on ${cases.length} cases and leaks nothing`, () => {
      const before = blocksInUse(world.interp.heap);
      const mismatches = differentialMismatches(world.tstate, cases, expected);
      expect(`${mismatches.length} mismatches\n${mismatches.slice(0, 40).join('\n')}`).toBe('0 mismatches\n');
      expect(cases.length).toBeGreaterThan(minCases);
      expect(blocksInUse(world.interp.heap)).toBe(before);
    });
  });
}
