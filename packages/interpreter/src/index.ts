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
  PyException_GetCause,
  PyException_GetContext,
  PyException_GetTraceback,
  PyException_New,
  PyException_SetCause,
  PyException_SetContext,
  PyException_SetTraceback,
  PyType_IsSubtype,
  _PyErr_ChainExceptions,
  _PyErr_ChainExceptions1,
} from './objects/exceptions.js';
export { _PyException_GetNotes, exceptionFromArgs, exceptionInit, exceptionNew, exceptionSizeBytes } from './objects/exceptions-attrs.js';
export {
  PY_ATTRIBUTE_ERROR_OBJECT,
  PY_BASE_EXCEPTION_GROUP_OBJECT,
  PY_IMPORT_ERROR_OBJECT,
  PY_NAME_ERROR_OBJECT,
  PY_OS_ERROR_OBJECT,
  PY_STOP_ITERATION_OBJECT,
  PY_SYNTAX_ERROR_OBJECT,
  PY_SYSTEM_EXIT_OBJECT,
  PY_UNICODE_ERROR_OBJECT,
} from './objects/exceptions.layout.js';
export {
  PyType_GetVersionTag,
  PyType_Modified,
  _PyStaticType_GetDict,
  _PyStaticType_PeekDict,
  _PyStaticTypes_FiniInterp,
  staticTypeStateOf,
} from './objects/typeobject.js';
export { PY_SSIZE_T_MAX, PY_SSIZE_T_MIN, PySlice_AdjustIndices, PySlice_Check, PySlice_New, PySlice_Unpack, sliceBounds, sliceIndices, sliceMember } from './objects/sliceobject.js';
export { PY_SLICE_OBJECT } from './objects/sliceobject.layout.js';
export { PyBytes_Format, PyObject_Format, PyUnicode_Format, unicodeFormatMethod } from './objects/format.js';
export { listAssSlice } from './objects/listobject.js';
export type { AdjustedSlice } from './objects/sliceobject.js';
export {
  PyNumber_BinaryOp,
  PyNumber_Divmod,
  PyNumber_Power,
  PyNumber_UnaryOp,
  PyNumber_InPlaceOp,
  PyObject_DelItem,
  PyObject_GetItem,
  PyObject_SetItem,
  PyObject_Size,
  PySequence_Contains,
  _PyObject_GetSlice,
} from './objects/abstract.js';
export { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_Check, PyModule_GetDict, PyModule_New } from './objects/moduleobject.js';
export { PY_MODULE_OBJECT } from './objects/moduleobject.layout.js';
export { PyCallable_Check } from './objects/call.js';
export { PyObject_IsInstance, PyObject_IsSubclass } from './objects/typeobject.js';
export type { BinaryOperator, UnaryOperator } from './objects/abstract.js';
export {
  PyObject_Dir,
  PyObject_GenericGetAttr,
  PyObject_GenericSetAttr,
  PyObject_GetAttr,
  PyObject_GetAttrString,
  PyObject_SetAttr,
  PyObject_SetAttrString,
  _PyObject_GetMethod,
  _PyObject_LookupAttr,
} from './objects/object-attrs.js';
export { PY_SUPER_OBJECT } from './objects/superobject.layout.js';

