import { PERIOD_LABELS } from '../../measures/periods.js';
import { escapeHtml as e } from '../escape-html.js';
import { RAG_WORDS, longDate, trendLabel } from '../scorecard-labels.js';
import { chartCaption, chartRows, focusChartSvg } from './focus-chart.js';
import { commentaryHtml, countTd, directionHtml, ragBadge, ragCell, valueTd } from './html-parts.js';
import type { PackMeasure, PackModel, PackTheme } from './pack-model.js';
import { benchmarkItems, figureSentence, movementText, targetText } from './pack-text.js';

/** The report's body: cover report, executive summary and one section per theme. */

/** Paragraph numbers as council reports have them: section.paragraph. */
function numbered(section: number, paragraphs: readonly string[], start = 1): string {
  return `<ol class="numbered">\n${paragraphs.map((p, i) => `<li><span class="para">${section}.${start + i}</span> ${e(p)}</li>`).join('\n')}\n</ol>`;
}

export function coverReport(m: PackModel): string {
  const meta = m.meta;
  return `<section class="page-section" id="cover-report" aria-labelledby="h-cover-report">
<h2 id="h-cover-report">1. Cover report</h2>
<h3>Purpose</h3>
${numbered(1, [meta.purpose])}
<h3>Recommendation</h3>
${numbered(1, [meta.recommendation], 2)}
<h3>Key considerations</h3>
${numbered(1, m.keyConsiderations, 3)}
<h3>Community impact</h3>
${numbered(1, [meta.communityImpact], 3 + m.keyConsiderations.length)}
<h3>Risk</h3>
${numbered(1, [meta.risk], 4 + m.keyConsiderations.length)}
<h3>Background papers and contact</h3>
<p>The full scorecard, the data-quality summary and the definitions of every measure are in the appendices. Report author: ${e(meta.author)}.</p>
</section>`;
}

function measureOf(m: PackModel, id: string): PackMeasure {
  return m.measures.get(id) as PackMeasure;
}

function redMeasure(m: PackModel, x: PackMeasure): string {
  const target = targetText(x);
  return `<div class="red-measure">
<h4>${e(x.ref)} ${e(x.title)}</h4>
<p class="figure-line"><strong>${e(figureSentence(x))}</strong> ${ragBadge(x.rag)}${target ? ` · target (minimum / upper) ${e(target)}` : ''}${
    x.previousRag && m.previousAsAt ? ` · ${e(RAG_WORDS[x.previousRag])} at ${e(longDate(m.previousAsAt))}` : ''
  } · ${directionHtml(x) || 'no trend'}</p>
${commentaryHtml(x.commentary)}
</div>`;
}

