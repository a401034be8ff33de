// code's instance layout (CPython's Include/cpython/code.h PyCodeObject): one block holding the
// header, the instructions inline (co_code_adaptive: Int32 words `opcode | oparg << 8`, ob_size
// of them), then the exception table (5 Int32 words per entry: start, end, target, depth, lasti)
// and the line table (one Int32 line number per instruction, -1 for none). Not GC-tracked (as
// in CPython: code objects cannot form cycles through their constants).
// NON-CPYTHON: CPython packs co_exceptiontable and co_linetable as varint bytes objects; here
// they are plain words in the same block so that any thread can read them with no decoding.
//
// (diagrams: scripts/render-diagrams.mjs)
//
// PyCodeObject:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ ob_refcnt            i32               │ reference count; IMMORTAL_REFCNT in the runtime heap
//     4 ├────────────────────────────────────────┤
//       │ ob_type              handle            │ the object's type
//     8 ├────────────────────────────────────────┤
//       │ ob_size              i32               │ number of items (meaning per type)
//    12 ├────────────────────────────────────────┤
//       │ co_consts            handle            │ tuple of constants and nested code objects
//    16 ├────────────────────────────────────────┤
//       │ co_names             handle            │ tuple of strs: global, attribute and import names
//    20 ├────────────────────────────────────────┤
//       │ co_localsplusnames   handle            │ tuple of strs: locals, then cells, then frees
//    24 ├────────────────────────────────────────┤
//       │ co_localspluskinds   handle            │ bytes: CO_FAST_* bits per localsplus slot
//    28 ├────────────────────────────────────────┤
//       │ co_varnames          handle            │ tuple of strs (derived from localsplus)
//    32 ├────────────────────────────────────────┤
//       │ co_cellvars          handle            │ tuple of strs (derived from localsplus)
//    36 ├────────────────────────────────────────┤
//       │ co_freevars          handle            │ tuple of strs (derived from localsplus)
//    40 ├────────────────────────────────────────┤
//       │ co_filename          handle            │ str
//    44 ├────────────────────────────────────────┤
//       │ co_name              handle            │ str
//    48 ├────────────────────────────────────────┤
//       │ co_qualname          handle            │ str
//    52 ├────────────────────────────────────────┤
//       │ co_flags             i32               │ CO_* flags
//    56 ├────────────────────────────────────────┤
//       │ co_argcount          i32               │ positional parameters, posonly included
//    60 ├────────────────────────────────────────┤
//       │ co_posonlyargcount   i32               │ positional-only parameters
//    64 ├────────────────────────────────────────┤
//       │ co_kwonlyargcount    i32               │ keyword-only parameters
//    68 ├────────────────────────────────────────┤
//       │ co_stacksize         i32               │ maximum value-stack depth
//    72 ├────────────────────────────────────────┤
//       │ co_firstlineno       i32               │ line of the def/class/module start
//    76 ├────────────────────────────────────────┤
//       │ co_nlocalsplus       i32               │ locals + cells + frees
//    80 ├────────────────────────────────────────┤
//       │ co_nlocals           i32               │ slots that are locals (cell parameters included)
//    84 ├────────────────────────────────────────┤
//       │ co_ncellvars         i32               │ cell slots
//    88 ├────────────────────────────────────────┤
//       │ co_nfreevars         i32               │ free-variable slots
//    92 ├────────────────────────────────────────┤
//       │ co_framesize         i32               │ frame slots: nlocalsplus + stacksize
//    96 ├────────────────────────────────────────┤
//       │ co_exceptiontable    i32               │ word index (from the object) of the exception table
//   100 ├────────────────────────────────────────┤
//       │ co_nexceptions       i32               │ exception table entries
//   104 ├────────────────────────────────────────┤
//       │ co_linetable         i32               │ word index (from the object) of the line table
//   108 └────────────────────────────────────────┘
//       ┆ co_code_adaptive     i32[]             ┆ at 108: the instructions (ob_size words), then the tables
//
// (end of diagrams)

import { PY_VAR_OBJECT, defineLayout } from '@pergil/runtime-state';

/** PyCodeObject. @public */
export const PY_CODE_OBJECT = defineLayout('PyCodeObject', [
  { name: 'co_consts', type: 'handle', doc: 'tuple of constants and nested code objects' },
  { name: 'co_names', type: 'handle', doc: 'tuple of strs: global, attribute and import names' },
  { name: 'co_localsplusnames', type: 'handle', doc: 'tuple of strs: locals, then cells, then frees' },
  { name: 'co_localspluskinds', type: 'handle', doc: 'bytes: CO_FAST_* bits per localsplus slot' },
  { name: 'co_varnames', type: 'handle', doc: 'tuple of strs (derived from localsplus)' },
  { name: 'co_cellvars', type: 'handle', doc: 'tuple of strs (derived from localsplus)' },
  { name: 'co_freevars', type: 'handle', doc: 'tuple of strs (derived from localsplus)' },
  { name: 'co_filename', type: 'handle', doc: 'str' },
  { name: 'co_name', type: 'handle', doc: 'str' },
  { name: 'co_qualname', type: 'handle', doc: 'str' },
  { name: 'co_flags', type: 'i32', doc: 'CO_* flags' },
  { name: 'co_argcount', type: 'i32', doc: 'positional parameters, posonly included' },
  { name: 'co_posonlyargcount', type: 'i32', doc: 'positional-only parameters' },
  { name: 'co_kwonlyargcount', type: 'i32', doc: 'keyword-only parameters' },
  { name: 'co_stacksize', type: 'i32', doc: 'maximum value-stack depth' },
  { name: 'co_firstlineno', type: 'i32', doc: 'line of the def/class/module start' },
  { name: 'co_nlocalsplus', type: 'i32', doc: 'locals + cells + frees' },
  { name: 'co_nlocals', type: 'i32', doc: 'slots that are locals (cell parameters included)' },
  { name: 'co_ncellvars', type: 'i32', doc: 'cell slots' },
  { name: 'co_nfreevars', type: 'i32', doc: 'free-variable slots' },
  { name: 'co_framesize', type: 'i32', doc: 'frame slots: nlocalsplus + stacksize' },
  { name: 'co_exceptiontable', type: 'i32', doc: 'word index (from the object) of the exception table' },
  { name: 'co_nexceptions', type: 'i32', doc: 'exception table entries' },
  { name: 'co_linetable', type: 'i32', doc: 'word index (from the object) of the line table' },
  { name: 'co_code_adaptive', type: 'i32', count: 0, doc: 'the instructions (ob_size words), then the tables' },
], PY_VAR_OBJECT);

/** Byte offset of the first instruction word in a code object. @public */
export const CO_CODE_OFFSET = PY_CODE_OBJECT.offsetBytes.co_code_adaptive;
/** Int32 words per exception table entry (start, end, target, depth, lasti). @public */
export const CO_EXCEPTION_ENTRY_WORDS = 5;
