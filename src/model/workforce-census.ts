import type { CodeListKey } from './codes.js';

/**
 * The DfE Children's Social Work Workforce census (CSWW) as the store keeps it: the XML's
 * elements, the canonical column each becomes, its type and code list. The reader and the
 * store's tables are built from this one description (element order as in the DfE schema).
 *
 * `yesNo` elements (0/1 in the file) become booleans; `swe` is the Social Work England number,
 * stored only as a keyed hash; `month` dates keep the month only (the day becomes 1), which is
 * how the sector minimises a date of birth.
 */
export type CensusFieldType = 'text' | 'date' | 'month' | 'integer' | 'decimal' | 'code' | 'yesNo' | 'swe';

export interface CensusField {
  /** The XML element's name. */
  readonly element: string;
  /** The store's column name. */
  readonly key: string;
  readonly type: CensusFieldType;
  readonly codes?: CodeListKey;
  /** Readable range of a number (the DfE schema's own bounds); outside it the value is unreadable. */
  readonly min?: number;
  readonly max?: number;
  /**
   * The schema lets it repeat: `join` keeps every distinct value, comma-separated (codes) or
   * `; `-separated (text); `any` is true when any repeat is yes; `first` keeps the first and
   * reports the others. Elements that may not repeat keep the first and report the others.
   */
  readonly repeats?: 'join' | 'any' | 'first';
  /** The file must give it for every worker (its absence is an error finding). */
  readonly required?: boolean;
  readonly description: string;
}

const f = (element: string, key: string, type: CensusFieldType, description: string, extra: Partial<CensusField> = {}): CensusField => ({
  element,
  key,
  type,
  description,
  ...extra,
});

/** One `CSWWWorker`: a social worker in post at the reference date, or who left in the year to it. */
export const CSWW_WORKER_FIELDS: readonly CensusField[] = [
  f('AgencyWorker', 'agency_worker', 'yesNo', 'true for an agency worker, false for an employee of the LA', { codes: 'cswwYesNo', required: true }),
  f('SWENo', 'swe_hash', 'swe', 'Social Work England registration number, as a keyed SHA-256 (HMAC) hex digest: never the number itself', { required: true }),
  f('FTE', 'fte', 'decimal', 'Full-time equivalent of the post (0 to 1)', { min: 0, max: 1 }),
  f('PersonBirthDate', 'birth_month', 'month', 'Date of birth, kept as the first day of its month'),
  f('GenderCurrent', 'gender', 'code', 'Gender: 0 not known, 1 male, 2 female, 9 not specified', { codes: 'cswwGender' }),
  f('Ethnicity', 'ethnicity', 'code', 'Ethnicity (DfE codes: WBRI, WIRI, …)', { codes: 'ethnicity' }),
  f('QualInst', 'qual_inst', 'text', 'Institution of the social work qualification (several joined with "; ")', { repeats: 'join' }),
  f('QualLevel', 'qual_level', 'code', 'Level of the qualification: 1 under-graduate, 2 post-graduate, 3 other', { codes: 'cswwQualLevel' }),
  f('StepUpGrad', 'step_up_grad', 'yesNo', 'Qualified through Step Up to Social Work', { codes: 'cswwYesNo' }),
  f('OrgRole', 'org_role', 'code', 'Role: 1 senior manager, 2 middle manager, 3 first line manager, 4 senior practitioner, 5 case holder, 6 qualified without cases', {
    codes: 'cswwOrgRole',
  }),
  f('RoleStartDate', 'role_start_date', 'date', 'Start date in the role'),
  f('StartOrigin', 'start_origin', 'code', 'Where a starter came from (1–10)', { codes: 'cswwStartOrigin' }),
  f('RoleEndDate', 'role_end_date', 'date', 'End date in the role (a leaver); blank when still in post'),
  f('LeaverDestination', 'leaver_destination', 'code', 'Where a leaver went (1–9)', { codes: 'cswwLeaverDestination' }),
  f('ReasonLeave', 'reason_leave', 'code', 'Why a leaver left (1–10)', { codes: 'cswwReasonLeave' }),
  f('FTE30', 'fte30', 'decimal', 'Full-time equivalent on 30 September (0 to 1)', { min: 0, max: 1 }),
  f('Cases30', 'cases30', 'integer', 'Cases (children) held on 30 September'),
  f('WorkingDaysLost', 'working_days_lost', 'decimal', 'Working days lost to sickness absence in the year', { min: 0, max: 366 }),
  f('ContractWeeks', 'contract_weeks', 'decimal', "An agency worker's weeks on contract in the year (the first, when given twice)", { min: 0, repeats: 'first' }),
  f('FrontlineGrad', 'frontline_grad', 'yesNo', 'Qualified through Frontline', { codes: 'cswwYesNo' }),
  f('Absat30Sept', 'absent_30_sept', 'yesNo', 'Absent on 30 September (true when any entry says so)', { codes: 'cswwYesNo', repeats: 'any' }),
  f('ReasonAbsence', 'reason_absence', 'code', 'Why absent on 30 September: MAT, OTH, PUB, SIC, TRN, UNA, UNP (several comma-separated)', {
    codes: 'cswwReasonAbsence',
    repeats: 'join',
  }),
  f('CFKSSstatus', 'cfkss_status', 'code', 'Knowledge and skills status: 1 ASYE, 2 frontline practitioner, 3 practice supervisor, 4 practice leader (several comma-separated)', {
    codes: 'cswwCfkssStatus',
    repeats: 'join',
  }),
];

/** `LALevelVacancies`: the authority's figures at the reference date. */
export const CSWW_LA_FIELDS: readonly CensusField[] = [
  f('NumberOfVacancies', 'vacancies_fte', 'decimal', 'Vacant social worker posts, FTE (including those covered by agency workers)', { min: 0, required: true }),
  f('NoAgencyFTE', 'agency_fte', 'decimal', 'Agency social workers, FTE', { min: 0, required: true }),
  f('NoAgencyHeadcount', 'agency_headcount', 'integer', 'Agency social workers, headcount', { required: true }),
];

/** `Header`: `CollectionDetails` and `Source`. */
export const CSWW_HEADER_FIELDS: readonly CensusField[] = [
  f('Collection', 'collection', 'text', 'The collection (CSWW)'),
  f('Year', 'collection_year', 'integer', 'The collection year'),
  f('ReferenceDate', 'reference_date', 'date', 'The census reference date (30 September)'),
  f('SourceLevel', 'source_level', 'text', 'Source level (L for a local authority)'),
  f('LEA', 'lea', 'text', "The authority's 3-digit LA code"),
  f('SoftwareCode', 'software_code', 'text', 'The software that wrote the file'),
  f('DateTime', 'file_datetime', 'text', 'When the file was written, as the file gives it'),
];

export const WORKFORCE_WORKERS_TABLE = 'workforce_workers';
export const WORKFORCE_LA_TABLE = 'workforce_la';
export const WORKFORCE_SOURCE = 'workforce';
