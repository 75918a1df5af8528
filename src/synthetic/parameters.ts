import { type WeightTable, weights } from './rng.js';

/**
 * Every rate and distribution the simulation uses, in one place. Volumes are per year and
 * scale linearly with `children`. Rates follow England's published figures
 * (spec/kpi-catalogue.md) except where the brief asks for something else (CIN open about 3–4
 * times CP, about five rows per child); the resulting figures are checked by the tests.
 */

/**
 * Distinct children in one extract when the volumes below are taken as they are (measured):
 * `children ÷ BASE_CHILDREN` is the scale every volume is multiplied by.
 */
export const BASE_CHILDREN = 26_900;

export const VOLUMES = {
  /** Referrals a year: the engine of the front door and of everything after it. */
  referralsPerYear: 19_800,
  /** Children whose contacts never lead to a referral: arrivals a year (each with 1+ contacts). */
  contactOnlyChildrenPerYear: 3_100,
  /** Children who come into care without an earlier open case (UASC, teenagers under s20, babies). */
  directClaEntriesPerYear: 260,
  /** Of direct entries, unaccompanied asylum-seeking children. */
  uascShareOfDirect: 0.32,
  /** Adopter families making an enquiry a year who are not (yet) matched with a child. */
  adopterEnquiriesPerYear: 60,
  /** Entries to care a year before the simulated years (for the long-stay and care-leaver stock). */
  historicClaEntriesPerYear: 640,
} as const;

/** Contacts per year on a known child's case: these make contacts the largest list. */
export const CONTACT_RATES = {
  /** While a CIN plan or CP plan is open. */
  openCase: 11,
  /** While looked after (missing-from-care notifications, police, health). */
  lookedAfter: 3,
  /** In the months before a first referral (worries that did not yet meet the threshold). */
  beforeReferral: 6,
  beforeReferralDays: 180,
  /** In the months after a case closed (or a referral or assessment led nowhere). */
  afterClosure: 4,
  afterClosureDays: 120,
  /** Contacts after the first for a contact-only child: mean of a geometric count. */
  contactOnlyExtra: 1.1,
  /** Share of referrals whose contact came 1–3 days before (the rest the same day). */
  contactDayBefore: 0.25,
} as const;

export const FRONT_DOOR = {
  referralNfa: 0.06,
  /** Share of referrals for a child referred in the previous 12 months (DfE: 22%). */
  rereferral: 0.21,
  /** Share of referrals for a child known from longer ago (a fresh 12-month count of 0). */
  knownBefore: 0.08,
  /** Contact-only children whose contact leads to an early help assessment. */
  earlyHelpFromContact: 0.3,
  /** Children stepped down to early help when a CIN plan closes. */
  earlyHelpOnStepDown: 0.3,
  /** Children offered early help after a referral with no further action or an assessment finding no need. */
  earlyHelpAfterNoService: 0.25,
} as const;

export const ASSESSMENT = {
  /** Share authorised within 45 working days (DfE C2 2025: 85.7%). */
  within45: 0.86,
  /** Share started the same day as the referral; the rest 1–4 days later. */
  sameDayStart: 0.55,
  childSeenYes: 0.95,
  childSeenUnknown: 0.01,
  /**
   * Assessments (without an s47) concluding the child needs a CIN plan. Lower than England's
   * (about 60% are "in need") so that open CIN stays about 3–4 times open CP, as the brief asks.
   */
  inNeed: 0.18,
} as const;

export const S47_PATH = {
  /** Share of non-NFA referrals with a strategy discussion starting an s47 enquiry. */
  s47: 0.26,
  /** Share of s47 enquiries leading to an ICPC (DfE C4 2025: 31%; higher here to keep CP near CLA). */
  icpc: 0.42,
  /** ICPCs held within 15 working days of the strategy discussion (C4 2025: 81%). */
  icpcWithin15: 0.8,
  icpcPlan: 0.9,
  /** s47 enquiries where the child is removed at once (police protection / EPO). */
  emergencyCla: 0.035,
  /** s47 without an ICPC, child still assessed as in need. */
  inNeedWithoutIcpc: 0.35,
} as const;

