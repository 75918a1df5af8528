import { ymdToDay } from '../../model/dates.js';
import { addYears } from '../../quality/ssda903/derive.js';
import { parseDayFirst } from '../../sources/ssda903/table.js';
import { Rng } from '../rng.js';
import { fmt } from './history.js';
import type { ReturnRows, Row } from './model.js';

/** An error put into a generated return on purpose: the rule that must report it, and where. */
export interface InjectedError {
  readonly code: string;
  readonly child: string;
  readonly table: string;
  readonly description: string;
}

interface Ctx {
  readonly rows: ReturnRows;
  readonly prev: ReturnRows | null;
  readonly S: number;
  readonly E: number;
  readonly year: number;
  readonly rng: Rng;
  readonly used: Set<string>;
}

const day = (v: string | null | undefined): number => parseDayFirst(v ?? null);
const TEMP = /^T[0-4]$/;

const indexes = new WeakMap<Row[], Map<string, Row[]>>();

/** Rows of a table for one child (episodes in start order), from an index built once per table. */
function of(rows: ReturnRows, table: string, child: string): Row[] {
  const list = rows[table] ?? [];
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const r of list) {
      const k = r.CHILD ?? '';
      const l = index.get(k);
      if (l) l.push(r);
      else index.set(k, [r]);
    }
    if (table === 'Episodes') for (const l of index.values()) l.sort((a, b) => day(a.DECOM) - day(b.DECOM));
    indexes.set(list, index);
  }
  return index.get(child) ?? [];
}

/** A random row of `table` whose child is not yet used and which passes `test`. */
function pick(c: Ctx, table: string, test: (r: Row) => boolean, from: ReturnRows = c.rows): Row | null {
  const candidates = (from[table] ?? []).filter((r) => r.CHILD !== null && !c.used.has(r.CHILD as string) && test(r));
  return candidates.length ? (candidates[Math.floor(c.rng.next() * candidates.length)] as Row) : null;
}

const header = (c: Ctx, child: string): Row | undefined => of(c.rows, 'Header', child)[0];
const dob = (c: Ctx, child: string): number => day(header(c, child)?.DOB);
const ageAt = (c: Ctx, child: string, d: number): number => {
  const b = dob(c, child);
  let a = 0;
  while (addYears(b, a + 1) <= d) a++;
  return a;
};
const isLast = (c: Ctx, r: Row): boolean => {
  const eps = of(c.rows, 'Episodes', r.CHILD as string);
  return eps[eps.length - 1] === r;
};
const prevOf = (c: Ctx, r: Row): Row | undefined => {
  const eps = of(c.rows, 'Episodes', r.CHILD as string);
  return eps[eps.indexOf(r) - 1];
};
const closed = (r: Row): boolean => r.DEC !== null && r.REC !== null && r.REC !== 'X1';
const continuation = (c: Ctx, r: Row): boolean => r.RNE !== 'S' && prevOf(c, r)?.DEC === r.DECOM;
const duration = (c: Ctx, r: Row): number => (r.DEC ? day(r.DEC) : c.E) - day(r.DECOM);
const placement = (r: Row): string => [r.PLACE, r.PLACE_PROVIDER, r.PL_POST, r.URN].join('|');

type Injector = (c: Ctx) => { child: string; table: string; description: string } | null;

/** Changes one row of `table` (chosen by `test`) with `change`. */
function on(table: string, description: string, test: (r: Row, c: Ctx) => boolean, change: (r: Row, c: Ctx) => void, from: 'current' | 'previous' = 'current'): Injector {
  return (c) => {
    const source = from === 'previous' ? c.prev : c.rows;
    if (!source) return null;
    const r = pick(c, table, (x) => test(x, c) && (from === 'current' || header(c, x.CHILD as string) !== undefined), source);
    if (!r) return null;
    change(r, c);
    return { child: r.CHILD as string, table, description };
  };
}

/** Adds a copy of a row (changed by `change`): for duplicates and children missing from the Header. */
function copy(table: string, description: string, change: (r: Row) => void): Injector {
  return (c) => {
    const r = pick(c, table, () => true);
    if (!r) return null;
    const added = { ...r };
    change(added);
    (c.rows[table] as Row[]).push(added);
    c.used.add(added.CHILD as string);
    return { child: added.CHILD as string, table, description };
  };
}

