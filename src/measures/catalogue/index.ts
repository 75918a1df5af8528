import type { Standards } from '../../config/config.js';
import type { Measure } from '../measure.js';
import { assessments45, assessmentsChildSeen, assessmentsCompleted, ASSESSMENT_MEASURES } from './assessment.js';
import { CARE_LEAVER_MEASURES } from './care-leavers.js';
import { CHILD_IN_NEED_MEASURES } from './child-in-need.js';
import { CHILD_PROTECTION_MEASURES, icpc15, s47Started } from './child-protection.js';
import { cinCensusMeasures } from './cin-census.js';
import { ssda903Measures } from './ssda903.js';
import { extendedAdoption } from './extended-adoption.js';
import { extendedAssessment } from './extended-assessment.js';
import { extendedCareLeavers } from './extended-care-leavers.js';
import { extendedChildInNeed } from './extended-child-in-need.js';
import { extendedChildProtection } from './extended-child-protection.js';
import { extendedFrontDoor } from './extended-front-door.js';
import { extendedLookedAfter } from './extended-looked-after.js';
import { extendedWorkforce } from './extended-workforce.js';
import { contactsIn, FRONT_DOOR_MEASURES, referralsIn, referralsNfa, rereferrals } from './front-door.js';
import { LOOKED_AFTER_MEASURES } from './looked-after.js';
import { qualityAssurance } from './quality-assurance.js';
import { workforceCensus } from './workforce-census.js';
import { WORKFORCE_MEASURES } from './workforce.js';

/** The core measures of spec/measures-core.md, in scorecard order; their ids mean exactly that contract. */
export const CORE_MEASURES: readonly Measure[] = [
  ...FRONT_DOOR_MEASURES,
  ...ASSESSMENT_MEASURES,
  ...CHILD_IN_NEED_MEASURES,
  ...CHILD_PROTECTION_MEASURES,
  ...LOOKED_AFTER_MEASURES,
  ...CARE_LEAVER_MEASURES,
  ...WORKFORCE_MEASURES,
];

/** Year-to-date and rolling-year variants of the core flow measures. */
export const PERIOD_VARIANTS: readonly Measure[] = [
  contactsIn('ytd'),
  referralsIn('ytd'),
  rereferrals('ytd'),
  rereferrals('rolling12'),
  referralsNfa('ytd'),
  assessmentsCompleted('ytd'),
  assessments45('ytd'),
  assessments45('rolling12'),
  assessmentsChildSeen('ytd'),
  s47Started('ytd'),
  icpc15('ytd'),
  icpc15('rolling12'),
];

export interface CatalogueOptions {
  readonly standards: Standards;
}

/**
 * The wider measures (kpi-catalogue.md themes that Annex A lists 1–11 support), by theme; the
 * authority's visit and review standards set those that depend on them (titles say the value).
 */
export function extendedMeasures(options: CatalogueOptions): Measure[] {
  const s = options.standards;
  return [
    ...extendedFrontDoor(),
    ...extendedAssessment(),
    ...extendedChildInNeed(s),
    ...extendedChildProtection(s),
    ...extendedLookedAfter(s),
    ...extendedAdoption(),
    ...extendedCareLeavers(),
    ...extendedWorkforce(),
  ];
}

/**
 * The full catalogue: the core measures, their period variants, the wider measures, then those
 * of the workforce census and the local templates (supervision, oversight, audits, establishment).
 */
export function buildCatalogue(options: CatalogueOptions): Measure[] {
  return [...CORE_MEASURES, ...PERIOD_VARIANTS, ...extendedMeasures(options), ...workforceCensus(), ...qualityAssurance(options.standards), ...cinCensusMeasures(), ...ssda903Measures()];
}

export function measureById(id: string, catalogue: readonly Measure[] = CORE_MEASURES): Measure | undefined {
  return catalogue.find((m) => m.id === id);
}
