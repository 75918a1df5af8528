import { type IsoDate, addYears, isoToDay } from '../model/dates.js';
import { addMonthsDay, ageAt, workingDaysBetween } from './days.js';
import type { AnnexALists, AnnexARow } from './extract.js';

/**
 * The generator's own check of what it made: list sizes and the core rates, computed from
 * canonical rows the way spec/measures-core.md defines them, except that flow rates are taken
 * over the whole 6-month window (steadier than one month for a small authority). It is not
 * the product's measure engine, only the yardstick the calibration tests and notes use.
 */
export interface Calibration {
  readonly rowsByList: Record<number, number>;
  readonly totalRows: number;
  readonly distinctChildren: number;
  readonly counts: Record<string, number>;
  /** Percentages (0–100), and two ratios (cinPerCp, caseloadMean); null when the denominator is 0. */
  readonly rates: Record<string, number | null>;
}

export function calibrate(lists: AnnexALists, asAt: IsoDate): Calibration {
  const d = isoToDay(asAt);
  const windowStart = addMonthsDay(d, -6);
  const rows = (n: number): AnnexARow[] => lists.get(n) ?? [];
  const day = (v: unknown): number | null => (typeof v === 'string' ? isoToDay(v) : null);
  const pct = (num: number, den: number): number | null => (den === 0 ? null : (100 * num) / den);
  const isOpen = (r: AnnexARow, start: string, end: string): boolean => {
    const s = day(r[start]);
    const e = day(r[end]);
    return s !== null && s <= d && (e === null || e > d);
  };

  const rowsByList: Record<number, number> = {};
  const ids = new Set<string>();
  let totalRows = 0;
  for (const [n, list] of lists) {
    rowsByList[n] = list.length;
    totalRows += list.length;
    if (n <= 10) for (const r of list) ids.add(r.child_id as string);
  }

  const referrals = rows(3);
  const assessments = rows(4).filter((r) => r.assessment_authorised !== null);
  const icpcs = rows(5).filter((r) => r.icpc_date !== null && (day(r.icpc_date) as number) >= (day(r.strategy_date) as number));
  const cinOpen = new Set(rows(6).filter((r) => isOpen(r, 'cin_start', 'cin_closure')).map((r) => r.child_id as string));
  const cpOpen = rows(7).filter((r) => isOpen(r, 'cp_start', 'cp_end'));
  const claOpen = rows(8).filter((r) => isOpen(r, 'cla_start', 'cla_end'));
  const claYear = claOpen.filter((r) => (day(r.cla_start) as number) <= d - 365);
  const leavers = rows(9).filter((r) => {
    const age = ageAt(day(r.dob) as number, d);
    return age >= 19 && age <= 21;
  });
  const twoYearsAgo = isoToDay(addYears(asAt, -2));
  const within = (r: AnnexARow, key: string, days: number): boolean => {
    const v = day(r[key]);
    return v !== null && v <= d && v > d - days;
  };

  // Caseload cohort: open rows of lists 6–8 and every list 9 row.
  const pairs = new Set<string>();
  const workers = new Set<string>();
  const allocated = new Set<string>();
  const cohort = new Set<string>();
  const cohortRows = [
    ...rows(6).filter((r) => isOpen(r, 'cin_start', 'cin_closure')),
    ...cpOpen,
    ...claOpen,
    ...rows(9),
  ];
  for (const r of cohortRows) {
    const id = r.child_id as string;
    cohort.add(id);
    if (r.worker !== null) {
      const w = String(r.worker).toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
      workers.add(w);
      pairs.add(`${w}|${id}`);
      allocated.add(id);
    }
  }
  const perWorker = new Map<string, number>();
  for (const p of pairs) {
    const w = p.slice(0, p.lastIndexOf('|'));
    perWorker.set(w, (perWorker.get(w) ?? 0) + 1);
  }

  const count = <T>(xs: readonly T[], f: (x: T) => boolean): number => xs.reduce((n, x) => n + (f(x) ? 1 : 0), 0);
  return {
    rowsByList,
    totalRows,
    distinctChildren: ids.size,
    counts: {
      referrals6m: count(referrals, (r) => (day(r.referral_date) as number) > windowStart),
      cinOpen: cinOpen.size,
      cpOpen: new Set(cpOpen.map((r) => r.child_id)).size,
      claOpen: new Set(claOpen.map((r) => r.child_id)).size,
      claUasc: new Set(claOpen.filter((r) => r.uasc === 'Yes').map((r) => r.child_id)).size,
      careLeavers19to21: leavers.length,
      workers: workers.size,
      caseloadMax: Math.max(0, ...perWorker.values()),
      unallocated: cohort.size - allocated.size,
    },
    rates: {
      rereferrals: pct(count(referrals, (r) => (r.referrals_last_12m as number) >= 1), referrals.length),
      referralsNfa: pct(count(referrals, (r) => r.referral_nfa === 'Yes'), referrals.length),
      assessments45wd: pct(
        count(assessments, (r) => r.assessment_start !== null && workingDaysBetween(day(r.assessment_start) as number, day(r.assessment_authorised) as number) <= 45),
        assessments.length,
      ),
      assessmentsChildSeen: pct(count(assessments, (r) => r.child_seen === 'Yes'), assessments.length),
      icpc15wd: pct(count(icpcs, (r) => workingDaysBetween(day(r.strategy_date) as number, day(r.icpc_date) as number) <= 15), icpcs.length),
      cpVisited10wd: pct(count(cpOpen, (r) => r.last_visit !== null && (day(r.last_visit) as number) <= d && workingDaysBetween(day(r.last_visit) as number, d) <= 10), cpOpen.length),
      cpSecondPlus: pct(count(cpOpen, (r) => (r.previous_cp_plans as number) >= 1), cpOpen.length),
      cp2YearsPlus: pct(count(cpOpen, (r) => (day(r.cp_start) as number) <= twoYearsAgo), cpOpen.length),
      cinPerCp: cpOpen.length === 0 ? null : cinOpen.size / new Set(cpOpen.map((r) => r.child_id)).size,
      claUasc: pct(count(claOpen, (r) => r.uasc === 'Yes'), claOpen.length),
      cla3PlusPlacements: pct(count(claOpen, (r) => (r.placements_last_12m as number) >= 3), claOpen.length),
      claVisited6wk: pct(count(claOpen, (r) => within(r, 'last_visit', 42)), claOpen.length),
      claHealth12m: pct(count(claYear, (r) => within(r, 'last_health_assessment', 365)), claYear.length),
      claDental12m: pct(count(claYear, (r) => within(r, 'last_dental_check', 365)), claYear.length),
      careLeaversInTouch: pct(count(leavers, (r) => r.in_touch === 'Yes'), leavers.length),
      careLeaversEet: pct(count(leavers, (r) => /^[FP]/.test(String(r.activity ?? ''))), leavers.length),
      careLeaversSuitable: pct(count(leavers, (r) => r.suitability === 'Suitable'), leavers.length),
      caseloadMean: workers.size === 0 ? null : pairs.size / workers.size,
      unallocatedOpen: pct(cohort.size - allocated.size, cohort.size),
    },
  };
}
