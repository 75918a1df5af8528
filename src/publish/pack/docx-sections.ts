import { HeadingLevel, ImageRun, Paragraph, type Table, type TableOfContents, TextRun } from 'docx';
import type { Commentary } from '../../scorecard/commentary.js';
import { PERIOD_LABELS } from '../../measures/periods.js';
import { RAG_WORDS, directionWords, longDate, trendLabel } from '../scorecard-labels.js';
import { chartPng } from './chart-png.js';
import { cell, captionParagraph, docxTable, ragCell } from './docx-tables.js';
import { chartDescription, chartRows, chartTitle, focusChartSvg } from './focus-chart.js';
import type { PackMeasure, PackModel, PackTheme } from './pack-model.js';
import { WITHHELD_TEXT, benchmarkItems, countText, figureSentence, movementText, targetText, valueText } from './pack-text.js';

/** The Word pack's body: cover report, executive summary and one section per theme. */
export type Block = Paragraph | Table | TableOfContents;

export function heading(text: string, level: 1 | 2 | 3, pageBreakBefore = false): Paragraph {
  const h = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: h, pageBreakBefore, children: [new TextRun(text)] });
}

export function para(text: string, options: { bold?: boolean; style?: string } = {}): Paragraph {
  return new Paragraph({ ...(options.style ? { style: options.style } : {}), children: [new TextRun({ text, bold: options.bold })] });
}

/** "1.3  text": numbered as council reports are, typed (not a Word list) so the numbers never renumber by accident. */
function numbered(n: string, text: string): Paragraph {
  return new Paragraph({ indent: { left: 720, hanging: 720 }, children: [new TextRun({ text: n, bold: true }), new TextRun(`\t${text}`)] });
}

function labelled(label: string, text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)] });
}

export function commentaryBlocks(c: Commentary | null): Block[] {
  if (!c) return [para('No commentary was entered for this month.', { style: 'PackNote' })];
  return [
    labelled('Area of focus', c.areaOfFocus || '–'),
    labelled('→ Response', c.response || '–'),
    labelled('→ Update', c.update || '–'),
    para(`${c.author}, ${longDate(c.writtenOn)}`, { style: 'PackNote' }),
  ];
}

function directionText(m: PackMeasure): string {
  const d = directionWords(m);
  return d ? `${d.arrow} ${d.word}` : 'no trend';
}

function figureLine(m: PackMeasure, previousAsAt: string | null): Paragraph {
  const parts = [m.rag ? `${RAG_WORDS[m.rag]}` : null, targetText(m) ? `target (minimum / upper) ${targetText(m)}` : null, m.previousRag && previousAsAt ? `${RAG_WORDS[m.previousRag]} at ${longDate(previousAsAt)}` : null, directionText(m)].filter(Boolean);
  return new Paragraph({ children: [new TextRun({ text: figureSentence(m), bold: true }), new TextRun(`  ${parts.join(' · ')}`)] });
}

export function coverReportBlocks(m: PackModel): Block[] {
  const meta = m.meta;
  const out: Block[] = [heading('1. Cover report', 1, true)];
  let n = 0;
  const section = (title: string, paragraphs: readonly string[]) => {
    out.push(heading(title, 2));
    for (const p of paragraphs) out.push(numbered(`1.${++n}`, p));
  };
  section('Purpose', [meta.purpose]);
  section('Recommendation', [meta.recommendation]);
  section('Key considerations', m.keyConsiderations);
  section('Community impact', [meta.communityImpact]);
  section('Risk', [meta.risk]);
  out.push(heading('Background papers and contact', 2));
  out.push(para(`The full scorecard, the data-quality summary and the definitions of every measure are in the appendices. Report author: ${meta.author}.`));
  return out;
}

const get = (m: PackModel, id: string) => m.measures.get(id) as PackMeasure;

