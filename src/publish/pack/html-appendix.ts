import { PERIOD_LABELS } from '../../measures/periods.js';
import { escapeHtml as e } from '../escape-html.js';
import { formatCount, formatValue } from '../format.js';
import { POLARITY_WORDS, longDate, timestampLabel, trendLabel } from '../scorecard-labels.js';
import { svgSparkline } from '../svg-sparkline.js';
import { countTd, directionHtml, ragCell, valueTd } from './html-parts.js';
import type { PackMeasure, PackModel, PackTheme } from './pack-model.js';
import { APPENDIX_MONTHS, SUPPRESSION_NOTE, WITHHELD_TEXT, benchmarkItems } from './pack-text.js';

/** The appendices: the full scorecard, data quality, definitions, and the extracts behind it all. */

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

function sparkline(x: PackMeasure): string {
  return svgSparkline(
    x.trend.map((t) => ({ label: trendLabel(t.asAt), value: t.figure.value.withheld ? null : t.figure.value.n })),
    {
      title: `${x.title}, ${x.trend.length} month ends`,
      format: (v) => formatValue({ kind: x.kind, value: v }),
      minimum: x.targets.minimum,
      upper: x.targets.upper,
    },
  );
}

function scorecardRows(x: PackMeasure): string {
  const months = x.trend.slice(-APPENDIX_MONTHS).map((t) => valueTd(x, t.figure.value, t.coverage ? '' : 'partial'));
  const prev = x.previousYear;
  const f = (v: number | null) => (v === null ? '' : e(formatValue({ kind: x.kind, value: v })));
  return `<tr><td class="ref">${e(x.ref)}</td><th scope="row">${e(x.title)}${x.coverage.complete ? '' : ' <span class="partial">(partial)</span>'}${x.revised ? ' <span class="small">(revised since published)</span>' : ''}</th>${
    prev ? valueTd(x, prev.figure.value) : '<td class="num">–</td>'
  }${countTd(x.figure.numerator)}${countTd(x.figure.denominator)}${valueTd(x, x.figure.value, 'current')}<td>${e(PERIOD_LABELS[x.periodType])}</td>${months.join('')}<td class="num">${f(x.targets.minimum)}</td><td class="num">${f(x.targets.upper)}</td><td>${ragCell(x)}</td><td>${sparkline(x)}<span class="small">${directionHtml(x)}</span></td><td class="small">${benchmarkItems(x).map(e).join('<br>')}</td></tr>`;
}

function scorecardTable(t: PackTheme, m: PackModel): string {
  const months = m.trendDates.slice(-APPENDIX_MONTHS);
  const prevYear = t.measures.find((x) => x.previousYear)?.previousYear?.year;
  return `<table class="scorecard">
<caption>${t.number}. ${e(t.title)}: every measure as at ${e(longDate(m.asAt))}</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Measure</th><th scope="col" class="num">${e(prevYear ? `${prevYear} outturn` : 'Previous year')}</th><th scope="col" class="num">Num</th><th scope="col" class="num">Denom</th><th scope="col" class="num">Current</th><th scope="col">Period</th>${months
    .map((d) => `<th scope="col" class="num">${e(trendLabel(d))}</th>`)
    .join('')}<th scope="col" class="num">Min</th><th scope="col" class="num">Upper</th><th scope="col">RAG</th><th scope="col">Trend</th><th scope="col">Benchmarks</th></tr></thead>
<tbody>
${t.measures.map(scorecardRows).join('\n')}
</tbody>
</table>`;
}

export function scorecardAppendix(m: PackModel): string {
  return `<section class="page-section landscape appendix-scorecard" id="appendix-scorecard" aria-labelledby="h-appendix-scorecard">
<h2 id="h-appendix-scorecard">Appendix A: Scorecard</h2>
<p>Every measure as at ${e(longDate(m.asAt))}, laid out as the monthly scorecard. ${e(SUPPRESSION_NOTE)} Commentary is with each measure in the sections above.</p>
${m.themes.map((t) => scorecardTable(t, m)).join('\n')}
</section>`;
}