export function executiveSummary(m: PackModel): string {
  const c = m.ragCounts;
  const summary = `<ul class="rag-summary" aria-label="Measures by rating">
<li>${ragBadge('red')} ${c.red}</li><li>${ragBadge('amber')} ${c.amber}</li><li>${ragBadge('green')} ${c.green}</li><li>No target or no good direction: ${c.none}</li>${c.withheld ? `<li>Rating withheld (small numbers): ${c.withheld}</li>` : ''}
</ul>`;
  const changes = m.ragChanges.length
    ? `<table>
<caption>Measures whose rating changed since ${e(m.previousAsAt ? longDate(m.previousAsAt) : 'last month')}</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Measure</th><th scope="col">Was</th><th scope="col">Now</th><th scope="col" class="num">Figure</th></tr></thead>
<tbody>
${m.ragChanges
  .map((r) => {
    const x = measureOf(m, r.id);
    return `<tr><td class="ref">${e(x.ref)}</td><th scope="row">${e(x.title)}</th><td>${ragBadge(r.from)}</td><td>${ragBadge(r.to)}</td>${valueTd(x, x.figure.value)}</tr>`;
  })
  .join('\n')}
</tbody>
</table>`
    : `<p>No measure changed rating since ${e(m.previousAsAt ? longDate(m.previousAsAt) : 'last month')}.</p>`;
  const red = m.red.length ? m.red.map((id) => redMeasure(m, measureOf(m, id))).join('\n') : '<p>No measure is rated red this month.</p>';
  const movements = m.movements.length
    ? `<table>
<caption>Largest movements since ${e(m.previousAsAt ? longDate(m.previousAsAt) : 'last month')}</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Measure</th><th scope="col" class="num">${e(m.previousAsAt ? trendLabel(m.previousAsAt) : 'Last month')}</th><th scope="col" class="num">${e(trendLabel(m.asAt))}</th><th scope="col" class="num">Change</th><th scope="col">Direction</th></tr></thead>
<tbody>
${m.movements
  .map((mv) => {
    const x = measureOf(m, mv.id);
    return `<tr><td class="ref">${e(x.ref)}</td><th scope="row">${e(x.title)}</th>${valueTd(x, mv.from.value)}${valueTd(x, mv.to.value)}<td class="num">${e(movementText(mv))}</td><td class="dir-${mv.improving ? 'improving' : 'worsening'}">${mv.improving ? 'improving' : 'worsening'}</td></tr>`;
  })
  .join('\n')}
</tbody>
</table>
<p class="small muted">Percentages move in percentage points; other figures in per cent of last month’s figure. Figures that are withheld, partial or year-to-date counts are not compared.</p>`
    : '<p>No measure moved enough to report.</p>';
  return `<section class="page-section" id="summary" aria-labelledby="h-summary">
<h2 id="h-summary">2. Executive summary</h2>
${summary}
<h3>Changes in rating</h3>
${changes}
<h3>Measures rated red</h3>
${red}
<h3>Largest movements</h3>
${movements}
</section>`;
}

