import { SSDA903_TABLE_DEFS, type Ssda903Table } from '../../model/ssda903.js';
import { ReturnTable, makeReturn, type Ssda903Return } from '../../sources/ssda903/table.js';
import type { ReturnFinding } from '../returns/return-rule.js';
import { allSsda903Rules, ssda903Rules } from './layers.js';
import type { Ssda903Data } from './rule.js';
import { ssda903Context } from './validate.js';

/**
 * Small hand-made returns for the rules' tests: rows as objects (blank as null or absent),
 * tables built as the reader builds them, numbered 1, 2, 3… Each rule's cases live in
 * cases/<family>.ts: a return that breaks the rule and one that keeps it.
 */
export type Row = Record<string, string | null>;
export type Tables = Partial<Record<Ssda903Table, Row[]>>;

/** A return from rows; `format` 'xml' for the rules that read only the XML form. */
export function returnOf(tables: Tables, format: 'csv' | 'xml' = 'csv'): Ssda903Return {
  const built: Partial<Record<Ssda903Table, ReturnTable>> = {};
  for (const [name, rows] of Object.entries(tables) as [Ssda903Table, Row[]][]) {
    const cols = [...SSDA903_TABLE_DEFS[name].columns, ...(name === 'Header' && format === 'xml' ? ['UASC'] : [])];
    const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => !cols.includes(c));
    if (extra.length) throw new Error(`${name} has no column ${extra.join(', ')}`);
    built[name] = new ReturnTable(name, `${name}.csv`, new Map(cols.map((c) => [c, rows.map((r) => r[c] ?? null)])), rows.map((_, i) => i + 1));
  }
  return makeReturn(format, built);
}

/** The findings of one rule (the version of `year`), over this year's tables and last year's. */
export async function findingsOf(code: string, current: Tables, options: { year?: number; previous?: Tables; format?: 'csv' | 'xml' } = {}): Promise<ReturnFinding[]> {
  const year = options.year ?? 2025;
  const rule = ssda903Rules(year).find((r) => r.code === code);
  if (!rule) throw new Error(`no rule ${code} in ${year}`);
  const data: Ssda903Data = { current: returnOf(current, options.format), previous: options.previous ? returnOf(options.previous) : null };
  return rule.check(data, ssda903Context(year));
}

export interface RuleCase {
  readonly code: string;
  /** The collection year whose version of the rule is tested (default 2025). */
  readonly year?: number;
  readonly pass: Tables;
  readonly fail: Tables;
  /** Last year's tables, for rules that compare years (the same for both cases unless given apart). */
  readonly previous?: Tables;
  readonly passPrevious?: Tables;
  readonly format?: 'csv' | 'xml';
  /** The rows the failing case must report, as `Table:row` (all of them, in any order). */
  readonly rows?: readonly string[];
}

/** Every rule version as `code@year-range`, to check each has a case. */
export function ruleVersions(): { code: string; from: number }[] {
  return allSsda903Rules().map((r) => ({ code: r.code, from: r.years.from ?? 2023 }));
}

// Row builders: a valid row of each table for child A, overridden field by field.
export const H = (o: Row = {}): Row => ({ CHILD: 'A', SEX: 'M', DOB: '01/01/2012', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: null, MC_DOB: null, ...o });
export const EP = (o: Row = {}): Row => ({
  CHILD: 'A', DECOM: '01/05/2024', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', DEC: null, REC: null,
  REASON_PLACE_CHANGE: null, HOME_POST: 'NE1 1AA', PL_POST: 'NE2 2BB', URN: null, ...o,
});
export const REV = (o: Row = {}): Row => ({ CHILD: 'A', DOB: '01/01/2012', REVIEW: '01/06/2024', REVIEW_CODE: 'PN1', ...o });
export const UASC = (o: Row = {}): Row => ({ CHILD: 'A', SEX: 'M', DOB: '01/01/2012', DUC: null, ...o });
export const OC2 = (o: Row = {}): Row => ({
  CHILD: 'A', DOB: '01/01/2012', SDQ_SCORE: '10', SDQ_REASON: null, CONVICTED: '0', HEALTH_CHECK: null, IMMUNISATIONS: '1', TEETH_CHECK: '1',
  HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: null, INTERVENTION_OFFERED: null, ...o,
});
export const OC3 = (o: Row = {}): Row => ({ CHILD: 'A', DOB: '01/01/2005', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1', ...o });
export const AD1 = (o: Row = {}): Row => ({ CHILD: 'A', DOB: '01/01/2020', DATE_INT: '01/06/2023', DATE_MATCH: '01/09/2023', FOSTER_CARE: '0', NB_ADOPTR: '2', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L11', ...o });
export const PA = (o: Row = {}): Row => ({ CHILD: 'A', DOB: '01/01/2020', DATE_PLACED: '01/06/2024', DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null, ...o });
export const PP = (o: Row = {}): Row => ({ CHILD: 'A', DOB: '01/01/2012', PREV_PERM: 'Z1', LA_PERM: null, DATE_PERM: null, ...o });
export const MIS = (o: Row = {}): Row => ({ CHILD: 'A', DOB: '01/01/2012', MISSING: 'M', MIS_START: '01/06/2024', MIS_END: '02/06/2024', ...o });
export const SW = (o: Row = {}): Row => ({ CHILD: 'A', DOB: '01/01/2012', SW_ID: 'SW12345', SW_DECOM: '01/05/2024', SW_DEC: null, SW_REASON: null, ...o });
