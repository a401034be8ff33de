// list's instance layout (CPython's Include/cpython/listobject.h PyListObject): the header,
// ob_size, and the offset of a separately allocated item array (mem domain) of `allocated`
// handles. GC-tracked: a PyGC_Head precedes it.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PyListObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ ob_size              i32               │ number of items (meaning per type)
//    12 ├────────────────────────────────────────┤
//       │ ob_item              i32               │ offset of the item array (allocated handles), 0 if none
//    16 ├────────────────────────────────────────┤
//       │ allocated            i32               │ capacity of ob_item in items
//    20 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_VAR_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyListObject. @public */
export const PY_LIST_OBJECT = defineLayout('PyListObject', [
  { name: 'ob_item', type: 'i32', doc: 'offset of the item array (allocated handles), 0 if none' },
  { name: 'allocated', type: 'i32', doc: 'capacity of ob_item in items' },
], PY_VAR_OBJECT);

/** Byte offset of a list's item array offset. @public */
export const LIST_OB_ITEM = PY_LIST_OBJECT.offsetBytes.ob_item;
/** Byte offset of a list's capacity. @public */
export const LIST_ALLOCATED = PY_LIST_OBJECT.offsetBytes.allocated;
