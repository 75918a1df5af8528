import type { QualityReport } from '../quality/report.js';
import type { ScorecardExtract } from '../scorecard/scorecard.js';
import { textTable } from './text-table.js';

/** The Annex A dry run as a person reads it: totals, then each list's findings by rule and column. */
export function qualityText(report: QualityReport, extract: ScorecardExtract): string {
  const out: string[] = [];
  out.push(`Data quality: extract ${extract.extractId} (${extract.fileName}), as at ${extract.asAt}`);
  out.push(`${report.totals.error} error(s), ${report.totals.warning} warning(s), ${report.totals.info} note(s)`);
  if (report.byRule.length) {
    out.push('', textTable(
      [{ header: 'Severity' }, { header: 'Rule' }, { header: 'Findings', align: 'right' }, { header: 'What it means' }],
      report.byRule.map((r) => [r.severity, r.rule, r.count.toLocaleString('en-GB'), r.title]),
    ));
  }
  let currentList: number | null | undefined;
  for (const g of report.groups) {
    if (g.list !== currentList) {
      currentList = g.list;
      out.push('', g.list === null ? 'Whole file' : `List ${g.list}: ${g.listTitle}`);
    }
    const where = g.column ? ` · ${g.column}` : '';
    out.push(`  ${g.severity.padEnd(7)} ${g.rule}${where}: ${g.count.toLocaleString('en-GB')}`);
    for (const e of g.examples) {
      const at = [e.sheet ? `"${e.sheet}"` : null, e.cell ?? (e.row !== null ? `row ${e.row}` : null), e.childId ? `child ${e.childId}` : null]
        .filter(Boolean)
        .join(' ');
      out.push(`          ${at ? `${at}: ` : ''}${e.message}`);
    }
  }
  return out.join('\n');
}
