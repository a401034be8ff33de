// The one registry of every builtin method and attribute table (CPython keeps a PyMethodDef*
// in each builtin_function_or_method and each type's tp_methods/tp_getset): for each owner —
// a static type's name (`list`) or a builtin module's name (`builtins`, `sys`) — its
// PyMethodDef[] and PyGetSetDef[] lists. A def is named by an index that is the same in every
// thread, so objects in the shared heap can store it (a JS object cannot live there).
//
// Adding a table is ONE line in METHOD_TABLE: `['owner', () => OWNER_METHODS, () => OWNER_GETSETS]`.
// The lists are reached through thunks so that this module never reads another module's
// binding while the import graph is still being evaluated (object files import each other in
// cycles; a list is read only when an interpreter first asks for it).
//
// Index of a def: `row << METHOD_INDEX_ROW_SHIFT | position` — the owner's row in METHOD_TABLE
// and the def's position in the owner's list. Rows are only ever appended.

import type { PyGetSetDef, PyMethodDef } from './methoddef.js';
import { BUILTIN_FUNCTION_GETSETS, METHOD_DESCRIPTOR_GETSETS } from './methodobject.js';
import { CLASSMETHOD_GETSETS, GETSET_DESCRIPTOR_GETSETS, PROPERTY_GETSETS, PROPERTY_METHODS, STATICMETHOD_GETSETS } from './descrobject.js';
import { TYPE_GETSETS, TYPE_METHODS } from './typeobject.js';
import { BOUND_METHOD_GETSETS } from './classobject.js';
import { SUPER_GETSETS } from './superobject.js';
import { OBJECT_ATTR_METHODS, OBJECT_GETSETS } from './object-attrs.js';
import { iterMethodsOf } from './iterobject.js';
import { exceptionGetSetsOf, exceptionMethodsOf } from './exceptions-attrs.js';
import { BUILTIN_METHODS } from '../bltinmodule.js';
import { UNICODE_METHODS } from './unicode-methodtable.js';
import { SLICE_GETSETS, SLICE_METHODS } from './sliceobject.js';
import { LONG_GETSETS, LONG_METHODS } from './long-methods.js';
import { FLOAT_GETSETS, FLOAT_METHODS } from './float-methods.js';
import { BYTES_METHODS } from './bytes-methods.js';
import { TP_INIT_WRAPPERS, TP_NEW_WRAPPERS } from './typeslots.js';
import { LIST_METHODS } from './list-methods.js';
import { DICT_METHODS } from './dict-methods.js';
import { FROZENSET_METHODS, RANGE_GETSETS, RANGE_METHODS, SET_METHODS, TUPLE_METHODS } from './set-methods.js';
import { FLAGS_GETSETS, FLAGS_METHODS, IMPLEMENTATION_GETSETS, IMPLEMENTATION_METHODS, SYS_METHODS, TEXTIO_GETSETS, TEXTIO_METHODS } from '../sysmodule.js';

/** One registry row: owner name, its methods, its attributes. @public */
export type MethodTableRow = readonly [owner: string, methods: () => readonly PyMethodDef[], getsets: () => readonly PyGetSetDef[]];

const NO_METHODS: readonly PyMethodDef[] = Object.freeze([]);
const NO_GETSETS: readonly PyGetSetDef[] = Object.freeze([]);

/**
 * Every table, one row per owner. Append only (a row's position is part of its defs' indices).
 * Owners that are static types fill that type's per-interpreter dict with method_descriptor,
 * classmethod_descriptor and getset_descriptor objects; module owners are bound by
 * PyModule_AddFunctions.
 */
