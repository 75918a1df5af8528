import type { Scorecard, ScorecardMeasure } from '../scorecard/scorecard.js';
import { ARROWS } from '../scorecard/trend.js';
import { formatCount, formatValue } from './format.js';
import { textSparkline } from './sparkline.js';
import { textTable } from './text-table.js';

const PERIOD: Record<string, string> = { snapshot: 'Snap', month: 'Month', ytd: 'YTD', rolling12: 'R12' };
const RAG: Record<string, string> = { red: 'R', amber: 'A', green: 'G' };

function target(m: ScorecardMeasure, v: number | null): string {
  return v === null ? '' : formatValue({ kind: m.kind, value: v });
}

function row(m: ScorecardMeasure): string[] {
  const partial = m.coverage.complete ? '' : '*';
  const arrow = m.direction ? `${ARROWS[m.direction]}${m.improving === true ? '+' : m.improving === false ? '−' : ''}` : '';
  return [
    m.title,
    PERIOD[m.periodType] ?? m.periodType,
    `${formatValue(m)}${partial}`,
    formatCount(m.numerator),
    formatCount(m.denominator),
    m.previousYear ? formatValue({ kind: m.kind, value: m.previousYear.value }) : '',
    target(m, m.targets.minimum),
    target(m, m.targets.upper),
    m.rag ? (RAG[m.rag] ?? '') : '',
    textSparkline(m.trend.map((t) => t.value)),
    arrow,
    m.benchmarks.england ? `${formatValue({ kind: m.kind, value: m.benchmarks.england.value })} (${m.benchmarks.england.year})` : '',
    m.id,
  ];
}

export function scorecardText(s: Scorecard): string {
  const prevYear = s.measures.find((m) => m.previousYear)?.previousYear?.year ?? 'Prev yr';
  const out = [
    `Scorecard as at ${s.asAt}${s.authority ? ` · ${s.authority}` : ''}${s.team ? ` · team ${s.team}` : ''}`,
    `Extract ${s.extract.extractId}: ${s.extract.fileName} (as at ${s.extract.asAt}) · trend ${s.trendDates[0]} to ${s.trendDates[s.trendDates.length - 1]}`,
  ];
  for (const n of s.notes) out.push(`Note: ${n}`);
  for (const t of s.themes) {
    out.push('', t.title);
    if (t.commentary) out.push(`  Focus: ${t.commentary.areaOfFocus} · Response: ${t.commentary.response} · Update: ${t.commentary.update} (${t.commentary.author})`);
    out.push(
      textTable(
        [
          { header: 'Measure' },
          { header: 'Period' },
          { header: 'Value', align: 'right' },
          { header: 'Num', align: 'right' },
          { header: 'Denom', align: 'right' },
          { header: prevYear, align: 'right' },
          { header: 'Min', align: 'right' },
          { header: 'Upper', align: 'right' },
          { header: 'RAG' },
          { header: 'Trend' },
          { header: '' },
          { header: 'England' },
          { header: 'Id' },
        ],
        t.measures.map(row),
      ),
    );
    for (const m of t.measures) {
      if (m.commentary) out.push(`  ${m.id}: focus: ${m.commentary.areaOfFocus} → response: ${m.commentary.response} → update: ${m.commentary.update} (${m.commentary.author}, ${m.commentary.writtenOn})`);
      if (m.published?.changed) out.push(`  ${m.id}: published as ${formatValue({ kind: m.kind, value: m.published.value })} on ${m.published.publishedAt.slice(0, 10)}; now ${formatValue(m)}`);
    }
  }
  out.push('', '* the loaded extracts cover only part of the period; RAG: R red, A amber, G green; ↗/↘ with + improving, − worsening');
  return out.join('\n');
}
