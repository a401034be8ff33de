// The handles of the static builtin types an interpreter's object code tests against on hot
// paths (`Py_TYPE(o) === types.int`), read once from the runtime. They are runtime-heap
// handles, the same for every interpreter of one runtime.

import type { RuntimeState } from '@pergil/runtime-state';

/**
 * Handles of the static types the object model dispatches on.
 * @public
 */
export interface StaticTypeHandles {
  /** `object`. */
  readonly object: number;
  /** `type`. */
  readonly type: number;
  /** `NoneType`. */
  readonly NoneType: number;
  /** `int`. */
  readonly int: number;
  /** `bool`. */
  readonly bool: number;
  /** `float`. */
  readonly float: number;
  /** `str`. */
  readonly str: number;
  /** `bytes`. */
  readonly bytes: number;
  /** `tuple`. */
  readonly tuple: number;
  /** `list`. */
  readonly list: number;
  /** `dict`. */
  readonly dict: number;
  /** `BaseException`. */
  readonly BaseException: number;
  /** `function`. */
  readonly function: number;
  /** `builtin_function_or_method`. */
  readonly builtin_function_or_method: number;
  /** `method_descriptor`. */
  readonly method_descriptor: number;
  /** `method` (bound methods). */
  readonly method: number;
  /** `module`. */
  readonly module: number;
  /** `list_iterator` (FOR_ITER's fast path). */
  readonly list_iterator: number;
  /** `tuple_iterator`. */
  readonly tuple_iterator: number;
  /** `range_iterator` (FOR_ITER's fast path). */
  readonly range_iterator: number;
}

/** Reads the handles from `runtime`. @internal */
export function readStaticTypeHandles(runtime: RuntimeState): StaticTypeHandles {
  return Object.freeze({
    object: runtime.staticType('object'),
    type: runtime.staticType('type'),
    NoneType: runtime.staticType('NoneType'),
    int: runtime.staticType('int'),
    bool: runtime.staticType('bool'),
    float: runtime.staticType('float'),
    str: runtime.staticType('str'),
    bytes: runtime.staticType('bytes'),
    tuple: runtime.staticType('tuple'),
    list: runtime.staticType('list'),
    dict: runtime.staticType('dict'),
    BaseException: runtime.staticType('BaseException'),
    function: runtime.staticType('function'),
    builtin_function_or_method: runtime.staticType('builtin_function_or_method'),
    method_descriptor: runtime.staticType('method_descriptor'),
    method: runtime.staticType('method'),
    module: runtime.staticType('module'),
    list_iterator: runtime.staticType('list_iterator'),
    tuple_iterator: runtime.staticType('tuple_iterator'),
    range_iterator: runtime.staticType('range_iterator'),
  });
}