const METHOD_TABLE: readonly MethodTableRow[] = Object.freeze([
  ['builtin_function_or_method', () => NO_METHODS, () => BUILTIN_FUNCTION_GETSETS],
  ['method_descriptor', () => NO_METHODS, () => METHOD_DESCRIPTOR_GETSETS],
  ['getset_descriptor', () => NO_METHODS, () => GETSET_DESCRIPTOR_GETSETS],
  ['builtins', () => BUILTIN_METHODS, () => NO_GETSETS],
  ['<tp_new wrappers>', () => TP_NEW_WRAPPERS, () => NO_GETSETS],
  ['<tp_init wrappers>', () => TP_INIT_WRAPPERS, () => NO_GETSETS],
  ['sys', () => SYS_METHODS, () => NO_GETSETS],
  ['_io.TextIOWrapper', () => TEXTIO_METHODS, () => TEXTIO_GETSETS],
  ['sys.implementation', () => IMPLEMENTATION_METHODS, () => IMPLEMENTATION_GETSETS],
  ['sys.flags', () => FLAGS_METHODS, () => FLAGS_GETSETS],
  ['list_iterator', () => iterMethodsOf('list_iterator'), () => NO_GETSETS],
  ['list_reverseiterator', () => iterMethodsOf('list_reverseiterator'), () => NO_GETSETS],
  ['tuple_iterator', () => iterMethodsOf('tuple_iterator'), () => NO_GETSETS],
  ['str_ascii_iterator', () => iterMethodsOf('str_ascii_iterator'), () => NO_GETSETS],
  ['bytes_iterator', () => iterMethodsOf('bytes_iterator'), () => NO_GETSETS],
  ['range_iterator', () => iterMethodsOf('range_iterator'), () => NO_GETSETS],
  ['longrange_iterator', () => iterMethodsOf('longrange_iterator'), () => NO_GETSETS],
  ['set_iterator', () => iterMethodsOf('set_iterator'), () => NO_GETSETS],
  ['dict_keyiterator', () => iterMethodsOf('dict_keyiterator'), () => NO_GETSETS],
  ['dict_valueiterator', () => iterMethodsOf('dict_valueiterator'), () => NO_GETSETS],
  ['dict_itemiterator', () => iterMethodsOf('dict_itemiterator'), () => NO_GETSETS],
  ['iterator', () => iterMethodsOf('iterator'), () => NO_GETSETS],
  ['callable_iterator', () => iterMethodsOf('callable_iterator'), () => NO_GETSETS],
  ['enumerate', () => iterMethodsOf('enumerate'), () => NO_GETSETS],
  ['zip', () => iterMethodsOf('zip'), () => NO_GETSETS],
  ['map', () => iterMethodsOf('map'), () => NO_GETSETS],
  ['filter', () => iterMethodsOf('filter'), () => NO_GETSETS],
  ['reversed', () => iterMethodsOf('reversed'), () => NO_GETSETS],
  ['BaseException', () => exceptionMethodsOf('BaseException'), () => exceptionGetSetsOf('BaseException')],
  ['StopIteration', () => exceptionMethodsOf('StopIteration'), () => exceptionGetSetsOf('StopIteration')],
  ['SystemExit', () => exceptionMethodsOf('SystemExit'), () => exceptionGetSetsOf('SystemExit')],
  ['ImportError', () => exceptionMethodsOf('ImportError'), () => exceptionGetSetsOf('ImportError')],
  ['OSError', () => exceptionMethodsOf('OSError'), () => exceptionGetSetsOf('OSError')],
  ['SyntaxError', () => exceptionMethodsOf('SyntaxError'), () => exceptionGetSetsOf('SyntaxError')],
  ['UnicodeEncodeError', () => exceptionMethodsOf('UnicodeEncodeError'), () => exceptionGetSetsOf('UnicodeEncodeError')],
  ['UnicodeDecodeError', () => exceptionMethodsOf('UnicodeDecodeError'), () => exceptionGetSetsOf('UnicodeDecodeError')],
  ['UnicodeTranslateError', () => exceptionMethodsOf('UnicodeTranslateError'), () => exceptionGetSetsOf('UnicodeTranslateError')],
  ['NameError', () => exceptionMethodsOf('NameError'), () => exceptionGetSetsOf('NameError')],
  ['AttributeError', () => exceptionMethodsOf('AttributeError'), () => exceptionGetSetsOf('AttributeError')],
  ['BaseExceptionGroup', () => exceptionMethodsOf('BaseExceptionGroup'), () => exceptionGetSetsOf('BaseExceptionGroup')],
  ['str', () => UNICODE_METHODS, () => NO_GETSETS],
  ['slice', () => SLICE_METHODS, () => SLICE_GETSETS],
  ['int', () => LONG_METHODS, () => LONG_GETSETS],
  ['float', () => FLOAT_METHODS, () => FLOAT_GETSETS],
  ['bytes', () => BYTES_METHODS, () => NO_GETSETS],
  ['super', () => NO_METHODS, () => SUPER_GETSETS],
  ['object', () => OBJECT_ATTR_METHODS, () => OBJECT_GETSETS],
  ['type', () => TYPE_METHODS, () => TYPE_GETSETS],
  ['property', () => PROPERTY_METHODS, () => PROPERTY_GETSETS],
  ['classmethod', () => NO_METHODS, () => CLASSMETHOD_GETSETS],
  ['staticmethod', () => NO_METHODS, () => STATICMETHOD_GETSETS],
  ['method', () => NO_METHODS, () => BOUND_METHOD_GETSETS],
  ['list', () => LIST_METHODS, () => NO_GETSETS],
  ['dict', () => DICT_METHODS, () => NO_GETSETS],
  ['set', () => SET_METHODS, () => NO_GETSETS],
  ['frozenset', () => FROZENSET_METHODS, () => NO_GETSETS],
  ['tuple', () => TUPLE_METHODS, () => NO_GETSETS],
  ['range', () => RANGE_METHODS, () => RANGE_GETSETS],
] as const satisfies readonly MethodTableRow[]);

