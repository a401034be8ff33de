// Struct layouts over shared memory, declared as data: a field list from which byte offsets,
// word offsets, alignment and size are derived once and frozen (the role of a C struct
// definition, e.g. CPython's `PyObject_HEAD` in Include/object.h).
//
// Code that reads a struct does not go through this module at run time: each `*.layout.ts`
// exports the derived offsets as named constants, and readers index a typed array at a
// constant offset (`i32[(p + OB_TYPE) >> 2]`), which the JIT inlines.

/**
 * The type of one field of a shared-memory struct. `handle` is a `PyObject*` (a signed int32,
 * see handle.ts); `reserved` is opaque bytes kept for another layer (its `count` is in bytes).
 * @public
 */
export type LayoutFieldType = 'i32' | 'u32' | 'f64' | 'handle' | 'u8' | 'u16' | 'reserved';

/**
 * One field as declared in a layout's field list.
 * @public
 */
export interface LayoutFieldSpec {
  /** The field's name: CPython's where the concept is CPython's (`ob_refcnt`, `tp_flags`). */
  readonly name: string;
  /** The type of each element. */
  readonly type: LayoutFieldType;
  /**
   * Omitted for one element; N for a fixed-length array of N elements (bytes for
   * `reserved`); 0 for a flexible trailing array (C's `T name[]`), which must come last.
   */
  readonly count?: number;
  /** Alignment in bytes, when larger than the type's own (e.g. a GIL on its own cache line). */
  readonly alignBytes?: number;
  /** One line saying what the field holds. */
  readonly doc: string;
}

/**
 * A field with its place in the struct, as derived by {@link defineLayout}.
 * @public
 */
export interface LayoutField extends LayoutFieldSpec {
  /** Byte offset from the start of the struct. */
  readonly offsetBytes: number;
  /** Bytes the field takes (0 for a flexible trailing array). */
  readonly sizeBytes: number;
  /** True for a flexible trailing array. */
  readonly flexible: boolean;
}

/**
 * A struct layout derived from its field list; frozen.
 * @public
 */
export interface Layout<N extends string = string> {
  /** The struct's name, as in its box diagram (`PyObject`, `PyTupleObject`, `RuntimeState`). */
  readonly name: string;
  /** All fields in memory order, including those of the layout it extends. */
  readonly fields: readonly LayoutField[];
  /** Each field's byte offset. */
  readonly offsetBytes: { readonly [K in N]: number };
  /** Each field's offset in int32 words (its byte offset / 4); only meaningful for 4-aligned fields. */
  readonly offsetWords: { readonly [K in N]: number };
  /** Size of the fixed part in bytes, rounded up to `alignBytes` (C's sizeof). */
  readonly sizeBytes: number;
  /** The struct's alignment: the largest of its fields'. */
  readonly alignBytes: number;
}

/** Bytes per element of each field type. @public */
export const LAYOUT_TYPE_SIZE_BYTES: Readonly<Record<LayoutFieldType, number>> = Object.freeze({
  i32: 4,
  u32: 4,
  f64: 8,
  handle: 4,
  u8: 1,
  u16: 2,
  reserved: 1,
});

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/**
 * Derives a layout from a field list. With `base`, the struct starts with all of base's
 * fields (C's `PyObject_HEAD` / `PyObject_VAR_HEAD` idiom). Throws on a duplicate name, a
 * flexible array that is not last, or a bad count.
 * @public
 */
