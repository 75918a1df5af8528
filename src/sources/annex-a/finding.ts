/** A data-quality finding as sources and rules report it. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Rule id, stable (`unreadable-value`, `missing-ethnicity`…). */
  readonly rule: string;
  readonly severity: Severity;
  /** Annex A list number, when the finding concerns one list. */
  readonly list: number | null;
  readonly sheet: string | null;
  /** 1-based row number as Excel shows it. */
  readonly row: number | null;
  /** The column's header as the sheet spells it. */
  readonly column: string | null;
  /** The cell reference (`D12`). */
  readonly cell: string | null;
  readonly childId: string | null;
  /** The original value, as the file held it. */
  readonly value: string | null;
  readonly message: string;
}
