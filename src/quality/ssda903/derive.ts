import { dayToYmd, daysInMonth, ymdToDay } from '../../model/dates.js';
import type { ReturnTable, Ssda903Return } from '../../sources/ssda903/table.js';

/**
 * Facts many rules share, worked out once per return and kept: each child's episodes in date
 * order with their neighbours, the Header row and date of birth of each child, who was looked
 * after continuously for 12 months. Rules then read arrays instead of joining tables.
 */
const memo = new WeakMap<object, Map<string, unknown>>();

export function remember<T>(owner: object, key: string, make: () => T): T {
  let m = memo.get(owner);
  if (!m) memo.set(owner, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = make();
  m.set(key, v);
  return v;
}

/** Each child's episodes in start order (DECOM; a missing or invalid one last), and each episode's neighbours. */
export interface EpisodeOrder {
  /** Per child, episode rows in order. */
  readonly byChild: ReadonlyMap<string, readonly number[]>;
  /** Per episode row: the child's previous and next episode rows in that order, or −1. */
  readonly prev: Int32Array;
  readonly next: Int32Array;
}

export function episodeOrder(ret: Ssda903Return): EpisodeOrder {
  return remember(ret, 'episodeOrder', () => orderRows(ret.tables.Episodes, 'DECOM'));
}

/** Rows of a table per child, ordered by a date column (blank or invalid last; ties in file order). */
export function orderRows(t: ReturnTable, dateColumn: string): EpisodeOrder {
  return remember(t, `order:${dateColumn}`, () => {
    const day = t.day(dateColumn);
    const prev = new Int32Array(t.length).fill(-1);
    const next = new Int32Array(t.length).fill(-1);
    const byChild = new Map<string, number[]>();
    for (const [child, rows] of t.byChild()) {
      const sorted = [...rows].sort((a, b) => {
        const da = day[a] as number;
        const db = day[b] as number;
        const na = Number.isNaN(da);
        const nb = Number.isNaN(db);
        if (na !== nb) return na ? 1 : -1;
        return na || da === db ? a - b : da - db;
      });
      for (let k = 0; k < sorted.length; k++) {
        if (k > 0) prev[sorted[k] as number] = sorted[k - 1] as number;
        if (k + 1 < sorted.length) next[sorted[k] as number] = sorted[k + 1] as number;
      }
      byChild.set(child, sorted);
    }
    return { byChild, prev, next };
  });
}

/** The child's first Header row. */
export function headerRows(ret: Ssda903Return): ReadonlyMap<string, number> {
  return remember(ret, 'headerRows', () => {
    const m = new Map<string, number>();
    for (const [child, rows] of ret.tables.Header.byChild()) m.set(child, rows[0] as number);
    return m;
  });
}

/** The child's date of birth from the Header (NaN when unknown). */
export function dobOf(ret: Ssda903Return, child: string | null): number {
  if (child === null) return NaN;
  const row = headerRows(ret).get(child);
  return row === undefined ? NaN : (ret.tables.Header.day('DOB')[row] as number);
}

const yearsMemo = new Map<number, number>();

/**
 * The same day and month `n` years later (29 February becomes 28 February in other years, as
 * pandas' DateOffset does): a birthday for age rules. NaN stays NaN.
 */
export function addYears(day: number, n: number): number {
  if (Number.isNaN(day)) return NaN;
  const key = day * 128 + n + 64;
  const known = yearsMemo.get(key);
  if (known !== undefined) return known;
  const { year, month, day: d } = dayToYmd(day);
  const y = year + n;
  const out = ymdToDay(y, month, Math.min(d, daysInMonth(y, month)));
  if (yearsMemo.size < 500_000) yearsMemo.set(key, out);
  return out;
}

/** The same date `n` months later, clamped to the month's end. */
export function addMonths(day: number, n: number): number {
  if (Number.isNaN(day)) return NaN;
  const { year, month, day: d } = dayToYmd(day);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return ymdToDay(y, m, Math.min(d, daysInMonth(y, m)));
}

/**
 * Children looked after continuously for 12 months at 31 March, as the DfE guidance defines
 * it (and the validator's `add_col_to_episodes_CONTINUOUSLY_LOOKED_AFTER`): looked after at
 * some point in the year, and no episode that starts a period of care in the year (RNE S after
 * 1 April), ends one before 31 March (REC other than X1), or is short breaks (V3, V4).
 */
export function continuouslyLookedAfter(ret: Ssda903Return, start: number, end: number): ReadonlySet<string> {
  return remember(ret, `cla12:${start}:${end}`, () => {
    const t = ret.tables.Episodes;
    const ids = t.text('CHILD');
    const decom = t.day('DECOM');
    const dec = t.day('DEC');
    const rne = t.text('RNE');
    const rec = t.text('REC');
    const ls = t.text('LS');
    const during = new Set<string>();
    const broken = new Set<string>();
    for (let i = 0; i < t.length; i++) {
      const id = ids[i];
      if (id === null || id === undefined) continue;
      const s = decom[i] as number;
      const e = dec[i] as number;
      const inYear = s <= end && (e >= start || Number.isNaN(e));
      if (inYear) during.add(id);
      const entersCare = rne[i] === 'S' && s > start && s <= end;
      const leavesCare = rec[i] !== 'X1' && e >= start && e < end;
      const shortBreak = (ls[i] === 'V3' || ls[i] === 'V4') && inYear;
      if (entersCare || leavesCare || shortBreak) broken.add(id);
    }
    return new Set([...during].filter((c) => !broken.has(c)));
  });
}

/** Children with an episode in the collection year (started by its end, not ended before its start). */
export function inCareDuringYear(ret: Ssda903Return, start: number, end: number, exceptShortBreaks = false): ReadonlySet<string> {
  return remember(ret, `during:${start}:${end}:${exceptShortBreaks}`, () => {
    const t = ret.tables.Episodes;
    const ids = t.text('CHILD');
    const decom = t.day('DECOM');
    const dec = t.day('DEC');
    const ls = t.text('LS');
    const out = new Set<string>();
    for (let i = 0; i < t.length; i++) {
      const id = ids[i];
      if (id === null || id === undefined) continue;
      if (exceptShortBreaks && (ls[i] === 'V3' || ls[i] === 'V4')) continue;
      const e = dec[i] as number;
      if ((decom[i] as number) <= end && (Number.isNaN(e) || e >= start)) out.add(id);
    }
    return out;
  });
}

/** The child's latest episode row (by DECOM), or undefined. */
export function latestEpisode(ret: Ssda903Return, child: string): number | undefined {
  const rows = episodeOrder(ret).byChild.get(child);
  if (!rows) return undefined;
  const day = ret.tables.Episodes.day('DECOM');
  for (let k = rows.length - 1; k >= 0; k--) if (!Number.isNaN(day[rows[k] as number] as number)) return rows[k];
  return rows[rows.length - 1];
}

/** Whether any of the row's `columns` is filled. */
export function anyFilled(t: ReturnTable, columns: readonly string[]): (i: number) => boolean {
  const cols = columns.map((c) => t.raw(c));
  return (i) => cols.some((c) => c[i] !== null && c[i] !== undefined);
}

/** Whether all of the row's `columns` are filled. */
export function allFilled(t: ReturnTable, columns: readonly string[]): (i: number) => boolean {
  const cols = columns.map((c) => t.raw(c));
  return (i) => cols.every((c) => c[i] !== null && c[i] !== undefined);
}

/** A value is a date in the return's form: blank is not, a valid dd/mm/yyyy is. */
export function invalidDate(t: ReturnTable, column: string): (i: number) => boolean {
  const raw = t.raw(column);
  const day = t.day(column);
  return (i) => raw[i] !== null && Number.isNaN(day[i] as number);
}

/** SEX as male / female whatever the year's code (1/2 before 2024/25, M/F from it). */
export const isMale = (sex: string | null | undefined): boolean => sex === '1' || sex === 'M';
export const isFemale = (sex: string | null | undefined): boolean => sex === '2' || sex === 'F';

/** Per row of a table: the child's date of birth from the Header (NaN when unknown). */
export function headerDob(ret: Ssda903Return, t: ReturnTable): Float64Array {
  return remember(t, 'headerDob', () => {
    const ids = t.text('CHILD');
    const out = new Float64Array(t.length);
    for (let i = 0; i < t.length; i++) out[i] = dobOf(ret, ids[i] ?? null);
    return out;
  });
}

/** An episode's end for durations: DEC, or the year's end while it is open. */
export function endOrYearEnd(dec: number, yearEnd: number): number {
  return Number.isNaN(dec) ? yearEnd : dec;
}

/**
 * Unbroken stretches of a child's episodes under one of the legal statuses: an episode that
 * starts the day the previous one ended (a continuation) and keeps such a status extends the
 * stretch. Each stretch has its rows, its first start and its end (the year's end while open).
 */
export function legalStatusRuns(ret: Ssda903Return, codes: ReadonlySet<string>, yearEnd: number): { rows: number[]; start: number; end: number }[] {
  const t = ret.tables.Episodes;
  const ls = t.text('LS');
  const decom = t.day('DECOM');
  const dec = t.day('DEC');
  const out: { rows: number[]; start: number; end: number }[] = [];
  for (const rows of episodeOrder(ret).byChild.values()) {
    let run: { rows: number[]; start: number; end: number } | null = null;
    for (const i of rows) {
      if (!codes.has(ls[i] ?? '') || Number.isNaN(decom[i] as number)) {
        run = null;
        continue;
      }
      const end = endOrYearEnd(dec[i] as number, yearEnd);
      if (run && run.end === decom[i]) {
        run.rows.push(i);
        run.end = end;
      } else {
        run = { rows: [i], start: decom[i] as number, end };
        out.push(run);
      }
    }
  }
  return out;
}
