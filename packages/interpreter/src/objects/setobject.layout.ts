// set's and frozenset's layouts (CPython's Include/setobject.h): PySetObject points at an
// open-addressing table of setentry (key, hash) in the mem domain. A never-used slot has key
// NULL and hash 0; a deleted one (CPython's `dummy`) has key SET_DUMMY and hash -1.
// NON-CPYTHON: no embedded smalltable (the table is always a separate block, of at least
// PySet_MINSIZE entries, allocated with the object); entry hashes are pergil's 32-bit Py_hash_t;
// frozenset's hash is not cached.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PySetObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ fill                 i32               │ active + dummy entries
//    12 ├────────────────────────────────────────┤
//       │ used                 i32               │ active entries: len()
//    16 ├────────────────────────────────────────┤
//       │ mask                 i32               │ table size - 1
//    20 ├────────────────────────────────────────┤
//       │ table                i32               │ offset of the setentry table
//    24 ├────────────────────────────────────────┤
//       │ finger               i32               │ where pop() looks next
//    28 └────────────────────────────────────────┘
//
// setentry:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ key                  handle            │ the key; NULL if unused, SET_DUMMY if deleted
//     4 ├────────────────────────────────────────┤
//       │ hash                 i32               │ the key's hash; 0 if unused, -1 if deleted
//     8 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PySetObject (set and frozenset): GC-tracked. @public */
export const PY_SET_OBJECT = defineLayout('PySetObject', [
  { name: 'fill', type: 'i32', doc: 'active + dummy entries' },
  { name: 'used', type: 'i32', doc: 'active entries: len()' },
  { name: 'mask', type: 'i32', doc: 'table size - 1' },
  { name: 'table', type: 'i32', doc: 'offset of the setentry table' },
  { name: 'finger', type: 'i32', doc: 'where pop() looks next' },
], PY_OBJECT);

/** setentry: one slot of a set's table. @public */
export const PY_SET_ENTRY = defineLayout('setentry', [
  { name: 'key', type: 'handle', doc: 'the key; NULL if unused, SET_DUMMY if deleted' },
  { name: 'hash', type: 'i32', doc: 'the key\'s hash; 0 if unused, -1 if deleted' },
]);

/** Byte offset of a set's fill count. @public */
export const SET_FILL = PY_SET_OBJECT.offsetBytes.fill;
/** Byte offset of a set's item count. @public */
export const SET_USED = PY_SET_OBJECT.offsetBytes.used;
/** Byte offset of a set's table mask. @public */
export const SET_MASK = PY_SET_OBJECT.offsetBytes.mask;
/** Byte offset of a set's table offset. @public */
export const SET_TABLE = PY_SET_OBJECT.offsetBytes.table;
/** Byte offset of a set's pop finger. @public */
export const SET_FINGER = PY_SET_OBJECT.offsetBytes.finger;
/** The key of a deleted entry (CPython's `dummy`): 1 is never an object's handle. @public */
export const SET_DUMMY = 1;
/** Smallest table (CPython's PySet_MINSIZE). @public */
export const PySet_MINSIZE = 8;
/** Slots probed linearly before perturbing (CPython's LINEAR_PROBES). @public */
export const SET_LINEAR_PROBES = 9;
