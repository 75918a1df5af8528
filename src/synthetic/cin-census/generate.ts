import { type WorkingDayCalendar, createCalendar } from '../../model/calendar.js';
import { ABUSE_CATEGORIES, ASSESSMENT_FACTORS, DISABILITY_CODES, ETHNICITY_CODES, PRIMARY_NEED_CODES, REFERRAL_SOURCES, sexElement } from '../../model/cin-census.js';
import { dayToIso, isoToDay, ymdToDay } from '../../model/dates.js';
import { weekday } from '../../quality/cin-census/values.js';
import { withCheckLetter } from '../../quality/cin-census/upn.js';
import { type CinAssessment, type CinChild, type CinEpisode, type CinHeader, newChild, newEpisode } from '../../sources/cin-census/records.js';
import { Rng, weights } from '../rng.js';

/**
 * Invents a CIN Census return: children with referrals, assessments, CIN plans, s47 enquiries,
 * conferences and CP plans with their reviews, laid out so that the return breaks no DfE rule
 * (the rules it could not help breaking are the return-level queries of a very small return).
 * Each child is drawn from its own seeded stream, so the same seed gives the same return and a
 * child can be made without the others: a 50 000-child file is written child by child.
 */
export interface CinGenerateOptions {
  readonly children: number;
  /** The collection year (2025 = April 2024 to March 2025). */
  readonly year: number;
  readonly seed: number;
  /** The 3-digit LA code of the header and of UPNs (a valid UPN LA code); default 201. */
  readonly la?: string;
}

export function cinHeader(year: number, la = '201'): CinHeader {
  return {
    collection: 'CIN', year: String(year), referenceDate: `${year}-03-31`, sourceLevel: 'L', lea: la,
    softwareCode: 'csc-scorecard synthetic', release: '1', serialNo: '001', dateTime: `${year}-05-02T09:00:00`,
  };
}

type EpisodeKind = 'nfa' | 'assessed' | 'cin' | 'cp' | 'open-assessment' | 's47-nfa';
const KINDS = weights<EpisodeKind>([['nfa', 12], ['assessed', 28], ['cin', 25], ['cp', 20], ['open-assessment', 8], ['s47-nfa', 7]]);
const FACTORS = ASSESSMENT_FACTORS.filter((f) => !['8A', '18A', '19A', '21', '5A', '6A'].includes(f));
const DISABLED = DISABILITY_CODES.filter((d) => d !== 'NONE');
const NEEDS = PRIMARY_NEED_CODES.filter((n) => n !== 'N0');

/** Every child of the return, one at a time. */
export function* generateCinChildren(o: CinGenerateOptions): Generator<CinChild> {
  const calendar = createCalendar();
  for (let i = 1; i <= o.children; i++) yield generateChild(o, i, calendar);
}

interface Span {
  readonly S: number;
  readonly R: number;
}

export function generateChild(o: CinGenerateOptions, i: number, calendar: WorkingDayCalendar = createCalendar()): CinChild {
  const rng = Rng.derive(o.seed, 'cin-child', i);
  const S = ymdToDay(o.year - 1, 4, 1);
  const R = ymdToDay(o.year, 3, 31);
  const span = { S, R };
  const c = newChild(i, 0);
  c.id = `CIN${String(i).padStart(7, '0')}`;
  const unborn = rng.chance(0.03);
  let dob: number;
  if (unborn) {
    c.expectedBirth = dayToIso(R + rng.int(10, 200));
    dob = isoToDay(c.expectedBirth);
  } else {
    dob = R - rng.int(400, 17 * 365 + 300);
    c.birth = dayToIso(dob);
  }
  const male = rng.chance(0.5);
  if (sexElement(o.year) === 'Sex') c.sex = unborn ? 'U' : male ? 'M' : 'F';
  else c.gender = unborn ? '0' : male ? '1' : '2';
  const schoolAge = !unborn && dob <= ymdToDay(o.year - 4, 8, 31);
  if (schoolAge) c.upn = withCheckLetter(`${o.la ?? '201'}${String(i).padStart(8, '0')}${rng.int(0, 9)}`);
  else c.upnUnknown = 'UN1';
  c.ethnicity = rng.pick(ETHNICITY_CODES);
  const disabled = rng.chance(0.12);
  if (disabled) {
    const n = rng.chance(0.4) ? rng.int(2, 3) : 1;
    c.disabilities.push(...rng.shuffle([...DISABLED]).slice(0, n));
  } else c.disabilities.push('NONE');

  const kind: EpisodeKind = unborn ? (rng.chance(0.3) ? 'nfa' : 'assessed') : rng.weighted(KINDS);
  // Referrals are never more than 200 days before the (expected) birth (rule 8606 allows 280).
  const earliest = dob - 200;
  const first = episode(kind, rng, span, calendar, earliest, disabled, c.episodes.length + 1);
  c.episodes.push(first);
  const closed = first.closure ? isoToDay(first.closure) : null;
  if (closed !== null && closed <= R - 90 && rng.chance(0.18)) {
    // A second referral after the first episode closed (a re-referral).
    const next = rng.pick<EpisodeKind>(['nfa', 'assessed', 'open-assessment']);
    const e = episode(next, rng, { S: Math.max(S, closed + 1), R }, calendar, Math.max(earliest, closed + 1), disabled, 2);
    if (e.referral && isoToDay(e.referral) > closed) c.episodes.push(e);
  }
  return c;
}

/** Factors at assessment: 21 (no factors) alone, never for a disabled child, whose list has 5A or 6A (8899Q). */
function factorsFor(rng: Rng, disabled: boolean, allow21 = true): string[] {
  if (allow21 && !disabled && rng.chance(0.15)) return ['21'];
  const n = rng.int(1, 3);
  const f = rng.shuffle([...FACTORS]).slice(0, n);
  if (disabled) f.push(rng.chance(0.5) ? '5A' : '6A');
  return f;
}

