import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../model/dates.js';
import { simulateAuthority } from '../authority.js';
import { annexAListsAt } from '../extract.js';
import { generateCsww } from './csww.js';
import { generateLocalFile, localHistory, localRowsAt } from './local.js';
import { staffOf } from './staff.js';

const OPTIONS = { children: 3000, asAt: '2024-03-31', months: 7, seed: 21 } as const;
const authority = simulateAuthority(OPTIONS);
const history = localHistory(authority);

/** Values of an element, per CSWWWorker of the file. */
function elements(xml: string, name: string): (string | null)[] {
  return xml.split('<CSWWWorker>').slice(1).map((w) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(w)?.[1] ?? null);
}

const ukDay = (s: string): number => {
  const [d, m, y] = s.split('/').map(Number) as [number, number, number];
  return isoToDay(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
};

describe('the workforce census generator', () => {
  const census = generateCsww(authority);

  it('is the same for the same seed, and differs for another', () => {
    expect(generateCsww(simulateAuthority(OPTIONS)).xml).toBe(census.xml);
    expect(generateCsww(simulateAuthority({ ...OPTIONS, seed: 22 })).xml).not.toBe(census.xml);
    expect(census.referenceDate).toBe('2023-09-30');
    expect(census.injected).toEqual([]);
  });

  it("gives each worker the children the Annex A extract of the reference date allocates to them", () => {
    const lists = annexAListsAt(authority, '2023-09-30');
    const pairs = new Set<string>();
    for (const [n, end] of [[6, 'cin_closure'], [7, 'cp_end'], [8, 'cla_end'], [9, null]] as const) {
      for (const r of lists.get(n) ?? []) if (r.worker && (!end || r[end] === null)) pairs.add(`${String(r.worker).toLowerCase()}|${r.child_id}`);
    }
    const cases = elements(census.xml, 'Cases30').reduce((s, v) => s + Number(v ?? 0), 0);
    expect(cases).toBe(pairs.size);
    expect(cases).toBeGreaterThan(500);
  });

  it('has realistic shares of agency workers and leavers, and the authority figures agree with the workers', () => {
    const agency = elements(census.xml, 'AgencyWorker');
    const ended = elements(census.xml, 'RoleEndDate');
    const holders = elements(census.xml, 'OrgRole').map((r, i) => (r === '4' || r === '5') && !ended[i]);
    const agencyHolders = holders.filter((h, i) => h && agency[i] === '1').length;
    const share = agencyHolders / holders.filter(Boolean).length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.26);
    const leavers = ended.filter(Boolean).length / agency.filter((a, i) => a === '0' && !ended[i]).length;
    expect(leavers).toBeGreaterThan(0.08);
    expect(leavers).toBeLessThan(0.2);
    const headcount = Number(/<NoAgencyHeadcount>(\d+)</.exec(census.xml)?.[1]);
    expect(headcount).toBe(agency.filter((a, i) => a === '1' && !ended[i]).length);
  });

  it('puts one labelled error of each kind in a file when asked', () => {
    const bad = generateCsww(authority, { inject: 0.01 });
    expect(new Set(bad.injected.map((e) => e.kind))).toEqual(new Set(['unreadable-date', 'unknown-code', 'fte-out-of-range', 'cases-without-fte', 'end-before-start', 'leaver-without-reason']));
    expect(new Set(bad.injected.map((e) => e.row)).size).toBe(bad.injected.length);
    const roles = elements(bad.xml, 'OrgRole');
    for (const e of bad.injected.filter((x) => x.kind === 'unknown-code')) expect(roles[e.row - 1]).toBe('9');
  });
});

