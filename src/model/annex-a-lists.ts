import type { CodeListKey } from './codes.js';

/**
 * The eleven Ofsted Annex A lists: canonical column keys, the template's headers (in order),
 * value types and code lists. This is the one description the reader, the store's schema, the
 * generator and the documentation are all built from.
 */

export type ColumnType = 'text' | 'date' | 'integer' | 'code';

export interface ColumnDef {
  /** snake_case key: the store's column name. */
  readonly key: string;
  /** The header as Ofsted's template spells it. */
  readonly header: string;
  readonly type: ColumnType;
  readonly codes?: CodeListKey;
  /** Other headers seen in real exports (known misspellings, older template wording). */
  readonly aliases?: readonly string[];
  /** The template says it cannot be blank. */
  readonly required?: boolean;
  /** Identifies a person (never shown to aggregate-only audiences). */
  readonly identifying?: boolean;
}

export interface ListDef {
  readonly number: number;
  /** Short key: the store's table is `annex_a_<key>`. */
  readonly key: string;
  readonly title: string;
  /** Words that name the list in a sheet name such as "List 3 - Referrals". */
  readonly sheetWords: readonly string[];
  /** The subject's id column (`child_id`, or `adopter_id` for list 11). */
  readonly idColumn: string;
  /** The date that places a row in the list's window; rows without it are still kept. */
  readonly keyDate: string;
  readonly columns: readonly ColumnDef[];
}

