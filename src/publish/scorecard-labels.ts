import type { Polarity } from '../measures/measure.js';
import { type IsoDate, monthEnd, parseIso } from '../model/dates.js';
import type { Rag } from '../scorecard/targets.js';
import type { Scorecard, ScorecardMeasure } from '../scorecard/scorecard.js';
import { ARROWS } from '../scorecard/trend.js';

/**
 * Words the HTML and XLSX scorecards share, so the two outputs of one bundle read alike. Dates
 * are written from the ISO string itself (no locale or time zone can move them).
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 31 May 2025 */
export function longDate(iso: IsoDate): string {
  const p = parseIso(iso);
  return p ? `${p.day} ${MONTHS[p.month - 1]} ${p.year}` : iso;
}

/** A trend column's heading: "Dec 2024" for a month end, "15 Apr 2025" for any other day. */
export function trendLabel(iso: IsoDate): string {
  const p = parseIso(iso);
  if (!p) return iso;
  const month = (MONTHS[p.month - 1] as string).slice(0, 3);
  return monthEnd(iso) === iso ? `${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
}

/** The month a scorecard reports, "May 2025". */
export function monthLabel(iso: IsoDate): string {
  const p = parseIso(iso);
  return p ? `${MONTHS[p.month - 1]} ${p.year}` : iso;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A moment (an ISO timestamp such as generatedAt) as English councils read it: UK time,
 * "3 June 2025 at 09:30". Timestamps are instants, unlike the plain dates of the data.
 */
export function timestampLabel(iso: string): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return iso;
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}

/** Short references readers quote in meetings: theme number, then measure number ("2.3"). */
export function measureRefs(s: Scorecard): Map<string, string> {
  const refs = new Map<string, string>();
  s.themes.forEach((t, i) => t.measures.forEach((m, j) => refs.set(m.id, `${i + 1}.${j + 1}`)));
  return refs;
}

export const RAG_WORDS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

export const POLARITY_WORDS: Record<Polarity, string> = { higher: 'higher is better', lower: 'lower is better', context: 'no good direction' };

/** The direction of travel in words: improving/worsening when the measure has a good direction. */
export function directionWords(m: Pick<ScorecardMeasure, 'direction' | 'improving'>): { arrow: string; word: string } | null {
  if (!m.direction) return null;
  if (m.direction === 'level') return { arrow: ARROWS.level, word: 'level' };
  const word = m.improving === true ? 'improving' : m.improving === false ? 'worsening' : m.direction;
  return { arrow: ARROWS[m.direction], word };
}

/** The previous-year column's heading, "2024/25 outturn" (the year of any measure that has one). */
export function previousYearHeading(s: Scorecard): string {
  const year = s.measures.find((m) => m.previousYear)?.previousYear?.year;
  return year ? `${year} outturn` : 'Previous year outturn';
}