export function qualityAppendix(m: PackModel): string {
  const q = m.quality;
  const cell = (c: { n: number | null; withheld: 'small' | 'derived' | null }) => e(c.withheld ? WITHHELD_TEXT[c.withheld] : formatCount(c.n ?? 0));
  const rows = q.byRule.map(
    (r) => `<tr><td>${e(SEVERITY_WORDS[r.severity])}</td><th scope="row">${e(r.title)}</th><td><code>${e(r.rule)}</code></td><td class="num" data-count>${cell(r.count)}</td></tr>`,
  );
  return `<section class="page-section" id="appendix-quality" aria-labelledby="h-appendix-quality">
<h2 id="h-appendix-quality">Appendix B: Data quality</h2>
<p>Findings in the latest extract (${e(m.extract.fileName)}, as at ${e(longDate(m.extract.asAt))}): <strong data-count>${cell(q.totals.error)}</strong> errors, <strong data-count>${cell(q.totals.warning)}</strong> warnings and <strong data-count>${cell(q.totals.info)}</strong> notes. Errors are values that could not be used and may affect figures; warnings are values to check. The records behind each finding are listed for officers by <code>csc-scorecard check</code>, never in this report.</p>
${
  rows.length
    ? `<table>
<caption>Findings by rule</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">What the rule checks</th><th scope="col">Rule</th><th scope="col" class="num">Findings</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
    : ''
}
</section>`;
}

export function definitionsAppendix(m: PackModel): string {
  const rows = m.themes.flatMap((t) =>
    t.measures.map(
      (x) =>
        `<tr><td class="ref">${e(x.ref)}</td><th scope="row">${e(x.title)}<br><code class="small">${e(x.id)}</code></th><td>${e(x.definition.numerator)}</td><td>${e(x.definition.denominator ?? '— (a count)')}</td><td>${e(PERIOD_LABELS[x.periodType])}</td><td>${e(POLARITY_WORDS[x.polarity])}</td><td>${e(x.definition.source)}</td></tr>`,
    ),
  );
  return `<section class="page-section landscape definitions" id="appendix-definitions" aria-labelledby="h-appendix-definitions">
<h2 id="h-appendix-definitions">Appendix C: Definitions</h2>
<table>
<caption>What each measure counts</caption>
<colgroup><col style="width: 4%"><col style="width: 17%"><col style="width: 29%"><col style="width: 23%"><col style="width: 8%"><col style="width: 8%"><col style="width: 11%"></colgroup>
<thead><tr><th scope="col">Ref</th><th scope="col">Measure</th><th scope="col">Counted (numerator)</th><th scope="col">Out of (denominator)</th><th scope="col">Period</th><th scope="col">Good direction</th><th scope="col">Source</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

export function aboutAppendix(m: PackModel): string {
  const extracts = m.extractsUsed.map(
    (x) => `<tr><td class="num">${x.extractId}</td><th scope="row">${e(x.fileName)}</th><td>${e(longDate(x.asAt))}</td><td>${e(timestampLabel(x.loadedAt))}</td></tr>`,
  );
  const notes = m.notes.map((n) => `<li>${e(n)}</li>`).join('\n');
  return `<section class="page-section" id="appendix-about" aria-labelledby="h-appendix-about">
<h2 id="h-appendix-about">Appendix D: About the figures</h2>
<h3>Extracts used</h3>
<p>Figures as at ${e(longDate(m.asAt))} come from extract ${m.extract.extractId} (${e(m.extract.fileName)}); trends and the previous year come from the extracts current at each month end.</p>
<table>
<caption>Extracts the figures read</caption>
<thead><tr><th scope="col" class="num">Extract</th><th scope="col">File</th><th scope="col">Data as at</th><th scope="col">Loaded</th></tr></thead>
<tbody>
${extracts.join('\n')}
</tbody>
</table>
${notes ? `<h3>Notes</h3>\n<ul>\n${notes}\n</ul>\n` : ''}<h3>Small numbers</h3>
<p>${e(SUPPRESSION_NOTE)} A percentage is withheld when the children counted, or the children not counted, number 1 to 4, so that no child can be identified from the figures. ${
    m.rules.teamBreakdowns
      ? 'Breakdowns by team also withhold further cells where a withheld figure could otherwise be worked out from the total.'
      : 'This report gives figures for the whole authority only: no breakdown by team, worker or child.'
  }</p>
<h3>How to read the figures</h3>
<ul>
<li>Period: snapshot (open on the day), month, year to date (since 1 April) or rolling 12 months.</li>
<li>Targets: the minimum is the least acceptable figure and the upper target the figure aimed for. Green meets the upper target, amber meets the minimum only, red is worse than the minimum. Measures with no good direction have no rating.</li>
<li>Partial: the extracts loaded do not cover the whole period of the figure.</li>
<li>Revised since published: the month was published earlier and the figure recalculated from later data differs.</li>
<li>Benchmarks: England, statistical neighbours and regional figures, each with the year it describes.</li>
</ul>
<p class="small muted">Generated by csc-scorecard on ${e(timestampLabel(m.generatedAt))}.</p>
</section>`;
}
