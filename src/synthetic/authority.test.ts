import { beforeAll, describe, expect, it } from 'vitest';
import { ANNEX_A_LISTS } from '../model/annex-a-lists.js';
import { ageOn, isoToDay } from '../model/dates.js';
import { type AnnexALists, type AnnexARow, type Authority, annexAListsAt, extractDates, simulateAuthority } from './authority.js';
import { calibrate } from './calibrate.js';

const OPTIONS = { children: 2000, asAt: '2025-03-31', months: 3, seed: 42 };
const MONTHS = ['2025-01-31', '2025-02-28', '2025-03-31'];

let authority: Authority;
const extracts = new Map<string, AnnexALists>();

beforeAll(() => {
  authority = simulateAuthority(OPTIONS);
  for (const d of MONTHS) extracts.set(d, annexAListsAt(authority, d));
});

const rows = (d: string, list: number): AnnexARow[] => (extracts.get(d) as AnnexALists).get(list) ?? [];

describe('simulateAuthority', () => {
  it('is deterministic by seed', () => {
    const again = simulateAuthority(OPTIONS);
    expect(annexAListsAt(again, '2025-03-31')).toEqual(extracts.get('2025-03-31'));
    const other = annexAListsAt(simulateAuthority({ ...OPTIONS, seed: 43 }), '2025-03-31');
    expect(other.get(3)?.map((r) => r.child_id)).not.toEqual(rows('2025-03-31', 3).map((r) => r.child_id));
  });

  it('supports one extract per month end, the last at asAt', () => {
    expect(authority.asAts).toEqual(MONTHS);
    expect(extractDates('2025-03-15', 3)).toEqual(['2025-01-31', '2025-02-28', '2025-03-15']);
    expect(() => annexAListsAt(authority, '2025-04-30')).toThrow(/supports extracts from 2025-01-31 to 2025-03-31/);
    expect(() => simulateAuthority({ ...OPTIONS, months: 0 })).toThrow(RangeError);
  });

  it('lays out every list with exactly its columns and canonical values', () => {
    for (const list of ANNEX_A_LISTS) {
      const keys = list.columns.map((c) => c.key).sort();
      const sample = rows('2025-03-31', list.number);
      expect(sample.length, `list ${list.number}`).toBeGreaterThan(0);
      for (const r of sample) expect(Object.keys(r).sort()).toEqual(keys);
    }
    for (const r of rows('2025-03-31', 1)) {
      expect(r.child_id).toMatch(/^NB\d{6}$/);
      expect(r.contact_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('is calibrated like a real authority (N = 2000)', () => {
    const c = calibrate(extracts.get('2025-03-31') as AnnexALists, '2025-03-31');
    const r = c.rates as Record<string, number>;
    const n = c.rowsByList;
    expect(c.distinctChildren).toBeGreaterThan(1700);
    expect(c.distinctChildren).toBeLessThan(2300);
    expect(c.totalRows / c.distinctChildren).toBeGreaterThan(3.8);
    expect(c.totalRows / c.distinctChildren).toBeLessThan(6);
    // Contacts the largest list; referrals and assessments next; a few adoption rows and adopters.
    expect(Math.max(...Object.values(n))).toBe(n[1]);
    expect(n[3]).toBeGreaterThan((n[7] as number) * 3);
    expect(n[4]).toBeGreaterThan((n[8] as number) * 3);
    expect(n[10]).toBeGreaterThan(0);
    expect(n[10]).toBeLessThan(40);
    expect(n[11]).toBeLessThan(60);
    const bands: Record<string, [number, number]> = {
      rereferrals: [14, 27],
      referralsNfa: [3, 10],
      assessments45wd: [78, 93],
      assessmentsChildSeen: [90, 99],
      icpc15wd: [70, 92],
      cpVisited10wd: [75, 93],
      cpSecondPlus: [12, 30],
      cp2YearsPlus: [0, 7],
      cinPerCp: [2.8, 4.8],
      claUasc: [2, 13],
      cla3PlusPlacements: [4, 17],
      claVisited6wk: [83, 96],
      claHealth12m: [78, 96],
      claDental12m: [68, 90],
      careLeaversInTouch: [80, 97],
      careLeaversEet: [38, 70],
      careLeaversSuitable: [78, 96],
      caseloadMean: [14, 20],
      unallocatedOpen: [0.3, 4.5],
    };
    for (const [k, [lo, hi]] of Object.entries(bands)) {
      expect(r[k], k).toBeGreaterThanOrEqual(lo);
      expect(r[k], k).toBeLessThanOrEqual(hi);
    }
  });

  it('never shows a date after the as-at date, nor a child aged 18 at an event of a children’s list', () => {
    const eventOf: Record<number, string> = { 1: 'contact_date', 2: 'eh_start', 3: 'referral_date', 4: 'assessment_start', 5: 'strategy_date', 6: 'cin_start', 7: 'cp_start', 8: 'cla_start' };
    const endOf: Record<number, string> = { 6: 'cin_closure', 7: 'cp_end', 8: 'cla_end' };
    for (const d of MONTHS) {
      for (const list of ANNEX_A_LISTS) {
        const dates = list.columns.filter((c) => c.type === 'date').map((c) => c.key);
        for (const r of rows(d, list.number)) {
          for (const k of dates) if (r[k] !== null) expect(r[k] as string, `${list.number}.${k}`).not.toSatisfy((v: string) => v > d);
          const event = eventOf[list.number];
          if (event && r[event] !== null) expect(ageOn(r.dob as string, r[event] as string), `${list.number} ${r.child_id}`).toBeLessThan(18);
          const end = endOf[list.number];
          if (end && r[end] === null) expect(ageOn(r.dob as string, d)).toBeLessThan(18);
          if (list.number === 9) {
            expect(ageOn(r.dob as string, d)).toBeGreaterThanOrEqual(16);
            expect(ageOn(r.dob as string, d)).toBeLessThanOrEqual(25);
          }
        }
      }
    }
  });

  it('keeps each child’s story internally consistent', () => {
    const d = '2025-03-31';
    const day = (v: unknown) => isoToDay(v as string);
    const open = (r: AnnexARow, s: string, e: string) => day(r[s]) <= day(d) && (r[e] === null || day(r[e]) > day(d));
    const cpOpen = new Set(rows(d, 7).filter((r) => open(r, 'cp_start', 'cp_end')).map((r) => r.child_id));
    const claOpen = new Set(rows(d, 8).filter((r) => open(r, 'cla_start', 'cla_end')).map((r) => r.child_id));
    for (const r of rows(d, 6)) {
      if (r.cin_closure !== null) {
        expect(r.case_status).toBe('Closed episode');
        expect(r.closure_reason).not.toBeNull();
      } else if (r.case_status === 'Looked after child') expect(claOpen.has(r.child_id)).toBe(true);
      else if (r.case_status === 'Child Protection plan') expect(cpOpen.has(r.child_id)).toBe(true);
      expect(r.primary_need).not.toBeNull();
    }
    for (const id of cpOpen) expect(claOpen.has(id), `${id} on a plan while looked after`).toBe(false);
    // The 12-month referral count agrees with the child's own earlier referrals.
    const byChild = new Map<unknown, number[]>();
    for (const r of rows(d, 3)) byChild.set(r.child_id, [...(byChild.get(r.child_id) ?? []), day(r.referral_date)]);
    for (const r of rows(d, 3)) {
      const t = day(r.referral_date);
      const earlier = (byChild.get(r.child_id) as number[]).filter((x) => x < t && x >= t - 365).length;
      expect(r.referrals_last_12m as number).toBeGreaterThanOrEqual(earlier);
    }
    for (const r of rows(d, 4)) if (r.assessment_authorised !== null) expect(day(r.assessment_authorised)).toBeGreaterThanOrEqual(day(r.assessment_start));
    for (const r of rows(d, 5)) if (r.icpc_date !== null) expect(day(r.icpc_date)).toBeGreaterThan(day(r.strategy_date));
    for (const r of rows(d, 8)) {
      expect(day(r.placement_start)).toBeGreaterThanOrEqual(day(r.cla_start));
      expect(r.legal_status).not.toBeNull();
      expect(r.placement_type).not.toBeNull();
      if (r.cla_end !== null) expect(r.reason_ceased).not.toBeNull();
      if (r.cla_end === null) expect(r.last_visit).not.toBeNull();
    }
    for (const r of rows(d, 7)) if (r.cp_end === null) expect(r.last_visit).not.toBeNull();
  });

  it('keeps histories consistent across monthly extracts', () => {
    const [jan, , mar] = MONTHS as [string, string, string];
    const key = (r: AnnexARow) => `${r.child_id}|${r.referral_date}`;
    const later = new Map(rows(mar, 3).map((r) => [key(r), r]));
    let shared = 0;
    for (const r of rows(jan, 3)) {
      if ((r.referral_date as string) <= '2024-09-30') continue;
      const m = later.get(key(r));
      expect(m, `referral ${key(r)} of January missing in March`).toBeDefined();
      expect({ ...m, age: null }).toEqual({ ...r, age: null });
      shared++;
    }
    expect(shared).toBeGreaterThan(100);
    // A plan open in January is, in March, still open or ended after January.
    const marchPlans = new Map(rows(mar, 7).map((r) => [`${r.child_id}|${r.cp_start}`, r]));
    for (const r of rows(jan, 7)) {
      if (r.cp_end !== null) continue;
      const m = marchPlans.get(`${r.child_id}|${r.cp_start}`);
      expect(m).toBeDefined();
      if (m?.cp_end !== null) expect(m?.cp_end as string > jan).toBe(true);
      expect(m?.previous_cp_plans).toBe(r.previous_cp_plans);
    }
    // The same child has the same date of birth, gender and ethnicity everywhere.
    const people = new Map<unknown, string>();
    for (const d of MONTHS) {
      for (const list of [1, 3, 6, 8, 9]) {
        for (const r of rows(d, list)) {
          const p = `${r.dob}|${r.gender}|${r.ethnicity}`;
          expect(people.get(r.child_id) ?? p).toBe(p);
          people.set(r.child_id, p);
        }
      }
    }
  });
});
