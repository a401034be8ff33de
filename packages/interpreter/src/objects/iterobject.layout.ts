// The instance layouts of the builtin iterators (CPython's Objects/iterobject.c,
// listobject.c, tupleobject.c, unicodeobject.c, bytesobject.c, rangeobject.c, setobject.c,
// dictobject.c, enumobject.c and Python/bltinmodule.c's zip/map/filter). Every one but the
// range iterators is GC-tracked, as in CPython: a PyGC_Head precedes it.
//
// seqiterobject is shared by every iterator that walks a sequence by index: list_iterator,
// list_reverseiterator, tuple_iterator, str_ascii_iterator, bytes_iterator, the generic
// `iterator` (__getitem__ protocol) and `reversed` — CPython gives each its own struct, all of
// the same two fields.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// calliterobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ it_callable          handle            │ called with no arguments; NULL once exhausted
//    12 ├────────────────────────────────────────┤
//       │ it_sentinel          handle            │ the value that ends the iteration
//    16 └────────────────────────────────────────┘
//
// dictiterobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ di_dict              handle            │ the dict, NULL once exhausted
//    12 ├────────────────────────────────────────┤
//       │ di_used              i32               │ len(dict) when the iterator was made; -1 once it changed
//    16 ├────────────────────────────────────────┤
//       │ di_pos               i32               │ the next entry index to look at
//    20 ├────────────────────────────────────────┤
//       │ di_result            handle            │ items: a 2-tuple reused while nobody else holds it
//    24 ├────────────────────────────────────────┤
//       │ len                  i32               │ items left (__length_hint__)
//    28 └────────────────────────────────────────┘
//
// enumobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ en_index             f64               │ the next count while it is a safe integer
//    16 ├────────────────────────────────────────┤
//       │ en_sit               handle            │ the underlying iterator
//    20 ├────────────────────────────────────────┤
//       │ en_result            handle            │ a 2-tuple reused while nobody else holds it
//    24 ├────────────────────────────────────────┤
//       │ en_longindex         handle            │ the next count as an int once past en_index's range, else NULL
//    32 └────────────────────────────────────────┘
//
// filterobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ func                 handle            │ the predicate; None keeps the true items
//    12 ├────────────────────────────────────────┤
//       │ it                   handle            │ the underlying iterator
//    16 └────────────────────────────────────────┘
//
// longrangeiterobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ start                handle            │ the next value (an int)
//    12 ├────────────────────────────────────────┤
//       │ step                 handle            │ the stride (an int)
//    16 ├────────────────────────────────────────┤
//       │ len                  handle            │ values left (an int)
//    20 └────────────────────────────────────────┘
//
// mapobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ iters                handle            │ a tuple of the iterators
//    12 ├────────────────────────────────────────┤
//       │ func                 handle            │ the function applied to one item of each
//    16 └────────────────────────────────────────┘
//
// rangeiterobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ start                f64               │ the next value (a safe integer)
//    16 ├────────────────────────────────────────┤
//       │ step                 f64               │ the stride
//    24 ├────────────────────────────────────────┤
//       │ len                  f64               │ values left
//    32 └────────────────────────────────────────┘
//
// seqiterobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ it_index             i32               │ the next index (reversed: the current one, counting down)
//    12 ├────────────────────────────────────────┤
//       │ it_seq               handle            │ the sequence, NULL once exhausted
//    16 └────────────────────────────────────────┘
//
// setiterobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ si_set               handle            │ the set, NULL once exhausted
//    12 ├────────────────────────────────────────┤
//       │ si_used              i32               │ len(set) when the iterator was made; -1 once it changed
//    16 ├────────────────────────────────────────┤
//       │ si_pos               i32               │ the next table slot to look at
//    20 ├────────────────────────────────────────┤
//       │ len                  i32               │ items left (__length_hint__)
//    24 └────────────────────────────────────────┘
//
// zipobject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ tuplesize            i32               │ the number of iterators
//    12 ├────────────────────────────────────────┤
//       │ ittuple              handle            │ a tuple of the iterators
//    16 ├────────────────────────────────────────┤
//       │ result               handle            │ a tuple reused while nobody else holds it
//    20 ├────────────────────────────────────────┤
//       │ strict               i32               │ 1 for zip(..., strict=True)
//    24 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** An index-walking iterator (list, tuple, str, bytes, `iterator`, `reversed`). @public */
export const PY_SEQ_ITER_OBJECT = defineLayout('seqiterobject', [
  { name: 'it_index', type: 'i32', doc: 'the next index (reversed: the current one, counting down)' },
  { name: 'it_seq', type: 'handle', doc: 'the sequence, NULL once exhausted' },
], PY_OBJECT);

