// The module's instance layout (CPython's Objects/moduleobject.c PyModuleObject). GC-tracked:
// a PyGC_Head precedes it.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyModuleObject. @public */
export const PY_MODULE_OBJECT = defineLayout('PyModuleObject', [
  { name: 'md_dict', type: 'handle', doc: '__dict__: the module namespace' },
  { name: 'md_name', type: 'handle', doc: 'the name given at creation (a str), for messages' },
], PY_OBJECT);
