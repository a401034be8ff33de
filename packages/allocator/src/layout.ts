// A struct over shared memory declared as data: a list of int32 fields, from which the
// word offsets and the size are derived (the role of a C struct definition such as
// CPython's `struct pool_header` in Objects/obmalloc.c).

/** One int32 field (or a run of `words` int32 fields) of a shared-memory struct. @internal */
export interface LayoutField {
  /** The field's name, as used in code and drawn in the layout's diagram. */
  readonly name: string;
  /** How many consecutive int32 words the field takes; 1 unless it is an array. */
  readonly words?: number;
  /** One line saying what the field holds. */
  readonly doc: string;
}

/** A layout derived from its field list: each field's word index, and the size. @internal */
export interface Layout<N extends string> {
  /** Index (in int32 words, from the struct's start) of each field. */
  readonly offsetWords: { readonly [K in N]: number };
  /** Size of the whole struct in int32 words. */
  readonly sizeWords: number;
  /** Size of the whole struct in bytes. */
  readonly sizeBytes: number;
  /** The fields, in order, as declared. */
  readonly fields: readonly LayoutField[];
}

/** Derives offsets and the size from a field list; the result is frozen. @internal */
export function defineLayout<const F extends readonly LayoutField[]>(fields: F): Layout<F[number]['name']> {
  const offsetWords: Record<string, number> = {};
  let at = 0;
  for (const field of fields) {
    if (field.name in offsetWords) throw new Error(`layout field ${field.name} declared twice`);
    offsetWords[field.name] = at;
    at += field.words ?? 1;
  }
  return Object.freeze({
    offsetWords: Object.freeze(offsetWords) as { readonly [K in F[number]['name']]: number },
    sizeWords: at,
    sizeBytes: at * 4,
    fields: Object.freeze([...fields]),
  });
}
