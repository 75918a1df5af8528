/** Synthetic workforce files: the DfE workforce census (CSWW XML) and the local templates (CSV). */
export { type CswwOptions, type GeneratedCsww, type InjectedError, defaultReferenceDate, generateCsww } from './csww.js';
export { type TemplateRow, templateCsv } from './csv.js';
export { type WorkforceFile, type WorkforceFilesOptions, type WorkforceFilesResult, generateWorkforceFiles } from './generate-files.js';
export {
  DEFAULT_WINDOW_MONTHS,
  type GeneratedLocal,
  type LocalFileOptions,
  type LocalHistory,
  type LocalHistoryOptions,
  generateLocalFile,
  localHistory,
  localRowsAt,
} from './local.js';
export { AGENCY_SHARE, type Staff, type StaffMember, casesAt, staffOf } from './staff.js';
