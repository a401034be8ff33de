// A heap type's layout (CPython's PyHeapTypeObject, Include/cpython/object.h): the static
// PyTypeObject fields (name, sizes, flags, base, MRO, static index -1), then what only a type
// made at run time has in the interpreter heap — its own dict, bases, qualname and where its
// instances keep their __dict__. GC-tracked: a PyGC_Head precedes it.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// (end of diagrams)

import { PY_TYPE_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyHeapTypeObject. @public */
export const PY_HEAP_TYPE_OBJECT = defineLayout('PyHeapTypeObject', [
  { name: 'tp_dict', type: 'handle', doc: '__dict__: the class namespace (a dict)' },
  { name: 'tp_bases', type: 'handle', doc: '__bases__: a tuple of types' },
  { name: 'ht_qualname', type: 'handle', doc: '__qualname__: a str' },
  { name: 'tp_dictoffset', type: 'i32', doc: 'byte offset of the instance __dict__ slot, 0 if none' },
  { name: 'tp_solid_base', type: 'handle', doc: 'the static type whose layout instances start with' },
  { name: 'tp_version_tag', type: 'u32', doc: 'bumped whenever the dict or an ancestor changes' },
], PY_TYPE_OBJECT);