export const CP = {
  /** D7 2025 duration bands of ended plans: ≤3m, 3–6m, 6–12m, 1–2y, 2y+. */
  durationBands: weights<[number, number]>([
    [[30, 91], 0.159],
    [[92, 182], 0.11],
    [[183, 365], 0.435],
    [[366, 730], 0.252],
    [[731, 1400], 0.05],
  ]),
  toCla: 0.11,
  stepDownToCin: 0.6,
  /** Children with a plan before the simulated years (gives second plans ≈ 20%). */
  priorPlanShare: 0.22,
  /** Share of statutory visit intervals of 3–10 working days (the rest 11–20): ≈85% visited within 10. */
  visitOnTime: 0.72,
  categories: weights([
    ['Neglect', 0.505],
    ['Emotional abuse', 0.357],
    ['Physical abuse', 0.074],
    ['Sexual abuse', 0.038],
    ['Multiple/not recommended', 0.026],
  ]),
  categoryChange: 0.15,
  /** Plans that followed police protection or an EPO at the strategy discussion. */
  epo: 0.04,
} as const;

export const CIN_PLAN = {
  medianDays: 180,
  sigma: 0.6,
  stepDownMedianDays: 110,
  toCla: 0.03,
  closureReasons: weights([
    ['RC7', 0.78],
    ['RC9', 0.08],
    ['RC5', 0.05],
    ['RC3', 0.04],
    ['RC4', 0.02],
    ['RC6', 0.01],
    ['RC2', 0.002],
  ]),
  primaryNeed: weights([
    ['N1', 0.55],
    ['N2', 0.08],
    ['N3', 0.04],
    ['N4', 0.08],
    ['N5', 0.15],
    ['N6', 0.03],
    ['N7', 0.005],
    ['N8', 0.04],
    ['N9', 0.015],
    ['N0', 0.01],
  ]),
} as const;

export const CLA = {
  /** Visit within 6 weeks (reg 28): share of visit intervals that are on time. */
  visitOnTime: 0.82,
  /** Health and dental checks: shares of intervals a little late, and very late (refused, missed). */
  health: { late: 0.2, veryLate: 0.12 },
  dental: { late: 0.25, veryLate: 0.26 },
  /** Placement moves a year: most children are settled, some move often. */
  settledMovesPerYear: 0.22,
  unsettledMovesPerYear: 2.2,
  unsettledShare: 0.14,
  /** Children who go missing at all (teenagers far more), and their episodes a year. */
  goesMissingTeen: 0.18,
  goesMissingChild: 0.02,
  missingPerYear: 5,
  absentPerYear: 2,
  rhiOffered: 0.88,
  rhiAccepted: 0.6,
  categoryOfNeed: weights([
    ['N1', 0.64],
    ['N2', 0.03],
    ['N3', 0.03],
    ['N4', 0.07],
    ['N5', 0.12],
    ['N6', 0.02],
    ['N7', 0.003],
    ['N8', 0.08],
    ['N9', 0.007],
  ]),
} as const;

