// Python constant values as the compiler carries them (CPython's `constant` in the ASDL):
// in `ast.Constant.value`, in folded expressions and in a code object's constants.

/** Python's `Ellipsis` (`...`) as a constant. @public */
export interface EllipsisConstant {
  readonly kind: 'ellipsis';
}

/** A Python `complex` constant (an imaginary literal such as `2j`, or a folded sum). @public */
export interface ComplexConstant {
  readonly kind: 'complex';
  readonly real: number;
  readonly imag: number;
}

/** A Python `bytes` constant. @public */
export interface BytesConstant {
  readonly kind: 'bytes';
  readonly value: Uint8Array;
}

/** A tuple or frozenset of constants (made by constant folding and by `in (1, 2)` tests). @public */
export interface TupleConstant {
  readonly kind: 'tuple' | 'frozenset';
  readonly items: readonly Constant[];
}

/**
 * A Python constant: `null` is `None`, `boolean` is `bool`, `bigint` is `int`, `number`
 * is `float`, `string` is `str` (code points as UTF-16), and the tagged objects are
 * the rest.
 * @public
 */
export type Constant = null | boolean | bigint | number | string | EllipsisConstant | ComplexConstant | BytesConstant | TupleConstant;

/** The one `Ellipsis` constant. @public */
export const ELLIPSIS: EllipsisConstant = Object.freeze({ kind: 'ellipsis' });
