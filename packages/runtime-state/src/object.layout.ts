// The bytes of pergil's objects: the object header, the GC prefix, and the instance layouts of
// the kinds the runtime makes immortal instances of (CPython's Include/object.h `PyObject_HEAD`,
// Include/internal/pycore_gc.h `PyGC_Head`, Include/cpython/longintrepr.h, floatobject.h,
// unicodeobject.h, bytesobject.h, tupleobject.h, and `PyTypeObject`). Every heap — the runtime's
// and each interpreter's — lays objects this way; object.layout.test.ts checks the diagrams.
//
// An object of a type with Py_TPFLAGS_HAVE_GC carries PyGC_Head in the 8 bytes *before* its
// header; its handle points at the header, so the prefix is at (offset - GC_HEAD_SIZE_BYTES).
// Immortal objects of such types carry a zeroed prefix: they are never in a GC list.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PyGC_Head:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ gc_next              i32               │ next object in its generation list (offset; 0 = untracked)
//     4 ├────────────────────────────────────────┤
//       │ gc_prev              i32               │ previous object in the list, plus GC flag bits
//     8 └────────────────────────────────────────┘
//
// PyObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 └────────────────────────────────────────┘
//
// PyVarObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ ob_size              i32               │ number of items (meaning per type)
//    12 └────────────────────────────────────────┘
//
// PyLongObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ ob_size              i32               │ number of items (meaning per type)
//    12 └────────────────────────────────────────┘
//       ┆ ob_digit             u32[]             ┆ at 12: abs(ob_size) digits of PyLong_SHIFT bits, little end first
//
// PyFloatObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ ob_fval              f64               │ the value
//    16 └────────────────────────────────────────┘
//
// PyUnicodeObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ length               i32               │ number of code points
//    12 ├────────────────────────────────────────┤
//       │ hash                 i32               │ cached hash, valid when hash_computed is 1
//    16 ├────────────────────────────────────────┤
//       │ kind                 u8                │ bytes per code point: 1 Latin-1, 2 UCS-2, 4 UCS-4
//    17 ├────────────────────────────────────────┤
//       │ ascii                u8                │ 1 if every code point is below 128
//    18 ├────────────────────────────────────────┤
//       │ interned             u8                │ SSTATE_* interning state
//    19 ├────────────────────────────────────────┤
//       │ hash_computed        u8                │ 1 once hash holds the hash
//    20 └────────────────────────────────────────┘
//       ┆ data                 u8[]              ┆ at 20: length × kind bytes of code points
//
// PyBytesObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ ob_size              i32               │ number of items (meaning per type)
//    12 ├────────────────────────────────────────┤
//       │ ob_shash             i32               │ cached hash, valid when ob_shash_computed is 1
//    16 ├────────────────────────────────────────┤
//       │ ob_shash_computed    i32               │ 1 once ob_shash holds the hash
//    20 └────────────────────────────────────────┘
//       ┆ ob_sval              u8[]              ┆ at 20: ob_size bytes
//
// PyTupleObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ ob_size              i32               │ number of items (meaning per type)
//    12 └────────────────────────────────────────┘
//       ┆ ob_item              handle[]          ┆ at 12: ob_size items
//
// PyBaseExceptionObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ dict                 handle            │ instance __dict__, NULL until first set
//    12 ├────────────────────────────────────────┤
//       │ args                 handle            │ the args tuple
//    16 ├────────────────────────────────────────┤
//       │ notes                handle            │ __notes__ list, NULL if none
//    20 ├────────────────────────────────────────┤
//       │ traceback            handle            │ __traceback__
//    24 ├────────────────────────────────────────┤
//       │ context              handle            │ __context__
//    28 ├────────────────────────────────────────┤
//       │ cause                handle            │ __cause__
//    32 ├────────────────────────────────────────┤
//       │ suppress_context     i32               │ __suppress_context__ (0 or 1)
//    36 └────────────────────────────────────────┘
//
// PyTypeObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ tp_name              handle            │ the type's name, an immortal str
//    12 ├────────────────────────────────────────┤
//       │ tp_basicsize         i32               │ bytes of an instance, header included, GC prefix excluded
//    16 ├────────────────────────────────────────┤
//       │ tp_itemsize          i32               │ bytes per item of a variable-size instance, else 0
//    20 ├────────────────────────────────────────┤
//       │ tp_flags             u32               │ Py_TPFLAGS_* bits
//    24 ├────────────────────────────────────────┤
//       │ tp_base              handle            │ the base type; NULL for object
//    28 ├────────────────────────────────────────┤
//       │ tp_mro               handle            │ the method resolution order, a tuple of types
//    32 ├────────────────────────────────────────┤
//       │ tp_static_index      i32               │ index of a static builtin type, -1 for a heap type
//    36 └────────────────────────────────────────┘
//
// (end of diagrams)

