import type { ColumnDef } from '../../model/annex-a-lists.js';
import type { ColumnReport as GenericColumnReport, MappedColumn as GenericMappedColumn } from '../header-match.js';

/** Header matching for Annex A lists: the shared matcher (`../header-match.ts`) over list columns. */
export { type HeaderMatchKind, editDistance, headerKey, knownHeader, matchHeaders } from '../header-match.js';

export type MappedColumn = GenericMappedColumn<ColumnDef>;
export type ColumnReport = GenericColumnReport<ColumnDef>;
