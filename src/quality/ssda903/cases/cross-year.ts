import { EP, H, OC3, PA, type RuleCase, UASC } from '../testing.js';

/** Child A's episode carried over from last year: open at 31 March 2024, in this year's return too. */
const carried = (o: Record<string, string | null> = {}) => EP({ DECOM: '01/01/2023', ...o });
const FIELDS: [string, string, string][] = [
  ['503A', 'RNE', 'P'], ['503B', 'LS', 'C1'], ['503C', 'CIN', 'N2'], ['503D', 'PLACE', 'U6'], ['503E', 'PLACE_PROVIDER', 'PR4'],
  ['503F', 'HOME_POST', 'NE9 9ZZ'], ['503G', 'PL_POST', 'NE9 9ZZ'], ['503H', 'URN', 'SC123456'], ['503J', 'REASON_PLACE_CHANGE', 'CARPL'],
];

/** Rules comparing this year's return with last year's: a failing and a passing pair each. */
export const CROSS_YEAR_CASES: RuleCase[] = [
  { code: '202', fail: { Header: [H()] }, previous: { Header: [H({ SEX: '2' })] }, pass: { Header: [H()] }, passPrevious: { Header: [H({ SEX: '1' })] } },
  { code: '203', fail: { Header: [H()] }, previous: { Header: [H({ DOB: '02/01/2012' })] }, pass: { Header: [H()] }, passPrevious: { Header: [H()] } },
  { code: '207', fail: { Header: [H({ SEX: 'F', MOTHER: '0' })], Episodes: [EP()] }, previous: { Header: [H({ SEX: '2', MOTHER: '1' })] }, pass: { Header: [H({ SEX: 'F', MOTHER: '1', MC_DOB: '01/01/2024' })], Episodes: [EP()] } },
  { code: '208', fail: { Header: [H()] }, previous: { Header: [H({ UPN: 'B123456789012' })] }, pass: { Header: [H()] }, passPrevious: { Header: [H({ UPN: 'UN3' })] } },
  { code: '205A', fail: { Header: [H()] }, previous: { UASC: [UASC()] }, pass: { Header: [H()] }, passPrevious: { UASC: [UASC({ DUC: '31/03/2024' })] } },
  { code: '502', fail: { Episodes: [carried({ DECOM: '02/01/2023' })] }, previous: { Episodes: [carried()] }, pass: { Episodes: [carried()] } },
  ...FIELDS.map(([code, field, value]): RuleCase => ({ code, fail: { Episodes: [carried({ [field]: value })] }, previous: { Episodes: [carried()] }, pass: { Episodes: [carried()] }, rows: ['Episodes:1'] })),
  { code: '560', fail: { PlacedAdoption: [PA({ DATE_PLACED: '02/01/2024' })] }, previous: { PlacedAdoption: [PA({ DATE_PLACED: '01/01/2024' })] }, pass: { PlacedAdoption: [PA({ DATE_PLACED: '01/01/2024' })] } },
  { code: '562', fail: { Episodes: [carried()] }, previous: { Episodes: [carried({ DECOM: '01/02/2023' })] }, pass: { Episodes: [carried()] }, passPrevious: { Episodes: [carried()] } },
  { code: 'NoE', fail: { Episodes: [carried()] }, previous: { Episodes: [carried({ CHILD: 'B' })] }, pass: { Episodes: [carried()] }, passPrevious: { Episodes: [carried()] } },
  { code: '1010', fail: { OC3: [OC3()] }, previous: { Episodes: [carried()] }, pass: { OC3: [OC3()] }, passPrevious: { Episodes: [carried({ DEC: '01/03/2024', REC: 'E8' })] } },
];