/** A day in [lo, hi] (hi < lo gives lo). */
function between(rng: Rng, lo: number, hi: number): number {
  return hi <= lo ? lo : rng.int(lo, hi);
}

function assessment(start: number, auth: number | null, factors: string[]): CinAssessment {
  return { seq: 1, start: dayToIso(start), review: null, auth: auth === null ? null : dayToIso(auth), factors: auth === null ? [] : factors };
}

/** The next weekday on or after `d` (conferences are not held at weekends: 8875). */
function weekdayFrom(d: number): number {
  let x = d;
  while (weekday(x) >= 5) x++;
  return x;
}

function episode(kind: EpisodeKind, rng: Rng, { S, R }: Span, cal: WorkingDayCalendar, earliest: number, disabled: boolean, seq: number): CinEpisode {
  const e = newEpisode(seq);
  e.source = rng.pick(REFERRAL_SOURCES);
  e.nfa = 'false';
  e.need = rng.pick(NEEDS);
  const close = (d: number, reason: string) => {
    e.closure = dayToIso(Math.min(d, R));
    e.closeReason = reason;
  };
  switch (kind) {
    case 'nfa': {
      const r = between(rng, Math.max(S, earliest), R);
      e.referral = dayToIso(r);
      e.nfa = 'true';
      e.need = null;
      close(r, 'RC7');
      return e;
    }
    case 'assessed':
    case 's47-nfa': {
      // Too late in the year to be assessed and closed (an unborn child due soon): a referral with no further action.
      if (Math.max(S - 10, earliest) > R - 75) return episode('nfa', rng, { S, R }, cal, earliest, disabled, seq);
      const r = between(rng, Math.max(S - 10, earliest), R - 75);
      e.referral = dayToIso(r);
      const start = r + rng.int(0, 4);
      const auth = Math.max(S, start + rng.int(5, 60));
      const factors = factorsFor(rng, disabled, kind === 'assessed');
      e.assessments.push(assessment(start, auth, factors));
      if (kind === 's47-nfa') {
        const s47 = start + rng.int(0, 2);
        e.s47s.push({ seq: 1, start: dayToIso(s47), target: cal.addWorkingDays(dayToIso(s47), 15), icpc: null, notRequired: 'true' });
      }
      const rc8 = kind === 'assessed' && (factors.includes('21') || rng.chance(0.5));
      close(auth + rng.int(0, 10), rc8 ? 'RC8' : 'RC7');
      return e;
    }
    case 'open-assessment': {
      // Started within the last 40 working days: not yet due (8670Q asks after 45).
      const from = Math.max(S, earliest, isoToDay(cal.addWorkingDays(dayToIso(R), -40)));
      const r = between(rng, from, R - 2);
      e.referral = dayToIso(r);
      e.assessments.push(assessment(Math.min(R, r + rng.int(0, 2)), null, []));
      e.need = 'N0';
      return e;
    }
    case 'cin': {
      const r = between(rng, Math.max(S - 400, earliest), R - 60);
      e.referral = dayToIso(r);
      let planStart: number;
      if (r >= S) {
        const start = r + rng.int(0, 4);
        const auth = start + rng.int(10, 45);
        e.assessments.push(assessment(start, auth, factorsFor(rng, disabled, false)));
        planStart = auth;
      } else planStart = r + rng.int(15, 50);
      const end = planStart + rng.int(30, 300);
      e.plans.push({ seq: 1, start: dayToIso(planStart), end: null });
      if (rng.chance(0.5) && end > Math.max(S, planStart) && end <= R - 5) {
        (e.plans[0] as { end: string | null }).end = dayToIso(end);
        close(end + rng.int(0, 5), 'RC7');
      }
      return e;
    }
    case 'cp': {
      const r = between(rng, Math.max(S - 500, earliest), R - 45);
      e.referral = dayToIso(r);
      let start: number;
      if (r >= S) {
        const aStart = r + rng.int(0, 3);
        const s47 = aStart + rng.int(0, 3);
        const target = cal.addWorkingDays(dayToIso(s47), 15);
        const icpc = weekdayFrom(Math.min(isoToDay(target), s47 + rng.int(5, 20)));
        const auth = Math.min(R, icpc + rng.int(0, 15));
        e.assessments.push(assessment(aStart, auth, factorsFor(rng, disabled, false)));
        e.s47s.push({ seq: 1, start: dayToIso(s47), target, icpc: dayToIso(icpc), notRequired: 'false' });
        start = icpc;
      } else start = Math.min(S - 1, r + rng.int(15, 40));
      const previous = rng.chance(0.85) ? '0' : String(rng.int(1, 2));
      const category = rng.pick(ABUSE_CATEGORIES);
      const cpp = { seq: 1, start: dayToIso(start), end: null as string | null, initial: category, latest: rng.chance(0.9) ? category : rng.pick(ABUSE_CATEGORIES), previous, reviews: [] as string[] };
      // Reviews: the first within about three months of the conference, then about six-monthly; those in the year are returned.
      let review = start + rng.int(50, 92);
      const held: number[] = [];
      while (review <= R) {
        if (review >= S) held.push(review);
        review += rng.int(140, 185);
      }
      if (held.length && rng.chance(0.4)) {
        const endAt = held[rng.int(0, held.length - 1)] as number;
        cpp.reviews.push(...held.filter((d) => d <= endAt).map(dayToIso));
        cpp.end = dayToIso(endAt);
        close(endAt + rng.int(0, 20), 'RC7');
      } else cpp.reviews.push(...held.map(dayToIso));
      e.cpps.push(cpp);
      return e;
    }
  }
}
