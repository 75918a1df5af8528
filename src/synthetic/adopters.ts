import type { Adopter, AdopterFamily, Child } from './model.js';
import { ETHNICITY, VOLUMES } from './parameters.js';
import type { Rng } from './rng.js';
import { type Sim, newId } from './sim.js';

/**
 * Prospective adopters (list 11). Families enquire, go through stage 1 and stage 2, are
 * approved and wait; many withdraw on the way. Each child matched for adoption (list 10) is
 * matched with the longest-waiting approved family, or, when none is waiting, with a family
 * approved a few months earlier (as if recruited for the child), so the two lists link up
 * through the family identifier.
 */
export function simulateAdopters(sim: Sim): void {
  const rng = sim.rng.adoption;
  const from = sim.first - 365 * 3;
  const perDay = (VOLUMES.adopterEnquiriesPerYear * sim.scale) / 365;
  for (let t = from; t <= sim.last; t++) {
    const n = rng.poisson(perDay);
    for (let i = 0; i < n; i++) sim.adopterFamilies.push(enquiringFamily(sim, rng, t));
  }
  const matches = sim.children
    .filter((c): c is Child & { adoption: NonNullable<Child['adoption']> } => c.adoption !== null && c.adoption.matched !== null)
    .sort((a, b) => (a.adoption.matched as number) - (b.adoption.matched as number) || (a.id < b.id ? -1 : 1));
  for (const child of matches) {
    const a = child.adoption;
    const matched = a.matched as number;
    let family = sim.adopterFamilies.find((f) => f.approved !== null && f.approved <= matched - 14 && f.matched === null && (f.left === null || f.left > matched));
    if (!family) {
      family = recruitedFamily(sim, rng, matched);
      sim.adopterFamilies.push(family);
    }
    family.matched = matched;
    family.placed = a.placed;
    family.adoptionOrder = a.order;
    family.childrenPlaced = 1;
    family.fosteringForAdoption = a.ffaPlaced !== null;
    a.familyId = family.familyId;
  }
}

function adopters(sim: Sim, rng: Rng): Adopter[] {
  const couple = rng.chance(0.75);
  const sameSex = couple && rng.chance(0.15);
  const first = rng.chance(0.5) ? 'Female' : 'Male';
  const genders = couple ? [first, sameSex ? first : first === 'Male' ? 'Female' : 'Male'] : [rng.chance(0.8) ? 'Female' : 'Male'];
  return genders.map((gender) => ({
    id: newId(sim, 'AD', 5),
    gender,
    ethnicity: rng.weighted(ETHNICITY),
    disability: rng.chance(0.05) ? 'Yes' : 'No',
  }));
}

function enquiringFamily(sim: Sim, rng: Rng, enquiry: number): AdopterFamily {
  const base = { familyId: newId(sim, 'AF', 4), adopters: adopters(sim, rng), fosteringForAdoption: rng.chance(0.1), enquiry };
  const empty = { matched: null, placed: null, childrenPlaced: 0, adoptionOrder: null };
  if (rng.chance(0.3)) {
    return { ...base, ...empty, stage1Start: null, stage1End: null, applicationSubmitted: null, stage2Start: null, stage2End: null, approved: null, left: enquiry + rng.int(7, 60), leavingReason: '1' };
  }
  const stage1Start = enquiry + rng.int(14, 90);
  const stage1End = stage1Start + rng.int(40, 75);
  if (rng.chance(0.25)) {
    return { ...base, ...empty, stage1Start, stage1End, applicationSubmitted: null, stage2Start: null, stage2End: null, approved: null, left: stage1End + rng.int(0, 30), leavingReason: rng.chance(0.7) ? '1' : '2' };
  }
  const applicationSubmitted = stage1End + rng.int(0, 30);
  const stage2Start = applicationSubmitted + rng.int(0, 14);
  const stage2End = stage2Start + rng.int(90, 150);
  if (rng.chance(0.12)) {
    return { ...base, ...empty, stage1Start, stage1End, applicationSubmitted, stage2Start, stage2End, approved: null, left: stage2End, leavingReason: rng.pick(['1', '2', '3']) };
  }
  return { ...base, ...empty, stage1Start, stage1End, applicationSubmitted, stage2Start, stage2End, approved: stage2End + rng.int(0, 30), left: null, leavingReason: null };
}

/** A family approved shortly before the match, its stages laid out backwards from approval. */
function recruitedFamily(sim: Sim, rng: Rng, matched: number): AdopterFamily {
  const approved = matched - rng.int(20, 200);
  const stage2End = approved - rng.int(0, 30);
  const stage2Start = stage2End - rng.int(90, 150);
  const applicationSubmitted = stage2Start - rng.int(0, 14);
  const stage1End = applicationSubmitted - rng.int(0, 30);
  const stage1Start = stage1End - rng.int(40, 75);
  return {
    familyId: newId(sim, 'AF', 4),
    adopters: adopters(sim, rng),
    fosteringForAdoption: false,
    enquiry: stage1Start - rng.int(14, 90),
    stage1Start,
    stage1End,
    applicationSubmitted,
    stage2Start,
    stage2End,
    approved,
    matched: null,
    placed: null,
    childrenPlaced: 0,
    adoptionOrder: null,
    left: null,
    leavingReason: null,
  };
}