function themeTable(t: PackTheme, m: PackModel): string {
  const rows = t.measures
    .filter((x) => x.headline)
    .map((x) => {
      const prev = x.previousYear;
      return `<tr><td class="ref">${e(x.ref)}</td><th scope="row">${e(x.title)}${x.coverage.complete ? '' : ' <span class="partial small">(partial)</span>'}${x.revised ? ' <span class="small">(revised since published)</span>' : ''}</th>${valueTd(x, x.figure.value)}${countTd(x.figure.numerator)}${countTd(x.figure.denominator)}<td>${e(PERIOD_LABELS[x.periodType])}</td><td class="num">${e(targetText(x))}</td><td>${ragCell(x)}</td>${prev ? valueTd(x, prev.figure.value) : '<td class="num">–</td>'}<td class="small">${benchmarkItems(x).slice(0, 1).map(e).join('')}</td></tr>`;
    });
  return `<table class="theme-table">
<caption>${e(t.title)}: headline measures as at ${e(longDate(m.asAt))}</caption>
<colgroup><col style="width: 5%"><col style="width: 24%"><col style="width: 7%"><col style="width: 8%"><col style="width: 7%"><col style="width: 9%"><col style="width: 12%"><col style="width: 8%"><col style="width: 9%"><col style="width: 11%"></colgroup>
<thead><tr><th scope="col">Ref</th><th scope="col">Measure</th><th scope="col" class="num">Figure</th><th scope="col" class="num">Counted</th><th scope="col" class="num">Out of</th><th scope="col">Period</th><th scope="col" class="num">Target (min / upper)</th><th scope="col">RAG</th><th scope="col" class="num">Previous year</th><th scope="col">Benchmark</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function focusBlock(x: PackMeasure, figureNumber: number): string {
  const rows = chartRows(x);
  const head = rows.map((r) => `<th scope="col" class="num">${e(r.month)}</th>`).join('');
  const line = (label: string, cells: string[]) => `<tr><th scope="row">${label}</th>${cells.join('')}</tr>`;
  const table = `<table class="chart-table">
<caption class="small">Figure ${figureNumber} as a table</caption>
<thead><tr><th scope="col">Month end</th>${head}</tr></thead>
<tbody>
${line('Value', rows.map((r) => `<td class="num${r.partial ? ' partial' : ''}"${x.kind === 'count' ? ' data-count' : ''}>${e(r.value)}</td>`))}
${x.kind === 'count' ? '' : line('Counted', rows.map((r) => `<td class="num" data-count>${e(r.numerator)}</td>`))}
${x.kind === 'count' || x.kind === 'rate' ? '' : line('Out of', rows.map((r) => `<td class="num" data-count>${e(r.denominator)}</td>`))}
</tbody>
</table>`;
  return `<div class="focus" id="focus-${e(x.id)}">
<h4>${e(x.ref)} ${e(x.title)}</h4>
<p class="figure-line"><strong>${e(figureSentence(x))}</strong> ${ragBadge(x.rag)} · ${directionHtml(x) || 'no trend'}${targetText(x) ? ` · target (minimum / upper) ${e(targetText(x))}` : ''}</p>
<figure>
<figcaption>Figure ${figureNumber}: ${e(chartCaption(x).replace(/^Figure: /, ''))}</figcaption>
${focusChartSvg(x)}
</figure>
${table}
${x.commentary ? commentaryHtml(x.commentary) : ''}
</div>`;
}

function teamTable(t: PackTheme, m: PackModel): string {
  if (!t.byTeam || t.byTeam.length === 0) return '';
  const bodies = t.byTeam.map((b) => {
    const x = measureOf(m, b.id);
    const rows = b.teams.map(
      (g) => `<tr><th scope="row">${g.group === null ? '<em>No team recorded</em>' : e(g.group)}</th>${valueTd(x, g.figure.value)}${countTd(g.figure.numerator)}${countTd(g.figure.denominator)}</tr>`,
    );
    return `<tbody>
<tr><th scope="rowgroup" colspan="4">${e(x.ref)} ${e(x.title)}</th></tr>
${rows.join('\n')}
<tr><th scope="row"><strong>All teams</strong></th>${valueTd(x, b.total.value)}${countTd(b.total.numerator)}${countTd(b.total.denominator)}</tr>
</tbody>`;
  });
  return `<h3>By team</h3>
<table class="by-team">
<caption>${e(t.title)}: headline measures by team, as at ${e(longDate(m.asAt))}</caption>
<thead><tr><th scope="col">Team</th><th scope="col" class="num">Figure</th><th scope="col" class="num">Counted</th><th scope="col" class="num">Out of</th></tr></thead>
${bodies.join('\n')}
</table>`;
}

/** Commentary on the theme's measures that are not in focus (those have theirs under the chart). */
function otherCommentary(t: PackTheme): string {
  const rest = t.measures.filter((x) => !x.inFocus && x.commentary);
  if (rest.length === 0) return '';
  return `<h3>Commentary on other measures</h3>
${rest.map((x) => `<h4>${e(x.ref)} ${e(x.title)}: ${e(figureSentence(x))} ${ragBadge(x.rag)}</h4>\n${commentaryHtml(x.commentary)}`).join('\n')}`;
}

export function themeSection(t: PackTheme, m: PackModel, sectionNumber: number, figures: ReadonlyMap<string, number>): string {
  const focus = t.measures.filter((x) => x.inFocus);
  return `<section class="page-section theme" id="theme-${e(t.theme)}" aria-labelledby="h-theme-${e(t.theme)}">
<h2 id="h-theme-${e(t.theme)}">${sectionNumber}. ${e(t.title)}</h2>
${t.commentary ? `<h3>Service commentary</h3>\n${commentaryHtml(t.commentary)}\n` : ''}${themeTable(t, m)}
${focus.length ? `<h3>Measures in focus</h3>\n${focus.map((x) => focusBlock(x, figures.get(x.id) ?? 0)).join('\n')}` : ''}
${otherCommentary(t)}
${teamTable(t, m)}
</section>`;
}
