import { addWorkingDays, ageAt, birthdayDay, onOrNextWorkingDay } from './days.js';
import { adoptionTimeline } from './cla-adoption.js';
import { placements } from './cla-placements.js';
import type { Adoption, Child, ClaEpisode, LegalStatus, Placement } from './model.js';
import { CLA } from './parameters.js';
import { type Rng, type WeightTable, weights } from './rng.js';
import { type Sim, history } from './sim.js';

/**
 * One period of care, from its start to the day it ceases. The way out is decided at the
 * start from the child's age (babies are adopted or go to special guardians, teenagers mostly
 * stay to 18), which fixes the duration; placements, legal statuses, visits, reviews, health
 * and dental checks and missing episodes are then laid along it.
 */
export type ClaRoute = 'proceedings' | 'emergency' | 's20' | 'uasc' | 'baby';

export type Track = 'home' | 'sgo' | 'adoption' | 'to18' | 'independent' | 'other';

export interface ClaResult {
  readonly episode: ClaEpisode;
  readonly track: Track;
  /** The young person is entitled to leaving-care support after this period. */
  readonly careLeaver: 'eligible' | 'qualifying' | null;
}

export function simulateCla(sim: Sim, child: Child, start: number, route: ClaRoute, la: string): ClaResult {
  const rng = sim.rng.cla;
  const age = ageAt(child.dob, start);
  const to18 = birthdayDay(child.dob, 18);
  let track: Track = route === 'uasc' ? (rng.chance(0.03) ? 'other' : 'to18') : rng.weighted(trackTable(age));
  let adoption: Adoption | null = null;
  let end: number;
  let reversal: number | null = null;

  switch (track) {
    case 'home':
      end = start + Math.max(2, Math.round(rng.logNormal(210, 0.95)));
      break;
    case 'sgo':
      end = start + Math.round(rng.logNormal(560, 0.35));
      break;
    case 'independent':
      end = Math.max(start + 60, birthdayDay(child.dob, 17) + rng.int(0, 330));
      break;
    case 'other':
      end = start + Math.max(7, Math.round(rng.logNormal(250, 1)));
      break;
    case 'to18':
      end = to18;
      break;
    case 'adoption': {
      adoption = adoptionTimeline(rng, start);
      if (adoption.reversed !== null) {
        reversal = adoption.reversed;
        track = rng.chance(0.5) ? 'sgo' : 'to18';
        end = track === 'sgo' ? reversal + Math.round(rng.logNormal(400, 0.35)) : to18;
      } else end = adoption.order as number;
      break;
    }
  }
  if (end >= to18) {
    end = to18;
    if (track !== 'adoption') track = 'to18';
  }
  const reason = route === 'uasc' && track === 'other' ? 'E15' : rng.weighted(REASONS[track]);
  const uasc = route === 'uasc';
  const episode: ClaEpisode = {
    start,
    end,
    reasonCeased: reason,
    categoryOfNeed: uasc ? 'N8' : rng.weighted(CLA.categoryOfNeed),
    uasc,
    legal: [],
    placements: [],
    visits: [],
    iroContacts: [],
    reviews: [],
    health: [],
    dental: [],
    missing: [],
    absent: [],
    rhi: [],
    permanence: [],
  };
  if (adoption && child.adoption === null) child.adoption = adoption;

  // Histories are only laid out for periods an extract can show (ended recently or still open).
  if (end >= sim.keepFrom) {
    const until = Math.min(end, sim.last);
    episode.legal = legalStatuses(rng, start, end, route, adoption, reversal);
    episode.placements = placements(rng, child, start, end, until, route, track, adoption, la);
    episode.visits = history(start, until, sim.keepFrom, (d) =>
      onOrNextWorkingDay(d + (d - start < 30 ? rng.int(5, 10) : rng.chance(CLA.visitOnTime) ? rng.int(14, 40) : rng.int(43, 80))),
    );
    episode.iroContacts = history(start + rng.int(10, 40), until, sim.keepFrom, (d) => onOrNextWorkingDay(d + rng.int(60, 150)));
    episode.reviews = reviews(rng, sim, start, until);
    episode.health = checks(rng, sim, addWorkingDays(start, rng.int(5, 30)), until, child.dob, CLA.health);
    episode.dental = checks(rng, sim, start + rng.int(30, 200), until, child.dob, CLA.dental);
    const missingRate = rng.chance(age >= 11 ? CLA.goesMissingTeen : CLA.goesMissingChild) ? CLA.missingPerYear : 0;
    episode.missing = events(rng, start, until, sim.keepFrom - 400, missingRate);
    episode.rhi = episode.missing.map(() => {
      const offered = rng.chance(CLA.rhiOffered);
      return [offered, offered && rng.chance(CLA.rhiAccepted)];
    });
    episode.absent = events(rng, start, until, sim.keepFrom - 400, missingRate > 0 ? CLA.absentPerYear : 0.05);
    episode.permanence = permanence(rng, start, track, age, adoption, reversal, episode.placements);
  }

  let careLeaver: ClaResult['careLeaver'] = null;
  if (ageAt(child.dob, end) >= 16 && !NOT_CARE_LEAVERS.has(reason)) {
    if (end - start >= 91) careLeaver = 'eligible';
    else if (rng.chance(0.5)) careLeaver = 'qualifying';
  }
  return { episode, track, careLeaver };
}

