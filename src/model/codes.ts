/**
 * Code lists of Ofsted Annex A (and the matching DfE codes). A stored value is always the
 * code in the first column below, whatever form the file used: `a) Yes`, `Yes`, `Y` and `y`
 * are all `Yes`; `f) U6: Foster placement - not FFA` and `u6` are both `U6`.
 */

export interface CodeEntry {
  readonly code: string;
  readonly label: string;
  /** Other spellings seen in exports (matched case-insensitively). */
  readonly aliases?: readonly string[];
}

export interface CodeList {
  readonly name: string;
  readonly entries: readonly CodeEntry[];
}

function list(name: string, entries: ReadonlyArray<readonly [string, string, ...string[]]>): CodeList {
  return { name, entries: entries.map(([code, label, ...aliases]) => ({ code, label, aliases })) };
}

export const CODE_LISTS = {
  yesNo: list('Yes/No', [
    ['Yes', 'Yes', 'y'],
    ['No', 'No', 'n'],
    ['Unknown', 'Unknown'],
  ]),
  gender: list('Gender', [
    ['Male', 'Male', 'm'],
    ['Female', 'Female', 'f'],
    ['Not stated/recorded', 'Not stated/recorded', 'not stated', 'not recorded', 'unknown'],
    ['Neither', 'Neither'],
  ]),
  ethnicity: list('Ethnicity', [
    ['WBRI', 'White British'],
    ['WIRI', 'White Irish'],
    ['WIRT', 'Traveller of Irish heritage'],
    ['WOTH', 'Any other White background'],
    ['WROM', 'Gypsy/Roma'],
    ['MWBC', 'White and Black Caribbean'],
    ['MWBA', 'White and Black African'],
    ['MWAS', 'White and Asian'],
    ['MOTH', 'Any other Mixed background'],
    ['AIND', 'Indian'],
    ['APKN', 'Pakistani'],
    ['ABAN', 'Bangladeshi'],
    ['AOTH', 'Any other Asian background'],
    ['BCRB', 'Caribbean'],
    ['BAFR', 'African'],
    ['BOTH', 'Any other Black background'],
    ['CHNE', 'Chinese'],
    ['OOTH', 'Any other ethnic group'],
    ['REFU', 'Refused'],
    ['NOBT', 'Information not yet obtained'],
    ['UNKNOWN', 'Unknown'],
  ]),
  source: list('Contact/referral source', [
    ['1A', 'Individual: family member, relative or carer'],
    ['1B', 'Individual: acquaintance'],
    ['1C', 'Individual: self'],
    ['1D', 'Individual: other'],
    ['2A', 'Schools'],
    ['2B', 'Education services'],
    ['3A', 'Health services: GP'],
    ['3B', 'Health services: health visitor'],
    ['3C', 'Health services: school nurse'],
    ['3D', 'Health services: other primary health services'],
    ['3E', 'Health services: A&E'],
    ['3F', 'Health services: other'],
    ['4', 'Housing'],
    ['5A', 'LA services: social care'],
    ['5B', 'LA services: other internal'],
    ['5C', 'LA services: external'],
    ['5D', 'LA services: early help'],
    ['6', 'Police'],
    ['7', 'Other legal agency'],
    ['8', 'Other'],
    ['9', 'Anonymous'],
    ['10', 'Unknown'],
  ]),
  primaryNeed: list('Primary need', [
    ['N1', 'Abuse or neglect'],
    ['N2', "Child's disability"],
    ['N3', 'Parental disability or illness'],
    ['N4', 'Family in acute stress'],
    ['N5', 'Family dysfunction'],
    ['N6', 'Socially unacceptable behaviour'],
    ['N7', 'Low income'],
    ['N8', 'Absent parenting'],
    ['N9', 'Cases other than children in need'],
    ['N0', 'Not stated'],
  ]),
  closureReason: list('Reason for closure', [
    ['RC1', 'Adopted'],
    ['RC2', 'Died'],
    ['RC3', 'Child arrangements order'],
    ['RC4', 'Special guardianship order'],
    ['RC5', 'Transferred to services of another LA'],
    ['RC6', 'Transferred to adult social care services'],
    ['RC7', 'Services ceased for any other reason, including child no longer in need'],
    ['RC8', 'Case closed after assessment, no further action'],
    ['RC9', 'Case closed after assessment, referred to early help'],
  ]),
  caseStatus: list('Case status', [
    ['Looked after child', 'Looked after child'],
    ['Child Protection plan', 'Child Protection plan', 'child protection'],
    ['Child in need plan', 'Child in need plan', 'child in need'],
    ['Open assessment', 'Open assessment'],
    ['Closed episode', 'Closed episode', 'closed'],
  ]),
  abuseCategory: list('Category of abuse', [
    ['Neglect', 'Neglect', 'neg'],
    ['Physical abuse', 'Physical abuse', 'phy', 'physical'],
    ['Sexual abuse', 'Sexual abuse', 'sab', 'sexual'],
    ['Emotional abuse', 'Emotional abuse', 'emo', 'emotional'],
    ['Multiple/not recommended', 'Multiple/not recommended', 'mul', 'multiple'],
  ]),
  legalStatus: list('Legal status', [
    ['C1', 'Interim care order'],
    ['C2', 'Full care order'],
    ['D1', 'Freeing order granted'],
    ['E1', 'Placement order granted'],
    ['V2', 'Single period of accommodation under section 20'],
    ['V3', 'Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded'],
    ['V4', 'Accommodated under an agreed series of short-term breaks, when agreements are recorded'],
    ['L1', 'Under police protection and in local authority accommodation'],
    ['L2', 'Emergency protection order'],
    ['L3', 'Under child assessment order and in local authority accommodation'],
    ['J1', 'Remanded to local authority accommodation or to youth detention accommodation'],
    ['J2', 'Placed in local authority accommodation under the Police and Criminal Evidence Act 1984'],
    ['J3', 'Sentenced to Youth Rehabilitation Order'],
  ]),
  permanencePlan: list('Permanence plan', [
    ['Return to family', 'Return to family'],
    ['Adoption', 'Adoption'],
    ['SGO/CAO', 'SGO/CAO', 'sgo', 'cao'],
    ['Supported living in the community', 'Supported living in the community'],
    ['Long-term residential placement', 'Long-term residential placement'],
    ['Long-term fostering', 'Long-term fostering'],
    ['Other', 'Other'],
  ]),
  reasonCeased: list('Reason ceased to be looked after', [
    ['E11', 'Adopted: application unopposed'],
    ['E12', 'Adopted: consent dispensed with by the court'],
    ['E2', 'Died'],
    ['E3', 'Care taken over by another LA'],
    ['E4A', 'Returned home to live with parents, relatives or other person with parental responsibility as part of the care planning process'],
    ['E4B', 'Returned home to live with parents, relatives or other person with parental responsibility not as part of the care planning process'],
    ['E13', 'Left care to live with parents, relatives or other person with no parental responsibility'],
    ['E41', 'Residence order (or, from 22 April 2014, a child arrangement order) granted'],
    ['E45', 'Special guardianship order made to former foster carers'],
    ['E46', 'Special guardianship order made to carers other than former foster carers'],
    ['E47', 'Special guardianship order made to a relative or friend (other than former foster carers)'],
    ['E48', 'Special guardianship order made to other than a relative or friend'],
    ['E5', 'Moved into independent living arrangement with formalised support'],
    ['E6', 'Moved into independent living arrangement without formalised support'],
    ['E7', 'Transferred to residential care funded by adult social care services'],
    ['E9', 'Sentenced to custody'],
    ['E14', 'Accommodation on remand ended'],
    ['E15', 'Age assessment determined child is aged 18 or over'],
    ['E16', 'Child moved abroad'],
    ['E8', 'Period of being looked after ceased for any other reason'],
    ['X1', 'Episode ceases, and new episode begins on same day, for any reason'],
    ['E17', 'Aged 18 or over and remained with current carers'],
  ]),
  placementType: list('Placement type', [
    ['U1', 'Foster placement with relative or friend: long term fostering'],
    ['U2', 'Foster placement with relative or friend who is also an approved adopter: FFA'],
    ['U3', 'Foster placement with relative or friend: not long term or FFA'],
    ['U4', 'Foster placement with other foster carer: long term fostering'],
    ['U5', 'Foster placement with other foster carer who is also an approved adopter: FFA'],
    ['U6', 'Foster placement with other foster carer: not long term or FFA'],
    ['A3', 'Placed for adoption with parental consent with current foster carer'],
    ['A4', 'Placed for adoption with parental consent not with current foster carer'],
    ['A5', 'Placed for adoption with placement order with current foster carer'],
    ['A6', 'Placed for adoption with placement order not with current foster carer'],
    ['P1', 'Placed with own parent or other person with parental responsibility'],
    ['P2', 'Independent living'],
    ['P3', 'Residential employment'],
    ['H5', 'Semi-independent living accommodation not subject to children’s homes regulations'],
    ['K1', 'Secure children’s home'],
    ['K2', 'Children’s home'],
    ['R1', 'Residential care home'],
    ['R2', 'NHS/health trust or other establishment providing medical or nursing care'],
    ['R3', 'Family centre or mother and baby unit'],
    ['R5', 'Young offender institution or prison'],
    ['S1', 'All residential schools, except where dual-registered as a school and children’s home'],
    ['Z1', 'Other placements'],
    ['T0', 'Temporary placement'],
    ['T1', 'Temporary periods in hospital'],
    ['T2', 'Temporary absences of the child on holiday'],
    ['T3', 'Temporary accommodation whilst normal foster carer is on holiday'],
    ['T4', 'Temporary accommodation of seven days or less'],
  ]),
  placementProvider: list('Placement provider', [
    ['PR0', 'Parent(s) or other person(s) with parental responsibility'],
    ['PR1', 'Own provision (by the LA)'],
    ['PR2', 'Other LA provision'],
    ['PR3', 'Other public provision (for example, by a PCT)'],
    ['PR4', 'Private provision'],
    ['PR5', 'Voluntary/third sector provision'],
  ]),
  placementLocation: list('Placement location', [
    ['In', 'In', 'inside', 'in la', 'inside la'],
    ['Out', 'Out', 'outside', 'out of la', 'outside la'],
  ]),
  eligibility: list('Care leaver eligibility', [
    ['Relevant child', 'Relevant child', 'relevant'],
    ['Former relevant child', 'Former relevant child', 'former relevant'],
    ['Qualifying care leaver', 'Qualifying care leaver', 'qualifying'],
    ['Eligible child', 'Eligible child', 'eligible'],
  ]),
  inTouch: list('LA in touch', [
    ['Yes', 'Yes', 'y'],
    ['No', 'No', 'n'],
    ['Died', 'Died'],
    ['Refu', 'Young person refuses contact', 'refused', 'refuses'],
    ['NREQ', 'Not required (returned home for 6 months or more)', 'not required'],
    ['Rhom', 'Returned home to parents for 6 months or more', 'returned home'],
  ]),
  accommodation: list('Type of accommodation', [
    ['B', 'With parents or relatives'],
    ['C', 'Community home or other form of residential care'],
    ['D', 'Semi-independent, transitional accommodation'],
    ['E', 'Supported lodgings'],
    ['G', 'Gone abroad'],
    ['H', 'Deported'],
    ['K', 'Ordinary lodgings, without formal support'],
    ['R', 'Residence not known'],
    ['S', 'No fixed abode/homeless'],
    ['T', 'Foyers and similar supported accommodation'],
    ['U', 'Independent living'],
    ['V', 'Emergency accommodation'],
    ['W', 'Bed and breakfast'],
    ['X', 'In custody'],
    ['Y', 'Other accommodation'],
    ['Z', 'With former foster carers'],
  ]),
  suitability: list('Suitability of accommodation', [
    ['Suitable', 'Suitable', '1'],
    ['Unsuitable', 'Unsuitable', '2', 'not suitable'],
  ]),
  activity: list('Activity status', [
    ['F1', 'Full time in higher education'],
    ['P1', 'Part time in higher education'],
    ['F2', 'Full time in education other than higher education'],
    ['P2', 'Part time in education other than higher education'],
    ['F3', 'Full time in training or employment'],
    ['P3', 'Part time in training or employment'],
    ['F4', 'Full time in an apprenticeship'],
    ['P4', 'Part time in an apprenticeship'],
    ['F5', 'Full time in employment'],
    ['P5', 'Part time in employment'],
    ['G4', 'Not in education, training or employment, owing to illness or disability'],
    ['G5', 'Not in education, training or employment, owing to other reasons'],
    ['G6', 'Not in education, training or employment, owing to pregnancy or parenting'],
  ]),
  noLongerPlacedReason: list('Reason no longer placed for adoption', [
    ['RD1', "The child's needs changed subsequent to the decision"],
    ['RD2', 'The court did not make a placement order'],
    ['RD3', 'Prospective adopters could not be found'],
    ['RD4', 'Any other reason'],
  ]),
  adopterLeavingReason: list('Reason for leaving adoption process', [
    ['1', 'Prospective adopter(s) withdrew'],
    ['2', 'Prospective adopter(s) assessment on hold'],
    ['3', 'Application refused'],
  ]),

  // The DfE Children's Social Work Workforce census (CSWW): the XSD's own codes.
  cswwYesNo: list('CSWW yes/no', [
    ['1', 'Yes', 'yes', 'y', 'true'],
    ['0', 'No', 'no', 'n', 'false'],
  ]),
  cswwGender: list('CSWW gender', [
    ['0', 'Not known', 'not known', 'unknown'],
    ['1', 'Male', 'male', 'm'],
    ['2', 'Female', 'female', 'f'],
    ['9', 'Not specified', 'not specified'],
  ]),
  cswwQualLevel: list('CSWW qualification level', [
    ['1', 'Under-graduate'],
    ['2', 'Post-graduate'],
    ['3', 'Other'],
  ]),
  cswwOrgRole: list('CSWW organisational role', [
    ['1', 'Senior manager'],
    ['2', 'Middle manager'],
    ['3', 'First line manager'],
    ['4', 'Senior practitioner'],
    ['5', 'Case holder'],
    ['6', 'Qualified without cases'],
  ]),
  cswwStartOrigin: list('CSWW origin of starter', [
    ['1', 'Newly qualified social worker'],
    ['2', 'Social worker role in a different local authority in England'],
    ['3', 'Social worker role outside England'],
    ['4', 'Agency or consultancy in social work (in England)'],
    ['5', 'Other social work role, non-local authority (in England)'],
    ['6', 'Other social care role in a local authority or non-local authority (in England)'],
    ['7', 'Non-social care role, any role outside England, no employment or career break'],
    ['8', 'Other'],
    ['9', 'Not known'],
    ['10', 'Not yet collected'],
  ]),
  cswwLeaverDestination: list('CSWW leaver destination', [
    ['1', 'Social worker role in a different local authority in England'],
    ['2', 'Social worker role outside England'],
    ['3', 'Agency or consultancy in social work (in England)'],
    ['4', 'Other social work role, non-local authority (in England)'],
    ['5', 'Other social care role in a local authority or non-local authority (in England)'],
    ['6', 'Non-social care role, any role outside England, no employment or career break'],
    ['7', 'Other'],
    ['8', 'Not known'],
    ['9', 'Not yet collected'],
  ]),
  cswwReasonLeave: list('CSWW reason for leaving', [
    ['1', 'Resignation'],
    ['2', 'Voluntary redundancy'],
    ['3', 'Compulsory redundancy'],
    ['4', 'Dismissed'],
    ['5', 'Retired'],
    ['6', 'Deceased'],
    ['7', 'Moved to a non-child and family social work role within the LA'],
    ['8', 'Other'],
    ['9', 'Not known'],
    ['10', 'Not yet collected'],
  ]),
  cswwReasonAbsence: list('CSWW reason for absence', [
    ['MAT', 'Maternity or paternity leave'],
    ['OTH', 'Other paid authorised absence (compassionate leave, annual leave requiring reallocation of cases)'],
    ['PUB', 'Paid absence for public duties (jury duty)'],
    ['SIC', 'Sick leave'],
    ['TRN', 'Training'],
    ['UNA', 'Unauthorised absence'],
    ['UNP', 'Unpaid authorised absence'],
  ]),
  cswwCfkssStatus: list('CSWW Children and Families Knowledge and Skills status', [
    ['1', 'Assessed and supported year in employment (ASYE)'],
    ['2', 'Frontline practitioner'],
    ['3', 'Practice supervisor'],
    ['4', 'Practice leader'],
  ]),

  // Local templates (docs/local-templates.md): what no statutory return holds.
  supervisionType: list('Supervision type', [
    ['Formal', 'Formal one-to-one supervision', 'formal supervision', 'one to one', 'one-to-one', '1:1', '1-1', 'individual', 'individual supervision'],
    ['Reflective', 'Reflective supervision', 'reflective supervision'],
    ['Group', 'Group supervision', 'group supervision', 'team supervision'],
    ['Case', 'Case supervision of one child', 'case supervision', 'case discussion'],
    ['Ad hoc', 'Unplanned or informal supervision', 'ad-hoc', 'adhoc', 'informal', 'unplanned'],
    ['Other', 'Other'],
  ]),
  oversightKind: list('Management oversight kind', [
    ['Case direction', 'Management direction on the case', 'direction', 'management direction', 'manager direction', 'case management direction'],
    ['Review', 'Management review of the case', 'case review', 'management review', 'supervisory review'],
    ['Allocation', 'Allocation decision', 'allocation decision', 'case allocation'],
    ['Transfer', 'Transfer decision', 'transfer decision', 'case transfer'],
    ['Closure', 'Closure decision', 'closure decision', 'case closure'],
    ['Other', 'Other'],
  ]),
  auditDomain: list('Audit domain', [
    ['Overall', 'Overall grade of the audit', 'overall grade', 'overall judgement', 'overall judgment', 'overall practice'],
    ['Front door', 'Contact, referral and the front door', 'front door/mash', 'mash', 'contact and referral', 'referral'],
    ['Assessment', 'Assessment', 'assessments', 'c&f assessment', 'single assessment'],
    ['Planning', 'Planning', 'plan', 'plans', 'care planning'],
    ['Child in need', 'Child in need', 'cin', 'children in need'],
    ['Child protection', 'Child protection', 'cp', 'child protection plan', 's47'],
    ['Looked after', 'Children looked after', 'cla', 'lac', 'cic', 'children in care', 'child looked after', 'children looked after', 'looked after children'],
    ['Care leavers', 'Care leavers', 'care leaver', 'leaving care'],
    ['Voice of the child', 'Voice of the child', 'voice', 'child voice', "child's voice", 'voice of child'],
    ['Management oversight', 'Management oversight and supervision', 'oversight', 'management oversight and supervision'],
    ['Recording', 'Recording', 'records', 'case recording'],
    ['Other', 'Other'],
  ]),
  auditGrade: list('Audit grade', [
    ['Outstanding', 'Outstanding', 'o', '1'],
    ['Good', 'Good', 'g', '2'],
    ['Requires improvement', 'Requires improvement to be good', 'ri', 'r', '3', 'requires improvement to be good', 'ritbg', 'rig', 'requires improvement (to be good)'],
    ['Inadequate', 'Inadequate', 'i', '4', 'inad'],
  ]),
} as const satisfies Record<string, CodeList>;