export function defineLayout<const F extends readonly LayoutFieldSpec[], B extends string = never>(
  name: string,
  fields: F,
  base?: Layout<B>,
): Layout<F[number]['name'] | B> {
  const placed: LayoutField[] = base ? [...base.fields] : [];
  if (placed.some((f) => f.flexible)) throw new Error(`layout ${name}: its base ${base!.name} ends in a flexible array`);
  let end = base ? base.fields.reduce((at, f) => Math.max(at, f.offsetBytes + f.sizeBytes), 0) : 0;
  let alignBytes = base ? base.alignBytes : 1;
  fields.forEach((spec, i) => {
    if (placed.some((f) => f.name === spec.name)) throw new Error(`layout ${name}: field ${spec.name} declared twice`);
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 0) throw new Error(`layout ${name}: field ${spec.name} has count ${count}`);
    const flexible = spec.count === 0;
    if (flexible && i !== fields.length - 1) throw new Error(`layout ${name}: flexible field ${spec.name} is not last`);
    const elementBytes = LAYOUT_TYPE_SIZE_BYTES[spec.type];
    const fieldAlign = Math.max(spec.alignBytes ?? 1, spec.type === 'reserved' ? 1 : elementBytes);
    const offsetBytes = roundUp(end, fieldAlign);
    const sizeBytes = flexible ? 0 : elementBytes * count;
    placed.push(Object.freeze({ ...spec, offsetBytes, sizeBytes, flexible }));
    end = offsetBytes + sizeBytes;
    alignBytes = Math.max(alignBytes, fieldAlign);
  });
  const offsetBytes: Record<string, number> = {};
  const offsetWords: Record<string, number> = {};
  for (const f of placed) {
    offsetBytes[f.name] = f.offsetBytes;
    offsetWords[f.name] = f.offsetBytes / 4;
  }
  type Names = F[number]['name'] | B;
  return Object.freeze({
    name,
    fields: Object.freeze(placed),
    offsetBytes: Object.freeze(offsetBytes) as { readonly [K in Names]: number },
    offsetWords: Object.freeze(offsetWords) as { readonly [K in Names]: number },
    sizeBytes: roundUp(end, alignBytes),
    alignBytes,
  });
}

/** How a field's type is drawn in a diagram: `i32`, `u8[16]`, `handle[]`. */
function typeLabel(f: LayoutFieldSpec): string {
  if (f.count === undefined) return f.type;
  return f.count === 0 ? `${f.type}[]` : `${f.type}[${f.count}]`;
}

const BOX_WIDTH = 40;

/**
 * Draws a layout as the box diagram that heads its `*.layout.ts` (each line prefixed by
 * `// `): the name line, then a boundary line with the byte offset before every field, the
 * size at the bottom, and flexible arrays drawn dotted below the box.
 * @public
 */
export function renderLayoutDiagram(layout: Layout): string {
  const bar = '─'.repeat(BOX_WIDTH);
  const lines = [`// ${layout.name}:`, '//  byte'];
  const fixed = layout.fields.filter((f) => !f.flexible);
  fixed.forEach((f, i) => {
    lines.push(`// ${String(f.offsetBytes).padStart(5)} ${i === 0 ? '┌' : '├'}${bar}${i === 0 ? '┐' : '┤'}`);
    lines.push(`//       │ ${f.name.padEnd(20)} ${typeLabel(f).padEnd(BOX_WIDTH - 22)}│ ${f.doc}`);
  });
  lines.push(`// ${String(layout.sizeBytes).padStart(5)} └${bar}┘`);
  for (const f of layout.fields.filter((g) => g.flexible)) {
    lines.push(`//       ┆ ${f.name.padEnd(20)} ${typeLabel(f).padEnd(BOX_WIDTH - 22)}┆ at ${f.offsetBytes}: ${f.doc}`);
  }
  return lines.join('\n');
}

/** The line after which a `*.layout.ts` file holds its generated diagrams. @public */
export const LAYOUT_DIAGRAMS_BEGIN = '// (diagrams: scripts/render-diagrams.mjs)';
/** The line before which a `*.layout.ts` file's generated diagrams end. @public */
export const LAYOUT_DIAGRAMS_END = '// (end of diagrams)';

/**
 * Returns a `*.layout.ts` source text with the diagrams between {@link LAYOUT_DIAGRAMS_BEGIN}
 * and {@link LAYOUT_DIAGRAMS_END} redrawn from `layouts` (what each package's
 * `scripts/render-diagrams.mjs` writes back).
 * @public
 */
export function redrawLayoutDiagrams(source: string, layouts: readonly Layout[], fileName = 'source'): string {
  const start = source.indexOf(LAYOUT_DIAGRAMS_BEGIN);
  const end = source.indexOf(LAYOUT_DIAGRAMS_END);
  if (start < 0 || end < start) throw new Error(`${fileName}: no diagram markers`);
  const drawn = layouts.map((l) => renderLayoutDiagram(l)).join('\n//\n');
  return `${source.slice(0, start)}${LAYOUT_DIAGRAMS_BEGIN}\n//\n${drawn}\n//\n${source.slice(end)}`;
}

