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
  });
}
