import { PERIOD_LABELS } from '../../measures/periods.js';
import { formatCount, formatValue } from '../format.js';
import { POLARITY_WORDS, directionWords, longDate, timestampLabel, trendLabel } from '../scorecard-labels.js';
import { type Block, heading, para } from './docx-sections.js';
import { LANDSCAPE_TEXT_TWIPS, captionParagraph, cell, docxTable, ragCell } from './docx-tables.js';
import type { PackModel, PackTheme } from './pack-model.js';
import { APPENDIX_MONTHS, SUPPRESSION_NOTE, WITHHELD_TEXT, benchmarkItems, countText, valueText } from './pack-text.js';
import type { ShownCell } from './shown-figure.js';

/** The Word pack's appendices: the full scorecard (landscape), data quality, definitions, extracts. */

function scorecardTable(t: PackTheme, m: PackModel): Block[] {
  const months = m.trendDates.slice(-APPENDIX_MONTHS);
  const prevYear = t.measures.find((x) => x.previousYear)?.previousYear?.year;
  const right = { align: 'right' as const };
  const rows = t.measures.map((x) => {
    const f = (v: number | null) => (v === null ? '' : formatValue({ kind: x.kind, value: v }));
    const d = directionWords(x);
    return [
      cell(x.ref),
      cell(`${x.title}${x.coverage.complete ? '' : ' (partial)'}${x.revised ? ' (revised)' : ''}`),
      cell(x.previousYear ? valueText(x.kind, x.previousYear.figure.value) : '–', right),
      cell(countText(x.figure.numerator), right),
      cell(countText(x.figure.denominator), right),
      cell(valueText(x.kind, x.figure.value), { ...right, bold: true }),
      cell(PERIOD_LABELS[x.periodType]),
      ...x.trend.slice(-APPENDIX_MONTHS).map((p) => cell(valueText(x.kind, p.figure.value), { ...right, italic: !p.coverage })),
      cell(f(x.targets.minimum), right),
      cell(f(x.targets.upper), right),
      ragCell(x.rag, x.figure.value.withheld && (x.targets.minimum !== null || x.targets.upper !== null) ? WITHHELD_TEXT.derived : ''),
      cell(d ? `${d.arrow} ${d.word}` : ''),
      cell(benchmarkItems(x).join('\n')),
    ];
  });
  const headers = [
    cell('Ref'),
    cell('Measure'),
    cell(prevYear ? `${prevYear} outturn` : 'Previous year', right),
    cell('Num', right),
    cell('Denom', right),
    cell('Current', right),
    cell('Period'),
    ...months.map((d) => cell(trendLabel(d), right)),
    cell('Min', right),
    cell('Upper', right),
    cell('RAG'),
    cell('Trend'),
    cell('Benchmarks'),
  ];
  return [
    captionParagraph(`${t.number}. ${t.title}: every measure as at ${longDate(m.asAt)}`),
    docxTable({ headers, rows, size: 13, textWidth: LANDSCAPE_TEXT_TWIPS, widths: [3, 17, 6, 5, 5, 5, 6, ...months.map(() => 4.5), 4, 4, 5, 6, 7] }),
  ];
}

export function scorecardAppendixBlocks(m: PackModel): Block[] {
  return [
    heading('Appendix A: Scorecard', 1),
    para(`Every measure as at ${longDate(m.asAt)}, laid out as the monthly scorecard. ${SUPPRESSION_NOTE} Commentary is with each measure in the sections above.`),
    ...m.themes.flatMap((t) => scorecardTable(t, m)),
  ];
}

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

function shownCount(c: ShownCell): string {
  return c.withheld ? WITHHELD_TEXT[c.withheld] : formatCount(c.n ?? 0);
}

export function qualityAppendixBlocks(m: PackModel): Block[] {
  const q = m.quality;
  const out: Block[] = [heading('Appendix B: Data quality', 1)];
  out.push(
    para(
      `Findings in the latest extract (${m.extract.fileName}, as at ${longDate(m.extract.asAt)}): ${shownCount(q.totals.error)} errors, ${shownCount(q.totals.warning)} warnings and ${shownCount(q.totals.info)} notes. Errors are values that could not be used and may affect figures; warnings are values to check. The records behind each finding are listed for officers by csc-scorecard check, never in this report.`,
    ),
  );
  if (q.byRule.length) {
    out.push(captionParagraph('Findings by rule'));
    out.push(
      docxTable({
        headers: [cell('Severity'), cell('What the rule checks'), cell('Rule'), cell('Findings', { align: 'right' })],
        widths: [12, 50, 26, 12],
        rows: q.byRule.map((r) => [cell(SEVERITY_WORDS[r.severity]), cell(r.title), cell(r.rule), cell(shownCount(r.count), { align: 'right' })]),
      }),
    );
  }
  return out;
}

/** Landscape, like the scorecard: seven columns of definitions read better wide. */
export function definitionsAppendixBlocks(m: PackModel): Block[] {
  const out: Block[] = [heading('Appendix C: Definitions', 1)];
  out.push(captionParagraph('What each measure counts'));
  out.push(
    docxTable({
      headers: ['Ref', 'Measure', 'Counted (numerator)', 'Out of (denominator)', 'Period', 'Good direction', 'Source'].map((h) => cell(h)),
      widths: [4, 17, 29, 23, 8, 8, 11],
      textWidth: LANDSCAPE_TEXT_TWIPS,
      size: 14,
      rows: m.themes.flatMap((t) =>
        t.measures.map((x) => [
          cell(x.ref),
          cell(`${x.title}\n${x.id}`),
          cell(x.definition.numerator),
          cell(x.definition.denominator ?? '— (a count)'),
          cell(PERIOD_LABELS[x.periodType]),
          cell(POLARITY_WORDS[x.polarity]),
          cell(x.definition.source),
        ]),
      ),
    }),
  );
  return out;
}

export function aboutAppendixBlocks(m: PackModel): Block[] {
  const out: Block[] = [heading('Appendix D: About the figures', 1)];
  out.push(heading('Extracts used', 2));
  out.push(para(`Figures as at ${longDate(m.asAt)} come from extract ${m.extract.extractId} (${m.extract.fileName}); trends and the previous year come from the extracts current at each month end.`));
  out.push(captionParagraph('Extracts the figures read'));
  out.push(
    docxTable({
      headers: [cell('Extract', { align: 'right' }), cell('File'), cell('Data as at'), cell('Loaded')],
      widths: [10, 40, 20, 30],
      rows: m.extractsUsed.map((x) => [cell(String(x.extractId), { align: 'right' }), cell(x.fileName), cell(longDate(x.asAt)), cell(timestampLabel(x.loadedAt))]),
    }),
  );
  if (m.notes.length) {
    out.push(heading('Notes', 2));
    for (const n of m.notes) out.push(para(n));
  }
  out.push(heading('Small numbers', 2));
  out.push(
    para(
      `${SUPPRESSION_NOTE} A percentage is withheld when the children counted, or the children not counted, number 1 to 4, so that no child can be identified from the figures. ${
        m.rules.teamBreakdowns
          ? 'Breakdowns by team also withhold further cells where a withheld figure could otherwise be worked out from the total.'
          : 'This report gives figures for the whole authority only: no breakdown by team, worker or child.'
      }`,
    ),
  );
  out.push(para(`Generated by csc-scorecard on ${timestampLabel(m.generatedAt)}.`, { style: 'PackNote' }));
  return out;
}
