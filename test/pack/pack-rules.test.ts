import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { WITHHELD_NAME, identifiersFrom, redact } from '../../src/publish/pack/identifiers.js';
import { svgLineChart } from '../../src/publish/pack/line-chart.js';
import { type MovementInput, biggestMovements, focusMeasures, movementOf, ragChanges } from '../../src/publish/pack/movements.js';
import { packMeta } from '../../src/publish/pack/pack-meta.js';
import { packQuality } from '../../src/publish/pack/pack-quality.js';
import { countText, movementText, valueText } from '../../src/publish/pack/pack-text.js';
import { showBreakdown, showFigure } from '../../src/publish/pack/shown-figure.js';

/** The pack's rules, one by one, without a store or a browser. */
describe('figures as a pack shows them', () => {
  it('prints a count of 1 to 4 as <5 and a figure that would reveal one as [c], keeping no number for either', () => {
    const count = showFigure({ value: 3, numerator: 3, denominator: null }, 'count');
    expect(count.value).toEqual({ n: null, withheld: 'small' });
    expect(valueText('count', count.value)).toBe('<5');
    const pct = showFigure({ value: 97, numerator: 97, denominator: 100 }, 'percent');
    expect([valueText('percent', pct.value), countText(pct.numerator), countText(pct.denominator)]).toEqual(['[c]', '[c]', '100']);
    const shown = showFigure({ value: 0, numerator: 0, denominator: null }, 'count');
    expect(valueText('count', shown.value)).toBe('0');
  });

  it('labels a secondarily suppressed team "[c]", never "<5"', () => {
    const rows = showBreakdown(
      [
        { group: 'A', value: 3, numerator: 3, denominator: null },
        { group: 'B', value: 14, numerator: 14, denominator: null },
        { group: 'C', value: 40, numerator: 40, denominator: null },
      ],
      'count',
    );
    expect(rows.map((r) => valueText('count', r.figure.value))).toEqual(['<5', '[c]', '40']);
  });

  it('suppresses data-quality counts within each severity, and never prints a grand total', () => {
    const q = packQuality({
      extractId: 1,
      totals: { error: 23, warning: 3, info: 0 },
      byRule: [
        { rule: 'a', severity: 'error', title: 'A', count: 2 },
        { rule: 'b', severity: 'error', title: 'B', count: 6 },
        { rule: 'c', severity: 'error', title: 'C', count: 15 },
        { rule: 'd', severity: 'warning', title: 'D', count: 3 },
      ],
      groups: [],
    });
    expect(q.byRule.map((r) => countText(r.count))).toEqual(['<5', '[c]', '15', '<5']);
    expect(countText(q.totals.warning)).toBe('<5');
    expect(countText(q.totals.error)).toBe('23');
  });
});

describe('movements, rating changes and focus', () => {
  const input = (id: string, prev: number, cur: number, extra: Partial<MovementInput> = {}): MovementInput => ({
    id,
    kind: 'percent',
    polarity: 'higher',
    periodType: 'month',
    previous: { value: prev, coverage: true, shown: true },
    current: { value: cur, coverage: true, shown: true },
    ...extra,
  });

  it('moves percentages in points and other figures in per cent, never as a difference of counts', () => {
    expect(movementOf(input('a', 80, 86.5))).toEqual({ id: 'a', change: 6.5, unit: 'points', improving: true });
    expect(movementOf(input('b', 40, 30, { kind: 'count', polarity: 'lower' }))).toEqual({ id: 'b', change: -25, unit: 'percent', improving: true });
    expect(movementText({ change: -25, unit: 'percent' })).toBe('−25.0%');
    expect(movementText({ change: 6.5, unit: 'points' })).toBe('+6.5 points');
  });

  it('leaves out what cannot be compared fairly', () => {
    expect(movementOf(input('level', 80, 80.3))).toBeNull();
    expect(movementOf(input('context', 80, 90, { polarity: 'context' }))).toBeNull();
    expect(movementOf(input('withheld', 80, 90, { current: { value: 90, coverage: true, shown: false } }))).toBeNull();
    expect(movementOf(input('partial', 80, 90, { previous: { value: 80, coverage: false, shown: true } }))).toBeNull();
    expect(movementOf(input('ytd count', 100, 150, { kind: 'count', periodType: 'ytd' }))).toBeNull();
    expect(biggestMovements([input('a', 80, 82), input('b', 80, 90), input('c', 50, 45)], 2).map((m) => m.id)).toEqual(['b', 'c']);
  });

  it('lists rating changes worst first, and focuses on red measures then the biggest movers', () => {
    const changes = ragChanges([
      { id: 'up', rag: 'green', previousRag: 'amber' },
      { id: 'down', rag: 'red', previousRag: 'green' },
      { id: 'same', rag: 'red', previousRag: 'red' },
      { id: 'new', rag: 'red', previousRag: null },
    ]);
    expect(changes.map((c) => c.id)).toEqual(['down', 'up']);
    const movers = biggestMovements([input('m1', 50, 70), input('m2', 50, 60), input('r1', 50, 40)], 5);
    expect(focusMeasures(['r1'], movers)).toEqual(['r1', 'm1', 'm2']);
    expect(focusMeasures(['r1'], movers, ['m2'])).toEqual(['m2']);
  });
});