function trackTable(age: number): WeightTable<Track> {
  if (age < 1) return TRACKS_BABY;
  if (age < 5) return TRACKS_UNDER5;
  if (age < 10) return TRACKS_5TO9;
  if (age < 16) return TRACKS_10TO15;
  return TRACKS_16PLUS;
}

const TRACKS_BABY = weights<Track>([
  ['adoption', 0.32],
  ['home', 0.33],
  ['sgo', 0.22],
  ['to18', 0.1],
  ['other', 0.03],
]);
const TRACKS_UNDER5 = weights<Track>([
  ['adoption', 0.13],
  ['home', 0.42],
  ['sgo', 0.25],
  ['to18', 0.15],
  ['other', 0.05],
]);
const TRACKS_5TO9 = weights<Track>([
  ['home', 0.45],
  ['sgo', 0.15],
  ['to18', 0.33],
  ['other', 0.07],
]);
const TRACKS_10TO15 = weights<Track>([
  ['home', 0.5],
  ['sgo', 0.04],
  ['to18', 0.38],
  ['other', 0.08],
]);
const TRACKS_16PLUS = weights<Track>([
  ['home', 0.3],
  ['independent', 0.15],
  ['to18', 0.5],
  ['other', 0.05],
]);

const REASONS: Record<Track, WeightTable<string>> = {
  home: weights([
    ['E4A', 0.75],
    ['E4B', 0.15],
    ['E13', 0.1],
  ]),
  sgo: weights([
    ['E45', 0.3],
    ['E46', 0.1],
    ['E47', 0.45],
    ['E48', 0.05],
    ['E41', 0.1],
  ]),
  adoption: weights([
    ['E11', 0.8],
    ['E12', 0.2],
  ]),
  to18: weights([
    ['E5', 0.32],
    ['E17', 0.18],
    ['E6', 0.04],
    ['E8', 0.3],
    ['E7', 0.03],
    ['E4A', 0.05],
    ['E13', 0.05],
    ['E9', 0.03],
  ]),
  independent: weights([
    ['E5', 0.8],
    ['E6', 0.2],
  ]),
  other: weights([
    ['E3', 0.3],
    ['E8', 0.3],
    ['E9', 0.1],
    ['E14', 0.05],
    ['E16', 0.1],
    ['E4B', 0.15],
  ]),
};

/** Ways out of care after which the young person is not a care leaver. */
const NOT_CARE_LEAVERS = new Set(['E11', 'E12', 'E2', 'E3', 'E16', 'E41', 'E45', 'E46', 'E47', 'E48']);

