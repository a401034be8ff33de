// dict's layouts (CPython's Include/internal/pycore_dict.h): the compact dict of 3.6+, a
// PyDictObject pointing at a PyDictKeysObject that holds an index table (dk_indices, i32
// entries: an entry index, DKIX_EMPTY or DKIX_DUMMY) followed by the entries in insertion
// order (PyDictKeyEntry). The keys block is allocated in the mem domain.
// NON-CPYTHON: indices are always i32 (CPython picks 1/2/4/8 bytes by size); entry hashes are
// pergil's 32-bit Py_hash_t; no split (shared-key) tables.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PyDictObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ ma_used              i32               │ number of items
//    12 ├────────────────────────────────────────┤
//       │ ma_version_tag       i32               │ bumped on every change
//    16 ├────────────────────────────────────────┤
//       │ ma_keys              i32               │ offset of the PyDictKeysObject
//    20 └────────────────────────────────────────┘
//
// PyDictKeysObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ dk_log2_size         i32               │ log2 of the index table's size
//     4 ├────────────────────────────────────────┤
//       │ dk_usable            i32               │ entries still free at the end
//     8 ├────────────────────────────────────────┤
//       │ dk_nentries          i32               │ entries used (deleted ones included)
//    12 └────────────────────────────────────────┘
//       ┆ dk_indices           i32[]             ┆ at 12: 2 ** dk_log2_size indices, then the entries
//
// PyDictKeyEntry:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ me_hash              i32               │ the key's hash
//     4 ├────────────────────────────────────────┤
//       │ me_key               handle            │ the key, NULL once deleted
//     8 ├────────────────────────────────────────┤
//       │ me_value             handle            │ the value, NULL once deleted
//    12 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyDictObject: GC-tracked. @public */
export const PY_DICT_OBJECT = defineLayout('PyDictObject', [
  { name: 'ma_used', type: 'i32', doc: 'number of items' },
  { name: 'ma_version_tag', type: 'i32', doc: 'bumped on every change' },
  { name: 'ma_keys', type: 'i32', doc: 'offset of the PyDictKeysObject' },
], PY_OBJECT);

/** PyDictKeysObject: the index table, then the entries. @public */
export const PY_DICT_KEYS_OBJECT = defineLayout('PyDictKeysObject', [
  { name: 'dk_log2_size', type: 'i32', doc: 'log2 of the index table\'s size' },
  { name: 'dk_usable', type: 'i32', doc: 'entries still free at the end' },
  { name: 'dk_nentries', type: 'i32', doc: 'entries used (deleted ones included)' },
  { name: 'dk_indices', type: 'i32', count: 0, doc: '2 ** dk_log2_size indices, then the entries' },
]);

/** PyDictKeyEntry. @public */
export const PY_DICT_KEY_ENTRY = defineLayout('PyDictKeyEntry', [
  { name: 'me_hash', type: 'i32', doc: 'the key\'s hash' },
  { name: 'me_key', type: 'handle', doc: 'the key, NULL once deleted' },
  { name: 'me_value', type: 'handle', doc: 'the value, NULL once deleted' },
]);

/** Byte offset of a dict's item count. @public */
export const DICT_MA_USED = PY_DICT_OBJECT.offsetBytes.ma_used;
/** Byte offset of a dict's version tag. @public */
export const DICT_MA_VERSION_TAG = PY_DICT_OBJECT.offsetBytes.ma_version_tag;
/** Byte offset of a dict's keys offset. @public */
export const DICT_MA_KEYS = PY_DICT_OBJECT.offsetBytes.ma_keys;
/** Index-table value of a never-used slot. @public */
export const DKIX_EMPTY = -1;
/** Index-table value of a deleted slot. @public */
export const DKIX_DUMMY = -2;
/** Smallest index table (CPython's PyDict_MINSIZE). @public */
export const PyDict_MINSIZE = 8;