describe('the local template generators', () => {
  it('are the same for the same seed', () => {
    const again = localHistory(simulateAuthority(OPTIONS));
    for (const kind of ['supervision', 'oversight', 'audits', 'establishment'] as const) {
      expect(generateLocalFile(again, kind, '2024-03-31').csv).toBe(generateLocalFile(history, kind, '2024-03-31').csv);
    }
    expect(generateLocalFile(localHistory(authority, { seed: 99 }), 'audits', '2024-03-31').csv).not.toBe(generateLocalFile(history, 'audits', '2024-03-31').csv);
  });

  it('supervise every case-holding worker about monthly, 80–90% within four weeks', () => {
    const rows = localRowsAt(history, 'supervision', '2024-03-31').filter((r) => r.supervision_type === 'Formal');
    const byWorker = new Map<string, number[]>();
    for (const r of rows) byWorker.set(r.worker_id as string, [...(byWorker.get(r.worker_id as string) ?? []), ukDay(r.supervision_date as string)]);
    expect(byWorker.size).toBe(staffOf(authority).workers.length);
    let within = 0;
    let gaps = 0;
    for (const days of byWorker.values()) {
      days.sort((a, b) => a - b);
      for (let i = 1; i < days.length; i++) {
        gaps++;
        if ((days[i] as number) - (days[i - 1] as number) <= 28) within++;
      }
    }
    expect(within / gaps).toBeGreaterThan(0.8);
    expect(within / gaps).toBeLessThan(0.9);
  });

  it('record oversight on most open cases each month and audit 5–10% of them, graded about 10/50/30/10', () => {
    const month = (rows: Record<string, string>[], key: string): Record<string, string>[] => rows.filter((r) => (r[key] as string).endsWith('/03/2024'));
    const overseen = new Set(month(localRowsAt(history, 'oversight', '2024-03-31'), 'oversight_date').map((r) => r.child_id)).size;
    const audits = month(localRowsAt(history, 'audits', '2024-03-31'), 'audit_date');
    const audited = new Set(audits.map((r) => r.child_id)).size;
    expect(audited / overseen).toBeGreaterThan(0.05);
    expect(audited / overseen).toBeLessThan(0.12);
    const all = localRowsAt(history, 'audits', '2024-03-31');
    const share = (g: string[]): number => all.filter((r) => g.includes(r.grade as string)).length / all.length;
    expect(share(['Outstanding'])).toBeGreaterThan(0.06);
    expect(share(['Outstanding'])).toBeLessThan(0.15);
    expect(share(['Good'])).toBeGreaterThan(0.4);
    expect(share(['Requires improvement', 'RI'])).toBeGreaterThan(0.22);
    expect(share(['Inadequate'])).toBeLessThan(0.15);
    expect(new Set(all.map((r) => r.domain))).toEqual(new Set(['Overall', 'Assessment', 'Child in need', 'Child protection', 'Looked after', 'Care leavers', 'Planning', 'Voice of the child', 'Management oversight']));
  });

  it('give each team an establishment with agency about 15–20% of filled posts and vacancies about 10–20% of funded', () => {
    const rows = localRowsAt(history, 'establishment', '2024-03-31').filter((r) => r.as_at === 'Mar 2024' && r.role === 'Social worker');
    expect(rows).toHaveLength(authority.teams.length);
    const sum = (k: string): number => rows.reduce((s, r) => s + Number(r[k]), 0);
    expect(sum('agency_fte') / (sum('agency_fte') + sum('permanent_fte'))).toBeGreaterThan(0.12);
    expect(sum('agency_fte') / (sum('agency_fte') + sum('permanent_fte'))).toBeLessThan(0.23);
    expect(sum('vacant_fte') / sum('funded_fte')).toBeGreaterThan(0.1);
    expect(sum('vacant_fte') / sum('funded_fte')).toBeLessThan(0.25);
    for (const r of rows) expect(Number(r.permanent_fte) + Number(r.vacant_fte)).toBeCloseTo(Number(r.funded_fte), 6);
  });

  it('label each injected error with its line and header, and keep clean files clean', () => {
    for (const kind of ['supervision', 'oversight', 'audits', 'establishment'] as const) {
      expect(generateLocalFile(history, kind, '2024-03-31').injected).toEqual([]);
      const bad = generateLocalFile(history, kind, '2024-03-31', { inject: 0.001, seed: 5 });
      const lines = bad.csv.split('\r\n');
      expect(bad.injected.length).toBeGreaterThanOrEqual(4);
      for (const e of bad.injected) {
        expect(lines[e.row - 1], JSON.stringify(e)).toBeDefined();
        expect(lines[0]?.split(',')).toContain(e.column);
      }
    }
  });
});
