import type { IsoDate } from '../model/dates.js';

/**
 * The invented authority: children with their whole history of events, and the teams and
 * workers who hold them. All dates are day numbers (days since 1970-01-01). An event that
 * has not happened by the last as-at date may still be recorded with a later date (an
 * assessment authorised the week after): an extract shows only what is known at its date.
 */

export interface SimulationOptions {
  /** About how many distinct children one extract holds. */
  readonly children: number;
  /** The last extract's as-at date (normally a month end). */
  readonly asAt: IsoDate;
  /** How many monthly extracts the history must support (the last at `asAt`). */
  readonly months: number;
  readonly seed: number;
}

export type TeamKind = 'front-door' | 'assessment' | 'cin' | 'disabled' | 'cp' | 'cla' | 'leaving-care';

export interface Team {
  readonly name: string;
  readonly kind: TeamKind;
  readonly workers: string[];
}

export interface Contact {
  readonly day: number;
  readonly source: string;
}

export interface EarlyHelp {
  readonly start: number;
  /** The day the assessment was completed (may be after an extract's date: then blank). */
  readonly completed: number;
  /** The end of the intervention that follows; while it runs the family is "current". */
  readonly interventionEnd: number;
  readonly organisation: string;
}

export interface Referral {
  readonly day: number;
  readonly source: string;
  readonly nfa: boolean;
  worker: string;
  team: string;
}

export interface Assessment {
  readonly start: number;
  readonly authorised: number;
  /** The day the child was first seen, or null when not seen during the assessment. */
  readonly seenDay: number | null;
  /** 'Yes' | 'No' | 'Unknown' as recorded once the child is seen or the assessment ends. */
  readonly childSeen: string;
  readonly requiresSupport: boolean;
  readonly disabledChildren: boolean;
  worker: string;
  team: string;
}

export interface S47 {
  readonly strategy: number;
  /** The assessment running alongside the enquiry (the same worker holds both). */
  readonly assessment: Assessment;
  /** When the enquiry decided whether an ICPC is needed. */
  readonly decision: number;
  /** Null when an ICPC was deemed unnecessary. */
  readonly icpc: number | null;
  readonly resultedInPlan: boolean;
  worker: string;
  team: string;
}

export interface CinEpisode {
  /** The referral date that opened the episode. */
  readonly start: number;
  /** The episode appears in list 6 from this day (when need is established). */
  readonly visibleFrom: number;
  end: number | null;
  closureReason: string | null;
  readonly primaryNeed: string;
  /** Days the child was seen by a social worker during the episode (ascending). */
  visits: number[];
}

export interface CpPlan {
  readonly start: number;
  end: number | null;
  readonly initialCategory: string;
  readonly latestCategory: string;
  /** The day the category changed to the latest one (the initial one applies before). */
  readonly categoryChange: number | null;
  readonly previousPlans: number;
  /** The day of an emergency protection order or police protection before the plan, if any. */
  readonly epoDay: number | null;
  visits: number[];
  /** Whether the child was seen alone, per visit. */
  seenAlone: boolean[];
  reviews: number[];
}

export interface Placement {
  readonly start: number;
  readonly type: string;
  readonly provider: string;
  readonly postcode: string;
  readonly urn: string | null;
  readonly location: string;
  readonly la: string;
}

export interface LegalStatus {
  readonly start: number;
  readonly status: string;
}

export interface ClaEpisode {
  readonly start: number;
  end: number | null;
  reasonCeased: string | null;
  readonly categoryOfNeed: string;
  readonly uasc: boolean;
  legal: LegalStatus[];
  placements: Placement[];
  visits: number[];
  iroContacts: number[];
  reviews: number[];
  health: number[];
  dental: number[];
  missing: number[];
  absent: number[];
  /** Per missing episode: [offered, accepted] return interview. */
  rhi: [boolean, boolean][];
  permanence: { start: number; plan: string }[];
}

export interface CareLeaver {
  readonly leftCare: number;
  /** Support continues up to this age (21, or up to 25 for those who ask for it). */
  readonly supportUntilAge: number;
  readonly qualifying: boolean;
  /** Seed of the young person's status draws (in touch, activity, accommodation) per half-year. */
  readonly statusSeed: number;
}

export interface Adoption {
  /** The start of the period of care in which the decision was made. */
  readonly enteredCare: number;
  readonly decision: number;
  readonly placementOrder: number | null;
  readonly matched: number | null;
  readonly placed: number | null;
  readonly order: number | null;
  readonly reversed: number | null;
  readonly reversalReason: string | null;
  readonly ffaPlaced: number | null;
  familyId: string | null;
}

/** A stretch of time the child's case is held by one team (and worker, unless unallocated). */
export interface Phase {
  readonly from: number;
  readonly to: number;
  readonly kind: TeamKind;
  /** For an assessment phase: the assessment, whose worker holds the case meanwhile. */
  readonly assessment?: Assessment;
}

export interface Allocation {
  readonly from: number;
  readonly team: string;
  /** Null while the case waits for a worker. */
  readonly worker: string | null;
}

export interface Child {
  readonly id: string;
  readonly dob: number;
  readonly gender: string;
  readonly ethnicity: string;
  readonly disability: string;
  readonly contacts: Contact[];
  readonly earlyHelp: EarlyHelp[];
  readonly referrals: Referral[];
  readonly assessments: Assessment[];
  readonly s47s: S47[];
  readonly cin: CinEpisode[];
  readonly cp: CpPlan[];
  readonly cla: ClaEpisode[];
  careLeaver: CareLeaver | null;
  adoption: Adoption | null;
  /** Case-holding stretches, in time order; turned into allocations once teams are sized. */
  readonly phases: Phase[];
  allocations: Allocation[];
  /** Child protection plans before the simulated history began (drawn at the first plan). */
  priorCpPlans: number | null;
  /** The first day the child is free of any open episode (a new referral may start then). */
  freeFrom: number;
}

export interface Adopter {
  readonly id: string;
  readonly gender: string;
  readonly ethnicity: string;
  readonly disability: string;
}

export interface AdopterFamily {
  readonly familyId: string;
  readonly adopters: Adopter[];
  fosteringForAdoption: boolean;
  readonly enquiry: number;
  readonly stage1Start: number | null;
  readonly stage1End: number | null;
  readonly applicationSubmitted: number | null;
  readonly stage2Start: number | null;
  readonly stage2End: number | null;
  readonly approved: number | null;
  matched: number | null;
  placed: number | null;
  childrenPlaced: number;
  adoptionOrder: number | null;
  readonly left: number | null;
  readonly leavingReason: string | null;
}

export interface Authority {
  readonly name: string;
  /** The invented authority's 3-digit LA code (as "LA of Placement" would show it). */
  readonly laCode: string;
  readonly options: SimulationOptions;
  /** The month ends whose extracts the history supports, oldest first; the last is `asAt`. */
  readonly asAts: IsoDate[];
  readonly teams: Team[];
  readonly children: Child[];
  readonly adopterFamilies: AdopterFamily[];
}
