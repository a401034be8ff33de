// The super object's instance layout (CPython's Objects/typeobject.c superobject).
// GC-tracked: a PyGC_Head precedes it.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** superobject. @public */
export const PY_SUPER_OBJECT = defineLayout('superobject', [
  { name: 'type', type: 'handle', doc: '__thisclass__: the class invoking super() (owned)' },
  { name: 'obj', type: 'handle', doc: '__self__: the instance or class bound to, NULL for an unbound super (owned)' },
  { name: 'obj_type', type: 'handle', doc: '__self_class__: the type whose MRO is searched, NULL if unbound (owned)' },
], PY_OBJECT);
