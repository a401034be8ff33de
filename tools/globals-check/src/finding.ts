// What the finder reports: one piece of module-level state (CPython's c-analyzer
// "global variable" record: file, name, kind — Tools/c-analyzer/c_analyzer/info.py).

/**
 * How a piece of module-level state was declared.
 *
 * - `let` / `var`: a reassignable binding at module scope (also inside module-level
 *   blocks, `if`/`try` bodies and non-declare namespaces).
 * - `const-mutable`: a `const` bound to a value that can change in place — an object or
 *   array literal not wrapped in `Object.freeze`, `new Map()`, `new SomeClass()`, a typed
 *   array, an `as const` literal (readonly is a type, not frozen memory), a RegExp with the
 *   `g` or `y` flag (its `lastIndex` is state).
 * - `static-field`: a static class field of a module-level class that is writable, or
 *   `static readonly` bound to a mutable value.
 * - `closure`: a module-level function, arrow or method that assigns to or mutates one of
 *   the above; the names it writes are in `detail`.
 *
 * @public
 */
export type FindingKind = 'let' | 'var' | 'const-mutable' | 'static-field' | 'closure';

/**
 * One piece of module-level state found in a source file.
 * @public
 */
export interface GlobalFinding {
  /** Path of the source file, relative to the checked root, with `/` separators. */
  readonly file: string;
  /** The binding's name; `Class.field` for a static field; the function's name for a closure. */
  readonly name: string;
  /** 1-based line of the declaration. */
  readonly line: number;
  /** How it was declared. */
  readonly kind: FindingKind;
  /** Why it counts as state, in a few words (e.g. `new Map`, `writes count, cache`). */
  readonly detail: string;
  /** For state: the module-level functions that write or mutate it (empty if none). */
  readonly writtenBy: readonly string[];
}
