// The bound method's instance layout (CPython's Include/cpython/classobject.h PyMethodObject).
// GC-tracked: a PyGC_Head precedes it.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyMethodObject. @public */
export const PY_METHOD_OBJECT = defineLayout('PyMethodObject', [
  { name: 'im_func', type: 'handle', doc: '__func__: the callable' },
  { name: 'im_self', type: 'handle', doc: '__self__: the instance it is bound to' },
], PY_OBJECT);