/** Bits of a def index that hold the position inside its owner's list. @public */
export const METHOD_INDEX_ROW_SHIFT = 12;
const POSITION_MASK = (1 << METHOD_INDEX_ROW_SHIFT) - 1;

/** Row by owner name: frozen, no prototype. */
const ROW_BY_OWNER: Readonly<Record<string, number | undefined>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(METHOD_TABLE.map((row, i) => [row[0], i]))),
);

/** The registry row of `owner`, or -1 if it has none. @public */
export function methodTableRow(owner: string): number {
  return ROW_BY_OWNER[owner] ?? -1;
}

/** The owner name of registry row `row`. @internal */
export function methodTableOwner(row: number): string {
  return METHOD_TABLE[row][0];
}

/** The methods `owner` declares (empty if none). @public */
export function methodDefsOf(owner: string): readonly PyMethodDef[] {
  const row = ROW_BY_OWNER[owner];
  return row === undefined ? NO_METHODS : METHOD_TABLE[row][1]();
}

/** The attributes `owner` declares (empty if none). @public */
export function getSetDefsOf(owner: string): readonly PyGetSetDef[] {
  const row = ROW_BY_OWNER[owner];
  return row === undefined ? NO_GETSETS : METHOD_TABLE[row][2]();
}

/** The index of the `position`th def of registry row `row`. @public */
export function methodDefIndex(row: number, position: number): number {
  return (row << METHOD_INDEX_ROW_SHIFT) | position;
}

/** The PyMethodDef a def index names. @public */
export function methodDefAt(index: number): PyMethodDef {
  return METHOD_TABLE[index >>> METHOD_INDEX_ROW_SHIFT][1]()[index & POSITION_MASK];
}

/** The PyGetSetDef a def index names. @public */
export function getSetDefAt(index: number): PyGetSetDef {
  return METHOD_TABLE[index >>> METHOD_INDEX_ROW_SHIFT][2]()[index & POSITION_MASK];
}

/** The owner (registry row name) of a def index. @internal */
export function methodDefOwner(index: number): string {
  return METHOD_TABLE[index >>> METHOD_INDEX_ROW_SHIFT][0];
}

/**
 * The index of `def` (found by identity in the registry; not a hot path), or -1 if no row
 * holds it — a def must be registered before an object can refer to it.
 * @public
 */
export function methodDefIndexOf(def: PyMethodDef): number {
  for (let row = 0; row < METHOD_TABLE.length; row++) {
    const at = METHOD_TABLE[row][1]().indexOf(def);
    if (at >= 0) return methodDefIndex(row, at);
  }
  return -1;
}

/** The index of `def` among the getsets, or -1. @public */
export function getSetDefIndexOf(def: PyGetSetDef): number {
  for (let row = 0; row < METHOD_TABLE.length; row++) {
    const at = METHOD_TABLE[row][2]().indexOf(def);
    if (at >= 0) return methodDefIndex(row, at);
  }
  return -1;
}