/**
 * range_iterator: start, step and len as doubles (CPython's C longs).
 * NON-CPYTHON: used while every value is a safe integer (CPython: while they fit in a C long).
 * @public
 */
export const PY_RANGE_ITER_OBJECT = defineLayout('rangeiterobject', [
  { name: 'start', type: 'f64', doc: 'the next value (a safe integer)' },
  { name: 'step', type: 'f64', doc: 'the stride' },
  { name: 'len', type: 'f64', doc: 'values left' },
], PY_OBJECT);

/** longrange_iterator: start, step and len as int objects. @public */
export const PY_LONGRANGE_ITER_OBJECT = defineLayout('longrangeiterobject', [
  { name: 'start', type: 'handle', doc: 'the next value (an int)' },
  { name: 'step', type: 'handle', doc: 'the stride (an int)' },
  { name: 'len', type: 'handle', doc: 'values left (an int)' },
], PY_OBJECT);

/** set_iterator. @public */
export const PY_SET_ITER_OBJECT = defineLayout('setiterobject', [
  { name: 'si_set', type: 'handle', doc: 'the set, NULL once exhausted' },
  { name: 'si_used', type: 'i32', doc: 'len(set) when the iterator was made; -1 once it changed' },
  { name: 'si_pos', type: 'i32', doc: 'the next table slot to look at' },
  { name: 'len', type: 'i32', doc: 'items left (__length_hint__)' },
], PY_OBJECT);

/** dict_keyiterator, dict_valueiterator, dict_itemiterator. @public */
export const PY_DICT_ITER_OBJECT = defineLayout('dictiterobject', [
  { name: 'di_dict', type: 'handle', doc: 'the dict, NULL once exhausted' },
  { name: 'di_used', type: 'i32', doc: 'len(dict) when the iterator was made; -1 once it changed' },
  { name: 'di_pos', type: 'i32', doc: 'the next entry index to look at' },
  { name: 'di_result', type: 'handle', doc: 'items: a 2-tuple reused while nobody else holds it' },
  { name: 'len', type: 'i32', doc: 'items left (__length_hint__)' },
], PY_OBJECT);

/** callable_iterator (`iter(f, sentinel)`). @public */
export const PY_CALL_ITER_OBJECT = defineLayout('calliterobject', [
  { name: 'it_callable', type: 'handle', doc: 'called with no arguments; NULL once exhausted' },
  { name: 'it_sentinel', type: 'handle', doc: 'the value that ends the iteration' },
], PY_OBJECT);

/** enumerate. @public */
export const PY_ENUM_OBJECT = defineLayout('enumobject', [
  { name: 'en_index', type: 'f64', doc: 'the next count while it is a safe integer' },
  { name: 'en_sit', type: 'handle', doc: 'the underlying iterator' },
  { name: 'en_result', type: 'handle', doc: 'a 2-tuple reused while nobody else holds it' },
  { name: 'en_longindex', type: 'handle', doc: 'the next count as an int once past en_index\'s range, else NULL' },
], PY_OBJECT);

/** zip. @public */
export const PY_ZIP_OBJECT = defineLayout('zipobject', [
  { name: 'tuplesize', type: 'i32', doc: 'the number of iterators' },
  { name: 'ittuple', type: 'handle', doc: 'a tuple of the iterators' },
  { name: 'result', type: 'handle', doc: 'a tuple reused while nobody else holds it' },
  { name: 'strict', type: 'i32', doc: '1 for zip(..., strict=True)' },
], PY_OBJECT);

/** map. @public */
export const PY_MAP_OBJECT = defineLayout('mapobject', [
  { name: 'iters', type: 'handle', doc: 'a tuple of the iterators' },
  { name: 'func', type: 'handle', doc: 'the function applied to one item of each' },
], PY_OBJECT);

/** filter. @public */
export const PY_FILTER_OBJECT = defineLayout('filterobject', [
  { name: 'func', type: 'handle', doc: 'the predicate; None keeps the true items' },
  { name: 'it', type: 'handle', doc: 'the underlying iterator' },
], PY_OBJECT);

/** Byte offset of a sequence iterator's index. @public */
export const SEQITER_INDEX = PY_SEQ_ITER_OBJECT.offsetBytes.it_index;
/** Byte offset of a sequence iterator's sequence. @public */
export const SEQITER_SEQ = PY_SEQ_ITER_OBJECT.offsetBytes.it_seq;
/** Byte offset of a range iterator's next value. @public */
export const RANGEITER_START = PY_RANGE_ITER_OBJECT.offsetBytes.start;
/** Byte offset of a range iterator's step. @public */
export const RANGEITER_STEP = PY_RANGE_ITER_OBJECT.offsetBytes.step;
/** Byte offset of a range iterator's remaining count. @public */
export const RANGEITER_LEN = PY_RANGE_ITER_OBJECT.offsetBytes.len;