export function summaryBlocks(m: PackModel): Block[] {
  const c = m.ragCounts;
  const since = m.previousAsAt ? longDate(m.previousAsAt) : 'last month';
  const out: Block[] = [heading('2. Executive summary', 1, true)];
  out.push(para(`Ratings: ${c.red} red, ${c.amber} amber, ${c.green} green; ${c.none} with no target or no good direction${c.withheld ? `; ${c.withheld} withheld (small numbers)` : ''}.`));
  out.push(heading('Changes in rating', 2));
  if (m.ragChanges.length) {
    out.push(captionParagraph(`Measures whose rating changed since ${since}`));
    out.push(
      docxTable({
        headers: [cell('Ref'), cell('Measure'), cell('Was'), cell('Now'), cell('Figure', { align: 'right' })],
        widths: [7, 53, 13, 13, 14],
        rows: m.ragChanges.map((r) => {
          const x = get(m, r.id);
          return [cell(x.ref), cell(x.title), ragCell(r.from), ragCell(r.to), cell(valueText(x.kind, x.figure.value), { align: 'right' })];
        }),
      }),
    );
  } else out.push(para(`No measure changed rating since ${since}.`));
  out.push(heading('Measures rated red', 2));
  if (m.red.length === 0) out.push(para('No measure is rated red this month.'));
  for (const id of m.red) {
    const x = get(m, id);
    out.push(heading(`${x.ref} ${x.title}`, 3));
    out.push(figureLine(x, m.previousAsAt));
    out.push(...commentaryBlocks(x.commentary));
  }
  out.push(heading('Largest movements', 2));
  if (m.movements.length) {
    out.push(captionParagraph(`Largest movements since ${since}`));
    out.push(
      docxTable({
        headers: [cell('Ref'), cell('Measure'), cell(m.previousAsAt ? trendLabel(m.previousAsAt) : 'Last month', { align: 'right' }), cell(trendLabel(m.asAt), { align: 'right' }), cell('Change', { align: 'right' }), cell('Direction')],
        widths: [7, 45, 12, 12, 12, 12],
        rows: m.movements.map((mv) => {
          const x = get(m, mv.id);
          return [cell(x.ref), cell(x.title), cell(valueText(x.kind, mv.from.value), { align: 'right' }), cell(valueText(x.kind, mv.to.value), { align: 'right' }), cell(movementText(mv), { align: 'right' }), cell(mv.improving ? 'improving' : 'worsening')];
        }),
      }),
    );
    out.push(para('Percentages move in percentage points; other figures in per cent of last month’s figure. Figures that are withheld, partial or year-to-date counts are not compared.', { style: 'PackNote' }));
  } else out.push(para('No measure moved enough to report.'));
  return out;
}

function themeTable(t: PackTheme, m: PackModel): Block[] {
  const rows = t.measures
    .filter((x) => x.headline)
    .map((x) => [
      cell(x.ref),
      cell(`${x.title}${x.coverage.complete ? '' : ' (partial)'}${x.revised ? ' (revised since published)' : ''}`),
      cell(valueText(x.kind, x.figure.value), { align: 'right', bold: true }),
      cell(countText(x.figure.numerator), { align: 'right' }),
      cell(countText(x.figure.denominator), { align: 'right' }),
      cell(PERIOD_LABELS[x.periodType]),
      cell(targetText(x), { align: 'right' }),
      ragCell(x.rag, x.figure.value.withheld && (x.targets.minimum !== null || x.targets.upper !== null) ? WITHHELD_TEXT.derived : ''),
      cell(x.previousYear ? valueText(x.kind, x.previousYear.figure.value) : '–', { align: 'right' }),
      cell(benchmarkItems(x).slice(0, 1).join('')),
    ]);
  return [
    captionParagraph(`${t.title}: headline measures as at ${longDate(m.asAt)}`),
    docxTable({
      headers: ['Ref', 'Measure', 'Figure', 'Counted', 'Out of', 'Period', 'Target (min / upper)', 'RAG', 'Previous year', 'Benchmark'].map((h, i) => cell(h, { align: [2, 3, 4, 6, 8].includes(i) ? 'right' : 'left' })),
      widths: [5, 25, 8, 8, 8, 9, 9, 7, 8, 13],
      size: 15,
      rows,
    }),
  ];
}

