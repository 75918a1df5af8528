import type { Measure } from '../measure.js';
import { ASSESSMENT_MEASURES } from './assessment.js';
import { CARE_LEAVER_MEASURES } from './care-leavers.js';
import { CHILD_IN_NEED_MEASURES } from './child-in-need.js';
import { CHILD_PROTECTION_MEASURES } from './child-protection.js';
import { FRONT_DOOR_MEASURES } from './front-door.js';
import { LOOKED_AFTER_MEASURES } from './looked-after.js';
import { WORKFORCE_MEASURES } from './workforce.js';

/** The core measures of spec/measures-core.md, in scorecard order. */
export const CORE_MEASURES: readonly Measure[] = [
  ...FRONT_DOOR_MEASURES,
  ...ASSESSMENT_MEASURES,
  ...CHILD_IN_NEED_MEASURES,
  ...CHILD_PROTECTION_MEASURES,
  ...LOOKED_AFTER_MEASURES,
  ...CARE_LEAVER_MEASURES,
  ...WORKFORCE_MEASURES,
];

export function measureById(id: string): Measure | undefined {
  return CORE_MEASURES.find((m) => m.id === id);
}