import { defineLayout } from './layout.js';

/**
 * The refcount every immortal object carries (CPython 3.12's _Py_IMMORTAL_REFCNT on 64-bit,
 * `UINT_MAX >> 2`). Py_INCREF/Py_DECREF skip runtime-heap handles before reading it; the
 * value makes an immortal object recognisable in a dump and survives a stray increment.
 * @public
 */
export const IMMORTAL_REFCNT = 0x3fffffff;

/** PyGC_Head: the prefix of a GC-tracked object, in the 8 bytes before its header. @public */
export const PY_GC_HEAD = defineLayout('PyGC_Head', [
  { name: 'gc_next', type: 'i32', doc: 'next object in its generation list (offset; 0 = untracked)' },
  { name: 'gc_prev', type: 'i32', doc: 'previous object in the list, plus GC flag bits' },
]);

/** PyObject: the header of every object. @public */
export const PY_OBJECT = defineLayout('PyObject', [
  { name: 'ob_refcnt', type: 'i32', doc: 'reference count; IMMORTAL_REFCNT in the runtime heap' },
  { name: 'ob_type', type: 'handle', doc: 'the object\'s type' },
]);

/** PyVarObject: the header of a variable-size object. @public */
export const PY_VAR_OBJECT = defineLayout('PyVarObject', [
  { name: 'ob_size', type: 'i32', doc: 'number of items (meaning per type)' },
], PY_OBJECT);

/**
 * PyLongObject (int and bool): `ob_size` is sign × number of digits (0 for zero); digits are
 * 30-bit values in u32 words, least significant first, as in CPython 3.11.
 * @public
 */
export const PY_LONG_OBJECT = defineLayout('PyLongObject', [
  { name: 'ob_digit', type: 'u32', count: 0, doc: 'abs(ob_size) digits of PyLong_SHIFT bits, little end first' },
], PY_VAR_OBJECT);

/** PyFloatObject: one IEEE double, 8-aligned. @public */
export const PY_FLOAT_OBJECT = defineLayout('PyFloatObject', [
  { name: 'ob_fval', type: 'f64', doc: 'the value' },
], PY_OBJECT);

/**
 * PyUnicodeObject, always compact (PEP 393): the header fields, then `length` code points of
 * `kind` bytes each. NON-CPYTHON: a 32-bit hash with a separate 'computed' flag, where CPython
 * keeps a Py_hash_t with -1 for 'not computed'; no NUL terminator; no wstr/utf8 caches.
 * @public
 */
export const PY_UNICODE_OBJECT = defineLayout('PyUnicodeObject', [
  { name: 'length', type: 'i32', doc: 'number of code points' },
  { name: 'hash', type: 'i32', doc: 'cached hash, valid when hash_computed is 1' },
  { name: 'kind', type: 'u8', doc: 'bytes per code point: 1 Latin-1, 2 UCS-2, 4 UCS-4' },
  { name: 'ascii', type: 'u8', doc: '1 if every code point is below 128' },
  { name: 'interned', type: 'u8', doc: 'SSTATE_* interning state' },
  { name: 'hash_computed', type: 'u8', doc: '1 once hash holds the hash' },
  { name: 'data', type: 'u8', count: 0, doc: 'length × kind bytes of code points' },
], PY_OBJECT);

