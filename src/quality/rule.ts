import type { Severity } from '../sources/annex-a/finding.js';

export type { Severity };

export interface RuleContext {
  readonly extractId: number;
  /** The extract's as-at date, as a SQL date literal. */
  readonly asAt: string;
}

/**
 * A data-quality rule: a SQL query over one extract that returns the rows it finds, with
 * columns `list, sheet, row_number, column_key, child_id, value, message`.
 */
export interface QualityRule {
  readonly id: string;
  readonly severity: Severity;
  /** Short statement of what is wrong, as the report's heading. */
  readonly title: string;
  /** The lists and fields it reads, as `list.field` (`8.cla_end`). */
  readonly fields: readonly string[];
  readonly sql: (ctx: RuleContext) => string;
}

/** A finding a source reader raises (documented beside the SQL rules, run while reading). */
export interface ReadRule {
  readonly id: string;
  readonly severity: Severity | 'varies';
  readonly title: string;
}
