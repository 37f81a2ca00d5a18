export {
  type DocumentFields,
  type ImportResult,
  importDocumentRecords,
  importUrlRecords,
  type LineOutcome,
} from "./import-records.ts";
export {
  detectFormat,
  type ImportFormat,
  type ImportRecord,
  type RecordLine,
  readRecords,
  textField,
} from "./read-records.ts";