/** PyBytesObject: `ob_size` bytes after a cached hash. @public */
export const PY_BYTES_OBJECT = defineLayout('PyBytesObject', [
  { name: 'ob_shash', type: 'i32', doc: 'cached hash, valid when ob_shash_computed is 1' },
  { name: 'ob_shash_computed', type: 'i32', doc: '1 once ob_shash holds the hash' },
  { name: 'ob_sval', type: 'u8', count: 0, doc: 'ob_size bytes' },
], PY_VAR_OBJECT);

/** PyTupleObject: `ob_size` item handles (GC-tracked: a PyGC_Head precedes it). @public */
export const PY_TUPLE_OBJECT = defineLayout('PyTupleObject', [
  { name: 'ob_item', type: 'handle', count: 0, doc: 'ob_size items' },
], PY_VAR_OBJECT);

/**
 * PyBaseExceptionObject: the fields every exception instance has (CPython's
 * Include/cpython/pyerrors.h PyException_HEAD). GC-tracked.
 * @public
 */
export const PY_BASE_EXCEPTION_OBJECT = defineLayout('PyBaseExceptionObject', [
  { name: 'dict', type: 'handle', doc: 'instance __dict__, NULL until first set' },
  { name: 'args', type: 'handle', doc: 'the args tuple' },
  { name: 'notes', type: 'handle', doc: '__notes__ list, NULL if none' },
  { name: 'traceback', type: 'handle', doc: '__traceback__' },
  { name: 'context', type: 'handle', doc: '__context__' },
  { name: 'cause', type: 'handle', doc: '__cause__' },
  { name: 'suppress_context', type: 'i32', doc: '__suppress_context__ (0 or 1)' },
], PY_OBJECT);

/**
 * PyTypeObject's immutable part, which a static builtin type keeps in the runtime heap. The
 * mutable part (tp_dict, tp_subclasses, caches) lives in each interpreter, found by
 * `tp_static_index` (CPython 3.12's `static_builtin_state`). GC-tracked.
 * NON-CPYTHON: slots (tp_repr, tp_call, …) are not function pointers in the object; the
 * interpreter finds them by static index or, for heap types, in its own type state.
 * @public
 */
export const PY_TYPE_OBJECT = defineLayout('PyTypeObject', [
  { name: 'tp_name', type: 'handle', doc: 'the type\'s name, an immortal str' },
  { name: 'tp_basicsize', type: 'i32', doc: 'bytes of an instance, header included, GC prefix excluded' },
  { name: 'tp_itemsize', type: 'i32', doc: 'bytes per item of a variable-size instance, else 0' },
  { name: 'tp_flags', type: 'u32', doc: 'Py_TPFLAGS_* bits' },
  { name: 'tp_base', type: 'handle', doc: 'the base type; NULL for object' },
  { name: 'tp_mro', type: 'handle', doc: 'the method resolution order, a tuple of types' },
  { name: 'tp_static_index', type: 'i32', doc: 'index of a static builtin type, -1 for a heap type' },
], PY_OBJECT);

/** Bytes of PyGC_Head, the prefix before a GC-tracked object's header. @public */
export const GC_HEAD_SIZE_BYTES = PY_GC_HEAD.sizeBytes;

/** Byte offset of `ob_refcnt` in every object. @public */
export const OB_REFCNT = PY_OBJECT.offsetBytes.ob_refcnt;
/** Byte offset of `ob_type` in every object. @public */
export const OB_TYPE = PY_OBJECT.offsetBytes.ob_type;
/** Byte offset of `ob_size` in every variable-size object. @public */
export const OB_SIZE = PY_VAR_OBJECT.offsetBytes.ob_size;

/** Byte offset of an int's first digit. @public */
export const LONG_DIGITS = PY_LONG_OBJECT.offsetBytes.ob_digit;
/** Bits per int digit (CPython's PyLong_SHIFT on 64-bit builds). @public */
export const PYLONG_SHIFT = 30;
/** One more than the largest digit: 2 ** PYLONG_SHIFT (CPython's PyLong_BASE). @public */
export const PYLONG_BASE = 1 << PYLONG_SHIFT;
/** PYLONG_BASE - 1 (CPython's PyLong_MASK). @public */
export const PYLONG_MASK = PYLONG_BASE - 1;