const set = (field: string, value: string | null) => (r: Row) => {
  r[field] = value;
};

/** One injector per rule code: each breaks exactly that rule for one child (others may fire too). */
const INJECTORS: Record<string, Injector> = {
  '101': on('Header', 'sex code X', () => true, set('SEX', 'X')),
  '102': on('Header', 'date of birth year-first', () => true, (r) => (r.DOB = `${(r.DOB as string).slice(6)}-${(r.DOB as string).slice(3, 5)}-${(r.DOB as string).slice(0, 2)}`)),
  '103': on('Header', 'ethnicity XXXX', () => true, set('ETHNIC', 'XXXX')),
  '168': on('Header', 'UPN I1234', () => true, set('UPN', 'I1234')),
  '171': on('Header', "mother's child's date of birth 31/02", (r) => r.MOTHER === '1', set('MC_DOB', '31/02/2020')),
  '174': on('Header', "a boy with a mother's child's date of birth", (r) => r.SEX === 'M' || r.SEX === '1', set('MC_DOB', '01/01/2020')),
  '165': on('Header', 'a boy recorded as not a mother', (r) => (r.SEX === 'M' || r.SEX === '1') && r.MOTHER === null, set('MOTHER', '0')),
  '611': on('Header', 'a mother with no date of birth of her child', (r) => r.MOTHER === '0', set('MOTHER', '1')),
  '612': on('Header', 'not a mother, with a date of birth of her child', (r) => r.MOTHER === '0', set('MC_DOB', fmt(ymdToDay(2023, 6, 1)))),
  '141': on('Episodes', 'DECOM 32/01/2024', (r, c) => isLast(c, r) && r.RNE !== 'S', set('DECOM', '32/01/2024')),
  '143': on('Episodes', 'RNE Z', () => true, set('RNE', 'Z')),
  '144': on('Episodes', 'legal status Q9', () => true, set('LS', 'Q9')),
  '145': on('Episodes', 'category of need N9', () => true, set('CIN', 'N9')),
  '146': on('Episodes', 'placement type Q1', () => true, set('PLACE', 'Q1')),
  '147': on('Episodes', 'DEC 2024-13-01', (r) => r.DEC !== null, set('DEC', '2024-13-01')),
  '148': on('Episodes', 'REC blank with DEC given', (r, c) => closed(r) && isLast(c, r), set('REC', null)),
  '149': on('Episodes', 'REC E99', (r) => closed(r), set('REC', 'E99')),
  '178': on('Episodes', 'provider PR9', (r) => r.PLACE_PROVIDER !== null, set('PLACE_PROVIDER', 'PR9')),
  '1009': on('Episodes', 'reason for placement change BADRSN', (r) => r.REASON_PLACE_CHANGE !== null, set('REASON_PLACE_CHANGE', 'BADRSN')),
  '392c': on('Episodes', 'home postcode not a postcode', () => true, set('HOME_POST', 'NOT A POSTCODE')),
  '213': on('Episodes', 'a provider for a temporary placement', (r) => TEMP.test(r.PLACE ?? ''), set('PLACE_PROVIDER', 'PR1')),
  '226': on('Episodes', 'a reason for change into a temporary placement', (r) => TEMP.test(r.PLACE ?? ''), set('REASON_PLACE_CHANGE', 'CARPL')),
  '142': on('Episodes', 'an earlier episode not ended', (r, c) => !isLast(c, r) && r.REC === 'X1', (r) => {
    r.DEC = null;
    r.REC = null;
  }),
  '353': on('Episodes', 'an episode starting in 1990', (r, c) => prevOf(c, r) === undefined && day(r.DECOM) < c.S, set('DECOM', '01/01/1990')),
  '354': on('Episodes', 'an open episode starting after the year', (r, c) => r.DEC === null && isLast(c, r), (r, c) => (r.DECOM = fmt(c.E + 20))),
  '355': on('Episodes', 'an episode ending the day it began', (r, c) => closed(r) && isLast(c, r), (r) => (r.DEC = r.DECOM ?? null)),
  '356': on('Episodes', 'an episode ending before it began', (r, c) => closed(r) && isLast(c, r), (r) => (r.DEC = fmt(day(r.DECOM) - 5))),
  '357': on('Episodes', 'a first episode that is not a start', (r, c) => r.RNE === 'S' && prevOf(c, r) === undefined && day(r.DECOM) >= c.S, set('RNE', 'P')),
  '358': on('Episodes', 'remand for a child under 10', (r, c) => ageAt(c, r.CHILD as string, day(r.DECOM)) < 9, set('LS', 'J1')),
  '362': on('Episodes', 'an EPO of more than 21 days', (r, c) => duration(c, r) > 30, set('LS', 'L2')),
  '363': on('Episodes', 'a child assessment order of more than 7 days', (r, c) => duration(c, r) > 10, set('LS', 'L3')),
  '365': on('Episodes', 'a short break of more than 17 days', (r, c) => duration(c, r) > 20, set('LS', 'V3')),
  '372': on('Episodes', 'youth custody at under 10', (r, c) => ageAt(c, r.CHILD as string, day(r.DECOM)) < 9, set('PLACE', 'R5')),
  '373': on('Episodes', 'residential school at under 4', (r, c) => ageAt(c, r.CHILD as string, day(r.DECOM)) < 3, set('PLACE', 'S1')),
  '374': on('Episodes', 'residential employment at under 14', (r, c) => ageAt(c, r.CHILD as string, day(r.DECOM)) < 13, set('PLACE', 'P3')),
  '376': on('Episodes', 'a carer-holiday placement of more than 14 days', (r, c) => duration(c, r) > 20, (r) => Object.assign(r, { PLACE: 'T3', PLACE_PROVIDER: null })),
  '379': on('Episodes', 'an unspecified temporary placement of more than 7 days', (r, c) => duration(c, r) > 10 && r.RNE !== 'S', (r) => Object.assign(r, { PLACE: 'T4', PLACE_PROVIDER: null })),
  '378': on('Episodes', 'placed with parents under section 20', (r) => r.LS !== 'V3', (r) => Object.assign(r, { PLACE: 'P1', LS: 'V2', PLACE_PROVIDER: 'PR0' })),
  '380': on('Episodes', 'care starting in a temporary placement', (r) => r.RNE === 'S', (r) => Object.assign(r, { PLACE: 'T0', PLACE_PROVIDER: null })),
  '382': on('Episodes', 'a short break in a temporary placement', () => true, (r) => Object.assign(r, { LS: 'V3', PLACE: 'T1', PLACE_PROVIDER: null })),
  '385': on('Episodes', 'an episode ending after the year', (r, c) => closed(r) && isLast(c, r), (r, c) => (r.DEC = fmt(c.E + 10))),
  '387': on('Episodes', 'independent living at under 14', (r, c) => closed(r) && ageAt(c, r.CHILD as string, day(r.DEC)) < 13, set('REC', 'E5')),
  '389': on('Episodes', 'adult social care at under 16', (r, c) => closed(r) && ageAt(c, r.CHILD as string, day(r.DEC)) < 15, set('REC', 'E7')),
  '388': on('Episodes', 'X1 on the last episode', (r, c) => closed(r) && isLast(c, r), set('REC', 'X1')),
  '390': on('Episodes', 'adopted from a foster placement', (r) => closed(r) && (r.PLACE ?? '').startsWith('U'), set('REC', 'E11')),
  '408': on('Episodes', 'placed for adoption under a care order', (r) => !TEMP.test(r.PLACE ?? ''), (r) => Object.assign(r, { PLACE: 'A6', LS: 'C2' })),
  '431': on('Episodes', 'a start the day the previous episode ended', (r, c) => continuation(c, r), set('RNE', 'S')),
  '433': on('Episodes', 'a continuation starting days after the previous ended', (r, c) => continuation(c, r) && isLast(c, r) && (r.DEC === null || duration(c, r) > 5), (r) => (r.DECOM = fmt(day(r.DECOM) + 2))),
  '434': on('Episodes', 'RNE L where only the placement changed', (r, c) => r.RNE === 'P' && continuation(c, r), set('RNE', 'L')),
  '435': on('Episodes', 'RNE P where only the legal status changed', (r, c) => r.RNE === 'L' && continuation(c, r) && placement(r) === placement(prevOf(c, r) as Row), set('RNE', 'P')),
  '436': on('Episodes', 'RNE U where only the legal status changed', (r, c) => r.RNE === 'L' && continuation(c, r) && placement(r) === placement(prevOf(c, r) as Row), set('RNE', 'U')),
  '437': on('Episodes', 'died, with a later episode', (r, c) => r.REC === 'X1' && !isLast(c, r), set('REC', 'E2')),
  '445': on('Episodes', 'a freeing order after 2005', () => true, set('LS', 'D1')),
  '501': on('Episodes', 'an episode starting before the previous ended', (r, c) => continuation(c, r) && (r.DEC === null || duration(c, r) > 5), (r) => (r.DECOM = fmt(day(r.DECOM) - 3))),
  '516': on('Episodes', 'special guardianship to former foster carers from a home', (r) => closed(r) && !(r.PLACE ?? '').startsWith('U'), set('REC', 'E45')),
  '217': on('Episodes', 'placed for adoption with foster carers, RNE P', (r) => r.RNE === 'P' && !TEMP.test(r.PLACE ?? '') && day(r.DECOM) >= ymdToDay(2015, 4, 1), (r) => Object.assign(r, { PLACE: 'A5', LS: 'E1' })),
  '166': on('Reviews', 'review date not a date', () => true, set('REVIEW', 'notadate')),
  '167': on('Reviews', 'participation PN9', () => true, set('REVIEW_CODE', 'PN9')),
  '440': on('Reviews', 'under-4 participation for an older child', (r) => r.REVIEW_CODE !== 'PN0', set('REVIEW_CODE', 'PN0')),
  '441': on('Reviews', 'participation of a 4-year-old for a younger child', (r) => r.REVIEW_CODE === 'PN0', set('REVIEW_CODE', 'PN1')),
  '1006': on('Missing', 'missing type X', () => true, set('MISSING', 'X')),
  '565': on('Missing', 'missing type blank', () => true, set('MISSING', null)),
  '567': on('Missing', 'missing period ending before it started', (r) => r.MIS_END !== null, (r) => (r.MIS_END = fmt(day(r.MIS_START) - 2))),
  '570': on('Missing', 'missing period starting after the year', () => true, (r, c) => Object.assign(r, { MIS_START: fmt(c.E + 3), MIS_END: null })),
  '586': on('Missing', 'missing before birth', (r) => r.MIS_END !== null, (r, c) => (r.MIS_START = fmt(dob(c, r.CHILD as string) - 10))),
  '104': on('UASC', 'date UASC ceased not a date', () => true, set('DUC', 'xx')),
  '304': on('UASC', 'UASC ceased after 18', () => true, (r) => (r.DUC = fmt(addYears(day(r.DOB), 19)))),
  '115': on('PlacedAdoption', 'decision date not a date', () => true, set('DATE_PLACED', 'soon')),
  '119': on('PlacedAdoption', 'a reason with no date reversed', (r) => r.DATE_PLACED_CEASED === null, set('REASON_PLACED_CEASED', 'RD1')),
  '120': on('PlacedAdoption', 'reason RD9', (r) => r.DATE_PLACED_CEASED !== null, set('REASON_PLACED_CEASED', 'RD9')),
  '184': on('PlacedAdoption', 'a decision before birth', () => true, (r) => (r.DATE_PLACED = fmt(day(r.DOB) - 30))),
  '563': on('PlacedAdoption', 'reversed with no decision date', (r) => r.DATE_PLACED_CEASED !== null, set('DATE_PLACED', null)),
  '112': on('AD1', 'date should be placed not a date', () => true, set('DATE_INT', '2024/05/01')),
  '113': on('AD1', 'match date not a date', () => true, set('DATE_MATCH', '00/00/2024')),
  '114': on('AD1', 'former carer status 2', () => true, set('FOSTER_CARE', '2')),
  '151': on('AD1', 'legal status of adopters blank', () => true, set('LS_ADOPTR', null)),
  '175': on('AD1', 'number of adopters 3', () => true, set('NB_ADOPTR', '3')),
  '176': on('AD1', 'sex of adopters XX', () => true, set('SEX_ADOPTR', 'XX')),
  '177': on('AD1', 'legal status of adopters L9', () => true, set('LS_ADOPTR', 'L9')),
  '333': on('AD1', 'matched before the decision', () => true, (r) => (r.DATE_INT = fmt(day(r.DATE_MATCH) + 3))),
  '518': on('AD1', 'same-sex couple coded MF', () => true, (r) => Object.assign(r, { NB_ADOPTR: '2', LS_ADOPTR: 'L4', SEX_ADOPTR: 'MF' })),
  '520': on('AD1', 'different-sex married couple coded MM', () => true, (r) => Object.assign(r, { NB_ADOPTR: '2', LS_ADOPTR: 'L11', SEX_ADOPTR: 'MM' })),
  '180': on('OC2', 'SDQ score 45', (r) => r.SDQ_SCORE !== null, set('SDQ_SCORE', '45')),
  '181': on('OC2', 'immunisations 2', () => true, set('IMMUNISATIONS', '2')),
  '182': on('OC2', 'teeth check blank', (r) => r.CONVICTED !== null, set('TEETH_CHECK', null)),
  '196': on('OC2', 'SDQ reason SDQ9', (r) => r.SDQ_REASON !== null, set('SDQ_REASON', 'SDQ9')),
  '197a': on('OC2', 'SDQ score and a reason for none', (r) => r.SDQ_SCORE !== null, set('SDQ_REASON', 'SDQ2')),
  '192': on('OC2', 'substance misuse with no intervention recorded', (r) => r.SUBSTANCE_MISUSE === '0', set('SUBSTANCE_MISUSE', '1')),
  '193': on('OC2', 'an intervention with no substance misuse', (r) => r.SUBSTANCE_MISUSE === '0', set('INTERVENTION_RECEIVED', '1')),
  '542': on('OC2', 'conviction information under 10', (r) => r.CONVICTED === null, set('CONVICTED', '0')),
  '546': on('OC2', 'health check at 5 or over', (r) => r.HEALTH_CHECK === null, set('HEALTH_CHECK', '1')),
  '131': on('OC3', 'in touch MAYBE', () => true, set('IN_TOUCH', 'MAYBE')),
  '132': on('OC3', 'activity Z9', () => true, set('ACTIV', 'Z9')),
  '133': on('OC3', 'accommodation Q1', () => true, set('ACCOM', 'Q1')),
  '153': on('OC3', 'activity blank', () => true, set('ACTIV', null)),
  '344': on('OC3', 'refused contact, with an activity', () => true, (r) => Object.assign(r, { IN_TOUCH: 'REFU', ACTIV: 'F1', ACCOM: 'B1' })),
  '345': on('OC3', 'in touch with activity 0', () => true, (r) => Object.assign(r, { IN_TOUCH: 'YES', ACTIV: '0', ACCOM: '0' })),
  '631': on('PrevPerm', 'previous permanence P9', () => true, set('PREV_PERM', 'P9')),
  '632': on('PrevPerm', 'order date year-first', () => true, set('DATE_PERM', '2019-01-01')),
  '633': on('PrevPerm', 'LA code ABCD', () => true, set('LA_PERM', 'ABCD')),
  '635': on('PrevPerm', 'no previous permanence, with an LA', (r) => r.PREV_PERM === 'Z1', set('LA_PERM', '201')),
  '630': (c) => {
    const r = pick(c, 'PrevPerm', () => true);
    if (!r) return null;
    (c.rows.PrevPerm as Row[]).splice((c.rows.PrevPerm as Row[]).indexOf(r), 1);
    return { child: r.CHILD as string, table: 'Episodes', description: 'a child starting care with no previous permanence row' };
  },
  INT01: copy('AD1', 'an AD1 row for a child not in the Header', set('CHILD', 'ZZ0001')),
  INT03: copy('Episodes', 'an episode of a child not in the Header', set('CHILD', 'ZZ0003')),
  INT08: copy('Reviews', 'a review of a child not in the Header', set('CHILD', 'ZZ0008')),
  INT12: on('PlacedAdoption', 'date of birth differs from the Header', () => true, (r) => (r.DOB = fmt(day(r.DOB) + 1))),
  INT14: on('OC2', 'date of birth differs from the Header', () => true, (r) => (r.DOB = fmt(day(r.DOB) - 1))),
  INT17: on('Reviews', 'date of birth differs from the Header', () => true, (r) => (r.DOB = fmt(day(r.DOB) + 2))),
  INT21: on('UASC', 'sex differs from the Header', () => true, (r) => (r.SEX = r.SEX === 'M' ? 'F' : r.SEX === 'F' ? 'M' : r.SEX === '1' ? '2' : '1')),
  INT31: copy('Header', 'the child twice in the Header', () => undefined),
  SW01STG1: on('SWEpisodes', 'social worker start not a date', () => true, set('SW_DECOM', 'then')),
  SW02STG1: on('SWEpisodes', 'social worker ID AB123', () => true, set('SW_ID', 'AB123')),
  SW04STG1: on('SWEpisodes', 'social worker episode ending before it began', (r) => r.SW_DEC !== null, (r) => (r.SW_DEC = fmt(day(r.SW_DECOM) - 1))),
  SW13STG1: on('SWEpisodes', 'reason for change NOPE', (r) => r.SW_REASON !== null, set('SW_REASON', 'NOPE')),
  '202': on('Header', "last year's sex differs", () => true, (r) => (r.SEX = r.SEX === 'M' || r.SEX === '1' ? '2' : '1'), 'previous'),
  '203': on('Header', "last year's date of birth differs", () => true, (r) => (r.DOB = fmt(day(r.DOB) + 1)), 'previous'),
  '208': on('Header', "last year's UPN differs", (r) => !/^UN/.test(r.UPN ?? 'UN'), set('UPN', 'A000000000001'), 'previous'),
  '503B': on('Episodes', "last year's open episode under another legal status", (r) => r.DEC === null, (r) => (r.LS = r.LS === 'C2' ? 'C1' : 'C2'), 'previous'),
  '503D': on('Episodes', "last year's open episode in another placement type", (r) => r.DEC === null, (r) => (r.PLACE = r.PLACE === 'U6' ? 'U4' : 'U6'), 'previous'),
  '502': on('Episodes', "last year's open episode started on another day", (r) => r.DEC === null, (r) => (r.DECOM = fmt(day(r.DECOM) - 1)), 'previous'),
};

