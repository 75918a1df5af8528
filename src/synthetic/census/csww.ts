import { type IsoDate, addYears, isoToDay, ymdToIso } from '../../model/dates.js';
import { isoOfDay } from '../days.js';
import type { Authority } from '../model.js';
import { ETHNICITY } from '../parameters.js';
import { Rng, weights } from '../rng.js';
import { type StaffMember, casesAt, staffOf } from './staff.js';

/**
 * A Children's Social Work Workforce census file (XML, the DfE schema's elements in its order)
 * for an invented authority: every case-holding worker of its teams, with Cases30 the children
 * the Annex A extract of the reference date allocates to them, the team, service and senior
 * managers, a few qualified workers without cases, and the employees who left in the year
 * (about 15%). Optionally with labelled errors, to test that each is found.
 */

/** An error put in a generated file on purpose, and where the finding must point. */
export interface InjectedError {
  /** What was done (`unreadable-date`, `duplicate`…). */
  readonly kind: string;
  /** The rule whose finding it must raise. */
  readonly rule: string;
  /** The finding's row: a worker's position in the census, a CSV line in a local file. */
  readonly row: number;
  /** The finding's column: the census element, or the CSV header. */
  readonly column: string;
}

export interface CswwOptions {
  /** The census reference date (default: the latest 30 September the authority's extracts cover). */
  readonly referenceDate?: IsoDate;
  /** Seed of the census's own draws (default: the authority's seed). */
  readonly seed?: number;
  /** Share of records given one labelled error each (0 = a clean file; at least one of each kind when above 0). */
  readonly inject?: number;
}

export interface GeneratedCsww {
  readonly referenceDate: IsoDate;
  readonly xml: string;
  readonly workers: number;
  readonly injected: InjectedError[];
}

/** Elements of one CSWWWorker, in schema order; absent ones are left out of the file. */
type Fields = Partial<Record<(typeof ELEMENTS)[number], string>>;

const ELEMENTS = [
  'AgencyWorker', 'SWENo', 'FTE', 'PersonBirthDate', 'GenderCurrent', 'Ethnicity', 'QualInst', 'QualLevel', 'StepUpGrad',
  'OrgRole', 'RoleStartDate', 'StartOrigin', 'RoleEndDate', 'LeaverDestination', 'ReasonLeave', 'FTE30', 'Cases30',
  'WorkingDaysLost', 'ContractWeeks', 'FrontlineGrad', 'Absat30Sept', 'ReasonAbsence', 'CFKSSstatus',
] as const;

const UNIVERSITIES = ['University of Northbrook', 'Eastfield University', 'Westmere College', 'University of Upperford', 'Greatley University', 'Lowerdale College'];
const GENDERS = weights<string>([['2', 0.8], ['1', 0.18], ['9', 0.01], ['0', 0.01]]);
const QUAL_LEVELS = weights<string>([['1', 0.55], ['2', 0.4], ['3', 0.05]]);
const ORIGINS = weights<string>([['1', 0.35], ['2', 0.3], ['4', 0.15], ['3', 0.05], ['5', 0.05], ['6', 0.05], ['8', 0.03], ['9', 0.02]]);
const DESTINATIONS = weights<string>([['1', 0.35], ['3', 0.25], ['4', 0.1], ['5', 0.05], ['6', 0.1], ['7', 0.05], ['8', 0.1]]);
const REASONS = weights<string>([['1', 0.7], ['5', 0.1], ['7', 0.08], ['4', 0.03], ['2', 0.02], ['8', 0.05], ['9', 0.02]]);
const ABSENCE = weights<string>([['SIC', 0.5], ['MAT', 0.3], ['TRN', 0.1], ['OTH', 0.1]]);

/** Annual turnover of employed social workers (England: 15.9% of FTE, CSWW 2023). */
const TURNOVER = 0.15;
/** Vacancy rate: vacant FTE ÷ (vacant + employed FTE) (England: 18.9%, CSWW 2023). */
const VACANCY = 0.15;

/** The latest 30 September on or before the authority's last as-at date. */
export function defaultReferenceDate(a: Authority): IsoDate {
  const last = a.options.asAt;
  const year = Number(last.slice(0, 4));
  return ymdToIso(last.slice(5) >= '09-30' ? year : year - 1, 9, 30);
}

const dp = (n: number, places: number): string => n.toFixed(places);

