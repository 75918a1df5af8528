import { ageAt } from './days.js';
import type { Adoption, Child, Placement } from './model.js';
import { OTHER_LA_CODES, postcode } from './names.js';
import { CLA } from './parameters.js';
import { type Rng, type WeightTable, weights } from './rng.js';
import type { ClaRoute, Track } from './cla-episode.js';

/**
 * Where a looked-after child lives over a period of care: a first placement suited to the
 * child's age (foster care mostly, children's homes and semi-independent living for
 * teenagers), then moves — rare for most children, frequent for the unsettled few, which is
 * what puts about one child in ten at three or more placements in a year — and, on the
 * adoption path, the placement with adopters.
 */
const RESIDENTIAL = new Set(['H5', 'K1', 'K2', 'R1', 'R3', 'S1']);

function placementType(rng: Rng, age: number, route: ClaRoute): string {
  if (route === 'uasc') return age >= 16 ? rng.weighted(UASC_16) : rng.weighted(UASC_UNDER16);
  if (age < 1) return rng.weighted(TYPES_BABY);
  if (age < 10) return rng.weighted(TYPES_CHILD);
  if (age < 16) return rng.weighted(TYPES_TEEN);
  return rng.weighted(TYPES_16);
}

const UASC_16 = weights([
  ['H5', 0.55],
  ['U6', 0.4],
  ['K2', 0.05],
]);
const UASC_UNDER16 = weights([
  ['U6', 0.85],
  ['K2', 0.15],
]);
const TYPES_BABY = weights([
  ['U6', 0.62],
  ['U4', 0.05],
  ['U3', 0.17],
  ['R3', 0.08],
  ['P1', 0.03],
  ['U1', 0.05],
]);
const TYPES_CHILD = weights([
  ['U6', 0.55],
  ['U4', 0.12],
  ['U3', 0.13],
  ['U1', 0.06],
  ['K2', 0.04],
  ['P1', 0.07],
  ['Z1', 0.01],
  ['S1', 0.02],
]);
const TYPES_TEEN = weights([
  ['U6', 0.44],
  ['U4', 0.1],
  ['U3', 0.08],
  ['U1', 0.04],
  ['K2', 0.2],
  ['R1', 0.01],
  ['S1', 0.02],
  ['K1', 0.005],
  ['P1', 0.05],
  ['Z1', 0.015],
  ['R5', 0.005],
]);
const TYPES_16 = weights([
  ['U6', 0.3],
  ['U4', 0.06],
  ['U3', 0.05],
  ['K2', 0.14],
  ['H5', 0.38],
  ['P2', 0.03],
  ['P1', 0.02],
  ['Z1', 0.02],
]);

const PROVIDERS: Record<string, WeightTable<string>> = {
  relative: weights([
    ['PR1', 0.9],
    ['PR2', 0.1],
  ]),
  foster: weights([
    ['PR1', 0.55],
    ['PR4', 0.4],
    ['PR5', 0.05],
  ]),
  adoption: weights([
    ['PR1', 0.6],
    ['PR2', 0.15],
    ['PR5', 0.25],
  ]),
  residential: weights([
    ['PR4', 0.75],
    ['PR1', 0.2],
    ['PR5', 0.05],
  ]),
  secure: weights([
    ['PR2', 0.6],
    ['PR4', 0.4],
  ]),
  public: weights([['PR3', 1]]),
  parents: weights([['PR0', 1]]),
};

function providerGroup(type: string): string {
  if (/^U[1-3]$/.test(type)) return 'relative';
  if (/^U[4-6]$/.test(type)) return 'foster';
  if (/^A[3-6]$/.test(type)) return 'adoption';
  if (type === 'P1') return 'parents';
  if (type === 'K1') return 'secure';
  if (type === 'R2' || type === 'R5') return 'public';
  return 'residential';
}

const INSIDE: Record<string, number> = { PR0: 0.9, PR1: 0.85, PR2: 0.1, PR3: 0.6, PR4: 0.4, PR5: 0.5 };

function placementAt(rng: Rng, start: number, type: string, la: string): Placement {
  const provider = rng.weighted(PROVIDERS[providerGroup(type)] as WeightTable<string>);
  const inside = rng.chance(INSIDE[provider] ?? 0.5);
  const urn = RESIDENTIAL.has(type) || (provider === 'PR4' && /^U/.test(type)) ? `SC${String(rng.int(10000, 999999)).padStart(6, '0')}` : null;
  return {
    start,
    type,
    provider,
    postcode: postcode(rng, inside),
    urn,
    location: inside ? 'In' : 'Out',
    la: inside ? la : rng.chance(0.9) ? (OTHER_LA_CODES[rng.int(0, 6)] as string) : rng.pick(OTHER_LA_CODES.slice(7)),
  };
}

export function placements(
  rng: Rng,
  child: Child,
  start: number,
  end: number,
  until: number,
  route: ClaRoute,
  track: Track,
  adoption: Adoption | null,
  la: string,
): Placement[] {
  const out: Placement[] = [];
  const firstType = adoption?.ffaPlaced != null ? 'U5' : placementType(rng, ageAt(child.dob, start), route);
  out.push(placementAt(rng, start, firstType, la));
  const settled = !rng.chance(CLA.unsettledShare);
  const rate = (settled ? CLA.settledMovesPerYear : CLA.unsettledMovesPerYear) / 365;
  // An emergency placement is often followed by a planned one within weeks.
  let d = rng.chance(0.3) ? start + rng.int(3, 60) : start + Math.max(7, Math.round(rng.exp(1 / rate)));
  const placedForAdoption = adoption?.placed ?? null;
  while (d < Math.min(end, until + 1)) {
    if (placedForAdoption !== null && d >= placedForAdoption) break;
    out.push(placementAt(rng, d, placementType(rng, ageAt(child.dob, d), route), la));
    d += Math.max(7, Math.round(rng.exp(1 / rate)));
  }
  if (placedForAdoption !== null && placedForAdoption < end && placedForAdoption <= until) {
    out.push(placementAt(rng, placedForAdoption, adoption?.ffaPlaced != null ? 'A5' : 'A6', la));
  }
  if (track === 'home' && rng.chance(0.3)) {
    const home = end - rng.int(20, 120);
    const last = out[out.length - 1] as Placement;
    if (home > last.start + 7 && home <= until) out.push(placementAt(rng, home, 'P1', la));
  }
  return out;
}
