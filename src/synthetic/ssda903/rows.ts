import { ymdToDay } from '../../model/dates.js';
import { SSDA903_TABLE_DEFS, SSDA903_TABLES } from '../../model/ssda903.js';
import { addYears } from '../../quality/ssda903/derive.js';
import { Rng } from '../rng.js';
import { fmt } from './history.js';
import type { ReturnRows, Row, SimChild, SimEpisode } from './model.js';

const ACTIV = ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6'];
const ACCOM = ['B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E1', 'E2', 'G1', 'H1', 'K1', 'K2', 'R1', 'S2', 'T1', 'U1', 'U2', 'V1', 'W1', 'X2', 'Y1', 'Z1', 'Z2'];

/** An episode as a year's return shows it: a DEC after the year's end is not yet known. */
interface YearEpisode {
  readonly ep: SimEpisode;
  readonly dec: number | null;
  readonly rec: string | null;
}

/**
 * The rows of one collection year's return, a window on the children's histories: the children
 * looked after at some point in the year (and care leavers aged 17–21 who were not), each table
 * as the DfE specification lays it out. Dates are dd/mm/yyyy; sex is 1/2 before 2024/25 and M/F
 * from it.
 */
export function returnRows(children: readonly SimChild[], year: number): ReturnRows {
  const S = ymdToDay(year - 1, 4, 1);
  const E = ymdToDay(year, 3, 31);
  // A table the year does not have (SWEpisodes before 2023/24) is not written at all.
  const rows: ReturnRows = Object.fromEntries(SSDA903_TABLES.filter((t) => (SSDA903_TABLE_DEFS[t].from ?? 0) <= year).map((t) => [t, [] as Row[]]));
  const push = (table: string, values: Row) => (rows[table] as Row[]).push(values);
  const sexCode = (s: 'M' | 'F') => (year >= 2025 ? s : s === 'M' ? '1' : '2');
  for (const c of children) {
    const eps: YearEpisode[] = c.episodes
      .filter((ep) => ep.decom <= E && (ep.dec === null || ep.dec >= S))
      .map((ep) => (ep.dec !== null && ep.dec <= E ? { ep, dec: ep.dec, rec: ep.rec } : { ep, dec: null, rec: null }));
    const leaver = eps.length === 0 && isCareLeaver(c, S, E);
    if (eps.length === 0 && !leaver) continue;
    const dob = fmt(c.dob);
    const inCare = eps.some((e) => e.ep.ls !== 'V3' && e.ep.ls !== 'V4');
    const mother = c.sex === 'F' && inCare ? (c.mcDob !== null && c.mcDob <= E ? '1' : '0') : null;
    push('Header', { CHILD: c.id, SEX: sexCode(c.sex), DOB: dob, ETHNIC: c.ethnic, UPN: c.upn, MOTHER: mother, MC_DOB: mother === '1' ? fmt(c.mcDob as number) : null });
    if (leaver) {
      push('OC3', { CHILD: c.id, DOB: dob, ...leaverStatus(c, year) });
      continue;
    }
    for (const e of eps) {
      push('Episodes', {
        CHILD: c.id, DECOM: fmt(e.ep.decom), RNE: e.ep.rne, LS: e.ep.ls, CIN: e.ep.cin, PLACE: e.ep.place, PLACE_PROVIDER: e.ep.provider,
        DEC: e.dec === null ? null : fmt(e.dec), REC: e.rec, REASON_PLACE_CHANGE: e.ep.rpc, HOME_POST: e.ep.homePost, PL_POST: e.ep.plPost, URN: e.ep.urn,
      });
    }
    const eighteen = addYears(c.dob, 18);
    if (c.uasc && eighteen >= S) push('UASC', { CHILD: c.id, SEX: sexCode(c.sex), DOB: dob, DUC: eighteen <= E ? fmt(eighteen) : null });
    for (const r of c.reviews) {
      if (r < S || r > E) continue;
      push('Reviews', { CHILD: c.id, DOB: dob, REVIEW: fmt(r), REVIEW_CODE: r < addYears(c.dob, 4) ? 'PN0' : `PN${1 + ((r + c.dob) % 7)}` });
    }
    for (const m of c.missing) {
      if (m.start > E || (m.end !== null && m.end < S)) continue;
      push('Missing', { CHILD: c.id, DOB: dob, MISSING: m.type, MIS_START: fmt(m.start), MIS_END: m.end !== null && m.end <= E ? fmt(m.end) : null });
    }
    if (continuously(eps, S, E)) push('OC2', { CHILD: c.id, DOB: dob, ...health(c, year, S, E) });
    const adopted = eps.find((e) => e.rec === 'E11' || e.rec === 'E12');
    const a = c.adoption;
    if (adopted && a && a.match !== null) {
      push('AD1', {
        CHILD: c.id, DOB: dob, DATE_INT: fmt(a.decision), DATE_MATCH: fmt(a.match), FOSTER_CARE: a.fosterCarer ? '1' : '0',
        NB_ADOPTR: a.adopters.nb, SEX_ADOPTR: a.adopters.sex, LS_ADOPTR: a.adopters.ls,
      });
    }
    if (a && a.decision <= E && (a.ceased === null || a.ceased >= S)) {
      const ceased = a.ceased !== null && a.ceased <= E;
      push('PlacedAdoption', { CHILD: c.id, DOB: dob, DATE_PLACED: fmt(a.decision), DATE_PLACED_CEASED: ceased ? fmt(a.ceased as number) : null, REASON_PLACED_CEASED: ceased ? a.reason : null });
    }
    if (eps.some((e) => e.ep.rne === 'S' && e.ep.decom >= S)) push('PrevPerm', { CHILD: c.id, DOB: dob, PREV_PERM: c.prevPerm.perm, LA_PERM: c.prevPerm.la, DATE_PERM: c.prevPerm.date });
    if (year >= (SSDA903_TABLE_DEFS.SWEpisodes.from ?? 0)) {
      for (const sw of c.socialWorkers) {
        if (sw.start > E || (sw.end !== null && sw.end < S)) continue;
        const ended = sw.end !== null && sw.end <= E;
        push('SWEpisodes', { CHILD: c.id, DOB: dob, SW_ID: sw.id, SW_DECOM: fmt(sw.start), SW_DEC: ended ? fmt(sw.end as number) : null, SW_REASON: ended ? sw.reason : null });
      }
    }
  }
  return rows;
}