export function generateCsww(a: Authority, options: CswwOptions = {}): GeneratedCsww {
  const ref = options.referenceDate ?? defaultReferenceDate(a);
  const refDay = isoToDay(ref);
  const seed = options.seed ?? a.options.seed;
  const rng = Rng.derive(seed, 'csww', ref);
  const staff = staffOf(a, a.options.seed);
  const cases = casesAt(a, ref);

  const person = (m: StaffMember, orgRole: string): Fields => {
    const r = Rng.derive(seed, 'csww-person', m.name);
    const age = r.int(23, 62);
    const dob = isoToDay(addYears(ref, -age)) - r.int(0, 364);
    const earliest = Math.max(dob + 22 * 365, refDay - 30 * 365);
    const starter = r.chance(0.18);
    const start = starter ? refDay - r.int(0, 364) : Math.max(earliest, refDay - 365 - Math.round(r.exp(4 * 365)));
    if (m.agency) {
      return {
        AgencyWorker: '1',
        SWENo: m.sweNo,
        FTE: dp(m.fte, 6),
        OrgRole: orgRole,
        RoleStartDate: isoOfDay(Math.min(start, refDay)),
        FTE30: dp(m.fte, 6),
        Cases30: String(cases.get(m.name.toLowerCase())?.size ?? 0),
        ContractWeeks: dp(Math.min(52, Math.max(1, Math.round((refDay - start) / 7))), 1),
      };
    }
    const absent = r.chance(0.04);
    const lost = r.chance(0.6) ? 0 : r.chance(0.1) ? 20 + r.int(0, 60) : Math.round(r.exp(6) * 2) / 2;
    const f: Fields = {
      AgencyWorker: '0',
      SWENo: m.sweNo,
      FTE: dp(m.fte, 6),
      PersonBirthDate: isoOfDay(dob),
      GenderCurrent: r.weighted(GENDERS),
      Ethnicity: r.weighted(ETHNICITY),
      QualInst: r.pick(UNIVERSITIES),
      QualLevel: r.weighted(QUAL_LEVELS),
      StepUpGrad: r.chance(0.05) ? '1' : '0',
      OrgRole: orgRole,
      RoleStartDate: isoOfDay(start),
      StartOrigin: r.weighted(ORIGINS),
      FTE30: dp(m.fte, 6),
      Cases30: String(cases.get(m.name.toLowerCase())?.size ?? 0),
      WorkingDaysLost: dp(Math.min(lost, 250), 2),
      FrontlineGrad: r.chance(0.08) ? '1' : '0',
      Absat30Sept: absent ? '1' : '0',
    };
    if (absent) f.ReasonAbsence = r.weighted(ABSENCE);
    if (starter && f.StartOrigin === '1') f.CFKSSstatus = '1';
    else if (orgRole === '5' && r.chance(0.2)) f.CFKSSstatus = '2';
    else if (orgRole === '3' && r.chance(0.3)) f.CFKSSstatus = '3';
    return f;
  };

  const records: Fields[] = [];
  const inPost: number[] = [];
  for (const m of staff.workers) {
    records.push(person(m, Rng.derive(seed, 'role', m.name).chance(0.12) ? '4' : '5'));
    if (!m.agency) inPost.push(records.length - 1);
  }
  for (const m of staff.teamManagers.values()) records.push({ ...person(m, '3'), Cases30: '0' });
  for (const m of staff.serviceManagers.values()) records.push({ ...person(m, '2'), Cases30: '0' });
  for (const m of staff.seniorManagers) records.push({ ...person(m, '1'), Cases30: '0' });
  const withoutCases = Math.max(1, Math.round(staff.workers.length * 0.05));
  for (let i = 0; i < withoutCases; i++) {
    const m: StaffMember = { name: `qualified-${i}`, team: 'Quality assurance', kind: 'cp', staffId: '', sweNo: `SW${String(9_000_000_000 + i + seed * 1000).slice(-10)}`, agency: false, fte: 1 };
    records.push({ ...person(m, '6'), Cases30: '0' });
  }
  const employed = staff.workers.filter((w) => !w.agency).length;
  const leaverCount = Math.max(1, Math.round(employed * TURNOVER));
  const leavers: number[] = [];
  for (let i = 0; i < leaverCount; i++) {
    const m: StaffMember = { name: `leaver-${i}`, team: '', kind: 'cp', staffId: '', sweNo: `SW${String(8_000_000_000 + i + seed * 1000).slice(-10)}`, agency: false, fte: rng.weighted(weights<number>([[1, 0.85], [0.8, 0.15]])) };
    const f = person(m, '5');
    const start = isoToDay(f.RoleStartDate as string);
    const end = Math.max(start + 30, refDay - rng.int(0, 364));
    if (end > refDay) continue;
    delete f.FTE30;
    delete f.Cases30;
    delete f.Absat30Sept;
    delete f.ReasonAbsence;
    records.push({ ...f, RoleEndDate: isoOfDay(end), LeaverDestination: rng.weighted(DESTINATIONS), ReasonLeave: rng.weighted(REASONS) });
    leavers.push(records.length - 1);
  }

  const injected = inject(records, inPost, leavers, options.inject ?? 0, Rng.derive(seed, 'csww-inject', ref));

  const agency = records.filter((f) => f.AgencyWorker === '1' && !f.RoleEndDate);
  const agencyFte = agency.reduce((s, f) => s + Number(f.FTE ?? 0), 0);
  const employedFte = records.filter((f) => f.AgencyWorker === '0' && !f.RoleEndDate && (f.OrgRole === '4' || f.OrgRole === '5')).reduce((s, f) => s + Number(f.FTE ?? 0), 0);
  const vacancies = (employedFte * VACANCY) / (1 - VACANCY);

  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Message>',
    '  <Header>',
    '    <CollectionDetails>',
    '      <Collection>CSWW</Collection>',
    `      <Year>${ref.slice(0, 4)}</Year>`,
    `      <ReferenceDate>${ref}</ReferenceDate>`,
    '    </CollectionDetails>',
    '    <Source>',
    '      <SourceLevel>L</SourceLevel>',
    `      <LEA>${a.laCode}</LEA>`,
    '      <SoftwareCode>csc-scorecard synthetic</SoftwareCode>',
    `      <DateTime>${isoOfDay(refDay + 21)}T09:00:00</DateTime>`,
    '    </Source>',
    '  </Header>',
    '  <LALevelVacancies>',
    `    <NumberOfVacancies>${dp(vacancies, 2)}</NumberOfVacancies>`,
    `    <NoAgencyFTE>${dp(agencyFte, 2)}</NoAgencyFTE>`,
    `    <NoAgencyHeadcount>${agency.length}</NoAgencyHeadcount>`,
    '  </LALevelVacancies>',
  ];
  for (const f of records) {
    out.push('  <CSWWWorker>');
    for (const e of ELEMENTS) if (f[e] !== undefined) out.push(`    <${e}>${escapeXml(f[e] as string)}</${e}>`);
    out.push('  </CSWWWorker>');
  }
  out.push('</Message>', '');
  return { referenceDate: ref, xml: out.join('\n'), workers: records.length, injected };
}

