import type { BreakdownRow } from '../measures/engine.js';
import type { Measure } from '../measures/measure.js';
import { PERIOD_LABELS } from '../measures/periods.js';
import type { QualityReport } from '../quality/report.js';
import type { ScorecardBundle } from '../scorecard/bundle.js';
import type { Commentary } from '../scorecard/commentary.js';
import type { Scorecard, ScorecardMeasure, ScorecardTheme } from '../scorecard/scorecard.js';
import { escapeHtml as e } from './escape-html.js';
import { formatCount, formatValue } from './format.js';
import {
  POLARITY_WORDS,
  RAG_WORDS,
  directionWords,
  longDate,
  measureRefs,
  monthLabel,
  previousYearHeading,
  timestampLabel,
  trendLabel,
} from './scorecard-labels.js';
import { svgSparkline } from './svg-sparkline.js';

export interface ScorecardHtmlOptions {
  /** The measures' definitions, printed at the end (the bundle carries figures, not definitions). */
  readonly definitions?: readonly Measure[];
}

/**
 * GOV.UK-like and restrained: system sans-serif, near-black text, #1d70b8 links, RAG colours
 * #d4351c / #f47738 / #00703c always with their word (white text on red and green, black on
 * amber: each pair passes WCAG 2.2 AA contrast). Printing is A4 landscape; table headings repeat
 * on each page and a measure never splits from its commentary.
 */
