/**
 * The process-wide state of a pergil runtime (CPython's `_PyRuntimeState`, PEP 684 step 1):
 * the runtime heap, handles and object layouts, the immortal objects and the immutable part of
 * the static builtin types, the interned identifiers, the interpreter registry, the shared GIL,
 * and the catalog of where every piece of state lives.
 * @packageDocumentation
 */

export { NULL_HANDLE, isImmortal, runtimeHandle, runtimeOffset } from './handle.js';
export {
  LAYOUT_TYPE_SIZE_BYTES,
  checkLayoutDiagram,
  defineLayout,
  parseLayoutDiagrams,
  renderLayoutDiagram,
  redrawLayoutDiagrams,
  LAYOUT_DIAGRAMS_BEGIN,
  LAYOUT_DIAGRAMS_END,
} from './layout.js';
export type { Layout, LayoutField, LayoutFieldSpec, LayoutFieldType, ParsedLayoutDiagram } from './layout.js';
export {
  BYTES_OB_SHASH,
  BYTES_OB_SHASH_COMPUTED,
  BYTES_OB_SVAL,
  FLOAT_OB_FVAL,
  GC_HEAD_SIZE_BYTES,
  IMMORTAL_REFCNT,
  LONG_DIGITS,
  OB_REFCNT,
  OB_SIZE,
  OB_TYPE,
  PYLONG_BASE,
  PYLONG_MASK,
  PYLONG_SHIFT,
  PY_BASE_EXCEPTION_OBJECT,
  PY_BYTES_OBJECT,
  PY_FLOAT_OBJECT,
  PY_GC_HEAD,
  PY_LONG_OBJECT,
  PY_OBJECT,
  PY_TUPLE_OBJECT,
  PY_TYPE_OBJECT,
  PY_UNICODE_OBJECT,
  PY_VAR_OBJECT,
  PyUnicode_1BYTE_KIND,
  PyUnicode_2BYTE_KIND,
  PyUnicode_4BYTE_KIND,
  SSTATE_INTERNED_IMMORTAL,
  SSTATE_INTERNED_IMMORTAL_STATIC,
  SSTATE_INTERNED_MORTAL,
  SSTATE_NOT_INTERNED,
  TP_BASE,
  TP_BASICSIZE,
  TP_FLAGS,
  TP_ITEMSIZE,
  TP_MRO,
  TP_NAME,
  TP_STATIC_INDEX,
  TUPLE_OB_ITEM,
  UNICODE_ASCII,
  UNICODE_DATA,
  UNICODE_HASH,
  UNICODE_HASH_COMPUTED,
  UNICODE_INTERNED,
  UNICODE_KIND,
  UNICODE_LENGTH,
} from './object.layout.js';
export {
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BASE_EXC_SUBCLASS,
  Py_TPFLAGS_BYTES_SUBCLASS,
  Py_TPFLAGS_DICT_SUBCLASS,
  Py_TPFLAGS_HAVE_GC,
  Py_TPFLAGS_HEAPTYPE,
  Py_TPFLAGS_IMMUTABLETYPE,
  Py_TPFLAGS_KEPT,
  Py_TPFLAGS_LIST_SUBCLASS,
  Py_TPFLAGS_LONG_SUBCLASS,
  Py_TPFLAGS_TUPLE_SUBCLASS,
  Py_TPFLAGS_TYPE_SUBCLASS,
  Py_TPFLAGS_UNICODE_SUBCLASS,
} from './type-flags.js';
export { makeHeapViews } from './heap-views.js';
export type { HeapViews } from './heap-views.js';
export { Py_REFCNT, Py_SIZE, Py_TYPE, initObjectHeader, initVarObjectHeader } from './object.js';
export { longDigitCount, longSizeBytes, readLong, readSmallLong, writeLong } from './longobject.js';
export { FLOAT_SIZE_BYTES, readFloat, writeFloat } from './floatobject.js';
export {
  PyUnicode_GET_LENGTH,
  PyUnicode_KIND,
  PyUnicode_READ_CHAR,
  internHashString,
  internHashUnicode,
  readUnicode,
  unicodeEqualsString,
  unicodeShape,
  unicodeSizeBytes,
  writeUnicode,
} from './unicodeobject.js';
export type { UnicodeKind, UnicodeShape } from './unicodeobject.js';
export { bytesSizeBytes, readBytes, writeBytes } from './bytesobject.js';
export { PyTuple_GET_ITEM, readTupleItems, tupleSizeBytes, writeTuple } from './tupleobject.js';
export { PyType_GetFlags, readTypeObject, writeTypeObject } from './typeobject.js';
export type { TypeObjectFields } from './typeobject.js';
export { STATIC_TYPES, staticTypeIndex } from './static-types.js';
export type { StaticTypeSpec } from './static-types.js';
export { RUNTIME_IDENTIFIERS } from './identifiers.js';
export {
  INTERNED_TABLE,
  INTERPRETER_ENTRY,
  LATIN1_CHAR_COUNT,
  RUNTIME_STATE,
  RUNTIME_STATUS_FINALIZING,
  RUNTIME_STATUS_INITIALIZED,
  RUNTIME_STATUS_STARTING,
  SMALL_INT_COUNT,
  SMALL_INT_MAX,
  SMALL_INT_MIN,
  XIDATA_REGISTRY_SIZE_BYTES,
} from './runtime-state.layout.js';
export { RUNTIME_OWNER_ID, RuntimeState } from './runtime-state.js';
export type {
  InterpreterEntryInfo,
  RegisterInterpreterOptions,
  RuntimeAllocatorKind,
  RuntimeStateOptions,
} from './runtime-state.js';
export { RuntimeStateError } from './errors.js';
export type { RuntimeStateErrorKind } from './errors.js';
export { RUNTIME_STATE_CATALOG, renderCatalogMarkdown } from './state-catalog.js';
export type { StateCatalogEntry, StateHome, StateProtection } from './state-catalog.js';
