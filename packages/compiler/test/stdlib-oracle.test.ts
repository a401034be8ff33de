// The stdlib oracle on a fixed sample: our parse + ast.dump must equal CPython 3.11's
// `ast.dump(ast.parse(src), include_attributes=True)` for every sampled file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpythonFiles, ours, readBytes, stdlibDir, stdlibFiles } from './cpython-oracle.js';

const SAMPLE = 220;

/**
 * Files that spell surrogates with escapes ('\\ud834\\udd1e', two code points in Python):
 * always compared, as the regression check of the tagged StrConstant (docs/parser.md).
 */
const SURROGATE_FILES: readonly string[] = [
  'test/test_capi/test_unicode.py', 'test/test_codeccallbacks.py', 'test/test_codecs.py',
  'test/test_json/test_scanstring.py', 'test/test_sqlite3/test_userfunctions.py', 'test/test_unicode.py',
];

describe('stdlib oracle (sample)', () => {
  it(`matches CPython on every ${SAMPLE}th-of-the-tree file`, () => {
    const root = stdlibDir();
    const all = stdlibFiles(root);
    expect(all.length).toBeGreaterThan(1000);
    const step = Math.floor(all.length / SAMPLE);
    const sample = all.filter((_, k) => k % step === 0).slice(0, SAMPLE);
    for (const rel of SURROGATE_FILES) {
      const path = join(root, rel);
      if (!sample.includes(path)) sample.push(path);
    }
    const want = cpythonFiles(sample);
    const differing: string[] = [];
    let compared = 0;
    for (const path of sample) {
      const w = want.get(path);
      // Files CPython itself refuses (bad_coding tests, lib2to3 data) are not part of the corpus.
      if (w === undefined || w.error !== undefined) continue;
      compared++;
      const g = ours(readBytes(path), path);
      if (g.dump !== w.dump) {
        const a = w.dump ?? '';
        const b = g.dump ?? JSON.stringify(g.error);
        let k = 0;
        while (k < a.length && a[k] === b[k]) k++;
        differing.push(`${path} at ${k}: cpython …${a.slice(k, k + 80)} ours …${b.slice(k, k + 80)}`);
      }
    }
    expect(compared).toBeGreaterThanOrEqual(200);
    expect(differing).toEqual([]);
  });
});