/** Aged 17–21 at the year's end, not looked after in it, and left care on or after 16 other than by adoption or an order. */
function isCareLeaver(c: SimChild, S: number, E: number): boolean {
  const last = c.episodes[c.episodes.length - 1];
  if (!last || last.dec === null || last.dec >= S) return false;
  if (['E11', 'E12', 'E41', 'E45', 'E46', 'E47', 'E48'].includes(last.rec ?? '')) return false;
  return last.dec >= addYears(c.dob, 16) && addYears(c.dob, 17) <= E && addYears(c.dob, 22) > E;
}

/** Looked after continuously for 12 months at 31 March, by the DfE definition (as the rules compute it). */
function continuously(eps: readonly YearEpisode[], S: number, E: number): boolean {
  return eps.length > 0 && eps.every((e) => {
    const enters = e.ep.rne === 'S' && e.ep.decom > S && e.ep.decom <= E;
    const leaves = e.rec !== 'X1' && e.dec !== null && e.dec >= S && e.dec < E;
    return !enters && !leaves && e.ep.ls !== 'V3' && e.ep.ls !== 'V4';
  });
}

/** The OC2 items of a child looked after for 12 months, consistent with each other and the child's age. */
function health(c: SimChild, year: number, S: number, E: number): Row {
  const rng = Rng.derive(c.healthSeed, 'oc2', year);
  const yes = (p: number) => (rng.chance(p) ? '1' : '0');
  const misuse = addYears(c.dob, 11) <= E ? yes(0.05) : '0';
  const received = misuse === '1' ? yes(0.6) : null;
  const sdqAge = addYears(c.dob, 4) <= E && addYears(c.dob, 17) > S;
  const score = sdqAge && rng.chance(0.85) ? String(rng.int(0, 40)) : null;
  return {
    SDQ_SCORE: score,
    SDQ_REASON: sdqAge && score === null ? rng.pick(['SDQ2', 'SDQ3', 'SDQ4', 'SDQ5']) : null,
    CONVICTED: addYears(c.dob, 10) <= E ? yes(0.03) : null,
    HEALTH_CHECK: addYears(c.dob, 5) > E ? yes(0.9) : null,
    IMMUNISATIONS: yes(0.9),
    TEETH_CHECK: yes(0.85),
    HEALTH_ASSESSMENT: yes(0.9),
    SUBSTANCE_MISUSE: misuse,
    INTERVENTION_RECEIVED: received,
    INTERVENTION_OFFERED: received === '0' ? yes(0.7) : null,
  };
}

/** A care leaver's OC3 status for the year: in touch, activity and accommodation, consistent with each other. */
function leaverStatus(c: SimChild, year: number): Row {
  const rng = Rng.derive(c.leaverSeed, 'oc3', year);
  const r = rng.next();
  const touch = r < 0.82 ? 'YES' : r < 0.88 ? 'NO' : r < 0.93 ? 'NREQ' : r < 0.96 ? 'RHOM' : 'REFU';
  if (touch !== 'YES') return { IN_TOUCH: touch, ACTIV: '0', ACCOM: '0' };
  return { IN_TOUCH: touch, ACTIV: rng.pick(ACTIV), ACCOM: rng.pick(ACCOM) };
}
