/**
 * Validation rules of the DfE statutory returns (SSDA903, CIN Census): one rule per file, named
 * by its DfE code, with its message, the tables and fields it reads and the collection years it
 * applies to. A year's rule set is the previous year's with that year's additions, changes and
 * deletions (see `layerRules`).
 */

/** A collection year: the year the collection ends (2025 = 1 April 2024 to 31 March 2025). */
export type CollectionYear = number;

export type ReturnRuleKind = 'error' | 'query';

export interface ReturnFinding {
  readonly code: string;
  /** The child's id as the return gives it (CHILD, LAchildID). */
  readonly child: string | null;
  readonly table: string;
  /** 1-based data row in the source CSV file, or the child's position in an XML file. */
  readonly row: number | null;
  readonly fields: readonly string[];
  /** The values of `fields` on that row, as the file held them. */
  readonly values: Readonly<Record<string, string | null>>;
}

export interface ReturnRule<Data> {
  readonly code: string;
  readonly message: string;
  /** CIN Census rules are errors or queries; SSDA903 rules are errors. */
  readonly kind: ReturnRuleKind;
  readonly tables: readonly string[];
  readonly fields: readonly string[];
  /** First and last collection years it applies to (inclusive; open-ended when absent). */
  readonly years: { readonly from?: CollectionYear; readonly to?: CollectionYear };
  /** Finds the rows that break the rule. May throw: the runner reports it as "failed to run". */
  readonly check: (data: Data, ctx: ReturnRuleContext) => ReturnFinding[] | Promise<ReturnFinding[]>;
}

export interface ReturnRuleContext {
  readonly year: CollectionYear;
  /** First and last days of the collection year (1 April, 31 March). */
  readonly yearStart: string;
  readonly yearEnd: string;
  /** The submitting authority's 3-digit code, when given. */
  readonly la: string | null;
}

export type RuleStatus = 'passed' | 'failed' | 'failed-to-run' | 'not-applicable';

export interface RuleOutcome {
  readonly code: string;
  readonly message: string;
  readonly kind: ReturnRuleKind;
  readonly status: RuleStatus;
  readonly count: number;
  /** The error's message when the rule failed to run. */
  readonly error?: string;
}

export interface ValidationResult {
  readonly rules: RuleOutcome[];
  readonly findings: (ReturnFinding & { message: string })[];
}

export function appliesTo(rule: { years: { from?: number; to?: number } }, year: CollectionYear): boolean {
  return (rule.years.from === undefined || year >= rule.years.from) && (rule.years.to === undefined || year <= rule.years.to);
}

/** A year's changes to the rule set: rules it adds or replaces (same code), and codes it deletes. */
export interface YearLayer<Data> {
  readonly year: CollectionYear;
  readonly add?: readonly ReturnRule<Data>[];
  readonly delete?: readonly string[];
}

/**
 * The rule set of a year: the base rules, then each layer up to that year in order — a rule in
 * a layer replaces the rule with the same code, a deleted code is removed. Rules whose `years`
 * exclude the year are left out too.
 */
export function layerRules<Data>(base: readonly ReturnRule<Data>[], layers: readonly YearLayer<Data>[], year: CollectionYear): ReturnRule<Data>[] {
  const byCode = new Map(base.map((r) => [r.code, r]));
  for (const layer of [...layers].sort((a, b) => a.year - b.year)) {
    if (layer.year > year) break;
    for (const code of layer.delete ?? []) byCode.delete(code);
    for (const r of layer.add ?? []) byCode.set(r.code, r);
  }
  return [...byCode.values()].filter((r) => appliesTo(r, year));
}

/**
 * Runs every rule against the data. A rule that throws is reported as failed to run with its
 * error — never as passed, never silently skipped; a rule that does not apply to the year is
 * not applicable.
 */
export async function runReturnRules<Data>(rules: readonly ReturnRule<Data>[], data: Data, ctx: ReturnRuleContext, all: readonly ReturnRule<Data>[] = rules): Promise<ValidationResult> {
  const outcomes: RuleOutcome[] = [];
  const findings: (ReturnFinding & { message: string })[] = [];
  const running = new Set(rules.map((r) => r.code));
  for (const rule of rules) {
    try {
      const found = await rule.check(data, ctx);
      outcomes.push({ code: rule.code, message: rule.message, kind: rule.kind, status: found.length ? 'failed' : 'passed', count: found.length });
      for (const f of found) findings.push({ ...f, message: rule.message });
    } catch (e) {
      outcomes.push({ code: rule.code, message: rule.message, kind: rule.kind, status: 'failed-to-run', count: 0, error: (e as Error).message });
    }
  }
  for (const rule of all) {
    if (!running.has(rule.code)) outcomes.push({ code: rule.code, message: rule.message, kind: rule.kind, status: 'not-applicable', count: 0 });
  }
  outcomes.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  return { rules: outcomes, findings };
}
