export {
  countImportArticles,
  emptyCounts,
  IMPORT_STATUSES,
  type ImportCounts,
  type ImportStatus,
} from "./import-counts.ts";
export { type ImportProgress, importProgress, storedCounts } from "./import-progress.ts";
export { IMPORT_PAGE_SIZE, type ImportEntry, type ImportPage, listImports } from "./list-imports.ts";
export { type ImportBatch, recordImport } from "./record-import.ts";
export { reopenImportsOf } from "./reopen-imports.ts";
export { RUNNING_IMPORTS_WATCHED, type RunningImport, runningImports } from "./running-imports.ts";
