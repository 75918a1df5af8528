import type { QualityReport } from '../../quality/report.js';
import type { Severity } from '../../quality/rule.js';
import { isSmall, suppressColumn } from '../../scorecard/suppression.js';
import type { ShownCell } from './shown-figure.js';

/**
 * The data-quality summary a pack may print: findings by severity and by rule, as counts, with
 * no examples (an example names a child, a row and the value the file held). A finding count is
 * a count of records about children, so it is suppressed like any other: within each severity
 * the rules' counts are a column whose total is shown, so secondary suppression applies. No
 * grand total is printed, as it would undo the suppression of a severity's total.
 */
export interface PackQuality {
  readonly extractId: number;
  readonly totals: Record<Severity, ShownCell>;
  readonly byRule: readonly { rule: string; severity: Severity; title: string; count: ShownCell }[];
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function packQuality(q: QualityReport): PackQuality {
  const totals = {} as Record<Severity, ShownCell>;
  const byRule: PackQuality['byRule'][number][] = [];
  for (const severity of SEVERITIES) {
    const total = q.totals[severity];
    totals[severity] = isSmall(total) ? { n: null, withheld: 'small' } : { n: total, withheld: null };
    const rules = q.byRule.filter((r) => r.severity === severity);
    const hidden = suppressColumn(
      rules.map((r) => r.count),
      !isSmall(total),
    );
    rules.forEach((r, i) => {
      const count: ShownCell = hidden[i] ? { n: null, withheld: isSmall(r.count) ? 'small' : 'derived' } : { n: r.count, withheld: null };
      byRule.push({ rule: r.rule, severity, title: r.title, count });
    });
  }
  return { extractId: q.extractId, totals, byRule };
}
