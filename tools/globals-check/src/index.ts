/**
 * Finds module-level mutable state in TypeScript sources and keeps it to a checked-in
 * catalog — pergil's answer to PEP 684's "how to prevent new global variables?"
 * (CPython's Tools/c-analyzer).
 * @packageDocumentation
 */

// --- finding module-level state ---
export type { FindingKind, GlobalFinding } from './finding.js';
export { findGlobalsInSource } from './find-globals.js';
export { DEFAULT_SOURCE_DIRS, findGlobals, isExcludedSource, listSourceFiles, relativeSourcePath } from './source-files.js';

// --- the catalog ---
export type { Catalog, CatalogEntry, GlobalClass } from './catalog.js';
export {
  CATALOG_HEADER,
  DEFAULT_CATALOG_PATH,
  GLOBAL_CLASSES,
  formatCatalog,
  formatCatalogLine,
  isGlobalClass,
  parseCatalog,
  readCatalog,
} from './catalog.js';

// --- the check and its report ---
export type { CheckProblem, CheckProblemKind, CheckResult, CompareOptions, StillToMove } from './compare.js';
export { compareWithCatalog } from './compare.js';
export { formatCheckResult, formatReport, packageOfFile } from './report.js';
export type { CheckOptions, CliIo } from './run.js';
export { checkSources, findRepoRoot, runGlobalsCheck } from './run.js';