function legalStatuses(rng: Rng, start: number, end: number, route: ClaRoute, adoption: Adoption | null, reversal: number | null): LegalStatus[] {
  const out: LegalStatus[] = [];
  const add = (day: number, status: string): void => {
    if (day < end || out.length === 0) out.push({ start: day, status });
  };
  if (route === 'uasc' || route === 's20') {
    add(start, 'V2');
    if (route === 's20' && rng.chance(0.2)) {
      const ico = start + rng.int(60, 300);
      add(ico, 'C1');
      add(ico + rng.int(120, 300), 'C2');
    }
    return out;
  }
  let icoStart = start;
  if (route === 'emergency') {
    add(start, rng.chance(0.6) ? 'L1' : 'L2');
    icoStart = start + rng.int(1, 8);
  }
  add(icoStart, 'C1');
  const order = icoStart + rng.int(160, 330);
  if (adoption?.placementOrder != null && (reversal === null || adoption.placementOrder < reversal)) {
    if (adoption.placementOrder > order) add(order, 'C2');
    add(adoption.placementOrder, 'E1');
  } else add(order, 'C2');
  return out;
}

function reviews(rng: Rng, sim: Sim, start: number, until: number): number[] {
  const first = addWorkingDays(start, rng.int(12, 20));
  let n = 0;
  return history(first, until, sim.keepFrom, (d) => {
    n++;
    const late = rng.chance(0.05);
    return onOrNextWorkingDay(d + (n === 1 ? rng.int(70, 92) : late ? rng.int(183, 230) : rng.int(140, 182)));
  });
}

/**
 * Health or dental checks: annual (six-monthly under 5), on time most of the time, some late
 * and a few long gaps (refusals, missed appointments), which is what leaves about one child in
 * eight without a check in the last year.
 */
function checks(rng: Rng, sim: Sim, first: number, until: number, dob: number, p: { late: number; veryLate: number }): number[] {
  return history(first, until, sim.keepFrom, (d) => {
    const period = ageAt(dob, d) < 5 ? 182 : 365;
    const r = rng.next();
    if (r < p.veryLate) return onOrNextWorkingDay(d + period + rng.int(150, 420));
    if (r < p.veryLate + p.late) return onOrNextWorkingDay(d + period + rng.int(1, 140));
    return onOrNextWorkingDay(d + period - rng.int(1, 65));
  });
}

/** Days of a Poisson process at `perYear` over [start, until], kept from `keepFrom`. */
function events(rng: Rng, start: number, until: number, keepFrom: number, perYear: number): number[] {
  if (perYear <= 0) return [];
  const out: number[] = [];
  for (let d = start + Math.round(rng.exp(365 / perYear)); d <= until; d += 1 + Math.round(rng.exp(365 / perYear))) {
    if (d >= keepFrom) out.push(d);
  }
  return out;
}

function permanence(
  rng: Rng,
  start: number,
  track: Track,
  age: number,
  adoption: Adoption | null,
  reversal: number | null,
  placementsList: Placement[],
): { start: number; plan: string }[] {
  const set = start + rng.int(90, 130);
  const residential = placementsList.some((p) => p.type === 'K2');
  let plan: string;
  if (adoption) plan = 'Adoption';
  else if (track === 'home') plan = 'Return to family';
  else if (track === 'sgo') plan = 'SGO/CAO';
  else if (age >= 15 || track === 'independent') plan = rng.chance(0.7) ? 'Supported living in the community' : 'Long-term fostering';
  else if (track === 'to18') plan = residential ? 'Long-term residential placement' : 'Long-term fostering';
  else plan = 'Other';
  const out = [{ start: set, plan }];
  if (reversal !== null) out.push({ start: Math.max(set + 1, reversal), plan: track === 'sgo' ? 'SGO/CAO' : 'Long-term fostering' });
  return out;
}
