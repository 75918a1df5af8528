import { Rng } from './rng.js';
import type { AdopterFamily, Child } from './model.js';
import { ETHNICITY, GENDER } from './parameters.js';
import { birthdayDay } from './days.js';

/**
 * The state shared by the simulation's steps: the time frame, the random streams (one per
 * concern, so that changing how one thing is drawn leaves the others as they were) and the
 * children made so far.
 */
export interface Sim {
  readonly seed: number;
  /** children ÷ 20 000: every volume in parameters.ts is multiplied by it. */
  readonly scale: number;
  /** The first and last as-at dates (day numbers). */
  readonly first: number;
  readonly last: number;
  /** Flows (referrals and what follows) are simulated from here; earlier care is seeded. */
  readonly flowStart: number;
  /** Visit-like histories are kept from here: no extract looks further back for a "latest" date. */
  readonly keepFrom: number;
  /** Contacts are made from here (the first extract's window starts a little later). */
  readonly contactFrom: number;
  readonly rng: {
    readonly people: Rng;
    readonly front: Rng;
    readonly cases: Rng;
    readonly cla: Rng;
    readonly contacts: Rng;
    readonly adoption: Rng;
  };
  readonly children: Child[];
  readonly adopterFamilies: AdopterFamily[];
  readonly usedIds: Set<string>;
}

export function createSim(seed: number, scale: number, first: number, last: number, flowStart: number, contactFrom: number): Sim {
  return {
    seed,
    scale,
    first,
    last,
    flowStart,
    keepFrom: first - 430,
    contactFrom,
    rng: {
      people: Rng.derive(seed, 'people'),
      front: Rng.derive(seed, 'front-door'),
      cases: Rng.derive(seed, 'cases'),
      cla: Rng.derive(seed, 'looked-after'),
      contacts: Rng.derive(seed, 'contacts'),
      adoption: Rng.derive(seed, 'adoption'),
    },
    children: [],
    adopterFamilies: [],
    usedIds: new Set(),
  };
}

/**
 * A fresh id such as `NB004217`: two letters and `digits` digits, never reused. Very large
 * authorities get two more digits (ids are drawn at random, so the space must stay sparse).
 */
export function newId(sim: Sim, prefix: string, digits: number): string {
  const rng = sim.rng.people;
  const width = sim.scale > 4 ? digits + 2 : digits;
  const max = 10 ** width - 1;
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const id = `${prefix}${String(rng.int(1, max)).padStart(width, '0')}`;
    if (!sim.usedIds.has(id)) {
      sim.usedIds.add(id);
      return id;
    }
  }
  throw new RangeError(`no free ${prefix} id left among ${max.toLocaleString('en-GB')}`);
}

export interface NewChild {
  readonly dob: number;
  readonly gender?: string;
  readonly ethnicity?: string;
  readonly disability?: string;
}

export function createChild(sim: Sim, o: NewChild): Child {
  const rng = sim.rng.people;
  const child: Child = {
    id: newId(sim, 'NB', 6),
    dob: o.dob,
    gender: o.gender ?? rng.weighted(GENDER),
    ethnicity: o.ethnicity ?? rng.weighted(ETHNICITY),
    disability: o.disability ?? (rng.chance(0.08) ? 'Yes' : rng.chance(0.02) ? 'Unknown' : 'No'),
    contacts: [],
    earlyHelp: [],
    referrals: [],
    assessments: [],
    s47s: [],
    cin: [],
    cp: [],
    cla: [],
    careLeaver: null,
    adoption: null,
    phases: [],
    allocations: [],
    priorCpPlans: null,
    freeFrom: o.dob,
  };
  sim.children.push(child);
  return child;
}

/** A date of birth giving `age` whole years (and a random part year) on `day`. */
export function dobForAge(rng: Rng, day: number, age: number, minDaysTo18 = 0): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    const dob = day - Math.floor(age * 365.25) - rng.int(0, 364);
    if (birthdayDay(dob, 18) - day >= minDaysTo18 && dob <= day) return dob;
  }
  return day - Math.floor(age * 365.25);
}

/**
 * Keeps a visit-like history from `from`: each next day comes from `step`, until `until`.
 * Only what an extract can show is kept (days from `keepFrom`, plus the last one before it).
 */
export function history(from: number, until: number, keepFrom: number, step: (prev: number) => number): number[] {
  const out: number[] = [];
  let before: number | null = null;
  for (let d = from; d <= until; ) {
    if (d >= keepFrom) out.push(d);
    else before = d;
    const next = step(d);
    d = next > d ? next : d + 1;
  }
  if (before !== null) out.unshift(before);
  return out;
}
