// The instance layouts of the exception types that add fields to PyBaseExceptionObject
// (CPython's Include/cpython/pyerrors.h): StopIteration.value, SystemExit.code, ImportError's
// msg/name/path, OSError's errno/strerror/filename/filename2, SyntaxError's location,
// UnicodeError's encoding/object/start/end/reason, NameError.name, AttributeError's obj/name,
// and BaseExceptionGroup's message and exceptions. GC-tracked: a PyGC_Head precedes each.
// Every added field is a handle the exception owns (NULL reads as None), so one dealloc drops
// the words past the base layout whatever the type.
// NON-CPYTHON: UnicodeError's start and end are int objects (CPython's Py_ssize_t), and
// OSError has no `written` (characters_written of BlockingIOError is not kept).
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PyAttributeErrorObject:
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
//    36 ├────────────────────────────────────────┤
//       │ obj                  handle            │ the object without the attribute
//    40 ├────────────────────────────────────────┤
//       │ name                 handle            │ the attribute name
//    44 └────────────────────────────────────────┘
//
// PyBaseExceptionGroupObject:
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
//    36 ├────────────────────────────────────────┤
//       │ msg                  handle            │ the message (str)
//    40 ├────────────────────────────────────────┤
//       │ excs                 handle            │ the nested exceptions (a non-empty tuple)
//    44 └────────────────────────────────────────┘
//
// PyImportErrorObject:
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
//    36 ├────────────────────────────────────────┤
//       │ msg                  handle            │ the message: args[0] when there is exactly one arg
//    40 ├────────────────────────────────────────┤
//       │ name                 handle            │ the module name (name= keyword)
//    44 ├────────────────────────────────────────┤
//       │ path                 handle            │ the file path (path= keyword)
//    48 └────────────────────────────────────────┘
//
// PyNameErrorObject:
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
//    36 ├────────────────────────────────────────┤
//       │ name                 handle            │ the missing name
//    40 └────────────────────────────────────────┘
//
// PyOSErrorObject:
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
//    36 ├────────────────────────────────────────┤
//       │ myerrno              handle            │ errno
//    40 ├────────────────────────────────────────┤
//       │ strerror             handle            │ strerror
//    44 ├────────────────────────────────────────┤
//       │ filename             handle            │ filename
//    48 ├────────────────────────────────────────┤
//       │ filename2            handle            │ filename2
//    52 └────────────────────────────────────────┘
//
// PyStopIterationObject:
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
//    36 ├────────────────────────────────────────┤
//       │ value                handle            │ StopIteration.value: args[0], or None
//    40 └────────────────────────────────────────┘
//
// PySyntaxErrorObject:
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
//    36 ├────────────────────────────────────────┤
//       │ msg                  handle            │ the message
//    40 ├────────────────────────────────────────┤
//       │ filename             handle            │ the file name
//    44 ├────────────────────────────────────────┤
//       │ lineno               handle            │ the line (1-based int)
//    48 ├────────────────────────────────────────┤
//       │ offset               handle            │ the column (1-based int)
//    52 ├────────────────────────────────────────┤
//       │ text                 handle            │ the source line
//    56 ├────────────────────────────────────────┤
//       │ end_lineno           handle            │ the last line
//    60 ├────────────────────────────────────────┤
//       │ end_offset           handle            │ the column after the end
//    64 ├────────────────────────────────────────┤
//       │ print_file_and_line  handle            │ legacy flag, None
//    68 └────────────────────────────────────────┘
//
// PySystemExitObject:
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
//    36 ├────────────────────────────────────────┤
//       │ code                 handle            │ SystemExit.code: None, args[0], or args
//    40 └────────────────────────────────────────┘
//
// PyUnicodeErrorObject:
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
//    36 ├────────────────────────────────────────┤
//       │ encoding             handle            │ the codec name (str)
//    40 ├────────────────────────────────────────┤
//       │ object               handle            │ the str or bytes being converted
//    44 ├────────────────────────────────────────┤
//       │ start                handle            │ first bad position (int)
//    48 ├────────────────────────────────────────┤
//       │ end                  handle            │ position after the bad part (int)
//    52 ├────────────────────────────────────────┤
//       │ reason               handle            │ what went wrong (str)
//    56 └────────────────────────────────────────┘
//
// (end of diagrams)

