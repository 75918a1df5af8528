import { AD1, EP, H, OC3, PA, type RuleCase } from '../testing.js';

const span = (from: string, to: string, o: Record<string, string | null> = {}) => EP({ DECOM: from, DEC: to, REC: 'E4A', ...o });
const adopted = (o: Record<string, string | null> = {}) => span('01/05/2024', '01/12/2024', { PLACE: 'A5', LS: 'E1', REC: 'E11', ...o });
/** Looked after since 2023 without a break: looked after continuously for 12 months at 31 March 2025. */
const longStay = (o: Record<string, string | null> = {}) => EP({ DECOM: '01/01/2023', ...o });

/** PlacedAdoption and AD1 rules: a failing and a passing return each. */
export const ADOPTION_CASES: RuleCase[] = [
  { code: '115', fail: { PlacedAdoption: [PA({ DATE_PLACED: '1/6/24' })] }, pass: { PlacedAdoption: [PA(), PA({ CHILD: 'B', DATE_PLACED: null })] } },
  { code: '116', fail: { PlacedAdoption: [PA({ DATE_PLACED_CEASED: 'soon', REASON_PLACED_CEASED: 'RD1' })] }, pass: { PlacedAdoption: [PA({ DATE_PLACED_CEASED: '01/07/2024', REASON_PLACED_CEASED: 'RD1' })] } },
  {
    code: '117',
    fail: { PlacedAdoption: [PA({ DATE_PLACED: '02/07/2024' }), PA({ CHILD: 'B', DATE_PLACED: '01/04/2025' })], Episodes: [span('01/05/2024', '01/07/2024'), EP({ CHILD: 'B' })] },
    pass: { PlacedAdoption: [PA({ DATE_PLACED: '01/07/2024' }), PA({ CHILD: 'B', DATE_PLACED: '31/03/2025' })], Episodes: [span('01/05/2024', '01/07/2024'), EP({ CHILD: 'B' })] },
    rows: ['PlacedAdoption:1', 'PlacedAdoption:2', 'Episodes:1'],
  },
  { code: '118', fail: { PlacedAdoption: [PA({ DATE_PLACED: '01/01/2024', DATE_PLACED_CEASED: '31/03/2024', REASON_PLACED_CEASED: 'RD1' })], Episodes: [EP({ DECOM: '01/01/2024' })] }, pass: { PlacedAdoption: [PA({ DATE_PLACED: '01/01/2024', DATE_PLACED_CEASED: '01/04/2024', REASON_PLACED_CEASED: 'RD1' })], Episodes: [EP({ DECOM: '01/01/2024' })] } },
  { code: '119', fail: { PlacedAdoption: [PA({ REASON_PLACED_CEASED: 'RD1' }), PA({ CHILD: 'B', DATE_PLACED_CEASED: '01/07/2024' })] }, pass: { PlacedAdoption: [PA({ DATE_PLACED_CEASED: '01/07/2024', REASON_PLACED_CEASED: 'RD1' })] }, rows: ['PlacedAdoption:1', 'PlacedAdoption:2'] },
  { code: '120', fail: { PlacedAdoption: [PA({ DATE_PLACED_CEASED: '01/07/2024', REASON_PLACED_CEASED: 'RD5' })] }, pass: { PlacedAdoption: [PA({ DATE_PLACED_CEASED: '01/07/2024', REASON_PLACED_CEASED: 'rd4' })] } },
  { code: '184', fail: { Header: [H({ DOB: '02/06/2024' })], PlacedAdoption: [PA()] }, pass: { Header: [H({ DOB: '01/06/2024' })], PlacedAdoption: [PA()] } },
  { code: '522', fail: { PlacedAdoption: [PA({ DATE_PLACED_CEASED: '31/05/2024', REASON_PLACED_CEASED: 'RD1' })] }, pass: { PlacedAdoption: [PA({ DATE_PLACED_CEASED: '01/06/2024', REASON_PLACED_CEASED: 'RD1' })] } },
  { code: '525', fail: { PlacedAdoption: [PA({ DATE_PLACED_CEASED: '01/07/2024', REASON_PLACED_CEASED: 'RD1' })], Episodes: [adopted()] }, pass: { PlacedAdoption: [PA({ DATE_PLACED_CEASED: '01/07/2024', REASON_PLACED_CEASED: 'RD1' })], Episodes: [span('01/05/2024', '01/12/2024')] } },
  { code: '551', fail: { Episodes: [EP({ PLACE: 'A5', LS: 'E1' })] }, pass: { Episodes: [EP({ PLACE: 'A5', LS: 'E1' })], PlacedAdoption: [PA({ DATE_PLACED: '01/04/2024' })] } },
  { code: '554', fail: { Episodes: [EP({ PLACE: 'A5', LS: 'E1' })], PlacedAdoption: [PA({ DATE_PLACED: '02/05/2024' })] }, pass: { Episodes: [EP({ PLACE: 'A5', LS: 'E1' })], PlacedAdoption: [PA({ DATE_PLACED: '01/05/2024' })] } },
  { code: '557', fail: { Episodes: [span('01/05/2024', '01/12/2024')], PlacedAdoption: [PA()] }, pass: { Episodes: [span('01/05/2024', '01/12/2024'), EP({ CHILD: 'B' })], PlacedAdoption: [PA({ DATE_PLACED_CEASED: '01/12/2024', REASON_PLACED_CEASED: 'RD1' }), PA({ CHILD: 'B' })] } },
  { code: '558', fail: { Episodes: [adopted()], PlacedAdoption: [PA({ DATE_PLACED_CEASED: '01/07/2024' })] }, pass: { Episodes: [adopted()], PlacedAdoption: [PA()] } },
  { code: '563', fail: { PlacedAdoption: [PA({ DATE_PLACED: null, DATE_PLACED_CEASED: '01/07/2024', REASON_PLACED_CEASED: 'RD1' })] }, pass: { PlacedAdoption: [PA({ DATE_PLACED_CEASED: '01/07/2024', REASON_PLACED_CEASED: 'RD1' })] } },
  { code: '112', fail: { AD1: [AD1({ DATE_INT: '2023-06-01' })] }, pass: { AD1: [AD1()] } },
  { code: '113', fail: { AD1: [AD1({ DATE_MATCH: '00/09/2023' })] }, pass: { AD1: [AD1()] } },
  { code: '114', fail: { AD1: [AD1({ FOSTER_CARE: '2' })] }, pass: { AD1: [AD1({ FOSTER_CARE: '1' })] } },
  { code: '151', fail: { AD1: [AD1({ LS_ADOPTR: null })] }, pass: { AD1: [AD1(), { CHILD: 'B', DOB: '01/01/2020' }] } },
  { code: '175', fail: { AD1: [AD1({ NB_ADOPTR: '3' })] }, pass: { AD1: [AD1()] } },
  { code: '176', fail: { AD1: [AD1({ SEX_ADOPTR: 'XY' })] }, pass: { AD1: [AD1({ SEX_ADOPTR: 'ff', LS_ADOPTR: 'L12' })] } },
  { code: '177', fail: { AD1: [AD1({ LS_ADOPTR: 'L5' })] }, pass: { AD1: [AD1({ LS_ADOPTR: 'L3' })] } },
  { code: '333', fail: { AD1: [AD1({ DATE_INT: null }), AD1({ CHILD: 'B', DATE_INT: '02/09/2023' })] }, pass: { AD1: [AD1({ DATE_INT: '01/09/2023' })] }, rows: ['AD1:1', 'AD1:2'] },
  { code: '334', fail: { AD1: [AD1({ DATE_INT: '30/04/2024', DATE_MATCH: '01/06/2024' })], Episodes: [adopted()] }, pass: { AD1: [AD1({ DATE_INT: '01/05/2024', DATE_MATCH: '01/06/2024' })], Episodes: [adopted()] }, rows: ['AD1:1', 'Episodes:1'] },
  { code: '335', fail: { AD1: [AD1({ FOSTER_CARE: '0' })], Episodes: [adopted()] }, pass: { AD1: [AD1({ FOSTER_CARE: '1' })], Episodes: [adopted()] }, rows: ['AD1:1', 'Episodes:1'] },
  { code: '134', fail: { AD1: [AD1()], OC3: [OC3()] }, pass: { AD1: [AD1()], OC3: [OC3({ CHILD: 'B' })] } },
  { code: '187', fail: { AD1: [AD1()], OC3: [OC3({ CHILD: 'B' })], Episodes: [longStay(), longStay({ CHILD: 'B' })] }, pass: { AD1: [AD1()], Episodes: [EP()] }, rows: ['AD1:1', 'OC3:1'] },
  { code: '511', fail: { AD1: [AD1({ NB_ADOPTR: '1', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L0' })] }, pass: { AD1: [AD1({ NB_ADOPTR: '1', SEX_ADOPTR: 'M1', LS_ADOPTR: 'L0' })] } },
  { code: '514', fail: { AD1: [AD1({ LS_ADOPTR: 'L0' })] }, pass: { AD1: [AD1({ NB_ADOPTR: '1', SEX_ADOPTR: 'F1', LS_ADOPTR: 'L0' })] } },
  { code: '518', fail: { AD1: [AD1({ LS_ADOPTR: 'L4' })] }, pass: { AD1: [AD1({ LS_ADOPTR: 'L4', SEX_ADOPTR: 'FF' })] } },
  { code: '519', fail: { AD1: [AD1({ LS_ADOPTR: 'L2', SEX_ADOPTR: 'M1' })] }, pass: { AD1: [AD1({ LS_ADOPTR: 'L2', SEX_ADOPTR: 'MM' })] } },
  { code: '520', fail: { AD1: [AD1({ LS_ADOPTR: 'L11', SEX_ADOPTR: 'MM' })] }, pass: { AD1: [AD1()] } },
  { code: '524', fail: { AD1: [AD1({ LS_ADOPTR: 'L12', SEX_ADOPTR: 'MF' })] }, pass: { AD1: [AD1({ LS_ADOPTR: 'L12', SEX_ADOPTR: 'FF' })] } },
];
