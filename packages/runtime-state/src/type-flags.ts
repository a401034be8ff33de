// The Py_TPFLAGS_* bits pergil keeps in a type's tp_flags, with CPython's values
// (Include/object.h), so that flags read from python3's `type.__flags__` mean the same here.

/** Instances' type cannot be changed and the type's attributes cannot be set (3.10+). @public */
export const Py_TPFLAGS_IMMUTABLETYPE = 1 << 8;
/** The type object was allocated at run time (a class statement, PyType_FromSpec). @public */
export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
/** The type may be subclassed. @public */
export const Py_TPFLAGS_BASETYPE = 1 << 10;
/** Instances are GC-tracked and carry a PyGC_Head prefix. @public */
export const Py_TPFLAGS_HAVE_GC = 1 << 14;
/** The type is int or a subclass (fast subclass check). @public */
export const Py_TPFLAGS_LONG_SUBCLASS = 1 << 24;
/** The type is list or a subclass. @public */
export const Py_TPFLAGS_LIST_SUBCLASS = 1 << 25;
/** The type is tuple or a subclass. @public */
export const Py_TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
/** The type is bytes or a subclass. @public */
export const Py_TPFLAGS_BYTES_SUBCLASS = 1 << 27;
/** The type is str or a subclass. @public */
export const Py_TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
/** The type is dict or a subclass. @public */
export const Py_TPFLAGS_DICT_SUBCLASS = 1 << 29;
/** The type is BaseException or a subclass. @public */
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
/** The type is type or a subclass (a metaclass). Bit 31: read tp_flags as unsigned (`>>> 0`). @public */
export const Py_TPFLAGS_TYPE_SUBCLASS = 2 ** 31;

/** Every bit above: the mask applied to python3's `__flags__` when the static types table is generated. @public */
export const Py_TPFLAGS_KEPT =
  (Py_TPFLAGS_IMMUTABLETYPE |
    Py_TPFLAGS_HEAPTYPE |
    Py_TPFLAGS_BASETYPE |
    Py_TPFLAGS_HAVE_GC |
    Py_TPFLAGS_LONG_SUBCLASS |
    Py_TPFLAGS_LIST_SUBCLASS |
    Py_TPFLAGS_TUPLE_SUBCLASS |
    Py_TPFLAGS_BYTES_SUBCLASS |
    Py_TPFLAGS_UNICODE_SUBCLASS |
    Py_TPFLAGS_DICT_SUBCLASS |
    Py_TPFLAGS_BASE_EXC_SUBCLASS |
    Py_TPFLAGS_TYPE_SUBCLASS) >>>
  0;
