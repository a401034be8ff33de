// The static builtin types, declared once as a table (CPython's `static_builtin_types` in
// Objects/object.c, and the `_PyStaticType_*` machinery of 3.12): name, base, MRO, flags,
// instance size, static index. The runtime lays each one's immutable part in its heap; each
// interpreter keeps the mutable part (tp_dict, tp_subclasses, caches) at the same index.
//
// Names, bases, MROs and flags come from the live python3 (scripts/gen-static-types.py →
// static-types.generated.ts); instance sizes come from pergil's own layouts (object.layout.ts).

import type { Layout } from './layout.js';
import {
  PY_BASE_EXCEPTION_OBJECT,
  PY_BYTES_OBJECT,
  PY_FLOAT_OBJECT,
  PY_LONG_OBJECT,
  PY_OBJECT,
  PY_TUPLE_OBJECT,
  PY_TYPE_OBJECT,
  PY_UNICODE_OBJECT,
} from './object.layout.js';
import { staticTypeRows } from './static-types.generated.js';
import { Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_IMMUTABLETYPE } from './type-flags.js';

/**
 * One generated row: name, tp_base name (null for object), __mro__ names, kept tp_flags,
 * CPython's __basicsize__, CPython's __itemsize__.
 * @internal
 */
export type StaticTypeRow = readonly [string, string | null, readonly string[], number, number, number];

/**
 * A static builtin type: everything the runtime needs to lay its immutable part.
 * @public
 */
export interface StaticTypeSpec {
  /** tp_name, e.g. `int`, `NoneType`, `ValueError`. */
  readonly name: string;
  /** Index 0..N-1 in the runtime's static types table and in each interpreter's type states. */
  readonly staticIndex: number;
  /** tp_base's name; null for `object`. */
  readonly base: string | null;
  /** __mro__, starting with the type itself. */
  readonly mro: readonly string[];
  /** tp_flags: the kept Py_TPFLAGS_* bits (unsigned). */
  readonly flags: number;
  /**
   * The instance layout, or null where no layer has declared it yet (list, dict, function, …:
   * the interpreter layer adds them here as it implements them).
   */
  readonly instanceLayout: Layout | null;
  /** tp_basicsize: the instance layout's size in bytes; 0 while the layout is undeclared. */
  readonly basicsizeBytes: number;
  /** tp_itemsize: bytes per item of a variable-size instance; 0 otherwise. */
  readonly itemsizeBytes: number;
}

/** The instance layout and tp_itemsize of the types whose layout is declared; undefined for the rest. */
function declaredLayout(name: string): readonly [Layout, number] | undefined {
  switch (name) {
    case 'object':
      return [PY_OBJECT, 0];
    case 'type':
      return [PY_TYPE_OBJECT, 0];
    case 'int':
    // CPython sizes bool as sizeof(PyLongObject) (one digit included), int as its header; same layout.
    case 'bool':
      return [PY_LONG_OBJECT, 4];
    case 'float':
      return [PY_FLOAT_OBJECT, 0];
    case 'str':
      return [PY_UNICODE_OBJECT, 0];
    case 'bytes':
      return [PY_BYTES_OBJECT, 1];
    case 'tuple':
      return [PY_TUPLE_OBJECT, 4];
    case 'BaseException':
      return [PY_BASE_EXCEPTION_OBJECT, 0];
    default:
      return undefined;
  }
}

function buildTable(): readonly StaticTypeSpec[] {
  const table = staticTypeRows();
  const rows = new Map(table.map((row) => [row[0], row]));
  return Object.freeze(
    table.map(([name, base, mro, cpythonFlags, cpythonBasicsize, cpythonItemsize], staticIndex) => {
      // A type has the layout of its nearest declared ancestor when CPython gives both the same
      // instance size (bool shares int's, ValueError BaseException's); else it waits for its own.
      let instanceLayout: Layout | null = null;
      let itemsizeBytes = 0;
      for (let at: string | null = name; at !== null; at = rows.get(at)![1]) {
        const declared = declaredLayout(at);
        if (declared === undefined) continue;
        const ancestor = rows.get(at)!;
        if (at === name || (ancestor[4] === cpythonBasicsize && ancestor[5] === cpythonItemsize)) {
          instanceLayout = declared[0];
          itemsizeBytes = declared[1];
        }
        break;
      }
      // NON-CPYTHON: ExceptionGroup is a heap type in CPython 3.11 (made at start-up from a
      // spec); here it is one more static type, immutable like the others.
      const flags = name === 'ExceptionGroup' ? ((cpythonFlags & ~Py_TPFLAGS_HEAPTYPE) | Py_TPFLAGS_IMMUTABLETYPE) >>> 0 : cpythonFlags;
      return Object.freeze({
        name,
        staticIndex,
        base,
        mro: Object.freeze([...mro]),
        flags,
        instanceLayout,
        basicsizeBytes: instanceLayout === null ? 0 : instanceLayout.sizeBytes,
        itemsizeBytes,
      });
    }),
  );
}

/**
 * Every static builtin type, in static-index order: object, type, the singletons' types, the
 * numeric, text and container types, functions, descriptors, views and iterators, then
 * CPython 3.11's whole builtin exception hierarchy (bases always before subclasses).
 * @public
 */
export const STATIC_TYPES: readonly StaticTypeSpec[] = buildTable();

/** Static index by type name: a frozen constant table with no prototype. */
const STATIC_INDEX_BY_NAME: Readonly<Record<string, number | undefined>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(STATIC_TYPES.map((t) => [t.name, t.staticIndex]))),
);

/** The static index of the builtin type called `name`, or -1 if it is not a static type. @public */
export function staticTypeIndex(name: string): number {
  return STATIC_INDEX_BY_NAME[name] ?? -1;
}