const text = (key: string, header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({ key, header, type: 'text', ...extra });
const date = (key: string, header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({ key, header, type: 'date', ...extra });
const int = (key: string, header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({ key, header, type: 'integer', ...extra });
const code = (key: string, header: string, codes: CodeListKey, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  header,
  type: 'code',
  codes,
  ...extra,
});

const CHILD_ID = text('child_id', 'Child Unique ID', {
  required: true,
  identifying: true,
  aliases: ['Child ID', 'Unique Child ID', 'Child Unique Identifier', 'Child Identifier', 'Person ID', 'LA Child ID'],
});
const PERSON: readonly ColumnDef[] = [
  CHILD_ID,
  code('gender', 'Gender', 'gender', { aliases: ['Sex', 'Gender Current'] }),
  code('ethnicity', 'Ethnicity', 'ethnicity'),
  date('dob', 'Date of Birth', { identifying: true, aliases: ['DOB', 'Birth Date', 'Child Date of Birth'] }),
  int('age', 'Age of Child (Years)', { aliases: ['Age of Child', 'Age', 'Age (Years)', 'Age of Child Years'] }),
];
const DISABILITY = code('disability', 'Does the Child have a Disability', 'yesNo', {
  aliases: ['Does the Child have a Disability?', 'Disability', 'Disabled'],
});
const TEAM_WORKER: readonly ColumnDef[] = [
  text('team', 'Allocated Team', { aliases: ['Team', 'Allocated Team Name'] }),
  text('worker', 'Allocated Worker', {
    identifying: true,
    aliases: ['Worker', 'Allocated Social Worker', 'Allocated Worker Name', 'Social Worker', 'Key Worker'],
  }),
];

export const ANNEX_A_LISTS: readonly ListDef[] = [
  {
    number: 1,
    key: 'contacts',
    title: 'Contacts',
    sheetWords: ['contact'],
    idColumn: 'child_id',
    keyDate: 'contact_date',
    columns: [...PERSON, date('contact_date', 'Date of Contact', { required: true }), code('contact_source', 'Contact Source', 'source', { required: true })],
  },
  {
    number: 2,
    key: 'early_help',
    title: 'Early help',
    sheetWords: ['early help', 'eha'],
    idColumn: 'child_id',
    keyDate: 'eh_start',
    columns: [
      ...PERSON,
      date('eh_start', 'Assessment start date', { aliases: ['Early Help Assessment Start Date'] }),
      date('eh_completed', 'Assessment completion date', { aliases: ['Early Help Assessment Completion Date'] }),
      text('eh_organisation', 'Organisation completing assessment', { identifying: true }),
    ],
  },
  {
    number: 3,
    key: 'referrals',
    title: 'Referrals',
    sheetWords: ['referral'],
    idColumn: 'child_id',
    keyDate: 'referral_date',
    columns: [
      ...PERSON,
      date('referral_date', 'Date of referral', { required: true }),
      code('referral_source', 'Referral Source', 'source', { required: true }),
      code('referral_nfa', 'Referral NFA?', 'yesNo', { required: true, aliases: ['Referral NFA', 'NFA'] }),
      int('referrals_last_12m', 'Number of Referrals in Last 12 Months', {
        required: true,
        aliases: ['Number of Referrals in the Last 12 Months', 'Number of previous referrals in last 12 months'],
      }),
      ...TEAM_WORKER,
    ],
  },
  {
    number: 4,
    key: 'assessments',
    title: 'Assessments',
    sheetWords: ['assessment'],
    idColumn: 'child_id',
    keyDate: 'assessment_authorised',
    columns: [
      ...PERSON,
      DISABILITY,
      date('assessment_start', 'Continuous Assessment Start Date', { aliases: ['Assessment Start Date'] }),
      code('child_seen', 'Child Seen During Continuous Assessment', 'yesNo', { aliases: ['Child Seen During Assessment'] }),
      date('assessment_authorised', 'Continuous Assessment Date of Authorisation', {
        aliases: ['Assessment Date of Authorisation', 'Continuous Assessment Authorisation Date', 'Date of Authorisation'],
      }),
      code('requires_support', "Was the child assessed as requiring LA children's social care support?", 'yesNo', {
        aliases: ["Was the child assessed as requiring LA children's social care support"],
      }),
      ...TEAM_WORKER,
    ],
  },
  {
    number: 5,
    key: 's47',
    title: 'Section 47 enquiries and ICPCs',
    sheetWords: ['s47', 'section 47', 'icpc'],
    idColumn: 'child_id',
    keyDate: 'strategy_date',
    columns: [
      ...PERSON,
      DISABILITY,
      date('strategy_date', 'Strategy discussion initiating Section 47 Enquiry Start Date', {
        required: true,
        aliases: ['Strategy discussion initiating Section 47 Enquiry Start Date (S47)', 'Section 47 Enquiry Start Date'],
      }),
      code('icpc_unnecessary', 'Was an Initial Child Protection Conference deemed unnecessary?', 'yesNo'),
      date('icpc_date', 'Date of Initial Child Protection Conference', { aliases: ['Date of ICPC'] }),
      code('icpc_resulted_in_plan', 'Did the Initial Child Protection Conference Result in a Child Protection Plan', 'yesNo', {
        aliases: ['Did the Initial Child Protection Conference Result in a Child Protection Plan?'],
      }),
      int('s47_last_12m', 'Number of Section 47 Enquiries in the last 12 months'),
      int('icpc_last_12m', 'Number of ICPCs in the last 12 months'),
      ...TEAM_WORKER,
    ],
  },
  {
    number: 6,
    key: 'cin',
    title: 'Children in need',
    sheetWords: ['child in need', 'children in need', 'cin'],
    idColumn: 'child_id',
    keyDate: 'cin_start',
    columns: [
      ...PERSON,
      DISABILITY,
      date('cin_start', 'CIN Start Date'),
      code('primary_need', 'Primary Need Code', 'primaryNeed', { aliases: ['Primary Need'] }),
      date('last_seen', 'Date Child Was Last Seen'),
      date('cin_closure', 'CIN Closure Date'),
      code('closure_reason', 'Reason for Closure', 'closureReason', { aliases: ['Closure Reason'] }),
      code('case_status', 'Case Status', 'caseStatus'),
      ...TEAM_WORKER,
    ],
  },
  {
    number: 7,
    key: 'cp',
    title: 'Child protection plans',
    sheetWords: ['child protection', 'cp plan', 'cpp', 'cp'],
    idColumn: 'child_id',
    keyDate: 'cp_start',
    columns: [
      ...PERSON,
      DISABILITY,
      date('cp_start', 'Child Protection Plan Start Date'),
      code('initial_category', 'Initial Category of Abuse', 'abuseCategory'),
      code('latest_category', 'Latest Category of Abuse', 'abuseCategory'),
      date('last_visit', 'Date of the Last Statutory Visit', { aliases: ['Date of Last Statutory Visit'] }),
      code('seen_alone', 'Was the Child Seen Alone?', 'yesNo', { aliases: ['Was the Child Seen Alone'] }),
      date('last_review', 'Date of latest review conference', { aliases: ['Date of Latest Review Conference'] }),
      date('cp_end', 'Child Protection Plan End Date'),
      code('epo_last_6m', 'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)', 'yesNo'),
      int('previous_cp_plans', 'Number of Previous Child Protection Plans'),
      ...TEAM_WORKER,
    ],
  },
  {
    number: 8,
    key: 'cla',
    title: 'Children looked after',
    sheetWords: ['looked after', 'cla', 'lac', 'children in care', 'cic'],
    idColumn: 'child_id',
    keyDate: 'cla_start',
    columns: [
      ...PERSON,
      code('uasc', 'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)', 'yesNo', {
        aliases: ['Unaccompanied Asylum Seeking Child (UASC)', 'UASC'],
      }),
      DISABILITY,
      date('cla_start', 'Date Started to be Looked After', { required: true }),
      code('category_of_need', "Child's Category of Need", 'primaryNeed', { required: true, aliases: ['Category of Need'] }),
      code('second_period', 'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)', 'yesNo'),
      date('legal_status_start', 'Start date of current legal status', { required: true }),
      code('legal_status', "Child's Legal Status", 'legalStatus', { required: true, aliases: ['Legal Status'] }),
      date('last_review', 'Date of Latest Statutory Review'),
      date('last_visit', 'Date of Last Social Work Visit'),
      code('permanence_plan', 'What is the permanence plan for this child?', 'permanencePlan', { aliases: ['Permanence Plan'] }),
      date('last_iro_contact', 'Date of Last IRO Visit / Contact to the Child'),
      date('last_health_assessment', 'Date of Last Health Assessment'),
      date('last_dental_check', 'Date of Last Dental Check'),
      int('placements_last_12m', 'Number of Placements in the Last 12 months', { required: true }),
      date('cla_end', 'Date Ceased to be Looked After'),
      code('reason_ceased', 'Reason Ceased to be Looked After', 'reasonCeased'),
      date('placement_start', 'Start Date of Most Recent Placement', { required: true }),
      code('placement_type', 'Placement Type', 'placementType', { required: true }),
      code('placement_provider', 'Placement Provider', 'placementProvider', { required: true }),
      text('placement_postcode', 'Placement postcode', { required: true, identifying: true }),
      text('placement_urn', 'URN of Placement', { identifying: true }),
      code('placement_location', 'Placement Location', 'placementLocation', { required: true }),
      text('placement_la', 'LA of Placement', { required: true }),
      int('missing_episodes_12m', "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months", { required: true }),
      int('absent_episodes_12m', "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months", { required: true }),
      code('rhi_offered', 'Was the child offered a Return Interview after their last missing episode (Y/N)?', 'yesNo'),
      code('rhi_accepted', 'Did the child accept a Return Interview after their last missing episode (Y/N)?', 'yesNo'),
      ...TEAM_WORKER,
    ],
  },
  {
    number: 9,
    key: 'care_leavers',
    title: 'Care leavers',
    sheetWords: ['care leaver', 'leaving care'],
    idColumn: 'child_id',
    keyDate: 'dob',
    columns: [
      ...PERSON,
      DISABILITY,
      ...TEAM_WORKER,
      code('eligibility', 'Eligibility Category', 'eligibility', { aliases: ['Eligibity Category', 'Eligibility'] }),
      code('in_touch', 'LA in Touch', 'inTouch', { aliases: ['In Touch', 'LA in Touch?'] }),
      code('accommodation', 'Type of Accommodation', 'accommodation', { aliases: ['Type of Accomodation', 'Accommodation'] }),
      code('suitability', 'Suitability of Accommodation', 'suitability', { aliases: ['Suitability of Accomodation', 'Suitability'] }),
      code('activity', 'Activity Status', 'activity', { aliases: ['Main Activity', 'Activity'] }),
    ],
  },
  {
    number: 10,
    key: 'adoption',
    title: 'Adoption',
    sheetWords: ['adoption'],
    idColumn: 'child_id',
    keyDate: 'adoption_decision',
    columns: [
      CHILD_ID,
      text('family_id', 'Family identifier', { identifying: true, aliases: ['Family ID'] }),
      ...PERSON.slice(1),
      DISABILITY,
      date('entered_care', 'Date the Child Entered Care'),
      date('adoption_decision', 'Date of Decision that Child Should be Placed for Adoption'),
      date('placement_order', 'Date of Placement Order'),
      date('matched', 'Date of Matching Child and Prospective Adopters'),
      date('placed_for_adoption', 'Date Placed for Adoption'),
      date('adoption_order', 'Date of Adoption Order'),
      date('no_longer_placed_decision', 'Date of Decision that Child Should No Longer be Placed for Adoption'),
      code('no_longer_placed_reason', 'Reason Why Child No Longer Placed for Adoption', 'noLongerPlacedReason'),
      date('ffa_placed', 'Date the child was placed for fostering in FFA or concurrent planning placement'),
    ],
  },
  {
    number: 11,
    key: 'adopters',
    title: 'Adopters',
    sheetWords: ['adopter'],
    idColumn: 'adopter_id',
    keyDate: 'enquiry_date',
    columns: [
      text('adopter_id', 'Individual adopter identifier', { required: true, identifying: true, aliases: ['Adopter ID', 'Adopter identifier'] }),
      text('family_id', 'Family identifier', { identifying: true, aliases: ['Family ID'] }),
      code('gender', 'Gender', 'gender'),
      code('ethnicity', 'Ethnicity', 'ethnicity'),
      code('disability', 'Disability', 'yesNo'),
      code('fostering_for_adoption', 'Is the (prospective) adopter fostering for adoption?', 'yesNo'),
      date('enquiry_date', 'Date enquiry received'),
      date('stage1_start', 'Date Stage 1 started'),
      date('stage1_end', 'Date Stage 1 ended'),
      date('stage2_start', 'Date Stage 2 started'),
      date('stage2_end', 'Date Stage 2 ended'),
      date('application_submitted', 'Date application submitted'),
      date('application_approved', 'Date application approved'),
      date('matched', 'Date adopter matched with child(ren)'),
      date('placed', 'Date child/children placed with adopter(s)'),
      int('children_placed', 'No. of children placed', { aliases: ['Number of children placed'] }),
      date('adoption_order', 'Date of Adoption Order'),
      date('left_process', 'Date of leaving adoption process'),
      code('leaving_reason', 'Reason for leaving adoption process', 'adopterLeavingReason'),
    ],
  },
];

export function listByNumber(n: number): ListDef {
  const l = ANNEX_A_LISTS.find((x) => x.number === n);
  if (!l) throw new RangeError(`no Annex A list ${n}`);
  return l;
}

export function listByKey(key: string): ListDef {
  const l = ANNEX_A_LISTS.find((x) => x.key === key);
  if (!l) throw new RangeError(`no Annex A list "${key}"`);
  return l;
}

export function tableOf(list: ListDef): string {
  return `annex_a_${list.key}`;
}

export function column(list: ListDef, key: string): ColumnDef {
  const c = list.columns.find((x) => x.key === key);
  if (!c) throw new RangeError(`list ${list.number} has no column ${key}`);
  return c;
}

/** Store column holding whether a date column's value could not be read. */
export function unreadableFlag(key: string): string {
  return `${key}_unreadable`;
}
