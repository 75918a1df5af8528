/**
 * The DfE Children in Need Census (XML): its collection years, element tree and code lists, as
 * the DfE schemas (CIN XSD 2022–2024, the 2024/25 change from GenderCurrent to Sex) and the
 * published validation rules define them. Year numbers are the collection's end year: 2025 is
 * 1 April 2024 to 31 March 2025, whose ReferenceDate is 2025-03-31.
 */

export const CIN_CENSUS_SOURCE = 'cin-census';

/** The collection years this product reads and validates. */
export const CIN_SCHEMA_YEARS = [2023, 2024, 2025, 2026] as const;
export type CinSchemaYear = (typeof CIN_SCHEMA_YEARS)[number];

export function isCinSchemaYear(year: number): year is CinSchemaYear {
  return (CIN_SCHEMA_YEARS as readonly number[]).includes(year);
}

/** The sex element: GenderCurrent (1, 2, 0, 9) up to 2023/24, Sex (M, F, U) from 2024/25. */
export function sexElement(year: number): 'Sex' | 'GenderCurrent' {
  return year >= 2025 ? 'Sex' : 'GenderCurrent';
}

export const SEX_CODES = ['M', 'F', 'U'] as const;
export const GENDER_CODES = ['1', '2', '0', '9'] as const;

export const ETHNICITY_CODES = [
  'WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND',
  'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT',
] as const;

export const DISABILITY_CODES = ['NONE', 'MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH', 'CON', 'AUT', 'DDA'] as const;

export const REFERRAL_SOURCES = [
  '1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10',
] as const;

export const PRIMARY_NEED_CODES = ['N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9'] as const;

/** RC8: closed after assessment, no further action; RC9: closed after assessment, referred to early help. */
export const CLOSURE_REASONS = ['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9'] as const;

export const ABUSE_CATEGORIES = ['NEG', 'PHY', 'SAB', 'EMO', 'MUL'] as const;

export const UPN_UNKNOWN_CODES = ['UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7'] as const;

/**
 * Factors identified at assessment. 18A and 19A (physical and sexual abuse, before the split
 * into child-on-child B and adult-on-child C) are still accepted; queries 8945Q and 8950Q ask
 * about them from 2024/25.
 */
export const ASSESSMENT_FACTORS = [
  '1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A',
  '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18A', '18B', '18C',
  '19A', '19B', '19C', '20', '21', '22A', '23A', '24A',
] as const;

/** The XSD's yes/no type: the validator reads `true` or `1` as yes, `false` or `0` as no. */
export const YES_NO_VALUES = ['true', 'false', '1', '0'] as const;

/**
 * Valid post-April-1998 LA codes and pseudo-LA codes for UPN characters 2–4 (rule 1530), as
 * the 2022/23 rules list them; 2023/24 adds 942 and 943.
 */
export const UPN_LA_CODES_2023: readonly string[] = [
  ...range(1, 5).map((n) => String(n).padStart(3, '0')),
  ...[
    [201, 213], [301, 320], [330, 336], [340, 344], [350, 359], [370, 373], [380, 384], [390, 394], [660, 681], [701, 708],
    [800, 803], [805, 808], [810, 813], [820, 823], [835, 839], [850, 852], [855, 857], [865, 896], [935, 938], [940, 941],
  ].flatMap(([a, b]) => range(a as number, b as number).map(String)),
  ...[420, 815, 816, 825, 826, 830, 831, 840, 841, 845, 846, 860, 861, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933].map(String),
];
export const UPN_LA_CODES_2024: readonly string[] = [...UPN_LA_CODES_2023, '942', '943'];

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** The groups of the XML tree under a Child, with their field elements and nested groups. */
export interface CinGroupDef {
  /** Field elements (text), in schema order. */
  readonly fields: readonly string[];
  /** Fields that may repeat (Disability, AssessmentFactors, CPPreviewDate). */
  readonly repeated?: readonly string[];
  readonly groups?: readonly string[];
  /** The first schema year the group exists in (PreProceedingsandFGDM: 2026). */
  readonly from?: number;
}

