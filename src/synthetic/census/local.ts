import { type IsoDate, addMonths, isoToDay, monthEnd, monthStart } from '../../model/dates.js';
import { type LocalKind, localTemplate } from '../../model/local-templates.js';
import { civil } from '../days.js';
import type { Authority, Child, TeamKind } from '../model.js';
import { Rng, weights } from '../rng.js';
import { holderAt } from '../workforce.js';
import type { InjectedError } from './csww.js';
import { type TemplateRow, templateCsv } from './csv.js';
import { SERVICE_AREAS, type Staff, staffOf } from './staff.js';

/**
 * The local templates' records for an invented authority, drawn once for its whole history so
 * that monthly files agree with each other: supervision about monthly for every case-holding
 * worker (about 85% within four weeks of the last), reflective and group sessions, case
 * supervision of some children; management oversight on most open cases each month; audits of
 * about 7.5% of open cases a month, graded by domain (about 10% Outstanding, 50% Good, 30%
 * requires improvement, 10% inadequate); and each team's establishment each month (agency
 * about 17% of filled posts, vacancies about 15–20% of funded posts, agency cover included).
 */

interface Dated {
  readonly day: number;
  readonly row: TemplateRow;
}

export type LocalHistory = Readonly<Record<LocalKind, readonly Dated[]>>;

export interface LocalHistoryOptions {
  /** Months of records each file holds, back from its as-at date (default 12). */
  readonly windowMonths?: number;
  /** Seed of the records' own draws (default: the authority's seed). */
  readonly seed?: number;
}

export interface LocalFileOptions {
  readonly windowMonths?: number;
  /** Share of rows given one labelled error each (0 = a clean file; at least one of each kind when above 0). */
  readonly inject?: number;
  readonly seed?: number;
  readonly delimiter?: ',' | ';';
}

export interface GeneratedLocal {
  readonly kind: LocalKind;
  readonly asAt: IsoDate;
  readonly csv: string;
  readonly rows: number;
  readonly injected: InjectedError[];
}

export const DEFAULT_WINDOW_MONTHS = 12;

const GRADES = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const;
const GRADE_SHARES = weights<number>([[0, 0.1], [1, 0.5], [2, 0.3], [3, 0.1]]);
const OVERSIGHT_KINDS = weights<string>([['Case direction', 0.7], ['Review', 0.25], ['Other', 0.05]]);
const DOMAIN_OF: Record<TeamKind, string> = {
  'front-door': 'Front door',
  assessment: 'Assessment',
  disabled: 'Child in need',
  cin: 'Child in need',
  cp: 'Child protection',
  cla: 'Looked after',
  'leaving-care': 'Care leavers',
};
const EXTRA_DOMAINS = ['Planning', 'Voice of the child', 'Management oversight'];