// --- code, function and cell objects ---
export { CO_CODE_OFFSET, CO_EXCEPTION_ENTRY_WORDS, PY_CODE_OBJECT } from './objects/codeobject.layout.js';
export {
  PyCode_Addr2Line,
  PyCode_Check,
  PyCode_ExceptionEntryWord,
  PyCode_FromCompilerCode,
  PyCode_GetArgcount,
  PyCode_GetCellvars,
  PyCode_GetConsts,
  PyCode_GetFilename,
  PyCode_GetFirstLineno,
  PyCode_GetFlags,
  PyCode_GetFreevars,
  PyCode_GetKwonlyargcount,
  PyCode_GetLocalsPlusKinds,
  PyCode_GetLocalsPlusNames,
  PyCode_GetName,
  PyCode_GetNCellvars,
  PyCode_GetNFreevars,
  PyCode_GetNames,
  PyCode_GetNlocals,
  PyCode_GetPosonlyargcount,
  PyCode_GetQualname,
  PyCode_GetStacksize,
  PyCode_GetVarnames,
  PyCode_Instruction,
  PyCode_NumExceptionEntries,
  PyCode_NumInstructions,
  _PyCode_FindHandlerWord,
  _PyCode_FrameSize,
  _PyCode_NLocalsPlus,
  codeRepr,
} from './objects/codeobject.js';
export { PY_FUNCTION_OBJECT } from './objects/funcobject.layout.js';
export {
  PyFunction_Check,
  PyFunction_GetAnnotations,
  PyFunction_GetBuiltins,
  PyFunction_GetClosure,
  PyFunction_GetCode,
  PyFunction_GetDefaults,
  PyFunction_GetDict,
  PyFunction_GetDoc,
  PyFunction_GetGlobals,
  PyFunction_GetKwDefaults,
  PyFunction_GetModule,
  PyFunction_GetName,
  PyFunction_GetQualname,
  PyFunction_New,
  PyFunction_SetAnnotations,
  PyFunction_SetClosure,
  PyFunction_SetDefaults,
  PyFunction_SetKwDefaults,
  funcRepr,
} from './objects/funcobject.js';
export { PY_CELL_OBJECT } from './objects/cellobject.layout.js';
export { PyCell_Check, PyCell_GET, PyCell_Get, PyCell_New, PyCell_Set, cellRepr } from './objects/cellobject.js';

// --- set, frozenset, range, slice objects ---
export {
  PY_SET_ENTRY,
  PY_SET_OBJECT,
  PySet_MINSIZE,
  SET_DUMMY,
  SET_FILL,
  SET_FINGER,
  SET_LINEAR_PROBES,
  SET_MASK,
  SET_TABLE,
  SET_USED,
} from './objects/setobject.layout.js';
export {
  PyAnySet_Check,
  PyFrozenSet_Check,
  PyFrozenSet_New,
  PySet_Add,
  PySet_Check,
  PySet_Clear,
  PySet_Contains,
  PySet_Discard,
  PySet_New,
  PySet_Pop,
  frozensetHashExact,
  setCopy,
  setDifference,
  setDifferenceUpdate,
  setEntryKey,
  setHash,
  setIntersection,
  setIntersectionUpdate,
  setIsDisjoint,
  setIsSubset,
  setIsSuperset,
  setKeys,
  setLength,
  setNext,
  setRemove,
  setRepr,
  setRichCompareBool,
  setSymmetricDifference,
  setSymmetricDifferenceUpdate,
  setUnion,
  setUpdate,
} from './objects/setobject.js';
export { PY_RANGE_OBJECT, RANGE_LENGTH, RANGE_START, RANGE_STEP, RANGE_STOP } from './objects/rangeobject.layout.js';
export {
  PyRange_Check,
  PyRange_New,
  rangeContains,
  rangeCount,
  rangeGetItem,
  rangeHash,
  rangeIndex,
  rangeLength,
  rangeRepr,
  rangeRichCompareBool,
  rangeSlice,
  rangeValues,
} from './objects/rangeobject.js';

// --- iteration ---
export {
  PY_CALL_ITER_OBJECT,
  PY_DICT_ITER_OBJECT,
  PY_ENUM_OBJECT,
  PY_FILTER_OBJECT,
  PY_LONGRANGE_ITER_OBJECT,
  PY_MAP_OBJECT,
  PY_RANGE_ITER_OBJECT,
  PY_SEQ_ITER_OBJECT,
  PY_SET_ITER_OBJECT,
  PY_ZIP_OBJECT,
} from './objects/iterobject.layout.js';
export {
  PyCallIter_New,
  PyIter_Check,
  PyIter_Next,
  PyObject_GetIter,
  PyObject_SelfIter,
  PySeqIter_New,
  bytesIterNew,
  dictIterNew,
  enumerateNew,
  filterNew,
  listIterNew,
  listIterNext,
  listReverseIterNew,
  mapNew,
  rangeIterNew,
  rangeIterNext,
  rangeReverseIterNew,
  reversedNew,
  setIterNew,
  tupleIterNew,
  unicodeIterNew,
  zipNew,
} from './objects/iterobject.js';
export type { DictIterKind } from './objects/iterobject.js';

