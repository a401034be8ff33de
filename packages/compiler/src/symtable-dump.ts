// A plain-data view of a symbol table in the shape CPython's `symtable` module exposes
// (table type, name, line, raw symbol flags, children): what the symtable oracle
// compares against CPython's own `symtable.symtable(...)`.

import type { SymbolTableEntry } from './symtable.js';

/** One scope as `symtable.SymbolTable` shows it. @public */
export interface SymtableDump {
  readonly type: string;
  readonly name: string;
  readonly lineno: number;
  /** Name → raw flags (scope in bits 11…). */
  readonly symbols: Record<string, number>;
  readonly children: readonly SymtableDump[];
}

/** Dumps an entry and its children. @public */
export function dumpSymbolTable(ste: SymbolTableEntry): SymtableDump {
  const symbols: Record<string, number> = {};
  for (const [k, v] of ste.symbols) symbols[k] = v;
  return { type: ste.type, name: ste.name, lineno: ste.lineno, symbols, children: ste.children.map(dumpSymbolTable) };
}

/**
 * Compares two dumps; returns null when equal, else a one-line description of the
 * first difference (path of scope names, then what differs).
 * @public
 */
export function diffSymtableDumps(ours: SymtableDump, theirs: SymtableDump, path = ''): string | null {
  const here = `${path}/${theirs.name}@${theirs.lineno}`;
  if (ours.type !== theirs.type || ours.name !== theirs.name || ours.lineno !== theirs.lineno) {
    return `${here}: scope ${ours.type} ${ours.name}@${ours.lineno} != ${theirs.type} ${theirs.name}@${theirs.lineno}`;
  }
  const keys = new Set([...Object.keys(ours.symbols), ...Object.keys(theirs.symbols)]);
  for (const k of keys) {
    const a = ours.symbols[k];
    const b = theirs.symbols[k];
    if (a !== b) return `${here}: symbol '${k}' flags ${a} != ${b}`;
  }
  if (ours.children.length !== theirs.children.length) {
    return `${here}: ${ours.children.length} children != ${theirs.children.length}`;
  }
  for (let i = 0; i < ours.children.length; i++) {
    const d = diffSymtableDumps(ours.children[i], theirs.children[i], here);
    if (d !== null) return d;
  }
  return null;
}