/** Byte offset of a float's value (8-aligned). @public */
export const FLOAT_OB_FVAL = PY_FLOAT_OBJECT.offsetBytes.ob_fval;

/** Byte offset of a str's length in code points. @public */
export const UNICODE_LENGTH = PY_UNICODE_OBJECT.offsetBytes.length;
/** Byte offset of a str's cached hash. @public */
export const UNICODE_HASH = PY_UNICODE_OBJECT.offsetBytes.hash;
/** Byte offset of a str's kind byte. @public */
export const UNICODE_KIND = PY_UNICODE_OBJECT.offsetBytes.kind;
/** Byte offset of a str's ascii byte. @public */
export const UNICODE_ASCII = PY_UNICODE_OBJECT.offsetBytes.ascii;
/** Byte offset of a str's interning state byte. @public */
export const UNICODE_INTERNED = PY_UNICODE_OBJECT.offsetBytes.interned;
/** Byte offset of a str's hash-computed byte. @public */
export const UNICODE_HASH_COMPUTED = PY_UNICODE_OBJECT.offsetBytes.hash_computed;
/** Byte offset of a str's code points (4-aligned, so UCS-2 and UCS-4 data are aligned). @public */
export const UNICODE_DATA = PY_UNICODE_OBJECT.offsetBytes.data;
/** PEP 393 kind: one byte per code point, U+0000..U+00FF. @public */
export const PyUnicode_1BYTE_KIND = 1;
/** PEP 393 kind: two bytes per code point, up to U+FFFF. @public */
export const PyUnicode_2BYTE_KIND = 2;
/** PEP 393 kind: four bytes per code point. @public */
export const PyUnicode_4BYTE_KIND = 4;
/** Interning state: not interned (CPython's SSTATE_NOT_INTERNED). @public */
export const SSTATE_NOT_INTERNED = 0;
/** Interning state: interned by an interpreter, may die (CPython's SSTATE_INTERNED_MORTAL). @public */
export const SSTATE_INTERNED_MORTAL = 1;
/** Interning state: interned and immortal (CPython's SSTATE_INTERNED_IMMORTAL). @public */
export const SSTATE_INTERNED_IMMORTAL = 2;
/** Interning state: interned, immortal, in the runtime heap (CPython 3.12's SSTATE_INTERNED_IMMORTAL_STATIC). @public */
export const SSTATE_INTERNED_IMMORTAL_STATIC = 3;

/** Byte offset of a bytes object's cached hash. @public */
export const BYTES_OB_SHASH = PY_BYTES_OBJECT.offsetBytes.ob_shash;
/** Byte offset of a bytes object's hash-computed word. @public */
export const BYTES_OB_SHASH_COMPUTED = PY_BYTES_OBJECT.offsetBytes.ob_shash_computed;
/** Byte offset of a bytes object's data. @public */
export const BYTES_OB_SVAL = PY_BYTES_OBJECT.offsetBytes.ob_sval;

/** Byte offset of a tuple's first item handle. @public */
export const TUPLE_OB_ITEM = PY_TUPLE_OBJECT.offsetBytes.ob_item;

/** Byte offset of a type's name handle. @public */
export const TP_NAME = PY_TYPE_OBJECT.offsetBytes.tp_name;
/** Byte offset of a type's instance size. @public */
export const TP_BASICSIZE = PY_TYPE_OBJECT.offsetBytes.tp_basicsize;
/** Byte offset of a type's item size. @public */
export const TP_ITEMSIZE = PY_TYPE_OBJECT.offsetBytes.tp_itemsize;
/** Byte offset of a type's flags. @public */
export const TP_FLAGS = PY_TYPE_OBJECT.offsetBytes.tp_flags;
/** Byte offset of a type's base handle. @public */
export const TP_BASE = PY_TYPE_OBJECT.offsetBytes.tp_base;
/** Byte offset of a type's MRO tuple handle. @public */
export const TP_MRO = PY_TYPE_OBJECT.offsetBytes.tp_mro;
/** Byte offset of a type's static index. @public */
export const TP_STATIC_INDEX = PY_TYPE_OBJECT.offsetBytes.tp_static_index;