/** dd/mm/yyyy, as local systems export dates. */
export function ukDate(day: number): string {
  const { year, month, day: d } = civil(day);
  return `${String(d).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A weekday on or after `day` (Saturday and Sunday move to Monday). */
function weekday(day: number): number {
  const dow = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return dow === 6 ? day + 2 : dow === 0 ? day + 1 : day;
}

/** Month starts (as day numbers) from the first month of the window before the first extract to the last extract. */
function months(a: Authority, windowMonths: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const last = a.options.asAt;
  for (let m = addMonths(monthStart(a.asAts[0] as IsoDate), -windowMonths); m <= last; m = addMonths(m, 1)) {
    out.push({ start: isoToDay(m), end: Math.min(isoToDay(monthEnd(m)), isoToDay(last)) });
  }
  return out;
}

/** Whether the child's case is open (held by a team other than the front door) on `day`. */
function openOn(c: Child, day: number): TeamKind | null {
  for (const p of c.phases) if (p.from <= day && p.to > day && p.kind !== 'front-door') return p.kind;
  return null;
}

export function localHistory(a: Authority, o: LocalHistoryOptions = {}): LocalHistory {
  const seed = o.seed ?? a.options.seed;
  const windowMonths = o.windowMonths ?? DEFAULT_WINDOW_MONTHS;
  const staff = staffOf(a, a.options.seed);
  const span = months(a, windowMonths);
  const first = (span[0] as { start: number }).start;
  const last = isoToDay(a.options.asAt);
  const byName = new Map(staff.workers.map((w) => [w.name.toLowerCase(), w]));
  const managerOf = (team: string): string => staff.teamManagers.get(team)?.name ?? '';

  const supervision: Dated[] = [];
  const oversight: Dated[] = [];
  const audits: Dated[] = [];
  const establishment: Dated[] = [];
  const sup = (day: number, w: { name: string; staffId: string; team: string }, type: string, childId = ''): void => {
    supervision.push({ day, row: { worker_id: w.staffId, worker: w.name, team: w.team, supervision_date: ukDate(day), supervisor: managerOf(w.team), supervision_type: type, child_id: childId } });
  };

  // Supervision: formal about monthly, reflective now and then, group sessions in some teams.
  for (const w of staff.workers) {
    const rng = Rng.derive(seed, 'supervision', w.name);
    for (let day = weekday(first + rng.int(0, 27)); day <= last; ) {
      sup(day, w, 'Formal');
      day = weekday(day + (rng.chance(0.85) ? rng.int(21, 26) : rng.int(29, 45)));
    }
    for (const m of span) if (rng.chance(0.25)) sup(weekday(m.start + rng.int(0, 25)), w, 'Reflective');
  }
  for (const team of a.teams) {
    const rng = Rng.derive(seed, 'group', team.name);
    if (!rng.chance(0.5)) continue;
    for (const m of span) {
      const day = weekday(m.start + rng.int(0, 25));
      if (day > last) continue;
      for (const name of team.workers) if (rng.chance(0.8)) sup(day, byName.get(name.toLowerCase()) as Staff['workers'][number], 'Group');
    }
  }

  // Oversight, case supervision and audits, child by child and month by month.
  let auditSeq = 0;
  for (const c of a.children) {
    if (!c.phases.some((p) => p.to > first && p.from <= last && p.kind !== 'front-door')) continue;
    const rng = Rng.derive(seed, 'case-file', c.id);
    for (const al of c.allocations) {
      if (al.worker && al.from >= first && al.from <= last && openOn(c, al.from)) {
        const day = Math.min(last, weekday(al.from + rng.int(0, 2)));
        oversight.push({ day, row: { child_id: c.id, team: al.team, worker: al.worker, oversight_date: ukDate(day), manager: managerOf(al.team), oversight_kind: 'Allocation' } });
      }
    }
    for (const m of span) {
      const mid = Math.min(m.start + 14, m.end);
      const kind = openOn(c, mid);
      if (!kind) continue;
      const h = holderAt(c, mid);
      const team = h?.team ?? '';
      const worker = h?.worker ?? null;
      const pick = (): number => Math.min(m.end, weekday(m.start + rng.int(0, Math.max(0, m.end - m.start - 2))));
      if (worker && rng.chance(0.85)) {
        const day = pick();
        oversight.push({ day, row: { child_id: c.id, team, worker, oversight_date: ukDate(day), manager: managerOf(team), oversight_kind: rng.weighted(OVERSIGHT_KINDS) } });
      }
      const w = worker ? byName.get(worker.toLowerCase()) : undefined;
      if (w && rng.chance(0.08)) sup(pick(), w, 'Case', c.id);
      if (rng.chance(0.075)) {
        const day = pick();
        auditSeq++;
        const id = `A${civil(day).year}-${String(auditSeq).padStart(5, '0')}`;
        const base = rng.weighted(GRADE_SHARES);
        const auditor = rng.pick(staff.auditors);
        const moderated = rng.chance(0.3) ? 'Y' : 'N';
        const domains = ['Overall', DOMAIN_OF[kind]];
        if (rng.chance(0.6)) domains.push(rng.pick(EXTRA_DOMAINS));
        for (const domain of domains) {
          const g = domain === 'Overall' || rng.chance(0.75) ? base : Math.max(0, Math.min(3, base + (rng.chance(0.5) ? 1 : -1)));
          const grade = g === 2 && rng.chance(0.3) ? 'RI' : (GRADES[g] as string);
          audits.push({ day, row: { audit_id: id, child_id: c.id, team, worker: worker ?? '', audit_date: ukDate(day), auditor, domain, grade, moderated } });
        }
      }
    }
  }

  // Establishment: each team's posts each month (tenths of an FTE, so the sums are exact).
  for (const team of a.teams) {
    const members = staff.workers.filter((w) => w.team === team.name);
    const tenths = (agency: boolean): number => members.filter((w) => w.agency === agency).reduce((s, w) => s + Math.round(w.fte * 10), 0);
    const rng = Rng.derive(seed, 'establishment', team.name);
    const base = Math.round(rng.next() * 0.05 * members.length * 10);
    for (const m of span) {
      const day = m.end;
      const { year, month } = civil(day);
      const uncovered = Math.max(0, base + (rng.chance(0.3) ? (rng.chance(0.5) ? 5 : -5) : 0));
      const permanent = tenths(false);
      const agency = tenths(true);
      const vacant = agency + uncovered;
      const row = (role: string, funded: number, perm: number, ag: number, vac: number): Dated => ({
        day,
        row: {
          team: team.name,
          service_area: SERVICE_AREAS[team.kind],
          role,
          as_at: `${MONTH_NAMES[month - 1]} ${year}`,
          funded_fte: (funded / 10).toFixed(1),
          permanent_fte: (perm / 10).toFixed(1),
          agency_fte: (ag / 10).toFixed(1),
          vacant_fte: (vac / 10).toFixed(1),
        },
      });
      establishment.push(row('Social worker', permanent + vacant, permanent, agency, vacant));
      establishment.push(row('Team manager', 10, 10, 0, 0));
    }
  }

  const byDay = (x: Dated, y: Dated): number => x.day - y.day;
  return {
    supervision: supervision.sort(byDay),
    oversight: oversight.sort(byDay),
    audits: audits.sort(byDay),
    establishment: establishment.sort(byDay),
  };
}

/** The rows a file taken at `asAt` holds: those dated in the `windowMonths` months up to it. */
export function localRowsAt(h: LocalHistory, kind: LocalKind, asAt: IsoDate, windowMonths = DEFAULT_WINDOW_MONTHS): TemplateRow[] {
  const to = isoToDay(asAt);
  const from = isoToDay(addMonths(asAt, -windowMonths));
  return h[kind].filter((d) => d.day > from && d.day <= to).map((d) => ({ ...d.row }));
}

/** One local template's CSV as at `asAt`, optionally with labelled errors. */
export function generateLocalFile(h: LocalHistory, kind: LocalKind, asAt: IsoDate, o: LocalFileOptions = {}): GeneratedLocal {
  const rows = localRowsAt(h, kind, asAt, o.windowMonths);
  const injected = o.inject && o.inject > 0 ? injectLocal(kind, rows, asAt, o.inject, Rng.derive(o.seed ?? 1, 'local-inject', kind, asAt)) : [];
  return { kind, asAt, csv: templateCsv(localTemplate(kind), rows, { delimiter: o.delimiter }), rows: rows.length, injected };
}

type Injection = { kind: string; rule: string; column: string; apply: (row: TemplateRow, asAt: IsoDate, rng: Rng) => void };

const future = (asAt: IsoDate, rng: Rng): string => ukDate(isoToDay(asAt) + rng.int(5, 30));
const impossible = (asAt: IsoDate): string => `31/02/${asAt.slice(0, 4)}`;

const INJECTIONS: Record<LocalKind, Injection[]> = {
  supervision: [
    { kind: 'unreadable-date', rule: 'unreadable-value', column: 'supervision_date', apply: (r, d) => void (r.supervision_date = impossible(d)) },
    { kind: 'future-date', rule: 'supervision-future-date', column: 'supervision_date', apply: (r, d, g) => void (r.supervision_date = future(d, g)) },
    { kind: 'no-worker', rule: 'supervision-no-worker', column: 'worker', apply: (r) => void ((r.worker = ''), (r.worker_id = '')) },
    { kind: 'unknown-code', rule: 'unreadable-value', column: 'supervision_type', apply: (r) => void (r.supervision_type = 'Zoom call') },
    { kind: 'duplicate', rule: 'supervision-duplicate', column: 'supervision_date', apply: () => undefined },
  ],
  oversight: [
    { kind: 'unreadable-date', rule: 'unreadable-value', column: 'oversight_date', apply: (r, d) => void (r.oversight_date = impossible(d)) },
    { kind: 'future-date', rule: 'oversight-future-date', column: 'oversight_date', apply: (r, d, g) => void (r.oversight_date = future(d, g)) },
    { kind: 'missing-child', rule: 'oversight-child-missing', column: 'child_id', apply: (r) => void (r.child_id = '') },
    { kind: 'duplicate', rule: 'oversight-duplicate', column: 'oversight_date', apply: () => undefined },
  ],
  audits: [
    { kind: 'unknown-grade', rule: 'unreadable-value', column: 'grade', apply: (r) => void (r.grade = 'Excellent') },
    { kind: 'missing-grade', rule: 'audit-grade-missing', column: 'grade', apply: (r) => void (r.grade = '') },
    { kind: 'future-date', rule: 'audit-future-date', column: 'audit_date', apply: (r, d, g) => void (r.audit_date = future(d, g)) },
    { kind: 'duplicate', rule: 'audit-duplicate', column: 'domain', apply: () => undefined },
  ],
  establishment: [
    { kind: 'negative-fte', rule: 'establishment-negative-fte', column: 'agency_fte', apply: (r) => void (r.agency_fte = '-1.0') },
    { kind: 'vacant-over-funded', rule: 'establishment-vacant-over-funded', column: 'vacant_fte', apply: (r) => void (r.vacant_fte = (Number(r.funded_fte) + 2).toFixed(1)) },
    { kind: 'unreadable-number', rule: 'unreadable-value', column: 'permanent_fte', apply: (r) => void (r.permanent_fte = 'n/a') },
    { kind: 'duplicate', rule: 'establishment-duplicate', column: 'team', apply: () => undefined },
  ],
};

/** Gives about `share` of the rows one labelled error each; a duplicate is a copy inserted after its row. */
function injectLocal(kind: LocalKind, rows: TemplateRow[], asAt: IsoDate, share: number, rng: Rng): InjectedError[] {
  const t = localTemplate(kind);
  const kinds = INJECTIONS[kind];
  const want = Math.min(rows.length, Math.max(kinds.length, Math.round(rows.length * share)));
  const chosen = rng.shuffle(rows.map((_, i) => i)).slice(0, want);
  const marks = new Map<TemplateRow, Injection>();
  chosen.forEach((i, k) => {
    const inj = kinds[k % kinds.length] as Injection;
    const row = rows[i] as TemplateRow;
    inj.apply(row, asAt, rng);
    marks.set(row, inj);
  });
  // Insert duplicates after their originals, then label each error with its final line.
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i] as TemplateRow;
    if (marks.get(row)?.kind === 'duplicate') {
      const copy = { ...row };
      rows.splice(i + 1, 0, copy);
      marks.delete(row);
      marks.set(copy, kinds.find((x) => x.kind === 'duplicate') as Injection);
    }
  }
  const out: InjectedError[] = [];
  rows.forEach((row, i) => {
    const inj = marks.get(row);
    if (inj) out.push({ kind: inj.kind, rule: inj.rule, row: i + 2, column: t.columns.find((c) => c.key === inj.column)?.header ?? inj.column });
  });
  return out;
}
