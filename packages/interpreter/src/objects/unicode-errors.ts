// Raising UnicodeEncodeError and UnicodeDecodeError with their five fields (CPython's
// PyUnicodeEncodeError_Create / PyUnicodeDecodeError_Create and the codecs' raise_encode_exception
// in Objects/unicodeobject.c): the exception is made by calling its type with
// (encoding, object, start, end, reason), so its str() is CPython's message.

import { TUPLE_OB_ITEM } from '@pergil/runtime-state';
import type { ThreadState } from '../thread-state.js';
import { PyObject_Vectorcall } from './call.js';
import { PyErr_SetRaisedException } from './exceptions.js';
import { PyLong_FromLong } from './longobject.js';
import { Py_DECREF } from './object.js';
import { PyTuple_Pack } from './tupleobject.js';
import { PyUnicode_FromString } from './unicodeobject.js';

/**
 * Raises `UnicodeEncodeError` or `UnicodeDecodeError` for `object` (the str or bytes handle,
 * borrowed) from code-point/byte `start` to `end`; always returns 0.
 * @public
 */
export function raiseUnicodeError(tstate: ThreadState, kind: 'UnicodeEncodeError' | 'UnicodeDecodeError', encoding: string, object: number, start: number, end: number, reason: string): number {
  const interp = tstate.interp;
  const parts = [PyUnicode_FromString(tstate, encoding), PyLong_FromLong(tstate, start), PyLong_FromLong(tstate, end), PyUnicode_FromString(tstate, reason)];
  const args = parts.includes(0) ? 0 : PyTuple_Pack(tstate, [parts[0], object, parts[1], parts[2], parts[3]]);
  for (const p of parts) if (p !== 0) Py_DECREF(interp, p);
  if (args === 0) return 0;
  const type = interp.runtime.staticType(kind);
  const exc = PyObject_Vectorcall(tstate, type, (args + TUPLE_OB_ITEM) >> 2, 5, 0);
  Py_DECREF(interp, args);
  if (exc === 0) return 0;
  PyErr_SetRaisedException(tstate, exc);
  return 0;
}
