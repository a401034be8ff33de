import { describe, expect, it } from 'vitest';
import { checkLayoutDiagram, defineLayout, LAYOUT_DIAGRAMS_BEGIN, LAYOUT_DIAGRAMS_END, parseLayoutDiagrams, redrawLayoutDiagrams, renderLayoutDiagram } from './layout.js';

describe('defineLayout', () => {
  it('places fields at their natural alignment and rounds the size up to the struct alignment', () => {
    const l = defineLayout('Mixed', [
      { name: 'a', type: 'u8', doc: 'a byte' },
      { name: 'b', type: 'i32', doc: 'a word' },
      { name: 'c', type: 'u16', doc: 'a half word' },
      { name: 'd', type: 'f64', doc: 'a double' },
      { name: 'e', type: 'u8', count: 3, doc: 'three bytes' },
    ]);
    expect(l.offsetBytes).toEqual({ a: 0, b: 4, c: 8, d: 16, e: 24 });
    expect(l.offsetWords.b).toBe(1);
    expect(l.alignBytes).toBe(8);
    expect(l.sizeBytes).toBe(32);
  });

  it('starts an extending layout with its base\'s fields (PyObject_HEAD)', () => {
    const head = defineLayout('Head', [
      { name: 'x', type: 'i32', doc: 'x' },
      { name: 'y', type: 'handle', doc: 'y' },
    ]);
    const l = defineLayout('Body', [{ name: 'z', type: 'f64', doc: 'z' }], head);
    expect(l.fields.map((f) => f.name)).toEqual(['x', 'y', 'z']);
    expect(l.offsetBytes.z).toBe(8);
    expect(l.sizeBytes).toBe(16);
  });

  it('puts a flexible array at the end of the fixed part and leaves it out of the size', () => {
    const l = defineLayout('Var', [
      { name: 'n', type: 'i32', doc: 'count' },
      { name: 'items', type: 'handle', count: 0, doc: 'items' },
    ]);
    expect(l.offsetBytes.items).toBe(4);
    expect(l.sizeBytes).toBe(4);
    expect(l.fields[1].flexible).toBe(true);
  });

  it('honours a requested alignment (a GIL on its own cache line)', () => {
    const l = defineLayout('Aligned', [
      { name: 'w', type: 'i32', doc: 'w' },
      { name: 'gil', type: 'reserved', count: 64, alignBytes: 64, doc: 'gil' },
    ]);
    expect(l.offsetBytes.gil).toBe(64);
    expect(l.alignBytes).toBe(64);
    expect(l.sizeBytes).toBe(128);
  });

  it('refuses duplicate names, a flexible array that is not last, and bad counts', () => {
    expect(() => defineLayout('Dup', [{ name: 'a', type: 'i32', doc: '' }, { name: 'a', type: 'i32', doc: '' }])).toThrow(/declared twice/);
    expect(() => defineLayout('Flex', [{ name: 'a', type: 'i32', count: 0, doc: '' }, { name: 'b', type: 'i32', doc: '' }])).toThrow(/not last/);
    expect(() => defineLayout('Neg', [{ name: 'a', type: 'i32', count: -1, doc: '' }])).toThrow(/count/);
  });

  it('is frozen', () => {
    const l = defineLayout('Frozen', [{ name: 'a', type: 'i32', doc: '' }]);
    expect(Object.isFrozen(l)).toBe(true);
    expect(Object.isFrozen(l.fields)).toBe(true);
    expect(Object.isFrozen(l.offsetBytes)).toBe(true);
  });
});

describe('layout diagrams', () => {
  const sample = defineLayout('Sample', [
    { name: 'n', type: 'i32', doc: 'count' },
    { name: 'v', type: 'f64', doc: 'value' },
    { name: 'tail', type: 'u16', count: 0, doc: 'data' },
  ]);

  it('reads back a rendered diagram with no differences', () => {
    const [parsed] = parseLayoutDiagrams(renderLayoutDiagram(sample));
    expect(parsed.name).toBe('Sample');
    expect(parsed.boundaries).toEqual([0, 8, 16]);
    expect(parsed.flexible).toEqual([{ name: 'tail', type: 'u16[]', offsetBytes: 16 }]);
    expect(checkLayoutDiagram(sample, parsed)).toEqual([]);
  });

  it('reports a field drawn at the wrong offset, a wrong type and a wrong size', () => {
    const text = renderLayoutDiagram(sample).replace('//     8 ├', '//    12 ├').replace('f64', 'i32').replace('//    16 └', '//    20 └');
    const problems = checkLayoutDiagram(sample, parseLayoutDiagrams(text)[0]);
    expect(problems.some((p) => p.includes('Sample.v: drawn at byte 12'))).toBe(true);
    expect(problems.some((p) => p.includes('drawn as i32'))).toBe(true);
    expect(problems.some((p) => p.includes('drawn size 20'))).toBe(true);
  });
});

describe('redrawLayoutDiagrams', () => {
  it('replaces only what stands between the markers, and the result reads back', () => {
    const l = defineLayout('Pair', [
      { name: 'a', type: 'i32', doc: 'first' },
      { name: 'b', type: 'f64', doc: 'second' },
    ]);
    const source = `// head\n${LAYOUT_DIAGRAMS_BEGIN}\n// stale picture\n${LAYOUT_DIAGRAMS_END}\nexport const X = 1;\n`;
    const redrawn = redrawLayoutDiagrams(source, [l]);
    expect(redrawn.startsWith(`// head\n${LAYOUT_DIAGRAMS_BEGIN}\n`)).toBe(true);
    expect(redrawn.endsWith(`${LAYOUT_DIAGRAMS_END}\nexport const X = 1;\n`)).toBe(true);
    expect(redrawn).not.toContain('stale picture');
    const [parsed] = parseLayoutDiagrams(redrawn);
    expect(checkLayoutDiagram(l, parsed)).toEqual([]);
  });

  it('names the file when the markers are missing', () => {
    expect(() => redrawLayoutDiagrams('// nothing here\n', [], 'x.layout.ts')).toThrow(/x\.layout\.ts: no diagram markers/);
  });
});