export type CodeListKey = keyof typeof CODE_LISTS;

interface CodeIndex {
  readonly exact: ReadonlyMap<string, string>;
  readonly codes: ReadonlyMap<string, string>;
}

const indexes = new Map<CodeListKey, CodeIndex>();

function indexFor(key: CodeListKey): CodeIndex {
  let idx = indexes.get(key);
  if (!idx) {
    const exact = new Map<string, string>();
    const codes = new Map<string, string>();
    for (const e of CODE_LISTS[key].entries) {
      // Codes, not labels: "Police" alone is no readable code, "6" and "q) 6: Police" are
      // (the contract matches on the code). Where a list's code is its label (Yes, Male,
      // Suitable) the label is the code; aliases are other spellings of the code (y, n).
      codes.set(e.code.toLowerCase(), e.code);
      exact.set(foldLabel(e.code), e.code);
      for (const a of e.aliases ?? []) exact.set(foldLabel(a), e.code);
    }
    idx = { exact, codes };
    indexes.set(key, idx);
  }
  return idx;
}

function foldLabel(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The `a) ` / `zz) ` prefix Annex A templates put before each option. */
const OPTION_PREFIX = /^[a-z]{1,2}\)\s*/i;

/**
 * The code a cell names, or null when it names none. Tries the whole value (the code or an
 * alias of it), then its leading code (`6: Police`, `U6 - Foster…`, `F1 Full time…`).
 */
export function parseCode(key: CodeListKey, raw: string): string | null {
  const idx = indexFor(key);
  const text = foldLabel(foldLabel(raw).replace(OPTION_PREFIX, ''));
  if (text === '') return null;
  const whole = idx.exact.get(text);
  if (whole !== undefined) return whole;
  const lead = /^([^\s:.–-]+)\s*(?::|–|-|\.|\s)/.exec(text);
  if (lead) {
    const code = idx.codes.get(lead[1] as string);
    if (code !== undefined) return code;
  }
  return null;
}

export function labelOf(key: CodeListKey, code: string): string | undefined {
  return CODE_LISTS[key].entries.find((e) => e.code === code)?.label;
}