/** The rules an error can be injected for (cross-year ones need last year's return). */
export const INJECTABLE_CODES: readonly string[] = Object.keys(INJECTORS);
const PREVIOUS_YEAR = new Set(['202', '203', '208', '503B', '503D', '502']);

/**
 * Puts one labelled error per requested rule into a generated return (in place), each on a
 * different child so that none hides another: the JSON of what was injected says which rule
 * must find it, for which child, in which table. A code with no suitable child is skipped.
 */
export function injectErrors(rows: ReturnRows, o: { readonly year: number; readonly seed: number; readonly codes?: readonly string[]; readonly previous?: ReturnRows | null }): InjectedError[] {
  const c: Ctx = { rows, prev: o.previous ?? null, S: ymdToDay(o.year - 1, 4, 1), E: ymdToDay(o.year, 3, 31), year: o.year, rng: Rng.derive(o.seed, 'inject'), used: new Set() };
  const out: InjectedError[] = [];
  for (const code of o.codes ?? INJECTABLE_CODES) {
    const injector = INJECTORS[code];
    if (!injector) throw new RangeError(`no injector for rule ${code}`);
    if (PREVIOUS_YEAR.has(code) && !c.prev) continue;
    if (code.startsWith('SW') && o.year < 2024) continue;
    const done = injector(c);
    if (!done) continue;
    c.used.add(done.child);
    out.push({ code, ...done });
  }
  return out;
}
