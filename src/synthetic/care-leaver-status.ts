import type { CareLeaver } from './model.js';
import { CARE_LEAVERS } from './parameters.js';
import { Rng } from './rng.js';

export interface CareLeaverStatus {
  readonly inTouch: string;
  readonly activity: string;
  readonly accommodation: string;
  readonly suitability: string;
}

/** Statuses hold for half a year from leaving care, then are recorded afresh. */
const STATUS_DAYS = 182;

/**
 * A care leaver's in-touch, activity and accommodation as recorded at `day`. They are drawn
 * afresh for each half-year since leaving care, from a stream seeded by the young person, so
 * every extract in the same half-year agrees and later extracts can show a change.
 */
export function careLeaverStatus(cl: CareLeaver, day: number): CareLeaverStatus {
  const block = Math.floor((day - cl.leftCare) / STATUS_DAYS);
  const rng = new Rng(`${cl.statusSeed}|${block}`);
  const inTouch = rng.weighted(CARE_LEAVERS.inTouch);
  const activity = rng.weighted(CARE_LEAVERS.activity);
  const [accommodation, suitable] = rng.weighted(CARE_LEAVERS.accommodation);
  return { inTouch, activity, accommodation, suitability: rng.chance(suitable) ? 'Suitable' : 'Unsuitable' };
}