/** Puts one labelled error in each of about `share` of the records (positions are 1-based). */
function inject(records: Fields[], inPost: number[], leavers: number[], share: number, rng: Rng): InjectedError[] {
  if (share <= 0) return [];
  const kinds = ['unreadable-date', 'unknown-code', 'fte-out-of-range', 'cases-without-fte', 'end-before-start', 'leaver-without-reason'] as const;
  const want = Math.max(kinds.length, Math.round(records.length * share));
  const employees = rng.shuffle([...inPost]);
  const gone = rng.shuffle([...leavers]);
  const out: InjectedError[] = [];
  for (let k = 0; k < want; k++) {
    const kind = kinds[k % kinds.length] as (typeof kinds)[number];
    const pool = kind === 'end-before-start' || kind === 'leaver-without-reason' ? gone : employees;
    const i = pool.pop();
    if (i === undefined) continue;
    const f = records[i] as Fields;
    const row = i + 1;
    switch (kind) {
      case 'unreadable-date':
        f.RoleStartDate = `${(f.RoleStartDate as string).slice(0, 4)}-02-30`;
        out.push({ kind, rule: 'unreadable-value', row, column: 'RoleStartDate' });
        break;
      case 'unknown-code':
        f.OrgRole = '9';
        out.push({ kind, rule: 'unreadable-value', row, column: 'OrgRole' });
        break;
      case 'fte-out-of-range':
        f.FTE = '1.500000';
        out.push({ kind, rule: 'unreadable-value', row, column: 'FTE' });
        break;
      case 'cases-without-fte':
        f.FTE30 = '0.000000';
        f.Cases30 = String(Math.max(1, Number(f.Cases30 ?? 0)));
        out.push({ kind, rule: 'csww-cases-without-fte', row, column: 'Cases30' });
        break;
      case 'end-before-start': {
        const start = isoToDay(f.RoleStartDate as string);
        f.RoleEndDate = isoOfDay(start - 10);
        out.push({ kind, rule: 'csww-role-end-before-start', row, column: 'RoleEndDate' });
        break;
      }
      case 'leaver-without-reason':
        delete f.ReasonLeave;
        out.push({ kind, rule: 'csww-leaver-without-reason', row, column: 'ReasonLeave' });
        break;
    }
  }
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
