import { createCalendar } from '../../model/calendar.js';
import type { CinAssessment, CinChild, CinCpp, CinEpisode, CinHeader, CinPlan, CinS47 } from '../../sources/cin-census/records.js';
import type { ReturnFinding, ReturnRuleContext } from '../returns/return-rule.js';
import type { CinCensusData, CinRule } from './rule-kit.js';
import { withCheckLetter } from './upn.js';

/**
 * Building small returns for the rules' own tests. Each builder starts from values that break
 * no rule in 2024/25 (a nine-year-old referred by a school, assessed and closed), so a test
 * changes only what its rule is about.
 */
const CALENDAR = createCalendar();

export function context(year = 2025): ReturnRuleContext {
  return { year, yearStart: `${year - 1}-04-01`, yearEnd: `${year}-03-31`, la: null };
}

export function header(year = 2025, over: Partial<CinHeader> = {}): CinHeader {
  return {
    collection: 'CIN', year: String(year), referenceDate: `${year}-03-31`, sourceLevel: 'L', lea: '201',
    softwareCode: 'test', release: '1', serialNo: '001', dateTime: `${year}-05-01T09:00:00`, ...over,
  };
}

let position = 0;

export function child(id: string | null = 'A', over: Partial<Omit<CinChild, 'position' | 'line'>> = {}): CinChild {
  position++;
  return {
    position, line: position * 10, id, upn: withCheckLetter(`201${String(position).padStart(9, '0')}`), formerUpn: null, upnUnknown: null,
    birth: '2015-06-01', expectedBirth: null, sex: 'F', gender: null, death: null, ethnicity: 'WBRI',
    disabilities: ['NONE'], episodes: [episode()], ...over,
  };
}

export function episode(over: Partial<CinEpisode> = {}): CinEpisode {
  return {
    seq: 1, referral: '2024-05-01', source: '2A', need: 'N1', closure: '2024-07-01', closeReason: 'RC7', icpc: null, nfa: 'false',
    assessments: [assessment()], plans: [], s47s: [], cpps: [], ...over,
  };
}

export function assessment(over: Partial<CinAssessment> = {}): CinAssessment {
  return { seq: 1, start: '2024-05-02', review: null, auth: '2024-06-10', factors: ['3A'], ...over };
}

export function plan(over: Partial<CinPlan> = {}): CinPlan {
  return { seq: 1, start: '2024-06-10', end: '2024-06-30', ...over };
}

export function s47(over: Partial<CinS47> = {}): CinS47 {
  return { seq: 1, start: '2024-05-02', target: '2024-05-23', icpc: '2024-05-22', notRequired: 'false', ...over };
}

export function cpp(over: Partial<CinCpp> = {}): CinCpp {
  return { seq: 1, start: '2024-05-22', end: null, initial: 'NEG', latest: 'NEG', previous: '0', reviews: ['2024-08-20'], ...over };
}

export function data(children: readonly CinChild[], head: CinHeader = header()): CinCensusData {
  return { header: head, children, issues: [], calendar: CALENDAR };
}

/** The rule's findings on these children (2024/25 unless `year` says otherwise). */
export async function findings(rule: CinRule, children: readonly CinChild[], year = 2025, head?: CinHeader): Promise<ReturnFinding[]> {
  return rule.check(data(children, head ?? header(year)), context(year));
}

/** The child of each finding, in order (a child twice when it breaks the rule twice). */
export async function failing(rule: CinRule, children: readonly CinChild[], year = 2025): Promise<(string | null)[]> {
  return (await findings(rule, children, year)).map((f) => f.child);
}
