/**
 * One child of a CIN Census file, as the file holds it: every value is the element's text
 * (whitespace trimmed), or null when the element is absent. Values are not parsed here: a rule
 * needs both the value it compares and the text it reports, and dates repeat so much that
 * parsing each distinct text once (see quality/cin-census/values.ts) is cheaper than keeping
 * a parsed copy of every value.
 */
export type Text = string | null;

export interface CinChild {
  /** 1-based position of the <Child> in the file: the `row` of its findings. */
  readonly position: number;
  /** The line of its <Child> tag. */
  readonly line: number;
  id: Text;
  upn: Text;
  formerUpn: Text;
  upnUnknown: Text;
  birth: Text;
  expectedBirth: Text;
  /** <Sex> (M, F, U; 2024/25 on). */
  sex: Text;
  /** <GenderCurrent> (1, 2, 0, 9; up to 2023/24). */
  gender: Text;
  death: Text;
  ethnicity: Text;
  /** Each <Disability>, '' for an empty one. */
  readonly disabilities: string[];
  readonly episodes: CinEpisode[];
}

/** One <CINdetails>: a referral and what followed it. */
export interface CinEpisode {
  /** 1-based position among the child's CINdetails. */
  readonly seq: number;
  referral: Text;
  source: Text;
  need: Text;
  closure: Text;
  closeReason: Text;
  /** <DateOfInitialCPC> recorded on the CINdetails (an ICPC with no S47 in this episode). */
  icpc: Text;
  nfa: Text;
  readonly assessments: CinAssessment[];
  readonly plans: CinPlan[];
  readonly s47s: CinS47[];
  readonly cpps: CinCpp[];
}

export interface CinAssessment {
  readonly seq: number;
  start: Text;
  review: Text;
  auth: Text;
  /** Each <AssessmentFactors>, '' for an empty one. */
  readonly factors: string[];
}

export interface CinPlan {
  readonly seq: number;
  start: Text;
  end: Text;
}

export interface CinS47 {
  readonly seq: number;
  start: Text;
  target: Text;
  icpc: Text;
  notRequired: Text;
}

export interface CinCpp {
  readonly seq: number;
  start: Text;
  end: Text;
  initial: Text;
  latest: Text;
  previous: Text;
  /** Every <CPPreviewDate> of the plan, in file order; '' for an empty one or a <Reviews> with none. */
  readonly reviews: string[];
}

export interface CinHeader {
  collection: Text;
  year: Text;
  referenceDate: Text;
  sourceLevel: Text;
  lea: Text;
  softwareCode: Text;
  release: Text;
  serialNo: Text;
  dateTime: Text;
}

/**
 * Something in the file that breaks the CIN Census schema (XSD) rather than a DfE rule: a date
 * that is not a date, an element the schema does not have, one given twice.
 */
export interface CinSchemaIssue {
  /** The child's position, or null for the header. */
  readonly position: number | null;
  readonly childId: string | null;
  readonly line: number;
  /** The element group (ChildIdentifiers, CINdetails, Assessments…). */
  readonly table: string;
  readonly field: string;
  /** The value as the file held it (clipped), or null. */
  readonly value: string | null;
  readonly reason: string;
}

export function newChild(position: number, line: number): CinChild {
  return {
    position, line, id: null, upn: null, formerUpn: null, upnUnknown: null, birth: null, expectedBirth: null,
    sex: null, gender: null, death: null, ethnicity: null, disabilities: [], episodes: [],
  };
}

export function newEpisode(seq: number): CinEpisode {
  return { seq, referral: null, source: null, need: null, closure: null, closeReason: null, icpc: null, nfa: null, assessments: [], plans: [], s47s: [], cpps: [] };
}

export function newHeader(): CinHeader {
  return { collection: null, year: null, referenceDate: null, sourceLevel: null, lea: null, softwareCode: null, release: null, serialNo: null, dateTime: null };
}
