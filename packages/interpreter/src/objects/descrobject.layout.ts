// The descriptor objects' instance layouts (CPython's Include/descrobject.h and
// Objects/funcobject.c): method_descriptor, classmethod_descriptor and getset_descriptor
// (PyDescrObject with a def index), property, and the classmethod/staticmethod wrappers.
// All GC-tracked: a PyGC_Head precedes them.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// (end of diagrams)

import { PY_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyDescrObject (PyMethodDescrObject, PyGetSetDescrObject). @public */
export const PY_DESCR_OBJECT = defineLayout('PyDescrObject', [
  { name: 'd_type', type: 'handle', doc: '__objclass__: the type that defines the attribute' },
  { name: 'd_def', type: 'i32', doc: 'index of the PyMethodDef or PyGetSetDef in the method table' },
], PY_OBJECT);

/** property (CPython's propertyobject). @public */
export const PY_PROPERTY_OBJECT = defineLayout('PyPropertyObject', [
  { name: 'prop_get', type: 'handle', doc: 'fget, or NULL' },
  { name: 'prop_set', type: 'handle', doc: 'fset, or NULL' },
  { name: 'prop_del', type: 'handle', doc: 'fdel, or NULL' },
  { name: 'prop_doc', type: 'handle', doc: '__doc__, or NULL' },
  { name: 'getter_doc', type: 'i32', doc: '1 if __doc__ was taken from fget' },
], PY_OBJECT);

/** classmethod and staticmethod (CPython's classmethod / staticmethod objects). @public */
export const PY_CLASSMETHOD_OBJECT = defineLayout('PyClassMethodObject', [
  { name: 'cm_callable', type: 'handle', doc: '__func__: the wrapped callable' },
  { name: 'cm_dict', type: 'handle', doc: '__dict__, or NULL' },
], PY_OBJECT);
