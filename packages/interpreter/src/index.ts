/**
 * Isolated Python interpreters (CPython's PyInterpreterState, PyThreadState and Objects/, PEP
 * 684 steps 2 and 3): the interpreter and thread state structs in each interpreter's own heap,
 * and the object model — int, float, str, bytes, tuple, list, dict, bool, exceptions — as plain
 * functions over handles that the eval loop will call.
 * @packageDocumentation
 */

export { InterpreterError } from './errors.js';
export type { InterpreterErrorKind } from './errors.js';
export {
  DEFAULT_INTERPRETER_HEAP_MAX_BYTES,
  PyInterpreterConfig_ISOLATED,
  PyInterpreterConfig_LEGACY,
  validateInterpreterConfig,
} from './interpreter-config.js';
export type { InterpreterGilKind, PyInterpreterConfig } from './interpreter-config.js';
export {
  GC_DEFAULT_THRESHOLDS,
  INTERPRETER_STATE,
  INTERPRETER_STATE_MAGIC,
  NUM_GENERATIONS,
  PyInterpreterConfig_OWN_GIL,
  PyInterpreterConfig_SHARED_GIL,
  Py_DEFAULT_RECURSION_LIMIT,
  STATIC_TYPE_STATE,
} from './interpreter-state.layout.js';
export { INTERP_FLAG_OWN_GIL, INTERP_FLAG_USE_MAIN_OBMALLOC, InterpreterState } from './interpreter-state.js';
export type { CreateInterpreterOptions } from './interpreter-state.js';
export type { StaticTypeHandles } from './static-type-handles.js';
export { DATA_STACK_CHUNK_SIZE_BYTES, THREAD_STATE, THREAD_STATE_MAGIC } from './thread-state.layout.js';
export { TSTATE_CUREXC, ThreadState } from './thread-state.js';
export { INTERPRETER_STATE_CATALOG, THREAD_STATE_CATALOG } from './state-catalog.js';

// the object model
export {
  PyExceptionInstance_Check,
  PyFloat_Check,
  PyLong_Check,
  PyObject_Free,
  PyObject_GC_Del,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_Malloc,
  PyObject_Repr,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_Str,
  Py_DECREF,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_INCREF,
  Py_LE,
  Py_LT,
  Py_NE,
  Py_REFCNT,
  Py_TYPE,
  Py_TYPE_NAME,
  _PyObject_GC_New,
  _PyObject_HashExact,
  _PyObject_New,
  _PyObject_ReprString,
  _PyObject_StrString,
  _Py_Dealloc,
  staticIndexOf,
  typeFlags,
  typeName,
  viewsOf,
} from './objects/object.js';
export {
  PyHASH_MODULUS,
  PyLong_AsBigInt,
  PyLong_AsDouble,
  PyLong_FromBigInt,
  PyLong_FromLong,
  PyLong_FromString,
  _PyLong_Add,
  _PyLong_HashValue,
  _PyLong_Multiply,
  _PyLong_Subtract,
  longAbsolute,
  longAnd,
  longFloorDiv,
  longInvert,
  longLshift,
  longNegative,
  longOr,
  longPower,
  longRemainder,
  longRshift,
  longSmallValue,
  longToNumber,
  longTrueDivide,
  longXor,
} from './objects/longobject.js';
export {
  PyFloat_AS_DOUBLE,
  PyFloat_FromDouble,
  PyOS_double_to_string,
  _Py_HashDouble,
  floatDivmodValues,
  floatFloorDiv,
  floatPower,
  floatRemainder,
  floatTrueDivide,
} from './objects/floatobject.js';
export {
  PyUnicode_AsString,
  PyUnicode_Concat,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  unicodeEquals,
  unicodeGetItem,
  unicodeLength,
  unicodeReadChar,
  unicodeRepeat,
  unicodeReprOf,
  unicodeSlice,
} from './objects/unicodeobject.js';
export {
  PyBytes_AsUint8Array,
  PyBytes_FromBytes,
  bytesConcat,
  bytesGetItem,
  bytesLength,
  bytesReprOf,
} from './objects/bytesobject.js';
export {
  PyTuple_GET_ITEM,
  PyTuple_New,
  PyTuple_Pack,
  PyTuple_SET_ITEM,
  tupleConcat,
  tupleGetItem,
  tupleLength,
  tupleSlice,
} from './objects/tupleobject.js';
export { LIST_ALLOCATED, LIST_OB_ITEM, PY_LIST_OBJECT } from './objects/listobject.layout.js';
export {
  PyList_Append,
  PyList_GET_ITEM,
  PyList_GetItem,
  PyList_GetSlice,
  PyList_Insert,
  PyList_New,
  PyList_SET_ITEM,
  PyList_SetItem,
  listConcat,
  listLength,
  listPop,
  listSlice,
  listSubscript,
} from './objects/listobject.js';
export {
  DICT_MA_KEYS,
  DICT_MA_USED,
  DICT_MA_VERSION_TAG,
  DKIX_DUMMY,
  DKIX_EMPTY,
  PY_DICT_KEYS_OBJECT,
  PY_DICT_KEY_ENTRY,
  PY_DICT_OBJECT,
  PyDict_MINSIZE,
} from './objects/dictobject.layout.js';
export {
  PyDict_DelItem,
  PyDict_GetItemWithError,
  PyDict_New,
  PyDict_Next,
  PyDict_SetItem,
  dictEntryKey,
  dictEntryValue,
  dictLength,
  dictSubscript,
} from './objects/dictobject.js';
export { PyBool_Check, PyBool_FromLong, Py_None } from './objects/boolobject.js';
export {
  EXC_ARGS,
  PyErr_Clear,
  PyErr_ExceptionMatches,
  PyErr_Fetch,
  PyErr_GetRaisedException,
  PyErr_GetRaisedExceptionBorrowed,
  PyErr_GivenExceptionMatches,
  PyErr_NoMemory,
  PyErr_Occurred,
  PyErr_Restore,
  PyErr_SetObject,
  PyErr_SetRaisedException,
  PyErr_SetString,
  PyException_GetArgs,
  PyException_New,
  PyType_IsSubtype,
} from './objects/exceptions.js';
export {
  PyType_GetVersionTag,
  PyType_Modified,
  _PyStaticType_GetDict,
  _PyStaticType_PeekDict,
  _PyStaticTypes_FiniInterp,
  staticTypeStateOf,
} from './objects/typeobject.js';
export { PY_SSIZE_T_MAX, PY_SSIZE_T_MIN, PySlice_AdjustIndices, PySlice_Unpack } from './objects/sliceobject.js';
export type { AdjustedSlice } from './objects/sliceobject.js';
export {
  PyNumber_BinaryOp,
  PyNumber_Divmod,
  PyNumber_Power,
  PyNumber_UnaryOp,
  PyObject_GetItem,
  PyObject_Size,
  _PyObject_GetSlice,
} from './objects/abstract.js';
export type { BinaryOperator, UnaryOperator } from './objects/abstract.js';
