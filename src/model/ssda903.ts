/**
 * The SSDA903 return (children looked after): its tables, their columns, and the code lists the
 * validation rules check, as spec/returns.md gives them (DfE guidance as the data-to-insight
 * validator implements it). A collection year is named by the year it ends: 2025 is 1 April 2024
 * to 31 March 2025.
 */

export const SSDA903_TABLES = [
  'Header',
  'Episodes',
  'Reviews',
  'UASC',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'Missing',
  'SWEpisodes',
] as const;

export type Ssda903Table = (typeof SSDA903_TABLES)[number];

export interface Ssda903TableDef {
  readonly name: Ssda903Table;
  /** The CSV header set that identifies the table (file names are ignored). */
  readonly columns: readonly string[];
  /** Columns holding dates (dd/mm/yyyy). */
  readonly dates: readonly string[];
  /** First collection year the table exists in. */
  readonly from?: number;
}

const def = (name: Ssda903Table, columns: string[], dates: string[], from?: number): Ssda903TableDef => ({ name, columns, dates, from });

export const SSDA903_TABLE_DEFS: Readonly<Record<Ssda903Table, Ssda903TableDef>> = {
  Header: def('Header', ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'], ['DOB', 'MC_DOB']),
  Episodes: def(
    'Episodes',
    ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'],
    ['DECOM', 'DEC'],
  ),
  Reviews: def('Reviews', ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'], ['DOB', 'REVIEW']),
  UASC: def('UASC', ['CHILD', 'SEX', 'DOB', 'DUC'], ['DOB', 'DUC']),
  OC2: def(
    'OC2',
    ['CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    ['DOB'],
  ),
  OC3: def('OC3', ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'], ['DOB']),
  AD1: def('AD1', ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'], ['DOB', 'DATE_INT', 'DATE_MATCH']),
  PlacedAdoption: def('PlacedAdoption', ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'], ['DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED']),
  // DATE_PERM may have an unknown day or month (ZZ/mm/yyyy): it is read as text, and rule 632 checks it.
  PrevPerm: def('PrevPerm', ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'], ['DOB']),
  Missing: def('Missing', ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'], ['DOB', 'MIS_START', 'MIS_END']),
  SWEpisodes: def('SWEpisodes', ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'], ['DOB', 'SW_DECOM', 'SW_DEC'], 2024),
};

/** Collection years whose rule sets are implemented. */
export const SSDA903_YEARS = [2023, 2024, 2025, 2026] as const;
export const FIRST_SSDA903_YEAR = SSDA903_YEARS[0];
export const LAST_SSDA903_YEAR = SSDA903_YEARS[SSDA903_YEARS.length - 1] as number;

export const SSDA903_SOURCE = 'ssda903';

const set = (...codes: string[]): ReadonlySet<string> => new Set(codes);
const range = (prefix: string, from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** Code lists, upper case (the validator upper-cases every value before comparing). */
export const CODES = {
  /** SEX before 2024/25 (1 male, 2 female); from 2024/25 M, F, U. */
  sexNumeric: set('1', '2'),
  sexLetters: set('M', 'F', 'U'),
  ethnic: set('WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT'),
  rne: set('S', 'P', 'L', 'T', 'U', 'B'),
  ls: set('C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3'),
  cin: set(...range('N', 1, 8)),
  /** Placement types until 2024/25; 2023/24 adds K3 (registered supported accommodation). */
  place2023: set('A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1'),
  place2024: set('A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1'),
  /** 2025/26 (returns.md, lac2025_26/rule_146): H5, P2 and Z1 retired; Z11–Z14 in place of Z1. */
  place2026: set('A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'K3', 'P1', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z11', 'Z12', 'Z13', 'Z14'),
  placeProvider: set(...range('PR', 0, 5)),
  /** Placements that have no provider. */
  noProvider2023: set('T0', 'T1', 'T2', 'T3', 'T4', 'Z1'),
  noProvider2026: set('T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14'),
  temporary: set('T0', 'T1', 'T2', 'T3', 'T4'),
  placedForAdoption: set('A3', 'A4', 'A5', 'A6'),
  foster: set('U1', 'U2', 'U3', 'U4', 'U5', 'U6'),
  rec: set('E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48', 'E5', 'E6', 'E7', 'E8', 'E9', 'E14', 'E15', 'E16', 'E17', 'X1'),
  adopted: set('E11', 'E12'),
  sgo: set('E45', 'E46', 'E47', 'E48'),
  reasonPlaceChange: set('CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER'),
  reviewCode: set(...range('PN', 0, 7)),
  inTouch: set('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'),
  activ: set('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0'),
  accom: set('B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E1', 'E2', 'G1', 'G2', 'H1', 'H2', 'K1', 'K2', 'R1', 'R2', 'S2', 'T1', 'T2', 'U1', 'U2', 'V1', 'V2', 'W1', 'W2', 'X2', 'Y1', 'Y2', 'Z1', 'Z2', '0'),
  sdqReason: set(...range('SDQ', 1, 5)),
  nbAdoptr: set('1', '2'),
  sexAdoptr: set('M1', 'F1', 'MM', 'FF', 'MF'),
  lsAdoptr: set('L0', 'L11', 'L12', 'L2', 'L3', 'L4'),
  reasonPlacedCeased: set(...range('RD', 1, 4)),
  prevPerm: set('P1', 'P2', 'P3', 'P4', 'Z1'),
  missing: set('M', 'A'),
  zeroOne: set('0', '1'),
  swReason: set('MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS'),
} as const;

/** UPN: a check letter (not I, O or S) and 12 digits, or 11 digits and a letter; or UN1–UN5 when unknown. */
export const UPN_PATTERN = /^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/;

/** A full UK postcode, as the ONS directory spells it (the space optional). */
export const POSTCODE_PATTERN = /^(?:[A-Z]{1,2}\d[A-Z\d]?) ?\d[A-Z]{2}$/;

/** The first and last days of a collection year, as ISO dates. */
export function collectionPeriod(year: number): { start: string; end: string } {
  return { start: `${year - 1}-04-01`, end: `${year}-03-31` };
}
