import { type IsoDate, addDays, addMonths, monthEnd, monthStart } from '../model/dates.js';

/**
 * The first day of the n months ending at D: for a month end, the 1st of the month n − 1
 * months earlier (30 September → 1 April for six months); otherwise the day after D − n months.
 */
export function monthsEndingAt(asAt: IsoDate, n: number): IsoDate {
  if (asAt === monthEnd(asAt)) return monthStart(addMonths(monthStart(asAt), -(n - 1)));
  return addDays(addMonths(asAt, -n), 1);
}

/**
 * Period types: a snapshot at D; the reporting month (1st of D's month to D); the financial
 * year to date (1 April to D); the rolling 12 months (the day after D − 12 months, to D).
 */
export type PeriodType = 'snapshot' | 'month' | 'ytd' | 'rolling12';

export const PERIOD_LABELS: Record<PeriodType, string> = {
  snapshot: 'Snapshot',
  month: 'Month',
  ytd: 'Year to date',
  rolling12: 'Rolling 12 months',
};

/** The financial year (1 April – 31 March) containing a date. */
export function financialYear(date: IsoDate): { start: IsoDate; end: IsoDate; label: string } {
  const y = Number(date.slice(0, 4));
  const startYear = date.slice(5) >= '04-01' ? y : y - 1;
  return {
    start: `${startYear}-04-01`,
    end: `${startYear + 1}-03-31`,
    label: `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
  };
}

/** First day of the period ending at D (null for a snapshot). */
export function periodStart(type: PeriodType, asAt: IsoDate): IsoDate | null {
  switch (type) {
    case 'snapshot':
      return null;
    case 'month':
      return monthStart(asAt);
    case 'ytd':
      return financialYear(asAt).start;
    case 'rolling12':
      return monthsEndingAt(asAt, 12);
  }
}

/** Months of events before its as-at date that an Annex A extract holds (lists 1–5). */
export const ANNEX_A_WINDOW_MONTHS = 6;

/** An extract's share of the dates of a longitudinal view as at D: `from` to `to`, inclusive. */
export interface Ownership {
  readonly extractId: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * The longitudinal view as at D: each event date is read from the latest extract taken on or
 * before D whose window holds that date, so a later extract wins for every record it holds
 * (including records it corrected or removed), and a year-to-date figure can reach back past
 * one extract's six-month window into earlier extracts. `coveredFrom` is the earliest date
 * from which the dates up to D are covered without a gap (null when D itself is not).
 */
export function ownership(
  extracts: readonly { extractId: number; asAt: IsoDate }[],
  asAt: IsoDate,
  windowMonths = ANNEX_A_WINDOW_MONTHS,
  earliest: IsoDate = '0001-01-01',
): { owners: Ownership[]; coveredFrom: IsoDate | null } {
  const usable = extracts.filter((e) => e.asAt <= asAt).sort((a, b) => (a.asAt < b.asAt ? 1 : a.asAt > b.asAt ? -1 : b.extractId - a.extractId));
  const owners: Ownership[] = [];
  let cursor = asAt; // latest date not yet owned
  let contiguous = true;
  let coveredFrom: IsoDate | null = null;
  for (const e of usable) {
    if (cursor < earliest) break;
    const windowStart = monthsEndingAt(e.asAt, windowMonths);
    const to = e.asAt < cursor ? e.asAt : cursor;
    if (to < cursor) contiguous = false; // a gap between this extract and the dates above it
    if (to < windowStart) continue;
    owners.push({ extractId: e.extractId, from: windowStart, to });
    if (contiguous) coveredFrom = windowStart;
    cursor = addDays(windowStart, -1);
  }
  return { owners, coveredFrom };
}

/** Whether the loaded extracts cover the whole period ending at D. */
export function periodCovered(type: PeriodType, asAt: IsoDate, snapshotExtractAsAt: IsoDate | null, coveredFrom: IsoDate | null): boolean {
  if (type === 'snapshot') return snapshotExtractAsAt === asAt;
  const start = periodStart(type, asAt) as IsoDate;
  return coveredFrom !== null && coveredFrom <= start;
}