const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1400px; padding: 24px 32px 48px; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 15px; line-height: 1.4; color: #0b0c0c; background: #fff; }
a { color: #1d70b8; text-underline-offset: 0.15em; }
a:visited { color: #4c2c92; }
a:focus { outline: 3px solid transparent; color: #0b0c0c; background: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
h1 { font-size: 32px; line-height: 1.15; margin: 0 0 8px; }
h2 { font-size: 24px; line-height: 1.2; margin: 40px 0 12px; padding-top: 12px; border-top: 2px solid #0b0c0c; }
h3 { font-size: 18px; margin: 24px 0 8px; }
p, ul, ol, dl { margin: 0 0 12px; }
.visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
.caption-l { display: block; font-size: 19px; color: #505a5f; margin-bottom: 4px; }
.report-header { border-bottom: 10px solid #1d70b8; padding-bottom: 16px; margin-bottom: 24px; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 16px 0 0; }
.meta dt { font-weight: 700; }
.meta dd { margin: 0; }
.notes { border-left: 5px solid #1d70b8; padding: 8px 16px; background: #f3f2f1; margin-bottom: 24px; }
.notes h2 { border: 0; margin: 0 0 4px; padding: 0; font-size: 19px; }
.notes ul { margin: 0; padding-left: 20px; }
.summary { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; list-style: none; padding: 0; }
.contents ol { columns: 2; padding-left: 20px; }
table { border-collapse: collapse; width: 100%; margin-bottom: 12px; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 700; font-size: 16px; padding-bottom: 6px; }
th, td { text-align: left; vertical-align: top; padding: 6px 6px 6px 0; border-bottom: 1px solid #b1b4b6; }
thead th { font-weight: 700; vertical-align: bottom; border-bottom: 2px solid #0b0c0c; }
.table-wrap { overflow-x: auto; margin-bottom: 12px; }
.table-wrap:focus { outline: 3px solid #ffdd00; }
.scorecard { font-size: 13px; }
.scorecard thead th { font-size: 12px; }
.scorecard th[scope="row"] { font-weight: 400; min-width: 14em; }
.num { text-align: right; white-space: nowrap; }
thead th.num { text-align: right; }
.month { color: #505a5f; }
.current { font-weight: 700; font-size: 14px; }
.ref { color: #505a5f; white-space: nowrap; }
.id { display: block; font-size: 11px; color: #505a5f; }
.flag { display: block; font-weight: 400; font-size: 11px; white-space: normal; }
.partial { font-style: italic; }
.rag { display: inline-block; min-width: 4.2em; padding: 2px 6px; border: 1px solid #0b0c0c; border-radius: 2px; font-weight: 700; font-size: 12px; text-align: center; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.rag-red { background: #d4351c; color: #fff; }
.rag-amber { background: #f47738; color: #0b0c0c; }
.rag-green { background: #00703c; color: #fff; }
.trend { white-space: nowrap; }
.sparkline { display: block; }
.dir { display: block; font-size: 12px; }
.dir-improving { color: #00703c; }
.dir-worsening { color: #d4351c; }
.bench { list-style: none; padding: 0; margin: 0; font-size: 12px; white-space: nowrap; }
.year { color: #505a5f; }
tbody.measure > tr:not(:last-child) > * { border-bottom: 0; }
tr.extra td { padding-top: 0; }
.commentary-block { padding: 8px 12px; background: #f3f2f1; border-left: 5px solid #b1b4b6; }
.commentary { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4px 24px; margin: 0 0 4px; }
.commentary dt { font-weight: 700; font-size: 12px; }
.commentary dd { margin: 0; white-space: pre-line; }
.commentary > div + div dt::before { content: "→ "; }
.byline { font-size: 12px; color: #505a5f; margin: 0; }
.published { padding: 6px 12px; border-left: 5px solid #1d70b8; background: #fff; }
.theme-commentary { margin-bottom: 16px; }
.footnotes { font-size: 13px; padding-left: 20px; }
details { margin: 8px 0 16px; }
summary { cursor: pointer; color: #1d70b8; text-decoration: underline; }
.by-team { font-size: 13px; }
.by-team td { text-align: right; white-space: nowrap; }
.nd { display: block; font-size: 11px; color: #505a5f; }
.by-team tfoot th, .by-team tfoot td { font-weight: 700; border-top: 2px solid #0b0c0c; }
.severity { font-weight: 700; }
.definitions { margin-top: 48px; }
.definitions dl > div { margin-bottom: 8px; }
.definitions dt { font-weight: 700; }
.definitions dd { margin: 0; }
.colophon { margin-top: 24px; font-size: 13px; color: #505a5f; }
@page { size: A4 landscape; margin: 12mm 10mm 14mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #505a5f; } }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; margin-top: 16pt; break-after: avoid; }
  h3, caption { break-after: avoid; }
  .report-header { border-bottom-width: 4pt; }
  .contents, summary { display: none; }
  .table-wrap { overflow: visible; }
  details::details-content { display: contents; content-visibility: visible; }
  a { color: inherit; text-decoration: none; }
  .scorecard { font-size: 8pt; }
  th, td { padding: 3pt 3pt 3pt 0; }
  .bench { white-space: normal; }
  .scorecard thead th, .bench, .dir, .id, .flag, .nd, .commentary dt, .byline { font-size: 7pt; }
  .current { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tfoot { display: table-row-group; }
  tr, tbody.measure, .commentary-block, .notes { break-inside: avoid; }
  .data-quality, .definitions { break-before: page; }
}
`;

function num(text: string, cls = ''): string {
  return `<td class="num${cls ? ` ${cls}` : ''}">${text}</td>`;
}

function valueText(m: Pick<ScorecardMeasure, 'kind'>, v: number | null): string {
  return e(formatValue({ kind: m.kind, value: v }));
}

function ragBadge(m: ScorecardMeasure): string {
  return m.rag ? `<span class="rag rag-${m.rag}">${RAG_WORDS[m.rag]}</span>` : '';
}

function trendCell(s: Scorecard, m: ScorecardMeasure): string {
  const spark = svgSparkline(
    m.trend.map((t) => ({ label: trendLabel(t.asAt), value: t.value })),
    {
      title: `${m.title}, ${s.trendDates.length} month ends`,
      format: (v) => formatValue({ kind: m.kind, value: v }),
      minimum: m.targets.minimum,
      upper: m.targets.upper,
    },
  );
  const dir = directionWords(m);
  const words = dir
    ? `<span class="dir dir-${dir.word}"><span aria-hidden="true">${dir.arrow}</span> ${dir.word}</span>`
    : '<span class="dir">no trend</span>';
  return `<td class="trend">${spark}${words}</td>`;
}

function benchmarksCell(m: ScorecardMeasure): string {
  const b = m.benchmarks;
  const items: string[] = [];
  const item = (name: string, v: { value: number; year: string } | null) => {
    if (v) items.push(`<li>${name} ${valueText(m, v.value)} <span class="year">(${e(v.year)})</span></li>`);
  };
  item('England', b.england);
  item('<abbr title="Statistical neighbours">SN</abbr>', b.statisticalNeighbours);
  item(e(b.region?.label && b.region.label !== 'region' ? b.region.label : 'Region'), b.region);
  return `<td>${items.length ? `<ul class="bench">${items.join('')}</ul>` : ''}</td>`;
}

function commentaryBlock(c: Commentary): string {
  return `<div class="commentary-block">
<dl class="commentary">
<div><dt>Area of focus</dt><dd>${e(c.areaOfFocus) || '–'}</dd></div>
<div><dt>Response</dt><dd>${e(c.response) || '–'}</dd></div>
<div><dt>Update</dt><dd>${e(c.update) || '–'}</dd></div>
</dl>
<p class="byline">${e(c.author)}, ${e(longDate(c.writtenOn))}</p>
</div>`;
}

interface Footnote {
  readonly id: string;
  readonly text: string;
}

const COLUMNS = 18;

function measureRows(s: Scorecard, m: ScorecardMeasure, ref: string, footnotes: Footnote[]): string {
  const flags: string[] = [];
  if (!m.coverage.complete) {
    const id = `fn-${m.id}`;
    footnotes.push({ id, text: `${ref} ${m.title}: partial figure; ${m.coverage.note ?? 'the loaded extracts do not cover its whole period'}.` });
    flags.push(`<span class="flag partial">partial<a href="#${e(id)}" aria-label="partial: note ${footnotes.length}"><sup>${footnotes.length}</sup></a></span>`);
  }
  if (m.published?.changed) flags.push('<span class="flag">revised since published</span>');
  const months = m.trend.map((t) =>
    t.value === null ? num('–', 'month') : num(`${valueText(m, t.value)}${t.coverage ? '' : '*'}`, t.coverage ? 'month' : 'month partial'),
  );
  const cells = [
    `<td class="ref">${e(ref)}</td>`,
    `<th scope="row">${e(m.title)}<span class="id">${e(m.id)}</span></th>`,
    num(m.previousYear ? `${valueText(m, m.previousYear.value)}${m.previousYear.coverage ? '' : '*'}` : '–'),
    num(e(formatCount(m.numerator))),
    num(e(formatCount(m.denominator))),
    `<td class="num current${m.coverage.complete ? '' : ' partial'}">${valueText(m, m.value)}${flags.join('')}</td>`,
    `<td>${e(PERIOD_LABELS[m.periodType])}</td>`,
    ...months,
    num(m.targets.minimum === null ? '' : valueText(m, m.targets.minimum)),
    num(m.targets.upper === null ? '' : valueText(m, m.targets.upper)),
    `<td>${ragBadge(m)}</td>`,
    trendCell(s, m),
    benchmarksCell(m),
  ];
  const rows = [`<tr>${cells.join('')}</tr>`];
  if (m.published?.changed) {
    const p = m.published;
    const change = m.value !== null && p.value !== null ? m.value - p.value : null;
    const changeText = change === null ? '' : ` (${change > 0 ? '+' : '−'}${valueText(m, Math.abs(change))})`;
    rows.push(
      `<tr class="extra"><td></td><td colspan="${COLUMNS - 1}"><p class="published">Published for ${e(monthLabel(s.asAt))} as <strong>${valueText(m, p.value)}</strong>` +
        `${p.numerator !== null && p.denominator !== null ? ` (${e(formatCount(p.numerator))} of ${e(formatCount(p.denominator))})` : ''}` +
        ` on ${e(timestampLabel(p.publishedAt))}${p.publishedBy ? ` by ${e(p.publishedBy)}` : ''}; recalculated from the extracts loaded now: <strong>${valueText(m, m.value)}</strong>${changeText}.</p></td></tr>`,
    );
  }
  if (m.commentary) rows.push(`<tr class="extra"><td></td><td colspan="${COLUMNS - 1}">${commentaryBlock(m.commentary)}</td></tr>`);
  return `<tbody class="measure" id="m-${e(m.id)}">\n${rows.join('\n')}\n</tbody>`;
}

function themeTable(s: Scorecard, t: ScorecardTheme, refs: Map<string, string>, footnotes: Footnote[]): string {
  const months = s.trendDates.map((d) => `<th scope="col" class="num"><time datetime="${e(d)}">${e(trendLabel(d))}</time></th>`).join('');
  const head = `<thead>
<tr><th scope="col" rowspan="2">Ref</th><th scope="col" rowspan="2">Measure</th><th scope="col" rowspan="2" class="num">${e(previousYearHeading(s))}</th><th scope="col" rowspan="2" class="num"><abbr title="Numerator">Num</abbr></th><th scope="col" rowspan="2" class="num"><abbr title="Denominator">Denom</abbr></th><th scope="col" rowspan="2" class="num">Current</th><th scope="col" rowspan="2">Period</th><th scope="colgroup" colspan="${s.trendDates.length}">Last ${s.trendDates.length} month ends</th><th scope="col" rowspan="2" class="num">Min</th><th scope="col" rowspan="2" class="num">Upper</th><th scope="col" rowspan="2"><abbr title="Red, amber, green rating against the targets">RAG</abbr></th><th scope="col" rowspan="2">Trend</th><th scope="col" rowspan="2">Benchmarks</th></tr>
<tr>${months}</tr>
</thead>`;
  const cols = `<colgroup><col span="7"></colgroup><colgroup><col span="${s.trendDates.length}"></colgroup><colgroup><col span="5"></colgroup>`;
  const bodies = t.measures.map((m) => measureRows(s, m, refs.get(m.id) ?? '', footnotes)).join('\n');
  // A wide table scrolls inside its own region on a narrow screen (keyboard-focusable, named by
  // its caption) rather than making the whole page scroll sideways.
  return `<div class="table-wrap" role="region" aria-labelledby="cap-${e(t.theme)}" tabindex="0">
<table class="scorecard">
<caption id="cap-${e(t.theme)}">${e(t.title)}: figures as at ${e(longDate(s.asAt))}</caption>
${cols}
${head}
${bodies}
</table>
</div>`;
}

function breakdownTable(s: Scorecard, t: ScorecardTheme, byTeam: ReadonlyMap<string, BreakdownRow[]>): string {
  const measures = t.measures.filter((m) => byTeam.has(m.id));
  if (measures.length === 0) return '';
  const NONE = '\u0000none';
  const teams = [...new Set(measures.flatMap((m) => (byTeam.get(m.id) ?? []).map((r) => r.group ?? NONE)))].sort((a, b) =>
    a === NONE ? 1 : b === NONE ? -1 : a.localeCompare(b, 'en-GB'),
  );
  if (teams.length === 0) return '';
  const cell = (m: ScorecardMeasure, r: { value: number | null; numerator: number | null; denominator: number | null } | undefined) => {
    if (!r) return '<td>–</td>';
    const nd = m.kind === 'count' || r.denominator === null ? '' : `<span class="nd">${e(formatCount(r.numerator))} / ${e(formatCount(r.denominator))}</span>`;
    return `<td>${valueText(m, r.value)}${nd}</td>`;
  };
  const rows = teams.map((team) => {
    const name = team === NONE ? '<em>No team recorded</em>' : e(team);
    const cells = measures.map((m) => cell(m, (byTeam.get(m.id) ?? []).find((r) => (r.group ?? NONE) === team)));
    return `<tr><th scope="row">${name}</th>${cells.join('')}</tr>`;
  });
  const heads = measures.map((m) => `<th scope="col" class="num">${e(m.title)}</th>`).join('');
  const total = measures.map((m) => cell(m, m)).join('');
  return `<details class="breakdown">
<summary>${e(t.title)} by team</summary>
<table class="by-team">
<caption>${e(t.title)} by team, as at ${e(longDate(s.asAt))}</caption>
<thead><tr><th scope="col">Team</th>${heads}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot><tr><th scope="row">${e(s.team ? `Team ${s.team}` : 'All teams')}</th>${total}</tr></tfoot>
</table>
</details>`;
}

function themeSection(s: Scorecard, t: ScorecardTheme, refs: Map<string, string>, byTeam: ReadonlyMap<string, BreakdownRow[]>): string {
  const footnotes: Footnote[] = [];
  const table = themeTable(s, t, refs, footnotes);
  const trendPartial = t.measures.some((m) => m.trend.some((p) => p.value !== null && !p.coverage) || (m.previousYear && !m.previousYear.coverage));
  const notes = footnotes.map((f) => `<li id="${e(f.id)}">${e(f.text)}</li>`);
  return `<section class="theme" id="theme-${e(t.theme)}" aria-labelledby="h-${e(t.theme)}">
<h2 id="h-${e(t.theme)}">${e(t.title)}</h2>
${t.commentary ? `<div class="theme-commentary"><h3>Service commentary</h3>\n${commentaryBlock(t.commentary)}</div>\n` : ''}${table}
${notes.length ? `<ol class="footnotes">\n${notes.join('\n')}\n</ol>\n` : ''}${trendPartial ? '<p class="footnotes">* A month-end figure whose period the extracts loaded then covered only in part.</p>\n' : ''}${breakdownTable(s, t, byTeam)}
</section>`;
}

const SEVERITY_WORDS: Record<string, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

function qualitySection(s: Scorecard, q: QualityReport): string {
  const t = q.totals;
  const total = t.error + t.warning + t.info;
  const summary = `<p>Findings in extract ${q.extractId} (${e(s.extract.fileName)}, as at ${e(longDate(s.extract.asAt))}): <strong>${e(formatCount(t.error))}</strong> error${t.error === 1 ? '' : 's'}, <strong>${e(formatCount(t.warning))}</strong> warning${t.warning === 1 ? '' : 's'} and <strong>${e(formatCount(t.info))}</strong> note${t.info === 1 ? '' : 's'}. Errors are values that could not be used and may affect figures; warnings are values to check.</p>`;
  if (total === 0) {
    return `<section class="data-quality" id="data-quality" aria-labelledby="h-dq">
<h2 id="h-dq">Data quality</h2>
${summary}
</section>`;
  }
  const byRule = q.byRule
    .map((r) => `<tr><td class="severity">${e(SEVERITY_WORDS[r.severity] ?? r.severity)}</td><th scope="row"><code>${e(r.rule)}</code></th><td class="num">${e(formatCount(r.count))}</td><td>${e(r.title)}</td></tr>`)
    .join('\n');
  const groups = q.groups
    .map((g) => {
      const ex = g.examples[0];
      const where = ex ? [ex.sheet ? `“${ex.sheet}”` : null, ex.cell ?? (ex.row !== null ? `row ${ex.row}` : null), ex.childId ? `child ${ex.childId}` : null].filter(Boolean).join(' ') : '';
      const example = ex ? `${where ? `${where}: ` : ''}${ex.message}` : '';
      return `<tr><td>${g.list === null ? 'Whole workbook' : e(`List ${g.list}: ${g.listTitle ?? ''}`)}</td><td class="severity">${e(SEVERITY_WORDS[g.severity] ?? g.severity)}</td><td><code>${e(g.rule)}</code></td><td>${e(g.column ?? '')}</td><td class="num">${e(formatCount(g.count))}</td><td>${e(example)}</td></tr>`;
    })
    .join('\n');
  return `<section class="data-quality" id="data-quality" aria-labelledby="h-dq">
<h2 id="h-dq">Data quality</h2>
${summary}
<table>
<caption>Findings by rule</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col" class="num">Findings</th><th scope="col">What it means</th></tr></thead>
<tbody>
${byRule}
</tbody>
</table>
<details>
<summary>Findings by list, rule and column, with an example of each</summary>
<table>
<caption>Findings by list, rule and column</caption>
<thead><tr><th scope="col">List</th><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Column</th><th scope="col" class="num">Findings</th><th scope="col">Example</th></tr></thead>
<tbody>
${groups}
</tbody>
</table>
</details>
</section>`;
}

function definitionsFooter(b: ScorecardBundle, refs: Map<string, string>, definitions: readonly Measure[] | undefined): string {
  const s = b.scorecard;
  const sources = new Map<string, Set<string>>();
  for (const m of s.measures) {
    for (const v of [m.benchmarks.england, m.benchmarks.statisticalNeighbours, m.benchmarks.region]) {
      if (!v) continue;
      const years = sources.get(v.source) ?? new Set<string>();
      years.add(v.year);
      sources.set(v.source, years);
    }
  }
  const sourceItems = [...sources]
    .sort(([a], [b2]) => a.localeCompare(b2, 'en-GB'))
    .map(([src, years]) => `<li>${e(src)} (${e([...years].sort().join(', '))})</li>`)
    .join('\n');
  const byId = new Map((definitions ?? []).map((d) => [d.id, d]));
  const defs = s.themes.flatMap((t) => t.measures.map((m) => byId.get(m.id)).filter((d): d is Measure => d !== undefined));
  const defRows = defs
    .map(
      (d) =>
        `<tr><td class="ref">${e(refs.get(d.id) ?? '')}</td><th scope="row">${e(d.title)}<span class="id">${e(d.id)}</span></th><td>${e(d.definition.numerator)}</td><td>${e(d.definition.denominator ?? '— (a count)')}</td><td>${e(PERIOD_LABELS[d.period])}</td><td>${e(POLARITY_WORDS[d.polarity])}</td><td>${e(d.definition.source)}</td></tr>`,
    )
    .join('\n');
  return `<footer class="definitions" id="definitions" aria-labelledby="h-defs">
<h2 id="h-defs">How to read this scorecard</h2>
<dl>
<div><dt>Current, Num and Denom</dt><dd>The figure as at ${e(longDate(s.asAt))}, with the number of children (or records) counted and the number it is out of. A count has no denominator. Percentages are rounded to one decimal place for display.</dd></div>
<div><dt>Period</dt><dd>Snapshot: open on the day. Month: events in the calendar month to the as-at date. Year to date: since 1 April. Rolling 12 months: the twelve months to the as-at date.</dd></div>
<div><dt>Min, Upper and RAG</dt><dd>Min is the least acceptable figure and Upper the figure aimed for, in the measure's good direction. <span class="rag rag-green">Green</span> meets the upper target; <span class="rag rag-amber">Amber</span> meets the minimum but not the upper target; <span class="rag rag-red">Red</span> is worse than the minimum. Measures with no good direction, or with no target set, have no RAG rating.</dd></div>
<div><dt>Trend</dt><dd>The line shows the figure at the last ${s.trendDates.length} month ends (values in the month columns; a gap where no extract was loaded for that month). The faint dashed lines are the targets (short dashes: minimum; long dashes: upper). The arrow compares the figure with the previous month end: improving or worsening in the measure's good direction, level when the change is under half a percentage point (percentages) or under 2% (other figures), up or down for measures with no good direction.</dd></div>
<div><dt>Partial</dt><dd>The extracts loaded do not cover the whole period of the figure, so it counts fewer events than the period held; the footnote under the table says which dates are covered.</dd></div>
<div><dt>Revised since published</dt><dd>The month's figures were published (frozen) earlier; the recalculated figure from the extracts loaded now differs, usually because records were corrected or entered late.</dd></div>
<div><dt>Benchmarks</dt><dd>England, statistical neighbours (<abbr title="Statistical neighbours">SN</abbr>) and regional figures, each with the year it describes: often a year or more before this scorecard, and only comparable where the definitions match.</dd></div>
</dl>
${sourceItems ? `<h3>Benchmark sources</h3>\n<ul>\n${sourceItems}\n</ul>\n` : ''}${
    defRows
      ? `<h3>Definitions of the measures</h3>
<table>
<caption>What each measure counts</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Measure</th><th scope="col">Counted (numerator)</th><th scope="col">Out of (denominator)</th><th scope="col">Period</th><th scope="col">Good direction</th><th scope="col">Source</th></tr></thead>
<tbody>
${defRows}
</tbody>
</table>
`
      : ''
  }<p class="colophon">Generated by csc-scorecard on ${e(timestampLabel(b.generatedAt))} from extract ${s.extract.extractId} (${e(s.extract.fileName)}), as at ${e(longDate(s.extract.asAt))}. The children behind each figure can be listed with <code>csc-scorecard drill MEASURE-ID</code>.</p>
</footer>`;
}

function ragSummary(s: Scorecard): string {
  const count = (r: string) => s.measures.filter((m) => m.rag === r).length;
  const none = s.measures.filter((m) => m.rag === null).length;
  const items = (['red', 'amber', 'green'] as const).map((r) => `<li><span class="rag rag-${r}">${RAG_WORDS[r]}</span> ${count(r)}</li>`);
  items.push(`<li>No target or no good direction: ${none}</li>`);
  const partial = s.measures.filter((m) => !m.coverage.complete).length;
  if (partial) items.push(`<li>Partial figures: ${partial}</li>`);
  return `<h2 class="visually-hidden">Summary</h2>\n<ul class="summary" aria-label="Measures by RAG rating">\n${items.join('\n')}\n</ul>`;
}

/**
 * The scorecard as one self-contained HTML5 document: inline CSS, inline SVG, no scripts, no
 * fonts, images or links outside the file, so it can be emailed, archived or printed to PDF.
 * Every text from the data (commentary, team and worker names, file names) is escaped.
 */
export function scorecardHtml(bundle: ScorecardBundle, options: ScorecardHtmlOptions = {}): string {
  const s = bundle.scorecard;
  const refs = measureRefs(s);
  const title = `Children's social care scorecard${s.authority ? `: ${s.authority}` : ''}, as at ${longDate(s.asAt)}`;
  const trendFrom = s.trendDates[0];
  const trendTo = s.trendDates[s.trendDates.length - 1];
  const meta = [
    ['Figures as at', `<time datetime="${e(s.asAt)}">${e(longDate(s.asAt))}</time>`],
    ...(s.team ? [['Team', e(s.team)]] : []),
    [
      'Extract used',
      `${e(s.extract.fileName)} (extract ${s.extract.extractId}, as at ${e(longDate(s.extract.asAt))}, loaded ${e(timestampLabel(s.extract.loadedAt))})`,
    ],
    [
      'Trend',
      trendFrom && trendTo ? `month ends ${e(longDate(trendFrom))} to ${e(longDate(trendTo))}, each from the extract current at it; flows over several months read each event from the latest extract that holds it` : '',
    ],
    ['Generated', e(timestampLabel(bundle.generatedAt))],
  ];
  const notes = s.notes.length ? `<div class="notes" role="note">\n<h2>Notes</h2>\n<ul>\n${s.notes.map((n) => `<li>${e(n)}</li>`).join('\n')}\n</ul>\n</div>\n` : '';
  const contents = [
    ...s.themes.map((t) => `<li><a href="#theme-${e(t.theme)}">${e(t.title)}</a></li>`),
    '<li><a href="#data-quality">Data quality</a></li>',
    '<li><a href="#definitions">How to read this scorecard</a></li>',
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="csc-scorecard">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="report-header">
<span class="caption-l">${e(s.authority ?? "Children's social care")}</span>
<h1>Children's social care scorecard${s.team ? `: team ${e(s.team)}` : ''}, ${e(monthLabel(s.asAt))}</h1>
<dl class="meta">
${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}
</dl>
</header>
<main>
${notes}${ragSummary(s)}
<nav class="contents" aria-label="Contents">
<h2>Contents</h2>
<ol>
${contents}
</ol>
</nav>
${s.themes.map((t) => themeSection(s, t, refs, bundle.byTeam)).join('\n')}
${qualitySection(s, bundle.quality)}
</main>
${definitionsFooter(bundle, refs, options.definitions)}
</body>
</html>
`;
}
