// The interpreter frame (CPython's Include/internal/pycore_frame.h _PyInterpreterFrame): one
// activation of a code object, laid in the thread's data stack in the interpreter heap. The
// header below is followed by localsplus (fast locals, cells, free variables: co_nlocalsplus
// words) and then the value stack (co_stacksize words), so a frame is
// FRAME_SPECIALS_WORDS + co_framesize words. The eval loop keeps `sp` and the instruction index
// in JS locals while it runs a frame and writes them back into `stacktop`/`prev_instr` before it
// leaves the frame (a call, a return, an exception).
//
// References: f_func, f_locals and every localsplus/value-stack slot are owned. f_code,
// f_globals and f_builtins are borrowed from f_func when it is set (a function call), and owned
// when f_func is NULL (module and class bodies run by PyEval_EvalCode).
//
// (diagrams: scripts/render-diagrams.mjs)
//
// _PyInterpreterFrame:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ f_code               handle            │ the code object being run
//     4 ├────────────────────────────────────────┤
//       │ f_func               handle            │ the function called (owned), NULL for PyEval_EvalCode
//     8 ├────────────────────────────────────────┤
//       │ f_globals            handle            │ globals dict
//    12 ├────────────────────────────────────────┤
//       │ f_builtins           handle            │ builtins dict
//    16 ├────────────────────────────────────────┤
//       │ f_locals             handle            │ locals mapping of module/class bodies (owned), NULL for functions
//    20 ├────────────────────────────────────────┤
//       │ previous             i32               │ byte offset of the calling frame, 0 for none
//    24 ├────────────────────────────────────────┤
//       │ prev_instr           i32               │ index of the instruction executing (or last executed)
//    28 ├────────────────────────────────────────┤
//       │ stacktop             i32               │ word index of the first free value-stack slot
//    32 ├────────────────────────────────────────┤
//       │ is_entry             i32               │ 1 if returning from it leaves the eval loop invocation
//    36 └────────────────────────────────────────┘
//       ┆ localsplus           handle[]          ┆ at 36: locals, cells, frees, then the value stack
//
// DataStackChunk:
//  byte
//     0 ┌────────────────────────────────────────┐
//       │ previous             i32               │ byte offset of the previous chunk, 0 for the first
//     4 ├────────────────────────────────────────┤
//       │ size_bytes           i32               │ the chunk's size, header included
//     8 ├────────────────────────────────────────┤
//       │ saved_top            i32               │ datastack_top of the previous chunk when this one was pushed
//    12 └────────────────────────────────────────┘
//       ┆ data                 i32[]             ┆ at 12: frames
//
// (end of diagrams)

import { defineLayout } from '@pergil/runtime-state';

/** _PyInterpreterFrame. @public */
export const PY_INTERPRETER_FRAME = defineLayout('_PyInterpreterFrame', [
  { name: 'f_code', type: 'handle', doc: 'the code object being run' },
  { name: 'f_func', type: 'handle', doc: 'the function called (owned), NULL for PyEval_EvalCode' },
  { name: 'f_globals', type: 'handle', doc: 'globals dict' },
  { name: 'f_builtins', type: 'handle', doc: 'builtins dict' },
  { name: 'f_locals', type: 'handle', doc: 'locals mapping of module/class bodies (owned), NULL for functions' },
  { name: 'previous', type: 'i32', doc: 'byte offset of the calling frame, 0 for none' },
  { name: 'prev_instr', type: 'i32', doc: 'index of the instruction executing (or last executed)' },
  { name: 'stacktop', type: 'i32', doc: 'word index of the first free value-stack slot' },
  { name: 'is_entry', type: 'i32', doc: '1 if returning from it leaves the eval loop invocation' },
  { name: 'localsplus', type: 'handle', count: 0, doc: 'locals, cells, frees, then the value stack' },
]);

/** A chunk of the thread's frame data stack (CPython's _PyStackChunk). @public */
export const DATA_STACK_CHUNK = defineLayout('DataStackChunk', [
  { name: 'previous', type: 'i32', doc: 'byte offset of the previous chunk, 0 for the first' },
  { name: 'size_bytes', type: 'i32', doc: 'the chunk\'s size, header included' },
  { name: 'saved_top', type: 'i32', doc: 'datastack_top of the previous chunk when this one was pushed' },
  { name: 'data', type: 'i32', count: 0, doc: 'frames' },
]);

const F = PY_INTERPRETER_FRAME.offsetBytes;
/** Word offsets of the frame fields (the eval loop indexes `i32[frameWord + FW_*]`). @internal */
export const FW_CODE = F.f_code >> 2;
/** @internal */
export const FW_FUNC = F.f_func >> 2;
/** @internal */
export const FW_GLOBALS = F.f_globals >> 2;
/** @internal */
export const FW_BUILTINS = F.f_builtins >> 2;
/** @internal */
export const FW_LOCALS = F.f_locals >> 2;
/** @internal */
export const FW_PREVIOUS = F.previous >> 2;
/** @internal */
export const FW_PREV_INSTR = F.prev_instr >> 2;
/** @internal */
export const FW_STACKTOP = F.stacktop >> 2;
/** @internal */
export const FW_IS_ENTRY = F.is_entry >> 2;
/** Words of the frame header before localsplus (CPython's FRAME_SPECIALS_SIZE). @public */
export const FRAME_SPECIALS_WORDS = F.localsplus >> 2;