describe('identifiers in free text', () => {
  const ids = identifiersFrom(['NB004512', 'Patel, Sarah', 'Tom Hughes', 'Unallocated', 'AB1 2CD', '12']);

  it('withholds ids and names wherever people typed them, whole words only', () => {
    expect(redact('Visit to NB004512 overdue; sarah patel and TOM\nHUGHES informed', ids)).toBe(`Visit to ${WITHHELD_NAME} overdue; ${WITHHELD_NAME} and ${WITHHELD_NAME} informed`);
    expect(redact('Placed at AB1 2CD.', ids)).toBe(`Placed at ${WITHHELD_NAME}.`);
    expect(redact('NB0045123 is not NB004512x', ids)).toBe('NB0045123 is not NB004512x');
  });

  it('leaves placeholders and short values alone, so ordinary words and numbers survive', () => {
    expect(redact('Unallocated children fell to 12', ids)).toBe('Unallocated children fell to 12');
  });
});

describe('the cover report details', () => {
  const pack = parseConfig('pack:\n  committee: Corporate Parenting Panel\n  author: Head of Performance\n', 'c.yaml').pack;

  it('takes the configuration, the command line over it, and audience defaults for the rest', () => {
    const meta = packMeta(pack, 'Northmoor', 'scrutiny', '2025-05-31', { title: 'Performance, May', meetingDate: '2025-06-24' });
    expect(meta).toMatchObject({ committee: 'Corporate Parenting Panel', author: 'Head of Performance', title: 'Performance, May', meetingDate: '2025-06-24', classification: 'OFFICIAL' });
    expect(meta.purpose).toContain('Northmoor as at 31 May 2025 to the Corporate Parenting Panel');
    expect(packMeta({ keyConsiderations: [] }, null, 'board', '2025-05-31').classification).toBe('OFFICIAL-SENSITIVE');
  });

  it('refuses a public pack marked OFFICIAL-SENSITIVE, and a meeting date that is not a date', () => {
    expect(() => packMeta(pack, null, 'public', '2025-05-31', { classification: 'official-sensitive' })).toThrow(/a public pack is published, so it cannot be marked OFFICIAL-SENSITIVE/);
    expect(() => packMeta(pack, null, 'scrutiny', '2025-05-31', { meetingDate: '24/06/2025' })).toThrow(/--meeting-date 24\/06\/2025 is not a date/);
  });

  it('validates the pack section of the configuration file', () => {
    expect(parseConfig('', 'c.yaml').pack).toEqual({ keyConsiderations: [] });
    expect(() => parseConfig('pack: { meetingDate: 24/06/2025 }', 'c.yaml')).toThrow(/pack\.meetingDate: expected a date/);
    expect(() => parseConfig('pack: { audiance: public }', 'c.yaml')).toThrow(/pack/);
    expect(() => parseConfig('pack: { audience: everyone }', 'c.yaml')).toThrow(/pack\.audience/);
  });
});

describe('line chart', () => {
  const points = [
    { month: 'Nov', year: '2025', value: 80 },
    { month: 'Dec', year: '2025', value: null },
    { month: 'Jan', year: '2026', value: 84.5 },
    { month: 'Feb', year: '2026', value: 88 },
  ];
  const chart = () => svgLineChart(points, { id: 'c1', title: 'Visits <on time>', description: 'Line chart. …', format: (v) => `${v.toFixed(1)}%`, minimum: 85, upper: 95, percent: true });

  it('is the same bytes for the same figures, with an accessible name and description', () => {
    expect(chart()).toBe(chart());
    expect(chart()).toMatch(/^<svg class="chart" role="img" aria-labelledby="c1-t c1-d" [^>]*><title id="c1-t">Visits &lt;on time&gt;<\/title><desc id="c1-d">Line chart\. …<\/desc>/);
  });

  it('leaves a gap for a missing month and labels the targets in words', () => {
    const svg = chart();
    const path = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(path.match(/M/g)).toHaveLength(2);
    expect(svg).toContain('>Minimum 85.0%</text>');
    expect(svg).toContain('>Upper 95.0%</text>');
    expect(svg).toContain('>2025</text>');
    expect(svg).toContain('>2026</text>');
  });
});