// --- str methods ---
export {
  unicodeCapitalize,
  unicodeCaseFold,
  unicodeCenter,
  unicodeCount,
  unicodeEncode,
  unicodeEndsWith,
  unicodeExpandTabs,
  unicodeFind,
  unicodeIndex,
  unicodeIsAlnum,
  unicodeIsAlpha,
  unicodeIsAscii,
  unicodeIsDecimal,
  unicodeIsDigit,
  unicodeIsIdentifier,
  unicodeIsLower,
  unicodeIsNumeric,
  unicodeIsPrintable,
  unicodeIsSpace,
  unicodeIsTitle,
  unicodeIsUpper,
  unicodeJoin,
  unicodeLJust,
  unicodeLStrip,
  unicodeLower,
  unicodePartition,
  unicodeRFind,
  unicodeRIndex,
  unicodeRJust,
  unicodeRPartition,
  unicodeRSplit,
  unicodeRStrip,
  unicodeReplace,
  unicodeSplit,
  unicodeSplitLines,
  unicodeStartsWith,
  unicodeStrip,
  unicodeSwapCase,
  unicodeTitle,
  unicodeUpper,
  unicodeZFill,
} from './objects/unicode-methods.js';

// --- builtins, sys, start-up, running __main__ ---
export type { InterpreterHost } from './interpreter-state.js';
export { BUILTIN_METHODS, PyImport_ImportModuleLevelObject, _PyBuiltin_Init } from './bltinmodule.js';
export {
  PY_VERSION,
  PY_VERSION_HEX,
  PY_VERSION_INFO,
  PyFile_WriteObject,
  PyFile_WriteString,
  PySys_GetObject,
  SYS_METHODS,
  _PySys_Create,
} from './sysmodule.js';
export type { SysConfig } from './sysmodule.js';
export { PY_TEXTIO_OBJECT } from './sysmodule.layout.js';
export { PyImport_GetMainModule, Py_FinalizeInterpreterModules, Py_InitializeInterpreter, Py_IsInterpreterInitialized } from './pylifecycle.js';
export type { InitializeInterpreterOptions } from './pylifecycle.js';
export { Py_RunMain } from './main.js';
export type { RunMainOptions } from './main.js';

// --- the eval loop: frames, calls, exceptions, tracebacks, running source ---
export {
  PyErr_GetHandledException,
  PyEval_EvalCode,
  PyEval_GetBuiltins,
  PyEval_GetGlobals,
  PyEval_GetLocals,
  _PyEval_EvalFrameDefault,
  _PyEval_Vector,
  _Py_EnterRecursiveCall,
  _Py_HandlePending,
  _Py_LeaveRecursiveCall,
} from './ceval.js';
export { _PyFunction_Vectorcall } from './objects/funcobject.js';
export { DATA_STACK_CHUNK, FRAME_SPECIALS_WORDS, PY_INTERPRETER_FRAME } from './frame.layout.js';
export { _PyFrame_Clear, _PyThreadState_PopFrame, _PyThreadState_PushFrame } from './frame.js';
export {
  PyTraceBack_Check,
  PyTraceBack_GetCode,
  PyTraceBack_GetLasti,
  PyTraceBack_GetLineno,
  PyTraceBack_GetNext,
  PyTraceBack_Here,
} from './objects/traceback.js';
export { PY_TRACEBACK_OBJECT } from './objects/traceback.layout.js';
export { PyErr_Display, PyRun_String, Py_CompileString, _PyErr_RaiseSyntaxError } from './pythonrun.js';
export type { PyRunMode } from './pythonrun.js';