export const CIN_GROUPS: Readonly<Record<string, CinGroupDef>> = {
  Child: { fields: [], groups: ['ChildIdentifiers', 'ChildCharacteristics', 'CINdetails'] },
  ChildIdentifiers: {
    fields: ['LAchildID', 'UPN', 'FormerUPN', 'UPNunknown', 'PersonBirthDate', 'ExpectedPersonBirthDate', 'GenderCurrent', 'Sex', 'PersonDeathDate'],
  },
  ChildCharacteristics: { fields: ['Ethnicity'], groups: ['Disabilities'] },
  Disabilities: { fields: ['Disability'], repeated: ['Disability'] },
  CINdetails: {
    fields: ['CINreferralDate', 'ReferralSource', 'PrimaryNeedCode', 'CINclosureDate', 'ReasonForClosure', 'DateOfInitialCPC', 'ReferralNFA'],
    groups: ['Assessments', 'CINPlanDates', 'Section47', 'ChildProtectionPlans', 'PreProceedingsandFGDM'],
  },
  Assessments: {
    fields: ['AssessmentActualStartDate', 'AssessmentInternalReviewDate', 'AssessmentAuthorisationDate'],
    groups: ['FactorsIdentifiedAtAssessment'],
  },
  FactorsIdentifiedAtAssessment: { fields: ['AssessmentFactors'], repeated: ['AssessmentFactors'] },
  CINPlanDates: { fields: ['CINPlanStartDate', 'CINPlanEndDate'] },
  Section47: { fields: ['S47ActualStartDate', 'InitialCPCtarget', 'DateOfInitialCPC', 'ICPCnotRequired'] },
  ChildProtectionPlans: {
    fields: ['CPPstartDate', 'CPPendDate', 'InitialCategoryOfAbuse', 'LatestCategoryOfAbuse', 'NumberOfPreviousCPP'],
    groups: ['Reviews'],
  },
  Reviews: { fields: ['CPPreviewDate'], repeated: ['CPPreviewDate'] },
  PreProceedingsandFGDM: {
    fields: [
      'PPStartDate', 'LBPSentDate', 'FGDMMeetingOffer', 'FGDMMeetingFac', 'InitialPPMeetingDate', 'ReviewMeetingsCount',
      'StepDecisionDate', 'PPOutcome', 'CourtAppDate', 'LetterInitCPDate',
    ],
    from: 2026,
  },
};

export const CIN_HEADER_FIELDS = {
  CollectionDetails: ['Collection', 'Year', 'ReferenceDate'],
  Source: ['SourceLevel', 'LEA', 'SoftwareCode', 'Release', 'SerialNo', 'DateTime'],
} as const;

/** Fields read as dates (xs:date). */
export const CIN_DATE_FIELDS: ReadonlySet<string> = new Set([
  'PersonBirthDate', 'ExpectedPersonBirthDate', 'PersonDeathDate', 'CINreferralDate', 'CINclosureDate', 'DateOfInitialCPC',
  'AssessmentActualStartDate', 'AssessmentInternalReviewDate', 'AssessmentAuthorisationDate', 'CINPlanStartDate', 'CINPlanEndDate',
  'S47ActualStartDate', 'InitialCPCtarget', 'CPPstartDate', 'CPPendDate', 'CPPreviewDate', 'ReferenceDate',
]);

/** The store's tables of the census, one row per element group (see store/returns-cin-tables.ts). */
export const CIN_TABLES = {
  header: 'cin_header',
  children: 'cin_children',
  disabilities: 'cin_disabilities',
  details: 'cin_details',
  assessments: 'cin_assessments',
  plans: 'cin_plans',
  s47s: 'cin_s47s',
  cpPlans: 'cin_cp_plans',
  cpReviews: 'cin_cp_reviews',
} as const;