function focusBlocks(x: PackMeasure, m: PackModel, figureNumber: number): Block[] {
  const rows = chartRows(x);
  const svg = focusChartSvg(x);
  const out: Block[] = [heading(`${x.ref} ${x.title}`, 3), figureLine(x, m.previousAsAt)];
  out.push(captionParagraph(`Figure ${figureNumber}: ${chartTitle(x)}`));
  out.push(
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: chartPng(svg),
          transformation: { width: 600, height: 225 },
          altText: { name: `Figure ${figureNumber}`, title: chartTitle(x), description: chartDescription(x) },
        }),
      ],
    }),
  );
  const lines: ReturnType<typeof cell>[][] = [[cell('Value', { bold: true }), ...rows.map((r) => cell(r.value, { align: 'right', italic: r.partial }))]];
  if (x.kind !== 'count') lines.push([cell('Counted', { bold: true }), ...rows.map((r) => cell(r.numerator, { align: 'right' }))]);
  if (x.kind !== 'count' && x.kind !== 'rate') lines.push([cell('Out of', { bold: true }), ...rows.map((r) => cell(r.denominator, { align: 'right' }))]);
  out.push(captionParagraph(`Figure ${figureNumber} as a table`));
  out.push(docxTable({ headers: [cell('Month end'), ...rows.map((r) => cell(r.month, { align: 'right' }))], rows: lines, size: 13 }));
  if (x.commentary) out.push(...commentaryBlocks(x.commentary));
  return out;
}

function teamBlocks(t: PackTheme, m: PackModel): Block[] {
  if (!t.byTeam || t.byTeam.length === 0) return [];
  const rows = t.byTeam.flatMap((b) => {
    const x = get(m, b.id);
    return [
      [cell(`${x.ref} ${x.title}`, { bold: true, span: 4 })],
      ...b.teams.map((g) => [cell(g.group ?? 'No team recorded', { italic: g.group === null }), cell(valueText(x.kind, g.figure.value), { align: 'right' }), cell(countText(g.figure.numerator), { align: 'right' }), cell(countText(g.figure.denominator), { align: 'right' })]),
      [cell('All teams', { bold: true }), cell(valueText(x.kind, b.total.value), { align: 'right', bold: true }), cell(countText(b.total.numerator), { align: 'right' }), cell(countText(b.total.denominator), { align: 'right' })],
    ];
  });
  return [
    heading('By team', 2),
    captionParagraph(`${t.title}: headline measures by team, as at ${longDate(m.asAt)}`),
    docxTable({ headers: [cell('Team'), cell('Figure', { align: 'right' }), cell('Counted', { align: 'right' }), cell('Out of', { align: 'right' })], widths: [55, 15, 15, 15], rows }),
  ];
}

/** The first theme starts a page; the others follow on, as a report's sections do. */
export function themeBlocks(t: PackTheme, m: PackModel, sectionNumber: number, figures: ReadonlyMap<string, number>, newPage: boolean): Block[] {
  const out: Block[] = [heading(`${sectionNumber}. ${t.title}`, 1, newPage)];
  if (t.commentary) out.push(heading('Service commentary', 2), ...commentaryBlocks(t.commentary));
  out.push(...themeTable(t, m));
  const focus = t.measures.filter((x) => x.inFocus);
  if (focus.length) out.push(heading('Measures in focus', 2));
  for (const x of focus) out.push(...focusBlocks(x, m, figures.get(x.id) ?? 0));
  // Commentary on the measures not in focus (those have theirs under the chart).
  const rest = t.measures.filter((x) => !x.inFocus && x.commentary);
  if (rest.length) out.push(heading('Commentary on other measures', 2));
  for (const x of rest) out.push(heading(`${x.ref} ${x.title}`, 3), figureLine(x, m.previousAsAt), ...commentaryBlocks(x.commentary));
  out.push(...teamBlocks(t, m));
  return out;
}