/**
 * One diagram as read back from a source file by {@link parseLayoutDiagrams}.
 * @public
 */
export interface ParsedLayoutDiagram {
  /** The layout name on the diagram's title line. */
  readonly name: string;
  /** The byte offsets on the boundary lines, top to bottom (the last one is the size). */
  readonly boundaries: readonly number[];
  /** The fields inside the box, in order, with their drawn type label. */
  readonly fields: readonly { readonly name: string; readonly type: string }[];
  /** The flexible arrays drawn below the box, with the offset written after `at`. */
  readonly flexible: readonly { readonly name: string; readonly type: string; readonly offsetBytes: number }[];
}

/**
 * Reads every box diagram out of a `*.layout.ts` source text, so that a test can hold the
 * pictures against the derived layouts (see {@link checkLayoutDiagram}).
 * @public
 */
export function parseLayoutDiagrams(source: string): ParsedLayoutDiagram[] {
  const diagrams: ParsedLayoutDiagram[] = [];
  let current: { name: string; boundaries: number[]; fields: { name: string; type: string }[]; flexible: { name: string; type: string; offsetBytes: number }[] } | undefined;
  for (const line of source.split('\n')) {
    const title = /^\/\/ (\w+):$/.exec(line);
    if (title) {
      current = { name: title[1], boundaries: [], fields: [], flexible: [] };
      diagrams.push(current);
      continue;
    }
    if (!current) continue;
    const boundary = /^\/\/\s+(\d+) [┌├└]/.exec(line);
    if (boundary) current.boundaries.push(Number(boundary[1]));
    const cell = /^\/\/\s+│ (\w+)\s+(\w+(?:\[\d*\])?)\s+│/.exec(line);
    if (cell) current.fields.push({ name: cell[1], type: cell[2] });
    const flex = /^\/\/\s+┆ (\w+)\s+(\w+\[\])\s+┆ at (\d+)/.exec(line);
    if (flex) current.flexible.push({ name: flex[1], type: flex[2], offsetBytes: Number(flex[3]) });
  }
  return diagrams;
}

/**
 * Compares a parsed diagram with a layout; returns the differences (empty when they agree):
 * field names and order, drawn types, every field's offset, and the size.
 * @public
 */
export function checkLayoutDiagram(layout: Layout, diagram: ParsedLayoutDiagram): string[] {
  const problems: string[] = [];
  const fixed = layout.fields.filter((f) => !f.flexible);
  const flexible = layout.fields.filter((f) => f.flexible);
  const drawn = diagram.fields.map((f) => f.name).join(', ');
  const declared = fixed.map((f) => f.name).join(', ');
  if (drawn !== declared) problems.push(`${layout.name}: diagram fields [${drawn}] but declared [${declared}]`);
  if (diagram.boundaries.length !== diagram.fields.length + 1) {
    problems.push(`${layout.name}: ${diagram.boundaries.length} boundary lines for ${diagram.fields.length} fields`);
  }
  fixed.forEach((f, i) => {
    const row = diagram.fields[i];
    if (row && row.type !== typeLabel(f)) problems.push(`${layout.name}.${f.name}: drawn as ${row.type}, declared ${typeLabel(f)}`);
    if (diagram.boundaries[i] !== f.offsetBytes) {
      problems.push(`${layout.name}.${f.name}: drawn at byte ${diagram.boundaries[i]}, derived ${f.offsetBytes}`);
    }
  });
  const drawnSize = diagram.boundaries[diagram.boundaries.length - 1];
  if (drawnSize !== layout.sizeBytes) problems.push(`${layout.name}: drawn size ${drawnSize}, derived ${layout.sizeBytes}`);
  const flexDrawn = diagram.flexible.map((f) => `${f.name} ${f.type} ${f.offsetBytes}`).join(', ');
  const flexDeclared = flexible.map((f) => `${f.name} ${typeLabel(f)} ${f.offsetBytes}`).join(', ');
  if (flexDrawn !== flexDeclared) problems.push(`${layout.name}: flexible arrays drawn [${flexDrawn}], declared [${flexDeclared}]`);
  return problems;
}