export const CARE_LEAVERS = {
  /** Share supported from 21 to 25 (education, or asked for a personal adviser). */
  supportTo25: 0.4,
  qualifying: 0.04,
  inTouch: weights([
    ['Yes', 0.9],
    ['No', 0.055],
    ['Refu', 0.03],
    ['NREQ', 0.01],
    ['Rhom', 0.005],
  ]),
  /** EET (codes starting F or P) ≈ 55%. */
  activity: weights([
    ['F1', 0.07],
    ['P1', 0.01],
    ['F2', 0.13],
    ['P2', 0.04],
    ['F3', 0.17],
    ['P3', 0.07],
    ['F4', 0.03],
    ['P4', 0.005],
    ['F5', 0.02],
    ['P5', 0.005],
    ['G4', 0.09],
    ['G5', 0.26],
    ['G6', 0.1],
  ]),
  /** Accommodation type, and the chance it is suitable (≈88% suitable overall). */
  accommodation: weights<[string, number]>([
    [['U', 0.99], 0.32],
    [['Z', 0.99], 0.1],
    [['D', 0.97], 0.14],
    [['E', 0.98], 0.07],
    [['T', 0.98], 0.07],
    [['B', 0.95], 0.14],
    [['C', 0.95], 0.02],
    [['K', 0.85], 0.03],
    [['S', 0], 0.025],
    [['W', 0], 0.015],
    [['V', 0.1], 0.015],
    [['X', 0], 0.02],
    [['R', 0], 0.015],
    [['Y', 0.7], 0.02],
  ]),
} as const;

export const WORKFORCE = {
  /** Open children per case-holding worker (the brief asks for 15–20). */
  caseload: 17,
  /** Assessments open at once per assessment worker. */
  assessmentLoad: 16,
  /** Referrals a month per front-door worker. */
  referralsPerFrontDoorWorker: 55,
  /** A case is handed to another worker in the same team after this many days on average. */
  reallocationMeanDays: 320,
  /** Share of allocations preceded by a wait for a worker, and how long it lasts. */
  unallocatedGapShare: 0.13,
  unallocatedGapMeanDays: 28,
} as const;

export const SOURCES: WeightTable<string> = weights([
  ['6', 0.29],
  ['2A', 0.2],
  ['2B', 0.02],
  ['3A', 0.03],
  ['3B', 0.03],
  ['3C', 0.01],
  ['3D', 0.02],
  ['3E', 0.03],
  ['3F', 0.03],
  ['5A', 0.04],
  ['5B', 0.02],
  ['5C', 0.03],
  ['5D', 0.03],
  ['1A', 0.05],
  ['1B', 0.01],
  ['1C', 0.02],
  ['1D', 0.01],
  ['4', 0.02],
  ['7', 0.02],
  ['8', 0.04],
  ['9', 0.02],
  ['10', 0.03],
]);

export const ETHNICITY: WeightTable<string> = weights([
  ['WBRI', 0.64],
  ['WIRI', 0.003],
  ['WIRT', 0.002],
  ['WOTH', 0.06],
  ['WROM', 0.007],
  ['MWBC', 0.03],
  ['MWBA', 0.015],
  ['MWAS', 0.015],
  ['MOTH', 0.03],
  ['AIND', 0.015],
  ['APKN', 0.03],
  ['ABAN', 0.01],
  ['AOTH', 0.015],
  ['BCRB', 0.015],
  ['BAFR', 0.04],
  ['BOTH', 0.01],
  ['CHNE', 0.003],
  ['OOTH', 0.025],
  ['REFU', 0.005],
  ['NOBT', 0.02],
]);

export const UASC_ETHNICITY: WeightTable<string> = weights([
  ['OOTH', 0.35],
  ['AOTH', 0.25],
  ['BAFR', 0.3],
  ['BOTH', 0.1],
]);

export const GENDER: WeightTable<string> = weights([
  ['Male', 0.51],
  ['Female', 0.485],
  ['Not stated/recorded', 0.004],
  ['Neither', 0.001],
]);

/** Age (whole years) of a child at a first referral: DfE CIN age profile. */
export const REFERRAL_AGE: WeightTable<[number, number]> = weights<[number, number]>([
  [[0, 0], 0.1],
  [[1, 4], 0.2],
  [[5, 9], 0.26],
  [[10, 15], 0.34],
  [[16, 17], 0.1],
]);

/** Age at entry to care (DfE CLA starts). */
export const CLA_ENTRY_AGE: WeightTable<[number, number]> = weights<[number, number]>([
  [[0, 0], 0.19],
  [[1, 4], 0.15],
  [[5, 9], 0.15],
  [[10, 15], 0.38],
  [[16, 17], 0.13],
]);
