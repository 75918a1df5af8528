import { addMonths, addYears } from '../../quality/ssda903/derive.js';
import { Rng } from '../rng.js';
import type { SimAdoption, SimChild, SimEpisode, SimMissing, SimSocialWorker } from './model.js';

/**
 * Invents one child's history of care, valid by construction under every implemented SSDA903
 * rule: each period starts with RNE S, continuations start the day the last episode ended, RNE
 * says truly what changed, temporary placements are short detours back to the same placement,
 * children leave care by 18, adoption follows a placement order, and so on. `end` is the last
 * day of the latest collection year generated; nothing happens after it.
 */
export interface HistoryBounds {
  /** 1 April of the earliest year generated (the previous year, when there is one). */
  readonly first: number;
  /** 1 April and 31 March of the latest year. */
  readonly start: number;
  readonly end: number;
  readonly year: number;
}

export type ChildKind = 'cla' | 'short-breaks' | 'leaver';

const ETHNIC = ['WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WOTH', 'WIRI', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT'];
const AREAS = ['NE', 'SR', 'DH', 'TS', 'DL', 'YO', 'LS', 'BD', 'HX', 'WF', 'S', 'DN', 'M', 'OL', 'BL', 'WN', 'B', 'CV', 'WV', 'E', 'N', 'SE', 'SW', 'BS', 'PL'];
const RPC = ['CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER'];
const SW_REASONS = ['MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'OTHERS'];

function postcode(rng: Rng): string {
  const area = rng.pick(AREAS);
  return `${area}${rng.int(1, 20)} ${rng.int(1, 9)}${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`;
}

function upn(rng: Rng): string {
  const letters = 'ABCDEFGHJKLMNPQRTUVWXYZ';
  let digits = '';
  for (let i = 0; i < 12; i++) digits += String(rng.int(0, 9));
  return `${letters[rng.int(0, letters.length - 1)]}${digits}`;
}

/** A placement with its provider, postcode and URN. */
interface Placement {
  readonly place: string;
  readonly provider: string | null;
  readonly plPost: string | null;
  readonly urn: string | null;
}

function placement(rng: Rng, ageYears: number, year: number, homePost: string, kind: 'any' | 'foster' = 'any'): Placement {
  const oldEnough16 = ageYears >= 16;
  let place: string;
  if (kind === 'foster') place = rng.pick(['U1', 'U3', 'U4', 'U6', 'U6']);
  else {
    const r = rng.next();
    if (r < 0.7 || ageYears < 4) place = rng.pick(['U1', 'U3', 'U4', 'U6', 'U6', 'U6']);
    else if (r < 0.82 && ageYears >= 8) place = 'K2';
    else if (r < 0.88) place = 'P1';
    else if (r < 0.93 && oldEnough16) place = year >= 2026 ? 'K3' : year >= 2024 ? rng.pick(['K3', 'H5']) : rng.pick(['H5', 'P2']);
    else if (r < 0.95 && ageYears >= 4) place = 'S1';
    else if (r < 0.97) place = 'R1';
    else place = year >= 2026 ? rng.pick(['Z11', 'Z12', 'Z13', 'Z14']) : 'Z1';
  }
  if (place === 'P1') return { place, provider: 'PR0', plPost: homePost, urn: null };
  const noProvider = place === 'Z1' || place.startsWith('Z1');
  const provider = noProvider ? null : place.startsWith('U') ? rng.pick(['PR1', 'PR1', 'PR4', 'PR5']) : rng.pick(['PR1', 'PR2', 'PR4', 'PR5']);
  const registered = ['K2', 'K3', 'H5', 'S1', 'R1'].includes(place);
  return { place, provider, plPost: postcode(rng), urn: registered ? `SC${rng.int(100000, 999999)}` : null };
}

const age = (dob: number, day: number): number => {
  let a = 0;
  while (addYears(dob, a + 1) <= day) a++;
  return a;
};

interface Builder {
  readonly episodes: SimEpisode[];
  t: number;
  ls: string;
  cin: string;
  pl: Placement;
  homePost: string;
}

function open(b: Builder, rne: string, rpc: string | null = null): void {
  b.episodes.push({ decom: b.t, dec: null, rne, ls: b.ls, cin: b.cin, place: b.pl.place, provider: b.pl.provider, rec: null, rpc, homePost: b.homePost, plPost: b.pl.plPost, urn: b.pl.urn });
}

function close(b: Builder, day: number, rec: string): void {
  const last = b.episodes[b.episodes.length - 1] as SimEpisode;
  last.dec = day;
  last.rec = rec;
  b.t = day;
}

/** Ends of a period of care that fit the child's age and placement. */
function endReason(rng: Rng, ageYears: number, place: string): string {
  const options: [string, number][] = [['E4A', 35], ['E4B', 5], ['E13', 10], ['E41', 5], ['E47', 3], ['E48', 3], ['E3', 3], ['E8', 10], ['E16', 1]];
  if (place.startsWith('U')) options.push(['E45', 6], ['E46', 4]);
  if (ageYears >= 16) options.push(['E5', 5], ['E6', 3], ['E7', 1]);
  if (ageYears >= 12) options.push(['E9', 1]);
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [code, w] of options) if ((r -= w) < 0) return code;
  return 'E8';
}

export interface SimulateChildOptions {
  readonly kind: ChildKind;
  readonly index: number;
  readonly seed: number;
  readonly bounds: HistoryBounds;
}

export function simulateChild(o: SimulateChildOptions): SimChild {
  const rng = Rng.derive(o.seed, 'ssda903-child', o.index);
  const { end, first } = o.bounds;
  const yearStart = o.bounds.start;
  const sex: 'M' | 'F' = rng.chance(0.56) ? 'M' : 'F';
  const ageAtEnd = o.kind === 'leaver' ? rng.int(17, 20) : o.kind === 'short-breaks' ? rng.int(5, 16) : pickAge(rng);
  let dob = end - Math.round(ageAtEnd * 365.25) - rng.int(0, 360);
  // Turning 17 exactly on 1 April falls between two SDQ rules (189, 197B): move the birthday a day.
  if (addYears(dob, 17) === yearStart || addYears(dob, 17) === first) dob -= 1;
  const homePost = postcode(rng);
  const child: { -readonly [K in keyof SimChild]: SimChild[K] } = {
    id: String(100000 + o.index),
    dob,
    sex,
    ethnic: rng.pick(ETHNIC),
    upn: rng.chance(0.05) && ageAtEnd < 3 ? 'UN1' : upn(rng),
    mcDob: null,
    episodes: [],
    uasc: false,
    adoption: null,
    missing: [],
    reviews: [],
    socialWorkers: [],
    prevPerm: rng.chance(0.8) ? { perm: 'Z1', la: null, date: null } : { perm: rng.pick(['P1', 'P2', 'P3', 'P4']), la: String(rng.int(201, 938)), date: rng.chance(0.2) ? `ZZ/${String(rng.int(1, 12)).padStart(2, '0')}/${2010 + rng.int(0, 8)}` : fmt(dob + rng.int(400, 1500)) },
    leaverSeed: rng.int(0, 1e9),
    healthSeed: rng.int(0, 1e9),
  };
  if (o.kind === 'short-breaks') {
    shortBreaks(child, rng, first, end, homePost);
    return child;
  }
  const eighteen = addYears(dob, 18);
  if (o.kind === 'leaver') {
    // Looked after from some point after 14 until 16–18, leaving before the first year generated.
    const leave = Math.min(first - rng.int(30, 700), eighteen);
    const start = Math.max(addYears(dob, 14), leave - rng.int(120, 1200));
    if (start < leave - 14) period(child, rng, start, leave, o.bounds, homePost, false, leaveReason(rng, age(dob, leave), leave === eighteen));
    return child;
  }
  // Children looked after in the years generated: long-stayers and new entrants.
  // A child born too late to have been in care before the years generated comes in during them.
  const longTerm = dob + 30 < first && rng.chance(0.55);
  let start = longTerm ? rng.int(Math.max(dob + 1, first - 365 * 8), first - 1) : rng.int(Math.max(dob + 1, first), Math.max(dob + 1, first, end - 3));
  if (start >= eighteen - 30) start = Math.max(dob + 1, eighteen - rng.int(60, 400));
  const plannedEnd = rng.chance(longTerm ? 0.2 : 0.4) ? rng.int(Math.max(start + 10, first), end + 200) : null;
  const finish = Math.min(plannedEnd ?? Infinity, eighteen);
  const adoptionPath = age(dob, start) < 4 && rng.chance(0.35);
  const ended = period(child, rng, start, finish, o.bounds, homePost, adoptionPath, null);
  child.uasc = !adoptionPath && age(dob, start) >= 14 && rng.chance(0.06);
  // Some come back into care after going home.
  if (ended !== null && ['E4A', 'E4B', 'E13'].includes(child.episodes[child.episodes.length - 1]?.rec ?? '') && rng.chance(0.15)) {
    const again = ended + rng.int(20, 200);
    if (again < end - 5 && again < eighteen - 60) period(child, rng, again, eighteen, o.bounds, homePost, false, null);
  }
  if (sex === 'F' && ageAtEnd >= 15 && rng.chance(0.03)) {
    const firstEp = child.episodes[0] as SimEpisode;
    const mc = rng.int(Math.max(addYears(dob, 14), firstEp.decom), end - 30);
    const stillIn = child.episodes[child.episodes.length - 1]?.dec;
    if (mc > firstEp.decom && (stillIn === null || stillIn === undefined || mc < stillIn)) child.mcDob = mc;
  }
  // Neither a temporary placement nor the episode before it gives a reason for the change (226).
  child.episodes.forEach((ep, k) => {
    if (/^T[0-4]$/.test(ep.place)) {
      ep.rpc = null;
      const before = child.episodes[k - 1];
      if (before) before.rpc = null;
    }
  });
  addMissing(child, rng, first, end);
  addReviews(child, rng, first, end);
  addSocialWorkers(child, rng, first, end);
  return child;
}

function pickAge(rng: Rng): number {
  const r = rng.next();
  if (r < 0.18) return rng.int(0, 4);
  if (r < 0.38) return rng.int(5, 9);
  if (r < 0.8) return rng.int(10, 15);
  return rng.int(16, 17);
}

function leaveReason(rng: Rng, ageYears: number, atEighteen: boolean): string {
  if (atEighteen) return rng.pick(['E17', 'E8', 'E5', 'E6']);
  return ageYears >= 16 ? rng.pick(['E5', 'E6', 'E4A', 'E8']) : rng.pick(['E4A', 'E8', 'E13']);
}

/**
 * One period of care from `start` to `finish` (or on past the history's end, open): returns the
 * day it ended, or null when still open.
 */
function period(child: { dob: number; episodes: SimEpisode[]; adoption: SimAdoption | null }, rng: Rng, start: number, finish: number, bounds: HistoryBounds, homePost: string, adoption: boolean, forcedRec: string | null): number | null {
  const ageAt = (d: number) => age(child.dob, d);
  const initial = rng.next();
  const b: Builder = {
    episodes: child.episodes,
    t: start,
    ls: adoption ? 'C1' : initial < 0.05 ? 'L2' : initial < 0.1 ? 'L1' : ageAt(start) >= 10 && initial < 0.11 ? 'J1' : initial < 0.5 ? 'V2' : 'C1',
    cin: rng.chance(0.6) ? 'N1' : rng.pick(['N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8']),
    pl: placement(rng, ageAt(start), bounds.year, homePost, adoption ? 'foster' : 'any'),
    homePost,
  };
  if (b.pl.place.startsWith('Z1') || (b.pl.place === 'P1' && b.ls === 'V2')) b.pl = placement(rng, ageAt(start), bounds.year, homePost, 'foster');
  open(b, 'S');
  const limit = Math.min(finish, bounds.end + 1);
  const step = (mean: number) => b.t + 1 + Math.round(rng.exp(mean));
  // Emergency legal statuses last days, then the child is accommodated or on an interim order.
  if (b.ls === 'L1' || b.ls === 'L2') {
    const t = b.t + rng.int(1, b.ls === 'L1' ? 3 : 15);
    if (t >= limit) return finishAt(b, limit, bounds, forcedRec ?? 'E4A', ageAt);
    close(b, t, 'X1');
    // Placed with parents cannot be under section 20 (378).
    b.ls = b.pl.place === 'P1' || rng.chance(0.5) ? 'C1' : 'V2';
    open(b, 'L');
  }
  if (b.ls === 'J1') {
    const t = b.t + rng.int(5, 60);
    return finishAt(b, Math.min(t, limit), bounds, t < limit ? 'E14' : forcedRec ?? 'E4A', ageAt);
  }
  if (adoption) return adoptionPath(child, b, rng, limit, bounds, ageAt, forcedRec);
  let detours = 0;
  for (;;) {
    const t = step(260);
    if (t >= limit) return finishAt(b, limit, bounds, forcedRec ?? endReason(rng, ageAt(limit), b.pl.place), ageAt);
    const r = rng.next();
    if (r < 0.12 && detours < 1 && b.ls !== 'V3') {
      // A temporary placement: a holiday of the carers, hospital, or unspecified; then back.
      const kind = rng.pick(['T3', 'T1', 'T4']);
      const back = t + (kind === 'T3' ? rng.int(2, 14) : kind === 'T1' ? rng.int(2, 30) : rng.int(1, 7));
      if (back >= limit - 1) continue;
      detours++;
      const before = b.pl;
      close(b, t, 'X1');
      b.pl = { place: kind, provider: null, plPost: null, urn: null };
      open(b, 'P');
      close(b, back, 'X1');
      b.pl = before;
      open(b, 'P');
      continue;
    }
    close(b, t, 'X1');
    if (r < 0.55) {
      b.pl = nextPlacement(rng, b.pl, ageAt(t), bounds.year, homePost, b.ls);
      open(b, 'P', rng.pick(RPC));
    } else if (r < 0.8 && (b.ls === 'C1' || b.ls === 'V2')) {
      b.ls = 'C2';
      open(b, 'L');
    } else if (b.ls === 'C1' || b.ls === 'V2') {
      b.ls = 'C2';
      b.pl = nextPlacement(rng, b.pl, ageAt(t), bounds.year, homePost, b.ls);
      open(b, 'U', rng.pick(RPC));
    } else {
      b.pl = nextPlacement(rng, b.pl, ageAt(t), bounds.year, homePost, b.ls);
      open(b, 'P', rng.pick(RPC));
    }
  }
}

function nextPlacement(rng: Rng, current: Placement, ageYears: number, year: number, homePost: string, ls: string): Placement {
  for (let k = 0; k < 5; k++) {
    const p = placement(rng, ageYears, year, homePost);
    if (p.place === 'P1' && ls === 'V2') continue;
    if (p.place !== current.place || p.plPost !== current.plPost) return p;
  }
  return { ...placement(rng, ageYears, year, homePost, 'foster'), plPost: postcode(rng) };
}

/** Closes the period on `day` with `rec`, unless `day` is past the history's end (the episode stays open). */
function finishAt(b: Builder, day: number, bounds: HistoryBounds, rec: string, ageAt: (d: number) => number): number | null {
  if (day > bounds.end) return null;
  // Care never ends in a temporary placement (381), and E5/E6/E7 need the age (387, 389).
  let reason = rec;
  if ((reason === 'E5' || reason === 'E6') && ageAt(day) < 14) reason = 'E4A';
  if (reason === 'E7' && ageAt(day) < 16) reason = 'E4A';
  if ((reason === 'E45' || reason === 'E46') && !b.pl.place.startsWith('U')) reason = 'E47';
  close(b, day, reason);
  return day;
}

/**
 * The adoption path: interim care order, then a placement order (E1) after the decision that the
 * child should be placed for adoption, then placement for adoption (with the foster carers, A5,
 * or new adopters, A6), then the adoption order (E11/E12) — or the decision reversed (RD1–RD4).
 */
function adoptionPath(child: { dob: number; adoption: SimAdoption | null }, b: Builder, rng: Rng, limit: number, bounds: HistoryBounds, ageAt: (d: number) => number, forcedRec: string | null): number | null {
  const decision = b.t + rng.int(60, 250);
  if (decision + 30 >= limit) return finishAt(b, limit, bounds, forcedRec ?? 'E4A', ageAt);
  const order = decision + rng.int(10, 60);
  if (order >= limit) {
    child.adoption = { decision, ceased: null, reason: null, match: null, fosterCarer: false, adopters: { nb: '2', sex: 'MF', ls: 'L11' } };
    return finishAt(b, limit, bounds, 'E4A', ageAt) === null ? null : reverseAt(child, b, limit, rng);
  }
  close(b, order, 'X1');
  b.ls = 'E1';
  open(b, 'L');
  if (rng.chance(0.15)) {
    // The decision reversed: the child stays in foster care.
    // Reversed while in care, or on the day care ends if that comes first (557); never after the history's end.
    const ceased = Math.min(order + rng.int(30, 200), limit);
    const known = ceased <= bounds.end;
    child.adoption = { decision, ceased: known ? ceased : null, reason: known ? rng.pick(['RD1', 'RD2', 'RD3', 'RD4']) : null, match: null, fosterCarer: false, adopters: { nb: '2', sex: 'MF', ls: 'L11' } };
    if (ceased >= limit) return finishAt(b, limit, bounds, 'E4A', ageAt);
    close(b, ceased, 'X1');
    b.ls = 'C2';
    open(b, 'L');
    return finishAt(b, limit, bounds, forcedRec ?? endReason(rng, ageAt(limit), b.pl.place), ageAt);
  }
  const match = order + rng.int(20, 150);
  const placed = match + rng.int(5, 60);
  const fosterCarer = rng.chance(0.2);
  const couple = rng.chance(0.85);
  const adopters = couple ? rng.pick([{ nb: '2', sex: 'MF', ls: 'L11' }, { nb: '2', sex: 'MM', ls: 'L12' }, { nb: '2', sex: 'FF', ls: 'L4' }, { nb: '2', sex: 'MF', ls: 'L3' }, { nb: '2', sex: 'FF', ls: 'L2' }]) : { nb: '1', sex: rng.pick(['M1', 'F1']), ls: 'L0' };
  child.adoption = { decision, ceased: null, reason: null, match: match <= bounds.end ? match : null, fosterCarer, adopters };
  if (placed >= limit) return finishAt(b, limit, bounds, 'E4A', ageAt) === null ? null : reverseAt(child, b, limit, rng);
  close(b, placed, 'X1');
  b.pl = fosterCarer ? { ...b.pl, place: 'A5' } : { place: 'A6', provider: 'PR1', plPost: postcode(rng), urn: null };
  open(b, fosterCarer ? 'T' : 'P');
  const adopted = placed + rng.int(120, 400);
  if (adopted > bounds.end) return null;
  close(b, adopted, rng.chance(0.8) ? 'E11' : 'E12');
  return adopted;
}

/** A decision made but care ended before adoption: the decision is reversed on that day (557). */
function reverseAt(child: { adoption: SimAdoption | null }, _b: Builder, day: number, rng: Rng): number {
  if (child.adoption) child.adoption = { ...child.adoption, ceased: day, reason: rng.pick(['RD1', 'RD4']), match: null };
  return day;
}

function shortBreaks(child: { episodes: SimEpisode[]; dob: number }, rng: Rng, first: number, end: number, homePost: string): void {
  let t = first + rng.int(5, 60);
  const place = rng.pick(['U4', 'U6', 'K2']);
  const pl = { place, provider: place === 'K2' ? 'PR1' : 'PR1', plPost: postcode(rng), urn: place === 'K2' ? `SC${rng.int(100000, 999999)}` : null };
  let days = 0;
  while (t < end - 10 && days < 60) {
    const length = rng.int(1, 7);
    days += length;
    child.episodes.push({ decom: t, dec: t + length, rne: 'S', ls: 'V3', cin: 'N2', place: pl.place, provider: pl.provider, rec: 'E4A', rpc: null, homePost, plPost: pl.plPost, urn: pl.urn });
    t += length + rng.int(20, 90);
  }
}

/** Missing and away-from-placement periods while in care (teenagers mostly), inside one episode each. */
function addMissing(child: { dob: number; episodes: SimEpisode[]; missing: SimMissing[] }, rng: Rng, first: number, end: number): void {
  if (age(child.dob, end) < 11 || !rng.chance(0.25)) return;
  for (const ep of child.episodes) {
    if (ep.ls === 'V3' || rng.next() < 0.5) continue;
    const from = Math.max(ep.decom + 1, first);
    const to = (ep.dec ?? end + 1) - 1;
    let t = from;
    while (t + 3 < to) {
      t += rng.int(5, 120);
      const length = rng.int(0, 4);
      if (t + length >= to) break;
      child.missing.push({ start: t, end: t + length, type: rng.chance(0.8) ? 'M' : 'A' });
      t += length + 1;
    }
  }
  // Now and then a period still open at 31 March, from the episode still open.
  const last = child.episodes[child.episodes.length - 1];
  const lastMissing = child.missing[child.missing.length - 1];
  if (last && last.dec === null && last.decom < end - 3 && rng.chance(0.05) && (!lastMissing || (lastMissing.end as number) < end - 2)) child.missing.push({ start: end - 1, end: null, type: 'M' });
}

/** Looked-after reviews: 20 working days or so after coming into care, at three months, then six-monthly. */
function addReviews(child: { dob: number; episodes: SimEpisode[]; reviews: number[] }, rng: Rng, first: number, end: number): void {
  let periodStart: number | null = null;
  for (let k = 0; k < child.episodes.length; k++) {
    const ep = child.episodes[k] as SimEpisode;
    if (ep.rne === 'S') periodStart = ep.decom;
    const periodEnds = ep.rec !== null && ep.rec !== 'X1';
    if (periodStart === null || (!periodEnds && ep.dec !== null)) continue;
    const stop = ep.dec ?? end;
    let r = periodStart + 28 + rng.int(0, 6);
    let n = 0;
    while (r < stop && r <= end) {
      if (r >= first) child.reviews.push(r);
      n++;
      r = addMonths(r, n === 1 ? 3 : 6) - rng.int(0, 10);
    }
    periodStart = null;
  }
}

/** Allocated social workers through each period of care, changing every year or so (2023/24 on). */
function addSocialWorkers(child: { episodes: SimEpisode[]; socialWorkers: SimSocialWorker[] }, rng: Rng, first: number, end: number): void {
  let periodStart: number | null = null;
  for (const ep of child.episodes) {
    if (ep.rne === 'S') periodStart = ep.decom;
    const periodEnds = ep.rec !== null && ep.rec !== 'X1';
    if (periodStart === null || ep.ls === 'V3' || (!periodEnds && ep.dec !== null)) continue;
    const stop = ep.dec;
    let t = periodStart;
    while (true) {
      const next = t + rng.int(120, 500);
      const closes = stop !== null ? next >= stop : next > end;
      const swEnd = closes ? stop : next;
      if ((swEnd === null || swEnd >= first) && t <= end) {
        child.socialWorkers.push({ id: `SW${rng.int(10000, 99999)}${rng.int(10, 99)}`, start: t, end: swEnd, reason: swEnd === null ? null : rng.pick(SW_REASONS) });
      }
      if (closes) break;
      t = next;
    }
    periodStart = null;
  }
}

export function fmt(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}