import { PY_BASE_EXCEPTION_OBJECT, defineLayout } from '@pergil/runtime-state';

/** StopIteration. @public */
export const PY_STOP_ITERATION_OBJECT = defineLayout('PyStopIterationObject', [
  { name: 'value', type: 'handle', doc: 'StopIteration.value: args[0], or None' },
], PY_BASE_EXCEPTION_OBJECT);

/** SystemExit. @public */
export const PY_SYSTEM_EXIT_OBJECT = defineLayout('PySystemExitObject', [
  { name: 'code', type: 'handle', doc: 'SystemExit.code: None, args[0], or args' },
], PY_BASE_EXCEPTION_OBJECT);

/** ImportError and ModuleNotFoundError. @public */
export const PY_IMPORT_ERROR_OBJECT = defineLayout('PyImportErrorObject', [
  { name: 'msg', type: 'handle', doc: 'the message: args[0] when there is exactly one arg' },
  { name: 'name', type: 'handle', doc: 'the module name (name= keyword)' },
  { name: 'path', type: 'handle', doc: 'the file path (path= keyword)' },
], PY_BASE_EXCEPTION_OBJECT);

/** OSError and its subclasses. @public */
export const PY_OS_ERROR_OBJECT = defineLayout('PyOSErrorObject', [
  { name: 'myerrno', type: 'handle', doc: 'errno' },
  { name: 'strerror', type: 'handle', doc: 'strerror' },
  { name: 'filename', type: 'handle', doc: 'filename' },
  { name: 'filename2', type: 'handle', doc: 'filename2' },
], PY_BASE_EXCEPTION_OBJECT);

/** SyntaxError, IndentationError, TabError. @public */
export const PY_SYNTAX_ERROR_OBJECT = defineLayout('PySyntaxErrorObject', [
  { name: 'msg', type: 'handle', doc: 'the message' },
  { name: 'filename', type: 'handle', doc: 'the file name' },
  { name: 'lineno', type: 'handle', doc: 'the line (1-based int)' },
  { name: 'offset', type: 'handle', doc: 'the column (1-based int)' },
  { name: 'text', type: 'handle', doc: 'the source line' },
  { name: 'end_lineno', type: 'handle', doc: 'the last line' },
  { name: 'end_offset', type: 'handle', doc: 'the column after the end' },
  { name: 'print_file_and_line', type: 'handle', doc: 'legacy flag, None' },
], PY_BASE_EXCEPTION_OBJECT);

/** UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError. @public */
export const PY_UNICODE_ERROR_OBJECT = defineLayout('PyUnicodeErrorObject', [
  { name: 'encoding', type: 'handle', doc: 'the codec name (str)' },
  { name: 'object', type: 'handle', doc: 'the str or bytes being converted' },
  { name: 'start', type: 'handle', doc: 'first bad position (int)' },
  { name: 'end', type: 'handle', doc: 'position after the bad part (int)' },
  { name: 'reason', type: 'handle', doc: 'what went wrong (str)' },
], PY_BASE_EXCEPTION_OBJECT);

/** NameError and UnboundLocalError. @public */
export const PY_NAME_ERROR_OBJECT = defineLayout('PyNameErrorObject', [
  { name: 'name', type: 'handle', doc: 'the missing name' },
], PY_BASE_EXCEPTION_OBJECT);

/** AttributeError. @public */
export const PY_ATTRIBUTE_ERROR_OBJECT = defineLayout('PyAttributeErrorObject', [
  { name: 'obj', type: 'handle', doc: 'the object without the attribute' },
  { name: 'name', type: 'handle', doc: 'the attribute name' },
], PY_BASE_EXCEPTION_OBJECT);

/** BaseExceptionGroup and ExceptionGroup. @public */
export const PY_BASE_EXCEPTION_GROUP_OBJECT = defineLayout('PyBaseExceptionGroupObject', [
  { name: 'msg', type: 'handle', doc: 'the message (str)' },
  { name: 'excs', type: 'handle', doc: 'the nested exceptions (a non-empty tuple)' },
], PY_BASE_EXCEPTION_OBJECT);
